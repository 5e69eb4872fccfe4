/* bench-edit.c — what an edit costs on a big review
 *
 * For synthetic reviews of 100k and 1M events over 60 lanes: one keystroke
 * in the inspector (an update merged into the history) and the timeline
 * frame that follows it (a new text keeps the layout), undo and redo of a
 * move and the frame after it (a move lays the timeline out again), a search over every event, and
 * hiding a kind. Each figure is also given as a ratio to a still frame of
 * the same review measured in the same run, the thing the person waits
 * for anyway.
 *
 * Not a test: run it by hand, `_build/tests/bench-edit [--max 1000000]`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "bench-synthetic.h"
#include "debrief-edits.h"
#include "debrief-search.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define ROUNDS 15

typedef struct {
  DebriefReview           *review;
  DebriefHistory          *history;
  DebriefTimelineLayout   *layout;
  DebriefTimelineRenderer *renderer;
  cairo_t                 *cr;
  DebriefTimelineFrame     frame;
} Bench;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return times[n / 2];
}

static void
draw (Bench *bench)
{
  debrief_timeline_renderer_draw (bench->renderer, bench->cr, &bench->frame);
  cairo_surface_flush (cairo_get_target (bench->cr));
}

static double
still_frame (Bench *bench)
{
  double times[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    {
      double t0 = now_ms ();

      draw (bench);
      times[i] = now_ms () - t0;
    }
  return median (times, ROUNDS);
}

/* One keystroke in the inspector's text, and the frame after it. */
static void
keystroke (Bench           *bench,
           DebriefEventRef  ref,
           guint            round,
           double          *edit_ms,
           double          *frame_ms)
{
  DebriefEventStore *events = debrief_review_get_events (bench->review);
  g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (events, ref);
  double t0;

  g_free (spec->text);
  spec->text = g_strdup_printf ("typed %u", round);
  t0 = now_ms ();
  debrief_edits_update_event (bench->history, bench->review, ref, spec, "text");
  *edit_ms = now_ms () - t0;
  t0 = now_ms ();
  draw (bench);
  *frame_ms = now_ms () - t0;
}

static double
undo_redo (Bench           *bench,
           DebriefEventRef  ref)
{
  double times[ROUNDS];

  debrief_edits_shift_events (bench->history, bench->review, &ref, 1, 90 * DEBRIEF_USEC_PER_SEC);
  for (guint i = 0; i < ROUNDS; i++)
    {
      double t0 = now_ms ();

      debrief_history_undo (bench->history);
      debrief_history_redo (bench->history);
      times[i] = (now_ms () - t0) / 2;
    }
  return median (times, ROUNDS);
}

static double
search (Bench      *bench,
        const char *query,
        guint      *n_matches)
{
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(DebriefSearch) search = debrief_search_new (query);
      double t0 = now_ms ();
      g_autoptr(GArray) matches = debrief_search_run (search, bench->review);

      times[i] = now_ms () - t0;
      *n_matches = matches->len;
    }
  return median (times, G_N_ELEMENTS (times));
}

static double
hide_kind (Bench *bench)
{
  double t0 = now_ms ();

  debrief_timeline_layout_set_hidden_kinds (bench->layout, 1 << 1);  /* the store's second kind: log */
  draw (bench);
  t0 = now_ms () - t0;
  debrief_timeline_layout_set_hidden_kinds (bench->layout, 0);
  draw (bench);
  return t0;
}

static void
report (const char *what,
        double      ms,
        double      frame)
{
  g_print ("  %-44s %9.2f ms  %6.2fx a still frame\n", what, ms, ms / frame);
}

static void
bench_size (guint n)
{
  Bench bench = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  DebriefEventStore *events;
  DebriefEventRef ref;
  double edit[ROUNDS], frame_after[ROUNDS], frame;
  guint n_matches;

  bench.review = bench_make_review (n, 60);
  bench.history = debrief_history_new ();
  bench.layout = debrief_timeline_layout_new (bench.review);
  bench.renderer = debrief_timeline_renderer_new ();
  bench.cr = cairo_create (surface);
  debrief_timeline_frame_init (&bench.frame, bench.layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  bench.frame.width = WIDTH;
  bench.frame.height = HEIGHT;
  events = debrief_review_get_events (bench.review);
  ref = debrief_event_store_get_nth (events, n / 2);

  draw (&bench);
  frame = still_frame (&bench);
  g_print ("\nsynthetic %uk: a still whole-incident frame takes %.2f ms\n", n / 1000, frame);
  for (guint i = 0; i < ROUNDS; i++)
    keystroke (&bench, ref, i, &edit[i], &frame_after[i]);
  report ("keystroke: the edit", median (edit, ROUNDS), frame);
  report ("keystroke: the frame after it", median (frame_after, ROUNDS), frame);
  report ("undo or redo of a move", undo_redo (&bench, ref), frame);
  {
    double t0 = now_ms ();

    draw (&bench);  /* a move changes the layout: it is built again */
    report ("the frame after a move", now_ms () - t0, frame);
  }
  {
    double ms = search (&bench, "worker 7", &n_matches);
    g_autofree char *what = g_strdup_printf ("search \"worker 7\" (%u matches)", n_matches);

    report (what, ms, frame);
  }
  {
    double ms = search (&bench, "kind:alert", &n_matches);
    g_autofree char *what = g_strdup_printf ("search \"kind:alert\" (%u matches)", n_matches);

    report (what, ms, frame);
  }
  report ("hide a kind: the frame after it", hide_kind (&bench), frame);

  cairo_destroy (bench.cr);
  cairo_surface_destroy (surface);
  debrief_timeline_renderer_free (bench.renderer);
  debrief_timeline_layout_free (bench.layout);
  g_object_unref (bench.history);
  g_object_unref (bench.review);
}

int
main (int   argc,
      char *argv[])
{
  guint max_events = 1000000;

  if (argc == 3 && g_str_equal (argv[1], "--max"))
    max_events = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  g_print ("bench-edit: %dx%d, medians of %d\n", WIDTH, HEIGHT, ROUNDS);
  for (guint n = 100000; n <= max_events; n *= 10)
    bench_size (n);
  return 0;
}
