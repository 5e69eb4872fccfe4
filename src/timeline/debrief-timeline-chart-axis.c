/* debrief-timeline-chart-axis.c — a chart row's header and what is under
 * the pointer
 *
 * The header column carries the value axis: the series' name and unit on
 * the left, its top and bottom values on the right, level with the plot's
 * top and bottom, so the curve can be read without a grid. The chip is a
 * short line in the series' colour: a chart is not a lane (square chip) or
 * a person (round chip).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline"

#include "config.h"

#include <math.h>

#include "debrief-chart-columns.h"
#include "debrief-timeline-chart-private.h"

static void
draw_chip (DebriefTimelineRenderer  *renderer,
           cairo_t                  *cr,
           const DebriefGeometry    *geometry,
           const DebriefTimelineRow *row,
           double                    x,
           double                    middle)
{
  double size = geometry->style->header_size * 0.8;

  cairo_move_to (cr, x, middle + size * 0.3);
  cairo_line_to (cr, x + size * 0.35, middle - size * 0.25);
  cairo_line_to (cr, x + size * 0.65, middle + size * 0.1);
  cairo_line_to (cr, x + size, middle - size * 0.4);
  cairo_set_line_width (cr, MAX (geometry->style->line_width * 2, 2));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  debrief_color_set_source (cr, &row->color);
  cairo_stroke (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  /* Rows drawn after this one (which ones depends on the clip) expect the
   * default join: lane swatches have square corners. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  _debrief_renderer_count (renderer, 1);
}

/* @y_edge is the plot's top (@at_top) or bottom; returns the label's width. */
static int
draw_axis_label (DebriefTimelineRenderer *renderer,
                 cairo_t                 *cr,
                 const DebriefGeometry   *geometry,
                 double                   value,
                 const char              *unit,
                 double                   y_edge,
                 gboolean                 at_top)
{
  const DebriefTimelineStyle *style = geometry->style;
  g_autofree char *text = debrief_chart_format_value (value, unit);
  PangoLayout *layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, text,
                                                 (int) (style->header_width / 2));
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  debrief_color_set_source (cr, &style->text_dim);
  _debrief_renderer_show_label (renderer, cr, layout, style->header_width - 8 - width,
                                at_top ? y_edge - 2 : y_edge - height + 2);
  return width;
}

void
_debrief_renderer_draw_chart_header (DebriefTimelineRenderer  *renderer,
                                     cairo_t                  *cr,
                                     const DebriefGeometry    *geometry,
                                     const DebriefTimelineRow *row)
{
  const DebriefTimelineStyle *style = geometry->style;
  const char *unit = debrief_series_get_unit (row->series);
  double low, high, top, bottom, text_x = 14 + style->header_size, middle;
  int axis_width, name_height, width;
  PangoLayout *name;

  _debrief_chart_value_range (row->series, &low, &high);
  _debrief_chart_plot_box (geometry, row, &top, &bottom);
  axis_width = MAX (draw_axis_label (renderer, cr, geometry, high, unit, top, TRUE),
                    draw_axis_label (renderer, cr, geometry, low, unit, bottom, FALSE));

  middle = (top + bottom) / 2;
  draw_chip (renderer, cr, geometry, row, 10, middle);
  /* The name sits between the axis labels when the row has room for
   * three lines; else beside them. */
  if (bottom - top >= 3 * debrief_label_cache_get_line_height (renderer->labels, DEBRIEF_LABEL_SMALL))
    axis_width = 0;
  width = (int) (style->header_width - text_x - axis_width - 14);
  if (width < style->header_size * 2)
    return;
  name = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL_BOLD,
                                  debrief_series_get_name (row->series), width);
  pango_layout_get_pixel_size (name, NULL, &name_height);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, name, text_x, middle - name_height / 2.0);
}

/* ---- hits ------------------------------------------------------------------------------ */

/* The sample nearest @time of the two around it, if it has a value. */
static guint
nearest_value (DebriefSamples *samples,
               gint64          time)
{
  const gint64 *t = debrief_samples_peek_times (samples);
  const double *v = debrief_samples_peek_values (samples);
  guint n = debrief_samples_get_n (samples);
  guint after = debrief_samples_lower_bound (samples, time), best = G_MAXUINT;

  if (after < n && !isnan (v[after]))
    best = after;
  if (after > 0 && !isnan (v[after - 1]) &&
      (best == G_MAXUINT || time - t[after - 1] <= t[best] - time))
    best = after - 1;
  return best;
}

gboolean
_debrief_renderer_hit_chart (DebriefTimelineRenderer  *renderer,
                             const DebriefGeometry    *geometry,
                             const DebriefTimelineRow *row,
                             double                    x,
                             double                    y,
                             DebriefTimelineHit       *hit)
{
  DebriefSamples *samples = debrief_series_get_samples (row->series);
  double column_x = floor (x - geometry->plot_x);
  DebriefChartColumn column;
  guint at;

  hit->kind = DEBRIEF_HIT_SERIES;
  hit->series = row->series;
  hit->sample = G_MAXUINT;
  if (x < geometry->plot_x || debrief_samples_get_n (samples) == 0)
    return TRUE;

  /* The same column the chart drew: the tooltip tells what is drawn. */
  debrief_chart_columns (samples, &geometry->scale, column_x, 1, &column);
  hit->cluster_start = debrief_time_scale_to_time (&geometry->scale, column_x);
  hit->cluster_end = debrief_time_scale_to_time (&geometry->scale, column_x + 1);
  hit->cluster_count = column.end - column.first;
  hit->value_min = column.min;
  hit->value_max = column.max;
  /* In a gap (the last sample before the pointer has no value) there is no
   * value to show, however near the samples around it. */
  at = debrief_samples_at_time (samples, hit->time);
  if (at == G_MAXUINT || !isnan (debrief_samples_peek_values (samples)[at]) || hit->cluster_count > 0)
    hit->sample = nearest_value (samples, hit->time);
  return TRUE;
}

/* The hovered sample: a ring on the curve where the tooltip's value is. */
void
_debrief_renderer_draw_chart_hover (DebriefTimelineRenderer  *renderer,
                                    cairo_t                  *cr,
                                    const DebriefGeometry    *geometry,
                                    const DebriefTimelineHit *hit)
{
  const DebriefTimelineRow *row = debrief_timeline_layout_find_series (geometry->frame->layout, hit->series);
  DebriefSamples *samples;
  double low, high, top, bottom, x, y, value;

  if (row == NULL || hit->sample == G_MAXUINT || !_debrief_geometry_row_visible (geometry, row))
    return;
  samples = debrief_series_get_samples (hit->series);
  if (hit->sample >= debrief_samples_get_n (samples))
    return;
  value = debrief_samples_peek_values (samples)[hit->sample];
  _debrief_chart_value_range (hit->series, &low, &high);
  _debrief_chart_plot_box (geometry, row, &top, &bottom);
  x = _debrief_geometry_x (geometry, debrief_samples_peek_times (samples)[hit->sample]);
  y = bottom - (value - low) / (high - low) * (bottom - top);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, geometry->style->glyph_size * 0.45, 0, 2 * G_PI);
  debrief_color_set_source (cr, &geometry->style->background);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, MAX (geometry->style->line_width * 2, 2));
  debrief_color_set_source (cr, &geometry->style->hover);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 2);
}
