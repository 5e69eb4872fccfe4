/* bench-render.c — how long the renderer takes to draw a frame
 *
 * Frames at 1920×1080 on an image surface, through the same renderer the
 * window uses, for the example review and synthetic reviews of 100k and 1M
 * events over 60 lanes, at three zooms (the whole incident, one minute,
 * one second), still and while panning. Reports the median and 95th
 * percentile in ms and their ratio to an 8.3 ms budget (120 Hz), the
 * primitives and new text layouts per frame, and the cost of redrawing
 * only the marks (hover and cursor).
 *
 * Not a test: run it by hand, `_build/tests/bench-render [--max 1000000]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bench-synthetic.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define BUDGET_MS 8.3
#define STILL_FRAMES 40
#define PAN_FRAMES 60
#define N_LANES 60

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("DEBRIEF_SOURCE_DIR") ? g_getenv ("DEBRIEF_SOURCE_DIR") : ".",
                                            "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  if (review == NULL)
    g_error ("%s (set DEBRIEF_SOURCE_DIR to the source tree)", error->message);
  return review;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct {
  double median, p95;
  double primitives, layouts;
} Result;

static Result
summarise (GArray *times,
           double  primitives,
           double  layouts)
{
  Result result = { 0 };

  g_array_sort (times, compare_doubles);
  result.median = g_array_index (times, double, times->len / 2);
  result.p95 = g_array_index (times, double, MIN (times->len - 1, (guint) ceil (times->len * 0.95) - 1));
  result.primitives = primitives / times->len;
  result.layouts = layouts / times->len;
  return result;
}

/* Draws @frames frames, moving the view by @pan_px each time. */
static Result
run_frames (DebriefTimelineRenderer *renderer,
            cairo_t                 *cr,
            DebriefTimelineFrame    *frame,
            guint                    frames,
            double                   pan_px)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double primitives = 0, layouts = 0;
  DebriefTimeScale scale;

  for (guint i = 0; i < frames; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      const DebriefRenderStats *stats;
      double ms;

      debrief_timeline_renderer_draw (renderer, cr, frame);
      cairo_surface_flush (cairo_get_target (cr));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (times, ms);
      stats = debrief_timeline_renderer_get_stats (renderer);
      primitives += stats->primitives;
      layouts += stats->layouts_created;

      debrief_timeline_frame_get_scale (frame, &scale);
      debrief_time_scale_pan (&scale, pan_px);
      frame->view_start = scale.start;
      frame->view_end = scale.end;
    }
  return summarise (times, primitives, layouts);
}

static Result
run_marks (DebriefTimelineRenderer *renderer,
           cairo_t                 *cr,
           DebriefTimelineFrame    *frame)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  DebriefTimelineMarks marks = { 0 };

  marks.selected = DEBRIEF_EVENT_REF_NONE;
  marks.playhead = DEBRIEF_TIME_NONE;
  marks.range_start = marks.range_end = DEBRIEF_TIME_NONE;
  for (guint i = 0; i < STILL_FRAMES; i++)
    {
      double x = 300 + i * 30, ms;
      gint64 t0;

      t0 = g_get_monotonic_time ();
      debrief_timeline_renderer_hit_test (renderer, frame, x, 400, &marks.hover);
      marks.cursor = marks.hover.time;
      debrief_timeline_renderer_draw_marks (renderer, cr, frame, &marks);
      cairo_surface_flush (cairo_get_target (cr));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (times, ms);
    }
  return summarise (times, 0, 0);
}

static void
print_row (const char *what,
           Result      result)
{
  g_print ("  %-26s median %7.2f ms (%4.2fx budget)   p95 %7.2f ms (%4.2fx)   %7.0f primitives  %6.1f new layouts\n",
           what, result.median, result.median / BUDGET_MS, result.p95, result.p95 / BUDGET_MS,
           result.primitives, result.layouts);
}

static void
bench_review (const char    *name,
              DebriefReview *review)
{
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gint64 start, end, middle;
  const struct { const char *name; gint64 span; } zooms[] = {
    { "whole incident", 0 }, { "one minute", DEBRIEF_USEC_PER_MIN }, { "one second", DEBRIEF_USEC_PER_SEC },
  };
  gint64 t0 = g_get_monotonic_time ();

  debrief_timeline_layout_update (layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  g_print ("\n%s: %u events, %u lanes (layout built in %.1f ms)\n", name,
           debrief_event_store_get_n_events (debrief_review_get_events (review)),
           g_list_model_get_n_items (debrief_review_get_lanes (review)), (g_get_monotonic_time () - t0) / 1000.0);
  debrief_review_get_time_bounds (review, &start, &end);
  middle = start + (end - start) / 2;

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      DebriefTimelineFrame frame;
      g_autofree char *still = g_strdup_printf ("%s, still", zooms[z].name);
      g_autofree char *panning = g_strdup_printf ("%s, panning", zooms[z].name);

      debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
      frame.width = WIDTH;
      frame.height = HEIGHT;
      if (zooms[z].span > 0)
        {
          frame.view_start = middle;
          frame.view_end = middle + zooms[z].span;
        }
      run_frames (renderer, cr, &frame, 3, 0);   /* warm the label cache */
      print_row (still, run_frames (renderer, cr, &frame, STILL_FRAMES, 0));
      print_row (panning, run_frames (renderer, cr, &frame, PAN_FRAMES, (WIDTH - 210) / (double) PAN_FRAMES));
      if (z == 0)
        print_row ("hover + cursor (marks only)", run_marks (renderer, cr, &frame));
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  guint max_events = 1000000;

  if (argc == 3 && g_str_equal (argv[1], "--max"))
    max_events = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  g_print ("bench-render: %dx%d frames; budget %.1f ms (120 Hz)\n", WIDTH, HEIGHT, BUDGET_MS);
  {
    g_autoptr(DebriefReview) example = load_example ();

    bench_review ("example", example);
  }
  for (guint n = 100000; n <= max_events; n *= 10)
    {
      g_autoptr(DebriefReview) review = bench_make_review (n, N_LANES);
      g_autofree char *name = g_strdup_printf ("synthetic %uk", n / 1000);

      bench_review (name, review);
    }
  return 0;
}
