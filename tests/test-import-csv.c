/* test-import-csv.c — tables with a header row: CSV, semicolons, tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-import-csv-reader.h"
#include "import-fixtures.h"

typedef struct {
  gint64           start;
  const char      *lane;
  DebriefLaneKind  lane_kind;
  const char      *kind;
  const char      *text;
  guint            line;
} Expected;

static void
assert_events (DebriefImportBatch *batch,
               const Expected     *expected,
               guint               n)
{
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, expected[i].lane_kind);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpuint (event->source_line, ==, expected[i].line);
      g_assert_cmpstr (event->source_type, ==, "csv");
    }
}

/* Guessed columns, quotes across lines, BOM, epoch times by size, a zone. */
static void
test_chat (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;
  const Expected expected[] = {
    { UTC (9, 2, 11, 0), "alice", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "checkout is down, 502s", 2 },
    { UTC (9, 3, 0, 0), "bob", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "multi\nline \"quoted\" text", 3 },
    { UTC (9, 4, 11, 0), "carol", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "epoch seconds", 5 },
    { UTC (9, 5, 11, 500000), "carol", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "epoch ms", 6 },
    { UTC (9, 6, 11, 250000), "dave", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "fractional seconds", 7 },
    { UTC (9, 9, 0, 0), "chat.csv", DEBRIEF_LANE_KIND_COMPONENT, "chat", "no author", 11 },
  };

  debrief_import_options_init (&options);
  options.zone = berlin;
  batch = fixture_read (&debrief_importer_csv, "csv", "chat.csv", &options);
  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 3);
  assert_skip (batch, 0, "chat.csv:9", "column “Timestamp”");
  assert_skip (batch, 1, "chat.csv:10", "expected 4 fields");
  assert_skip (batch, 2, "chat.csv:12", "not closed");
}

/* Semicolons and CRLF; levels as kinds; the columns named by the person. */
static void
test_semicolon_columns (void)
{
  const char *columns[] = { "text=What", "lane= host", NULL };
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;
  const Expected expected[] = {
    { UTC (9, 0, 0, 0), "web-1", DEBRIEF_LANE_KIND_COMPONENT, "log", "db timeout", 3 },
    { UTC (9, 0, 1, 0), "web-1", DEBRIEF_LANE_KIND_COMPONENT, "log", "slow", 4 },
    { UTC (9, 0, 2, 0), "web-2", DEBRIEF_LANE_KIND_COMPONENT, "deploy", "v2.3 out", 5 },
    { UTC (9, 0, 3, 0), "web-1", DEBRIEF_LANE_KIND_COMPONENT, "alert", "all down", 6 },
    { UTC (9, 0, 4, 0), "web-1", DEBRIEF_LANE_KIND_COMPONENT, "log", "no level", 7 },
  };

  debrief_import_options_init (&options);
  options.columns = columns;
  batch = fixture_read (&debrief_importer_csv, "csv", "semicolon.csv", &options);
  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_true (event_has_tag (debrief_import_batch_get_event (batch, 0), "error"));
  g_assert_true (event_has_tag (debrief_import_batch_get_event (batch, 1), "warning"));
  g_assert_null (debrief_import_batch_get_event (batch, 2)->tags);
  g_assert_true (event_has_tag (debrief_import_batch_get_event (batch, 3), "emergency"));
  assert_skip (batch, 0, "semicolon.csv:2", "column “When”");
}

/* Without a text column, the columns left over are the text. */
static void
test_remaining_text (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_csv, "csv", "semicolon.csv", NULL);
  const DebriefEventSpec *event = debrief_import_batch_get_event (batch, 0);
  DebriefLaneKind kind;

  g_assert_cmpstr (event->text, ==, "What: db timeout\nHost: web-1");
  g_assert_cmpstr (event_lane (batch, event, &kind), ==, "api");
  g_assert_cmpint (kind, ==, DEBRIEF_LANE_KIND_PARTICIPANT);
}

/* Debrief's own CSV export reads back: start and end make spans, the lane
 * ids find the review's lanes, the kinds stay. */
static void
test_debrief_export (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_csv, "csv", "debrief-export.csv", NULL);
  const DebriefEventSpec *span, *instant;

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 2);
  span = debrief_import_batch_get_event (batch, 0);
  instant = debrief_import_batch_get_event (batch, 1);
  g_assert_cmpint (span->start, ==, UTC (7, 58, 0, 0));
  g_assert_cmpint (span->end, ==, UTC (8, 24, 12, 0));
  g_assert_cmpstr (span->kind, ==, "observation");
  g_assert_cmpstr (span->text, ==, "VACUUM (ANALYZE) public.orders, then REINDEX");
  g_assert_cmpstr (event_lane (batch, span, NULL), ==, "orders-db");
  g_assert_cmpint (instant->end, ==, DEBRIEF_TIME_NONE);
  g_assert_cmpstr (instant->text, ==, "LOG:  starting \"weekly\" job");
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 2);
  assert_skip (batch, 0, "debrief-export.csv:4", "before the start");
  assert_skip (batch, 1, "debrief-export.csv:5", "column “end”");
}

static void
test_column_errors (void)
{
  const char *bad_field[] = { "colour=Zeit", NULL };
  const char *missing[] = { "time=Nope", NULL };
  const char *good[] = { "time=zeit", "lane=Quelle", "text=Notiz", NULL };
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;
  GError *error = NULL;

  debrief_import_options_init (&options);
  g_assert_null (fixture_try_read (&debrief_importer_csv, "csv", "german-headers.csv", &options, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION);
  g_assert_nonnull (strstr (error->message, "--column time=HEADER (the header has: Zeit, Quelle, Notiz)"));
  g_clear_error (&error);

  options.columns = bad_field;
  g_assert_null (fixture_try_read (&debrief_importer_csv, "csv", "german-headers.csv", &options, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION);
  g_assert_nonnull (strstr (error->message, "--column colour=Zeit: expected FIELD=HEADER, FIELD one of time, end"));
  g_clear_error (&error);

  options.columns = missing;
  g_assert_null (fixture_try_read (&debrief_importer_csv, "csv", "german-headers.csv", &options, &error));
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION);
  g_assert_nonnull (strstr (error->message, "no column “Nope”"));
  g_clear_error (&error);

  options.columns = good;
  batch = fixture_read (&debrief_importer_csv, "csv", "german-headers.csv", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 1);
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->text, ==, "eins");
  g_assert_cmpstr (event_lane (batch, debrief_import_batch_get_event (batch, 0), NULL), ==, "web-1");
}

static void
assert_record (DebriefCsvReader   *reader,
               guint               line,
               const char * const *fields)
{
  guint at = 0;

  g_assert_cmpint (debrief_csv_reader_next (reader, &at), ==, DEBRIEF_CSV_RECORD);
  g_assert_cmpuint (at, ==, line);
  g_assert_cmpuint (reader->fields->len, ==, g_strv_length ((char **) fields));
  for (guint i = 0; fields[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (reader->fields, i), ==, fields[i]);
}

static void
test_reader (void)
{
  const char text[] = "a\tb\tc\r\n\"x\ty\"\t\"\"\t\"say \"\"hi\"\"\r\nnext\"\r\n1\t2\n\"open";
  DebriefCsvReader reader;
  guint line = 0;

  debrief_csv_reader_init (&reader, text, strlen (text));
  g_assert_cmpint (reader.delimiter, ==, '\t');
  assert_record (&reader, 1, (const char *[]) { "a", "b", "c", NULL });
  assert_record (&reader, 2, (const char *[]) { "x\ty", "", "say \"hi\"\r\nnext", NULL });
  assert_record (&reader, 4, (const char *[]) { "1", "2", NULL });
  g_assert_cmpint (debrief_csv_reader_next (&reader, &line), ==, DEBRIEF_CSV_UNCLOSED);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpint (debrief_csv_reader_next (&reader, &line), ==, DEBRIEF_CSV_END);
  debrief_csv_reader_clear (&reader);

  g_assert_cmpint (debrief_csv_guess_delimiter ("a;b;\"c,d,e\"", 11), ==, ';');
  g_assert_cmpint (debrief_csv_guess_delimiter ("a,b", 3), ==, ',');
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("csv", "chat.csv") == &debrief_importer_csv);
  g_assert_true (fixture_detect ("csv", "semicolon.csv") == &debrief_importer_csv);
}

/* Every format's fixtures are detected as that format: the newer ones
 * take nothing from the older (a log line with a comma is not a table). */
static void
test_detect_all (void)
{
  const struct {
    const char            *dir, *name;
    const DebriefImporter *importer;
  } fixtures[] = {
    { "syslog", "bsd.log", &debrief_importer_syslog },
    { "syslog", "rfc5424.log", &debrief_importer_syslog },
    { "syslog", "precise.log", &debrief_importer_syslog },
    { "irc", "irssi.log", &debrief_importer_irc },
    { "irc", "weechat.log", &debrief_importer_irc },
    { "jsonl", "app.jsonl", &debrief_importer_jsonl },
    { "jsonl", "journal.json", &debrief_importer_jsonl },
    { "slack", "export", &debrief_importer_slack },
    { "mattermost", "export.jsonl", &debrief_importer_mattermost },
    { "discord", "incident.json", &debrief_importer_discord },
    { "teams", "chat-page.json", &debrief_importer_teams },
    { "csv", "chat.csv", &debrief_importer_csv },
    { "trace", "rendering.json", &debrief_importer_chrome_trace },
    { "trace", "absolute.json", &debrief_importer_chrome_trace },
    { "journal", "system.export", &debrief_importer_journal_export },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      const DebriefImporter *found = fixture_detect (fixtures[i].dir, fixtures[i].name);

      if (found != fixtures[i].importer)
        g_error ("%s/%s: detected as %s, expected %s", fixtures[i].dir, fixtures[i].name,
                 found ? found->name : "nothing", fixtures[i].importer->name);
    }
}

static void
test_sniff (void)
{
  g_autoptr(GFile) log = g_file_new_for_path ("app.log");
  g_autoptr(GFile) table = g_file_new_for_path ("export.txt");
  const char line[] = "Mar 14 09:02:11 web-1 app: timeout, retry\n";
  const char header[] = "\"Time\";\"Message\"\r\n2026-03-14T09:00:00Z;x\r\n";

  g_assert_cmpuint (debrief_importer_csv.sniff (log, line, strlen (line)), ==, 0);
  g_assert_cmpuint (debrief_importer_csv.sniff (table, header, strlen (header)), >=, 50);
  g_assert_cmpuint (debrief_importer_csv.sniff (table, "", 0), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/csv/chat", test_chat);
  g_test_add_func ("/import/csv/semicolon-columns", test_semicolon_columns);
  g_test_add_func ("/import/csv/remaining-text", test_remaining_text);
  g_test_add_func ("/import/csv/debrief-export", test_debrief_export);
  g_test_add_func ("/import/csv/column-errors", test_column_errors);
  g_test_add_func ("/import/csv/reader", test_reader);
  g_test_add_func ("/import/csv/detect", test_detect);
  g_test_add_func ("/import/csv/detect-all", test_detect_all);
  g_test_add_func ("/import/csv/sniff", test_sniff);
  return g_test_run ();
}
