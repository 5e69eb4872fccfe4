/* debrief-timeline-artefacts.c — images attached to a moment or a span
 *
 * An artefact with a time shows as a small picture marker (a frame with a
 * hill and a sun) at that time, at the top of its lane's row, or of the
 * lanes area when it has no lane; a span adds a thin bar to its end. The
 * renderer does not read image files (it draws for the command line and
 * for print too, and knows no folder): the marker says "an image was
 * looked at here", and a click opens the image in the window's viewer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline"

#include "config.h"

#include <math.h>

#include "debrief-artefact.h"
#include "debrief-timeline-chart-private.h"

typedef struct {
  double x, y, width, height;
} Box;

/* Where @artefact's marker is; FALSE if it has no time or its row is not shown. */
static gboolean
marker_box (const DebriefGeometry *geometry,
            DebriefArtefact       *artefact,
            Box                   *box)
{
  const DebriefTimelineStyle *style = geometry->style;
  const char *lane_id = debrief_artefact_get_lane (artefact);
  double top = geometry->lanes_y;

  if (debrief_artefact_get_start (artefact) == DEBRIEF_TIME_NONE)
    return FALSE;
  if (lane_id != NULL)
    {
      DebriefLane *lane = debrief_review_lookup_lane (geometry->review, lane_id);
      const DebriefTimelineRow *row =
        lane ? debrief_timeline_layout_find_lane (geometry->frame->layout, debrief_lane_get_key (lane)) : NULL;

      if (row == NULL || !_debrief_geometry_row_visible (geometry, row))
        return FALSE;
      top = _debrief_geometry_row_top (geometry, row);
    }
  box->width = round (style->glyph_size * 1.5);
  box->height = round (style->glyph_size * 1.15);
  box->x = round (_debrief_geometry_x (geometry, debrief_artefact_get_start (artefact)) - box->width / 2);
  box->y = top + 2;
  return TRUE;
}

static void
draw_marker (cairo_t                    *cr,
             const DebriefTimelineStyle *style,
             const Box                  *box)
{
  double lw = MAX (style->line_width, 1);
  double x = box->x, y = box->y, w = box->width, h = box->height;

  cairo_rectangle (cr, x + lw / 2, y + lw / 2, w - lw, h - lw);
  debrief_color_set_source (cr, &style->background);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, lw);
  debrief_color_set_source (cr, &style->text);
  cairo_stroke (cr);
  /* The hill and the sun: what every "image" icon says. */
  cairo_move_to (cr, x + w * 0.15, y + h * 0.82);
  cairo_line_to (cr, x + w * 0.42, y + h * 0.45);
  cairo_line_to (cr, x + w * 0.62, y + h * 0.68);
  cairo_line_to (cr, x + w * 0.72, y + h * 0.56);
  cairo_line_to (cr, x + w * 0.88, y + h * 0.82);
  cairo_close_path (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w * 0.72, y + h * 0.3, h * 0.12, 0, 2 * G_PI);
  cairo_fill (cr);
}

void
_debrief_renderer_draw_artefacts (DebriefTimelineRenderer *renderer,
                                  cairo_t                 *cr,
                                  const DebriefGeometry   *geometry)
{
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (geometry->review));

  for (guint i = 0; i < g_list_model_get_n_items (artefacts); i++)
    {
      g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);
      gint64 end = debrief_artefact_get_end (artefact);
      Box box;

      if (!marker_box (geometry, artefact, &box) ||
          box.x > geometry->plot_x + geometry->plot_width || box.x + box.width < geometry->plot_x - 400)
        continue;
      if (end != DEBRIEF_TIME_NONE && end > debrief_artefact_get_start (artefact))
        {
          double x1 = _debrief_geometry_x (geometry, end);

          cairo_rectangle (cr, box.x + box.width / 2, box.y + box.height - 2, MAX (x1 - box.x - box.width / 2, 1), 2);
          debrief_color_set_source (cr, &geometry->style->text_dim);
          cairo_fill (cr);
          _debrief_renderer_count (renderer, 1);
        }
      draw_marker (cr, geometry->style, &box);
      _debrief_renderer_count (renderer, 3);
    }
}

/* The artefact whose marker is under (@x, @y), or NULL. */
DebriefArtefact *
_debrief_renderer_hit_artefact (const DebriefGeometry *geometry,
                                double                 x,
                                double                 y)
{
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (geometry->review));
  DebriefArtefact *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (artefacts); i++)
    {
      g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);
      Box box;

      if (marker_box (geometry, artefact, &box) && x >= box.x - 2 && x <= box.x + box.width + 2 &&
          y >= box.y - 2 && y <= box.y + box.height + 2)
        found = artefact;  /* the review holds it; the last drawn is on top */
    }
  return found;
}
