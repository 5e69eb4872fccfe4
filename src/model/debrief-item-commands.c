/* debrief-item-commands.c — properties, list members and lanes
 *
 * Reviews, lanes, phases, notes and the rest are GObjects whose state is
 * their properties, so one command changes any of them through a GValue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edit-commands.h"

/* Properties */

typedef struct {
  DebriefCommand  parent;
  GObject        *object;
  GParamSpec     *pspec;
  GValue          old_value;
  GValue          new_value;
} PropertyCommand;

static void
property_apply (DebriefCommand *command)
{
  PropertyCommand *self = (PropertyCommand *) command;

  g_object_set_property (self->object, self->pspec->name, &self->new_value);
}

static void
property_revert (DebriefCommand *command)
{
  PropertyCommand *self = (PropertyCommand *) command;

  g_object_set_property (self->object, self->pspec->name, &self->old_value);
}

static gboolean
property_absorb (DebriefCommand *command,
                 DebriefCommand *next)
{
  PropertyCommand *self = (PropertyCommand *) command;
  PropertyCommand *later = (PropertyCommand *) next;

  if (self->object != later->object || self->pspec != later->pspec)
    return FALSE;
  g_value_copy (&later->new_value, g_value_reset (&self->new_value));
  return TRUE;
}

static void
property_finalize (DebriefCommand *command)
{
  PropertyCommand *self = (PropertyCommand *) command;

  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  g_clear_object (&self->object);
}

static const DebriefCommandClass property_class = {
  .apply = property_apply,
  .revert = property_revert,
  .absorb = property_absorb,
  .finalize = property_finalize,
};

/* Typing into the same property of the same object merges. */
static char *
property_merge_key (GObject    *object,
                    GParamSpec *pspec)
{
  return g_strdup_printf ("property:%p:%s", (void *) object, pspec->name);
}

DebriefCommand *
debrief_property_command_new (GObject      *object,
                              const char   *property,
                              const GValue *value,
                              const char   *label)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  PropertyCommand *self;
  g_autofree char *key = NULL;

  g_return_val_if_fail (pspec != NULL, NULL);

  self = debrief_command_alloc (&property_class, sizeof (PropertyCommand), label);
  self->object = g_object_ref (object);
  self->pspec = pspec;
  g_value_init (&self->old_value, pspec->value_type);
  g_value_init (&self->new_value, pspec->value_type);
  g_object_get_property (object, property, &self->old_value);
  g_value_transform (value, &self->new_value);
  key = property_merge_key (object, pspec);
  debrief_command_set_merge_key (&self->parent, key);
  return &self->parent;
}

DebriefCommand *
debrief_property_command_new_string (GObject    *object,
                                     const char *property,
                                     const char *value,
                                     const char *label)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  return debrief_property_command_new (object, property, &gvalue, label);
}

/* List members */

typedef struct {
  DebriefCommand  parent;
  GListStore     *list;
  GObject        *item;
  guint           position;
} ListCommand;

static void
list_insert (DebriefCommand *command)
{
  ListCommand *self = (ListCommand *) command;

  g_list_store_insert (self->list, self->position, self->item);
}

static void
list_remove (DebriefCommand *command)
{
  ListCommand *self = (ListCommand *) command;
  guint position;

  if (g_list_store_find (self->list, self->item, &position))
    g_list_store_remove (self->list, position);
}

static void
list_finalize (DebriefCommand *command)
{
  ListCommand *self = (ListCommand *) command;

  g_clear_object (&self->list);
  g_clear_object (&self->item);
}

static const DebriefCommandClass list_insert_class = {
  .apply = list_insert,
  .revert = list_remove,
  .finalize = list_finalize,
};

static const DebriefCommandClass list_remove_class = {
  .apply = list_remove,
  .revert = list_insert,
  .finalize = list_finalize,
};

static ListCommand *
list_command_new (const DebriefCommandClass *klass,
                  GListStore                *list,
                  gpointer                   item,
                  guint                      position,
                  const char                *label)
{
  ListCommand *self = debrief_command_alloc (klass, sizeof (ListCommand), label);

  self->list = g_object_ref (list);
  self->item = g_object_ref (item);
  self->position = position;
  return self;
}

DebriefCommand *
debrief_list_insert_command_new (GListStore *list,
                                 guint       position,
                                 gpointer    item,
                                 const char *label)
{
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list)));
  return &list_command_new (&list_insert_class, list, item, position, label)->parent;
}

DebriefCommand *
debrief_list_remove_command_new (GListStore *list,
                                 gpointer    item,
                                 const char *label)
{
  guint position;

  g_return_val_if_fail (g_list_store_find (list, item, &position), NULL);
  return &list_command_new (&list_remove_class, list, item, position, label)->parent;
}

/* Lanes */

typedef struct {
  DebriefCommand  parent;
  DebriefReview  *review;
  DebriefLane    *lane;
  guint           from;  /* remove, move: where it was */
  guint           to;    /* insert, move: where it goes */
} LaneCommand;

static void
lane_insert (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  debrief_review_insert_lane (self->review, self->to, self->lane);
}

static void
lane_remove (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  debrief_review_remove_lane (self->review, self->lane);
}

static void
lane_put_back (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  debrief_review_insert_lane (self->review, self->from, self->lane);
}

static void
lane_move_forward (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  debrief_review_remove_lane (self->review, self->lane);
  debrief_review_insert_lane (self->review, self->to, self->lane);
}

static void
lane_move_back (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  debrief_review_remove_lane (self->review, self->lane);
  debrief_review_insert_lane (self->review, self->from, self->lane);
}

static void
lane_finalize (DebriefCommand *command)
{
  LaneCommand *self = (LaneCommand *) command;

  g_clear_object (&self->review);
  g_clear_object (&self->lane);
}

static const DebriefCommandClass lane_insert_class = {
  .apply = lane_insert, .revert = lane_remove, .finalize = lane_finalize,
};
static const DebriefCommandClass lane_remove_class = {
  .apply = lane_remove, .revert = lane_put_back, .finalize = lane_finalize,
};
static const DebriefCommandClass lane_move_class = {
  .apply = lane_move_forward, .revert = lane_move_back, .finalize = lane_finalize,
};

static LaneCommand *
lane_command_new (const DebriefCommandClass *klass,
                  DebriefReview             *review,
                  DebriefLane               *lane,
                  const char                *label)
{
  LaneCommand *self = debrief_command_alloc (klass, sizeof (LaneCommand), label);

  self->review = g_object_ref (review);
  self->lane = g_object_ref (lane);
  self->from = debrief_review_get_lane_position (review, lane);
  return self;
}

DebriefCommand *
debrief_lane_insert_command_new (DebriefReview *review,
                                 guint          position,
                                 DebriefLane   *lane)
{
  LaneCommand *self = lane_command_new (&lane_insert_class, review, lane, _("Add Lane"));

  self->to = position;
  return &self->parent;
}

/* The lane's events must be moved or removed first, in the same group. */
DebriefCommand *
debrief_lane_remove_command_new (DebriefReview *review,
                                 DebriefLane   *lane)
{
  return &lane_command_new (&lane_remove_class, review, lane, _("Remove Lane"))->parent;
}

DebriefCommand *
debrief_lane_move_command_new (DebriefReview *review,
                               DebriefLane   *lane,
                               guint          position)
{
  LaneCommand *self = lane_command_new (&lane_move_class, review, lane, _("Move Lane"));

  self->to = position;
  return &self->parent;
}
