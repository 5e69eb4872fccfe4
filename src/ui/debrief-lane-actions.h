/* debrief-lane-actions.h — what changes a lane's place among the others:
 * move it, merge it into another, remove it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_LANE_ACTIONS (debrief_lane_actions_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLaneActions, debrief_lane_actions, DEBRIEF, LANE_ACTIONS, GtkWidget)

GtkWidget *debrief_lane_actions_new      (void);
void       debrief_lane_actions_set_lane (DebriefLaneActions *self,
                                          DebriefReview      *review,
                                          DebriefHistory     *history,
                                          DebriefLane        *lane);
void       debrief_lane_actions_refresh  (DebriefLaneActions *self);

G_END_DECLS
