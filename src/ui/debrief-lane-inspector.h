/* debrief-lane-inspector.h — every field of one lane, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_LANE_INSPECTOR (debrief_lane_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLaneInspector, debrief_lane_inspector, DEBRIEF, LANE_INSPECTOR, GtkWidget)

GtkWidget   *debrief_lane_inspector_new        (void);
void         debrief_lane_inspector_set_review (DebriefLaneInspector *self,
                                                DebriefReview        *review,
                                                DebriefHistory       *history);
void         debrief_lane_inspector_set_lane   (DebriefLaneInspector *self,
                                                DebriefLane          *lane);
DebriefLane *debrief_lane_inspector_get_lane   (DebriefLaneInspector *self);
void         debrief_lane_inspector_focus_name (DebriefLaneInspector *self);

G_END_DECLS
