/* test-series-render.c — charts of metric series: pixel columns, layout
 * rows, hits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "debrief-chart-columns.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

static DebriefSamples *
random_samples (GRand *rand,
                guint  n)
{
  g_autofree gint64 *times = g_new (gint64, n);
  g_autofree double *values = g_new (double, n);
  gint64 t = 1773475200000000;

  for (guint i = 0; i < n; i++)
    {
      /* Bursts and lulls: spacing from 1 µs to a minute. */
      t += g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 1000) : g_rand_int_range (rand, 1, 60000000);
      times[i] = t;
      values[i] = g_rand_int_range (rand, 0, 50) == 0 ? NAN : g_rand_double_range (rand, -50, 50);
    }
  return debrief_samples_new (times, values, n);
}

/* At every zoom, the columns share out the samples in view exactly once,
 * in order, and each column's min and max are the true ones. */
static void
test_columns_match_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(DebriefSamples) samples = random_samples (rand, 200000);
  const gint64 *t = debrief_samples_peek_times (samples);
  const double *v = debrief_samples_peek_values (samples);
  guint n = debrief_samples_get_n (samples);
  static const double spans[] = { 1e3, 1e5, 1e7, 1e9, 1e11, 1e13 };

  for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
    for (guint trial = 0; trial < 5; trial++)
      {
        guint width = g_rand_int_range (rand, 50, 1500);
        gint64 start = t[0] + (gint64) g_rand_double_range (rand, -1e9, (double) (t[n - 1] - t[0]));
        g_autofree DebriefChartColumn *columns = g_new (DebriefChartColumn, width);
        DebriefTimeScale scale;

        debrief_time_scale_init (&scale, start, start + (gint64) MAX (spans[s], DEBRIEF_TIME_SCALE_MIN_SPAN), width);
        debrief_chart_columns (samples, &scale, 0, width, columns);
        g_assert_cmpuint (columns[0].first, ==, debrief_samples_lower_bound (samples, scale.start));
        for (guint c = 0; c < width; c++)
          {
            double min = INFINITY, max = -INFINITY;

            if (c > 0)
              g_assert_cmpuint (columns[c].first, ==, columns[c - 1].end);
            for (guint i = columns[c].first; i < columns[c].end; i++)
              {
                g_assert_cmpint (t[i], >=, debrief_time_scale_to_time (&scale, c));
                g_assert_cmpint (t[i], <, debrief_time_scale_to_time (&scale, c + 1));
                if (!isnan (v[i]))
                  {
                    min = MIN (min, v[i]);
                    max = MAX (max, v[i]);
                  }
              }
            g_assert_cmpint (debrief_chart_column_has_value (&columns[c]), ==, min <= max);
            if (min <= max)
              {
                g_assert_cmpfloat (columns[c].min, ==, min);
                g_assert_cmpfloat (columns[c].max, ==, max);
              }
          }
      }
}

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

/* Charts sit right under their lane; hiding or collapsing the lane hides
 * them; a series whose lane is gone moves to the Metrics group. */
static void
test_rows (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  g_autoptr(DebriefSeries) lag = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (review)), 0);
  DebriefLane *replica = debrief_review_lookup_lane (review, "replica");
  const DebriefTimelineRow *chart, *lane;
  guint n;

  debrief_timeline_layout_update (layout, style);
  chart = debrief_timeline_layout_find_series (layout, lag);
  lane = debrief_timeline_layout_find_lane (layout, debrief_lane_get_key (replica));
  g_assert_nonnull (chart);
  g_assert_true (chart == lane + 1);
  g_assert_cmpfloat (chart->y, ==, lane->y + lane->height);
  g_assert_cmpint (chart->group, ==, DEBRIEF_LANE_GROUP_COMPONENTS);
  g_assert_cmpfloat (chart->height, ==, debrief_timeline_chart_row_height (style));

  debrief_lane_set_collapsed (replica, TRUE);
  debrief_timeline_layout_update (layout, style);
  g_assert_null (debrief_timeline_layout_find_series (layout, lag));
  debrief_lane_set_collapsed (replica, FALSE);
  debrief_timeline_layout_update (layout, style);

  n = debrief_timeline_layout_get_n_rows (layout);
  debrief_series_set_lane (lag, "no-such-lane");
  debrief_timeline_layout_update (layout, style);
  chart = debrief_timeline_layout_find_series (layout, lag);
  g_assert_cmpint (chart->group, ==, DEBRIEF_LANE_GROUP_METRICS);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (layout), ==, n + 1);  /* + the group's header */
  g_assert_true (chart == debrief_timeline_layout_get_row (layout, n));
}

/* Hovering the replica lag chart at 08:24:20 finds the peak (94 s); past
 * the playhead there is no value to find. */
static void
test_hit_value (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  g_autoptr(DebriefSeries) lag = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (review)), 0);
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  gint64 peak = debrief_time_from_civil (2026, 3, 14, 8, 24, 15, 0);
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  DebriefTimeScale scale;
  const DebriefTimelineRow *row;
  double x, y;

  debrief_timeline_frame_init (&frame, layout, style);
  frame.width = 1200;
  frame.height = 2000;
  debrief_timeline_layout_update (layout, style);
  row = debrief_timeline_layout_find_series (layout, lag);
  debrief_timeline_frame_get_scale (&frame, &scale);
  x = debrief_timeline_frame_get_plot_x (&frame) + debrief_time_scale_to_x (&scale, peak);
  y = debrief_timeline_frame_get_lanes_y (&frame) + row->y + row->height / 2;

  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_SERIES);
  g_assert_true (hit.series == lag);
  g_assert_cmpuint (hit.sample, !=, G_MAXUINT);
  g_assert_cmpint (llabs (debrief_samples_peek_times (debrief_series_get_samples (lag))[hit.sample] - peak), <=,
                   15 * DEBRIEF_USEC_PER_SEC);
  g_assert_cmpfloat (debrief_samples_peek_values (debrief_series_get_samples (lag))[hit.sample], >, 85);

  frame.playhead = peak - DEBRIEF_USEC_PER_MIN;
  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_SERIES);
  g_assert_cmpuint (hit.sample, ==, G_MAXUINT);
}

static void
test_format_value (void)
{
  static const struct { double value; const char *unit; const char *text; } cases[] = {
    { 0, "ms", "0\u2009ms" }, { 5500, "ms", "5500\u2009ms" }, { 97.44, "s", "97.4\u2009s" },
    { 3.14159, NULL, "3.14" }, { 0.25, "", "0.250" }, { 2.5e7, "B", "2.5e+07\u2009B" }, { NAN, "s", "—\u2009s" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = debrief_chart_format_value (cases[i].value, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/columns", test_columns_match_brute_force);
  g_test_add_func ("/chart/rows", test_rows);
  g_test_add_func ("/chart/hit-value", test_hit_value);
  g_test_add_func ("/chart/format-value", test_format_value);

  return g_test_run ();
}
