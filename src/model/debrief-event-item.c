/* debrief-event-item.c — one event as a GObject, made only for list rows
 *
 * The event store hands these out from g_list_model_get_item(); a list
 * widget keeps one per visible row, never one per event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-event-item"

#include "config.h"

#include "debrief-event-item.h"

struct _DebriefEventItem
{
  GObject            parent_instance;

  DebriefEventStore *store;
  DebriefEventRef    ref;
};

G_DEFINE_FINAL_TYPE (DebriefEventItem, debrief_event_item, G_TYPE_OBJECT)

static void
debrief_event_item_dispose (GObject *object)
{
  DebriefEventItem *self = DEBRIEF_EVENT_ITEM (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (debrief_event_item_parent_class)->dispose (object);
}

static void
debrief_event_item_class_init (DebriefEventItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = debrief_event_item_dispose;
}

static void
debrief_event_item_init (DebriefEventItem *self)
{
  self->ref = DEBRIEF_EVENT_REF_NONE;
}

DebriefEventItem *
debrief_event_item_new (DebriefEventStore *store,
                        DebriefEventRef    ref)
{
  DebriefEventItem *self;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (store), NULL);

  self = g_object_new (DEBRIEF_TYPE_EVENT_ITEM, NULL);
  self->store = g_object_ref (store);
  self->ref = ref;
  return self;
}

DebriefEventStore *
debrief_event_item_get_store (DebriefEventItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_ITEM (self), NULL);
  return self->store;
}

DebriefEventRef
debrief_event_item_get_ref (DebriefEventItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_ITEM (self), DEBRIEF_EVENT_REF_NONE);
  return self->ref;
}

const DebriefEvent *
debrief_event_item_get_event (DebriefEventItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_ITEM (self), NULL);
  return debrief_event_store_get (self->store, self->ref);
}
