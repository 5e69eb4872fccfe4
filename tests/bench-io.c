/* bench-io.c — how fast and how lean opening and saving reviews are
 *
 * For reviews of 10k, 100k and 1M events over 60 lanes, in one process:
 *
 *   baseline  json-glib's bare json_parser_load_from_file() on the file
 *   open      debrief_review_load_file(): scan, parse, build the model
 *   save      debrief_review_save_file(): stream, fsync, rename
 *   generate  JsonGenerator writing a full JsonNode tree of the same data
 *
 * Times are medians of several runs; peak memory is the rise of the
 * process's resident high-water mark during one run (reset through
 * /proc/self/clear_refs before each). Ratios are the figures that matter:
 * this machine is shared and noisy.
 *
 * Not a test: run it by hand, `_build/tests/bench-io [--max 1000000]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

#define N_LANES 60

static const char * const words[] = {
  "replication", "lag", "checkout", "timeout", "retry", "connection", "pool", "latency",
  "p99", "vacuum", "index", "deploy", "rollback", "health", "check", "failed", "upstream",
  "payment", "authorise", "queue", "worker", "cache", "miss", "evicted", "request", "ms",
};

/* ---- memory ------------------------------------------------------------------ */

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

/* Resets the high-water mark and returns the resident size now (KiB). */
static long
begin_peak (void)
{
  malloc_trim (0);
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  return read_status_kib ("VmRSS:");
}

static double
end_peak_mib (long before_kib)
{
  return (read_status_kib ("VmHWM:") - before_kib) / 1024.0;
}

/* ---- synthetic reviews ------------------------------------------------------------ */

static DebriefReview *
make_review (guint n_events)
{
  DebriefReview *review = debrief_review_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  GRand *rand = g_rand_new_with_seed (42);
  gint64 start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  gint64 step = (6 * DEBRIEF_USEC_PER_HOUR) / n_events;
  g_autoptr(GString) text = g_string_new (NULL);

  debrief_review_set_title (review, "Synthetic review");
  debrief_review_set_timezone (review, "Europe/Berlin");
  for (guint i = 0; i < N_LANES; i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%02u", i);
      g_autofree char *name = g_strdup_printf ("Lane %u", i);
      g_autoptr(DebriefLane) lane = debrief_lane_new (id, i < 10 ? DEBRIEF_LANE_KIND_PARTICIPANT
                                                                 : DEBRIEF_LANE_KIND_COMPONENT, name);

      debrief_review_append_lane (review, lane);
    }

  debrief_event_store_load_reserve (events, n_events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      guint32 lane = g_rand_int_range (rand, 0, N_LANES);
      g_autofree char *ref = g_strdup_printf ("service-%02u.log", lane);
      DebriefEventSpec spec = { 0 };

      g_string_truncate (text, 0);
      for (int w = g_rand_int_range (rand, 6, 14); w > 0; w--)
        g_string_append_printf (text, "%s%s", text->len ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

      spec.id = id;
      spec.lane = lane;
      spec.author = DEBRIEF_LANE_KEY_NONE;
      spec.start = start + i * step + g_rand_int_range (rand, 0, (gint32) MAX (step, 1));
      spec.end = g_rand_int_range (rand, 0, 20) == 0 ? spec.start + 30 * DEBRIEF_USEC_PER_SEC
                                                     : DEBRIEF_TIME_NONE;
      spec.kind = (char *) (lane < 10 ? "chat" : "log");
      spec.text = text->str;
      spec.source_type = (char *) (lane < 10 ? "slack" : "log");
      spec.source_ref = lane < 10 ? (char *) "#inc-checkout" : ref;
      spec.source_line = lane < 10 ? 0 : i + 1;
      debrief_event_store_load_append (events, &spec, NULL);
    }
  debrief_event_store_load_finish (events);
  g_rand_free (rand);
  return review;
}

/* ---- the JsonGenerator baseline: a full tree of the same data ------------------------- */

static JsonNode *
event_to_node (DebriefReview *review,
               DebriefEventRef ref)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefEvent *event = debrief_event_store_get (events, ref);
  const DebriefEventSource *source = debrief_event_store_get_source (events, event);
  JsonObject *object = json_object_new ();
  g_autofree char *start = debrief_time_format_rfc3339 (event->start);

  json_object_set_string_member (object, "id", event->id);
  json_object_set_string_member (object, "lane",
                                 debrief_item_get_id (DEBRIEF_ITEM (debrief_review_get_lane_by_key (review, event->lane))));
  json_object_set_string_member (object, "start", start);
  if (event->end != DEBRIEF_TIME_NONE)
    {
      g_autofree char *end = debrief_time_format_rfc3339 (event->end);

      json_object_set_string_member (object, "end", end);
    }
  json_object_set_string_member (object, "kind", debrief_event_store_get_kind_name (events, event->kind));
  json_object_set_string_member (object, "text", event->text);
  if (source != NULL)
    {
      JsonObject *source_object = json_object_new ();

      json_object_set_string_member (source_object, "type", source->type);
      json_object_set_string_member (source_object, "ref", source->ref);
      if (event->source_line)
        json_object_set_int_member (source_object, "line", event->source_line);
      json_object_set_object_member (object, "source", source_object);
    }
  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
review_to_tree (DebriefReview *review)
{
  JsonObject *root = json_object_new ();
  JsonArray *events = json_array_new ();
  guint n = debrief_event_store_get_n_events (debrief_review_get_events (review));

  json_object_set_string_member (root, "format", "debrief-review");
  json_object_set_int_member (root, "version", 1);
  for (guint i = 0; i < n; i++)
    json_array_add_element (events, event_to_node (review, debrief_event_store_get_nth (debrief_review_get_events (review), i)));
  json_object_set_array_member (root, "events", events);
  return json_node_init_object (json_node_alloc (), root);
}

/* ---- measuring ------------------------------------------------------------------- */

typedef struct {
  double seconds;
  double peak_mib;
} Measure;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef void (*Step) (gpointer data);

static Measure
measure (Step     step,
         Step     reset,
         gpointer data,
         guint    runs)
{
  g_autofree double *times = g_new (double, runs);
  Measure result = { 0 };

  for (guint r = 0; r < runs; r++)
    {
      long before;

      /* What a run leaves behind is freed before the next is measured. */
      if (reset != NULL)
        reset (data);
      before = begin_peak ();
      gint64 t0 = g_get_monotonic_time ();

      step (data);
      times[r] = (g_get_monotonic_time () - t0) / 1e6;
      result.peak_mib = MAX (result.peak_mib, end_peak_mib (before));
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  result.seconds = times[runs / 2];
  return result;
}

typedef struct {
  char          *path;
  char          *out_path;
  DebriefReview *loaded;
  JsonNode      *tree;
} Bench;

static void
step_bare_parse (gpointer data)
{
  Bench *bench = data;
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_file (parser, bench->path, NULL))
    g_error ("json-glib could not parse %s", bench->path);
}

static void
reset_open (gpointer data)
{
  g_clear_object (&((Bench *) data)->loaded);
}

static void
step_open (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GFile) file = g_file_new_for_path (bench->path);
  g_autoptr(GError) error = NULL;

  bench->loaded = debrief_review_load_file (file, "bench.debrief", NULL, NULL, NULL, &error);
  if (bench->loaded == NULL)
    g_error ("%s", error->message);
}

static void
step_save (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GFile) file = g_file_new_for_path (bench->out_path);
  g_autoptr(GError) error = NULL;

  if (!debrief_review_save_file (bench->loaded, file, NULL, &error))
    g_error ("%s", error->message);
}

static void
step_generate (gpointer data)
{
  Bench *bench = data;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *path = g_strconcat (bench->out_path, ".generated", NULL);

  json_generator_set_root (generator, bench->tree);
  if (!json_generator_to_file (generator, path, NULL))
    g_error ("JsonGenerator could not write %s", path);
}

static void
run_size (guint       n_events,
          const char *dir)
{
  Bench bench = { 0 };
  g_autoptr(DebriefReview) synthetic = make_review (n_events);
  g_autoptr(GFile) file = NULL;
  guint runs = n_events <= 10000 ? 7 : n_events <= 100000 ? 3 : 1;
  Measure bare, open, save, generate;
  GStatBuf st;
  gsize index_bytes;
  long before_model, model_kib;

  bench.path = g_strdup_printf ("%s/bench-%u.debrief", dir, n_events);
  bench.out_path = g_strdup_printf ("%s/bench-%u-saved.debrief", dir, n_events);
  file = g_file_new_for_path (bench.path);
  if (!debrief_review_save_file (synthetic, file, NULL, NULL))
    g_error ("could not write %s", bench.path);
  g_clear_object (&synthetic);
  g_stat (bench.path, &st);

  bare = measure (step_bare_parse, NULL, &bench, runs);
  open = measure (step_open, reset_open, &bench, runs);
  /* The model's resident cost: load once more from a clean state. */
  reset_open (&bench);
  before_model = begin_peak ();
  step_open (&bench);
  model_kib = read_status_kib ("VmRSS:") - before_model;
  index_bytes = debrief_event_store_get_index_memory (debrief_review_get_events (bench.loaded));
  save = measure (step_save, NULL, &bench, runs);

  bench.tree = review_to_tree (bench.loaded);
  generate = measure (step_generate, NULL, &bench, runs);
  json_node_unref (bench.tree);

  g_print ("\n%u events, %.1f MB file, %u run%s each\n", n_events, st.st_size / 1e6, runs, runs > 1 ? "s" : "");
  g_print ("  json-glib bare parse  %8.3f s   peak +%7.1f MiB   (baseline)\n", bare.seconds, bare.peak_mib);
  g_print ("  Debrief open          %8.3f s   peak +%7.1f MiB   %.2fx the parse time (goal <= 1.25)\n",
           open.seconds, open.peak_mib, open.seconds / bare.seconds);
  g_print ("  Debrief save          %8.3f s   peak +%7.1f MiB   %.2fx JsonGenerator (goal <= 0.5)\n",
           save.seconds, save.peak_mib, save.seconds / generate.seconds);
  g_print ("  JsonGenerator (tree)  %8.3f s   peak +%7.1f MiB\n", generate.seconds, generate.peak_mib);
  g_print ("  model: %.1f bytes an event in structs and indexes (goal <= 128), "
           "%.1f bytes an event resident in all, text included\n",
           (double) index_bytes / n_events, model_kib * 1024.0 / n_events);
  g_print ("  peak while opening: %.1f MiB (goal <= 400 MB for 1M events); bare parse: %.1f MiB\n",
           open.peak_mib, bare.peak_mib);

  g_clear_object (&bench.loaded);
  g_unlink (bench.path);
  g_unlink (bench.out_path);
  {
    g_autofree char *generated = g_strconcat (bench.out_path, ".generated", NULL);
    g_autofree char *backup = g_strconcat (bench.out_path, "~", NULL);

    g_unlink (generated);
    g_unlink (backup);
  }
  g_free (bench.path);
  g_free (bench.out_path);
}

int
main (int   argc,
      char *argv[])
{
  guint max_events = 1000000;
  g_autofree char *dir = g_dir_make_tmp ("debrief-bench-XXXXXX", NULL);

  if (argc == 3 && g_str_equal (argv[1], "--max"))
    max_events = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  g_print ("bench-io: opening and saving reviews of 60 lanes (medians; peaks are rises in resident memory)\n");
  for (guint n = 10000; n <= max_events; n *= 10)
    run_size (n, dir);
  g_rmdir (dir);
  return 0;
}
