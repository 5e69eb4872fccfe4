/* bench-thumbnails.c — what a screenshot's thumbnail costs
 *
 * 1. Decoding a 3840×2160 screenshot (PNG, and JPEG) straight to the
 *    marker's size, against decoding it whole (the baseline, same run):
 *    time (median of 9) and the pixels held afterwards.
 * 2. A frame of the example review at 1920×1080 with 40 images attached
 *    across its lanes: thumbnails ready in the cache, against the plain
 *    icons the frame draws while they load (the baseline, same run).
 *
 * Not a test: run it by hand, `_build/tests/bench-thumbnails` from the
 * source folder (or with DEBRIEF_SOURCE_DIR set).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debrief-image-loader.h"
#include "debrief-review-loader.h"
#include "debrief-thumbnail-cache.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define RUNS 9
#define FRAMES 101
#define N_IMAGES 40

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[n / 2];
}

/* A busy 4K "dashboard": gradients and lines, so PNG cannot compress it away. */
static void
write_screenshot (const char *png,
                  const char *jpeg)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 3840, 2160);
  cairo_t *cr = cairo_create (surface);
  GdkPixbuf *pixbuf;

  for (int i = 0; i < 400; i++)
    {
      cairo_set_source_rgb (cr, (i * 37 % 255) / 255.0, (i * 91 % 255) / 255.0, (i * 13 % 255) / 255.0);
      cairo_move_to (cr, (i * 97) % 3840, (i * 53) % 2160);
      cairo_line_to (cr, (i * 311) % 3840, (i * 173) % 2160);
      cairo_set_line_width (cr, 1 + i % 7);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, png);
  cairo_surface_destroy (surface);
  pixbuf = gdk_pixbuf_new_from_file (png, NULL);
  gdk_pixbuf_save (pixbuf, jpeg, "jpeg", NULL, "quality", "85", NULL);
  g_object_unref (pixbuf);
}

/* Peak resident memory since the last reset, in MB (Linux). */
static double
peak_mb (gboolean reset)
{
  g_autofree char *status = NULL;
  const char *line;

  if (reset)
    {
      FILE *file = fopen ("/proc/self/clear_refs", "w");   /* not g_file_set_contents: no renaming in /proc */

      if (file != NULL)
        {
          fputs ("5", file);
          fclose (file);
        }
      return 0;
    }
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024;
}

static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024;
}

/* How far above what it started from the peak went while decoding. */
static void
bench_peak (GFile      *folder,
            const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  double before, whole, fitted;
  GdkPixbuf *pixbuf;
  cairo_surface_t *surface;

  malloc_trim (0);   /* what the last decode freed goes back, or it would be reused unseen */
  before = resident_mb ();
  peak_mb (TRUE);
  surface = debrief_image_load_fitted (folder, name, 88, 52, NULL, NULL);
  fitted = peak_mb (FALSE) - before;
  cairo_surface_destroy (surface);
  malloc_trim (0);
  before = resident_mb ();
  peak_mb (TRUE);
  pixbuf = gdk_pixbuf_new_from_file (path, NULL);
  whole = peak_mb (FALSE) - before;
  g_object_unref (pixbuf);
  g_print ("%-8s peak above resident while decoding: whole %.1f MB | at 88×52 %.1f MB\n", name, whole, fitted);
}

static void
bench_decode (GFile      *folder,
              const char *dir,
              const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  double whole[RUNS], fitted[RUNS];
  gsize whole_bytes = 0, fitted_bytes = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      GdkPixbuf *pixbuf = gdk_pixbuf_new_from_file (path, NULL);
      gint64 t1 = g_get_monotonic_time ();
      cairo_surface_t *surface = debrief_image_load_fitted (folder, name, 88, 52, NULL, NULL);
      gint64 t2 = g_get_monotonic_time ();

      g_assert (pixbuf != NULL && surface != NULL);
      whole[i] = (t1 - t0) / 1000.0;
      fitted[i] = (t2 - t1) / 1000.0;
      whole_bytes = gdk_pixbuf_get_byte_length (pixbuf);
      fitted_bytes = (gsize) cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface);
      g_object_unref (pixbuf);
      cairo_surface_destroy (surface);
    }
  g_print ("%-5s 3840×2160  whole decode %7.1f ms, %8zu bytes held | at 88×52 (2× marker) %7.1f ms (%.2f×), %6zu bytes\n",
           name, median (whole, RUNS), whole_bytes, median (fitted, RUNS), median (fitted, RUNS) / median (whole, RUNS),
           fitted_bytes);
}

static double
draw_ms (DebriefTimelineRenderer *renderer,
         DebriefTimelineFrame    *frame,
         cairo_surface_t         *surface)
{
  cairo_t *cr = cairo_create (surface);
  gint64 t0 = g_get_monotonic_time ();

  debrief_timeline_renderer_draw (renderer, cr, frame);
  cairo_destroy (cr);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
bench_frame (GFile      *folder,
             const char *source_dir)
{
  g_autofree char *path = g_build_filename (source_dir, "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (TRUE);
  g_autoptr(DebriefTimelineLayout) layout = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  GListModel *lanes = debrief_review_get_lanes (review);
  DebriefTimelineFrame frame;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  double icons, thumbnails, icon_times[FRAMES], thumbnail_times[FRAMES];
  gint64 from, to;

  g_assert (review != NULL);
  debrief_review_get_time_bounds (review, &from, &to);
  for (guint i = 0; i < N_IMAGES; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i % g_list_model_get_n_items (lanes));
      g_autofree char *id = g_strdup_printf ("bench%u", i);
      g_autoptr(DebriefArtefact) artefact = debrief_artefact_new (id, i % 2 ? "shot.png" : "shot.jpg");

      debrief_artefact_set_start (artefact, from + (to - from) * (i + 1) / (N_IMAGES + 1));
      debrief_artefact_set_lane (artefact, debrief_item_get_id (DEBRIEF_ITEM (lane)));
      g_list_store_append (debrief_review_get_artefacts (review), artefact);
    }
  layout = debrief_timeline_layout_new (review);
  debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  frame.width = 1920;
  frame.height = 1080;
  debrief_thumbnail_cache_set_folder (cache, folder);
  debrief_thumbnail_cache_set_recheck_interval (cache, G_MAXINT64 / 2);   /* as on screen between rechecks */
  frame.thumbnails = cache;
  draw_ms (renderer, &frame, surface);                                     /* decodes them all once */
  /* Taking turns, so the machine's other work weighs on both alike. */
  for (guint i = 0; i < FRAMES; i++)
    {
      frame.thumbnails = NULL;
      icon_times[i] = draw_ms (renderer, &frame, surface);
      frame.thumbnails = cache;
      thumbnail_times[i] = draw_ms (renderer, &frame, surface);
    }
  cairo_surface_destroy (surface);
  icons = median (icon_times, FRAMES);
  thumbnails = median (thumbnail_times, FRAMES);
  g_print ("frame 1920×1080, example + %d images: icons %.2f ms | thumbnails ready %.2f ms (%.2f×)\n",
           N_IMAGES, icons, thumbnails, thumbnails / icons);
}

int
main (int   argc,
      char *argv[])
{
  const char *source_dir = g_getenv ("DEBRIEF_SOURCE_DIR") ? g_getenv ("DEBRIEF_SOURCE_DIR") : ".";
  g_autofree char *dir = g_dir_make_tmp ("debrief-bench-thumbs-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "shot.png", NULL);
  g_autofree char *jpeg = g_build_filename (dir, "shot.jpg", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  setlocale (LC_ALL, "");
  write_screenshot (png, jpeg);
  bench_peak (folder, dir, "shot.png");
  bench_peak (folder, dir, "shot.jpg");
  bench_decode (folder, dir, "shot.png");
  bench_decode (folder, dir, "shot.jpg");
  bench_frame (folder, source_dir);
  g_remove (png);
  g_remove (jpeg);
  g_rmdir (dir);
  return 0;
}
