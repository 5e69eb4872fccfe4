/* test-import.c — the importer interface, JSON lines, and applying a batch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-import-apply.h"
#include "debrief-importer.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "jsonl", name, NULL);

  return g_file_new_for_path (path);
}

static DebriefImportBatch *
read_fixture (const char *name,
              const char *zone,
              gint64      to)
{
  g_autoptr(GFile) file = fixture (name);
  g_autoptr(GTimeZone) tz = zone ? g_time_zone_new_identifier (zone) : NULL;
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = debrief_import_batch_new ();
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.zone = tz;
  options.to = to;
  g_assert_true (debrief_importer_jsonl.read (file, &options, batch, &error));
  g_assert_no_error (error);
  return batch;
}

static void
test_detect (void)
{
  g_autoptr(GFile) jsonl = fixture ("app.jsonl");
  g_autoptr(GFile) journal = fixture ("journal.json");
  g_autofree char *readme_path = g_test_build_filename (G_TEST_DIST, "lsan.supp", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (readme_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (debrief_importer_detect (jsonl, NULL) == &debrief_importer_jsonl);
  g_assert_true (debrief_importer_detect (journal, NULL) == &debrief_importer_jsonl);
  g_assert_null (debrief_importer_detect (other, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "lsan.supp"));
  g_assert_nonnull (strstr (error->message, "jsonl"));
  g_assert_true (debrief_importer_lookup ("jsonl") == &debrief_importer_jsonl);
  g_assert_null (debrief_importer_lookup ("nope"));
}

static gint64
utc (int hour, int minute, int second, int usec)
{
  return debrief_time_from_civil (2026, 3, 14, hour, minute, second, usec);
}

/* Every way of writing a time, and every way a line can be wrong. */
static void
test_jsonl_records (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("app.jsonl", "Europe/Berlin", DEBRIEF_TIME_NONE);
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);
  const gint64 expected[] = {
    utc (8, 5, 0, 250000), utc (8, 6, 0, 500000), utc (8, 6, 10, 0), utc (8, 6, 20, 0),
    utc (8, 6, 30, 0), utc (8, 6, 40, 0), utc (9, 30, 0, 0),
  };
  const char *reasons[] = { "app.jsonl:8", "app.jsonl:9", "app.jsonl:10", "app.jsonl:11" };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (debrief_import_batch_get_event (batch, i)->start, ==, expected[i]);
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 2)->text, ==, "authorise failed: <b>409</b> &amp; retry");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 1)->tags[0], ==, "warn");
  g_assert_cmpuint (debrief_import_batch_get_event (batch, 0)->source_line, ==, 1);
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->source_ref, ==, "app.jsonl");

  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, G_N_ELEMENTS (reasons));
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    g_assert_cmpstr (((DebriefImportSkip *) g_ptr_array_index (skipped, i))->location, ==, reasons[i]);
  g_assert_nonnull (strstr (((DebriefImportSkip *) g_ptr_array_index (skipped, 2))->reason, "timestamp"));

  /* The file's own lane, then the services in order of appearance. */
  g_assert_cmpuint (debrief_import_batch_get_n_lanes (batch), ==, 3);
  g_assert_cmpstr (debrief_import_batch_get_lane (batch, 1)->name, ==, "checkout-api");
  g_assert_cmpstr (debrief_import_batch_get_lane (batch, 2)->name, ==, "payments");
}

static void
test_jsonl_window_and_journal (void)
{
  g_autoptr(DebriefImportBatch) windowed = read_fixture ("app.jsonl", "Europe/Berlin", utc (8, 20, 0, 0));
  g_autoptr(DebriefImportBatch) journal = read_fixture ("journal.json", NULL, DEBRIEF_TIME_NONE);

  g_assert_cmpuint (debrief_import_batch_get_n_events (windowed), ==, 6);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (windowed), ==, 1);

  g_assert_cmpuint (debrief_import_batch_get_n_events (journal), ==, 2);
  g_assert_cmpint (debrief_import_batch_get_event (journal, 0)->start, ==, G_GINT64_CONSTANT (1773475500123456));
  g_assert_cmpstr (debrief_import_batch_get_event (journal, 0)->tags[0], ==, "error");
  g_assert_cmpstr (debrief_import_batch_get_lane (journal, debrief_import_batch_get_event (journal, 0)->lane)->name,
                   ==, "postgresql.service");
  g_assert_cmpstr (debrief_import_batch_get_event (journal, 1)->tags[0], ==, "info");
}

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
}

/* One undoable step; a second import of the same file adds nothing. */
static void
test_apply (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(DebriefImportBatch) batch = read_fixture ("app.jsonl", "Europe/Berlin", DEBRIEF_TIME_NONE);
  g_autofree char *before = debrief_review_to_string (review);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  guint n_events = debrief_event_store_get_n_events (debrief_review_get_events (review));
  guint n_lanes = g_list_model_get_n_items (debrief_review_get_lanes (review));
  DebriefImportSummary summary;

  g_assert_true (debrief_import_apply (batch, review, history, NULL, &summary));
  g_assert_cmpuint (summary.added, ==, 7);
  g_assert_cmpuint (summary.duplicates, ==, 0);
  /* "payments" is a lane of the example already (by id): it is found. */
  g_assert_cmpuint (summary.lanes_created, ==, 2);
  g_assert_cmpuint (summary.lanes_matched, ==, 1);
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (review)), ==, n_events + 7);
  g_assert_cmpuint (g_list_model_get_n_items (debrief_review_get_lanes (review)), ==, n_lanes + 2);
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Import 7 Events");
  after = debrief_review_to_string (review);

  g_assert_false (debrief_import_apply (batch, review, history, NULL, &summary));
  g_assert_cmpuint (summary.added, ==, 0);
  g_assert_cmpuint (summary.duplicates, ==, 7);
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Import 7 Events");

  debrief_history_undo (history);
  undone = debrief_review_to_string (review);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (after, !=, before);
}

/* --map puts a source's records in a lane of the review. */
static void
test_apply_map (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(DebriefImportBatch) batch = read_fixture ("app.jsonl", "Europe/Berlin", DEBRIEF_TIME_NONE);
  g_autoptr(GHashTable) map = g_hash_table_new (g_str_hash, g_str_equal);
  DebriefEventStore *events = debrief_review_get_events (review);
  guint api = debrief_lane_get_key (debrief_review_lookup_lane (review, "api"));
  guint before = debrief_event_store_lane_get_n_events (events, api);
  DebriefImportSummary summary;

  g_hash_table_insert (map, (gpointer) "checkout-api", (gpointer) "api");
  g_assert_true (debrief_import_apply (batch, review, history, map, &summary));
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (events, api), ==, before + 5);
  g_assert_cmpuint (summary.lanes_matched, ==, 2);
  g_assert_cmpuint (summary.lanes_created, ==, 1);
}

/* Events with tags and links, some of them (a, c, e) already imported. */
static DebriefImportBatch *
interleaved_batch (gboolean with_new)
{
  DebriefImportBatch *batch = debrief_import_batch_new ();
  guint lane = debrief_import_batch_add_lane (batch, DEBRIEF_LANE_KIND_COMPONENT, "svc");
  const char *refs[] = { "a", "b", "c", "d", "e" };

  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      char *tags[] = { (char *) refs[i], (char *) "t", NULL };
      DebriefEventSpec spec = {
        .start = utc (9, 0, i, 0), .end = DEBRIEF_TIME_NONE, .kind = (char *) "log", .text = (char *) refs[i],
        .source_type = (char *) "test", .source_ref = (char *) refs[i], .tags = tags,
      };

      if (!with_new && i % 2 == 1)
        continue;
      debrief_import_batch_add_event (batch, lane, &spec);
    }
  if (with_new)
    {
      debrief_import_batch_link_source (batch, 1, "test", "a");
      debrief_import_batch_link_source (batch, 3, "test", "c");
      debrief_import_batch_link_source (batch, 3, "test", "b");
    }
  debrief_import_batch_skip (batch, "here", "a reason");
  return batch;
}

/* Taking the batch's events gives the review what copying them gives,
 * duplicates and links alike; the batch keeps its skips. */
static void
test_apply_take (void)
{
  g_autoptr(DebriefReview) copied = debrief_review_new ();
  g_autoptr(DebriefReview) taken = debrief_review_new ();
  g_autoptr(DebriefHistory) copied_history = debrief_history_new ();
  g_autoptr(DebriefHistory) taken_history = debrief_history_new ();
  g_autoptr(DebriefImportBatch) first_copy = interleaved_batch (FALSE);
  g_autoptr(DebriefImportBatch) first_take = interleaved_batch (FALSE);
  g_autoptr(DebriefImportBatch) second_copy = interleaved_batch (TRUE);
  g_autoptr(DebriefImportBatch) second_take = interleaved_batch (TRUE);
  g_autofree char *copied_text = NULL;
  g_autofree char *taken_text = NULL;
  g_autofree char *redone = NULL;
  DebriefImportSummary summary;

  g_assert_true (debrief_import_apply (first_copy, copied, copied_history, NULL, &summary));
  g_assert_true (debrief_import_apply_take (first_take, taken, taken_history, NULL, &summary));
  g_assert_cmpuint (debrief_import_batch_get_n_events (first_take), ==, 0);

  g_assert_true (debrief_import_apply (second_copy, copied, copied_history, NULL, &summary));
  g_assert_true (debrief_import_apply_take (second_take, taken, taken_history, NULL, &summary));
  g_assert_cmpuint (summary.added, ==, 2);
  g_assert_cmpuint (summary.duplicates, ==, 3);
  g_assert_cmpuint (debrief_import_batch_get_n_events (second_copy), ==, 5);
  g_assert_cmpuint (debrief_import_batch_get_n_events (second_take), ==, 0);
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (second_take), ==, 1);
  copied_text = debrief_review_to_string (copied);
  taken_text = debrief_review_to_string (taken);
  g_assert_cmpstr (taken_text, ==, copied_text);
  g_assert_nonnull (strstr (taken_text, "\"tags\": [\"d\", \"t\"]"));
  g_assert_nonnull (strstr (taken_text, "\"links\": [\"e2\", \"e4\"]"));

  /* Redo needs nothing of the batch. */
  debrief_history_undo (taken_history);
  g_clear_object (&second_take);
  debrief_history_redo (taken_history);
  redone = debrief_review_to_string (taken);
  g_assert_cmpstr (redone, ==, copied_text);

  /* Nothing new: nothing is taken. */
  g_assert_false (debrief_import_apply_take (second_copy, taken, taken_history, NULL, &summary));
  g_assert_cmpuint (debrief_import_batch_get_n_events (second_copy), ==, 5);
}

typedef struct {
  GArray       *fractions;
  GCancellable *cancel_after_first;  /* cancelled at the first report */
} ProgressLog;

static void
log_progress (double   fraction,
              gpointer user_data)
{
  ProgressLog *log = user_data;

  g_array_append_val (log->fractions, fraction);
  if (log->cancel_after_first != NULL)
    g_cancellable_cancel (log->cancel_after_first);
}

/* Every reader tells how far it is within one source, in order, and stops
 * when the read is cancelled between two records. */
static void
test_progress (void)
{
  const struct { const char *importer, *folder, *file; } sources[] = {
    { "jsonl", "jsonl", "app.jsonl" },
    { "syslog", "syslog", "rfc5424.log" },
    { "irc", "irc", "irssi.log" },
    { "slack", "slack", "export" },
    { "mattermost", "mattermost", "export.jsonl" },
    { "discord", "discord", "incident.json" },
    { "teams", "teams", "chat-page.json" },
    { "csv", "csv", "chat.csv" },
    { "chrome-trace", "trace", "rendering.json" },
    { "journal-export", "journal", "system.export" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", sources[i].folder, sources[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      const DebriefImporter *importer = debrief_importer_lookup (sources[i].importer);
      g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
      g_autoptr(DebriefImportBatch) cut = debrief_import_batch_new ();
      g_autoptr(GError) error = NULL;
      ProgressLog log = { fractions, NULL };
      DebriefImportOptions options;
      gboolean ok;

      g_test_message ("%s", sources[i].importer);
      g_assert_nonnull (importer);
      debrief_import_options_init (&options);
      options.progress = log_progress;
      options.progress_data = &log;
      ok = importer->read (file, &options, batch, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpuint (fractions->len, >=, 2);
      for (guint k = 0; k < fractions->len; k++)
        {
          double f = g_array_index (fractions, double, k);

          g_assert_cmpfloat (f, >=, k > 0 ? g_array_index (fractions, double, k - 1) : 0);
          g_assert_cmpfloat (f, <=, 1);
        }
      g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), >, 0);

      /* Cancelled at the first report: an error, and fewer events. */
      log.cancel_after_first = cancellable;
      options.cancellable = cancellable;
      g_assert_false (importer->read (file, &options, cut, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (debrief_import_batch_get_n_events (cut), <, debrief_import_batch_get_n_events (batch));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/detect", test_detect);
  g_test_add_func ("/import/jsonl-records", test_jsonl_records);
  g_test_add_func ("/import/jsonl-window-and-journal", test_jsonl_window_and_journal);
  g_test_add_func ("/import/apply", test_apply);
  g_test_add_func ("/import/apply-map", test_apply_map);
  g_test_add_func ("/import/apply-take", test_apply_take);
  g_test_add_func ("/import/progress", test_progress);
  return g_test_run ();
}
