/* debrief-lane.h — one swimlane: a participant or a component
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_LANE_KIND_PARTICIPANT,
  DEBRIEF_LANE_KIND_COMPONENT,
} DebriefLaneKind;

#define DEBRIEF_TYPE_LANE (debrief_lane_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLane, debrief_lane, DEBRIEF, LANE, DebriefItem)

DebriefLane     *debrief_lane_new            (const char      *id,
                                              DebriefLaneKind  kind,
                                              const char      *name);

guint32          debrief_lane_get_key        (DebriefLane     *self);
DebriefLaneKind  debrief_lane_get_kind       (DebriefLane     *self);
void             debrief_lane_set_kind       (DebriefLane     *self,
                                              DebriefLaneKind  kind);
const char      *debrief_lane_get_name       (DebriefLane     *self);
void             debrief_lane_set_name       (DebriefLane     *self,
                                              const char      *name);
const char      *debrief_lane_get_role       (DebriefLane     *self);
void             debrief_lane_set_role       (DebriefLane     *self,
                                              const char      *role);
const char      *debrief_lane_get_team       (DebriefLane     *self);
void             debrief_lane_set_team       (DebriefLane     *self,
                                              const char      *team);
const char      *debrief_lane_get_tz         (DebriefLane     *self);
void             debrief_lane_set_tz         (DebriefLane     *self,
                                              const char      *tz);
const char      *debrief_lane_get_group      (DebriefLane     *self);
void             debrief_lane_set_group      (DebriefLane     *self,
                                              const char      *group);
const char      *debrief_lane_get_color      (DebriefLane     *self);
void             debrief_lane_set_color      (DebriefLane     *self,
                                              const char      *color);
gboolean         debrief_lane_get_collapsed  (DebriefLane     *self);
void             debrief_lane_set_collapsed  (DebriefLane     *self,
                                              gboolean         collapsed);
gboolean         debrief_lane_get_hidden     (DebriefLane     *self);
void             debrief_lane_set_hidden     (DebriefLane     *self,
                                              gboolean         hidden);

const char      *debrief_lane_kind_to_string   (DebriefLaneKind  kind);
gboolean         debrief_lane_kind_from_string (const char      *text,
                                                DebriefLaneKind *out_kind);

G_END_DECLS
