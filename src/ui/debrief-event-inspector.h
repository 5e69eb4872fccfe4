/* debrief-event-inspector.h — every field of one event, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_EVENT_INSPECTOR (debrief_event_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefEventInspector, debrief_event_inspector, DEBRIEF, EVENT_INSPECTOR, GtkWidget)

GtkWidget      *debrief_event_inspector_new        (void);
void            debrief_event_inspector_set_review (DebriefEventInspector *self,
                                                    DebriefReview         *review,
                                                    DebriefHistory        *history);
void            debrief_event_inspector_set_event  (DebriefEventInspector *self,
                                                    DebriefEventRef        ref);
DebriefEventRef debrief_event_inspector_get_event  (DebriefEventInspector *self);
void            debrief_event_inspector_focus_text (DebriefEventInspector *self);

G_END_DECLS
