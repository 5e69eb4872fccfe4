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

#include "debrief-glyph-batch.h"
#include "debrief-time.h"
#include "debrief-timeline-chart-private.h"

#define LABEL_GAP 6.0
#define SPAN_MERGE_GAP 3.0
#define DENSITY_LEVELS 5
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

/* Fills renderer->bins for one lane over the plot, one bin beyond each
 * edge, and returns their number; *out_x0 is the plot x where bin 0
 * starts. Bins are anchored to absolute time (multiples of their
 * duration), not to the view's edge: while panning an event stays in its
 * bin, so marks and labels do not flicker from frame to frame. */
guint
_debrief_renderer_compute_bins (DebriefTimelineRenderer *renderer,
                                const DebriefGeometry   *geometry,
                                guint32                  lane_key,
                                double                   bin_px,
                                double                  *out_x0)
{
  guint n_starts;
  const gint64 *starts;
  gint64 duration = MAX (llround (bin_px * debrief_time_scale_usec_per_px (&geometry->scale)), 1);
  gint64 left = debrief_time_scale_to_time (&geometry->scale, -bin_px);
  gint64 first = (left >= 0 ? left / duration : (left - duration + 1) / duration) * duration;
  guint n_bins = (guint) ceil (geometry->plot_width / bin_px) + 3;
  guint index;

  debrief_timeline_layout_peek_points (geometry->frame->layout, lane_key, &starts, &n_starts);
  g_array_set_size (renderer->bins, n_bins);
  renderer->bins_first = first;
  renderer->bins_duration = duration;
  *out_x0 = debrief_time_scale_to_x (&geometry->scale, first);
  index = gallop_lower_bound (starts, 0, n_starts, first);
  for (guint k = 0; k < n_bins; k++)
    {
      guint next = gallop_lower_bound (starts, index, n_starts, first + (gint64) (k + 1) * duration);
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);

      bin->first = index;
      bin->count = next - index;
      index = next;
    }
  return n_bins;
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
  g_autofree char *named = NULL;
  PangoLayout *layout;
  int height;

  if (width < style->label_min_width || style->span_row_height < style->small_size + 2)
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL,
                                    _debrief_frame_named (geometry->frame, event->text, &named), (int) width);
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left, y - height / 2.0);
}

/* Spans of one sub-row that touch (within a pixel) are drawn as one run:
 * zoomed out, thousands of short spans become a few bars, as points
 * become density marks. Only a run of a single span carries its text. */
typedef struct {
  DebriefEventRef ref;     /* the first span of the run */
  guint           count;
  double          x0;
  double          x1;
  double          y;
} SpanRun;

static void
add_run (cairo_t               *cr,
         const DebriefGeometry *geometry,
         GArray                *runs,
         const SpanRun         *run)
{
  double bar = geometry->style->span_row_height - 4;
  double x0 = floor (run->x0), x1 = MAX (ceil (run->x1), x0 + 1);

  /* Whole pixels, like the density marks. */
  cairo_rectangle (cr, x0, round (run->y - bar / 2), x1 - x0, round (bar));
  g_array_append_vals (runs, run, 1);
}

/* The bodies translucent in one fill; then, solid, the start of every run
 * and the edges of lone spans (rectangles all: cairo's stroker, which a
 * thousand outlines would cost milliseconds, is not needed). */
static void
fill_runs (DebriefTimelineRenderer  *renderer,
           cairo_t                  *cr,
           const DebriefGeometry    *geometry,
           const DebriefTimelineRow *row,
           GArray                   *runs)
{
  const DebriefTimelineStyle *style = geometry->style;
  double bar = style->span_row_height - 4;
  double cap = MAX (style->line_width * 2, 2);

  debrief_color_set_source_alpha (cr, &row->color, style->lane_fill_alpha * 0.5);
  cairo_fill (cr);
  cap = round (cap);
  for (guint i = 0; i < runs->len; i++)
    {
      SpanRun *run = &g_array_index (runs, SpanRun, i);
      double x0 = floor (run->x0), x1 = MAX (ceil (run->x1), x0 + 1);
      double top = round (run->y - bar / 2), height = round (bar), edge = MAX (round (style->line_width), 1);

      cairo_rectangle (cr, x0, top, MIN (cap, x1 - x0), height);
      if (run->count == 1 && x1 - x0 > 2 * cap)
        {
          cairo_rectangle (cr, x0, top, x1 - x0, edge);
          cairo_rectangle (cr, x0, top + height - edge, x1 - x0, edge);
        }
    }
  debrief_color_set_source (cr, &row->color);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 2);
}

static void
draw_spans (DebriefTimelineRenderer  *renderer,
            cairo_t                  *cr,
            const DebriefGeometry    *geometry,
            const DebriefTimelineRow *row)
{
  const DebriefSpanPlacement *spans;
  SpanRun open[8] = { 0 };
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (SpanRun));
  const gint64 *starts, *ends;
  guint first, end, n;

  spans = debrief_timeline_layout_get_spans (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_spans (geometry->frame->layout, row->lane_key,
                                       geometry->scale.start, geometry->scale.end, &first, &end);
  debrief_timeline_layout_peek_span_times (geometry->frame->layout, row->lane_key, &starts, &ends);

  for (guint i = first; i < end; i++)
    {
      guint sub_row = MIN (spans[i].sub_row, G_N_ELEMENTS (open) - 1);
      double x0 = _debrief_geometry_x (geometry, starts[i]);
      double x1 = MAX (_debrief_geometry_x (geometry, ends[i]), x0 + 2);
      SpanRun *run = &open[sub_row];

      if (x1 < geometry->plot_x)
        continue;
      /* Gaps under a few pixels cannot be told apart: merge across them. */
      if (run->count > 0 && x0 <= run->x1 + SPAN_MERGE_GAP)
        {
          run->x1 = MAX (run->x1, x1);
          run->count++;
          continue;
        }
      if (run->count > 0)
        add_run (cr, geometry, runs, run);
      *run = (SpanRun) { spans[i].ref, 1, x0, x1, _debrief_geometry_span_y (geometry, row, spans[i].sub_row) };
      renderer->stats.items++;
    }
  for (guint r = 0; r < G_N_ELEMENTS (open); r++)
    if (open[r].count > 0)
      add_run (cr, geometry, runs, &open[r]);
  if (runs->len == 0)
    return;

  fill_runs (renderer, cr, geometry, row, runs);
  for (guint i = 0; i < runs->len; i++)
    {
      SpanRun *run = &g_array_index (runs, SpanRun, i);

      /* Only a lone span wide enough for text is worth reading the event for. */
      if (run->count == 1 && run->x1 - run->x0 >= geometry->style->label_min_width)
        draw_span_label (renderer, cr, geometry, debrief_event_store_get (geometry->events, run->ref),
                         run->x0, run->x1, run->y);
    }
}

/* ---- points ----------------------------------------------------------------------- */

/* How much room the label of the single event at @x in bin @k has: up to
 * the next thing drawn in the point row (a single's exact place, a mark's
 * edge), or a fixed width after the last, so its layout does not change
 * while panning. */
static double
label_room (DebriefTimelineRenderer *renderer,
            const DebriefGeometry   *geometry,
            const DebriefEventRef   *refs,
            guint                    k,
            guint                    n_bins,
            double                   x)
{
  for (guint m = k + 1; m < n_bins; m++)
    {
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, m);

      if (bin->count > 1)
        return _debrief_bin_canvas_x (renderer, geometry, m) - x;
      if (bin->count == 1)
        return _debrief_geometry_x (geometry, debrief_event_store_get (geometry->events, refs[bin->first])->start) - x;
    }
  return MAX_LABEL_WIDTH + geometry->style->glyph_size + LABEL_GAP;
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
  g_autofree char *named = NULL;
  PangoLayout *layout;
  int height;

  if (width < style->label_min_width || *event->text == '\0')
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_EVENT,
                                    _debrief_frame_named (geometry->frame, event->text, &named), (int) width);
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left, y - height / 2.0);
}

void
_debrief_renderer_flush_glyphs (DebriefTimelineRenderer *renderer,
                                cairo_t                 *cr,
                                const DebriefGeometry   *geometry)
{
  for (guint i = 0; i < renderer->n_glyph_colors; i++)
    _debrief_renderer_count (renderer, debrief_glyph_batch_draw (&renderer->glyphs[i], cr,
                                                                 geometry->style->glyph_size,
                                                                 &renderer->glyph_colors[i],
                                                                 &geometry->style->glyph_edge));
  renderer->n_glyph_colors = 0;
}

static gboolean
same_color (const DebriefColor *a,
            const DebriefColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

/* Glyphs wait in the renderer's batch for their colour until the lanes
 * are done (or the batches run out, with unusually many lane colours). */
static void
add_glyph (DebriefTimelineRenderer  *renderer,
           cairo_t                  *cr,
           const DebriefGeometry    *geometry,
           const DebriefTimelineRow *row,
           const DebriefEvent       *event,
           double                    x,
           double                    y)
{
  guint slot;

  for (slot = 0; slot < renderer->n_glyph_colors; slot++)
    if (same_color (&renderer->glyph_colors[slot], &row->color))
      break;
  if (slot == DEBRIEF_GLYPH_BATCHES)
    {
      _debrief_renderer_flush_glyphs (renderer, cr, geometry);
      slot = 0;
    }
  if (slot == renderer->n_glyph_colors)
    renderer->glyph_colors[renderer->n_glyph_colors++] = row->color;

  debrief_glyph_batch_add (&renderer->glyphs[slot], debrief_glyph_for_kind (event->kind), x, y);
  renderer->stats.items++;
}

/* A density mark's height, in one of a few levels on a logarithmic scale
 * (2 events: the lowest; 256 and more: the glyph's full height). Neighbours
 * of one level merge into one box, so a busy lane reads as a histogram. */
static guint
density_level (guint count)
{
  double fraction = MIN (1.0, log2 ((double) MAX (count, 2)) / 8.0);

  return (guint) round (fraction * (DENSITY_LEVELS - 1));
}

static void
add_density_box (cairo_t               *cr,
                 const DebriefGeometry *geometry,
                 double                 x0,
                 double                 x1,
                 double                 y,
                 guint                  level)
{
  double full = geometry->style->glyph_size * 1.1;
  double height = round (full * (0.45 + 0.55 * level / (double) (DENSITY_LEVELS - 1)));

  /* Whole pixels: crisper, and cairo fills aligned boxes without building
   * coverage masks, several times faster for thousands of marks. */
  cairo_rectangle (cr, round (x0), round (y - height / 2), MAX (round (x1) - round (x0) - 1, 1), height);
}

/* Adds the marks of every bin for which @wanted says so, merged into runs
 * of equal level; returns how many bins were marked. */
static guint
add_density_marks (DebriefTimelineRenderer *renderer,
                   cairo_t                 *cr,
                   const DebriefGeometry   *geometry,
                   const gboolean          *wanted,
                   const guint             *levels,
                   guint                    n_bins,
                   double                   y)
{
  guint marked = 0, run_start = 0;
  gboolean in_run = FALSE;

  for (guint k = 0; k <= n_bins; k++)
    {
      gboolean ends_run = in_run && (k == n_bins || !wanted[k] || levels[k] != levels[run_start]);

      if (ends_run)
        {
          add_density_box (cr, geometry, _debrief_bin_canvas_x (renderer, geometry, run_start),
                           _debrief_bin_canvas_x (renderer, geometry, k), y, levels[run_start]);
          in_run = FALSE;
        }
      if (k < n_bins && wanted[k])
        {
          marked++;
          if (!in_run)
            {
              run_start = k;
              in_run = TRUE;
            }
        }
    }
  return marked;
}

/* Marks the cluster bins that hold notable events: a full-strength mark
 * with an edge, where a glyph for each would be a wall of glyphs. Found by
 * galloping through the notable starts bin by bin, like the counts. */
static void
emphasise_notable_bins (DebriefTimelineRenderer  *renderer,
                        cairo_t                  *cr,
                        const DebriefGeometry    *geometry,
                        const DebriefTimelineRow *row,
                        guint                     n_bins)
{
  guint n, index;
  const gint64 *starts = debrief_timeline_layout_peek_notable_starts (geometry->frame->layout, row->lane_key, &n);
  g_autofree gboolean *wanted = g_new0 (gboolean, n_bins);
  g_autofree guint *levels = g_new0 (guint, n_bins);

  index = gallop_lower_bound (starts, 0, n, _debrief_bin_time (renderer, 0));
  for (guint k = 0; k < n_bins && index < n; k++)
    {
      guint next = gallop_lower_bound (starts, index, n, _debrief_bin_time (renderer, k + 1));

      wanted[k] = next > index && g_array_index (renderer->bins, DebriefBin, k).count > 1;
      levels[k] = DENSITY_LEVELS - 1;
      index = next;
    }
  if (add_density_marks (renderer, cr, geometry, wanted, levels, n_bins,
                         _debrief_geometry_point_y (geometry, row)) == 0)
    return;
  /* Full strength, where ordinary density marks are translucent; no
   * outline, which would cost a stroke of every mark. */
  debrief_color_set_source (cr, &row->color);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

/* Notable events hidden in density marks keep their glyphs while they are
 * sparse (fewer than one per three bins); denser, their bins are
 * emphasised instead. Either way an alert in a log storm shows. */
static void
draw_notable_over_clusters (DebriefTimelineRenderer  *renderer,
                            cairo_t                  *cr,
                            const DebriefGeometry    *geometry,
                            const DebriefTimelineRow *row,
                            guint                     n_bins)
{
  const DebriefEventRef *notable;
  double y = _debrief_geometry_point_y (geometry, row);
  double last_x = -G_MAXDOUBLE;
  guint n, first, end;

  notable = debrief_timeline_layout_get_notable (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_notable (geometry->frame->layout, row->lane_key,
                                         geometry->scale.start, geometry->scale.end, &first, &end);
  if (end - first > n_bins / 3)
    {
      emphasise_notable_bins (renderer, cr, geometry, row, n_bins);
      return;
    }

  for (guint i = first; i < end; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (geometry->events, notable[i]);
      double x = _debrief_geometry_x (geometry, event->start);
      guint k = _debrief_bin_of_time (renderer, event->start);

      /* Singles were drawn already. */
      if (k >= n_bins || g_array_index (renderer->bins, DebriefBin, k).count <= 1 ||
          x - last_x < geometry->style->glyph_size / 2)
        continue;
      add_glyph (renderer, cr, geometry, row, event, x, y);
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
  guint n_refs, n_clusters;
  const gint64 *starts;
  const DebriefEventRef *refs = debrief_timeline_layout_peek_points (geometry->frame->layout, row->lane_key, &starts, &n_refs);
  double y = _debrief_geometry_point_y (geometry, row);
  g_autofree gboolean *wanted = NULL;
  g_autofree guint *levels = NULL;

  /* Density marks first, in one fill, so glyphs sit on top. */
  wanted = g_new (gboolean, n_bins);
  levels = g_new (guint, n_bins);
  for (guint k = 0; k < n_bins; k++)
    {
      DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);

      wanted[k] = bin->count > 1;
      levels[k] = density_level (bin->count);
    }
  n_clusters = add_density_marks (renderer, cr, geometry, wanted, levels, n_bins, y);
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
      if (_debrief_event_is_span (event))
        continue;
      x = _debrief_geometry_x (geometry, event->start);
      add_glyph (renderer, cr, geometry, row, event, x, y);
      draw_point_label (renderer, cr, geometry, event, x, y,
                        label_room (renderer, geometry, refs, k, n_bins, x));
    }

  if (n_clusters > 0)
    draw_notable_over_clusters (renderer, cr, geometry, row, n_bins);
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
      {
        double left = round (_debrief_bin_canvas_x (renderer, geometry, k));

        cairo_rectangle (cr, left, round (top), MAX (round (_debrief_bin_canvas_x (renderer, geometry, k + 1)) - left, 1),
                         round (row->height * 0.5));
      }
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

      if (row->kind == DEBRIEF_ROW_GROUP || !_debrief_geometry_row_visible (geometry, row))
        continue;
      if (row->kind == DEBRIEF_ROW_PERSPECTIVE)
        _debrief_renderer_draw_perspective (renderer, cr, geometry, row);
      else if (row->kind == DEBRIEF_ROW_CHART)
        _debrief_renderer_draw_chart (renderer, cr, geometry, row);
      else if (row->collapsed)
        draw_collapsed (renderer, cr, geometry, row);
      else
        {
          if (row->n_span_rows > 0)
            draw_spans (renderer, cr, geometry, row);
          draw_points (renderer, cr, geometry, row);
        }
    }
  /* Thumbnails under the glyphs: an image never hides an event. */
  _debrief_renderer_draw_artefacts (renderer, cr, geometry);
  _debrief_renderer_flush_glyphs (renderer, cr, geometry);
  cairo_restore (cr);
}

/* ---- hand-offs ------------------------------------------------------------------------ */

void
_debrief_renderer_add_arrow (cairo_t *cr,
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
 * selected or hovered. Each arrow is stroked on its own: stroked as one
 * path, the crossings of many curves make cairo's tessellation several
 * times slower than the arrows themselves. */
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
  guint n;

  links = debrief_timeline_layout_get_links (geometry->frame->layout, &n);
  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, geometry->lanes_y, geometry->plot_width,
                   geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);
  /* Half a pixel is smooth enough for curves this thin. */
  cairo_set_tolerance (cr, 0.5);
  cairo_set_line_width (cr, width);
  debrief_color_set_source (cr, color);

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
          (fabs (y1 - y2) < 1 && fabs (x2 - x1) < 2 * inset) ||
          !_debrief_geometry_y_visible (geometry, MIN (y1, y2) - style->glyph_size, MAX (y1, y2) + style->glyph_size))
        continue;
      _debrief_renderer_add_arrow (cr, x1 + (x2 >= x1 ? inset : -inset), y1, x2 - (x2 >= x1 ? inset : -inset), y2,
                 style->glyph_size * 0.5);
      cairo_stroke (cr);
      _debrief_renderer_count (renderer, 1);
    }
  cairo_restore (cr);
}
