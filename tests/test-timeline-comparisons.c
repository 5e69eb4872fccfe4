/* test-timeline-comparisons.c — divergence and agreement marks on the chart:
 * drawn between shown rows only, hidden by the playhead, and told apart in
 * grey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-comparison-rules.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define W 1600
#define H 900

typedef struct {
  DebriefReview           *review;
  DebriefTimelineLayout   *layout;
  DebriefTimelineRenderer *renderer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Start from no marks, whatever the example holds. */
  g_list_store_remove_all (debrief_review_get_comparisons (fixture->review));
  fixture->layout = debrief_timeline_layout_new (fixture->review);
  fixture->renderer = debrief_timeline_renderer_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_timeline_renderer_free (fixture->renderer);
  debrief_timeline_layout_free (fixture->layout);
  g_object_unref (fixture->review);
}

static void
mark (Fixture               *fixture,
      DebriefComparisonKind  kind)
{
  const char * const pair[] = { "p-tomas-2", "p-priya-3", NULL };
  g_autoptr(DebriefComparison) comparison = debrief_comparison_new ("c1", kind, pair);
  GListStore *marks = debrief_review_get_comparisons (fixture->review);

  g_list_store_remove_all (marks);
  g_list_store_append (marks, comparison);
}

static void
choose (Fixture    *fixture,
        const char *ids)
{
  g_auto(GStrv) list = g_strsplit (ids, ",", -1);

  debrief_timeline_layout_set_perspectives (fixture->layout, (const char * const *) list, FALSE);
}

/* The chart from 08:08 for 20 minutes, in grey (0–255 a pixel). */
static guint8 *
render_grey (Fixture *fixture,
             gint64   playhead)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;
  guint8 *grey = g_new (guint8, W * H);
  const guint8 *data;
  int stride;

  debrief_timeline_frame_init (&frame, fixture->layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  frame.width = W;
  frame.height = H;
  frame.view_start = debrief_time_from_civil (2026, 3, 14, 8, 8, 0, 0);
  frame.view_end = frame.view_start + 20 * DEBRIEF_USEC_PER_MIN;
  frame.playhead = playhead;
  debrief_timeline_renderer_draw (fixture->renderer, cr, &frame);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      {
        const guint8 *p = data + y * stride + x * 4;

        grey[y * W + x] = (guint8) ((p[2] * 299 + p[1] * 587 + p[0] * 114) / 1000);
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return grey;
}

static guint
count_different (const guint8 *a,
                 const guint8 *b)
{
  guint n = 0;

  for (guint i = 0; i < W * H; i++)
    n += ABS ((int) a[i] - (int) b[i]) > 24;
  return n;
}

/* Both rows shown: the mark adds ink; in grey, divergence and agreement
 * differ by shape, not only by colour. */
static void
test_drawn_between_rows (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree guint8 *plain = NULL, *divergence = NULL, *agreement = NULL, *dismissed = NULL;

  choose (fixture, "p-priya,p-tomas");
  plain = render_grey (fixture, DEBRIEF_TIME_NONE);
  mark (fixture, DEBRIEF_COMPARISON_KIND_DIVERGENCE);
  divergence = render_grey (fixture, DEBRIEF_TIME_NONE);
  mark (fixture, DEBRIEF_COMPARISON_KIND_AGREEMENT);
  agreement = render_grey (fixture, DEBRIEF_TIME_NONE);
  mark (fixture, DEBRIEF_COMPARISON_KIND_DISMISSED);
  dismissed = render_grey (fixture, DEBRIEF_TIME_NONE);

  g_test_message ("divergence %u, agreement %u px; between them %u",
                  count_different (plain, divergence), count_different (plain, agreement),
                  count_different (divergence, agreement));
  g_assert_cmpuint (count_different (plain, divergence), >, 300);
  g_assert_cmpuint (count_different (plain, agreement), >, 200);
  g_assert_cmpuint (count_different (divergence, agreement), >, 100);
  g_assert_cmpuint (count_different (plain, dismissed), ==, 0);
}

/* One of its rows not shown: no mark at all. */
static void
test_needs_both_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree guint8 *plain = NULL, *marked = NULL;

  choose (fixture, "p-tomas,p-maya");
  plain = render_grey (fixture, DEBRIEF_TIME_NONE);
  mark (fixture, DEBRIEF_COMPARISON_KIND_DIVERGENCE);
  marked = render_grey (fixture, DEBRIEF_TIME_NONE);
  g_assert_cmpuint (count_different (plain, marked), ==, 0);
}

/* The playhead between the two entries' starts: the later belief was not
 * yet told, so neither is the divergence. After both: it shows. */
static void
test_respects_playhead (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 between = debrief_time_from_civil (2026, 3, 14, 8, 13, 0, 0);
  gint64 after = debrief_time_from_civil (2026, 3, 14, 8, 16, 0, 0);
  g_autofree guint8 *plain = NULL, *marked = NULL, *plain_after = NULL, *marked_after = NULL;

  choose (fixture, "p-priya,p-tomas");
  plain = render_grey (fixture, between);
  plain_after = render_grey (fixture, after);
  mark (fixture, DEBRIEF_COMPARISON_KIND_DIVERGENCE);
  marked = render_grey (fixture, between);
  marked_after = render_grey (fixture, after);
  g_assert_cmpuint (count_different (plain, marked), ==, 0);
  g_assert_cmpuint (count_different (plain_after, marked_after), >, 300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/timeline/comparisons/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("drawn-between-rows", test_drawn_between_rows);
  ADD ("needs-both-rows", test_needs_both_rows);
  ADD ("respects-playhead", test_respects_playhead);
#undef ADD

  return g_test_run ();
}
