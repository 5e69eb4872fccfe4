/* debrief-png-scaled.c — a PNG read straight to a smaller size, a row at a time
 *
 * Screenshots are PNGs, and gdk-pixbuf's PNG loader decodes the whole
 * image before scaling it: a 4K screenshot's thumbnail cost 25 MB for a
 * moment (bench-thumbnails), where its JPEG loader scales while reading.
 * This reads the PNG with libpng (which cairo links already) one row at a
 * time and averages each block of source pixels into the pixel it becomes
 * (a box filter, weighted by alpha, so a transparent edge does not darken),
 * holding one source row and one row of sums: a few tens of KB for any
 * size. Interlaced PNGs (rare for screenshots) need every pass at once;
 * for them the caller is told so and decodes as before.
 *
 * libpng reports errors by longjmp: everything the error path frees lives
 * in a heap-allocated Reader made before setjmp, so nothing it needs is a
 * local variable changed after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-image"

#include "config.h"

#include <gio/gio.h>
#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <string.h>

#include "debrief-png-scaled.h"

typedef struct {
  FILE            *file;
  png_structp      png;
  png_infop        info;
  guint8          *row;
  guint64         *sums;      /* per target pixel: Σr·a, Σg·a, Σb·a, Σa */
  guint32         *column;    /* source x → target x */
  guint           *columns_per_pixel;
  cairo_surface_t *surface;
  char             message[200];
} Reader;

static void
on_error (png_structp     png,
          png_const_charp message)
{
  Reader *reader = png_get_error_ptr (png);

  g_strlcpy (reader->message, message, sizeof reader->message);
  png_longjmp (png, 1);
}

static void
on_warning (png_structp     png,
            png_const_charp message)
{
}

static void
reader_free (Reader *reader)
{
  if (reader->png != NULL)
    png_destroy_read_struct (&reader->png, reader->info ? &reader->info : NULL, NULL);
  if (reader->file != NULL)
    fclose (reader->file);
  g_free (reader->row);
  g_free (reader->sums);
  g_free (reader->column);
  g_free (reader->columns_per_pixel);
  g_clear_pointer (&reader->surface, cairo_surface_destroy);
  g_free (reader);
}

/* The averages of one block row of sums into target row @y (premultiplied ARGB). */
static void
emit_row (Reader *reader,
          int     y,
          int     width,
          guint   rows)
{
  const guint *columns_per_pixel = reader->columns_per_pixel;
  guint32 *out = (guint32 *) (cairo_image_surface_get_data (reader->surface) +
                              (gsize) y * cairo_image_surface_get_stride (reader->surface));

  for (int x = 0; x < width; x++)
    {
      guint64 *sum = reader->sums + 4 * x;
      guint64 n = (guint64) rows * columns_per_pixel[x];
      guint32 a = n ? (guint32) ((sum[3] + n / 2) / n) : 0;
      guint64 d = n * 255;

      out[x] = a << 24 | (guint32) ((sum[0] + d / 2) / d) << 16 | (guint32) ((sum[1] + d / 2) / d) << 8 |
               (guint32) ((sum[2] + d / 2) / d);
    }
  memset (reader->sums, 0, sizeof (guint64) * 4 * width);
}

static void
accumulate (Reader *reader,
            int     source_width)
{
  const guint8 *p = reader->row;

  for (int x = 0; x < source_width; x++, p += 4)
    {
      guint64 *sum = reader->sums + 4 * reader->column[x];
      guint a = p[3];

      sum[0] += (guint) p[0] * a;
      sum[1] += (guint) p[1] * a;
      sum[2] += (guint) p[2] * a;
      sum[3] += a;
    }
}

/* Reads every row, averaging blocks into the surface's rows. */
static void
read_rows (Reader *reader,
           int     width,
           int     height)
{
  int source_width = (int) png_get_image_width (reader->png, reader->info);
  int source_height = (int) png_get_image_height (reader->png, reader->info);
  int target_y = 0;
  guint rows = 0;

  /* On the reader, not here: a libpng error jumps past this function. */
  reader->columns_per_pixel = g_new0 (guint, width);
  for (int x = 0; x < source_width; x++)
    reader->columns_per_pixel[reader->column[x]]++;
  cairo_surface_flush (reader->surface);
  for (int y = 0; y < source_height; y++)
    {
      int to = (int) ((gint64) y * height / source_height);

      if (to != target_y)
        {
          emit_row (reader, target_y, width, rows);
          target_y = to;
          rows = 0;
        }
      png_read_row (reader->png, reader->row, NULL);
      accumulate (reader, source_width);
      rows++;
    }
  emit_row (reader, target_y, width, rows);
  cairo_surface_mark_dirty (reader->surface);
}

/**
 * debrief_png_read_scaled:
 * @width: @height: the size to read it at, no larger than the image
 * @out_interlaced: (out): TRUE (and NULL returned, no error) for an
 *   interlaced PNG, which this does not read
 *
 * Returns: (transfer full) (nullable): an ARGB32 surface, or NULL and
 * @error with libpng's reason
 */
cairo_surface_t *
debrief_png_read_scaled (const char  *path,
                         int          width,
                         int          height,
                         gboolean    *out_interlaced,
                         GError     **error)
{
  Reader *reader = g_new0 (Reader, 1);
  cairo_surface_t *surface = NULL;

  g_return_val_if_fail (width > 0 && height > 0 && out_interlaced != NULL, NULL);

  *out_interlaced = FALSE;
  reader->file = fopen (path, "rb");
  reader->png = png_create_read_struct (PNG_LIBPNG_VER_STRING, reader, on_error, on_warning);
  reader->info = reader->png ? png_create_info_struct (reader->png) : NULL;
  if (reader->file == NULL || reader->info == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_strerror (errno));
      reader_free (reader);
      return NULL;
    }
  if (setjmp (png_jmpbuf (reader->png)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s", reader->message);
      reader_free (reader);
      return NULL;
    }
  png_init_io (reader->png, reader->file);
  png_read_info (reader->png, reader->info);
  if (png_get_interlace_type (reader->png, reader->info) != PNG_INTERLACE_NONE ||
      (int) png_get_image_width (reader->png, reader->info) < width ||
      (int) png_get_image_height (reader->png, reader->info) < height)
    {
      *out_interlaced = png_get_interlace_type (reader->png, reader->info) != PNG_INTERLACE_NONE;
      if (!*out_interlaced)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "a PNG is read smaller, never larger");
      reader_free (reader);
      return NULL;
    }
  /* Whatever the PNG holds (palette, grey, 16 bits, transparency) as 8-bit RGBA. */
  png_set_expand (reader->png);
  png_set_strip_16 (reader->png);
  png_set_gray_to_rgb (reader->png);
  png_set_filler (reader->png, 0xff, PNG_FILLER_AFTER);
  png_read_update_info (reader->png, reader->info);
  reader->row = g_malloc (png_get_rowbytes (reader->png, reader->info));
  reader->sums = g_new0 (guint64, 4 * (gsize) width);
  reader->column = g_new (guint32, png_get_image_width (reader->png, reader->info));
  for (guint32 x = 0; x < png_get_image_width (reader->png, reader->info); x++)
    reader->column[x] = (guint32) ((guint64) x * width / png_get_image_width (reader->png, reader->info));
  reader->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  read_rows (reader, width, height);
  surface = g_steal_pointer (&reader->surface);
  reader_free (reader);
  return surface;
}
