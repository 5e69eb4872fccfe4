/* debrief-edit-commands.h — the commands that change a review
 *
 * Each constructor captures what it needs to take the change back (the old
 * event, the old property value, the position in a list) at the moment it
 * is made; push it to the review's DebriefHistory to apply it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-command.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* Events */
DebriefCommand *debrief_event_add_command_new     (DebriefReview          *review,
                                                   const DebriefEventSpec *spec);
DebriefEventRef debrief_event_add_command_get_ref (DebriefCommand         *command);
DebriefCommand *debrief_event_remove_command_new  (DebriefReview          *review,
                                                   DebriefEventRef         ref);
DebriefCommand *debrief_event_update_command_new  (DebriefReview          *review,
                                                   DebriefEventRef         ref,
                                                   const DebriefEventSpec *spec,
                                                   const char             *label);

DebriefCommand *debrief_event_add_many_command_new (DebriefReview         *review,
                                                    const DebriefEventSpec *specs,
                                                    guint                  n_specs,
                                                    GObject               *owner,
                                                    const char            *label);
DebriefCommand *debrief_event_add_many_command_new_take (DebriefReview    *review,
                                                         GArray           *specs,
                                                         GObject          *owner,
                                                         GStringChunk     *strings,
                                                         const char       *label);

/* Any property of a review, lane, phase, note, perspective or item. */
DebriefCommand *debrief_property_command_new      (GObject                *object,
                                                   const char             *property,
                                                   const GValue           *value,
                                                   const char             *label);
DebriefCommand *debrief_property_command_new_string (GObject              *object,
                                                   const char             *property,
                                                   const char             *value,
                                                   const char             *label);

/* Members of a GListStore: phases, notes, perspectives, action items. */
DebriefCommand *debrief_list_insert_command_new   (GListStore             *list,
                                                   guint                   position,
                                                   gpointer                item,
                                                   const char             *label);
DebriefCommand *debrief_list_remove_command_new   (GListStore             *list,
                                                   gpointer                item,
                                                   const char             *label);

/* Lanes: the review keeps an id lookup beside its list. */
DebriefCommand *debrief_lane_insert_command_new   (DebriefReview          *review,
                                                   guint                   position,
                                                   DebriefLane            *lane);
DebriefCommand *debrief_lane_remove_command_new   (DebriefReview          *review,
                                                   DebriefLane            *lane);
DebriefCommand *debrief_lane_move_command_new     (DebriefReview          *review,
                                                   DebriefLane            *lane,
                                                   guint                   position);

G_END_DECLS
