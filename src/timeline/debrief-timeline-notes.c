/* debrief-timeline-notes.c — the review's notes on the chart
 *
 * A note is drawn where it is anchored: beside its event's glyph, beside
 * its perspective entry, or — anchored to a time alone — at the top of the
 * lanes. It is a note tab and its first words on a small card, drawn over
 * the lanes and group rows (after them) but never over the headers.
 *
 * Notes are drawn only when the frame asks for them (`show_notes`: the
 * window and the projector do; print and export keep notes on pages of
 * their own). Private notes (the facilitator's preparation and questions)
 * need `show_private` as well: the facilitator's own window sets it; the
 * projector, print and export do not. The rule lives here, in the one
 * renderer, so no output can forget it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-glyphs.h"
#include "debrief-note.h"
#include "debrief-timeline-renderer-private.h"

#define CARD_EMS 14        /* a card's text is at most this many small ems wide */
#define CARD_ALPHA 0.92    /* the card hides what is under it, nearly */

static const DebriefColor note_fill = DEBRIEF_COLOR_RGB (0xf6d32d);

static DebriefPerspectiveEntry *
find_entry (DebriefReview *review,
            const char    *entry_id)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);
      DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (perspective, entry_id);

      if (entry != NULL)
        return entry;  /* the perspective, and so the review, holds it */
    }
  return NULL;
}

/* Where @note is anchored on the canvas; FALSE if that is not on it. */
static gboolean
note_point (const DebriefGeometry *geometry,
            DebriefNote           *note,
            gint64                *out_time,
            double                *out_x,
            double                *out_y)
{
  const char *event_id = debrief_note_get_event (note);
  const char *entry_id = debrief_note_get_entry (note);
  gint64 time = debrief_note_get_time (note);

  if (event_id != NULL)
    {
      DebriefEventRef ref = debrief_event_store_lookup (geometry->events, event_id);

      if (!debrief_event_store_is_live (geometry->events, ref))
        return FALSE;
      *out_time = debrief_event_store_get (geometry->events, ref)->start;
      return _debrief_renderer_event_point (geometry, ref, out_x, out_y);
    }
  if (entry_id != NULL)
    {
      DebriefPerspectiveEntry *entry = find_entry (geometry->review, entry_id);

      if (entry == NULL)
        return FALSE;
      *out_time = debrief_perspective_entry_get_start (entry);
      return _debrief_renderer_entry_point (geometry, entry, out_x, out_y);
    }
  if (time == DEBRIEF_TIME_NONE)
    return FALSE;
  *out_time = time;
  *out_x = _debrief_geometry_x (geometry, time);
  *out_y = geometry->lanes_y + geometry->style->group_height / 2 - geometry->frame->scroll_y;
  return TRUE;
}

static void
draw_card (DebriefTimelineRenderer *renderer,
           cairo_t                 *cr,
           const DebriefGeometry   *geometry,
           DebriefNote             *note,
           double                   x,
           double                   y)
{
  const DebriefTimelineStyle *style = geometry->style;
  double tab = style->glyph_size;
  double left = x + tab * 0.6, top = y - tab * 1.6;
  PangoLayout *layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL,
                                                 debrief_note_get_text (note),
                                                 (int) (CARD_EMS * style->small_size));
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_rectangle (cr, left, top, tab + width + 10, MAX (height, tab) + 4);
  debrief_color_set_source_alpha (cr, &style->background, CARD_ALPHA);
  cairo_fill_preserve (cr);
  debrief_color_set_source (cr, &style->glyph_edge);
  cairo_set_line_width (cr, MAX (style->line_width, 1));
  /* The facilitator's own notes are dashed, so it is plain which of them
   * the room will not see. */
  if (debrief_note_get_private (note))
    cairo_set_dash (cr, (double[]) { 4 * style->line_width, 3 * style->line_width }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  debrief_glyph_draw (cr, DEBRIEF_GLYPH_TAB, left + 3 + tab / 2, top + 2 + MAX (height, tab) / 2, tab,
                      &note_fill, &style->glyph_edge);
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left + tab + 6, top + 2 + (MAX (height, tab) - height) / 2);
  _debrief_renderer_count (renderer, 3);
}

void
_debrief_renderer_draw_notes (DebriefTimelineRenderer *renderer,
                              cairo_t                 *cr,
                              const DebriefGeometry   *geometry)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (geometry->review));
  guint n = g_list_model_get_n_items (notes);

  if (n == 0 || !geometry->frame->show_notes)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, geometry->lanes_y,
                   geometry->plot_width, geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      gint64 time;
      double x, y;

      if (debrief_note_get_private (note) && !geometry->frame->show_private)
        continue;
      if (*debrief_note_get_text (note) == '\0' || !note_point (geometry, note, &time, &x, &y))
        continue;
      /* Known at T: a note about what came later is not shown either. */
      if (geometry->frame->playhead != DEBRIEF_TIME_NONE && time > geometry->frame->playhead)
        continue;
      if (x < geometry->plot_x - geometry->style->glyph_size || x > geometry->plot_x + geometry->plot_width)
        continue;
      draw_card (renderer, cr, geometry, note, x, y);
    }
  cairo_restore (cr);
}
