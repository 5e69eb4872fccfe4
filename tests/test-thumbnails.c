/* test-thumbnails.c — images' thumbnails on the timeline: the cache and the
 * renderer's marker, drawn to pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <png.h>
#include <stdio.h>
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

/* ---- PNGs read a row at a time -------------------------------------------------------- */

/* Eight 40 × 40 blocks, 4 across, 2 down: colours, greys, half and no opacity. */
static const guint8 blocks[8][4] = {
  { 255, 0, 0, 255 }, { 0, 255, 0, 255 }, { 0, 0, 255, 255 }, { 255, 255, 255, 255 },
  { 0, 0, 0, 255 }, { 200, 100, 50, 128 }, { 90, 90, 90, 255 }, { 10, 20, 30, 0 },
};

static void
block_pixel (int     x,
             int     y,
             guint8 *out)
{
  memcpy (out, blocks[(y / 40) * 4 + x / 40], 4);
}

/* Writes the blocks as a PNG of @color_type and @depth, interlaced or not. */
static void
write_blocks_png (const char *path,
                  int         color_type,
                  int         depth,
                  gboolean    interlaced)
{
  FILE *file = fopen (path, "wb");
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct (png);
  int channels = color_type == PNG_COLOR_TYPE_RGBA ? 4 : color_type == PNG_COLOR_TYPE_RGB ? 3 : 1;
  int bytes = channels * depth / 8;
  g_autofree guint8 *image = g_malloc0 ((gsize) 160 * 80 * bytes);
  png_bytep rows[80];
  png_color palette[8];
  png_byte alphas[8];

  g_assert_nonnull (file);
  png_init_io (png, file);
  png_set_IHDR (png, info, 160, 80, depth, color_type, interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  for (int i = 0; i < 8; i++)
    {
      palette[i] = (png_color) { blocks[i][0], blocks[i][1], blocks[i][2] };
      alphas[i] = blocks[i][3];
    }
  if (color_type == PNG_COLOR_TYPE_PALETTE)
    {
      png_set_PLTE (png, info, palette, 8);
      png_set_tRNS (png, info, alphas, 8, NULL);
    }
  png_write_info (png, info);
  for (int y = 0; y < 80; y++)
    {
      rows[y] = image + (gsize) y * 160 * bytes;
      for (int x = 0; x < 160; x++)
        {
          guint8 rgba[4];
          guint8 *p = rows[y] + x * bytes;

          block_pixel (x, y, rgba);
          if (color_type == PNG_COLOR_TYPE_PALETTE)
            p[0] = (guint8) ((y / 40) * 4 + x / 40);
          else if (color_type == PNG_COLOR_TYPE_GRAY)
            p[0] = rgba[0];
          else
            for (int c = 0; c < channels; c++)
              for (int b = 0; b < depth / 8; b++)
                p[c * depth / 8 + b] = rgba[c];   /* 16 bits: the value twice, 0xABAB */
        }
    }
  png_write_image (png, rows);
  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  fclose (file);
}

/* Premultiplied, as cairo holds it. */
static guint32
expected (const guint8 *rgba,
          gboolean      grey)
{
  guint a = rgba[3], r = rgba[0], g = grey ? rgba[0] : rgba[1], b = grey ? rgba[0] : rgba[2];

  return a << 24 | (r * a + 127) / 255 << 16 | (g * a + 127) / 255 << 8 | (b * a + 127) / 255;
}

static gboolean
close_to (guint32 a,
          guint32 b)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 2)
      return FALSE;
  return TRUE;
}

/* Read at a quarter of the size, each block is 10 × 10 of its own colour,
 * whatever kind of PNG holds it — and the interlaced ones, read the old
 * way, agree. */
static void
test_png_kinds (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct { const char *name; int type, depth; gboolean interlaced, grey; } kinds[] = {
    { "rgba8.png", PNG_COLOR_TYPE_RGBA, 8, FALSE, FALSE },
    { "rgba16.png", PNG_COLOR_TYPE_RGBA, 16, FALSE, FALSE },
    { "rgb8.png", PNG_COLOR_TYPE_RGB, 8, FALSE, FALSE },
    { "grey8.png", PNG_COLOR_TYPE_GRAY, 8, FALSE, TRUE },
    { "palette.png", PNG_COLOR_TYPE_PALETTE, 8, FALSE, FALSE },
    { "interlaced.png", PNG_COLOR_TYPE_RGBA, 8, TRUE, FALSE },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "r.debrief.d", kinds[k].name, NULL);
      g_autofree char *relative = g_build_filename ("r.debrief.d", kinds[k].name, NULL);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;

      write_blocks_png (path, kinds[k].type, kinds[k].depth, kinds[k].interlaced);
      surface = debrief_image_load_fitted (fixture->folder, relative, 40, 40, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 40);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 20);
      for (int i = 0; i < 8; i++)
        {
          guint8 rgba[4];
          int x = (i % 4) * 10 + 5, y = (i / 4) * 10 + 5;

          block_pixel (x * 4, y * 4, rgba);
          if (kinds[k].grey || kinds[k].type == PNG_COLOR_TYPE_RGB)
            rgba[3] = 255;
          if (!close_to (pixel_at (surface, x, y), expected (rgba, kinds[k].grey)))
            g_error ("%s, block %d: 0x%08x, expected 0x%08x", kinds[k].name, i, pixel_at (surface, x, y),
                     expected (rgba, kinds[k].grey));
        }
      cairo_surface_destroy (surface);
    }
}

/* A PNG cut off half way: a reason, not a crash. */
static void
test_png_truncated (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "r.debrief.d", "cut.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  write_png (path, 400, 300, SHOT_R, SHOT_G, SHOT_B);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length / 2, NULL));
  g_assert_null (debrief_image_load_fitted (fixture->folder, "r.debrief.d/cut.png", 48, 32, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "cut.png"));
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
  ADD ("/thumbnails/loader/png-kinds", test_png_kinds);
  ADD ("/thumbnails/loader/png-truncated", test_png_truncated);
#undef ADD

  return g_test_run ();
}
