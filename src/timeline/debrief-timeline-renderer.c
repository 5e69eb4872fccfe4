/* debrief-timeline-renderer.c — the one renderer: screen, print and export
 *
 * Draws a DebriefTimelineFrame onto any cairo_t: the GTK widget's snapshot,
 * a printed page, a PDF, SVG or PNG surface. One code path means the
 * printout always looks like the screen, and it can be tested without a
 * display. It never calls GTK.
 *
 * Order of drawing: background and lane stripes, time outside the incident,
 * phases, grid, the lanes' events, hand-off arrows, markers, then the fixed
 * parts on top (lane headers, ruler, corner), which the lanes scroll under.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-chart-columns.h"
#include "debrief-phase.h"
#include "debrief-time.h"
#include "debrief-timeline-chart-private.h"

#define LABEL_CACHE_SIZE 4096
#define MIN_TICK_GAP 14.0

DebriefTimelineRenderer *
debrief_timeline_renderer_new (void)
{
  DebriefTimelineRenderer *renderer = g_new0 (DebriefTimelineRenderer, 1);

  renderer->labels = debrief_label_cache_new (LABEL_CACHE_SIZE);
  renderer->bins = g_array_new (FALSE, FALSE, sizeof (DebriefBin));
  renderer->chart_columns = g_array_new (FALSE, FALSE, sizeof (DebriefChartColumn));
  for (guint i = 0; i < DEBRIEF_GLYPH_BATCHES; i++)
    debrief_glyph_batch_init (&renderer->glyphs[i]);
  return renderer;
}

void
debrief_timeline_renderer_free (DebriefTimelineRenderer *renderer)
{
  if (renderer == NULL)
    return;
  debrief_label_cache_free (renderer->labels);
  g_array_unref (renderer->bins);
  g_array_unref (renderer->chart_columns);
  for (guint i = 0; i < DEBRIEF_GLYPH_BATCHES; i++)
    debrief_glyph_batch_clear (&renderer->glyphs[i]);
  g_free (renderer);
}

const DebriefRenderStats *
debrief_timeline_renderer_get_stats (DebriefTimelineRenderer *renderer)
{
  return &renderer->stats;
}

void
_debrief_renderer_count (DebriefTimelineRenderer *renderer,
                         guint                    primitives)
{
  renderer->stats.primitives += primitives;
}

void
_debrief_renderer_prepare (DebriefTimelineRenderer    *renderer,
                           const DebriefTimelineStyle *style)
{
  if (renderer->fonts_for == style)
    return;
  debrief_label_cache_set_fonts (renderer->labels, style->font_family, style->label_size,
                                 style->header_size, style->small_size);
  renderer->fonts_for = style;
}

void
_debrief_renderer_show_label (DebriefTimelineRenderer *renderer,
                              cairo_t                 *cr,
                              PangoLayout             *layout,
                              double                   x,
                              double                   y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  renderer->stats.labels++;
  renderer->stats.primitives++;
}

/* ---- frames and geometry ------------------------------------------------------ */

/* @text as the frame shows it: pseudonymised when it asks (the copy is
 * left in @owned for the caller to free), else @text itself. Only what is
 * drawn goes through here, so the cost follows the labels, not the events. */
const char *
_debrief_frame_named (const DebriefTimelineFrame *frame,
                      const char                 *text,
                      char                      **owned)
{
  if (frame->names == NULL || text == NULL)
    return text;
  *owned = debrief_pseudonyms_apply (frame->names, text);
  return *owned;
}

/* A frame showing the whole review, in the review's time zone. */
void
debrief_timeline_frame_init (DebriefTimelineFrame       *frame,
                             DebriefTimelineLayout      *layout,
                             const DebriefTimelineStyle *style)
{
  DebriefReview *review = debrief_timeline_layout_get_review (layout);
  gint64 start = 0, end = DEBRIEF_USEC_PER_HOUR;

  debrief_review_get_time_bounds (review, &start, &end);
  *frame = (DebriefTimelineFrame) { 0 };
  frame->layout = layout;
  frame->style = style;
  frame->time.mode = DEBRIEF_TIME_DISPLAY_ZONE;
  frame->time.zone = debrief_review_get_time_zone (review);
  frame->time.origin = debrief_review_get_origin (review);
  frame->view_start = start;
  frame->view_end = MAX (end, start + DEBRIEF_USEC_PER_MIN);
  frame->width = 1280;
  frame->height = 720;
  frame->show_headers = TRUE;
  frame->show_ruler = TRUE;
  frame->playhead = DEBRIEF_TIME_NONE;
}

/* The strip under the ruler has a row for phase names and one for marker
 * names, each only if the review has some, so names never collide. */
guint
_debrief_frame_count_strip_rows (const DebriefTimelineFrame *frame,
                                 int                        *out_phase_row,
                                 int                        *out_marker_row)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (debrief_timeline_layout_get_review (frame->layout)));
  gboolean has_phases = FALSE, has_markers = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      if (debrief_phase_get_kind (phase) == DEBRIEF_PHASE_KIND_MARKER)
        has_markers = TRUE;
      else
        has_phases = TRUE;
    }
  if (out_phase_row != NULL)
    *out_phase_row = has_phases ? 0 : -1;
  if (out_marker_row != NULL)
    *out_marker_row = has_markers ? (has_phases ? 1 : 0) : -1;
  return has_phases + has_markers;
}

double
debrief_timeline_frame_get_plot_x (const DebriefTimelineFrame *frame)
{
  return frame->show_headers ? frame->style->header_width : 0;
}

double
debrief_timeline_frame_get_lanes_y (const DebriefTimelineFrame *frame)
{
  if (!frame->show_ruler)
    return 0;
  return frame->style->ruler_height + _debrief_frame_count_strip_rows (frame, NULL, NULL) * frame->style->phase_strip_height;
}

void
debrief_timeline_frame_get_scale (const DebriefTimelineFrame *frame,
                                  DebriefTimeScale           *scale)
{
  debrief_time_scale_init (scale, frame->view_start, frame->view_end,
                           frame->width - debrief_timeline_frame_get_plot_x (frame));
}

/* The height that shows every lane: ruler, strip and rows. */
double
debrief_timeline_frame_get_content_height (const DebriefTimelineFrame *frame)
{
  debrief_timeline_layout_update (frame->layout, frame->style);
  return debrief_timeline_frame_get_lanes_y (frame) + debrief_timeline_layout_get_height (frame->layout);
}

void
_debrief_geometry_init (DebriefGeometry            *geometry,
                        const DebriefTimelineFrame *frame)
{
  geometry->frame = frame;
  geometry->style = frame->style;
  geometry->review = debrief_timeline_layout_get_review (frame->layout);
  geometry->events = debrief_review_get_events (geometry->review);
  geometry->plot_x = debrief_timeline_frame_get_plot_x (frame);
  geometry->plot_width = MAX (frame->width - geometry->plot_x, 1);
  geometry->lanes_y = debrief_timeline_frame_get_lanes_y (frame);
  geometry->lanes_bottom = frame->height;
  geometry->cull_top = -G_MAXDOUBLE;
  geometry->cull_bottom = G_MAXDOUBLE;
  debrief_timeline_frame_get_scale (frame, &geometry->scale);
}

/* A lane's worth of slack: glyphs, outlines and labels may reach a little
 * past their row, and a row that touches the clip must be drawn whole.
 * An empty clip (a strip of a picture below the chart) shows nothing. */
void
_debrief_geometry_cull_to_clip (DebriefGeometry *geometry,
                                cairo_t         *cr)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  if (y1 <= y0 || x1 <= x0)
    {
      geometry->cull_top = G_MAXDOUBLE;
      geometry->cull_bottom = -G_MAXDOUBLE;
      return;
    }
  geometry->cull_top = y0 - geometry->style->lane_height;
  geometry->cull_bottom = y1 + geometry->style->lane_height;
}

/* Whether anything between @top and @bottom (canvas y) can be seen. */
gboolean
_debrief_geometry_y_visible (const DebriefGeometry *geometry,
                             double                 top,
                             double                 bottom)
{
  return bottom > MAX (geometry->lanes_y, geometry->cull_top) &&
         top < MIN (geometry->lanes_bottom, geometry->cull_bottom);
}

/* The ruler and the strip of phase and marker names are above the lanes:
 * a strip of a tall picture further down need not lay out their labels. */
static gboolean
ruler_visible (const DebriefGeometry *geometry)
{
  return geometry->cull_top < geometry->lanes_y;
}

double
_debrief_geometry_x (const DebriefGeometry *geometry,
                     gint64                 time)
{
  return geometry->plot_x + debrief_time_scale_to_x (&geometry->scale, time);
}

/* Rows start on whole pixels, so stripes and bars stay crisp. */
double
_debrief_geometry_row_top (const DebriefGeometry    *geometry,
                           const DebriefTimelineRow *row)
{
  return round (geometry->lanes_y + row->y - geometry->frame->scroll_y);
}

double
_debrief_geometry_point_y (const DebriefGeometry    *geometry,
                           const DebriefTimelineRow *row)
{
  return _debrief_geometry_row_top (geometry, row) + geometry->style->lane_height / 2;
}

double
_debrief_geometry_span_y (const DebriefGeometry    *geometry,
                          const DebriefTimelineRow *row,
                          guint                     sub_row)
{
  return _debrief_geometry_row_top (geometry, row) + geometry->style->lane_height +
         (MIN (sub_row, row->n_span_rows - 1) + 0.5) * geometry->style->span_row_height - 2;
}

gboolean
_debrief_geometry_row_visible (const DebriefGeometry    *geometry,
                               const DebriefTimelineRow *row)
{
  double top = _debrief_geometry_row_top (geometry, row);

  return _debrief_geometry_y_visible (geometry, top, top + row->height);
}

/* ---- behind the lanes --------------------------------------------------------------- */

/* Every other lane is tinted, between @left and @right; a perspective
 * split by kind is one stripe. */
void
_debrief_renderer_draw_stripes (DebriefTimelineRenderer *renderer,
                                cairo_t                 *cr,
                                const DebriefGeometry   *geometry,
                                double                   left,
                                double                   right)
{
  DebriefTimelineLayout *layout = geometry->frame->layout;
  guint n = debrief_timeline_layout_get_n_rows (layout);

  for (guint i = 0; i < n; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (row->kind != DEBRIEF_ROW_GROUP && row->index % 2 == 1 && _debrief_geometry_row_visible (geometry, row))
        cairo_rectangle (cr, left, _debrief_geometry_row_top (geometry, row), right - left, row->height);
    }
  debrief_color_set_source (cr, &geometry->style->lane_stripe);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

static void
draw_phase_name (DebriefTimelineRenderer *renderer,
                 cairo_t                 *cr,
                 const DebriefGeometry   *geometry,
                 const char              *name,
                 int                      strip_row,
                 double                   x,
                 double                   right)
{
  const DebriefTimelineStyle *style = geometry->style;
  double strip_y = style->ruler_height + strip_row * style->phase_strip_height;
  PangoLayout *layout;
  int height;

  x = MAX (x, geometry->plot_x) + 4;
  right = MIN (right, geometry->plot_x + geometry->plot_width) - 4;
  if (!geometry->frame->show_ruler || strip_row < 0 || right - x < 24)
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL_BOLD, name, (int) (right - x));
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text_dim);
  _debrief_renderer_show_label (renderer, cr, layout, x, strip_y + (style->phase_strip_height - height) / 2);
}

/* A phase band clipped to the plot, for the background and the names. */
typedef struct {
  double      x0;
  double      x1;
  guint       band;   /* alternating tints */
  const char *name;
} PhaseBand;

static GArray *
collect_phase_bands (const DebriefGeometry *geometry,
                     GPtrArray             *keep)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (geometry->review));
  GArray *bands = g_array_new (FALSE, FALSE, sizeof (PhaseBand));
  guint band = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      DebriefPhase *phase = g_list_model_get_item (phases, i);
      PhaseBand item;

      g_ptr_array_add (keep, phase);
      if (debrief_phase_get_kind (phase) != DEBRIEF_PHASE_KIND_PHASE ||
          debrief_phase_get_end (phase) == DEBRIEF_TIME_NONE)
        continue;
      item.x0 = _debrief_geometry_x (geometry, debrief_phase_get_start (phase));
      item.x1 = _debrief_geometry_x (geometry, debrief_phase_get_end (phase));
      item.band = band++;
      item.name = debrief_phase_get_name (phase);
      g_array_append_val (bands, item);
    }
  return bands;
}

static DebriefColor
over (DebriefColor        under,
      const DebriefColor *top)
{
  DebriefColor opaque_top = *top;

  opaque_top.alpha = 1;
  return debrief_color_mix (&under, &opaque_top, top->alpha);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The colour at @x of the plot's background: outside the incident dimmed,
 * inside a phase tinted. */
static DebriefColor
background_at (const DebriefGeometry *geometry,
               GArray                *bands,
               double                 x,
               double                 incident_x0,
               double                 incident_x1)
{
  const DebriefTimelineStyle *style = geometry->style;
  DebriefColor color = style->background;

  if (x < incident_x0 || x > incident_x1)
    color = over (color, &style->outside_incident);
  for (guint i = 0; i < bands->len; i++)
    {
      PhaseBand *band = &g_array_index (bands, PhaseBand, i);

      if (x >= band->x0 && x < band->x1)
        color = over (color, band->band % 2 ? &style->phase_fill_alt : &style->phase_fill);
    }
  return color;
}

/* The background, the time outside the incident and the phases, as opaque
 * strips in one pass: three full-height translucent layers cost a
 * millisecond of compositing a frame. */
static void
draw_background (DebriefTimelineRenderer *renderer,
                 cairo_t                 *cr,
                 const DebriefGeometry   *geometry,
                 GArray                  *bands)
{
  gint64 start = debrief_review_get_incident_start (geometry->review);
  gint64 end = debrief_review_get_incident_end (geometry->review);
  double left = geometry->plot_x, right = geometry->plot_x + geometry->plot_width;
  double incident_x0 = start == DEBRIEF_TIME_NONE ? -G_MAXDOUBLE : _debrief_geometry_x (geometry, start);
  double incident_x1 = end == DEBRIEF_TIME_NONE ? G_MAXDOUBLE : _debrief_geometry_x (geometry, end);
  double top = geometry->frame->show_ruler ? geometry->style->ruler_height : 0;
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (double));
  double x;

  /* The backgrounds are opaque, so OVER paints what SOURCE would; SOURCE
   * made Cairo's SVG surface fall back to an embedded bitmap (6 s and
   * megabytes for a large chart, against 0.3 s). */
  cairo_save (cr);
  debrief_color_set_source (cr, &geometry->style->background);
  cairo_paint (cr);

  g_array_append_val (edges, left);
  g_array_append_val (edges, right);
  for (guint i = 0; i < bands->len; i++)
    {
      g_array_append_val (edges, g_array_index (bands, PhaseBand, i).x0);
      g_array_append_val (edges, g_array_index (bands, PhaseBand, i).x1);
    }
  g_array_append_val (edges, incident_x0);
  g_array_append_val (edges, incident_x1);
  g_array_sort (edges, compare_doubles);

  for (guint i = 0; i + 1 < edges->len; i++)
    {
      double x0 = MAX (g_array_index (edges, double, i), left);
      double x1 = MIN (g_array_index (edges, double, i + 1), right);
      DebriefColor color;

      if (x1 - x0 < 0.01)
        continue;
      x = (x0 + x1) / 2;
      color = background_at (geometry, bands, x, incident_x0, incident_x1);
      cairo_rectangle (cr, x0, top, x1 - x0, geometry->lanes_bottom - top);
      debrief_color_set_source (cr, &color);
      cairo_fill (cr);
      _debrief_renderer_count (renderer, 1);
    }
  cairo_restore (cr);
}

static void
draw_phase_names (DebriefTimelineRenderer *renderer,
                  cairo_t                 *cr,
                  const DebriefGeometry   *geometry,
                  GArray                  *bands)
{
  int phase_row;

  _debrief_frame_count_strip_rows (geometry->frame, &phase_row, NULL);
  for (guint i = 0; i < bands->len; i++)
    {
      PhaseBand *band = &g_array_index (bands, PhaseBand, i);

      if (band->x1 >= geometry->plot_x && band->x0 <= geometry->plot_x + geometry->plot_width)
        draw_phase_name (renderer, cr, geometry, band->name, phase_row, band->x0, band->x1);
    }
}

typedef struct {
  double      x;
  const char *name;
} MarkerSpot;

static int
compare_spots (gconstpointer a,
               gconstpointer b)
{
  double xa = ((const MarkerSpot *) a)->x, xb = ((const MarkerSpot *) b)->x;

  return (xa > xb) - (xa < xb);
}

/* Dashed lines across the lanes; names in their own row, each cut short
 * before the next marker. */
static void
draw_markers (DebriefTimelineRenderer *renderer,
              cairo_t                 *cr,
              const DebriefGeometry   *geometry)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (geometry->review));
  const DebriefTimelineStyle *style = geometry->style;
  double top = geometry->frame->show_ruler ? style->ruler_height : 0;
  double dash[] = { 6 * style->line_width, 4 * style->line_width };
  g_autoptr(GArray) spots = g_array_new (FALSE, FALSE, sizeof (MarkerSpot));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  int marker_row;

  _debrief_frame_count_strip_rows (geometry->frame, NULL, &marker_row);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      DebriefPhase *phase = g_list_model_get_item (phases, i);
      MarkerSpot spot = { round (_debrief_geometry_x (geometry, debrief_phase_get_start (phase))) + 0.5,
                          debrief_phase_get_name (phase) };

      g_ptr_array_add (keep, phase);
      if (debrief_phase_get_kind (phase) == DEBRIEF_PHASE_KIND_MARKER &&
          spot.x >= geometry->plot_x && spot.x <= geometry->plot_x + geometry->plot_width)
        g_array_append_val (spots, spot);
    }
  g_array_sort (spots, compare_spots);

  cairo_save (cr);
  cairo_set_dash (cr, dash, 2, 0);
  for (guint i = 0; i < spots->len; i++)
    {
      double x = g_array_index (spots, MarkerSpot, i).x;

      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, geometry->lanes_bottom);
    }
  cairo_set_line_width (cr, MAX (style->line_width * 1.5, 1.5));
  debrief_color_set_source (cr, &style->marker);
  cairo_stroke (cr);
  cairo_restore (cr);
  _debrief_renderer_count (renderer, 1);

  for (guint i = 0; i < spots->len && ruler_visible (geometry); i++)
    {
      MarkerSpot *spot = &g_array_index (spots, MarkerSpot, i);
      double next = i + 1 < spots->len ? g_array_index (spots, MarkerSpot, i + 1).x : geometry->frame->width;

      draw_phase_name (renderer, cr, geometry, spot->name, marker_row, spot->x, next);
    }
}

static DebriefTickSet *
make_ticks (DebriefTimelineRenderer *renderer,
            const DebriefGeometry   *geometry)
{
  return debrief_tick_set_new (&geometry->scale, &geometry->frame->time,
                               debrief_label_cache_get_digit_width (renderer->labels, DEBRIEF_LABEL_SMALL),
                               MIN_TICK_GAP);
}

static void
draw_grid (DebriefTimelineRenderer *renderer,
           cairo_t                 *cr,
           const DebriefGeometry   *geometry,
           DebriefTickSet          *ticks)
{
  for (int major = 0; major <= 1; major++)
    {
      for (guint i = 0; i < ticks->ticks->len; i++)
        {
          DebriefTick *tick = &g_array_index (ticks->ticks, DebriefTick, i);
          double x = round (geometry->plot_x + tick->x) + 0.5;

          if (tick->major != major || x < geometry->plot_x || x > geometry->frame->width)
            continue;
          cairo_move_to (cr, x, geometry->lanes_y);
          cairo_line_to (cr, x, geometry->lanes_bottom);
        }
      cairo_set_line_width (cr, 1);
      debrief_color_set_source (cr, major ? &geometry->style->grid_major : &geometry->style->grid);
      cairo_stroke (cr);
      _debrief_renderer_count (renderer, 1);
    }
}

/* ---- the whole ------------------------------------------------------------------------------- */

/* Everything after the playhead — events, entries, phases and markers
 * below the ruler — goes under the background again: the room sees only
 * what could have been known then. Fading leaves a ghost to steer by. */
static void
hide_after_playhead (DebriefTimelineRenderer *renderer,
                     cairo_t                 *cr,
                     const DebriefGeometry   *geometry)
{
  const DebriefTimelineFrame *frame = geometry->frame;
  double x = MAX (ceil (_debrief_geometry_x (geometry, frame->playhead)), geometry->plot_x);
  double top = frame->show_ruler ? frame->style->ruler_height : 0;

  if (x >= frame->width)
    return;
  cairo_rectangle (cr, x, top, frame->width - x, frame->height - top);
  debrief_color_set_source_alpha (cr, &frame->style->background, frame->playhead_fades ? 0.85 : 1.0);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

void
debrief_timeline_renderer_draw (DebriefTimelineRenderer    *renderer,
                                cairo_t                    *cr,
                                const DebriefTimelineFrame *frame)
{
  g_autoptr(DebriefTickSet) ticks = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) bands = NULL;
  DebriefGeometry geometry;

  g_return_if_fail (renderer != NULL && frame != NULL && frame->layout != NULL);

  _debrief_renderer_prepare (renderer, frame->style);
  debrief_timeline_layout_update (frame->layout, frame->style);
  _debrief_geometry_init (&geometry, frame);
  renderer->stats = (DebriefRenderStats) { 0 };
  debrief_label_cache_reset_created (renderer->labels);
  ticks = make_ticks (renderer, &geometry);

  bands = collect_phase_bands (&geometry, keep);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_clip (cr);
  _debrief_geometry_cull_to_clip (&geometry, cr);
  draw_background (renderer, cr, &geometry, bands);
  _debrief_renderer_draw_stripes (renderer, cr, &geometry, geometry.plot_x, frame->width);
  draw_grid (renderer, cr, &geometry, ticks);
  if (ruler_visible (&geometry))
    draw_phase_names (renderer, cr, &geometry, bands);
  _debrief_renderer_draw_lanes (renderer, cr, &geometry);
  _debrief_renderer_draw_links (renderer, cr, &geometry, DEBRIEF_EVENT_REF_NONE, &frame->style->link,
                                frame->style->line_width);
  draw_markers (renderer, cr, &geometry);
  _debrief_renderer_draw_comparisons (renderer, cr, &geometry);
  if (frame->playhead != DEBRIEF_TIME_NONE)
    hide_after_playhead (renderer, cr, &geometry);
  _debrief_renderer_draw_headers (renderer, cr, &geometry);
  _debrief_renderer_draw_notes (renderer, cr, &geometry);
  if (frame->show_ruler && ruler_visible (&geometry))
    _debrief_renderer_draw_ruler (renderer, cr, &geometry, ticks);
  cairo_restore (cr);

  renderer->stats.layouts_created = debrief_label_cache_get_created (renderer->labels);
}

/* ---- questions about a frame ------------------------------------------------------------------ */

/* Under the ruler: the phase whose band holds @x, or the marker within a
 * few pixels of it. */
static void
hit_phase (const DebriefGeometry *geometry,
           double                 x,
           double                 y,
           DebriefTimelineHit    *hit)
{
  const DebriefTimelineFrame *frame = geometry->frame;
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (geometry->review));
  int phase_row, marker_row, row = (int) ((y - frame->style->ruler_height) / frame->style->phase_strip_height);
  double best = frame->style->glyph_size;

  _debrief_frame_count_strip_rows (frame, &phase_row, &marker_row);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);
      gboolean marker = debrief_phase_get_kind (phase) == DEBRIEF_PHASE_KIND_MARKER;
      double x0 = _debrief_geometry_x (geometry, debrief_phase_get_start (phase));
      double x1 = marker ? x0 : _debrief_geometry_x (geometry, debrief_phase_get_end (phase));

      if (row != (marker ? marker_row : phase_row))
        continue;
      if (marker ? fabs (x - x0) <= best : (x >= x0 && x < x1))
        {
          hit->kind = DEBRIEF_HIT_PHASE;
          hit->phase = phase;  /* the review holds it */
          best = marker ? fabs (x - x0) : best;
        }
    }
}

static gboolean
hit_anything (DebriefTimelineRenderer    *renderer,
              const DebriefTimelineFrame *frame,
              double                      x,
              double                      y,
              DebriefTimelineHit         *hit)
{
  DebriefGeometry geometry;
  const DebriefTimelineRow *row;
  guint index;

  _debrief_renderer_prepare (renderer, frame->style);
  debrief_timeline_layout_update (frame->layout, frame->style);
  _debrief_geometry_init (&geometry, frame);
  *hit = (DebriefTimelineHit) { 0 };
  hit->ref = DEBRIEF_EVENT_REF_NONE;
  hit->lane_key = DEBRIEF_LANE_KEY_NONE;
  hit->time = debrief_time_scale_to_time (&geometry.scale, x - geometry.plot_x);

  if (y < geometry.lanes_y)
    {
      hit->kind = frame->show_ruler && x >= geometry.plot_x ? DEBRIEF_HIT_RULER : DEBRIEF_HIT_NONE;
      if (hit->kind == DEBRIEF_HIT_RULER && y >= frame->style->ruler_height)
        hit_phase (&geometry, x, y, hit);
      return hit->kind != DEBRIEF_HIT_NONE;
    }

  if (x >= geometry.plot_x && (hit->artefact = _debrief_renderer_hit_artefact (renderer, &geometry, x, y)))
    {
      hit->kind = DEBRIEF_HIT_ARTEFACT;
      return TRUE;
    }
  index = debrief_timeline_layout_row_at_y (frame->layout, y - geometry.lanes_y + frame->scroll_y);
  if (index == G_MAXUINT)
    return FALSE;
  row = debrief_timeline_layout_get_row (frame->layout, index);
  if (row->kind == DEBRIEF_ROW_GROUP)
    {
      hit->kind = DEBRIEF_HIT_GROUP_HEADER;
      hit->group = row->group;
      return TRUE;
    }
  if (row->kind == DEBRIEF_ROW_PERSPECTIVE)
    return _debrief_renderer_hit_perspective (renderer, &geometry, row, x, y, hit);
  if (row->kind == DEBRIEF_ROW_CHART)
    return _debrief_renderer_hit_chart (renderer, &geometry, row, x, y, hit);
  if (x < geometry.plot_x)
    {
      hit->kind = DEBRIEF_HIT_LANE_HEADER;
      hit->lane_key = row->lane_key;
      return TRUE;
    }
  return _debrief_renderer_hit_lane (renderer, &geometry, row, x, y, hit);
}

/* What is under (@x, @y). Past the playhead nothing was known yet: what is
 * hidden there cannot be pointed at either, only the lane it would be in. */
gboolean
debrief_timeline_renderer_hit_test (DebriefTimelineRenderer    *renderer,
                                    const DebriefTimelineFrame *frame,
                                    double                      x,
                                    double                      y,
                                    DebriefTimelineHit         *hit)
{
  gboolean found = hit_anything (renderer, frame, x, y, hit);

  if (!found || frame->playhead == DEBRIEF_TIME_NONE || hit->time <= frame->playhead ||
      x < debrief_timeline_frame_get_plot_x (frame))
    return found;
  switch (hit->kind)
    {
    case DEBRIEF_HIT_EVENT:
    case DEBRIEF_HIT_CLUSTER:
      hit->kind = DEBRIEF_HIT_LANE;
      hit->ref = DEBRIEF_EVENT_REF_NONE;
      break;
    case DEBRIEF_HIT_ENTRY:
      hit->kind = DEBRIEF_HIT_PERSPECTIVE;
      hit->entry = NULL;
      break;
    case DEBRIEF_HIT_PHASE:
      hit->kind = DEBRIEF_HIT_RULER;
      hit->phase = NULL;
      break;
    case DEBRIEF_HIT_SERIES:
      hit->sample = G_MAXUINT;
      hit->cluster_count = 0;
      break;
    case DEBRIEF_HIT_ARTEFACT:
      hit->kind = DEBRIEF_HIT_NONE;
      hit->artefact = NULL;
      return FALSE;
    default:
      break;
    }
  return TRUE;
}

/* Where the event's glyph (or bar) is on the canvas; FALSE if its lane is
 * hidden or in a collapsed group. */
gboolean
debrief_timeline_renderer_locate_event (DebriefTimelineRenderer    *renderer,
                                        const DebriefTimelineFrame *frame,
                                        DebriefEventRef             ref,
                                        double                     *out_x,
                                        double                     *out_y)
{
  DebriefGeometry geometry;

  debrief_timeline_layout_update (frame->layout, frame->style);
  _debrief_geometry_init (&geometry, frame);
  if (!debrief_event_store_is_live (geometry.events, ref))
    return FALSE;
  return _debrief_renderer_event_point (&geometry, ref, out_x, out_y);
}
