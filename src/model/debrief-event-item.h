/* debrief-event-item.h — one event as a GObject, made only for list rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "debrief-event-store.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_EVENT_ITEM (debrief_event_item_get_type ())
G_DECLARE_FINAL_TYPE (DebriefEventItem, debrief_event_item, DEBRIEF, EVENT_ITEM, GObject)

DebriefEventItem   *debrief_event_item_new       (DebriefEventStore *store,
                                                  DebriefEventRef    ref);
DebriefEventStore  *debrief_event_item_get_store (DebriefEventItem  *self);
DebriefEventRef     debrief_event_item_get_ref   (DebriefEventItem  *self);
const DebriefEvent *debrief_event_item_get_event (DebriefEventItem  *self);

G_END_DECLS
