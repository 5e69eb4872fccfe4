/* debrief-lane-private.h — for the review, which hands out lane keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-lane.h"

G_BEGIN_DECLS

void _debrief_lane_set_key (DebriefLane *self,
                            guint32      key);

G_END_DECLS
