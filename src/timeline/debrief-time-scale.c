/* debrief-time-scale.c — visible time ↔ x pixels
 *
 * Times are µs (gint64); the arithmetic is done on differences so the
 * double's 53 bits keep microsecond precision even for times in 9999.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time-scale"

#include "config.h"

#include <math.h>

#include "debrief-time-scale.h"
#include "debrief-time.h"

void
debrief_time_scale_init (DebriefTimeScale *scale,
                         gint64            start,
                         gint64            end,
                         double            width)
{
  scale->width = MAX (width, 1.0);
  scale->start = start;
  scale->end = end;
  debrief_time_scale_set_range (scale, start, end);
}

double
debrief_time_scale_to_x (const DebriefTimeScale *scale,
                         gint64                  time)
{
  return (double) (time - scale->start) * scale->width / (double) (scale->end - scale->start);
}

gint64
debrief_time_scale_to_time (const DebriefTimeScale *scale,
                            double                  x)
{
  return scale->start + (gint64) llround (x * (double) (scale->end - scale->start) / scale->width);
}

double
debrief_time_scale_usec_per_px (const DebriefTimeScale *scale)
{
  return (double) (scale->end - scale->start) / scale->width;
}

gint64
debrief_time_scale_get_span (const DebriefTimeScale *scale)
{
  return scale->end - scale->start;
}

/* Keeps the window within the representable years and the zoom limits. */
void
debrief_time_scale_set_range (DebriefTimeScale *scale,
                              gint64            start,
                              gint64            end)
{
  gint64 span = CLAMP (end - start, DEBRIEF_TIME_SCALE_MIN_SPAN, DEBRIEF_TIME_SCALE_MAX_SPAN);
  gint64 middle = start / 2 + end / 2;

  if (end - start != span)
    start = middle - span / 2;
  start = CLAMP (start, DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX - span);
  scale->start = start;
  scale->end = start + span;
}

/**
 * debrief_time_scale_zoom:
 * @factor: > 1 zooms in, < 1 zooms out
 * @pivot_x: the x that keeps its time (the pointer, or the middle)
 */
void
debrief_time_scale_zoom (DebriefTimeScale *scale,
                         double            factor,
                         double            pivot_x)
{
  gint64 pivot = debrief_time_scale_to_time (scale, pivot_x);
  double span = (double) (scale->end - scale->start) / factor;
  double fraction = pivot_x / scale->width;
  gint64 start, end;

  span = CLAMP (span, (double) DEBRIEF_TIME_SCALE_MIN_SPAN, (double) DEBRIEF_TIME_SCALE_MAX_SPAN);
  start = pivot - (gint64) llround (span * fraction);
  end = start + (gint64) llround (span);
  debrief_time_scale_set_range (scale, start, end);
}

/* Moves the window by @dx pixels (positive: later times come into view). */
void
debrief_time_scale_pan (DebriefTimeScale *scale,
                        double            dx)
{
  gint64 shift = (gint64) llround (dx * debrief_time_scale_usec_per_px (scale));

  debrief_time_scale_set_range (scale, scale->start + shift, scale->end + shift);
}

/* Shows [start, end] with a margin on both sides. */
void
debrief_time_scale_fit (DebriefTimeScale *scale,
                        gint64            start,
                        gint64            end,
                        double            margin_fraction)
{
  gint64 margin = (gint64) ((double) MAX (end - start, DEBRIEF_TIME_SCALE_MIN_SPAN) * margin_fraction);

  debrief_time_scale_set_range (scale, start - margin, end + margin);
}
