/* debrief-image-loader.c — an artefact's image, decoded at the size it is shown
 *
 * The timeline's thumbnails and the printed image pages both start from a
 * path stored in the review. The path goes through the model's policy
 * (relative, inside the review's folder once links are followed, a regular
 * file) before anything is opened, and the image is decoded by gdk-pixbuf
 * (the image library under GTK, not GTK itself: the command line uses it
 * too) straight to the size it is drawn at, so a 4K screenshot costs a
 * thumbnail's memory: JPEG's decoder scales as it reads, and PNGs — most
 * screenshots — are read a row at a time by debrief-png-scaled.c, since
 * gdk-pixbuf's PNG loader decodes the whole image first (25 MB for a
 * moment at 4K; interlaced PNGs still go that way). The image's declared size
 * is checked before decoding: a file claiming to be 100k × 100k pixels is
 * refused, not allocated.
 *
 * The bundled example opens from the app's resources, and so do its
 * images: a folder in resource:// (ours, read-only, without links) is
 * taken as it is, after the same check of the path's text.
 *
 * Safe to call from any thread: it touches no shared state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-image"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "debrief-artefact-path.h"
#include "debrief-image-loader.h"
#include "debrief-png-scaled.h"

static gboolean
query_mtime (GFile   *file,
             gint64  *out_mtime,
             GError **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);

  if (info == NULL)
    return FALSE;
  *out_mtime = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
               g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  return TRUE;
}

static gboolean
is_resource (GFile *folder)
{
  return folder != NULL && g_file_has_uri_scheme (folder, "resource");
}

/* When the file behind @path last changed; FALSE if it cannot be reached
 * (missing, outside the folder): the caller loads again and learns why. */
gboolean
debrief_image_query_mtime (GFile      *review_folder,
                           const char *path,
                           gint64     *out_mtime)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (out_mtime != NULL, FALSE);
  if (is_resource (review_folder))
    {
      *out_mtime = 1;   /* built into the app: it never changes */
      return TRUE;
    }
  if (review_folder == NULL || (file = debrief_artefact_path_resolve (review_folder, path, NULL)) == NULL)
    return FALSE;
  return query_mtime (file, out_mtime, NULL);
}

/* Premultiplied ARGB, what cairo paints; gdk-pixbuf gives straight RGB(A). */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf), height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf), stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guchar *out = cairo_image_surface_get_data (surface);
  int out_stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guchar *p = pixels + (gsize) y * stride;
      guint32 *q = (guint32 *) (out + (gsize) y * out_stride);

      for (int x = 0; x < width; x++, p += channels)
        {
          guint a = channels == 4 ? p[3] : 255;

          q[x] = a << 24 | (p[0] * a + 127) / 255 << 16 | (p[1] * a + 127) / 255 << 8 | (p[2] * a + 127) / 255;
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static gboolean
fitted_size (const char *path,
             int         width,
             int         height,
             int         max_width,
             int         max_height,
             int        *out_width,
             int        *out_height,
             GError    **error)
{
  double scale;

  if (width <= 0 || height <= 0 || (gint64) width * height > DEBRIEF_IMAGE_MAX_PIXELS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Artefact “%s”: the image is too large (%d × %d pixels)"), path, width, height);
      return FALSE;
    }
  /* Never larger than the image itself: a small icon stays sharp and small. */
  scale = MIN (1.0, MIN ((double) max_width / width, (double) max_height / height));
  *out_width = MAX (1, (int) round (width * scale));
  *out_height = MAX (1, (int) round (height * scale));
  return TRUE;
}

static cairo_surface_t *
load_resource (GFile       *review_folder,
               const char  *path,
               int          max_width,
               int          max_height,
               gint64      *out_mtime,
               GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  if (!debrief_artefact_path_is_safe (path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, _("Artefact “%s”: %s"), path ? path : "",
                   _("expected a relative path inside the review’s folder"));
      return NULL;
    }
  file = g_file_resolve_relative_path (review_folder, path);
  if ((bytes = g_file_load_bytes (file, NULL, NULL, error)) == NULL)
    return NULL;
  stream = g_memory_input_stream_new_from_bytes (bytes);
  if ((pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, max_width, max_height, TRUE, NULL, error)) == NULL)
    return NULL;
  if (out_mtime != NULL)
    *out_mtime = 1;
  return surface_from_pixbuf (pixbuf);
}

/**
 * debrief_image_load_fitted:
 * @review_folder: (nullable): the folder the review file is in
 * @out_mtime: (out) (optional): when the file last changed, in µs
 *
 * Decodes the image @path names (relative to @review_folder) to fit in
 * @max_width × @max_height pixels, keeping its aspect.
 *
 * Returns: (transfer full) (nullable): an ARGB32 surface, or NULL and
 * @error saying which file and why (no folder, missing, outside the
 * folder, not an image, too large)
 */
cairo_surface_t *
debrief_image_load_fitted (GFile       *review_folder,
                           const char  *path,
                           int          max_width,
                           int          max_height,
                           gint64      *out_mtime,
                           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL, oriented = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *local_path = NULL, *format_name = NULL;
  int width = 0, height = 0, fit_width, fit_height;
  GdkPixbufFormat *format;
  cairo_surface_t *scaled;
  gboolean interlaced = FALSE;
  gint64 mtime = 0;

  g_return_val_if_fail (max_width > 0 && max_height > 0, NULL);

  if (review_folder == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Artefact “%s”: the review has not been saved, so it has no folder to find images in"),
                   path ? path : "");
      return NULL;
    }
  if (is_resource (review_folder))
    return load_resource (review_folder, path, max_width, max_height, out_mtime, error);
  if ((file = debrief_artefact_path_resolve (review_folder, path, error)) == NULL ||
      !query_mtime (file, &mtime, error))
    return NULL;
  local_path = g_file_get_path (file);
  if ((format = gdk_pixbuf_get_file_info (local_path, &width, &height)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Artefact “%s”: not an image Debrief can read"), path);
      return NULL;
    }
  if (!fitted_size (path, width, height, max_width, max_height, &fit_width, &fit_height, error))
    return NULL;
  format_name = gdk_pixbuf_format_get_name (format);
  if (g_strcmp0 (format_name, "png") == 0 && (fit_width < width || fit_height < height))
    {
      if ((scaled = debrief_png_read_scaled (local_path, fit_width, fit_height, &interlaced, &local_error)) != NULL)
        {
          if (out_mtime != NULL)
            *out_mtime = mtime;
          return scaled;
        }
      if (!interlaced)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Artefact “%s”: %s"), path, local_error->message);
          return NULL;
        }
    }
  pixbuf = gdk_pixbuf_new_from_file_at_scale (local_path, fit_width, fit_height, TRUE, &local_error);
  if (pixbuf == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Artefact “%s”: %s"), path, local_error->message);
      return NULL;
    }
  /* A phone's photo of a wall screen says which way up it is in EXIF. */
  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  if (out_mtime != NULL)
    *out_mtime = mtime;
  return surface_from_pixbuf (oriented != NULL ? oriented : pixbuf);
}
