/* debrief-time-scale.h — visible time ↔ x pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The narrowest and widest windows one can zoom to. */
#define DEBRIEF_TIME_SCALE_MIN_SPAN  G_GINT64_CONSTANT (10000)            /* 10 ms */
#define DEBRIEF_TIME_SCALE_MAX_SPAN  (G_GINT64_CONSTANT (20) * 366 * 86400 * 1000000)

/* The plot's time window: `start` at x = 0, `end` at x = `width`. */
typedef struct {
  gint64 start;
  gint64 end;
  double width;
} DebriefTimeScale;

void    debrief_time_scale_init          (DebriefTimeScale       *scale,
                                          gint64                  start,
                                          gint64                  end,
                                          double                  width);
double  debrief_time_scale_to_x          (const DebriefTimeScale *scale,
                                          gint64                  time);
gint64  debrief_time_scale_to_time       (const DebriefTimeScale *scale,
                                          double                  x);
double  debrief_time_scale_usec_per_px   (const DebriefTimeScale *scale);
gint64  debrief_time_scale_get_span      (const DebriefTimeScale *scale);
void    debrief_time_scale_zoom          (DebriefTimeScale       *scale,
                                          double                  factor,
                                          double                  pivot_x);
void    debrief_time_scale_pan           (DebriefTimeScale       *scale,
                                          double                  dx);
void    debrief_time_scale_set_range     (DebriefTimeScale       *scale,
                                          gint64                  start,
                                          gint64                  end);
void    debrief_time_scale_fit           (DebriefTimeScale       *scale,
                                          gint64                  start,
                                          gint64                  end,
                                          double                  margin_fraction);

G_END_DECLS
