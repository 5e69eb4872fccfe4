/* bench-recovery.c — what an autosave costs, against a plain save
 *
 * For the bundled example and a synthetic review of 100k events (60
 * lanes, texts like bench-io's), the medians of:
 *
 *   save        debrief_review_save_file(): stream, fsync, backup link, rename
 *   write       debrief_recovery_write(): the same for the copy, plus the metadata
 *   async/call  debrief_recovery_write_async() until it returns: the review's
 *               text made on the calling thread (what the UI waits for)
 *   async/all   until its callback runs: the files written on a worker
 *
 * Not a test: run it by hand, `_build/tests/bench-recovery [N_EVENTS]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "debrief-recovery.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

#define N_LANES 60

static const char * const words[] = {
  "replication", "lag", "checkout", "timeout", "retry", "connection", "pool", "latency",
  "p99", "vacuum", "index", "deploy", "rollback", "health", "check", "failed", "upstream",
};

static DebriefReview *
make_review (guint n_events)
{
  DebriefReview *review = debrief_review_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);

  debrief_review_set_title (review, "Synthetic review");
  for (guint i = 0; i < N_LANES; i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%02u", i);
      g_autoptr(DebriefLane) lane = debrief_lane_new (id, DEBRIEF_LANE_KIND_COMPONENT, id);

      debrief_review_append_lane (review, lane);
    }
  debrief_event_store_load_reserve (events, n_events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      DebriefEventSpec spec = { 0 };

      g_string_truncate (text, 0);
      for (int w = g_rand_int_range (rand, 6, 14); w > 0; w--)
        g_string_append_printf (text, "%s%s", text->len ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      spec.id = id;
      spec.lane = g_rand_int_range (rand, 0, N_LANES);
      spec.author = DEBRIEF_LANE_KEY_NONE;
      spec.start = start + i * 200 * DEBRIEF_USEC_PER_MSEC;
      spec.end = DEBRIEF_TIME_NONE;
      spec.kind = (char *) "log";
      spec.text = text->str;
      spec.source_type = (char *) "log";
      spec.source_ref = (char *) "service.log";
      spec.source_line = i + 1;
      debrief_event_store_load_append (events, &spec, NULL);
    }
  debrief_event_store_load_finish (events);
  return review;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

typedef struct {
  gboolean done;
  gint64   finished;
} Pending;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  if (!debrief_recovery_write_finish (DEBRIEF_RECOVERY (source), result, &error))
    g_error ("%s", error->message);
  pending->finished = g_get_monotonic_time ();
  pending->done = TRUE;
}

static void
run (const char    *name,
     DebriefReview *review,
     const char    *dir,
     guint          runs)
{
  g_autofree char *save_path = g_build_filename (dir, "saved.debrief", NULL);
  g_autofree char *backup = g_strconcat (save_path, "~", NULL);
  g_autoptr(GFile) save_file = g_file_new_for_path (save_path);
  g_autofree char *store_path = g_build_filename (dir, "recovery", NULL);
  g_autoptr(GFile) store_dir = g_file_new_for_path (store_path);
  g_autoptr(DebriefRecovery) store = debrief_recovery_new_for_directory (store_dir);
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) call = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  for (guint r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time (), t1, t2, t3;
      Pending pending = { 0 };
      double ms;

      if (!debrief_review_save_file (review, save_file, NULL, &error))
        g_error ("%s", error->message);
      t1 = g_get_monotonic_time ();
      if (!debrief_recovery_write (store, slot, review, save_file, &error))
        g_error ("%s", error->message);
      t2 = g_get_monotonic_time ();
      debrief_recovery_write_async (store, slot, review, save_file, NULL, on_written, &pending);
      t3 = g_get_monotonic_time ();
      while (!pending.done)
        g_main_context_iteration (NULL, TRUE);

      ms = (t1 - t0) / 1e3; g_array_append_val (save, ms);
      ms = (t2 - t1) / 1e3; g_array_append_val (write, ms);
      ms = (t3 - t2) / 1e3; g_array_append_val (call, ms);
      ms = (pending.finished - t2) / 1e3; g_array_append_val (all, ms);
    }

  g_stat (save_path, &st);
  g_print ("\n%s: %.2f MB, %u runs, medians\n", name, st.st_size / 1e6, runs);
  g_print ("  save (plain)        %8.1f ms\n", median (save));
  g_print ("  recovery write      %8.1f ms   %.2fx the save\n", median (write), median (write) / median (save));
  g_print ("  async, on the call  %8.1f ms   (the caller's thread is blocked this long)\n", median (call));
  g_print ("  async, until done   %8.1f ms   %.2fx the save\n", median (all), median (all) / median (save));

  debrief_recovery_remove (store, slot);
  g_rmdir (store_path);
  g_unlink (save_path);
  g_unlink (backup);
}

int
main (int   argc,
      char *argv[])
{
  guint n_events = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("debrief-bench-XXXXXX", NULL);
  g_autofree char *example = g_build_filename (SOURCE_ROOT, "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) example_file = g_file_new_for_path (example);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_file (example_file, "example", NULL, NULL, NULL, &error);
  g_autoptr(DebriefReview) synthetic = NULL;
  g_autofree char *name = NULL;

  if (review == NULL)
    g_error ("%s", error->message);
  g_print ("bench-recovery: an autosave's cost against a plain save (in %s)\n", dir);
  run ("checkout-latency.debrief", review, dir, 21);

  synthetic = make_review (n_events);
  name = g_strdup_printf ("%u events, %u lanes", n_events, N_LANES);
  run (name, synthetic, dir, 7);
  g_rmdir (dir);
  return 0;
}
