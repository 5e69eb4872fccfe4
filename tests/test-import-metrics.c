/* test-import-metrics.c — metric series from CSV, Prometheus and Graphite,
 * and how they join a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "debrief-edit-commands.h"
#include "debrief-import-apply.h"
#include "debrief-importer.h"
#include "debrief-series.h"
#include "debrief-time.h"

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "metrics", name, NULL);

  return g_file_new_for_path (path);
}

static DebriefImportBatch *
read_fixture (const DebriefImporter *importer,
              const char            *name,
              const char            *zone)
{
  g_autoptr(GFile) file = fixture (name);
  g_autoptr(GTimeZone) tz = zone ? g_time_zone_new_identifier (zone) : NULL;
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = debrief_import_batch_new ();
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.zone = tz;
  g_assert_true (importer->read (file, &options, batch, &error));
  g_assert_no_error (error);
  return batch;
}

static gint64
utc (int hour,
     int minute,
     int second)
{
  return debrief_time_from_civil (2026, 3, 14, hour, minute, second, 0);
}

/* Each sample as "TIME=VALUE" (gaps "TIME=gap"), times as µs from @origin / 1 s. */
static char *
describe (DebriefSamples *samples,
          gint64          origin)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < debrief_samples_get_n (samples); i++)
    {
      double value = debrief_samples_peek_values (samples)[i];
      gint64 seconds = (debrief_samples_peek_times (samples)[i] - origin) / DEBRIEF_USEC_PER_SEC;

      if (isnan (value))
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT "=gap", i ? " " : "", seconds);
      else
        g_string_append_printf (text, "%s%" G_GINT64_FORMAT "=%g", i ? " " : "", seconds, value);
    }
  return g_string_free (text, FALSE);
}

static const char *
skip_reason (DebriefImportBatch *batch,
             const char         *location)
{
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);

  for (guint i = 0; i < skipped->len; i++)
    {
      DebriefImportSkip *skip = g_ptr_array_index (skipped, i);

      if (g_str_equal (skip->location, location))
        return skip->reason;
    }
  return NULL;
}

static void
test_detect (void)
{
  static const struct { const char *file; const DebriefImporter *importer; } cases[] = {
    { "latency.csv", &debrief_importer_metrics_csv },
    { "multi.csv", &debrief_importer_metrics_csv },
    { "lag.prom.json", &debrief_importer_prometheus },
    { "render.json", &debrief_importer_graphite },
  };
  g_autoptr(GFile) events = fixture ("events-like.csv");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = fixture (cases[i].file);

      g_assert_true (debrief_importer_detect (file, NULL) == cases[i].importer);
    }
  /* A CSV of events (words in the second column) is not samples. */
  g_assert_true (debrief_importer_detect (events, NULL) != &debrief_importer_metrics_csv);
  g_assert_true (debrief_importer_lookup ("metrics-csv") == &debrief_importer_metrics_csv);
}

/* Out of order, offsets and local times (in the zone given), a repeated
 * time (the later wins), empty and NaN values as gaps, a value with a unit
 * in it refused by line; the header names the series and its unit. */
static void
test_csv (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture (&debrief_importer_metrics_csv, "latency.csv",
                                                      "Europe/Berlin");
  const DebriefImportSeries *series;
  g_autofree char *described = NULL;

  g_assert_cmpuint (debrief_import_batch_get_n_series (batch), ==, 1);
  series = debrief_import_batch_get_series (batch, 0);
  g_assert_cmpstr (series->name, ==, "p99 latency");
  g_assert_cmpstr (series->unit, ==, "ms");
  g_assert_null (series->lane);
  described = describe (series->samples, utc (8, 0, 0));
  /* 09:01 in Berlin is 08:01Z, given twice: the later line (251) wins. */
  g_assert_cmpstr (described, ==, "0=240 30=245.5 60=251 90=gap 120=gap 180=1900");
  g_assert_nonnull (strstr (skip_reason (batch, "latency.csv:7"), "expected a number in the second column"));
  g_assert_nonnull (skip_reason (batch, "latency.csv: p99 latency"));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 2);
}

/* A third column names each sample's series (quoted names may hold commas);
 * Unix seconds with a fraction keep their microseconds. */
static void
test_csv_series_column (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture (&debrief_importer_metrics_csv, "multi.csv", NULL);
  const DebriefImportSeries *db, *replica;
  g_autofree char *db_text = NULL, *replica_text = NULL;

  g_assert_cmpuint (debrief_import_batch_get_n_series (batch), ==, 2);
  db = debrief_import_batch_get_series (batch, 0);
  replica = debrief_import_batch_get_series (batch, 1);
  g_assert_cmpstr (db->name, ==, "orders-db");
  g_assert_cmpstr (db->lane, ==, "orders-db");
  g_assert_cmpstr (replica->name, ==, "replica, east");
  g_assert_cmpint (debrief_samples_peek_times (db->samples)[1], ==, utc (8, 0, 15) + 500000);
  replica_text = describe (replica->samples, utc (8, 0, 0));
  g_assert_cmpstr (replica_text, ==, "0=5 30=6");
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 0);
}

/* Names as Prometheus prints them, the lane from `instance`, the unit from
 * `_seconds`; the missing step comes back as a gap, NaN is one, bad
 * samples are named by their JSON path. */
static void
test_prometheus (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture (&debrief_importer_prometheus, "lag.prom.json", NULL);
  const DebriefImportSeries *lag, *up;
  g_autofree char *described = NULL;

  g_assert_cmpuint (debrief_import_batch_get_n_series (batch), ==, 2);
  lag = debrief_import_batch_get_series (batch, 0);
  up = debrief_import_batch_get_series (batch, 1);
  g_assert_cmpstr (lag->name, ==, "pg_replication_lag_seconds{instance=\"orders-replica-1\",job=\"postgres\"}");
  g_assert_cmpstr (lag->lane, ==, "orders-replica-1");
  g_assert_cmpstr (lag->unit, ==, "s");
  g_assert_cmpstr (up->name, ==, "up{job=\"checkout-api\"}");
  g_assert_cmpstr (up->lane, ==, "checkout-api");
  g_assert_null (up->unit);
  described = describe (lag->samples, utc (8, 0, 0));
  g_assert_cmpstr (described, ==, "0=3 15=4 30=5.5 45=gap 75=9 90=gap 105=11");
  g_assert_nonnull (strstr (skip_reason (batch, "lag.prom.json: data.result[0].values[6]"), "time"));
  g_assert_nonnull (skip_reason (batch, "lag.prom.json: data.result[0].values[7]"));
}

static void
test_graphite (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture (&debrief_importer_graphite, "render.json", NULL);
  const DebriefImportSeries *p99;
  g_autofree char *described = NULL;

  g_assert_cmpuint (debrief_import_batch_get_n_series (batch), ==, 2);
  p99 = debrief_import_batch_get_series (batch, 0);
  g_assert_cmpstr (p99->name, ==, "checkout.p99");
  described = describe (p99->samples, utc (8, 0, 0));
  g_assert_cmpstr (described, ==, "0=240 30=250 60=gap 120=1900.5");
  g_assert_nonnull (strstr (skip_reason (batch, "render.json: [0].datapoints[4]"), "expected a number"));
}

static void
test_not_the_format (void)
{
  g_autoptr(GFile) csv = fixture ("latency.csv");
  g_autoptr(GFile) graphite = fixture ("render.json");
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(GError) error = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  g_assert_false (debrief_importer_prometheus.read (csv, &options, batch, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "latency.csv: not JSON"));
  g_clear_error (&error);
  g_assert_false (debrief_importer_prometheus.read (graphite, &options, batch, &error));
  g_assert_nonnull (strstr (error->message, "data.result"));
}

/* A result with no series is an error; series whose samples all fall
 * outside the time window are not: the count says where they went. */
static void
test_nothing_or_outside (void)
{
  g_autoptr(GFile) empty = fixture ("empty.prom.json");
  g_autoptr(GFile) lag = fixture ("lag.prom.json");
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(GError) error = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  g_assert_false (debrief_importer_prometheus.read (empty, &options, batch, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING);
  g_assert_nonnull (strstr (error->message, "empty.prom.json: no series in it"));

  options.from = utc (12, 0, 0);
  g_assert_true (debrief_importer_prometheus.read (lag, &options, batch, NULL));
  g_assert_cmpuint (debrief_import_batch_get_n_series (batch), ==, 0);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (batch), ==, 8);
}

/* Series join the review as one undoable step with the events: under the
 * lane --map names, else the lane the source names, else alone; a second
 * import of the same file adds nothing. */
static void
test_apply (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture (&debrief_importer_prometheus, "lag.prom.json", NULL);
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(GHashTable) map = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DebriefLane) replica = debrief_lane_new ("replica", DEBRIEF_LANE_KIND_COMPONENT, "orders-replica-1");
  g_autoptr(DebriefLane) api = debrief_lane_new ("api", DEBRIEF_LANE_KIND_COMPONENT, "Checkout API");
  GListModel *series = G_LIST_MODEL (debrief_review_get_series (review));
  DebriefImportSummary summary;
  g_autoptr(DebriefSeries) lag = NULL;
  g_autoptr(DebriefSeries) up = NULL;

  debrief_review_append_lane (review, replica);
  debrief_review_append_lane (review, api);
  g_hash_table_insert (map, (gpointer) "up{job=\"checkout-api\"}", (gpointer) "api");
  g_assert_true (debrief_import_apply (batch, review, history, map, &summary));
  g_assert_cmpuint (summary.series_added, ==, 2);
  g_assert_cmpuint (summary.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 2);
  lag = g_list_model_get_item (series, 0);
  up = g_list_model_get_item (series, 1);
  g_assert_cmpstr (debrief_series_get_lane (lag), ==, "replica");   /* by the lane's name */
  g_assert_cmpstr (debrief_series_get_lane (up), ==, "api");        /* by the map */
  g_assert_cmpstr (debrief_series_get_unit (lag), ==, "s");

  g_assert_false (debrief_import_apply (batch, review, history, map, &summary));
  g_assert_cmpuint (summary.series_duplicates, ==, 2);

  g_assert_true (debrief_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 0);
  g_assert_false (debrief_history_can_undo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/metrics/detect", test_detect);
  g_test_add_func ("/import/metrics/csv", test_csv);
  g_test_add_func ("/import/metrics/csv-series-column", test_csv_series_column);
  g_test_add_func ("/import/metrics/prometheus", test_prometheus);
  g_test_add_func ("/import/metrics/graphite", test_graphite);
  g_test_add_func ("/import/metrics/not-the-format", test_not_the_format);
  g_test_add_func ("/import/metrics/nothing-or-outside", test_nothing_or_outside);
  g_test_add_func ("/import/metrics/apply", test_apply);

  return g_test_run ();
}
