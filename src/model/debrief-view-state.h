/* debrief-view-state.h — how the review was being looked at, saved with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_VIEW_STATE (debrief_view_state_get_type ())
G_DECLARE_FINAL_TYPE (DebriefViewState, debrief_view_state, DEBRIEF, VIEW_STATE, DebriefItem)

DebriefViewState   *debrief_view_state_new                (void);

const char * const *debrief_view_state_get_perspectives   (DebriefViewState   *self);
void                debrief_view_state_set_perspectives   (DebriefViewState   *self,
                                                           const char * const *ids);
const char         *debrief_view_state_get_pinned         (DebriefViewState   *self);
void                debrief_view_state_set_pinned         (DebriefViewState   *self,
                                                           const char         *id);
gboolean            debrief_view_state_get_split_kinds    (DebriefViewState   *self);
void                debrief_view_state_set_split_kinds    (DebriefViewState   *self,
                                                           gboolean            split);
const char * const *debrief_view_state_get_hidden_lanes (DebriefViewState   *self);
void                debrief_view_state_set_hidden_lanes (DebriefViewState   *self,
                                                           const char * const *lane_ids);
gint64              debrief_view_state_get_playhead       (DebriefViewState   *self);
void                debrief_view_state_set_playhead       (DebriefViewState   *self,
                                                           gint64              playhead);
gboolean            debrief_view_state_is_default         (DebriefViewState   *self);

G_END_DECLS
