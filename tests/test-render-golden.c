/* test-render-golden.c — the example review drawn at three zooms in two
 * styles, with perspectives side by side, and with its metric charts,
 * compared with golden images
 *
 * Fonts are pinned to DejaVu Sans (installed with fontconfig everywhere
 * we build) so the pictures do not depend on the desktop's fonts. A pixel
 * differs when a channel is off by more than TOLERANCE; up to MAX_DIFFERENT
 * of the pixels may differ (antialiasing). On failure the actual image and
 * a diff (differing pixels in red) are written to the build folder.
 * DEBRIEF_UPDATE_GOLDEN=1 rewrites the goldens after a deliberate change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define WIDTH 1280
#define HEIGHT 720
#define TOLERANCE 40
#define MAX_DIFFERENT 0.004

typedef struct {
  const char               *name;
  DebriefTimelineStyleKind  style;
  int                       hour, minute, second;  /* start of the view, UTC */
  gint64                    span;                  /* 0: the whole review */
  const char               *perspectives;          /* ids, comma-separated; NULL: none */
  gboolean                  split;
  const char               *pinned;
  gboolean                  charts;                /* keep the example's metric series */
} Case;

static const Case cases[] = {
  { "whole-screen", DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, 0, 0, 0, 0 },
  { "minute-screen", DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, 8, 19, 0, DEBRIEF_USEC_PER_MIN },
  { "seconds-screen", DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, 8, 19, 20, 10 * DEBRIEF_USEC_PER_SEC },
  { "whole-print", DEBRIEF_TIMELINE_STYLE_PRINT, 0, 0, 0, 0 },
  { "minute-print", DEBRIEF_TIMELINE_STYLE_PRINT, 8, 19, 0, DEBRIEF_USEC_PER_MIN },
  { "seconds-print", DEBRIEF_TIMELINE_STYLE_PRINT, 8, 19, 20, 10 * DEBRIEF_USEC_PER_SEC },
  /* Three accounts of the diagnosis side by side, the DBA's as the reference. */
  { "perspectives-screen", DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, 8, 10, 0, 16 * DEBRIEF_USEC_PER_MIN,
    "p-tomas,p-dev,p-priya", FALSE, "p-priya" },
  { "perspectives-split-print", DEBRIEF_TIMELINE_STYLE_PRINT, 8, 10, 0, 16 * DEBRIEF_USEC_PER_MIN,
    "p-tomas,p-dev,p-priya", TRUE, NULL },
  /* The p99 latency and replica lag charts under their lanes: line, area,
   * threshold, the scrape gap at 08:27, the value axis. */
  { "charts-screen", DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, 8, 0, 0, 40 * DEBRIEF_USEC_PER_MIN,
    NULL, FALSE, NULL, TRUE },
  { "charts-print", DEBRIEF_TIMELINE_STYLE_PRINT, 8, 20, 0, 10 * DEBRIEF_USEC_PER_MIN,
    NULL, FALSE, NULL, TRUE },
};

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
}

static cairo_surface_t *
render (DebriefReview *review,
        const Case    *test_case)
{
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  g_autoptr(DebriefThumbnailCache) thumbnails = debrief_thumbnail_cache_new (TRUE);
  g_autofree char *examples = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (examples);
  DebriefTimelineStyle style = *debrief_timeline_style_get (test_case->style);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;

  style.font_family = "DejaVu Sans";
  if (test_case->perspectives != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (test_case->perspectives, ",", -1);

      debrief_timeline_layout_set_perspectives (layout, (const char * const *) ids, test_case->split);
      debrief_timeline_layout_set_pinned_perspective (layout, test_case->pinned);
    }
  debrief_timeline_frame_init (&frame, layout, &style);
  frame.width = WIDTH;
  frame.height = HEIGHT;
  frame.time.mode = DEBRIEF_TIME_DISPLAY_UTC;
  /* The example's dashboard screenshot, as the window and print show it. */
  debrief_thumbnail_cache_set_folder (thumbnails, folder);
  frame.thumbnails = thumbnails;
  if (test_case->span > 0)
    {
      frame.view_start = debrief_time_from_civil (2026, 3, 14, test_case->hour, test_case->minute,
                                                  test_case->second, 0);
      frame.view_end = frame.view_start + test_case->span;
    }
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Counts differing pixels and paints them red into @diff. */
static guint
compare (cairo_surface_t *actual,
         cairo_surface_t *golden,
         cairo_surface_t *diff)
{
  int stride = cairo_image_surface_get_stride (actual);
  int golden_stride = cairo_image_surface_get_stride (golden);
  const guint8 *a = cairo_image_surface_get_data (actual);
  const guint8 *g = cairo_image_surface_get_data (golden);
  guint8 *d = cairo_image_surface_get_data (diff);
  guint different = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        const guint8 *pa = a + y * stride + x * 4, *pg = g + y * golden_stride + x * 4;
        guint8 *pd = d + y * stride + x * 4;
        gboolean differs = FALSE;

        for (int c = 0; c < 3; c++)
          differs |= abs (pa[c] - pg[c]) > TOLERANCE;
        different += differs;
        pd[0] = differs ? 0 : pa[0] / 4 + 191;
        pd[1] = differs ? 0 : pa[1] / 4 + 191;
        pd[2] = differs ? 255 : pa[2] / 4 + 191;
        pd[3] = 255;
      }
  cairo_surface_mark_dirty (diff);
  return different;
}

static void
test_golden (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *golden_name = g_strdup_printf ("%s.png", test_case->name);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "golden", golden_name, NULL);
  cairo_surface_t *actual, *golden = NULL, *diff = NULL;
  guint different;

  /* The older pictures show the example as it was before it had charts. */
  if (!test_case->charts)
    g_list_store_remove_all (debrief_review_get_series (review));
  actual = render (review, test_case);

  if (g_getenv ("DEBRIEF_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", golden_path);
      cairo_surface_destroy (actual);
      return;
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, HEIGHT);

  diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  different = compare (actual, golden, diff);
  g_test_message ("%s: %u pixels differ (%.3f%%)", test_case->name, different, 100.0 * different / (WIDTH * HEIGHT));
  if (different > MAX_DIFFERENT * WIDTH * HEIGHT)
    {
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, g_strdup_printf ("%s-actual.png", test_case->name), NULL);
      g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, g_strdup_printf ("%s-diff.png", test_case->name), NULL);

      cairo_surface_write_to_png (actual, actual_path);
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("wrote %s and %s", actual_path, diff_path);
      g_test_fail ();
    }

  cairo_surface_destroy (diff);
  cairo_surface_destroy (golden);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/golden/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_golden);
    }
  return g_test_run ();
}
