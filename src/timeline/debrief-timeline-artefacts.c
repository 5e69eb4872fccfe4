/* debrief-timeline-artefacts.c — images attached to a moment or a span
 *
 * An artefact with a time shows as a thumbnail of its image at that time,
 * at the top of its lane's row, or of the lanes area when it has no lane; a
 * span adds a thin bar to its end. The box is the same for every image (a
 * little under a lane high, 1.7 times as wide): the image is fitted inside
 * keeping its aspect, so a row of thumbnails reads as a row and a tall
 * phone screenshot does not cover the next lane.
 *
 * The renderer reads no files (it draws for the command line and for print
 * too, and knows no folder): the frame's DebriefThumbnailCache does. While
 * a thumbnail is on its way, or with no cache, the box shows the picture
 * icon (a frame, a hill, a sun); when the image is missing, unreadable or
 * outside the review's folder, the icon is crossed out with a red corner —
 * never an empty box, never a crash. A click opens the image in the
 * window's viewer.
 *
 * Thumbnails are drawn over the lane's bars and labels but under its
 * glyphs, and a glyph is pointed at before the thumbnail under it: an
 * image attached at a busy moment never hides an event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline"

#include "config.h"

#include <math.h>

#include "debrief-artefact.h"
#include "debrief-timeline-chart-private.h"

/* The missing image's corner and slash: a warning red that reads on white,
 * on the dark style and in grey (it is also a different shape). */
static const DebriefColor MISSING_RED = { 0.80, 0.14, 0.11, 1 };

typedef struct {
  double x, y, width, height;
} Box;

/* The thumbnail's box in a style: a little under a lane high (26 × 44 px
 * on screen, 20 × 34 in print), so events above and below stay in sight. */
static void
box_size (const DebriefTimelineStyle *style,
          double                     *out_width,
          double                     *out_height)
{
  *out_height = round (MAX (style->lane_height - 8, style->glyph_size * 1.15));
  *out_width = round (*out_height * 1.7);
}

/* Where @artefact's marker is; FALSE if it has no time or its row is not shown. */
static gboolean
marker_box (const DebriefGeometry *geometry,
            DebriefArtefact       *artefact,
            Box                   *box)
{
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
  box_size (geometry->style, &box->width, &box->height);
  box->x = round (_debrief_geometry_x (geometry, debrief_artefact_get_start (artefact)) - box->width / 2);
  box->y = top + 4;
  return TRUE;
}

static void
frame_box (cairo_t                    *cr,
           const DebriefTimelineStyle *style,
           const Box                  *box,
           const DebriefColor         *edge)
{
  double lw = MAX (style->line_width, 1);

  cairo_rectangle (cr, box->x + lw / 2, box->y + lw / 2, box->width - lw, box->height - lw);
  cairo_set_line_width (cr, lw);
  debrief_color_set_source (cr, edge);
  cairo_stroke (cr);
}

/* The picture icon, glyph-sized, in the middle of the box. */
static void
draw_icon (cairo_t                    *cr,
           const DebriefTimelineStyle *style,
           const Box                  *box,
           gboolean                    missing)
{
  double h = round (style->glyph_size * 1.15), w = round (style->glyph_size * 1.5);
  double x = round (box->x + (box->width - w) / 2), y = round (box->y + (box->height - h) / 2);

  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  debrief_color_set_source (cr, &style->background);
  cairo_fill (cr);
  frame_box (cr, style, &(Box) { x, y, w, h }, &style->text);
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
  frame_box (cr, style, box, missing ? &MISSING_RED : &style->text_dim);
  if (!missing)
    return;
  /* Crossed out, and a red corner that shows even where the box is small. */
  cairo_move_to (cr, x - 2, y + h + 2);
  cairo_line_to (cr, x + w + 2, y - 2);
  cairo_set_line_width (cr, MAX (style->line_width * 2, 2));
  debrief_color_set_source (cr, &MISSING_RED);
  cairo_stroke (cr);
  cairo_move_to (cr, box->x + box->width - box->height * 0.45, box->y);
  cairo_line_to (cr, box->x + box->width, box->y);
  cairo_line_to (cr, box->x + box->width, box->y + box->height * 0.45);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* The image fitted in the box (its aspect kept), centred on the time. */
static void
draw_thumbnail (cairo_t                    *cr,
                const DebriefTimelineStyle *style,
                const Box                  *box,
                cairo_surface_t            *surface,
                double                      scale)
{
  double iw = cairo_image_surface_get_width (surface), ih = cairo_image_surface_get_height (surface);
  double fit = MIN (box->width / iw, box->height / ih);
  Box shown = { 0, box->y, round (iw * fit), round (ih * fit) };

  shown.x = round (box->x + (box->width - shown.width) / 2);
  cairo_save (cr);
  cairo_rectangle (cr, shown.x, shown.y, shown.width, shown.height);
  debrief_color_set_source (cr, &style->background);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_translate (cr, shown.x, shown.y);
  cairo_scale (cr, shown.width / iw, shown.height / ih);
  cairo_set_source_surface (cr, surface, 0, 0);
  /* At 1:1 on screen no filter is needed; on paper and zoomed, a smooth one. */
  cairo_pattern_set_filter (cairo_get_source (cr), fabs (fit * scale - 1) < 0.01 ? CAIRO_FILTER_NEAREST
                                                                                  : CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  frame_box (cr, style, &shown, &style->text_dim);
}

static void
draw_marker (cairo_t               *cr,
             const DebriefGeometry *geometry,
             DebriefArtefact       *artefact,
             const Box             *box)
{
  DebriefThumbnailCache *thumbnails = geometry->frame->thumbnails;
  DebriefThumbnailState state = DEBRIEF_THUMBNAIL_LOADING;
  cairo_surface_t *surface = NULL;

  if (thumbnails != NULL)
    state = debrief_thumbnail_cache_lookup (thumbnails, debrief_artefact_get_path (artefact), box->width, box->height,
                                            &surface, NULL);
  if (state == DEBRIEF_THUMBNAIL_READY && surface != NULL)
    draw_thumbnail (cr, geometry->style, box, surface, debrief_thumbnail_cache_get_scale (thumbnails));
  else
    draw_icon (cr, geometry->style, box, state == DEBRIEF_THUMBNAIL_MISSING);
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
          box.x > geometry->plot_x + geometry->plot_width || box.x + box.width < geometry->plot_x - 400 ||
          !_debrief_geometry_y_visible (geometry, box.y, box.y + box.height))
        continue;
      if (end != DEBRIEF_TIME_NONE && end > debrief_artefact_get_start (artefact))
        {
          double x1 = _debrief_geometry_x (geometry, end);

          cairo_rectangle (cr, box.x + box.width / 2, box.y + box.height - 2, MAX (x1 - box.x - box.width / 2, 1), 2);
          debrief_color_set_source (cr, &geometry->style->text_dim);
          cairo_fill (cr);
          _debrief_renderer_count (renderer, 1);
        }
      draw_marker (cr, geometry, artefact, &box);
      _debrief_renderer_count (renderer, 3);
    }
}

/* An event's glyph, drawn over the thumbnail, is pointed at before it. */
static gboolean
event_glyph_at (DebriefTimelineRenderer *renderer,
                const DebriefGeometry   *geometry,
                DebriefArtefact         *artefact,
                double                   x,
                double                   y)
{
  const char *lane_id = debrief_artefact_get_lane (artefact);
  DebriefLane *lane = lane_id ? debrief_review_lookup_lane (geometry->review, lane_id) : NULL;
  const DebriefTimelineRow *row =
    lane ? debrief_timeline_layout_find_lane (geometry->frame->layout, debrief_lane_get_key (lane)) : NULL;
  DebriefTimelineHit hit = { .ref = DEBRIEF_EVENT_REF_NONE };
  double reach = geometry->style->glyph_size / 2 + 2;

  if (row == NULL || row->kind != DEBRIEF_ROW_LANE || row->collapsed ||
      fabs (y - _debrief_geometry_point_y (geometry, row)) > reach)
    return FALSE;
  return _debrief_renderer_hit_lane (renderer, geometry, row, x, y, &hit) &&
         (hit.kind == DEBRIEF_HIT_EVENT || hit.kind == DEBRIEF_HIT_CLUSTER);
}

/* The selected image: a ring in the selection colour around its marker,
 * as a selected event gets. */
void
_debrief_renderer_ring_artefact (cairo_t               *cr,
                                 const DebriefGeometry *geometry,
                                 DebriefArtefact       *artefact)
{
  double width = MAX (geometry->style->line_width, 1) * 2;
  Box box;

  if (!marker_box (geometry, artefact, &box))
    return;
  cairo_rectangle (cr, box.x - width, box.y - width, box.width + 2 * width, box.height + 2 * width);
  cairo_set_line_width (cr, width);
  debrief_color_set_source (cr, &geometry->style->selection);
  cairo_stroke (cr);
}

/* The artefact whose marker is under (@x, @y), or NULL. */
DebriefArtefact *
_debrief_renderer_hit_artefact (DebriefTimelineRenderer *renderer,
                                const DebriefGeometry   *geometry,
                                double                   x,
                                double                   y)
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
  return found != NULL && !event_glyph_at (renderer, geometry, found, x, y) ? found : NULL;
}
