/* debrief-timeline-pages-output.c — printed pages and pictures as files
 *
 * The PDF of `debrief export` and of the window's Export dialog, and
 * their PNG and SVG: all from DebriefTimelinePages, so a file looks like
 * the printout. A picture is one page as tall as every lane needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-pages"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "debrief-timeline-pages.h"

#define PICTURE_MAX_PX 30000

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return g_output_stream_write_all (closure, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                           : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
finish (cairo_surface_t  *surface,
        GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
  return FALSE;
}

gboolean
debrief_timeline_pages_write_pdf (DebriefPageSetup  *setup,
                                  double             paper_width,
                                  double             paper_height,
                                  double             margin,
                                  const char        *title,
                                  GOutputStream     *stream,
                                  GError           **error)
{
  g_autoptr(DebriefTimelinePages) pages = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, paper_width, paper_height);
  cairo_t *cr = cairo_create (surface);

  setup->width = paper_width - 2 * margin;
  setup->height = paper_height - 2 * margin;
  pages = debrief_timeline_pages_new (setup);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Debrief");
  for (guint i = 0; i < debrief_timeline_pages_get_n_pages (pages); i++)
    {
      cairo_save (cr);
      cairo_translate (cr, margin, margin);
      debrief_timeline_pages_draw (pages, renderer, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return finish (surface, error);
}

/* Points on the page are @dpi / 72 pixels: the style's pixel (1/96 inch)
 * comes out @dpi / 96 pixels, so 96 dpi draws as on screen and 192 dpi
 * twice as fine. */
gboolean
debrief_timeline_pages_write_picture (DebriefPageSetup  *setup,
                                      gboolean           svg,
                                      int                width_px,
                                      double             dpi,
                                      GOutputStream     *stream,
                                      guint             *out_drawn,
                                      GError           **error)
{
  g_autoptr(DebriefTimelinePages) pages = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  double scale = svg ? 1 : dpi / 72;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint drawn;

  setup->width = width_px / scale;
  setup->height = PICTURE_MAX_PX / scale;
  setup->pages_across = 1;
  pages = debrief_timeline_pages_new (setup);
  setup->height = MIN (debrief_timeline_pages_get_natural_height (pages), PICTURE_MAX_PX / scale);
  g_clear_pointer (&pages, debrief_timeline_pages_free);
  pages = debrief_timeline_pages_new (setup);

  if (svg)
    surface = cairo_svg_surface_create_for_stream (write_to_stream, stream, setup->width, setup->height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width_px, (int) ceil (setup->height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  drawn = debrief_timeline_pages_draw (pages, renderer, cr, 0);
  cairo_destroy (cr);
  if (out_drawn != NULL)
    *out_drawn = drawn;
  if (!svg && cairo_surface_write_to_png_stream (surface, write_to_stream, stream) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write the PNG");
      return FALSE;
    }
  return finish (surface, error);
}
