/* test-import-syslog.c — syslog: RFC 5424, RFC 3164, rsyslog's forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "debrief-importer.h"
#include "debrief-time.h"

static GFile *
fixture (const char *directory,
         const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", directory, name, NULL);

  return g_file_new_for_path (path);
}

static DebriefImportBatch *
read_file (GFile      *file,
           const char *zone,
           int         year,
           gint64      from)
{
  g_autoptr(GTimeZone) tz = zone ? g_time_zone_new_identifier (zone) : NULL;
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = debrief_import_batch_new ();
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.zone = tz;
  options.year = year;
  options.from = from;
  g_assert_true (debrief_importer_syslog.read (file, &options, batch, &error));
  g_assert_no_error (error);
  return batch;
}

static DebriefImportBatch *
read_fixture (const char *name,
              const char *zone,
              int         year)
{
  g_autoptr(GFile) file = fixture ("syslog", name);

  return read_file (file, zone, year, DEBRIEF_TIME_NONE);
}

static const char *
lane_name (DebriefImportBatch *batch,
           guint               event)
{
  return debrief_import_batch_get_lane (batch, debrief_import_batch_get_event (batch, event)->lane)->name;
}

static void
assert_skips (DebriefImportBatch *batch,
              const char * const *locations,
              guint               n)
{
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);

  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (((DebriefImportSkip *) g_ptr_array_index (skipped, i))->location, ==, locations[i]);
}

/* Each fixture is syslog, and no other format takes it; syslog takes no
 * other format's fixture. */
static void
test_detect (void)
{
  const char *syslog[] = { "rfc5424.log", "bsd.log", "dst.log", "precise.log" };
  const char *irc[] = { "irssi.log", "weechat.log", "#incident_20260314.log", "2026-03-14.log", "nodate.log" };
  const char *jsonl[] = { "app.jsonl", "journal.json" };

  for (guint i = 0; i < G_N_ELEMENTS (syslog); i++)
    {
      g_autoptr(GFile) file = fixture ("syslog", syslog[i]);

      g_assert_true (debrief_importer_detect (file, NULL) == &debrief_importer_syslog);
    }
  for (guint i = 0; i < G_N_ELEMENTS (irc); i++)
    {
      g_autoptr(GFile) file = fixture ("irc", irc[i]);

      g_assert_true (debrief_importer_detect (file, NULL) == &debrief_importer_irc);
    }
  for (guint i = 0; i < G_N_ELEMENTS (jsonl); i++)
    {
      g_autoptr(GFile) file = fixture ("jsonl", jsonl[i]);

      g_assert_true (debrief_importer_detect (file, NULL) == &debrief_importer_jsonl);
    }
  g_assert_true (debrief_importer_lookup ("syslog") == &debrief_importer_syslog);
}

/* PRI, version, NILVALUE, structured data, a BOM, continuation lines. */
static void
test_rfc5424 (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("rfc5424.log", NULL, 0);
  const char *skips[] = { "rfc5424.log:5", "rfc5424.log:6", "rfc5424.log:7" };
  const DebriefEventSpec *event;

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 6);
  event = debrief_import_batch_get_event (batch, 0);
  g_assert_cmpint (event->start, ==, debrief_time_from_civil (2026, 3, 14, 9, 2, 11, 3000));
  g_assert_cmpstr (event->text, ==, "replication lag 12s");
  g_assert_cmpstr (event->kind, ==, "log");
  g_assert_cmpstr (event->tags[0], ==, "notice");
  g_assert_cmpstr (event->source_type, ==, "log");
  g_assert_cmpstr (event->source_ref, ==, "rfc5424.log");
  g_assert_cmpuint (event->source_line, ==, 1);
  g_assert_cmpstr (lane_name (batch, 0), ==, "db-1 postgres");

  event = debrief_import_batch_get_event (batch, 1);
  g_assert_cmpint (event->start, ==, debrief_time_from_civil (2026, 3, 14, 9, 2, 12, 123456));
  g_assert_cmpstr (event->text, ==, "upstream timed out <b>502</b> &amp; retry");
  g_assert_cmpstr (event->tags[0], ==, "error");
  g_assert_cmpstr (event->kind, ==, "log");

  event = debrief_import_batch_get_event (batch, 2);
  g_assert_cmpstr (event->text, ==, "disk full");
  g_assert_cmpstr (event->kind, ==, "alert");
  g_assert_cmpstr (lane_name (batch, 2), ==, "web-1 nginx");

  g_assert_null (debrief_import_batch_get_event (batch, 3)->tags);
  g_assert_cmpstr (lane_name (batch, 3), ==, "lb-1 haproxy");
  /* Neither host nor app: the file's lane. */
  g_assert_cmpstr (lane_name (batch, 4), ==, "rfc5424.log");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 5)->text, ==,
                   "first line of a multi-line message\n    continued line\n\ttab continued");
  assert_skips (batch, skips, G_N_ELEMENTS (skips));
}

/* /var/log/syslog: no year, no zone; Dec → Jan is the next year. */
static void
test_bsd (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("bsd.log", "Europe/Berlin", 2025);
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);
  const char *skips[] = { "bsd.log:1", "bsd.log:7", "bsd.log:9" };
  const char *lanes[] = { "web-1 systemd", "web-1 CRON", "web-1 kernel", "web-1", "web-1 su", "web-1 java", "web-1 app" };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (lanes));
  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    g_assert_cmpstr (lane_name (batch, i), ==, lanes[i]);
  g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->start, ==,
                   debrief_time_from_civil (2025, 12, 31, 22, 59, 58, 0));
  g_assert_cmpint (debrief_import_batch_get_event (batch, 2)->start, ==,
                   debrief_time_from_civil (2025, 12, 31, 23, 0, 1, 0));
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 3)->text, ==, "-- MARK --");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 4)->tags[0], ==, "critical");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 4)->kind, ==, "log");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 5)->text, ==,
                   "Exception in thread \"main\"\n\tat Foo.bar(Foo.java:1)");
  g_assert_cmpint (debrief_import_batch_get_event (batch, 6)->start, ==,
                   debrief_time_from_civil (2025, 12, 31, 23, 0, 6, 250000));
  assert_skips (batch, skips, G_N_ELEMENTS (skips));
  g_assert_nonnull (strstr (((DebriefImportSkip *) g_ptr_array_index (skipped, 0))->reason, "continuation"));
  g_assert_nonnull (strstr (((DebriefImportSkip *) g_ptr_array_index (skipped, 1))->reason, "Mar 14 09:02:11"));
}

/* Without --year: the file's modification year, or the year before when
 * the log begins in a later month than the file was last written. */
static void
test_bsd_year_from_file (void)
{
  g_autoptr(GFile) original = fixture ("syslog", "bsd.log");
  g_autofree char *directory = g_dir_make_tmp ("debrief-syslog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "syslog.1", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(DebriefImportBatch) batch = NULL;
  guint64 modified = (guint64) (debrief_time_from_civil (2026, 1, 2, 6, 25, 0, 0) / DEBRIEF_USEC_PER_SEC);

  g_assert_true (g_file_copy (original, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  g_assert_true (g_file_set_attribute_uint64 (copy, G_FILE_ATTRIBUTE_TIME_MODIFIED, modified,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
  batch = read_file (copy, NULL, 0, DEBRIEF_TIME_NONE);
  g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->start, ==,
                   debrief_time_from_civil (2025, 12, 31, 23, 59, 58, 0));
  g_assert_cmpint (debrief_import_batch_get_event (batch, 2)->start, ==,
                   debrief_time_from_civil (2026, 1, 1, 0, 0, 1, 0));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* Berlin's clocks go back at 03:00 on 25 October 2026: 02:00–02:59 twice. */
static void
test_dst (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("dst.log", "Europe/Berlin", 2026);
  const gint64 expected[] = {
    debrief_time_from_civil (2026, 10, 24, 23, 59, 0, 0),
    debrief_time_from_civil (2026, 10, 25, 0, 10, 0, 0),
    debrief_time_from_civil (2026, 10, 25, 0, 9, 59, 0),
    debrief_time_from_civil (2026, 10, 25, 0, 59, 59, 0),
    debrief_time_from_civil (2026, 10, 25, 1, 0, 0, 0),
    debrief_time_from_civil (2026, 10, 25, 1, 10, 0, 0),
    debrief_time_from_civil (2026, 10, 25, 2, 0, 0, 0),
  };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (debrief_import_batch_get_event (batch, i)->start, ==, expected[i]);
}

/* rsyslog's high-precision form; RFC 5424 without PRI or version. */
static void
test_precise_and_window (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("precise.log", "Europe/Berlin", 0);
  g_autoptr(GFile) file = fixture ("syslog", "precise.log");
  g_autoptr(DebriefImportBatch) windowed = read_file (file, "Europe/Berlin", 0,
                                                      debrief_time_from_civil (2026, 3, 14, 8, 2, 13, 0));

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 5);
  g_assert_cmpint (debrief_import_batch_get_event (batch, 0)->start, ==,
                   debrief_time_from_civil (2026, 3, 14, 8, 2, 11, 123456));
  g_assert_cmpint (debrief_import_batch_get_event (batch, 1)->start, ==,
                   debrief_time_from_civil (2026, 3, 14, 8, 2, 12, 500000));
  g_assert_cmpint (debrief_import_batch_get_event (batch, 2)->start, ==,
                   debrief_time_from_civil (2026, 3, 14, 8, 2, 13, 0));
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 2)->text, ==, "no offset: in the zone given");
  g_assert_cmpstr (lane_name (batch, 0), ==, "web-1 nginx");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 3)->tags[0], ==, "notice");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 4)->text, ==, "RFC 5424 without PRI or version");
  g_assert_cmpstr (lane_name (batch, 4), ==, "web-1 app");

  g_assert_cmpuint (debrief_import_batch_get_n_events (windowed), ==, 3);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (windowed), ==, 2);
}

static void
test_cancelled (void)
{
  g_autoptr(GFile) file = fixture ("syslog", "bsd.log");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(GError) error = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.cancellable = cancellable;
  g_cancellable_cancel (cancellable);
  g_assert_false (debrief_importer_syslog.read (file, &options, batch, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import-syslog/detect", test_detect);
  g_test_add_func ("/import-syslog/rfc5424", test_rfc5424);
  g_test_add_func ("/import-syslog/bsd", test_bsd);
  g_test_add_func ("/import-syslog/bsd-year-from-file", test_bsd_year_from_file);
  g_test_add_func ("/import-syslog/dst", test_dst);
  g_test_add_func ("/import-syslog/precise-and-window", test_precise_and_window);
  g_test_add_func ("/import-syslog/cancelled", test_cancelled);
  return g_test_run ();
}
