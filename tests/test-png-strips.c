/* test-png-strips.c — PNGs drawn in strips are the pictures drawn whole
 *
 * Each picture is drawn once onto one image surface and written with
 * cairo_surface_write_to_png_stream() (what the export did before: the
 * CLI on ARGB32, the pages on RGB24), and once through
 * debrief_png_write_strips(); both files are decoded and must hold the
 * same pixels (within a unit or a few where cairo rounds fractional
 * edges apart; see each test). Strip heights are chosen so boundaries cut
 * through lane labels, glyphs and the title. The renderer must also cull
 * rows outside the clip, or every strip would cost the whole chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <png.h>
#include <string.h>

#include "debrief-png-strips.h"
#include "debrief-review-loader.h"
#include "debrief-timeline-pages.h"


typedef struct {
  DebriefReview           *review;
  DebriefTimelineLayout   *layout;
  DebriefTimelineRenderer *renderer;
  DebriefTimelineFrame     frame;
  DebriefTimelineStyle     style;
  double                   title_height;  /* the chart's offset; `debrief export`'s is fractional */
  gboolean                 transparent;   /* leave the background unpainted */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  fixture->review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
  g_assert_nonnull (fixture->review);
  fixture->layout = debrief_timeline_layout_new (fixture->review);
  fixture->renderer = debrief_timeline_renderer_new ();
  fixture->style = *debrief_timeline_style_get (GPOINTER_TO_INT (data));
  fixture->style.font_family = "DejaVu Sans";
  debrief_timeline_frame_init (&fixture->frame, fixture->layout, &fixture->style);
  fixture->frame.width = 1920;
  fixture->frame.height = debrief_timeline_frame_get_content_height (&fixture->frame);
  fixture->title_height = 48;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_timeline_renderer_free (fixture->renderer);
  debrief_timeline_layout_free (fixture->layout);
  g_object_unref (fixture->review);
}

/* ---- pictures ------------------------------------------------------------------------------ */

/* As `debrief export -o x.png` draws: a title band painted over the whole
 * picture, the chart below it. */
static void
draw_chart (cairo_t  *cr,
            gpointer  user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(PangoLayout) title = pango_cairo_create_layout (cr);

  if (!fixture->transparent)
    {
      debrief_color_set_source (cr, &fixture->style.background);
      cairo_paint (cr);
    }
  pango_layout_set_text (title, "Checkout latency — a title the strips cut through", -1);
  debrief_color_set_source (cr, &fixture->style.text);
  cairo_move_to (cr, 12, 8);
  pango_cairo_show_layout (cr, title);
  cairo_save (cr);
  cairo_translate (cr, 0, fixture->title_height);
  debrief_timeline_renderer_draw (fixture->renderer, cr, &fixture->frame);
  cairo_restore (cr);
}

static int
chart_height (Fixture *fixture)
{
  return (int) ceil (fixture->title_height + fixture->frame.height);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The picture as the export wrote it before strips: drawn whole, then
 * cairo_surface_write_to_png. */
static GByteArray *
write_whole (int                width,
             int                height,
             cairo_format_t     format,
             DebriefPngDrawFunc draw,
             gpointer           user_data)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  draw (cr, user_data);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, bytes), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return bytes;
}

static GBytes *
write_strips (int                width,
              int                height,
              gboolean           opaque,
              int                strip_height,
              int                buffers,
              DebriefPngDrawFunc draw,
              gpointer           user_data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  DebriefPngTuning tuning = { .strip_height = strip_height, .buffers = buffers };
  g_autoptr(GError) error = NULL;

  g_assert_true (debrief_png_write_strips_tuned (width, height, opaque, draw, user_data, &tuning,
                                                 stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

typedef struct {
  const guchar *data;
  gsize         left;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (const guchar *data,
        gsize         size)
{
  Reader reader = { data, size };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The pixel as a PNG decoder sees it: an RGB file has no alpha to keep. */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *row = cairo_image_surface_get_data (surface) + (gsize) y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *) (gconstpointer) row)[x];

  return cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ? pixel | 0xff000000 : pixel;
}

static int
channel_difference (guint32 a,
                    guint32 b)
{
  int most = 0;

  for (int shift = 0; shift < 32; shift += 8)
    most = MAX (most, ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)));
  return most;
}

/* Both files decode to the same pixels, each channel within @tolerance
 * except for at most @outliers pixels; on failure, names the first pixel
 * past that (and which strip it is in) and leaves both pictures in the
 * temporary folder. Outliers (when allowed) must not gather along strip
 * boundaries: no boundary row may hold more of them than the worst row
 * elsewhere, or it is a seam. */
static void
assert_same_pixels (GByteArray *whole,
                    GBytes     *strips,
                    int         strip_height,
                    int         tolerance,
                    guint       outliers)
{
  cairo_surface_t *expected = decode (whole->data, whole->len);
  cairo_surface_t *actual = decode (g_bytes_get_data (strips, NULL), g_bytes_get_size (strips));
  int width = cairo_image_surface_get_width (expected), height = cairo_image_surface_get_height (expected);
  g_autofree guint *per_row = g_new0 (guint, height);
  guint found = 0, worst_inside = 0;

  g_assert_cmpint (cairo_image_surface_get_width (actual), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (actual), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (channel_difference (pixel_at (expected, x, y), pixel_at (actual, x, y)) > tolerance && ++per_row[y] &&
          ++found > outliers)
        {
          g_autofree char *whole_path = g_build_filename (g_get_tmp_dir (), "png-strips-whole.png", NULL);
          g_autofree char *strips_path = g_build_filename (g_get_tmp_dir (), "png-strips-strips.png", NULL);

          cairo_surface_write_to_png (expected, whole_path);
          cairo_surface_write_to_png (actual, strips_path);
          g_error ("pixel (%d, %d) (row %d of strip %d): %08x drawn whole, %08x in strips of %d (see %s and %s)",
                   x, y, y % strip_height, y / strip_height, pixel_at (expected, x, y), pixel_at (actual, x, y),
                   strip_height, whole_path, strips_path);
        }
  for (int y = 0; y < height; y++)
    if (y % strip_height != 0 && y % strip_height != strip_height - 1)
      worst_inside = MAX (worst_inside, per_row[y]);
  for (int y = 0; y < height; y++)
    if (y % strip_height == 0 || y % strip_height == strip_height - 1)
      g_assert_cmpuint (per_row[y], <=, worst_inside);
  g_test_message ("%u pixels differ by more than %d (at most %u in a row)", found, tolerance, worst_inside);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

/* The PNG's colour type (IHDR): 2 is RGB, 6 RGBA. */
static int
color_type (GBytes *png)
{
  const guchar *data = g_bytes_get_data (png, NULL);

  g_assert_cmpuint (g_bytes_get_size (png), >, 26);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  return data[25];
}

/* ---- tests ---------------------------------------------------------------------------------- */

/* A boundary through the middle of the first lane: its header label, its
 * glyphs and labels are cut in two. */
static int
strip_through_first_lane (Fixture *fixture)
{
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);

      if (row->kind == DEBRIEF_ROW_LANE)
        return (int) (fixture->title_height + debrief_timeline_frame_get_lanes_y (&fixture->frame) + row->y +
                      fixture->style.lane_height / 2);
    }
  g_assert_not_reached ();
}

static void
check_chart (Fixture  *fixture,
             gboolean  opaque,
             int       tolerance)
{
  int width = (int) fixture->frame.width, height = chart_height (fixture);
  /* The default, through a lane's label and glyphs, and two heights that
   * put boundaries through the title, glyphs and labels all down the chart. */
  int heights[] = { 0, strip_through_first_lane (fixture), 37, 16 };
  g_autoptr(GByteArray) whole = write_whole (width, height, CAIRO_FORMAT_ARGB32, draw_chart, fixture);

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      /* Drawing beside encoding (the default), and taking turns. */
      g_autoptr(GBytes) strips = write_strips (width, height, opaque, heights[i], 1 + i % 2, draw_chart, fixture);

      g_assert_cmpint (color_type (strips), ==, opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA);
      assert_same_pixels (whole, strips, heights[i] ? heights[i] : 256, tolerance, 0);
    }
}

static void
test_chart_same_pixels (Fixture       *fixture,
                        gconstpointer  data)
{
  check_chart (fixture, TRUE, 0);
}

/* `debrief export` puts the chart 3.2 header sizes down (41.6 px on
 * screen), so its clip has fractional edges. Cairo then picks its
 * compositing path (a lerp, or a mask) for each fill by whether the
 * fill's extents cross the clip's fractional edge — which they do in the
 * whole picture and not inside a strip — and the two round a unit apart.
 * A unit, never a seam. */
static void
test_chart_fractional_offset (Fixture       *fixture,
                              gconstpointer  data)
{
  fixture->title_height = fixture->style.header_size * 3.2;
  g_assert_cmpfloat (fixture->title_height, !=, floor (fixture->title_height));
  check_chart (fixture, TRUE, 1);
}

/* Without a background, the PNG keeps alpha, un-premultiplied as cairo does. */
static void
test_chart_transparent (Fixture       *fixture,
                        gconstpointer  data)
{
  fixture->transparent = TRUE;
  check_chart (fixture, FALSE, 0);
}

/* The Export dialog's picture, as debrief_timeline_pages_write_picture()
 * drew it before strips: the whole page on one RGB24 surface. */
static GByteArray *
write_page_whole (Fixture *fixture,
                  int      width_px,
                  double   dpi)
{
  DebriefPageSetup setup;
  g_autoptr(DebriefTimelinePages) pages = NULL;
  double scale = dpi / 72;
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *bytes = g_byte_array_new ();

  debrief_page_setup_init (&setup, fixture->layout);
  setup.style = &fixture->style;
  setup.width = width_px / scale;
  setup.height = 30000 / scale;
  setup.pages_across = 1;
  pages = debrief_timeline_pages_new (&setup);
  setup.height = debrief_timeline_pages_get_natural_height (pages);
  g_clear_pointer (&pages, debrief_timeline_pages_free);
  pages = debrief_timeline_pages_new (&setup);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width_px, (int) ceil (setup.height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  debrief_timeline_pages_draw (pages, fixture->renderer, cr, 0);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, bytes), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return bytes;
}

static void
check_page_picture (Fixture *fixture,
                    int      width_px,
                    double   dpi,
                    int      tolerance,
                    guint    outliers)
{
  g_autoptr(GByteArray) whole = write_page_whole (fixture, width_px, dpi);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) strips = NULL;
  g_autoptr(GError) error = NULL;
  DebriefPageSetup setup;
  guint drawn = 0;

  debrief_page_setup_init (&setup, fixture->layout);
  setup.style = &fixture->style;
  g_assert_true (debrief_timeline_pages_write_picture (&setup, FALSE, width_px, dpi, stream, &drawn, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (drawn, >, 0);
  g_output_stream_close (stream, NULL, NULL);
  strips = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpint (color_type (strips), ==, PNG_COLOR_TYPE_RGB);
  assert_same_pixels (whole, strips, 256, tolerance, outliers);
}

/* At 96 dpi (the Export dialog's default) the page's pixels are the same. */
static void
test_page_picture (Fixture       *fixture,
                   gconstpointer  data)
{
  check_page_picture (fixture, 2000, 96, 0, 0);
}

/* At 150 dpi every edge of the page is fractional, and cairo's choice of
 * path per fill (see fractional-offset) moves antialiased edges of the
 * long vertical lines — grid, dashed markers — by up to 8 units (in about
 * 1 % of the pixels, along those lines). And a label whose position falls
 * on half a pixel (25/12 px a point makes many) may be placed a pixel
 * apart, as floating-point rounding goes: so some pixels may differ more
 * (up to 0.2 % with the metric charts; 1 % allowed), but not along strip
 * boundaries more than elsewhere. The strict tests above hold every
 * boundary to the same pixels. */
static void
test_page_picture_fractional (Fixture       *fixture,
                              gconstpointer  data)
{
  check_page_picture (fixture, 3000, 150, 8, 3000 * 1000 / 100);
}

/* What the renderer drew for @cr: events one by one, and labels. */
static guint
draw_counting (Fixture *fixture,
               cairo_t *cr)
{
  const DebriefRenderStats *stats = debrief_timeline_renderer_get_stats (fixture->renderer);

  debrief_timeline_renderer_draw (fixture->renderer, cr, &fixture->frame);
  return stats->items + stats->labels;
}

/* A strip draws only the rows it shows: lanes far outside the clip cost
 * nothing, and neither do hand-offs between them; a strip below the chart
 * draws none of it. */
static void
test_renderer_culls_rows (Fixture       *fixture,
                          gconstpointer  data)
{
  cairo_surface_t *whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) fixture->frame.width,
                                                       (int) fixture->frame.height);
  cairo_surface_t *strip = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) fixture->frame.width, 40);
  cairo_t *cr = cairo_create (whole);
  guint whole_drawn, strip_drawn, below_drawn;

  whole_drawn = draw_counting (fixture, cr);
  cairo_destroy (cr);
  cr = cairo_create (strip);
  cairo_translate (cr, 0, -fixture->frame.height / 2);
  strip_drawn = draw_counting (fixture, cr);
  /* Below the chart (the legend's strip): the clip is empty. */
  cairo_translate (cr, 0, -fixture->frame.height);
  below_drawn = draw_counting (fixture, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (strip);

  g_assert_cmpuint (whole_drawn, >, 100);
  g_assert_cmpuint (strip_drawn, >, 0);
  g_assert_cmpuint (strip_drawn, <, whole_drawn / 2);
  g_assert_cmpuint (below_drawn, ==, 0);
}

/* A write that fails (a full disk, a closed file) is an error, not a crash
 * or half a success. */
static void
test_write_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_close (stream, NULL, NULL);
  g_assert_false (debrief_png_write_strips ((int) fixture->frame.width, chart_height (fixture), TRUE,
                                            draw_chart, fixture, stream, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static int strips_drawn;

/* Breaks the cairo_t in the third strip, as running out of memory would. */
static void
draw_and_fail (cairo_t  *cr,
               gpointer  user_data)
{
  draw_chart (cr, user_data);
  if (++strips_drawn == 3)
    cairo_restore (cr);
}

/* A strip that cannot be drawn stops the picture with an error; the
 * encoding thread is not left waiting. */
static void
test_draw_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  DebriefPngTuning tuning = { .strip_height = 64 };
  g_autoptr(GError) error = NULL;

  strips_drawn = 0;
  g_assert_false (debrief_png_write_strips_tuned ((int) fixture->frame.width, chart_height (fixture), TRUE,
                                                  draw_and_fail, fixture, &tuning, stream, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpint (strips_drawn, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/png-strips/chart/screen", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT),
              fixture_set_up, test_chart_same_pixels, fixture_tear_down);
  g_test_add ("/png-strips/chart/dark", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_DARK),
              fixture_set_up, test_chart_same_pixels, fixture_tear_down);
  g_test_add ("/png-strips/chart/projection", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PROJECTION),
              fixture_set_up, test_chart_same_pixels, fixture_tear_down);
  g_test_add ("/png-strips/chart/print", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PRINT),
              fixture_set_up, test_chart_same_pixels, fixture_tear_down);
  g_test_add ("/png-strips/chart/fractional-offset", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_DARK),
              fixture_set_up, test_chart_fractional_offset, fixture_tear_down);
  g_test_add ("/png-strips/chart/transparent", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT),
              fixture_set_up, test_chart_transparent, fixture_tear_down);
  g_test_add ("/png-strips/page-picture", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PRINT),
              fixture_set_up, test_page_picture, fixture_tear_down);
  g_test_add ("/png-strips/page-picture/150-dpi", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PRINT),
              fixture_set_up, test_page_picture_fractional, fixture_tear_down);
  g_test_add ("/png-strips/renderer-culls-rows", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT),
              fixture_set_up, test_renderer_culls_rows, fixture_tear_down);
  g_test_add ("/png-strips/write-error", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT),
              fixture_set_up, test_write_error, fixture_tear_down);
  g_test_add ("/png-strips/draw-error", Fixture, GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT),
              fixture_set_up, test_draw_error, fixture_tear_down);
  return g_test_run ();
}
