/* debrief-action-item.h — something the review decided someone should do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_ACTION_STATUS_OPEN,
  DEBRIEF_ACTION_STATUS_IN_PROGRESS,
  DEBRIEF_ACTION_STATUS_DONE,
} DebriefActionStatus;

#define DEBRIEF_TYPE_ACTION_ITEM (debrief_action_item_get_type ())
G_DECLARE_FINAL_TYPE (DebriefActionItem, debrief_action_item, DEBRIEF, ACTION_ITEM, DebriefItem)

DebriefActionItem   *debrief_action_item_new            (const char          *id,
                                                         const char          *text);

const char          *debrief_action_item_get_text       (DebriefActionItem   *self);
void                 debrief_action_item_set_text       (DebriefActionItem   *self,
                                                         const char          *text);
const char          *debrief_action_item_get_owner      (DebriefActionItem   *self);
void                 debrief_action_item_set_owner      (DebriefActionItem   *self,
                                                         const char          *owner);
DebriefActionStatus  debrief_action_item_get_status     (DebriefActionItem   *self);
void                 debrief_action_item_set_status     (DebriefActionItem   *self,
                                                         DebriefActionStatus  status);
gint64               debrief_action_item_get_due        (DebriefActionItem   *self);
void                 debrief_action_item_set_due        (DebriefActionItem   *self,
                                                         gint64               due);
const char * const  *debrief_action_item_get_links      (DebriefActionItem   *self);
void                 debrief_action_item_set_links      (DebriefActionItem   *self,
                                                         const char * const  *links);

const char          *debrief_action_status_to_string    (DebriefActionStatus  status);
gboolean             debrief_action_status_from_string  (const char          *text,
                                                         DebriefActionStatus *out_status);

G_END_DECLS
