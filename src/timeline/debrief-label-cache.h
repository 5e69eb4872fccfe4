/* debrief-label-cache.h — laid-out text, kept between frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _DebriefLabelCache DebriefLabelCache;

typedef enum {
  DEBRIEF_LABEL_EVENT,     /* event text, one line, ellipsized */
  DEBRIEF_LABEL_HEADER,    /* lane names, bold */
  DEBRIEF_LABEL_SMALL,     /* roles, ruler labels, phase names */
  DEBRIEF_LABEL_SMALL_BOLD,
  DEBRIEF_N_LABEL_ROLES
} DebriefLabelRole;

DebriefLabelCache *debrief_label_cache_new        (guint               capacity);
void               debrief_label_cache_free       (DebriefLabelCache *cache);
void               debrief_label_cache_set_fonts  (DebriefLabelCache *cache,
                                                   const char        *family,
                                                   double             label_size,
                                                   double             header_size,
                                                   double             small_size);
PangoLayout       *debrief_label_cache_get        (DebriefLabelCache *cache,
                                                   DebriefLabelRole   role,
                                                   const char        *text,
                                                   int                max_width);
guint              debrief_label_cache_get_created (DebriefLabelCache *cache);
void               debrief_label_cache_reset_created (DebriefLabelCache *cache);
double             debrief_label_cache_get_digit_width (DebriefLabelCache *cache,
                                                        DebriefLabelRole   role);
double             debrief_label_cache_get_line_height (DebriefLabelCache *cache,
                                                        DebriefLabelRole   role);

char              *debrief_label_sanitize          (const char        *text,
                                                    gsize              max_chars);
char              *debrief_label_sanitize_lines    (const char        *text,
                                                    gsize              max_chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefLabelCache, debrief_label_cache_free)

G_END_DECLS
