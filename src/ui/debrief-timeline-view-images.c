/* debrief-timeline-view-images.c — images on the chart: thumbnails, drop points
 *
 * The view owns an asynchronous DebriefThumbnailCache and hands it to the
 * renderer in every frame. The window tells the view which folder the
 * review is in (it changes with Save As); the cache decodes images in a
 * worker thread at the widget's scale factor, and each finished thumbnail
 * redraws the chart. The marks layer needs none: it draws no images.
 *
 * A click on an image's marker selects it (::artefact-selected: the window
 * shows its inspector); a double-click, or Enter while it is selected,
 * activates it (::artefact-activated: the viewer), one step away so a
 * click to edit never opens a window.
 *
 * An image dropped on the chart is attached where it lands: the view says
 * which time and which lane a point is (the window does the attaching).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include "debrief-timeline-view-private.h"

static void
on_scale_factor (DebriefTimelineView *self)
{
  debrief_thumbnail_cache_set_scale (self->thumbnails, MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1));
  gtk_widget_queue_draw (self->chart);
}

void
_debrief_timeline_view_setup_thumbnails (DebriefTimelineView *self)
{
  self->thumbnails = debrief_thumbnail_cache_new (FALSE);
  g_signal_connect_object (self->thumbnails, "changed", G_CALLBACK (gtk_widget_queue_draw), self->chart,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor), NULL);
  on_scale_factor (self);
}

/**
 * debrief_timeline_view_set_image_folder:
 * @folder: (nullable): the folder the review file is in; NULL for a review
 *   never saved (its images show as missing)
 */
void
debrief_timeline_view_set_image_folder (DebriefTimelineView *self,
                                        GFile               *folder)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  if (folder == debrief_thumbnail_cache_get_folder (self->thumbnails))
    return;
  debrief_thumbnail_cache_set_folder (self->thumbnails, folder);
  gtk_widget_queue_draw (self->chart);
}

/* Returns: (transfer none): the view's thumbnails (tests wait on ::changed). */
DebriefThumbnailCache *
debrief_timeline_view_get_thumbnails (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return self->thumbnails;
}

/* The projector shows the facilitator's review: it draws from the same
 * cache (entries are kept per size, so its larger thumbnails sit beside the
 * window's), and a Save As that moves the review moves both. */
void
debrief_timeline_view_share_thumbnails (DebriefTimelineView *self,
                                        DebriefTimelineView *source)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source));

  if (self->thumbnails == source->thumbnails)
    return;
  g_signal_handlers_disconnect_by_data (self->thumbnails, self->chart);
  g_set_object (&self->thumbnails, source->thumbnails);
  g_signal_connect_object (self->thumbnails, "changed", G_CALLBACK (gtk_widget_queue_draw), self->chart,
                           G_CONNECT_SWAPPED);
  gtk_widget_queue_draw (self->chart);
}

/**
 * debrief_timeline_view_drop_point:
 * @x: @y: a point in the view's coordinates
 * @out_time: (out): the time under it, within the visible window
 * @out_lane: (out) (transfer none) (nullable): the id of the lane under it
 *   (a chart's lane for a chart), or NULL between lanes, on a group's
 *   heading, a perspective or the ruler
 *
 * Returns: FALSE if the point is not on the chart
 */
gboolean
debrief_timeline_view_drop_point (DebriefTimelineView  *self,
                                  double                x,
                                  double                y,
                                  gint64               *out_time,
                                  const char          **out_lane)
{
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  DebriefLane *lane = NULL;
  double cx, cy;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (out_time != NULL && out_lane != NULL, FALSE);

  if (self->layout == NULL ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self), self->chart, x, y, &cx, &cy) ||
      !gtk_widget_contains (self->chart, cx, cy))
    return FALSE;
  _debrief_timeline_view_make_frame (self, &frame);
  /* The header column is the lanes' too: a drop there is at the window's start. */
  debrief_timeline_renderer_hit_test (self->renderer, &frame, MAX (cx, debrief_timeline_frame_get_plot_x (&frame)), cy,
                                      &hit);
  *out_time = CLAMP (hit.time, frame.view_start, frame.view_end);
  if (hit.kind == DEBRIEF_HIT_SERIES && hit.series != NULL && debrief_series_get_lane (hit.series) != NULL)
    lane = debrief_review_lookup_lane (self->review, debrief_series_get_lane (hit.series));
  else if (hit.kind == DEBRIEF_HIT_ARTEFACT && debrief_artefact_get_lane (hit.artefact) != NULL)
    lane = debrief_review_lookup_lane (self->review, debrief_artefact_get_lane (hit.artefact));
  else if (hit.lane_key != DEBRIEF_LANE_KEY_NONE)
    lane = debrief_review_get_lane_by_key (self->review, hit.lane_key);
  *out_lane = lane != NULL ? debrief_item_get_id (DEBRIEF_ITEM (lane)) : NULL;
  return TRUE;
}

#define SELECTED_ARTEFACT_KEY "debrief-selected-artefact"

void
_debrief_timeline_view_images_class_init (DebriefTimelineViewClass *klass)
{
  g_signal_new ("artefact-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_ARTEFACT);
  g_signal_new ("artefact-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_ARTEFACT);
}

/* A click (@n_press 1) or double-click on @artefact's marker, or (NULL)
 * anywhere else, which forgets the selected image. TRUE when handled. */
gboolean
_debrief_timeline_view_click_artefact (DebriefTimelineView *self,
                                       DebriefArtefact     *artefact,
                                       int                  n_press)
{
  g_object_set_data_full (G_OBJECT (self), SELECTED_ARTEFACT_KEY,
                          artefact != NULL ? g_object_ref (artefact) : NULL, g_object_unref);
  gtk_widget_queue_draw (self->marks);
  if (artefact == NULL)
    return FALSE;
  g_signal_emit_by_name (self, n_press == 2 ? "artefact-activated" : "artefact-selected", artefact);
  return TRUE;
}

/* The selected image while it is still in the review (its marker gets a
 * ring), or NULL. */
DebriefArtefact *
_debrief_timeline_view_get_selected_artefact (DebriefTimelineView *self)
{
  DebriefArtefact *artefact = g_object_get_data (G_OBJECT (self), SELECTED_ARTEFACT_KEY);

  if (artefact == NULL || self->review == NULL ||
      !g_list_store_find (debrief_review_get_artefacts (self->review), artefact, NULL))
    return NULL;
  return artefact;
}

/* Enter opens the selected image, while it is still in the review. */
gboolean
_debrief_timeline_view_artefact_key (DebriefTimelineView *self,
                                     guint                keyval)
{
  DebriefArtefact *artefact = _debrief_timeline_view_get_selected_artefact (self);

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) || artefact == NULL)
    return FALSE;
  g_signal_emit_by_name (self, "artefact-activated", artefact);
  return TRUE;
}
