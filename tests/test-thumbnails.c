/* test-thumbnails.c — images' thumbnails on the timeline: the cache and the
 * renderer's marker, drawn to pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>
#include <utime.h>

#include "debrief-image-loader.h"
#include "debrief-thumbnail-cache.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

/* A colour no style draws: whatever shows it came from the image. */
#define SHOT_R 0.10
#define SHOT_G 0.80
#define SHOT_B 0.30

typedef struct {
  char  *dir;
  char  *outside;
  GFile *folder;
} Fixture;

static void
write_png (const char *path,
           int         width,
           int         height,
           double      r,
           double      g,
           double      b)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static char *
in_dir (const char *dir,
        const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *shot = NULL, *big = NULL, *text = NULL, *secret = NULL, *link = NULL, *sub = NULL;

  fixture->dir = g_dir_make_tmp ("debrief-thumbs-XXXXXX", NULL);
  fixture->outside = g_dir_make_tmp ("debrief-thumbs-outside-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  sub = in_dir (fixture->dir, "r.debrief.d");
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  shot = in_dir (sub, "shot.png");
  write_png (shot, 160, 100, SHOT_R, SHOT_G, SHOT_B);
  big = in_dir (sub, "big.png");
  write_png (big, 3840, 2160, SHOT_R, SHOT_G, SHOT_B);
  text = in_dir (sub, "notes.png");
  g_assert_true (g_file_set_contents (text, "not a picture", -1, NULL));
  secret = in_dir (fixture->outside, "secret.png");
  write_png (secret, 160, 100, SHOT_R, SHOT_G, SHOT_B);
  link = in_dir (sub, "link.png");
  g_assert_cmpint (symlink (secret, link), ==, 0);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  remove_tree (fixture->outside);
  g_free (fixture->dir);
  g_free (fixture->outside);
  g_object_unref (fixture->folder);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  cairo_surface_flush (surface);
  return ((guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface)))[x];
}

static gboolean
near (guint32 pixel,
      double  r,
      double  g,
      double  b)
{
  return ABS ((int) ((pixel >> 16) & 0xff) - (int) (r * 255)) <= 3 &&
         ABS ((int) ((pixel >> 8) & 0xff) - (int) (g * 255)) <= 3 &&
         ABS ((int) (pixel & 0xff) - (int) (b * 255)) <= 3;
}

static guint
count_near (cairo_surface_t *surface,
            double           r,
            double           g,
            double           b)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += near (pixel_at (surface, x, y), r, g, b);
  return n;
}

/* ---- the cache ------------------------------------------------------------------ */

static void
test_cache_loads_fitted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (TRUE);
  cairo_surface_t *surface = NULL;
  const char *reason = NULL;

  debrief_thumbnail_cache_set_folder (cache, fixture->folder);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, &reason), ==,
                   DEBRIEF_THUMBNAIL_READY);
  /* 160 × 100 fitted in 48 × 32 keeping its aspect: 48 × 30. */
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 48);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 30);
  g_assert_true (near (pixel_at (surface, 24, 15), SHOT_R, SHOT_G, SHOT_B));

  /* A 4K screenshot is decoded to the marker's size, times the scale. */
  debrief_thumbnail_cache_set_scale (cache, 2);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/big.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_READY);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 96);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 54);
}

static void
test_cache_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct { const char *path; const char *why; } cases[] = {
    { "r.debrief.d/gone.png", "no such file" },
    { "r.debrief.d/notes.png", "not an image" },
    { "r.debrief.d/link.png", "outside" },
    { "../secret.png", "relative path inside" },
    { "/etc/passwd", "relative path inside" },
  };
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (TRUE);
  g_autoptr(DebriefThumbnailCache) unsaved = debrief_thumbnail_cache_new (TRUE);
  cairo_surface_t *surface;
  const char *reason;

  debrief_thumbnail_cache_set_folder (cache, fixture->folder);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      surface = (gpointer) 1;
      reason = NULL;
      g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, cases[i].path, 48, 32, &surface, &reason), ==,
                       DEBRIEF_THUMBNAIL_MISSING);
      g_assert_null (surface);
      g_assert_nonnull (strstr (reason, cases[i].why));
    }
  /* A review never saved has no folder: its images are missing, and why. */
  g_assert_cmpint (debrief_thumbnail_cache_lookup (unsaved, "r.debrief.d/shot.png", 48, 32, &surface, &reason), ==,
                   DEBRIEF_THUMBNAIL_MISSING);
  g_assert_nonnull (strstr (reason, "not been saved"));
}

static void
set_mtime (const char *path,
           time_t      when)
{
  struct utimbuf times = { when, when };

  g_assert_cmpint (utime (path, &times), ==, 0);
}

/* Keyed by the file's time: a screenshot replaced beside the review is
 * decoded again, one left alone is not. */
static void
test_cache_reloads_on_mtime (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (TRUE);
  g_autofree char *shot = g_build_filename (fixture->dir, "r.debrief.d", "shot.png", NULL);
  cairo_surface_t *surface = NULL;

  set_mtime (shot, 1700000000);
  debrief_thumbnail_cache_set_folder (cache, fixture->folder);
  debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL);
  g_assert_true (near (pixel_at (surface, 10, 10), SHOT_R, SHOT_G, SHOT_B));
  debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL);
  g_assert_cmpuint (debrief_thumbnail_cache_get_n_loads (cache), ==, 1);

  /* Other pixels, the same time: still the first (the time is the key). */
  write_png (shot, 160, 100, 0.9, 0.1, 0.1);
  set_mtime (shot, 1700000000);
  debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL);
  g_assert_cmpuint (debrief_thumbnail_cache_get_n_loads (cache), ==, 1);
  g_assert_true (near (pixel_at (surface, 10, 10), SHOT_R, SHOT_G, SHOT_B));

  set_mtime (shot, 1700000060);
  debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL);
  g_assert_cmpuint (debrief_thumbnail_cache_get_n_loads (cache), ==, 2);
  g_assert_true (near (pixel_at (surface, 10, 10), 0.9, 0.1, 0.1));

  /* Deleted: missing from then on. */
  g_assert_cmpint (g_remove (shot), ==, 0);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_MISSING);
}

static void
on_changed (DebriefThumbnailCache *cache,
            guint                 *count)
{
  (*count)++;
}

/* On screen: "loading" at once, the image after ::changed, decoded in a worker. */
static void
test_cache_async (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (FALSE);
  cairo_surface_t *surface = NULL;
  guint changed = 0;

  g_signal_connect (cache, "changed", G_CALLBACK (on_changed), &changed);
  debrief_thumbnail_cache_set_folder (cache, fixture->folder);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_LOADING);
  g_assert_null (surface);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/gone.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_LOADING);
  while (changed < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/shot.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_READY);
  g_assert_true (near (pixel_at (surface, 24, 15), SHOT_R, SHOT_G, SHOT_B));
  g_assert_cmpint (debrief_thumbnail_cache_lookup (cache, "r.debrief.d/gone.png", 48, 32, &surface, NULL), ==,
                   DEBRIEF_THUMBNAIL_MISSING);
  g_assert_cmpuint (debrief_thumbnail_cache_get_n_loads (cache), ==, 2);
}

/* ---- the marker, drawn ---------------------------------------------------------------- */

/* Draws a one-lane review with an image at 08:00 whose path is @path,
 * with @cache (or none), and returns the picture. */
static cairo_surface_t *
draw_marker (const char            *path,
             DebriefThumbnailCache *cache)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefLane) lane = debrief_lane_new ("db", DEBRIEF_LANE_KIND_COMPONENT, "orders-db");
  g_autoptr(DebriefArtefact) artefact = debrief_artefact_new ("img1", path);
  g_autoptr(DebriefTimelineLayout) layout = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  gint64 at = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 300);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;

  debrief_review_append_lane (review, lane);
  debrief_artefact_set_start (artefact, at);
  debrief_artefact_set_lane (artefact, "db");
  g_list_store_append (debrief_review_get_artefacts (review), artefact);
  debrief_review_set_incident_start (review, at - DEBRIEF_USEC_PER_MIN);
  debrief_review_set_incident_end (review, at + DEBRIEF_USEC_PER_MIN);
  layout = debrief_timeline_layout_new (review);
  debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  frame.width = 800;
  frame.height = 300;
  frame.thumbnails = cache;
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  cairo_destroy (cr);
  return surface;
}

static guint
count_missing_red (cairo_surface_t *surface)
{
  return count_near (surface, 0.80, 0.14, 0.11);
}

static void
test_marker_pixels (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DebriefThumbnailCache) cache = debrief_thumbnail_cache_new (TRUE);
  cairo_surface_t *shown, *missing, *outside, *link, *plain;
  guint image_pixels;

  debrief_thumbnail_cache_set_folder (cache, fixture->folder);
  shown = draw_marker ("r.debrief.d/shot.png", cache);
  missing = draw_marker ("r.debrief.d/gone.png", cache);
  outside = draw_marker ("../secret.png", cache);
  link = draw_marker ("r.debrief.d/link.png", cache);
  plain = draw_marker ("r.debrief.d/shot.png", NULL);

  /* The image's own colour fills the marker's box (44 × 26, 16:10 fitted: 42 × 26 less the frame). */
  image_pixels = count_near (shown, SHOT_R, SHOT_G, SHOT_B);
  g_assert_cmpuint (image_pixels, >=, 40 * 24);
  g_assert_cmpuint (image_pixels, <=, 44 * 26);
  g_assert_cmpuint (count_missing_red (shown), ==, 0);
  /* Missing, outside the folder (by path or by link): the crossed-out
   * icon, none of the image's pixels. */
  g_assert_cmpuint (count_near (missing, SHOT_R, SHOT_G, SHOT_B), ==, 0);
  g_assert_cmpuint (count_missing_red (missing), >, 30);
  g_assert_cmpuint (count_near (outside, SHOT_R, SHOT_G, SHOT_B), ==, 0);
  g_assert_cmpuint (count_missing_red (outside), >, 30);
  g_assert_cmpuint (count_near (link, SHOT_R, SHOT_G, SHOT_B), ==, 0);
  g_assert_cmpuint (count_missing_red (link), >, 30);
  /* No cache (or not loaded yet): the plain icon, not crossed out. */
  g_assert_cmpuint (count_near (plain, SHOT_R, SHOT_G, SHOT_B), ==, 0);
  g_assert_cmpuint (count_missing_red (plain), ==, 0);

  cairo_surface_destroy (shown);
  cairo_surface_destroy (missing);
  cairo_surface_destroy (outside);
  cairo_surface_destroy (link);
  cairo_surface_destroy (plain);
}

/* The loader refuses a file that claims more pixels than any screenshot,
 * before decoding it. */
static void
test_loader_refuses_huge (Fixture       *fixture,
                          gconstpointer  data)
{
  /* A PNG header claiming 60000 × 60000 pixels, and the start of its data. */
  static const guint8 header[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0xea, 0x60, 0, 0, 0xea, 0x60, 8, 6, 0, 0, 0, 0x80, 0xd2, 0x75, 0x42,
    0, 0, 0, 16, 'I', 'D', 'A', 'T', 0x78, 0x9c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  };
  g_autofree char *path = g_build_filename (fixture->dir, "r.debrief.d", "huge.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, (const char *) header, sizeof header, NULL));
  g_assert_null (debrief_image_load_fitted (fixture->folder, "r.debrief.d/huge.png", 48, 32, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "huge.png"));
  g_assert_nonnull (strstr (error->message, "too large"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/thumbnails/cache/fitted", test_cache_loads_fitted);
  ADD ("/thumbnails/cache/missing", test_cache_missing);
  ADD ("/thumbnails/cache/reload-on-mtime", test_cache_reloads_on_mtime);
  ADD ("/thumbnails/cache/async", test_cache_async);
  ADD ("/thumbnails/marker/pixels", test_marker_pixels);
  ADD ("/thumbnails/loader/refuses-huge", test_loader_refuses_huge);
#undef ADD

  return g_test_run ();
}
