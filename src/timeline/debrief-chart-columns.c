/* debrief-chart-columns.c — a series cut into pixel columns
 *
 * The level of detail rule for charts, as for events: never draw more than
 * the pixels can show. Column c holds the samples with times in
 * [t(x0 + c), t(x0 + c + 1)), found by binary search on the boundaries, so
 * every sample in view is in exactly one column however the scale rounds;
 * its envelope comes from the samples' min/max summaries. A frame costs
 * O(columns · log n), never O(n).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-chart"

#include "config.h"

#include <math.h>

#include "debrief-chart-columns.h"

/* The first sample at or after @time, at or after @from. Samples of a
 * metric are mostly evenly spaced, so the search starts where the average
 * spacing since @from says the boundary is, then gallops out from that
 * guess: on regular data it touches a cache line or two, where a binary
 * search over a million times touches twenty (the times do not fit in a
 * cache, so each touch is a miss: that was most of a frame). */
static guint
find_boundary (const gint64 *t,
               guint         n,
               guint         from,
               gint64        time)
{
  guint lo, hi, guess, step;

  if (from >= n || t[from] >= time)
    return from;
  if (t[n - 1] < time)
    return n;
  /* t[from] < time <= t[n - 1] */
  guess = from + (guint) ((double) (time - t[from]) / (double) (t[n - 1] - t[from]) * (n - 1 - from));
  guess = CLAMP (guess, from + 1, n - 1);
  if (t[guess] < time)
    {
      lo = guess;
      for (step = 1; lo + step < n && t[lo + step] < time; step *= 2)
        lo += step;
      hi = MIN (lo + step, n - 1);
    }
  else
    {
      hi = guess;
      for (step = 1; step < hi - from && t[hi - step] >= time; step *= 2)
        hi -= step;
      lo = step < hi - from ? hi - step : from;
    }
  /* t[lo] < time <= t[hi] */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (t[mid] < time)
        lo = mid;
      else
        hi = mid;
    }
  return hi;
}

/* @x0: the first column's left edge, in the scale's x. */
void
debrief_chart_columns (const DebriefSamples   *samples,
                       const DebriefTimeScale *scale,
                       double                  x0,
                       guint                   n_columns,
                       DebriefChartColumn     *out_columns)
{
  const gint64 *t = debrief_samples_peek_times (samples);
  guint n = debrief_samples_get_n (samples);
  guint left = debrief_samples_lower_bound (samples, debrief_time_scale_to_time (scale, x0));

  for (guint c = 0; c < n_columns; c++)
    {
      gint64 boundary = debrief_time_scale_to_time (scale, x0 + c + 1);
      guint right = find_boundary (t, n, left, boundary);
      DebriefChartColumn *column = &out_columns[c];

      right = MAX (right, left);
      column->first = left;
      column->end = right;
      if (!debrief_samples_range_min_max (samples, left, right, &column->min, &column->max))
        {
          column->min = 1;
          column->max = 0;
        }
      left = right;
    }
}

/* A value as a person reads it off a chart: three significant figures or
 * so, no exponent below a million, and the unit after a thin space. */
char *
debrief_chart_format_value (double      value,
                            const char *unit)
{
  double magnitude = fabs (value);
  g_autofree char *number = NULL;

  if (isnan (value))
    number = g_strdup ("—");
  else if (value == 0)
    number = g_strdup ("0");
  else if (magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3))
    number = g_strdup_printf ("%.3g", value);
  else
    number = g_strdup_printf ("%.*f", magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3,
                              value);
  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s\u2009%s", number, unit);
}
