/* debrief-timeline-lanes.c — the events of each lane: glyphs, spans, density
 *
 * The plot of a lane is cut into bins a few pixels wide. The bins' event
 * counts come from binary (galloping) searches on the lane's sorted start
 * times, so the cost of a lane depends on its width in pixels, not on how
 * many events it holds: a million events cost no more than a thousand.
 *
 *  - a bin holding one event shows its glyph at its exact time, with its
 *    text where there is room before the next item;
 *  - a bin holding several shows a density mark whose height grows with
 *    the logarithm of the count (the tooltip gives the exact count);
 *  - notable events (alerts, deploys, decisions…) keep their glyphs on top
 *    of density marks;
 *  - spans are bars in stacked rows under the points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-glyphs.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer-private.h"

#define LABEL_GAP 6.0
#define MAX_LABEL_WIDTH 420

/* ---- bins ---------------------------------------------------------------------- */

/* The first position in [from, n) whose start is ≥ time, searching forward
 * from `from` in doubling steps: bins are visited left to right, so each
 * search starts where the last ended. */
static guint
gallop_lower_bound (const gint64 *starts,
                    guint         from,
                    guint         n,
                    gint64        time)
{
  guint step = 1, lo = from, hi;

  if (from >= n || starts[from] >= time)
    return from;
  while (lo + step < n && starts[lo + step] < time)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step, n);
  lo += 1;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (starts[mid] < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Fills renderer->bins for one lane over the plot, one bin beyond each edge.
 * Returns the number of bins; *out_x0 is the plot x where bin 0 starts. */
guint
_debrief_renderer_compute_bins (DebriefTimelineRenderer *renderer,
                                const DebriefGeometry   *geometry,
                                guint32                  lane_key,
                                double                   bin_px,
                                double                  *out_x0)
{
  guint n_starts;
  const gint64 *starts = debrief_event_store_lane_peek_starts (geometry->events, lane_key, &n_starts);
  guint n_bins = (guint) ceil (geometry->plot_width / bin_px) + 2;
  double x0 = -bin_px;
  guint index;

  g_array_set_size (renderer->bins, n_bins);
  *out_x0 = x0;
  index = debrief_event_store_lane_lower_bound (geometry->events, lane_key,
                                                debrief_time_scale_to_time (&geometry->scale, x0));
  for (guint k = 0; k < n_bins; k++)
    {
      gint64 bin_end = debrief_time_scale_to_time (&geometry->scale, x0 + (k + 1) * bin_px);
      guint next = gallop_lower_bound (starts, index, n_starts, bin_end);
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);

      bin->first = index;
      bin->count = next - index;
      index = next;
    }
  return n_bins;
}

static gboolean
is_span (const DebriefEvent *event)
{
  return event->end != DEBRIEF_TIME_NONE && event->end > event->start;
}

/* ---- spans ----------------------------------------------------------------------- */

static void
draw_span_label (DebriefTimelineRenderer *renderer,
                 cairo_t                 *cr,
                 const DebriefGeometry   *geometry,
                 const DebriefEvent      *event,
                 double                   x0,
                 double                   x1,
                 double                   y)
{
  const DebriefTimelineStyle *style = geometry->style;
  double left = MAX (x0, geometry->plot_x) + 4;
  double width = MIN (x1, geometry->plot_x + geometry->plot_width) - left - 4;
  PangoLayout *layout;
  int height;

  if (width < style->label_min_width || style->span_row_height < style->small_size + 2)
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, event->text, (int) width);
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left, y - height / 2.0);
}

typedef struct {
  const DebriefEvent *event;
  double              x0;
  double              x1;
  double              y;
} SpanLabel;

/* Bars first, in one fill and one stroke; then the labels that fit inside
 * them (drawing text mid-path would change the fill's source). */
static void
draw_spans (DebriefTimelineRenderer  *renderer,
            cairo_t                  *cr,
            const DebriefGeometry    *geometry,
            const DebriefTimelineRow *row)
{
  const DebriefTimelineStyle *style = geometry->style;
  const DebriefSpanPlacement *spans;
  double covered[8] = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE,
                        -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double bar = style->span_row_height - 4;
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (SpanLabel));
  guint first, end, n;

  spans = debrief_timeline_layout_get_spans (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_spans (geometry->frame->layout, row->lane_key,
                                       geometry->scale.start, geometry->scale.end, &first, &end);

  for (guint i = first; i < end; i++)
    {
      SpanLabel label;
      guint sub_row = MIN (spans[i].sub_row, G_N_ELEMENTS (covered) - 1);

      label.event = debrief_event_store_get (geometry->events, spans[i].ref);
      label.x0 = _debrief_geometry_x (geometry, label.event->start);
      label.x1 = MAX (_debrief_geometry_x (geometry, label.event->end), label.x0 + 2);
      label.y = _debrief_geometry_span_y (geometry, row, spans[i].sub_row);

      /* A bar inside pixels already covered adds nothing. */
      if (label.x1 < geometry->plot_x || label.x1 <= covered[sub_row] + 0.5)
        continue;
      label.x0 = MAX (label.x0, covered[sub_row]);
      covered[sub_row] = label.x1;

      cairo_rectangle (cr, label.x0, label.y - bar / 2, label.x1 - label.x0, bar);
      g_array_append_val (labels, label);
      renderer->stats.items++;
    }
  if (labels->len == 0)
    return;

  debrief_color_set_source_alpha (cr, &row->color, style->lane_fill_alpha * 0.5);
  cairo_fill_preserve (cr);
  debrief_color_set_source (cr, &row->color);
  cairo_set_line_width (cr, style->line_width);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 2);

  for (guint i = 0; i < labels->len; i++)
    {
      SpanLabel *label = &g_array_index (labels, SpanLabel, i);

      draw_span_label (renderer, cr, geometry, label->event, label->x0, label->x1, label->y);
    }
}

/* ---- points ----------------------------------------------------------------------- */

/* Where the next thing drawn in the point row starts, for label room. */
static double
next_item_x (const DebriefGeometry *geometry,
             GArray                *bins,
             guint                  k,
             guint                  n_bins,
             double                 x0,
             double                 bin_px)
{
  for (guint m = k + 1; m < n_bins; m++)
    {
      DebriefBin *bin = &g_array_index (bins, DebriefBin, m);

      if (bin->count > 1)
        return geometry->plot_x + x0 + m * bin_px;
      if (bin->count == 1)
        return geometry->plot_x + x0 + m * bin_px;
    }
  return geometry->plot_x + geometry->plot_width + MAX_LABEL_WIDTH;
}

static void
draw_point_label (DebriefTimelineRenderer *renderer,
                  cairo_t                 *cr,
                  const DebriefGeometry   *geometry,
                  const DebriefEvent      *event,
                  double                   x,
                  double                   y,
                  double                   room)
{
  const DebriefTimelineStyle *style = geometry->style;
  double left = x + style->glyph_size / 2 + 4;
  double width = MIN (room - style->glyph_size / 2 - 4 - LABEL_GAP, MAX_LABEL_WIDTH);
  PangoLayout *layout;
  int height;

  if (width < style->label_min_width || *event->text == '\0')
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_EVENT, event->text, (int) width);
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left, y - height / 2.0);
}

static void
draw_glyph (DebriefTimelineRenderer  *renderer,
            cairo_t                  *cr,
            const DebriefGeometry    *geometry,
            const DebriefTimelineRow *row,
            const DebriefEvent       *event,
            double                    x,
            double                    y)
{
  debrief_glyph_draw (cr, debrief_glyph_for_kind (event->kind), x, y, geometry->style->glyph_size,
                      &row->color, &geometry->style->glyph_edge);
  _debrief_renderer_count (renderer, 2);
  renderer->stats.items++;
}

/* A density mark: taller for more events, on a logarithmic scale (2 events
 * half the glyph's height, 256 and more its full height). */
static void
add_cluster_mark (cairo_t               *cr,
                  const DebriefGeometry *geometry,
                  double                 x,
                  double                 width,
                  double                 y,
                  guint                  count)
{
  double full = geometry->style->glyph_size * 1.1;
  double height = full * (0.45 + 0.55 * MIN (1.0, log2 ((double) count) / 8.0));

  cairo_rectangle (cr, x, y - height / 2, MAX (width - 1, 1), height);
}

static void
draw_notable_over_clusters (DebriefTimelineRenderer  *renderer,
                            cairo_t                  *cr,
                            const DebriefGeometry    *geometry,
                            const DebriefTimelineRow *row,
                            double                    x0,
                            double                    bin_px,
                            guint                     n_bins)
{
  const DebriefEventRef *notable;
  double y = _debrief_geometry_point_y (geometry, row);
  double last_x = -G_MAXDOUBLE;
  guint n, first, end;

  notable = debrief_timeline_layout_get_notable (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_notable (geometry->frame->layout, row->lane_key,
                                         geometry->scale.start, geometry->scale.end, &first, &end);
  for (guint i = first; i < end; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (geometry->events, notable[i]);
      double x = _debrief_geometry_x (geometry, event->start);
      guint k = (guint) floor ((x - geometry->plot_x - x0) / bin_px);

      /* Singles were drawn already; a flood of alerts merges too. */
      if (k >= n_bins || g_array_index (renderer->bins, DebriefBin, k).count <= 1 || x - last_x < 2)
        continue;
      draw_glyph (renderer, cr, geometry, row, event, x, y);
      last_x = x;
    }
}

static void
draw_points (DebriefTimelineRenderer  *renderer,
             cairo_t                  *cr,
             const DebriefGeometry    *geometry,
             const DebriefTimelineRow *row)
{
  const DebriefTimelineStyle *style = geometry->style;
  double bin_px = style->cluster_bin, x0;
  guint n_bins = _debrief_renderer_compute_bins (renderer, geometry, row->lane_key, bin_px, &x0);
  guint n_refs, n_clusters = 0;
  const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (geometry->events, row->lane_key, &n_refs);
  double y = _debrief_geometry_point_y (geometry, row);

  /* Density marks first, in one fill, so glyphs sit on top. */
  for (guint k = 0; k < n_bins; k++)
    {
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);

      if (bin->count > 1)
        {
          add_cluster_mark (cr, geometry, geometry->plot_x + x0 + k * bin_px, bin_px, y, bin->count);
          n_clusters++;
        }
    }
  if (n_clusters > 0)
    {
      debrief_color_set_source_alpha (cr, &row->color, style->lane_fill_alpha);
      cairo_fill (cr);
      _debrief_renderer_count (renderer, 1);
      renderer->stats.clusters += n_clusters;
    }

  for (guint k = 0; k < n_bins; k++)
    {
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);
      const DebriefEvent *event;
      double x;

      if (bin->count != 1)
        continue;
      event = debrief_event_store_get (geometry->events, refs[bin->first]);
      if (is_span (event))
        continue;
      x = _debrief_geometry_x (geometry, event->start);
      draw_glyph (renderer, cr, geometry, row, event, x, y);
      draw_point_label (renderer, cr, geometry, event, x, y,
                        next_item_x (geometry, renderer->bins, k, n_bins, x0, bin_px) - x);
    }

  if (n_clusters > 0)
    draw_notable_over_clusters (renderer, cr, geometry, row, x0, bin_px, n_bins);
}

/* A collapsed lane keeps a strip of density: where things happened. */
static void
draw_collapsed (DebriefTimelineRenderer  *renderer,
                cairo_t                  *cr,
                const DebriefGeometry    *geometry,
                const DebriefTimelineRow *row)
{
  double bin_px = geometry->style->cluster_bin / 2, x0;
  guint n_bins = _debrief_renderer_compute_bins (renderer, geometry, row->lane_key, bin_px, &x0);
  double top = _debrief_geometry_row_top (geometry, row) + row->height * 0.25;

  for (guint k = 0; k < n_bins; k++)
    if (g_array_index (renderer->bins, DebriefBin, k).count > 0)
      cairo_rectangle (cr, geometry->plot_x + x0 + k * bin_px, top, bin_px, row->height * 0.5);
  debrief_color_set_source_alpha (cr, &row->color, geometry->style->lane_fill_alpha);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

void
_debrief_renderer_draw_lanes (DebriefTimelineRenderer *renderer,
                              cairo_t                 *cr,
                              const DebriefGeometry   *geometry)
{
  DebriefTimelineLayout *layout = geometry->frame->layout;
  guint n = debrief_timeline_layout_get_n_rows (layout);

  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, geometry->lanes_y, geometry->plot_width,
                   geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);

  for (guint i = 0; i < n; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (row->kind != DEBRIEF_ROW_LANE || !_debrief_geometry_row_visible (geometry, row))
        continue;
      if (row->collapsed)
        draw_collapsed (renderer, cr, geometry, row);
      else
        {
          if (row->n_span_rows > 0)
            draw_spans (renderer, cr, geometry, row);
          draw_points (renderer, cr, geometry, row);
        }
    }
  cairo_restore (cr);
}

/* ---- where an event is, and what is under the pointer ----------------------------- */

gboolean
_debrief_renderer_event_point (const DebriefGeometry *geometry,
                               DebriefEventRef        ref,
                               double                *out_x,
                               double                *out_y)
{
  const DebriefEvent *event = debrief_event_store_get (geometry->events, ref);
  const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (geometry->frame->layout, event->lane);

  if (row == NULL)
    return FALSE;
  *out_x = _debrief_geometry_x (geometry, event->start);
  if (row->collapsed)
    *out_y = _debrief_geometry_row_top (geometry, row) + row->height / 2;
  else if (is_span (event))
    *out_y = _debrief_geometry_span_y (geometry, row,
                                       debrief_timeline_layout_get_sub_row (geometry->frame->layout, ref));
  else
    *out_y = _debrief_geometry_point_y (geometry, row);
  return TRUE;
}

static gboolean
hit_span (const DebriefGeometry    *geometry,
          const DebriefTimelineRow *row,
          double                    x,
          double                    y,
          DebriefTimelineHit       *hit)
{
  const DebriefSpanPlacement *spans;
  gint64 time = debrief_time_scale_to_time (&geometry->scale, x - geometry->plot_x);
  gint64 slack = (gint64) (2 * debrief_time_scale_usec_per_px (&geometry->scale));
  guint n, first, end;

  spans = debrief_timeline_layout_get_spans (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_spans (geometry->frame->layout, row->lane_key, time - slack, time + slack,
                                       &first, &end);
  for (guint i = first; i < end; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (geometry->events, spans[i].ref);
      double span_y = _debrief_geometry_span_y (geometry, row, spans[i].sub_row);

      if (fabs (y - span_y) <= geometry->style->span_row_height / 2 &&
          event->start - slack <= time && event->end + slack >= time)
        {
          hit->kind = DEBRIEF_HIT_EVENT;
          hit->ref = spans[i].ref;
          return TRUE;
        }
    }
  return FALSE;
}

/* Counts a bin exactly, without the spans drawn in their own rows. */
static guint
count_points (const DebriefGeometry *geometry,
              const DebriefEventRef *refs,
              const DebriefBin      *bin,
              DebriefEventRef       *out_single)
{
  guint count = 0;

  for (guint i = bin->first; i < bin->first + bin->count; i++)
    if (!is_span (debrief_event_store_get (geometry->events, refs[i])))
      {
        count++;
        *out_single = refs[i];
      }
  return count;
}

gboolean
_debrief_renderer_hit_lane (DebriefTimelineRenderer  *renderer,
                            const DebriefGeometry    *geometry,
                            const DebriefTimelineRow *row,
                            double                    x,
                            double                    y,
                            DebriefTimelineHit       *hit)
{
  double bin_px = row->collapsed ? geometry->style->cluster_bin / 2 : geometry->style->cluster_bin, x0;
  guint n_bins, n_refs, k;
  const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (geometry->events, row->lane_key, &n_refs);
  DebriefEventRef single = DEBRIEF_EVENT_REF_NONE;
  DebriefBin *bin;
  guint count;

  hit->kind = DEBRIEF_HIT_LANE;
  hit->lane_key = row->lane_key;
  /* Below the point row lie the stacked spans. */
  if (!row->collapsed && y > _debrief_geometry_row_top (geometry, row) + geometry->style->lane_height)
    {
      hit_span (geometry, row, x, y, hit);
      return TRUE;
    }

  n_bins = _debrief_renderer_compute_bins (renderer, geometry, row->lane_key, bin_px, &x0);
  k = (guint) floor ((x - geometry->plot_x - x0) / bin_px);
  if (k >= n_bins)
    return TRUE;
  bin = &g_array_index (renderer->bins, DebriefBin, k);
  count = count_points (geometry, refs, bin, &single);
  if (count == 1)
    {
      hit->kind = DEBRIEF_HIT_EVENT;
      hit->ref = single;
    }
  else if (count > 1)
    {
      hit->kind = DEBRIEF_HIT_CLUSTER;
      hit->cluster_count = count;
      hit->cluster_start = debrief_time_scale_to_time (&geometry->scale, x0 + k * bin_px);
      hit->cluster_end = debrief_time_scale_to_time (&geometry->scale, x0 + (k + 1) * bin_px);
      hit->ref = refs[bin->first];
    }
  return TRUE;
}

/* ---- hand-offs ------------------------------------------------------------------------ */

static void
add_arrow (cairo_t *cr,
           double   x1,
           double   y1,
           double   x2,
           double   y2,
           double   size)
{
  double dx = MAX (fabs (x2 - x1) / 2, 24);
  double direction = x2 >= x1 ? 1 : -1;

  cairo_move_to (cr, x1, y1);
  cairo_curve_to (cr, x1 + dx * direction, y1, x2 - dx * direction, y2, x2, y2);
  /* The head: two short strokes back from the tip, along the curve's end. */
  cairo_move_to (cr, x2 - size * direction, y2 - size * 0.6);
  cairo_line_to (cr, x2, y2);
  cairo_line_to (cr, x2 - size * direction, y2 + size * 0.6);
}

/* All hand-offs, faint (@only is NONE), or only those to and from @only,
 * strong: the chart keeps them in the background until an event is
 * selected or hovered. */
void
_debrief_renderer_draw_links (DebriefTimelineRenderer *renderer,
                              cairo_t                 *cr,
                              const DebriefGeometry   *geometry,
                              DebriefEventRef          only,
                              const DebriefColor      *color,
                              double                   width)
{
  const DebriefTimelineStyle *style = geometry->style;
  double inset = style->glyph_size / 2 + 2;
  const DebriefLink *links;
  guint n, drawn = 0;

  links = debrief_timeline_layout_get_links (geometry->frame->layout, &n);
  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, geometry->lanes_y, geometry->plot_width,
                   geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);

  for (guint i = 0; i < n; i++)
    {
      double x1, y1, x2, y2;

      if (only != DEBRIEF_EVENT_REF_NONE && links[i].from != only && links[i].to != only)
        continue;
      if (!_debrief_renderer_event_point (geometry, links[i].from, &x1, &y1) ||
          !_debrief_renderer_event_point (geometry, links[i].to, &x2, &y2))
        continue;
      if ((x1 < geometry->plot_x && x2 < geometry->plot_x) ||
          (x1 > geometry->plot_x + geometry->plot_width && x2 > geometry->plot_x + geometry->plot_width) ||
          (fabs (y1 - y2) < 1 && fabs (x2 - x1) < 2 * inset))
        continue;
      add_arrow (cr, x1 + (x2 >= x1 ? inset : -inset), y1, x2 - (x2 >= x1 ? inset : -inset), y2,
                 style->glyph_size * 0.5);
      drawn++;
    }

  if (drawn > 0)
    {
      cairo_set_line_width (cr, width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      debrief_color_set_source (cr, color);
      cairo_stroke (cr);
      _debrief_renderer_count (renderer, 1);
    }
  cairo_restore (cr);
}
