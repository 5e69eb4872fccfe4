/* debrief-command.c — one reversible change to a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-command.h"

gpointer
debrief_command_alloc (const DebriefCommandClass *klass,
                       gsize                      size,
                       const char                *label)
{
  DebriefCommand *self;

  g_return_val_if_fail (size >= sizeof (DebriefCommand), NULL);

  self = g_malloc0 (size);
  self->klass = klass;
  self->label = g_strdup (label);
  return self;
}

void
debrief_command_set_merge_key (DebriefCommand *self,
                               const char     *merge_key)
{
  g_free (self->merge_key);
  self->merge_key = g_strdup (merge_key);
}

void
debrief_command_apply (DebriefCommand *self)
{
  self->klass->apply (self);
}

void
debrief_command_revert (DebriefCommand *self)
{
  self->klass->revert (self);
}

gboolean
debrief_command_absorb (DebriefCommand *self,
                        DebriefCommand *next)
{
  if (self->klass != next->klass || self->klass->absorb == NULL)
    return FALSE;
  if (self->merge_key == NULL || g_strcmp0 (self->merge_key, next->merge_key) != 0)
    return FALSE;
  return self->klass->absorb (self, next);
}

const char *
debrief_command_get_label (DebriefCommand *self)
{
  return self->label;
}

void
debrief_command_free (DebriefCommand *self)
{
  if (self == NULL)
    return;
  if (self->klass->finalize != NULL)
    self->klass->finalize (self);
  g_free (self->label);
  g_free (self->merge_key);
  g_free (self);
}

/* Groups */

typedef struct {
  DebriefCommand  parent;
  GPtrArray      *children;
} GroupCommand;

static void
group_apply (DebriefCommand *command)
{
  GroupCommand *self = (GroupCommand *) command;

  for (guint i = 0; i < self->children->len; i++)
    debrief_command_apply (g_ptr_array_index (self->children, i));
}

static void
group_revert (DebriefCommand *command)
{
  GroupCommand *self = (GroupCommand *) command;

  for (guint i = self->children->len; i > 0; i--)
    debrief_command_revert (g_ptr_array_index (self->children, i - 1));
}

static void
group_finalize (DebriefCommand *command)
{
  GroupCommand *self = (GroupCommand *) command;

  g_ptr_array_unref (self->children);
}

static const DebriefCommandClass group_class = {
  .apply = group_apply,
  .revert = group_revert,
  .finalize = group_finalize,
};

DebriefCommand *
debrief_command_group_new (const char *label)
{
  GroupCommand *self = debrief_command_alloc (&group_class, sizeof (GroupCommand), label);

  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_command_free);
  return &self->parent;
}

/* The child has been applied already; the group only keeps it. */
void
debrief_command_group_add (DebriefCommand *group,
                           DebriefCommand *child)
{
  g_return_if_fail (group->klass == &group_class);
  g_ptr_array_add (((GroupCommand *) group)->children, child);
}

guint
debrief_command_group_get_size (DebriefCommand *group)
{
  g_return_val_if_fail (group->klass == &group_class, 0);
  return ((GroupCommand *) group)->children->len;
}
