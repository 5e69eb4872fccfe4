/* bench-import.c — how fast logs and chat exports are read, and what memory it takes
 *
 * Writes logs of 100k and 1M lines into a temporary directory (syslog in
 * rsyslog's file form, 12 hosts × 5 apps; JSON lines with a time, level,
 * service and message) and a zipped Slack export of 50k messages (6
 * channels × 10 days, 40 people, one in eight a thread reply), reads each
 * with its importer into a batch and applies it to a new review, as
 * `debrief import` does. For each it reports:
 *   read   records per second of the importer's read alone, by the clock
 *          and by this thread's CPU time (the machine is shared: the CPU
 *          figure is the one to compare with the goals when it is busy);
 *   import records per second of read + apply (the whole import), alike;
 *   peak   the rise of peak RSS over the import (VmHWM, reset through
 *          /proc/self/clear_refs; from VmRSS just before, after
 *          malloc_trim): batch, review and, for logs, the mapped file's
 *          pages all count; in brackets the peak by the end of the read;
 *   model  what the review and its history hold once the batch is gone:
 *          the RSS the process gives back when they are freed (both
 *          measured after malloc_trim), so allocator leftovers from the
 *          read are not counted as model;
 *   ratio  peak / model. Goals (issue 6, on a 2-core machine): ≥ 500k
 *          syslog lines/s, ≥ 150k JSON lines/s, peak ≤ 2 × model.
 *
 * Not a test: run it by hand, `_build/tests/bench-import [--max 1000000]
 * [--only syslog|jsonl|slack]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "debrief-import-apply.h"
#include "debrief-importer.h"
#include "debrief-time.h"
#include "slack-zip.h"

#define SLACK_MESSAGES 50000
#define SLACK_PEOPLE 40
#define SLACK_CHANNELS 6
#define SLACK_DAYS 10

static const char * const apps[] = { "postgres", "nginx", "checkout", "kernel", "systemd" };
static const char * const words[] = {
  "replication", "lag", "checkout", "timeout", "retry", "connection", "pool", "latency",
  "p99", "vacuum", "index", "deploy", "rollback", "health", "check", "failed", "upstream",
};
static const char * const levels[] = { "info", "warn", "error", "debug" };

static long
read_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line ? strtol (line + strlen (field) + 1, NULL, 10) : -1;
}

static void
append_words (GString *out,
              GRand   *rand)
{
  for (int i = 0, n = g_rand_int_range (rand, 4, 12); i < n; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
}

/* One line every 10 ms from 2026-03-14 00:00 UTC. */
static void
write_log (const char *path,
           guint       n,
           gboolean    json)
{
  FILE *file = fopen (path, "w");
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autoptr(GString) line = g_string_new (NULL);
  gint64 start = debrief_time_from_civil (2026, 3, 14, 0, 0, 0, 0);

  g_assert (file != NULL);
  for (guint i = 0; i < n; i++)
    {
      gint64 time = start + i * 10 * DEBRIEF_USEC_PER_MSEC;
      int year, month, day, hour, minute, second, usec;
      guint host = g_rand_int_range (rand, 1, 13), app = g_rand_int_range (rand, 0, G_N_ELEMENTS (apps));

      debrief_time_to_civil (time, &year, &month, &day, &hour, &minute, &second, &usec);
      g_string_truncate (line, 0);
      if (json)
        g_string_append_printf (line, "{\"timestamp\": \"2026-03-%02dT%02d:%02d:%02d.%06dZ\", \"level\": \"%s\", "
                                "\"service\": \"%s\", \"message\": \"", day, hour, minute, second, usec,
                                levels[i % G_N_ELEMENTS (levels)], apps[app]);
      else
        g_string_append_printf (line, "Mar %2d %02d:%02d:%02d web-%u %s[%u]: ", day, hour, minute, second,
                                host, apps[app], 1000 + host);
      append_words (line, rand);
      g_string_append (line, json ? "\"}\n" : "\n");
      fwrite (line->str, 1, line->len, file);
    }
  fclose (file);
}

/* VmHWM starts again from the current RSS. (g_file_set_contents() cannot
 * do this: it writes a temporary file beside it and renames it.) */
static void
reset_peak (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");

  if (file == NULL || fputs ("5", file) < 0 || fclose (file) != 0)
    g_error ("cannot reset VmHWM through /proc/self/clear_refs");
}

/* CPU time of this thread, µs: other helpers share the 2 cores, so wall
 * time alone says more about their load than about the importer. */
static gint64
cpu_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static long
rss_after_trim (void)
{
  malloc_trim (0);
  return read_status_kib ("VmRSS:");
}

/* Reads @path with @importer into a new review, and reports as the top says. */
static void
bench (const DebriefImporter *importer,
       const char            *path,
       guint                  n)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  DebriefImportBatch *batch = debrief_import_batch_new ();
  DebriefReview *review = debrief_review_new ();
  DebriefHistory *history = debrief_history_new ();
  DebriefImportOptions options;
  DebriefImportSummary summary;
  GStatBuf st;
  gint64 began, read_took, all_took, cpu_began, read_cpu, all_cpu;
  long before, peak, with_model, without_model;
  guint skipped;
  long read_peak;

  g_stat (path, &st);
  debrief_import_options_init (&options);
  options.zone = zone;
  options.year = 2026;
  before = rss_after_trim ();
  reset_peak ();
  began = g_get_monotonic_time ();
  cpu_began = cpu_now ();
  if (!importer->read (file, &options, batch, &error))
    g_error ("%s", error->message);
  read_took = g_get_monotonic_time () - began;
  read_cpu = cpu_now () - cpu_began;
  read_peak = read_status_kib ("VmHWM:") - before;
  if (!debrief_import_apply_take (batch, review, history, NULL, &summary))
    g_error ("%s: nothing applied", path);
  all_took = g_get_monotonic_time () - began;
  all_cpu = cpu_now () - cpu_began;
  peak = read_status_kib ("VmHWM:") - before;
  skipped = debrief_import_batch_get_n_skipped (batch);
  g_object_unref (batch);
  with_model = rss_after_trim ();
  g_object_unref (history);
  g_object_unref (review);
  without_model = rss_after_trim ();
  g_print ("%-8s %8u records (%5.1f MiB)  read %8.0f/s (cpu %8.0f/s)  import %8.0f/s (cpu %8.0f/s)  peak +%6.1f MiB (read %5.1f)  model %6.1f MiB  "
           "ratio %4.2f  %u added, %u skipped\n",
           importer->name, n, st.st_size / 1048576.0, n / (read_took / 1e6), n / (read_cpu / 1e6),
           n / (all_took / 1e6), n / (all_cpu / 1e6),
           peak / 1024.0, read_peak / 1024.0, (with_model - without_model) / 1024.0,
           with_model > without_model ? (double) peak / (with_model - without_model) : 0.0,
           summary.added, skipped);
}

static void
bench_log (const char            *directory,
           const DebriefImporter *importer,
           guint                  n)
{
  g_autofree char *path = g_strdup_printf ("%s/%s-%u.log", directory, importer->name, n);

  write_log (path, n, importer == &debrief_importer_jsonl);
  bench (importer, path, n);
  g_unlink (path);
}

/* ---- a Slack export ------------------------------------------------------------ */

static void
write_json (const char *path,
            GString    *json)
{
  if (!g_file_set_contents (path, json->str, json->len, NULL))
    g_error ("cannot write %s", path);
}

static void
write_slack_meta (const char *folder)
{
  g_autoptr(GString) users = g_string_new ("[");
  g_autoptr(GString) channels = g_string_new ("[");
  g_autofree char *users_path = g_build_filename (folder, "users.json", NULL);
  g_autofree char *channels_path = g_build_filename (folder, "channels.json", NULL);

  for (guint i = 0; i < SLACK_PEOPLE; i++)
    g_string_append_printf (users, "%s{\"id\": \"U%04u\", \"name\": \"person%u\", \"tz\": \"Europe/Berlin\", "
                            "\"profile\": {\"display_name\": \"Person %u\"}}", i ? ",\n" : "", i, i, i);
  for (guint c = 0; c < SLACK_CHANNELS; c++)
    g_string_append_printf (channels, "%s{\"id\": \"C%04u\", \"name\": \"channel-%u\"}", c ? ",\n" : "", c, c);
  g_string_append (users, "]\n");
  g_string_append (channels, "]\n");
  write_json (users_path, users);
  write_json (channels_path, channels);
}

/* One day of one channel: messages spread over the day, some of them
 * replies in the thread of an earlier one. */
static void
write_slack_day (const char *folder,
                 guint       channel,
                 guint       day,
                 guint       n,
                 GRand      *rand)
{
  g_autofree char *dir = g_strdup_printf ("%s/channel-%u", folder, channel);
  g_autofree char *path = g_strdup_printf ("%s/2026-03-%02u.json", dir, 10 + day);
  g_autoptr(GString) json = g_string_new ("[\n");
  gint64 midnight = debrief_time_from_civil (2026, 3, 10 + day, 0, 0, 0, 0) / DEBRIEF_USEC_PER_SEC;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 first_ts = midnight + 60;

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < n; i++)
    {
      gint64 seconds = midnight + 60 + (gint64) i * (86000 / n);
      gboolean reply = i > 0 && g_rand_int_range (rand, 0, 8) == 0;

      g_string_truncate (text, 0);
      append_words (text, rand);
      g_string_append_printf (json, "%s{\"type\": \"message\", \"user\": \"U%04u\", \"text\": \"%s\", "
                              "\"ts\": \"%" G_GINT64_FORMAT ".%06u\"",
                              i ? ",\n" : "", g_rand_int_range (rand, 0, SLACK_PEOPLE), text->str, seconds, i);
      if (reply)
        g_string_append_printf (json, ", \"thread_ts\": \"%" G_GINT64_FORMAT ".000000\"", first_ts);
      g_string_append (json, "}");
    }
  g_string_append (json, "\n]\n");
  write_json (path, json);
}

static void
bench_slack (const char *directory)
{
  g_autofree char *folder = g_build_filename (directory, "slack", NULL);
  g_autofree char *zip = g_build_filename (directory, "slack-export.zip", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autoptr(GError) error = NULL;
  g_autofree char *remove = NULL;
  guint per_day = SLACK_MESSAGES / (SLACK_CHANNELS * SLACK_DAYS);

  g_mkdir_with_parents (folder, 0700);
  write_slack_meta (folder);
  for (guint c = 0; c < SLACK_CHANNELS; c++)
    for (guint d = 0; d < SLACK_DAYS; d++)
      write_slack_day (folder, c, d, per_day + (c == 0 && d == 0 ? SLACK_MESSAGES % (SLACK_CHANNELS * SLACK_DAYS) : 0), rand);
  if (!slack_zip_folder (zip, folder, NULL, &error))
    g_error ("%s", error->message);
  bench (&debrief_importer_slack, zip, SLACK_MESSAGES);
  g_unlink (zip);
  remove = g_strdup_printf ("rm -rf '%s'", folder);
  if (system (remove) != 0)
    g_warning ("could not remove %s", folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *directory = g_dir_make_tmp ("debrief-bench-import-XXXXXX", NULL);
  const char *only = NULL;
  guint max = 1000000;

  for (int i = 1; i + 1 < argc; i += 2)
    if (g_strcmp0 (argv[i], "--max") == 0)
      max = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);
    else if (g_strcmp0 (argv[i], "--only") == 0)
      only = argv[i + 1];
  for (guint n = 100000; n <= max; n *= 10)
    {
      if (only == NULL || g_strcmp0 (only, "syslog") == 0)
        bench_log (directory, &debrief_importer_syslog, n);
      if (only == NULL || g_strcmp0 (only, "jsonl") == 0)
        bench_log (directory, &debrief_importer_jsonl, n);
    }
  if (only == NULL || g_strcmp0 (only, "slack") == 0)
    bench_slack (directory);
  g_rmdir (directory);
  return 0;
}
