/* debrief-timeline-viewport.h — what part of the timeline is shown, and what
 * is selected: shared by every view of one review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "debrief-event-store.h"
#include "debrief-time-ticks.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_TIMELINE_VIEWPORT (debrief_timeline_viewport_get_type ())
G_DECLARE_FINAL_TYPE (DebriefTimelineViewport, debrief_timeline_viewport, DEBRIEF, TIMELINE_VIEWPORT, GObject)

DebriefTimelineViewport *debrief_timeline_viewport_new              (void);

gint64             debrief_timeline_viewport_get_start          (DebriefTimelineViewport *self);
gint64             debrief_timeline_viewport_get_end            (DebriefTimelineViewport *self);
void               debrief_timeline_viewport_set_window         (DebriefTimelineViewport *self,
                                                                 gint64                   start,
                                                                 gint64                   end);
double             debrief_timeline_viewport_get_scroll_y       (DebriefTimelineViewport *self);
void               debrief_timeline_viewport_set_scroll_y       (DebriefTimelineViewport *self,
                                                                 double                   scroll_y);
DebriefEventRef    debrief_timeline_viewport_get_selected_event (DebriefTimelineViewport *self);
void               debrief_timeline_viewport_set_selected_event (DebriefTimelineViewport *self,
                                                                 DebriefEventRef          ref);
const DebriefEventRef *debrief_timeline_viewport_get_selection (DebriefTimelineViewport *self,
                                                                 guint                   *n_refs);
gboolean           debrief_timeline_viewport_is_selected        (DebriefTimelineViewport *self,
                                                                 DebriefEventRef          ref);
void               debrief_timeline_viewport_toggle_selected    (DebriefTimelineViewport *self,
                                                                 DebriefEventRef          ref);
void               debrief_timeline_viewport_select_many        (DebriefTimelineViewport *self,
                                                                 const DebriefEventRef   *refs,
                                                                 guint                    n_refs,
                                                                 gboolean                 extend);
gboolean           debrief_timeline_viewport_get_range          (DebriefTimelineViewport *self,
                                                                 gint64                  *out_start,
                                                                 gint64                  *out_end);
void               debrief_timeline_viewport_set_range          (DebriefTimelineViewport *self,
                                                                 gint64                   start,
                                                                 gint64                   end);
void               debrief_timeline_viewport_clear_range        (DebriefTimelineViewport *self);
DebriefTimeDisplay debrief_timeline_viewport_get_time_display   (DebriefTimelineViewport *self);
void               debrief_timeline_viewport_set_time_display   (DebriefTimelineViewport *self,
                                                                 DebriefTimeDisplay       display);

gint64             debrief_timeline_viewport_get_playhead       (DebriefTimelineViewport *self);
void               debrief_timeline_viewport_set_playhead       (DebriefTimelineViewport *self,
                                                                 gint64                   playhead);

G_END_DECLS
