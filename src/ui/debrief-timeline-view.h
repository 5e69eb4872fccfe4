/* debrief-timeline-view.h — the zoomable swimlane timeline widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-perspective-entry.h"
#include "debrief-review.h"
#include "debrief-history.h"
#include "debrief-thumbnail-cache.h"
#include "debrief-timeline-style.h"
#include "debrief-timeline-viewport.h"

G_BEGIN_DECLS

/* The factor of one zoom step (+, -, the header bar's buttons). */
#define DEBRIEF_TIMELINE_VIEW_ZOOM_STEP 1.6

#define DEBRIEF_TYPE_TIMELINE_VIEW (debrief_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (DebriefTimelineView, debrief_timeline_view, DEBRIEF, TIMELINE_VIEW, GtkWidget)

GtkWidget               *debrief_timeline_view_new            (void);
DebriefReview           *debrief_timeline_view_get_review     (DebriefTimelineView     *self);
void                     debrief_timeline_view_set_review     (DebriefTimelineView     *self,
                                                               DebriefReview           *review);
DebriefTimelineViewport *debrief_timeline_view_get_viewport   (DebriefTimelineView     *self);
void                     debrief_timeline_view_set_viewport   (DebriefTimelineView     *self,
                                                               DebriefTimelineViewport *viewport);
void                     debrief_timeline_view_set_matches    (DebriefTimelineView     *self,
                                                               GArray                  *matches);
void                     debrief_timeline_view_set_hidden_kinds (DebriefTimelineView   *self,
                                                               guint64                  hidden_kinds);
void                     debrief_timeline_view_show_perspectives (DebriefTimelineView *self,
                                                               const char * const      *ids,
                                                               gboolean                 split_by_kind,
                                                               const char              *pinned);
const char * const      *debrief_timeline_view_get_perspectives (DebriefTimelineView   *self);
gboolean                 debrief_timeline_view_get_split_by_kind (DebriefTimelineView  *self);
const char              *debrief_timeline_view_get_pinned_perspective (DebriefTimelineView *self);
void                     debrief_timeline_view_set_comparison_hidden_lanes (DebriefTimelineView *self,
                                                               const char * const      *lane_ids);
const char * const      *debrief_timeline_view_get_comparison_hidden_lanes (DebriefTimelineView *self);
void                     debrief_timeline_view_toggle_playhead (DebriefTimelineView    *self);
void                     debrief_timeline_view_set_playhead_fades (DebriefTimelineView *self,
                                                               gboolean                 fades);
void                     debrief_timeline_view_set_history    (DebriefTimelineView     *self,
                                                               DebriefHistory          *history);
void                     debrief_timeline_view_set_style_kind (DebriefTimelineView     *self,
                                                               DebriefTimelineStyleKind kind);

/* Presenting (debrief-timeline-view-present.c) */
void                     debrief_timeline_view_set_projector  (DebriefTimelineView     *self);
gboolean                 debrief_timeline_view_get_shows_private (DebriefTimelineView  *self);
void                     debrief_timeline_view_set_pseudonymise (DebriefTimelineView   *self,
                                                                 gboolean               pseudonymise);
gboolean                 debrief_timeline_view_get_pseudonymise (DebriefTimelineView   *self);
void                     debrief_timeline_view_set_style_scale (DebriefTimelineView    *self,
                                                               double                   scale);
double                   debrief_timeline_view_get_style_scale (DebriefTimelineView    *self);
guint64                  debrief_timeline_view_get_hidden_kinds (DebriefTimelineView   *self);
void                     debrief_timeline_view_mirror_rows    (DebriefTimelineView     *self,
                                                               DebriefTimelineView     *source);
void                     debrief_timeline_view_follow_scroll  (DebriefTimelineView     *self,
                                                               DebriefTimelineView     *source);
void                     debrief_timeline_view_scroll_to_event (DebriefTimelineView    *self,
                                                               DebriefEventRef          ref);
gboolean                 debrief_timeline_view_get_pointer    (DebriefTimelineView     *self,
                                                               double                  *out_x,
                                                               double                  *out_y);
gboolean                 debrief_timeline_view_map_point      (DebriefTimelineView     *self,
                                                               DebriefTimelineView     *source,
                                                               double                   x,
                                                               double                   y,
                                                               double                  *out_x,
                                                               double                  *out_y);

void                     debrief_timeline_view_zoom           (DebriefTimelineView     *self,
                                                               double                   factor,
                                                               double                   pivot_x);
void                     debrief_timeline_view_zoom_step      (DebriefTimelineView     *self,
                                                               double                   factor);
void                     debrief_timeline_view_zoom_to        (DebriefTimelineView     *self,
                                                               gint64                   start,
                                                               gint64                   end,
                                                               gboolean                 animate);
gboolean                 debrief_timeline_view_zoom_to_range  (DebriefTimelineView     *self);
void                     debrief_timeline_view_fit            (DebriefTimelineView     *self,
                                                               gboolean                 animate);
void                     debrief_timeline_view_select         (DebriefTimelineView     *self,
                                                               DebriefEventRef          ref,
                                                               gboolean                 keep_in_view);
gboolean                 debrief_timeline_view_get_event_position (DebriefTimelineView *self,
                                                               DebriefEventRef          ref,
                                                               double                  *out_x,
                                                               double                  *out_y);
void                     debrief_timeline_view_select_entry   (DebriefTimelineView     *self,
                                                               DebriefPerspectiveEntry *entry,
                                                               gboolean                 toggle);
GPtrArray               *debrief_timeline_view_get_selected_entries (DebriefTimelineView *self);
double                   debrief_timeline_view_get_plot_x     (DebriefTimelineView     *self);
guint                    debrief_timeline_view_get_frames_drawn (DebriefTimelineView   *self);

void                     debrief_timeline_view_set_image_folder (DebriefTimelineView   *self,
                                                                GFile                 *folder);
DebriefThumbnailCache   *debrief_timeline_view_get_thumbnails (DebriefTimelineView     *self);
void                     debrief_timeline_view_share_thumbnails (DebriefTimelineView   *self,
                                                                DebriefTimelineView   *source);
gboolean                 debrief_timeline_view_drop_point     (DebriefTimelineView     *self,
                                                                double                 x,
                                                                double                 y,
                                                                gint64                *out_time,
                                                                const char           **out_lane);

G_END_DECLS
