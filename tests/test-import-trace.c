/* test-import-trace.c — Chrome trace event JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "import-fixtures.h"

typedef struct {
  gint64      start, end;
  const char *lane;
  const char *kind;
  const char *text;
  const char *ref;
} Expected;

#define MS 1000

static void
test_events (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_chrome_trace, "trace", "rendering.json", NULL);
  /* The capture time in otherData is 09:00:00; the first event (ts 1 s) is put there. */
  const Expected expected[] = {
    { UTC (9, 0, 0, 100 * MS), UTC (9, 0, 0, 300 * MS), "Browser / CrBrowserMain", "trace", "Parse <html>", "rendering.json traceEvents[4]" },
    { UTC (9, 0, 0, 0), UTC (9, 0, 0, 500 * MS), "Browser / CrBrowserMain", "trace", "Navigate", "rendering.json traceEvents[3]" },
    { UTC (9, 0, 0, 600 * MS), UTC (9, 0, 0, 650 * MS), "Process 2 / Compositor", "trace", "Draw", "rendering.json traceEvents[7]" },
    { UTC (9, 0, 0, 700 * MS), DEBRIEF_TIME_NONE, "Process 2 / Compositor", "trace", "Jank", "rendering.json traceEvents[9]" },
    { UTC (9, 0, 0, 800 * MS), DEBRIEF_TIME_NONE, "Process 2", "metric", "Memory: used 12.5, total 40", "rendering.json traceEvents[10]" },
  };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpint (event->end, ==, expected[i].end);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, DEBRIEF_LANE_KIND_COMPONENT);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpstr (event->source_type, ==, "trace");
      g_assert_cmpstr (event->source_ref, ==, expected[i].ref);
    }
  g_assert_true (event_has_tag (debrief_import_batch_get_event (batch, 0), "blink"));

  /* The flow runs from the innermost slice around its start (Parse, not
   * Navigate) to the slice around its end (Draw). */
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 1);
  g_assert_cmpstr (event_link (batch, 2), ==, "rendering.json traceEvents[4]");

  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 6);
  assert_skip (batch, 0, "rendering.json: traceEvents[11]", "no B (begin)");
  assert_skip (batch, 1, "rendering.json: traceEvents[13]", "expected ts");
  assert_skip (batch, 2, "rendering.json: traceEvents[14]", "(Q)");
  assert_skip (batch, 3, "rendering.json: traceEvents[16]", "numbers");
  assert_skip (batch, 4, "rendering.json: traceEvents[12]", "no E (end)");
  assert_skip (batch, 5, "rendering.json: traceEvents[15]", "no slice around it");
}

static void
test_needs_anchor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefImportBatch) batch = NULL;
  g_autoptr(DebriefImportBatch) dated = NULL;
  g_autoptr(DebriefImportBatch) anchored = NULL;
  DebriefImportOptions options;

  /* A bare array cut short (no "]", a trailing comma) and no capture time. */
  batch = fixture_try_read (&debrief_importer_chrome_trace, "trace", "cut-short.json", NULL, &error);
  g_assert_null (batch);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE);
  g_assert_nonnull (strstr (error->message, "give the date and time it started"));

  debrief_import_options_init (&options);
  options.year = 2026, options.month = 3, options.day = 14;
  dated = fixture_read (&debrief_importer_chrome_trace, "trace", "cut-short.json", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (dated), ==, 2);
  g_assert_cmpint (debrief_import_batch_get_event (dated, 0)->start, ==, UTC (0, 0, 0, 0));
  g_assert_cmpint (debrief_import_batch_get_event (dated, 1)->start, ==, UTC (0, 0, 0, 10));
  g_assert_cmpint (debrief_import_batch_get_event (dated, 1)->end, ==, UTC (0, 0, 0, 15));

  options.anchor = UTC (9, 30, 0, 0);
  anchored = fixture_read (&debrief_importer_chrome_trace, "trace", "cut-short.json", &options);
  g_assert_cmpint (debrief_import_batch_get_event (anchored, 0)->start, ==, UTC (9, 30, 0, 0));
  g_assert_cmpstr (debrief_import_batch_get_event (anchored, 0)->source_ref, ==, "cut-short.json [0]");
}

static void
test_absolute (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_chrome_trace, "trace", "absolute.json", NULL);

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 1);
  g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->start, ==, UTC (9, 2, 11, 0));
  g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->end, ==, UTC (9, 3, 11, 0));
}

/* Slices that start together: a flow leaves the inner one. */
static void
test_nested_flow (void)
{
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.anchor = UTC (9, 0, 0, 0);
  batch = fixture_read (&debrief_importer_chrome_trace, "trace", "nested-flow.json", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 3);
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->text, ==, "Inner");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 2)->text, ==, "Later");
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 1);
  g_assert_cmpstr (event_link (batch, 2), ==, "nested-flow.json traceEvents[1]");
}

/* An empty file is an error, for every JSON format, not a crash. */
static void
test_empty (void)
{
  const DebriefImporter *importers[] = {
    &debrief_importer_chrome_trace, &debrief_importer_teams, &debrief_importer_discord,
  };

  for (guint i = 0; i < G_N_ELEMENTS (importers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DebriefImportBatch) batch = fixture_try_read (importers[i], "trace", "empty.json", NULL, &error);

      g_assert_null (batch);
      g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING);
      g_assert_nonnull (strstr (error->message, "empty.json: empty"));
    }
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("trace", "rendering.json") == &debrief_importer_chrome_trace);
  g_assert_true (fixture_detect ("trace", "cut-short.json") == &debrief_importer_chrome_trace);
  g_assert_true (debrief_importer_lookup ("chrome-trace") == &debrief_importer_chrome_trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/trace/events", test_events);
  g_test_add_func ("/import/trace/needs-anchor", test_needs_anchor);
  g_test_add_func ("/import/trace/absolute", test_absolute);
  g_test_add_func ("/import/trace/nested-flow", test_nested_flow);
  g_test_add_func ("/import/trace/empty", test_empty);
  g_test_add_func ("/import/trace/detect", test_detect);
  return g_test_run ();
}
