/* debrief-timeline-chart.c — a metric series drawn as a chart row
 *
 * The value axis is the series' own range (all its samples, and its
 * threshold), not the visible window's: panning never rescales the curve
 * under the room's eyes, and a spike off screen still leaves room for
 * itself. Where the samples are sparser than the pixels, the line goes
 * through each sample; where they are denser, each pixel column draws the
 * envelope of its samples (min to max, exact), joined to its neighbours, so
 * a spike of one sample among a million is never averaged away. A gap
 * (a null value) breaks the line in both cases. Under the line, a light
 * area; across, an optional dashed threshold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline"

#include "config.h"

#include <math.h>

#include "debrief-chart-columns.h"
#include "debrief-timeline-chart-private.h"

#define AREA_ALPHA 0.16

/* ---- the value axis ------------------------------------------------------------------ */

/* A round number at or above @value: 5251 → 5500, 97.4 → 100. */
static double
nice_ceiling (double value)
{
  double step;

  if (value <= 0)
    return value;
  step = pow (10, floor (log10 (value))) / 2;
  return ceil (value / step) * step;
}

/* Metrics that never go below zero (latencies, lags, counts) start at
 * zero, so their height means their size; the top is a round number just
 * above the largest value, so the axis reads at a glance. */
void
_debrief_chart_value_range (DebriefSeries *series,
                            double        *out_low,
                            double        *out_high)
{
  double low, high;

  if (!debrief_samples_get_bounds (debrief_series_get_samples (series), &low, &high))
    {
      low = 0;
      high = 1;
    }
  if (debrief_series_get_has_threshold (series))
    {
      low = MIN (low, debrief_series_get_threshold (series));
      high = MAX (high, debrief_series_get_threshold (series));
    }
  if (low >= 0)
    low = 0;
  else
    low = -nice_ceiling (-low);
  high = high > 0 ? nice_ceiling (high * 1.04) : high;
  if (high <= low)
    high = low + MAX (fabs (low) * 0.1, 1);
  *out_low = low;
  *out_high = high;
}

void
_debrief_chart_plot_box (const DebriefGeometry    *geometry,
                         const DebriefTimelineRow *row,
                         double                   *out_top,
                         double                   *out_bottom)
{
  double pad = MAX (3, geometry->style->line_width * 3);
  double top = _debrief_geometry_row_top (geometry, row);

  *out_top = top + pad;
  *out_bottom = top + row->height - pad;
}

static inline double
value_y (double value,
         double low,
         double high,
         double top,
         double bottom)
{
  return bottom - (value - low) / (high - low) * (bottom - top);
}

/* ---- sparse: a line through each sample --------------------------------------------------- */

typedef struct {
  cairo_t *cr;
  double   low, high, top, bottom;
} Plot;

/* Runs of samples without a gap, each as a line and a light area. */
static guint
draw_sparse (const DebriefGeometry *geometry,
             const Plot            *plot,
             DebriefSamples        *samples,
             guint                  first,
             guint                  end,
             const DebriefColor    *color,
             const DebriefColor    *area)
{
  const gint64 *t = debrief_samples_peek_times (samples);
  const double *v = debrief_samples_peek_values (samples);
  double width = MAX (geometry->style->line_width * 1.5, 1.5);
  guint primitives = 0;

  for (guint i = first; i < end;)
    {
      guint run_end;
      double x_first, x_last = 0;

      if (isnan (v[i]))
        {
          i++;
          continue;
        }
      for (run_end = i; run_end < end && !isnan (v[run_end]); run_end++)
        ;
      x_first = _debrief_geometry_x (geometry, t[i]);
      cairo_move_to (plot->cr, x_first, value_y (v[i], plot->low, plot->high, plot->top, plot->bottom));
      for (guint k = i; k < run_end; k++)
        {
          x_last = _debrief_geometry_x (geometry, t[k]);
          cairo_line_to (plot->cr, x_last, value_y (v[k], plot->low, plot->high, plot->top, plot->bottom));
        }
      if (run_end - i == 1)
        {
          /* A lone sample between gaps: a dot, or it would not show. */
          cairo_new_path (plot->cr);
          cairo_arc (plot->cr, x_first, value_y (v[i], plot->low, plot->high, plot->top, plot->bottom),
                     width * 1.2, 0, 2 * G_PI);
          debrief_color_set_source (plot->cr, color);
          cairo_fill (plot->cr);
          primitives++;
          i = run_end;
          continue;
        }
      cairo_set_line_width (plot->cr, width);
      cairo_set_line_join (plot->cr, CAIRO_LINE_JOIN_ROUND);
      debrief_color_set_source (plot->cr, color);
      cairo_stroke_preserve (plot->cr);
      cairo_line_to (plot->cr, x_last, plot->bottom);
      cairo_line_to (plot->cr, x_first, plot->bottom);
      cairo_close_path (plot->cr);
      debrief_color_set_source_alpha (plot->cr, area, AREA_ALPHA);
      cairo_fill (plot->cr);
      primitives += 2;
      i = run_end;
    }
  return primitives;
}

/* ---- dense: an envelope per pixel column --------------------------------------------------- */

/* Column @c joins column @prev (the last one with samples) when no gap lies
 * between them: the last sample of one and the first of the other both
 * have values. */
static gboolean
columns_join (const double             *v,
              const DebriefChartColumn *prev,
              const DebriefChartColumn *column)
{
  return prev != NULL && debrief_chart_column_has_value (prev) && debrief_chart_column_has_value (column) &&
         !isnan (v[prev->end - 1]) && !isnan (v[column->first]);
}

/* Where a column's bars go: on paper, rectangles (vector, exact); on
 * pixels, into an A8 mask painted once. Two thousand separate fills, even
 * of boxes on whole pixels, cost pixman a call each and most of a frame's
 * budget; one mask costs one. */
typedef struct {
  cairo_t         *cr;
  cairo_surface_t *mask;     /* NULL: on paper */
  guchar          *data;
  int              stride, height;
  double           x0, y0;
} Bars;

static void
bars_init (Bars    *bars,
           cairo_t *cr,
           double   x0,
           double   top,
           double   bottom,
           guint    n_columns)
{
  cairo_surface_type_t target = cairo_surface_get_type (cairo_get_target (cr));

  *bars = (Bars) { cr, NULL, NULL, 0, 0, x0, floor (top) };
  if (target == CAIRO_SURFACE_TYPE_PDF || target == CAIRO_SURFACE_TYPE_PS || target == CAIRO_SURFACE_TYPE_SVG)
    {
      cairo_new_path (cr);
      return;
    }
  bars->height = (int) (ceil (bottom) - bars->y0) + 1;
  bars->mask = cairo_image_surface_create (CAIRO_FORMAT_A8, MAX (n_columns, 1), MAX (bars->height, 1));
  bars->data = cairo_image_surface_get_data (bars->mask);
  bars->stride = cairo_image_surface_get_stride (bars->mask);
}

static void
bars_add (Bars   *bars,
          guint   column,
          double  top,
          double  bottom)
{
  int from, to;

  if (bars->mask == NULL)
    {
      cairo_rectangle (bars->cr, bars->x0 + column, top, 1, bottom - top);
      return;
    }
  from = CLAMP ((int) round (top - bars->y0), 0, bars->height);
  to = CLAMP ((int) round (bottom - bars->y0), from + 1, bars->height);
  for (int y = from; y < to; y++)
    bars->data[y * bars->stride + column] = 0xff;
}

static void
bars_paint (Bars               *bars,
            const DebriefColor *color,
            double              alpha)
{
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  debrief_color_set_source_alpha (bars->cr, color, alpha);
  if (bars->mask == NULL)
    {
      cairo_fill (bars->cr);
      return;
    }
  cairo_surface_mark_dirty (bars->mask);
  /* One mask pixel to one pixel: no filtering to do (twice as fast). */
  pattern = cairo_pattern_create_for_surface (bars->mask);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_matrix_init_translate (&matrix, -bars->x0, -bars->y0);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_mask (bars->cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (bars->mask);
}

/* Each column is a bar one pixel wide from its min to its max, stretched
 * to reach the last value of the column before when they join, so the bars
 * read as one line; under each, a light bar down to the bottom. */
static guint
draw_dense (DebriefTimelineRenderer *renderer,
            const DebriefGeometry   *geometry,
            const Plot              *plot,
            DebriefSamples          *samples,
            const DebriefColor      *color,
            const DebriefColor      *area)
{
  const double *v = debrief_samples_peek_values (samples);
  guint n_columns = (guint) ceil (geometry->plot_width);
  double thickness = MAX (geometry->style->line_width * 1.5, 1.5);
  double x0 = round (geometry->plot_x);
  const DebriefChartColumn *prev = NULL;
  DebriefChartColumn *columns;
  Bars bars;

  g_array_set_size (renderer->chart_columns, n_columns);
  columns = (DebriefChartColumn *) renderer->chart_columns->data;
  debrief_chart_columns (samples, &geometry->scale, x0 - geometry->plot_x, n_columns, columns);

  bars_init (&bars, plot->cr, x0, plot->top, plot->bottom, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const DebriefChartColumn *column = &columns[c];
      double low, high, top, bottom;

      if (column->first == column->end)
        continue;  /* no sample here: the neighbours join over it */
      if (debrief_chart_column_has_value (column))
        {
          low = column->min;
          high = column->max;
          if (columns_join (v, prev, column))
            {
              low = MIN (low, v[prev->end - 1]);
              high = MAX (high, v[prev->end - 1]);
            }
          top = value_y (high, plot->low, plot->high, plot->top, plot->bottom);
          bottom = value_y (low, plot->low, plot->high, plot->top, plot->bottom);
          if (bottom - top < thickness)
            {
              top = (top + bottom - thickness) / 2;
              bottom = top + thickness;
            }
          bars_add (&bars, c, top, bottom);
        }
      prev = column;
    }
  bars_paint (&bars, color, 1);

  bars_init (&bars, plot->cr, x0, plot->top, plot->bottom, n_columns);
  for (guint c = 0; c < n_columns; c++)
    if (debrief_chart_column_has_value (&columns[c]))
      bars_add (&bars, c, value_y (columns[c].max, plot->low, plot->high, plot->top, plot->bottom), plot->bottom);
  bars_paint (&bars, area, AREA_ALPHA);
  return 2;
}

/* ---- the row --------------------------------------------------------------------------- */

static void
draw_threshold (const DebriefGeometry *geometry,
                const Plot            *plot,
                double                 threshold)
{
  static const double dashes[] = { 6, 4 };
  double y = round (value_y (threshold, plot->low, plot->high, plot->top, plot->bottom)) + 0.5;

  cairo_move_to (plot->cr, geometry->plot_x, y);
  cairo_line_to (plot->cr, geometry->plot_x + geometry->plot_width, y);
  cairo_set_dash (plot->cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (plot->cr, MAX (geometry->style->line_width, 1));
  debrief_color_set_source (plot->cr, &geometry->style->text_dim);
  cairo_stroke (plot->cr);
  cairo_set_dash (plot->cr, NULL, 0, 0);
}

void
_debrief_renderer_draw_chart (DebriefTimelineRenderer  *renderer,
                              cairo_t                  *cr,
                              const DebriefGeometry    *geometry,
                              const DebriefTimelineRow *row)
{
  DebriefSamples *samples = debrief_series_get_samples (row->series);
  guint n = debrief_samples_get_n (samples), first, end;
  Plot plot = { cr };
  DebriefColor line, hollow;

  /* The line a little towards the text colour, as entry outlines are:
   * yellow still reads on white and blue on dark. The area keeps the hue. */
  _debrief_entry_ink (geometry->style, &row->color, &line, &hollow);
  _debrief_chart_value_range (row->series, &plot.low, &plot.high);
  _debrief_chart_plot_box (geometry, row, &plot.top, &plot.bottom);

  cairo_save (cr);
  /* On whole pixels: a clip with soft edges would make every fill below go
   * through a mask. */
  cairo_rectangle (cr, floor (geometry->plot_x), floor (plot.top - 2), ceil (geometry->plot_width),
                   ceil (plot.bottom - plot.top + 4));
  cairo_clip (cr);
  if (debrief_series_get_has_threshold (row->series))
    {
      draw_threshold (geometry, &plot, debrief_series_get_threshold (row->series));
      _debrief_renderer_count (renderer, 1);
    }

  /* One sample either side of the window, so the line runs off its edges. */
  first = debrief_samples_lower_bound (samples, geometry->frame->view_start);
  end = debrief_samples_lower_bound (samples, geometry->frame->view_end + 1);
  first = first > 0 ? first - 1 : 0;
  end = MIN (end + 1, n);
  if (end - first <= geometry->plot_width)
    _debrief_renderer_count (renderer, draw_sparse (geometry, &plot, samples, first, end, &line, &row->color));
  else
    _debrief_renderer_count (renderer, draw_dense (renderer, geometry, &plot, samples, &line, &row->color));
  cairo_restore (cr);
}
