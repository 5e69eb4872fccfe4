/* test-series.c — metric samples, their min/max summaries, and series in
 * the review file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-samples.h"
#include "debrief-series.h"
#include "debrief-time.h"

static DebriefSamples *
random_samples (GRand *rand,
                guint  n,
                double gap_share)
{
  g_autofree gint64 *times = g_new (gint64, MAX (n, 1));
  g_autofree double *values = g_new (double, MAX (n, 1));
  gint64 t = 1773478800000000;

  for (guint i = 0; i < n; i++)
    {
      t += g_rand_int_range (rand, 1, 5000000);
      times[i] = t;
      values[i] = g_rand_double (rand) < gap_share ? NAN : g_rand_double_range (rand, -1e3, 1e3);
    }
  return debrief_samples_new (times, values, n);
}

static gboolean
brute_min_max (DebriefSamples *samples,
               guint           first,
               guint           end,
               double         *out_min,
               double         *out_max)
{
  const double *v = debrief_samples_peek_values (samples);
  double min = INFINITY, max = -INFINITY;

  for (guint i = first; i < end; i++)
    if (!isnan (v[i]))
      {
        min = MIN (min, v[i]);
        max = MAX (max, v[i]);
      }
  *out_min = min;
  *out_max = max;
  return min <= max;
}

/* Every range of random data, at sizes around the summaries' block
 * boundaries, gives exactly the min and max a scan gives. */
static void
test_range_min_max_matches_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  static const guint sizes[] = { 0, 1, 2, 15, 16, 17, 255, 256, 257, 4097, 70000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(DebriefSamples) samples = random_samples (rand, sizes[s], s % 2 ? 0.2 : 0.0);
      guint n = sizes[s];

      for (guint trial = 0; trial < 2000; trial++)
        {
          guint a = n ? g_rand_int_range (rand, 0, n + 1) : 0;
          guint b = n ? g_rand_int_range (rand, 0, n + 1) : 0;
          guint first = MIN (a, b), end = MAX (a, b);
          double min, max, want_min, want_max;
          gboolean found = debrief_samples_range_min_max (samples, first, end, &min, &max);

          g_assert_cmpint (found, ==, brute_min_max (samples, first, end, &want_min, &want_max));
          if (found)
            {
              g_assert_cmpfloat (min, ==, want_min);
              g_assert_cmpfloat (max, ==, want_max);
            }
        }
    }
}

static void
test_all_gaps (void)
{
  gint64 times[] = { 1, 2, 3 };
  double values[] = { NAN, NAN, NAN };
  g_autoptr(DebriefSamples) samples = debrief_samples_new (times, values, 3);
  double min, max;

  g_assert_false (debrief_samples_range_min_max (samples, 0, 3, &min, &max));
  g_assert_false (debrief_samples_get_bounds (samples, &min, &max));
}

static void
test_lookup_by_time (void)
{
  gint64 times[] = { 10, 20, 30 };
  double values[] = { 1, 2, 3 };
  g_autoptr(DebriefSamples) samples = debrief_samples_new (times, values, 3);

  g_assert_cmpuint (debrief_samples_lower_bound (samples, 5), ==, 0);
  g_assert_cmpuint (debrief_samples_lower_bound (samples, 20), ==, 1);
  g_assert_cmpuint (debrief_samples_lower_bound (samples, 21), ==, 2);
  g_assert_cmpuint (debrief_samples_lower_bound (samples, 31), ==, 3);
  g_assert_cmpuint (debrief_samples_at_time (samples, 5), ==, G_MAXUINT);
  g_assert_cmpuint (debrief_samples_at_time (samples, 20), ==, 1);
  g_assert_cmpuint (debrief_samples_at_time (samples, 29), ==, 1);
  g_assert_cmpuint (debrief_samples_at_time (samples, 99), ==, 2);
}

/* Out of order in, sorted out; of two samples at one time the later wins;
 * infinities are gaps. */
static void
test_builder_sorts (void)
{
  g_autoptr(DebriefSamplesBuilder) builder = debrief_samples_builder_new ();
  g_autoptr(DebriefSamples) samples = NULL;
  guint replaced = 99;

  debrief_samples_builder_add (builder, 30, 3);
  debrief_samples_builder_add (builder, 10, 1);
  debrief_samples_builder_add (builder, 20, 2);
  debrief_samples_builder_add (builder, 10, 1.5);
  debrief_samples_builder_add (builder, 40, INFINITY);
  samples = debrief_samples_builder_finish (builder, &replaced);

  g_assert_cmpuint (replaced, ==, 1);
  g_assert_cmpuint (debrief_samples_get_n (samples), ==, 4);
  g_assert_cmpint (debrief_samples_peek_times (samples)[0], ==, 10);
  g_assert_cmpfloat (debrief_samples_peek_values (samples)[0], ==, 1.5);
  g_assert_cmpint (debrief_samples_peek_times (samples)[3], ==, 40);
  g_assert_true (isnan (debrief_samples_peek_values (samples)[3]));
}

/* ---- the file ------------------------------------------------------------------ */

static const char series_review[] =
  "{\n"
  "  \"format\": \"debrief-review\",\n"
  "  \"version\": 1,\n"
  "  \"timezone\": \"UTC\",\n"
  "  \"lanes\": [\n"
  "    {\"id\": \"db\", \"kind\": \"component\", \"name\": \"orders-db\"}\n"
  "  ],\n"
  "  \"events\": [],\n"
  "  \"perspectives\": [],\n"
  "  \"phases\": [],\n"
  "  \"notes\": [],\n"
  "  \"action_items\": [],\n"
  "  \"artefacts\": [],\n"
  "  \"series\": [\n"
  "    {\"id\": \"lag\", \"name\": \"replica lag\", \"unit\": \"s\", \"color\": \"#e69f00\", \"lane\": \"db\", "
  "\"future\": 1, \"threshold\": 2.5, \"points\": [\n"
  "      [1773478800000000, 0.1],\n"
  "      [1773478810000001, null],\n"
  "      [1773478820000000, 12],\n"
  "      [1773478830000000, -3.0000000000000004]\n"
  "    ]},\n"
  "    {\"id\": \"p99\", \"name\": \"p99 latency\", \"points\": []}\n"
  "  ]\n"
  "}\n";

static DebriefReview *
load_text (const char  *text,
           GError     **error)
{
  return debrief_review_load_data (text, strlen (text), "review.debrief", NULL, NULL, NULL, error);
}

static void
test_round_trip_same_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (series_review, &error);
  g_autoptr(DebriefSeries) lag = NULL;
  g_autofree char *saved = NULL;
  DebriefSamples *samples;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_series (review))), ==, 2);
  lag = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (review)), 0);
  g_assert_cmpstr (debrief_series_get_lane (lag), ==, "db");
  g_assert_cmpstr (debrief_series_get_unit (lag), ==, "s");
  g_assert_true (debrief_series_get_has_threshold (lag));
  g_assert_cmpfloat (debrief_series_get_threshold (lag), ==, 2.5);
  samples = debrief_series_get_samples (lag);
  g_assert_cmpuint (debrief_samples_get_n (samples), ==, 4);
  g_assert_cmpint (debrief_samples_peek_times (samples)[1], ==, 1773478810000001);
  g_assert_true (isnan (debrief_samples_peek_values (samples)[1]));
  g_assert_cmpfloat (debrief_samples_peek_values (samples)[3], ==, -3.0000000000000004);

  saved = debrief_review_to_string (review);
  g_assert_cmpstr (saved, ==, series_review);
}

/* Points as RFC 3339 strings are read (files written by hand) and written
 * back as microseconds. */
static void
test_string_times_accepted (void)
{
  g_autofree char *text = g_strdup (series_review);
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  g_autoptr(DebriefSeries) lag = NULL;

  g_string_replace (edited, "[1773478800000000, 0.1]", "[\"2026-03-14T09:00:00Z\", 0.1]", 1);
  review = load_text (edited->str, &error);
  g_assert_no_error (error);
  lag = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (review)), 0);
  g_assert_cmpint (debrief_samples_peek_times (debrief_series_get_samples (lag))[0], ==, 1773478800000000);
}

static void
assert_problem (const char *from,
                const char *to,
                const char *expected)
{
  g_autoptr(GString) edited = g_string_new (series_review);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  g_assert_cmpuint (g_string_replace (edited, from, to, 1), ==, 1);
  review = load_text (edited->str, &error);
  g_assert_null (review);
  g_assert_nonnull (error);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, error->message);
}

static void
test_loader_errors_name_the_point (void)
{
  assert_problem ("[1773478820000000, 12]", "[1773478800000000, 12]",
                  "series[0].points[2][0]: expected a time after the previous point’s");
  assert_problem ("[1773478820000000, 12]", "[1773478820000000, \"12\"]",
                  "series[0].points[2][1]: expected a number or null (a gap), found \"12\"");
  assert_problem ("[1773478820000000, 12]", "[1773478820000000]",
                  "series[0].points[2]: expected a [time, value] pair");
  assert_problem ("[1773478820000000, 12]", "[\"yesterday\", 12]",
                  "series[0].points[2][0]: expected an RFC 3339 time");
  assert_problem ("\"lane\": \"db\"", "\"lane\": \"nope\"", "series[0].lane");
  assert_problem ("\"threshold\": 2.5", "\"threshold\": \"high\"", "series[0].threshold: expected a number");
  assert_problem (", \"points\": []}", "}", "series[1].points");
  assert_problem ("\"id\": \"p99\"", "\"id\": \"lag\"", "series[1].id");
}

/* A review without series saves no "series" member: old files keep their bytes. */
static void
test_no_series_no_member (void)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autofree char *saved = debrief_review_to_string (review);

  g_assert_null (strstr (saved, "\"series\""));
}

/* A review of nothing but charts spans its charts; otherwise charts are
 * context and the review spans its events. */
static void
test_time_bounds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (series_review, &error);
  DebriefEventSpec spec = { .id = (char *) "e1", .start = 1773478815000000, .end = DEBRIEF_TIME_NONE,
                            .kind = (char *) "note", .text = (char *) "x", .author = DEBRIEF_LANE_KEY_NONE };
  gint64 start, end;

  g_assert_no_error (error);
  g_assert_true (debrief_review_get_time_bounds (review, &start, &end));
  g_assert_cmpint (start, ==, 1773478800000000);
  g_assert_cmpint (end, ==, 1773478830000000);

  spec.lane = debrief_lane_get_key (debrief_review_lookup_lane (review, "db"));
  debrief_event_store_add (debrief_review_get_events (review), &spec);
  g_assert_true (debrief_review_get_time_bounds (review, &start, &end));
  g_assert_cmpint (start, ==, 1773478815000000);
  g_assert_cmpint (end, ==, 1773478815000000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samples/range-min-max", test_range_min_max_matches_brute_force);
  g_test_add_func ("/samples/all-gaps", test_all_gaps);
  g_test_add_func ("/samples/lookup", test_lookup_by_time);
  g_test_add_func ("/samples/builder", test_builder_sorts);
  g_test_add_func ("/series/round-trip", test_round_trip_same_bytes);
  g_test_add_func ("/series/string-times", test_string_times_accepted);
  g_test_add_func ("/series/loader-errors", test_loader_errors_name_the_point);
  g_test_add_func ("/series/no-member", test_no_series_no_member);
  g_test_add_func ("/series/time-bounds", test_time_bounds);

  return g_test_run ();
}
