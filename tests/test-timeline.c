/* test-timeline.c — time scale, layout, level of detail, hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "debrief-label-cache.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer-private.h"

#define SEC DEBRIEF_USEC_PER_SEC
#define MINUTE DEBRIEF_USEC_PER_MIN

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

/* A review with one lane and @n events at random times, 1 in @span_every a span. */
static DebriefReview *
make_review (guint n,
             guint span_every)
{
  DebriefReview *review = debrief_review_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  g_autoptr(DebriefLane) lane = debrief_lane_new ("lane", DEBRIEF_LANE_KIND_COMPONENT, "Lane");

  debrief_review_append_lane (review, lane);
  debrief_event_store_load_reserve (events, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      DebriefEventSpec spec = { 0 };

      spec.id = id;
      spec.lane = debrief_lane_get_key (lane);
      spec.author = DEBRIEF_LANE_KEY_NONE;
      spec.start = g_test_rand_int_range (0, 3600) * SEC + g_test_rand_int_range (0, 1000000);
      spec.end = span_every && i % span_every == 0 ? spec.start + g_test_rand_int_range (1, 600) * SEC
                                                   : DEBRIEF_TIME_NONE;
      spec.kind = (char *) (i % 50 == 0 ? "alert" : "log");
      spec.text = (char *) "line";
      debrief_event_store_load_append (events, &spec, NULL);
    }
  debrief_event_store_load_finish (events);
  return review;
}

/* ---- time scale ------------------------------------------------------------------ */

static void
test_scale_zoom_keeps_pivot (void)
{
  DebriefTimeScale scale;

  debrief_time_scale_init (&scale, 1000 * SEC, 1000 * SEC + 40 * MINUTE, 1600);
  for (guint i = 0; i < 500; i++)
    {
      double pivot_x = g_test_rand_double_range (0, 1600);
      double factor = g_test_rand_double_range (0.3, 3.0);
      gint64 before = debrief_time_scale_to_time (&scale, pivot_x);
      gint64 after;

      debrief_time_scale_zoom (&scale, factor, pivot_x);
      after = debrief_time_scale_to_time (&scale, pivot_x);
      /* Only the rounding of one pixel's worth of µs may move it. */
      if (debrief_time_scale_get_span (&scale) > DEBRIEF_TIME_SCALE_MIN_SPAN &&
          debrief_time_scale_get_span (&scale) < DEBRIEF_TIME_SCALE_MAX_SPAN)
        g_assert_cmpint (ABS (after - before), <=, (gint64) ceil (debrief_time_scale_usec_per_px (&scale)) + 1);
    }
}

static void
test_scale_limits (void)
{
  DebriefTimeScale scale;

  debrief_time_scale_init (&scale, 0, 60 * SEC, 1000);
  for (guint i = 0; i < 50; i++)
    debrief_time_scale_zoom (&scale, 10, 500);
  g_assert_cmpint (debrief_time_scale_get_span (&scale), ==, DEBRIEF_TIME_SCALE_MIN_SPAN);
  for (guint i = 0; i < 50; i++)
    debrief_time_scale_zoom (&scale, 0.1, 500);
  g_assert_cmpint (debrief_time_scale_get_span (&scale), ==, DEBRIEF_TIME_SCALE_MAX_SPAN);
  g_assert_cmpint (scale.start, >=, DEBRIEF_TIME_MIN);
  g_assert_cmpint (scale.end, <=, DEBRIEF_TIME_MAX);

  debrief_time_scale_init (&scale, 0, 60 * SEC, 600);
  debrief_time_scale_pan (&scale, 300);
  g_assert_cmpint (scale.start, ==, 30 * SEC);
  g_assert_cmpfloat (debrief_time_scale_to_x (&scale, 60 * SEC), ==, 300);
}

/* ---- layout ------------------------------------------------------------------------ */

static void
test_layout_rows (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  guint lanes = 0, groups = 0, charts = 0;
  double height;

  debrief_timeline_layout_update (layout, style);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (row->kind == DEBRIEF_ROW_GROUP)
        groups++;
      else if (row->kind == DEBRIEF_ROW_CHART)
        charts++;
      else
        {
          lanes++;
          g_assert_true (row->group == (debrief_lane_get_kind (row->lane) == DEBRIEF_LANE_KIND_PARTICIPANT
                                        ? DEBRIEF_LANE_GROUP_PARTICIPANTS : DEBRIEF_LANE_GROUP_COMPONENTS));
          g_assert_cmpuint (debrief_timeline_layout_row_at_y (layout, row->y + row->height / 2), ==, i);
        }
    }
  g_assert_cmpuint (groups, ==, 2);
  g_assert_cmpuint (lanes, ==, 11);
  g_assert_cmpuint (charts, ==, 2);

  /* Collapsing a group leaves its header; hiding a lane removes its row. */
  height = debrief_timeline_layout_get_height (layout);
  debrief_timeline_layout_set_group_collapsed (layout, DEBRIEF_LANE_GROUP_PARTICIPANTS, TRUE);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (layout), ==, 2 + 6 + 2);
  g_assert_cmpfloat (debrief_timeline_layout_get_height (layout), <, height);
  debrief_timeline_layout_set_group_collapsed (layout, DEBRIEF_LANE_GROUP_PARTICIPANTS, FALSE);
  debrief_lane_set_hidden (debrief_review_lookup_lane (review, "cache"), TRUE);
  debrief_timeline_layout_update (layout, style);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (layout), ==, 2 + 10 + 2);
  g_assert_null (debrief_timeline_layout_find_lane (layout, debrief_lane_get_key (debrief_review_lookup_lane (review, "cache"))));
}

static void
test_layout_stacking (void)
{
  g_autoptr(DebriefReview) review = make_review (600, 3);
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefSpanPlacement *spans;
  guint n, rows = 0;

  debrief_timeline_layout_update (layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  spans = debrief_timeline_layout_get_spans (layout, 0, &n);
  g_assert_cmpuint (n, ==, 200);

  /* Within a sub-row (below the last, which takes the overflow) spans never overlap. */
  for (guint i = 0; i < n; i++)
    {
      rows = MAX (rows, spans[i].sub_row + 1);
      g_assert_cmpuint (debrief_timeline_layout_get_sub_row (layout, spans[i].ref), ==, spans[i].sub_row);
      for (guint k = i + 1; k < n; k++)
        {
          const DebriefEvent *a = debrief_event_store_get (events, spans[i].ref);
          const DebriefEvent *b = debrief_event_store_get (events, spans[k].ref);

          if (spans[i].sub_row == spans[k].sub_row && spans[i].sub_row < 3)
            g_assert_true (a->end < b->start || b->end < a->start);
        }
    }
  g_assert_cmpuint (debrief_timeline_layout_find_lane (layout, 0)->n_span_rows, ==, rows);
}

static void
test_layout_span_culling (void)
{
  g_autoptr(DebriefReview) review = make_review (3000, 2);
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefSpanPlacement *spans;
  guint n;

  debrief_timeline_layout_update (layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  spans = debrief_timeline_layout_get_spans (layout, 0, &n);
  for (guint q = 0; q < 200; q++)
    {
      gint64 from = g_test_rand_int_range (0, 3600) * SEC, to = from + g_test_rand_int_range (0, 600) * SEC;
      guint first, end;

      debrief_timeline_layout_query_spans (layout, 0, from, to, &first, &end);
      for (guint i = 0; i < n; i++)
        {
          const DebriefEvent *event = debrief_event_store_get (events, spans[i].ref);

          if (event->start <= to && event->end >= from)
            {
              g_assert_cmpuint (i, >=, first);
              g_assert_cmpuint (i, <, end);
            }
        }
    }
}

/* ---- level of detail --------------------------------------------------------------- */

/* The bins' counts are exact: each equals a brute-force count, and they
 * add up to the events in view. */
static void
test_lod_counts_are_true (void)
{
  g_autoptr(DebriefReview) review = make_review (100000, 0);
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  guint n_starts;
  const gint64 *starts = debrief_event_store_lane_peek_starts (debrief_review_get_events (review), 0, &n_starts);

  for (guint zoom = 0; zoom < 4; zoom++)
    {
      DebriefTimelineFrame frame;
      DebriefGeometry geometry;
      double x0, bin_px = 6;
      gint64 anchor;
      guint n_bins, total = 0, expected = 0;
      gint64 first_time, last_time;

      debrief_timeline_frame_init (&frame, layout, style);
      frame.width = 1920;
      frame.view_start = 600 * SEC + zoom * 7 * SEC;
      frame.view_end = frame.view_start + (gint64) (3600 * SEC / pow (10, zoom));
      debrief_timeline_layout_update (layout, style);
      _debrief_geometry_init (&geometry, &frame);
      n_bins = _debrief_renderer_compute_bins (renderer, &geometry, 0, bin_px, &x0);

      /* Bins are anchored to absolute time, so panning does not move events
       * from bin to bin. */
      anchor = renderer->bins_first;
      g_assert_cmpint (anchor % renderer->bins_duration, ==, 0);
      for (guint k = 0; k < n_bins; k++)
        {
          DebriefBin *bin = &g_array_index (renderer->bins, DebriefBin, k);
          gint64 from = renderer->bins_first + (gint64) k * renderer->bins_duration;
          gint64 to = from + renderer->bins_duration;
          guint brute = 0;

          for (guint i = bin->first; i < n_starts && starts[i] < to; i++)
            brute += starts[i] >= from;
          g_assert_cmpuint (bin->count, ==, brute);
          total += bin->count;
        }

      first_time = renderer->bins_first;
      last_time = renderer->bins_first + (gint64) n_bins * renderer->bins_duration;
      /* The bins reach past both edges of the plot. */
      g_assert_cmpint (first_time, <=, frame.view_start);
      g_assert_cmpint (last_time, >=, frame.view_end);
      for (guint i = 0; i < n_starts; i++)
        expected += starts[i] >= first_time && starts[i] < last_time;
      g_assert_cmpuint (total, ==, expected);
    }
}

/* Drawing a lane costs its width, not its events: a whole view of 100k
 * events draws a bounded number of primitives and layouts. */
static void
test_lod_bounds_work (void)
{
  g_autoptr(DebriefReview) review = make_review (100000, 0);
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;
  const DebriefRenderStats *stats;

  debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  frame.width = 1920;
  frame.height = 1080;
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  stats = debrief_timeline_renderer_get_stats (renderer);
  g_test_message ("primitives %u, clusters %u, items %u, layouts %u", stats->primitives, stats->clusters,
                  stats->items, stats->layouts_created);
  g_assert_cmpuint (stats->clusters, >, 0);
  g_assert_cmpuint (stats->clusters + stats->items, <, 1920 / 6 * 2 + 2000 * 2);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- hit testing ------------------------------------------------------------------------ */

static void
test_hit_finds_located_events (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  DebriefTimelineFrame frame;
  guint found = 0, checked = 0;

  debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  frame.width = 1920;
  frame.height = 1080;
  /* One minute around the busiest moment: every event has room. */
  frame.view_start = debrief_time_from_civil (2026, 3, 14, 8, 19, 0, 0);
  frame.view_end = frame.view_start + MINUTE;

  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);
      const DebriefEvent *event = debrief_event_store_get (events, ref);
      DebriefTimelineHit hit;
      double x, y;

      if (event->start < frame.view_start || event->start >= frame.view_end)
        continue;
      g_assert_true (debrief_timeline_renderer_locate_event (renderer, &frame, ref, &x, &y));
      g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, x + 0.5, y, &hit));
      checked++;
      if (hit.kind == DEBRIEF_HIT_EVENT && hit.ref == ref)
        found++;
      else
        g_assert_true (hit.kind == DEBRIEF_HIT_CLUSTER || hit.kind == DEBRIEF_HIT_EVENT);
    }
  g_test_message ("%u of %u events hit exactly", found, checked);
  g_assert_cmpuint (checked, >, 15);
  g_assert_cmpuint (found, >=, checked * 3 / 4);
}

static void
test_hit_regions (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  const DebriefTimelineRow *row;
  double lanes_y;

  debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  lanes_y = debrief_timeline_frame_get_lanes_y (&frame);
  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, 600, 10, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_RULER);

  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, 600, lanes_y + 2, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_GROUP_HEADER);
  g_assert_cmpint (hit.group, ==, DEBRIEF_LANE_GROUP_PARTICIPANTS);

  row = debrief_timeline_layout_get_row (layout, 1);
  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, 20, lanes_y + row->y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_LANE_HEADER);
  g_assert_cmpuint (hit.lane_key, ==, row->lane_key);
}


/* "Known at time T": right of T, below the ruler, nothing but background
 * — no event, entry, phase, marker or label — and the same frame without
 * the playhead does draw there. Faded, something shows, faintly. */
static guint
pixels_unlike_background (cairo_surface_t            *surface,
                          const DebriefTimelineStyle *style,
                          int                         x0,
                          int                         y0,
                          int                         y1)
{
  guint8 r = (guint8) (style->background.red * 255 + 0.5);
  guint8 g = (guint8) (style->background.green * 255 + 0.5);
  guint8 b = (guint8) (style->background.blue * 255 + 0.5);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint differ = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    for (int x = x0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *pixel = data + y * stride + x * 4;  /* BGRA, little-endian */

        differ += ABS (pixel[2] - r) > 2 || ABS (pixel[1] - g) > 2 || ABS (pixel[0] - b) > 2;
      }
  return differ;
}

static guint
draw_after_playhead (DebriefReview *review,
                     gint64         playhead,
                     gboolean       fades)
{
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  const char *all[] = { "p-maya", "p-priya", "p-tomas", "p-dev", "p-sam", NULL };
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;
  guint differ;
  int x;

  debrief_timeline_layout_set_perspectives (layout, all, FALSE);
  debrief_timeline_frame_init (&frame, layout, style);
  frame.playhead = playhead;
  frame.playhead_fades = fades;
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  x = (int) ceil (debrief_timeline_frame_get_plot_x (&frame) + debrief_time_scale_to_x (&scale, playhead)) + 1;
  /* The phase strip, and every lane and perspective row (group headers
   * are structure, not content, and stay). */
  differ = pixels_unlike_background (surface, style, x, (int) style->ruler_height + 1,
                                     (int) debrief_timeline_frame_get_lanes_y (&frame) - 2);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);
      double top = debrief_timeline_frame_get_lanes_y (&frame) + row->y;

      if (row->kind != DEBRIEF_ROW_GROUP)
        differ += pixels_unlike_background (surface, style, x, (int) ceil (top) + 1, (int) (top + row->height) - 1);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return differ;
}

static void
test_playhead_hides_the_future (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  gint64 t = debrief_review_get_incident_start (review) + 10 * DEBRIEF_USEC_PER_MIN;
  guint hidden = draw_after_playhead (review, t, FALSE);
  guint shown = draw_after_playhead (review, DEBRIEF_TIME_NONE == t ? 0 : t, TRUE);

  g_assert_cmpuint (hidden, ==, 0);
  g_assert_cmpuint (shown, >, 1000);
}

/* Other people's text is shown inertly: overrides and isolates out,
 * control characters visible, markup as typed, the length bounded. */
static void
test_sanitize (void)
{
  g_autofree char *line = debrief_label_sanitize ("\u202edeyolped\u202c <b>x</b>\x01\ttab\nsecond", 100);
  g_autofree char *lines = debrief_label_sanitize_lines ("\u2067ab\u2069\r\nc\rd\x1b[31m\u200f", 100);
  g_autofree char *cut = debrief_label_sanitize_lines ("abcdef", 3);
  g_autofree char *arabic = debrief_label_sanitize ("\u0645\u0631\u062d\u0628\u0627", 100);

  g_assert_cmpstr (line, ==, "deyolped <b>x</b>\ufffd tab …");
  g_assert_cmpstr (lines, ==, "ab\nc\nd\ufffd[31m");
  g_assert_cmpstr (cut, ==, "abc…");
  /* Right-to-left words themselves are kept: only the controls go. */
  g_assert_cmpstr (arabic, ==, "\u0645\u0631\u062d\u0628\u0627");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/scale/zoom-keeps-pivot", test_scale_zoom_keeps_pivot);
  g_test_add_func ("/timeline/scale/limits", test_scale_limits);
  g_test_add_func ("/timeline/label/sanitize", test_sanitize);
  g_test_add_func ("/timeline/layout/rows", test_layout_rows);
  g_test_add_func ("/timeline/playhead/hides-the-future", test_playhead_hides_the_future);
  g_test_add_func ("/timeline/layout/stacking", test_layout_stacking);
  g_test_add_func ("/timeline/layout/span-culling", test_layout_span_culling);
  g_test_add_func ("/timeline/lod/counts-are-true", test_lod_counts_are_true);
  g_test_add_func ("/timeline/lod/bounds-work", test_lod_bounds_work);
  g_test_add_func ("/timeline/hit/finds-located-events", test_hit_finds_located_events);
  g_test_add_func ("/timeline/hit/regions", test_hit_regions);

  return g_test_run ();
}
