/* debrief-png-strips.c — a large picture drawn and encoded a strip at a time
 *
 * A chart 10,000 px wide is some thousands of pixels tall: held whole as
 * one image surface it takes 130–170 MB, and cairo_surface_write_to_png()
 * spends most of its time in zlib at its default level, trying every PNG
 * filter on every row. Here the picture is drawn a few hundred rows at a
 * time (the renderer culls what lies outside the clip, so each strip
 * costs only its own rows) and each strip is handed to libpng at once,
 * at a fast zlib level with one filter. Drawing and encoding each take
 * about half the time, so they run side by side: this thread draws the
 * next strip while a second one encodes the last (two strip buffers go
 * back and forth between them). Where the picture sits on whole
 * pixels, its pixels are the ones cairo_surface_write_to_png() wrote;
 * with fractional edges, cairo rounds a few edge pixels a little apart
 * (tests/test-png-strips.c, docs/ARCHITECTURE.md).
 *
 * libpng is what cairo itself links for PNG, so this adds no library at
 * run time; only its header is new at build time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-png-strips"

#include "config.h"

#include <png.h>
#include <string.h>

#include "debrief-png-strips.h"

#define DEFAULT_STRIP_HEIGHT 256
/* Rows drawn above and below each strip but not written. Cairo's
 * rasteriser is not quite exact where a shape is cut by the surface's
 * edge (a glyph's last row came out up to 31 units off); a row of margin
 * already makes strips match the whole picture, and 4 costs next to
 * nothing. */
#define OVERLAP 4
#define DEFAULT_LEVEL 2
#define DEFAULT_FILTER PNG_FILTER_UP
/* libpng writes an IDAT chunk whenever this much is compressed. */
#define COMPRESSION_BUFFER (256 * 1024)

/* One strip's pixels, passed between the drawing and the encoding thread. */
typedef struct {
  guchar *pixels;
  int     top;     /* the picture's first row written from it */
  int     above;   /* overlap rows drawn above that one */
  int     rows;    /* 0: no more strips */
} Strip;

typedef struct {
  int                 width;
  int                 height;
  gboolean            opaque;
  DebriefPngDrawFunc  draw;
  gpointer            user_data;
  DebriefPngTuning    tuning;
  GOutputStream      *stream;
  int                 stride;
  Strip               strips[2];
  Strip               last;       /* the end of the picture */
  GAsyncQueue        *drawn;      /* strips to encode, in order, then `last` */
  GAsyncQueue        *free;       /* strips to draw into */
  int                 failed;     /* atomic: the encoder gave up; stop drawing */
  /* The encoding thread's own. */
  GError             *error;      /* the first failure */
  png_structp         png;
  png_infop           info;
  Strip              *encoding;   /* the strip libpng is busy with, if any */
  gboolean            at_end;     /* `last` has come */
  guchar             *row;        /* one row in PNG's byte order */
} Encoder;

/* ---- libpng's callbacks ----------------------------------------------------------------- */

static void
on_png_write (png_structp png,
              png_bytep   data,
              size_t      length)
{
  Encoder *encoder = png_get_io_ptr (png);

  if (!g_output_stream_write_all (encoder->stream, data, length, NULL, NULL, &encoder->error))
    png_error (png, "write failed");
}

static void
on_png_flush (png_structp png)
{
}

static void
on_png_error (png_structp     png,
              png_const_charp message)
{
  Encoder *encoder = png_get_error_ptr (png);

  if (encoder->error == NULL)
    g_set_error (&encoder->error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write the PNG: %s", message);
  png_longjmp (png, 1);
}

static void
on_png_warning (png_structp     png,
                png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

/* ---- pixels ------------------------------------------------------------------------------- */

/* Cairo's pixels are native-endian 32-bit words, premultiplied; the
 * rounding is cairo_surface_write_to_png()'s, so the bytes match it.
 * Opaque pixels are their own un-premultiplied colour. */
static void
convert_row (Encoder        *encoder,
             const guint32  *pixels)
{
  guchar *out = encoder->row;

  if (encoder->opaque)
    for (int x = 0; x < encoder->width; x++, out += 3)
      {
        out[0] = pixels[x] >> 16;
        out[1] = pixels[x] >> 8;
        out[2] = pixels[x];
      }
  else
    for (int x = 0; x < encoder->width; x++, out += 4)
      {
        guint alpha = pixels[x] >> 24;

        if (alpha == 0)
          {
            memset (out, 0, 4);
            continue;
          }
        out[0] = (((pixels[x] >> 16) & 0xff) * 255 + alpha / 2) / alpha;
        out[1] = (((pixels[x] >> 8) & 0xff) * 255 + alpha / 2) / alpha;
        out[2] = ((pixels[x] & 0xff) * 255 + alpha / 2) / alpha;
        out[3] = alpha;
      }
}

static cairo_format_t
strip_format (Encoder *encoder)
{
  return encoder->opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32;
}

/* Rows [@top, @top + @rows) of the picture, drawn into @strip with
 * OVERLAP rows more above and below (where the picture has them). */
static gboolean
draw_strip (Encoder *encoder,
            Strip   *strip,
            int      top,
            int      rows)
{
  int below = MIN (encoder->height - top - rows, OVERLAP);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  strip->top = top;
  strip->rows = rows;
  strip->above = MIN (top, OVERLAP);
  /* The buffers are reused: a new surface each time would cost its pages
   * faulted in afresh. It starts transparent black, as a new one. */
  memset (strip->pixels, 0, (gsize) encoder->stride * (strip->above + rows + below));
  surface = cairo_image_surface_create_for_data (strip->pixels, strip_format (encoder), encoder->width,
                                                 strip->above + rows + below, encoder->stride);
  cr = cairo_create (surface);
  /* A whole-pixel shift: every edge falls on the same pixels as it would
   * in one big surface, so strips meet without seams. */
  cairo_translate (cr, 0, strip->above - top);
  encoder->draw (cr, encoder->user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

static void
encode_strip (Encoder *encoder,
              Strip   *strip)
{
  const guchar *data = strip->pixels + (gsize) strip->above * encoder->stride;

  for (int y = 0; y < strip->rows; y++)
    {
      convert_row (encoder, (const guint32 *) (gconstpointer) (data + (gsize) y * encoder->stride));
      png_write_row (encoder->png, encoder->row);
    }
}

/* ---- the file ------------------------------------------------------------------------------ */

static void
write_header (Encoder *encoder)
{
  png_set_write_fn (encoder->png, encoder, on_png_write, on_png_flush);
  png_set_compression_level (encoder->png, encoder->tuning.level);
  if (encoder->tuning.strategy > 0)
    png_set_compression_strategy (encoder->png, encoder->tuning.strategy);
  png_set_compression_buffer_size (encoder->png, COMPRESSION_BUFFER);
  png_set_filter (encoder->png, PNG_FILTER_TYPE_BASE, encoder->tuning.filter);
  png_set_IHDR (encoder->png, encoder->info, encoder->width, encoder->height, 8,
                encoder->opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info (encoder->png, encoder->info);
}

/* Everything libpng touches happens under its setjmp, in the encoding
 * thread: an error (a failed write, a full disk) comes back here. The
 * state a jump must not lose lives in the encoder, not in locals. */
static gboolean
encode (Encoder *encoder)
{
  if (setjmp (png_jmpbuf (encoder->png)))
    return FALSE;

  write_header (encoder);
  for (;;)
    {
      encoder->encoding = g_async_queue_pop (encoder->drawn);
      if (encoder->encoding->rows == 0)
        break;
      encode_strip (encoder, encoder->encoding);
      g_async_queue_push (encoder->free, g_steal_pointer (&encoder->encoding));
    }
  encoder->encoding = NULL;
  encoder->at_end = TRUE;
  /* Drawing failed: the picture is incomplete, and the caller says so. */
  if (!g_atomic_int_get (&encoder->failed))
    png_write_end (encoder->png, encoder->info);
  return TRUE;
}

/* After a failure, strips still come until the end; each goes straight
 * back, so the drawing thread never waits for a buffer in vain. */
static void
drain (Encoder *encoder)
{
  Strip *strip = g_steal_pointer (&encoder->encoding);

  g_atomic_int_set (&encoder->failed, 1);
  if (strip != NULL)
    g_async_queue_push (encoder->free, strip);
  while (!encoder->at_end)
    {
      strip = g_async_queue_pop (encoder->drawn);
      encoder->at_end = strip->rows == 0;
      if (!encoder->at_end)
        g_async_queue_push (encoder->free, strip);
    }
}

static gpointer
run_encoder (gpointer data)
{
  Encoder *encoder = data;

  if (!encode (encoder))
    drain (encoder);
  return NULL;
}

/* Draws every strip in order, handing each to the encoding thread, and
 * stops early once that has failed. FALSE if drawing itself failed. */
static gboolean
draw_strips (Encoder *encoder)
{
  gboolean drawn = TRUE;

  for (int top = 0; top < encoder->height && drawn && !g_atomic_int_get (&encoder->failed);
       top += encoder->tuning.strip_height)
    {
      Strip *strip = g_async_queue_pop (encoder->free);

      drawn = draw_strip (encoder, strip, top, MIN (encoder->tuning.strip_height, encoder->height - top));
      if (!drawn)
        g_atomic_int_set (&encoder->failed, 1);
      g_async_queue_push (encoder->drawn, strip);
    }
  g_async_queue_push (encoder->drawn, &encoder->last);
  return drawn;
}

static void
encoder_init (Encoder *encoder)
{
  gsize size = (gsize) encoder->stride * (encoder->tuning.strip_height + 2 * OVERLAP);

  encoder->row = g_malloc ((gsize) encoder->width * 4);
  encoder->drawn = g_async_queue_new ();
  encoder->free = g_async_queue_new ();
  for (int i = 0; i < encoder->tuning.buffers; i++)
    {
      encoder->strips[i].pixels = g_malloc (size);
      g_async_queue_push (encoder->free, &encoder->strips[i]);
    }
}

static void
encoder_clear (Encoder *encoder)
{
  png_destroy_write_struct (&encoder->png, &encoder->info);
  for (guint i = 0; i < G_N_ELEMENTS (encoder->strips); i++)
    g_free (encoder->strips[i].pixels);
  g_async_queue_unref (encoder->drawn);
  g_async_queue_unref (encoder->free);
  g_free (encoder->row);
}

gboolean
debrief_png_write_strips_tuned (int                      width,
                                int                      height,
                                gboolean                 opaque,
                                DebriefPngDrawFunc       draw,
                                gpointer                 user_data,
                                const DebriefPngTuning  *tuning,
                                GOutputStream           *stream,
                                GError                 **error)
{
  Encoder encoder = { width, height, opaque, draw, user_data, *tuning, stream };
  GThread *thread;
  gboolean drawn;

  g_return_val_if_fail (width > 0 && height > 0 && draw != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (encoder.tuning.strip_height <= 0)
    encoder.tuning.strip_height = DEFAULT_STRIP_HEIGHT;
  if (encoder.tuning.level <= 0)
    encoder.tuning.level = DEFAULT_LEVEL;
  if (encoder.tuning.filter == 0)
    encoder.tuning.filter = DEFAULT_FILTER;
  encoder.tuning.buffers = CLAMP (encoder.tuning.buffers, 0, (int) G_N_ELEMENTS (encoder.strips));
  if (encoder.tuning.buffers == 0)
    encoder.tuning.buffers = G_N_ELEMENTS (encoder.strips);
  encoder.stride = cairo_format_stride_for_width (strip_format (&encoder), width);

  encoder.png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &encoder, on_png_error, on_png_warning);
  encoder.info = encoder.png ? png_create_info_struct (encoder.png) : NULL;
  if (encoder.info == NULL)
    {
      png_destroy_write_struct (&encoder.png, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write the PNG: out of memory");
      return FALSE;
    }
  encoder_init (&encoder);

  thread = g_thread_new ("debrief-png", run_encoder, &encoder);
  drawn = draw_strips (&encoder);
  g_thread_join (thread);

  encoder_clear (&encoder);
  if (!drawn)
    {
      g_clear_error (&encoder.error);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not draw the PNG");
      return FALSE;
    }
  if (encoder.error != NULL)
    {
      g_propagate_error (error, encoder.error);
      return FALSE;
    }
  return TRUE;
}

gboolean
debrief_png_write_strips (int                 width,
                          int                 height,
                          gboolean            opaque,
                          DebriefPngDrawFunc  draw,
                          gpointer            user_data,
                          GOutputStream      *stream,
                          GError            **error)
{
  const DebriefPngTuning defaults = { 0 };

  return debrief_png_write_strips_tuned (width, height, opaque, draw, user_data, &defaults, stream, error);
}
