/* debrief-timeline-view-thumbnails.c — images' thumbnails on the chart
 *
 * The view owns an asynchronous DebriefThumbnailCache and hands it to the
 * renderer in every frame. The window tells the view which folder the
 * review is in (it changes with Save As); the cache decodes images in a
 * worker thread at the widget's scale factor, and each finished thumbnail
 * redraws the chart. The marks layer needs none: it draws no images.
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
