/* debrief-timeline-pages-images.c — attached images, a printed page each
 *
 * "Append the images" (the print dialog, the Export dialog, `debrief
 * export --append-images`) puts each attached image on a page of its own
 * after the chart and the notes: the image as large as the printable area
 * allows, its aspect kept, and under it a caption — its title, its time in
 * the review's time display, and its file. Images come in time order;
 * those outside the printed range are left out, those without a time come
 * last. An image that cannot be shown (missing, unreadable, outside the
 * review's folder, a review never saved) still gets its page, saying which
 * file and why, so a reader never wonders whether one was skipped.
 *
 * The image is decoded for the page at about 200 dpi — enough for a
 * screenshot on paper, and a 4K screenshot is not embedded at full size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-artefact.h"
#include "debrief-image-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-pages-private.h"

#define IMAGE_DPI 200.0

static gboolean
in_range (DebriefTimelinePages *pages,
          DebriefArtefact      *artefact)
{
  gint64 start = debrief_artefact_get_start (artefact);
  gint64 end = debrief_artefact_get_end (artefact);

  if (start == DEBRIEF_TIME_NONE)
    return TRUE;
  if (end == DEBRIEF_TIME_NONE || end < start)
    end = start;
  return end >= pages->setup.from && start <= pages->setup.to;
}

/* Timed ones in time order, then those without a time, each in the review's order. */
static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  gint64 x = debrief_artefact_get_start (*(DebriefArtefact * const *) a);
  gint64 y = debrief_artefact_get_start (*(DebriefArtefact * const *) b);

  if ((x == DEBRIEF_TIME_NONE) != (y == DEBRIEF_TIME_NONE))
    return x == DEBRIEF_TIME_NONE ? 1 : -1;
  return (x > y) - (x < y);
}

void
_debrief_pages_collect_images (DebriefTimelinePages *pages)
{
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (pages->review));

  for (guint i = 0; i < g_list_model_get_n_items (artefacts); i++)
    {
      g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);

      if (debrief_artefact_get_path (artefact) != NULL && in_range (pages, artefact))
        g_ptr_array_add (pages->images, g_steal_pointer (&artefact));
    }
  /* g_ptr_array_sort is a merge sort in GLib: stable. */
  g_ptr_array_sort (pages->images, compare_start);
}

static char *
when_text (DebriefTimelinePages *pages,
           DebriefArtefact      *artefact)
{
  gint64 start = debrief_artefact_get_start (artefact), end = debrief_artefact_get_end (artefact);
  g_autofree char *from = NULL, *to = NULL;

  if (start == DEBRIEF_TIME_NONE)
    return g_strdup (_("No time"));
  from = debrief_time_context_format (&pages->time, start, TRUE);
  if (end == DEBRIEF_TIME_NONE || end <= start)
    return g_steal_pointer (&from);
  to = debrief_time_context_format (&pages->time, end, FALSE);
  return g_strdup_printf ("%s – %s", from, to);
}

/* Title, then "time · file"; returns the height it takes, drawn or not. */
static double
caption (DebriefTimelinePages *pages,
         cairo_t              *cr,
         DebriefArtefact      *artefact,
         double                y,
         gboolean              draw)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  const char *title = debrief_artefact_get_title (artefact);
  g_autofree char *named = debrief_pseudonyms_apply (pages->setup.names, title && *title ? title : _("Untitled image"));
  g_autofree char *when = when_text (pages, artefact);
  g_autofree char *line = g_strdup_printf ("%s · %s", when, debrief_artefact_get_path (artefact));
  g_autoptr(PangoLayout) head = _debrief_pages_make_text (pages, cr, named, style->header_size * 1.1, TRUE,
                                                         pages->canvas_width);
  g_autoptr(PangoLayout) detail = _debrief_pages_make_text (pages, cr, line, style->small_size, FALSE,
                                                           pages->canvas_width);
  int head_height, detail_height;

  pango_layout_get_pixel_size (head, NULL, &head_height);
  pango_layout_get_pixel_size (detail, NULL, &detail_height);
  if (draw)
    {
      debrief_color_set_source (cr, &style->text);
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, head);
      debrief_color_set_source (cr, &style->text_dim);
      cairo_move_to (cr, 0, y + head_height + 2);
      pango_cairo_show_layout (cr, detail);
    }
  return head_height + 2 + detail_height;
}

/* Returns the height drawn. */
static double
draw_picture (DebriefTimelinePages *pages,
              cairo_t              *cr,
              cairo_surface_t      *image,
              double                top,
              double                height)
{
  double iw = cairo_image_surface_get_width (image), ih = cairo_image_surface_get_height (image);
  double fit = MIN (pages->canvas_width / iw, height / ih);
  double w = iw * fit, h = ih * fit, x = (pages->canvas_width - w) / 2;

  cairo_save (cr);
  cairo_rectangle (cr, x, top, w, h);
  cairo_clip (cr);
  cairo_translate (cr, x, top);
  cairo_scale (cr, fit, fit);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_rectangle (cr, x, top, w, h);
  cairo_set_line_width (cr, pages->setup.style->line_width);
  debrief_color_set_source (cr, &pages->setup.style->separator);
  cairo_stroke (cr);
  return h;
}

/* A dashed frame where the image would be, saying why it is not there;
 * returns its height. */
static double
draw_missing (DebriefTimelinePages *pages,
              cairo_t              *cr,
              const char           *heading,
              const char           *reason,
              double                top,
              double                height)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  double inset = style->header_size * 2, box_height = MIN (height, pages->canvas_height / 3);
  g_autoptr(PangoLayout) why = _debrief_pages_make_text (pages, cr, reason, style->label_size * 1.1, FALSE,
                                                        pages->canvas_width - 2 * inset);
  double dash[] = { 6, 4 };
  double y;

  cairo_rectangle (cr, 0.5, top + 0.5, pages->canvas_width - 1, box_height - 1);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, MAX (style->line_width, 1));
  debrief_color_set_source (cr, &style->text_dim);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  debrief_color_set_source (cr, &style->text);
  y = top + inset;
  y += _debrief_pages_show_text (pages, cr, heading, style->header_size * 1.3, TRUE, inset, y, 0) + 6;
  cairo_move_to (cr, inset, y);
  pango_cairo_show_layout (cr, why);
  return box_height;
}

/* Page @page, the @index-th image. */
void
_debrief_pages_draw_image (DebriefTimelinePages *pages,
                           cairo_t              *cr,
                           guint                 page,
                           guint                 index)
{
  DebriefArtefact *artefact = g_ptr_array_index (pages->images, index);
  /* Translators: the heading of a printed page holding one attached image. */
  g_autofree char *subtitle = g_strdup_printf (_("Attached image %u of %u"), index + 1, pages->images->len);
  double bottom = pages->canvas_height - pages->foot_height;
  double below = caption (pages, cr, artefact, 0, FALSE) + GAP;
  double top = pages->head_height, height = MAX (bottom - below - top, 1), shown;
  double device = pages->unit * IMAGE_DPI / 72;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  _debrief_pages_draw_head (pages, cr, page, subtitle);
  if (pages->setup.names != NULL)
    {
      shown = draw_missing (pages, cr, _("Image left out"),
                            _("This printout shows roles instead of names, and a screenshot may show the names "
                              "it hides. Print without roles to include the image."),
                            top, height);
      caption (pages, cr, artefact, top + shown + GAP, TRUE);
      return;
    }
  image = debrief_image_load_fitted (pages->image_folder, debrief_artefact_get_path (artefact),
                                     (int) ceil (pages->canvas_width * device), (int) ceil (height * device),
                                     NULL, &error);
  if (image != NULL)
    {
      shown = draw_picture (pages, cr, image, top, height);
      cairo_surface_destroy (image);
    }
  else
    shown = draw_missing (pages, cr, _("Image missing"), error->message, top, height);
  /* The caption under the image, as in a book. */
  caption (pages, cr, artefact, top + shown + GAP, TRUE);
}
