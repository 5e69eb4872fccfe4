/* debrief-timeline-pages-output.c — printed pages and pictures as files
 *
 * The PDF of `debrief export` and of the window's Export dialog, and
 * their PNG and SVG: all from DebriefTimelinePages, so a file looks like
 * the printout. A picture is one page as tall as every lane needs; its
 * PNG is drawn and written a strip at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-pages"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "debrief-png-strips.h"
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

typedef struct {
  DebriefTimelinePages    *pages;
  DebriefTimelineRenderer *renderer;
  double                   scale;
  guint                    drawn;
} Picture;

static void
draw_picture (cairo_t  *cr,
              gpointer  user_data)
{
  Picture *picture = user_data;

  cairo_scale (cr, picture->scale, picture->scale);
  picture->drawn += debrief_timeline_pages_draw (picture->pages, picture->renderer, cr, 0);
}

/* Points on the page are @dpi / 72 pixels: the style's pixel (1/96 inch)
 * comes out @dpi / 96 pixels, so 96 dpi draws as on screen and 192 dpi
 * twice as fine. A PNG is drawn in strips (debrief-png-strips.c), so
 * @out_drawn counts what every strip drew. */
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
  Picture picture = { NULL, renderer, svg ? 1 : dpi / 72 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean written;

  setup->width = width_px / picture.scale;
  setup->height = PICTURE_MAX_PX / picture.scale;
  setup->pages_across = 1;
  pages = debrief_timeline_pages_new (setup);
  setup->height = MIN (debrief_timeline_pages_get_natural_height (pages), PICTURE_MAX_PX / picture.scale);
  g_clear_pointer (&pages, debrief_timeline_pages_free);
  pages = debrief_timeline_pages_new (setup);
  picture.pages = pages;

  if (svg)
    {
      surface = cairo_svg_surface_create_for_stream (write_to_stream, stream, setup->width, setup->height);
      cr = cairo_create (surface);
      draw_picture (cr, &picture);
      cairo_destroy (cr);
      written = finish (surface, error);
    }
  else
    /* The page paints its background first, so the picture is opaque. */
    written = debrief_png_write_strips (width_px, (int) ceil (setup->height * picture.scale), TRUE,
                                        draw_picture, &picture, stream, error);
  if (out_drawn != NULL)
    *out_drawn = picture.drawn;
  return written;
}
