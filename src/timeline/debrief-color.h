/* debrief-color.h — colours for the renderer, without GDK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} DebriefColor;

#define DEBRIEF_COLOR_RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                                 ((hex) & 0xff) / 255.0, 1.0 }

gboolean     debrief_color_parse          (const char         *text,
                                           DebriefColor       *out_color);
void         debrief_color_set_source     (cairo_t            *cr,
                                           const DebriefColor *color);
void         debrief_color_set_source_alpha (cairo_t          *cr,
                                           const DebriefColor *color,
                                           double              alpha);
DebriefColor debrief_color_mix            (const DebriefColor *a,
                                           const DebriefColor *b,
                                           double              amount_of_b);
double       debrief_color_luminance      (const DebriefColor *color);
double       debrief_color_contrast_ratio (const DebriefColor *a,
                                           const DebriefColor *b);
char        *debrief_color_to_string      (const DebriefColor *color);

/* Okabe & Ito's eight colours, safe for the common colour-vision
 * deficiencies; lanes take them in order. */
#define DEBRIEF_N_LANE_COLORS 8
const DebriefColor *debrief_lane_color   (guint               index);

G_END_DECLS
