/* bench-import.c — how fast syslog and JSON lines logs are read
 *
 * Writes logs of 100k and 1M lines into a temporary directory (syslog in
 * rsyslog's file form, 12 hosts × 5 apps; JSON lines with a time, level,
 * service and message), reads each with its importer into a batch, and
 * reports lines per second and the rise of peak memory (VmHWM, reset
 * through /proc/self/clear_refs) with the file's size beside it: the file
 * is mapped, so its pages count too. Goals (issue 6, on a 2-core machine):
 * ≥ 500k syslog lines/s, ≥ 150k JSON lines/s.
 *
 * Not a test: run it by hand, `_build/tests/bench-import [--max 1000000]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "debrief-importer.h"
#include "debrief-time.h"

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

static void
bench (const char            *directory,
       const DebriefImporter *importer,
       guint                  n)
{
  g_autofree char *path = g_strdup_printf ("%s/%s-%u.log", directory, importer->name, n);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  DebriefImportBatch *batch = debrief_import_batch_new ();
  DebriefImportOptions options;
  GStatBuf st;
  gint64 began, took;
  long before;

  write_log (path, n, importer == &debrief_importer_jsonl);
  g_stat (path, &st);
  debrief_import_options_init (&options);
  options.zone = zone;
  options.year = 2026;
  malloc_trim (0);
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  before = read_status_kib ("VmRSS:");
  began = g_get_monotonic_time ();
  if (!importer->read (file, &options, batch, &error))
    g_error ("%s", error->message);
  took = g_get_monotonic_time () - began;
  g_print ("%-7s %8u lines  %6.2f s  %8.0f lines/s  peak +%6.1f MiB (file %5.1f MiB)  %u events, %u skipped\n",
           importer->name, n, took / 1e6, n / (took / 1e6), (read_status_kib ("VmHWM:") - before) / 1024.0,
           st.st_size / 1048576.0, debrief_import_batch_get_n_events (batch),
           debrief_import_batch_get_n_skipped (batch));
  g_object_unref (batch);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *directory = g_dir_make_tmp ("debrief-bench-import-XXXXXX", NULL);
  guint max = 1000000;

  if (argc == 3 && g_strcmp0 (argv[1], "--max") == 0)
    max = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  for (guint n = 100000; n <= max; n *= 10)
    {
      bench (directory, &debrief_importer_syslog, n);
      bench (directory, &debrief_importer_jsonl, n);
    }
  g_rmdir (directory);
  return 0;
}
