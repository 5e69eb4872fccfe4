/* test-import-journal.c — journald's export format (journalctl -o export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "import-fixtures.h"

typedef struct {
  gint64      start;
  const char *lane;
  const char *kind;
  const char *text;
  const char *priority;
  const char *host;
  guint       line;
} Expected;

static void
test_entries (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_journal_export, "journal", "system.export", NULL);
  const Expected expected[] = {
    { UTC (9, 2, 11, 0), "ssh.service", "log", "Accepted publickey for alice", "info", "host:web-1", 1 },
    { UTC (9, 2, 12, 0), "kernel", "log", "line one\nline two = with equals", "error", "host:web-1", 10 },
    { UTC (9, 2, 13, 0), "db-1", "alert", "bad \xef\xbf\xbd byte", "alert", "host:db-1", 19 },
    { UTC (9, 2, 16, 0), "system.export", "log", "no lane fields", "debug", NULL, 35 },
  };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, DEBRIEF_LANE_KIND_COMPONENT);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_true (event_has_tag (event, expected[i].priority));
      g_assert_true (expected[i].host == NULL || event_has_tag (event, expected[i].host));
      g_assert_cmpuint (event->source_line, ==, expected[i].line);
      g_assert_cmpstr (event->source_ref, ==, "system.export");
    }
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 3);
  assert_skip (batch, 0, "system.export:27", "__REALTIME_TIMESTAMP");
  assert_skip (batch, 1, "system.export:31", "MESSAGE");
  assert_skip (batch, 2, "system.export:41", "past the end");
}

static void
test_window (void)
{
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.from = UTC (9, 2, 12, 0);
  options.to = UTC (9, 2, 13, 0);
  batch = fixture_read (&debrief_importer_journal_export, "journal", "system.export", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 2);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (batch), ==, 2);
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("journal", "system.export") == &debrief_importer_journal_export);
  g_assert_true (debrief_importer_lookup ("journal-export") == &debrief_importer_journal_export);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/journal-export/entries", test_entries);
  g_test_add_func ("/import/journal-export/window", test_window);
  g_test_add_func ("/import/journal-export/detect", test_detect);
  return g_test_run ();
}
