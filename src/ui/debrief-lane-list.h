/* debrief-lane-list.h — the review's lanes as rows: show or hide each, open
 * one, add one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_LANE_LIST (debrief_lane_list_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLaneList, debrief_lane_list, DEBRIEF, LANE_LIST, GtkWidget)

GtkWidget *debrief_lane_list_new        (void);
void       debrief_lane_list_set_review (DebriefLaneList *self,
                                         DebriefReview   *review,
                                         DebriefHistory  *history);

G_END_DECLS
