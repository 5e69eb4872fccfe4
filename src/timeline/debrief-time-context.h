/* debrief-time-context.h — how times are shown, and instants shown that way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How times are shown: in the review's zone, in UTC, or relative to the
 * incident start ("T+00:14:05"). */
typedef enum {
  DEBRIEF_TIME_DISPLAY_ZONE,
  DEBRIEF_TIME_DISPLAY_UTC,
  DEBRIEF_TIME_DISPLAY_RELATIVE,
} DebriefTimeDisplay;

typedef struct {
  DebriefTimeDisplay  mode;
  GTimeZone          *zone;    /* for ZONE; ignored otherwise */
  gint64              origin;  /* T+0, for RELATIVE */
} DebriefTimeContext;

/* Full instants for tooltips and the cursor, in the chosen display. */
char *debrief_time_context_format      (const DebriefTimeContext *context,
                                        gint64                    time,
                                        gboolean                  with_date);
char *debrief_time_context_format_utc  (gint64                    time);

G_END_DECLS
