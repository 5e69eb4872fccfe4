/* debrief-events-view.h — every event as a table: time, lane, kind, text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-review.h"
#include "debrief-time-ticks.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_EVENTS_VIEW (debrief_events_view_get_type ())
G_DECLARE_FINAL_TYPE (DebriefEventsView, debrief_events_view, DEBRIEF, EVENTS_VIEW, GtkWidget)

DebriefReview   *debrief_events_view_get_review         (DebriefEventsView *self);
void             debrief_events_view_set_review         (DebriefEventsView *self,
                                                         DebriefReview     *review);
DebriefEventRef  debrief_events_view_get_selected_event (DebriefEventsView *self);
void             debrief_events_view_set_selected_event (DebriefEventsView *self,
                                                         DebriefEventRef    ref);

void             debrief_events_view_set_hidden_kinds   (DebriefEventsView *self,
                                                         guint64            hidden_kinds);
void             debrief_events_view_set_playhead       (DebriefEventsView *self,
                                                         gint64             playhead);
void             debrief_events_view_set_matches        (DebriefEventsView *self,
                                                         GArray            *matches);
void             debrief_events_view_set_time_display   (DebriefEventsView *self,
                                                         DebriefTimeDisplay display);

G_END_DECLS
