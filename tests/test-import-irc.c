/* test-import-irc.c — IRC logs: irssi, WeeChat, ZNC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "debrief-importer.h"
#include "debrief-time.h"

typedef struct {
  int         day, hour, minute, second;
  const char *lane;
  const char *kind;
  const char *text;
  guint       line;
} Expected;

static DebriefImportBatch *
try_read (const char *name,
          const char *zone,
          const char *date,
          GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "irc", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTimeZone) tz = zone ? g_time_zone_new_identifier (zone) : NULL;
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.zone = tz;
  if (date != NULL)
    g_assert_cmpint (sscanf (date, "%d-%d-%d", &options.year, &options.month, &options.day), ==, 3);
  if (!debrief_importer_irc.read (file, &options, batch, error))
    return NULL;
  return g_steal_pointer (&batch);
}

static DebriefImportBatch *
read_fixture (const char *name,
              const char *zone)
{
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = try_read (name, zone, NULL, &error);

  g_assert_no_error (error);
  return batch;
}

/* Every event as expected, on 2026-03-@day, in UTC. */
static void
assert_events (DebriefImportBatch *batch,
               const Expected     *expected,
               guint               n)
{
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);

      g_assert_cmpint (event->start, ==, debrief_time_from_civil (2026, 3, expected[i].day, expected[i].hour,
                                                                  expected[i].minute, expected[i].second, 0));
      g_assert_cmpstr (debrief_import_batch_get_lane (batch, event->lane)->name, ==, expected[i].lane);
      g_assert_cmpint (debrief_import_batch_get_lane (batch, event->lane)->kind, ==, DEBRIEF_LANE_KIND_PARTICIPANT);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpuint (event->source_line, ==, expected[i].line);
      g_assert_cmpstr (event->source_type, ==, "irc");
    }
}

static void
assert_skip (DebriefImportBatch *batch,
             guint               index,
             const char         *location,
             const char         *reason_part)
{
  DebriefImportSkip *skip = g_ptr_array_index (debrief_import_batch_get_skipped (batch), index);

  g_assert_cmpstr (skip->location, ==, location);
  g_assert_nonnull (strstr (skip->reason, reason_part));
}

/* Log opened, Day changed, midnight without it, nick changes, markup. */
static void
test_irssi (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("irssi.log", "Europe/Berlin");
  const Expected expected[] = {
    { 14, 7, 0, 0, "alice", "join", "alice [~alice@10.0.0.1] has joined #incident", 2 },
    { 14, 7, 1, 0, "alice", "chat", "checkout is down, <b>502</b> &amp; rising", 4 },
    { 14, 7, 1, 0, "alice", "chat", "* alice pages the DB on-call", 5 },
    { 14, 7, 2, 0, "bob", "chat", "looking", 6 },
    { 14, 7, 3, 0, "bob", "join", "bob is now known as bob_db", 7 },
    { 14, 7, 4, 0, "bob", "chat", "replica lag 40s", 8 },
    { 14, 7, 5, 0, "alice", "join", "mode/#incident [+o bob_db] by alice", 9 },
    { 14, 7, 6, 0, "alice", "chat", "alice changed the topic of #incident to: SEV1 checkout", 10 },
    { 14, 22, 59, 0, "alice", "chat", "still on it", 12 },
    { 14, 23, 1, 0, "alice", "chat", "a new day, said by irssi", 14 },
    { 15, 22, 58, 0, "bob", "chat", "late", 15 },
    { 15, 23, 3, 0, "alice", "chat", "past midnight, no Day changed", 16 },
    { 16, 7, 0, 0, "carol", "join", "carol [~c@h] has quit [Ping timeout]", 17 },
  };

  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 1);
  assert_skip (batch, 0, "irssi.log:11", "expected a time");
  g_assert_cmpuint (debrief_import_batch_get_n_lanes (batch), ==, 3);
}

static void
test_weechat (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("weechat.log", NULL);
  const Expected expected[] = {
    { 14, 9, 2, 11, "alice", "join", "alice (~alice@10.0.0.1) has joined #incident", 1 },
    { 14, 9, 2, 12, "alice", "chat", "DB failover started", 2 },
    { 14, 9, 2, 13, "alice", "chat", "* alice restarts pgbouncer", 3 },
    { 14, 9, 2, 14, "alice", "join", "alice is now known as alice_ic", 4 },
    { 14, 9, 2, 15, "alice", "chat", "bold and red text", 5 },
    { 14, 9, 2, 16, "bob", "join", "bob (~bob@h) has quit (Quit: bye)", 6 },
    { 15, 0, 0, 1, "bob", "chat", "next day, from WeeChat itself", 9 },
  };

  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 3);
  assert_skip (batch, 0, "weechat.log:7", "status line");
  assert_skip (batch, 1, "weechat.log:8", "client");
  assert_skip (batch, 2, "weechat.log:10", "cannot be");
}

/* The date from the name; midnight; a little back is the same day. */
static void
test_znc (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("#incident_20260314.log", NULL);
  const Expected expected[] = {
    { 14, 9, 2, 11, "alice", "join", "Joins: alice (alice@10.0.0.1)", 1 },
    { 14, 9, 2, 12, "alice", "chat", "is the DB back?", 2 },
    { 14, 9, 2, 13, "bob", "chat", "* bob checks", 3 },
    { 14, 9, 2, 14, "NickServ", "chat", "you are now identified", 4 },
    { 14, 9, 2, 15, "bob", "join", "bob is now known as bob_away", 5 },
    { 14, 9, 2, 16, "bob", "join", "Quits: bob_away (bob@h) (Ping timeout)", 6 },
    { 14, 9, 2, 17, "alice", "join", "alice sets mode: +o bob", 7 },
    { 14, 9, 2, 18, "alice", "chat", "alice changes topic to 'SEV1'", 8 },
    { 14, 23, 59, 59, "alice", "chat", "almost midnight", 9 },
    { 15, 0, 0, 30, "alice", "chat", "midnight roll-over", 10 },
    { 15, 0, 0, 10, "alice", "chat", "a little back: the same day", 11 },
  };

  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 0);
}

static void
test_date_from_name (void)
{
  const char *names[] = { "2026-03-14.log", "#ops.2026-03-14.log" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(DebriefImportBatch) batch = read_fixture (names[i], NULL);

      g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 1);
      g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->start / DEBRIEF_USEC_PER_MIN, ==,
                       debrief_time_from_civil (2026, 3, 14, 9, 2, 0, 0) / DEBRIEF_USEC_PER_MIN);
    }
}

/* No date anywhere: an error that says to give one; given, it is used. */
static void
test_no_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefImportBatch) failed = try_read ("nodate.log", NULL, NULL, &error);
  g_autoptr(DebriefImportBatch) dated = NULL;

  g_assert_null (failed);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE);
  g_assert_nonnull (strstr (error->message, "nodate.log:1"));
  g_assert_nonnull (strstr (error->message, "give the date"));
  g_clear_error (&error);

  dated = try_read ("nodate.log", "Europe/Berlin", "2026-03-14", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (debrief_import_batch_get_n_events (dated), ==, 2);
  g_assert_cmpint (debrief_import_batch_get_event (dated, 1)->start, ==,
                   debrief_time_from_civil (2026, 3, 14, 8, 3, 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-irc/irssi", test_irssi);
  g_test_add_func ("/import-irc/weechat", test_weechat);
  g_test_add_func ("/import-irc/znc", test_znc);
  g_test_add_func ("/import-irc/date-from-name", test_date_from_name);
  g_test_add_func ("/import-irc/no-date", test_no_date);
  return g_test_run ();
}
