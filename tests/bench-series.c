/* bench-series.c — how long a chart of a million samples takes to draw
 *
 * One component lane with a chart of N samples (100 ms apart: a random
 * walk, with a gap every 50,000), drawn at 1920×1080 through the renderer
 * the window uses, at five zooms from the whole series to one second, still
 * and while panning. The baseline is the same review with the series taken
 * out, drawn in the same process, frame for frame in turn: the ratio is
 * what the chart costs. The goal for the chart frame is a median of 4 ms;
 * "best" is the fastest frame, what the machine does when nothing else runs.
 *
 * Not a test: run it by hand, `_build/tests/bench-series [--samples 1000000]`;
 * with BENCH_SERIES_PNG=FILE it also draws the whole series to FILE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAMES 120
#define GOAL_MS 4.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static DebriefSamples *
make_samples (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree gint64 *times = g_new (gint64, n);
  g_autofree double *values = g_new (double, n);
  gint64 start = debrief_time_from_civil (2026, 3, 14, 0, 0, 0, 0);
  double walk = 100;

  for (guint i = 0; i < n; i++)
    {
      double step = g_rand_double_range (rand, -1, 1);

      walk = MAX (0, walk + step);
      times[i] = start + (gint64) i * 100000;
      values[i] = i % 50000 < 20 ? NAN : walk + (g_rand_int_range (rand, 0, 10000) == 0 ? 400 : 0);
    }
  return debrief_samples_new (times, values, n);
}

static DebriefReview *
make_review (DebriefSamples *samples)
{
  DebriefReview *review = debrief_review_new ();
  g_autoptr(DebriefLane) lane = debrief_lane_new ("db", DEBRIEF_LANE_KIND_COMPONENT, "orders-db");
  g_autoptr(DebriefSeries) series = debrief_series_new ("lag", "replica lag", samples);

  debrief_series_set_lane (series, "db");
  debrief_series_set_unit (series, "s");
  debrief_series_set_threshold (series, TRUE, 300);
  debrief_review_append_lane (review, lane);
  g_list_store_append (debrief_review_get_series (review), series);
  return review;
}

typedef struct {
  DebriefTimelineLayout   *layout;
  DebriefTimelineRenderer *renderer;
  DebriefTimelineFrame     frame;
  GArray                  *times;
} Run;

static void
run_init (Run           *run,
          DebriefReview *review,
          gint64         start,
          gint64         span)
{
  run->layout = debrief_timeline_layout_new (review);
  run->renderer = debrief_timeline_renderer_new ();
  run->times = g_array_new (FALSE, FALSE, sizeof (double));
  debrief_timeline_frame_init (&run->frame, run->layout,
                               debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  run->frame.width = WIDTH;
  run->frame.height = HEIGHT;
  run->frame.view_start = start;
  run->frame.view_end = start + span;
}

static void
run_frame (Run     *run,
           cairo_t *cr,
           double   pan_px)
{
  gint64 span = run->frame.view_end - run->frame.view_start;
  gint64 begin = g_get_monotonic_time ();
  double ms;

  debrief_timeline_renderer_draw (run->renderer, cr, &run->frame);
  cairo_surface_flush (cairo_get_target (cr));
  ms = (g_get_monotonic_time () - begin) / 1000.0;
  g_array_append_val (run->times, ms);
  run->frame.view_start += (gint64) (span / (double) WIDTH * pan_px);
  run->frame.view_end = run->frame.view_start + span;
}

static double
run_finish (Run    *run,
            double *out_best)
{
  double median;

  g_array_sort (run->times, compare_doubles);
  median = g_array_index (run->times, double, run->times->len / 2);
  if (out_best != NULL)
    *out_best = g_array_index (run->times, double, 0);
  g_array_unref (run->times);
  debrief_timeline_renderer_free (run->renderer);
  debrief_timeline_layout_free (run->layout);
  return median;
}

/* Chart frames and empty frames taken in turn, so a busy machine slows
 * both alike and the ratio stays meaningful. */
static void
measure (DebriefReview *review,
         DebriefReview *empty,
         gint64         start,
         gint64         span,
         double         pan_px,
         double        *out_chart,
         double        *out_best,
         double        *out_empty)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  Run chart, base;

  run_init (&chart, review, start, span);
  run_init (&base, empty, start, span);
  debrief_timeline_renderer_draw (chart.renderer, cr, &chart.frame);  /* warm the caches */
  debrief_timeline_renderer_draw (base.renderer, cr, &base.frame);
  for (guint i = 0; i < FRAMES; i++)
    {
      run_frame (&chart, cr, pan_px);
      run_frame (&base, cr, pan_px);
    }
  *out_chart = run_finish (&chart, out_best);
  *out_empty = run_finish (&base, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The whole series as a picture, to look at the envelope. */
static void
write_png (DebriefReview *review,
           gint64         start,
           gint64         span,
           const char    *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH / 2, 300);
  cairo_t *cr = cairo_create (surface);
  Run run;

  run_init (&run, review, start, span);
  run.frame.width = WIDTH / 2;
  run.frame.height = 300;
  debrief_timeline_renderer_draw (run.renderer, cr, &run.frame);
  run_finish (&run, NULL);
  cairo_surface_write_to_png (surface, path);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 2 && g_str_equal (argv[1], "--samples") ? (guint) atoi (argv[2]) : 1000000;
  static const struct { const char *name; gint64 span; } zooms[] = {
    { "whole series", 0 }, { "one hour", DEBRIEF_USEC_PER_HOUR }, { "one minute", DEBRIEF_USEC_PER_MIN },
    { "ten seconds", 10 * DEBRIEF_USEC_PER_SEC }, { "one second", DEBRIEF_USEC_PER_SEC },
  };
  g_autoptr(DebriefSamples) samples = NULL;
  g_autoptr(DebriefReview) review = NULL;
  g_autoptr(DebriefReview) empty = NULL;
  gint64 begin = g_get_monotonic_time ();
  const gint64 *t;

  setlocale (LC_ALL, "");
  samples = make_samples (n);
  g_print ("%u samples: made and summarised in %.1f ms\n", n, (g_get_monotonic_time () - begin) / 1000.0);
  review = make_review (samples);
  empty = make_review (samples);
  g_list_store_remove_all (debrief_review_get_series (empty));
  t = debrief_samples_peek_times (samples);

  g_print ("%-13s %8s %9s %8s %9s %7s %8s\n", "zoom", "panning", "chart ms", "best ms", "empty ms", "ratio",
           "vs goal");
  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint pan = 0; pan < 2; pan++)
      {
        gint64 span = zooms[z].span ? zooms[z].span : t[n - 1] - t[0];
        gint64 start = zooms[z].span ? t[n / 3] : t[0];
        double chart, best, base;

        measure (review, empty, start, span, pan ? 7 : 0, &chart, &best, &base);
        g_print ("%-13s %8s %9.2f %8.2f %9.2f %6.2f× %7.2f×\n", zooms[z].name, pan ? "yes" : "no", chart, best,
                 base, chart / base, chart / GOAL_MS);
      }
  if (g_getenv ("BENCH_SERIES_PNG") != NULL)
    write_png (review, t[0], t[n - 1] - t[0], g_getenv ("BENCH_SERIES_PNG"));
  return 0;
}
