/* debrief-history.c — the one undo/redo history of a review
 *
 * Pushing a command applies it and puts it on the undo stack; undo moves
 * it to the redo stack. Each step carries a serial number, and the serial
 * of the top of the undo stack names the review's state: the document
 * compares it with the state it last saved to know whether it is modified,
 * so undoing back to the saved state clears the marker.
 *
 * A typing burst merges into its previous step when both carry the same
 * merge key, nothing else happened in between and the pause was short.
 * Groups collect the commands of one gesture (a drag, a merge of lanes)
 * into one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-history"

#include "config.h"

#include "debrief-history.h"

typedef struct {
  DebriefCommand *command;
  guint64         serial;
  gint64          pushed_at;  /* monotonic µs, for merging */
} Step;

struct _DebriefHistory
{
  GObject         parent_instance;

  GArray         *undo;      /* Step */
  GArray         *redo;      /* Step */
  DebriefCommand *group;     /* collecting, while group_depth > 0 */
  guint           group_depth;
  guint64         next_serial;
  gboolean        sealed;    /* the top step takes no more merges */
  gboolean        applying;
};

G_DEFINE_FINAL_TYPE (DebriefHistory, debrief_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_step (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->command, debrief_command_free);
}

static void
notify_all (DebriefHistory *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static Step *
top_of (GArray *stack)
{
  return stack->len > 0 ? &g_array_index (stack, Step, stack->len - 1) : NULL;
}

static void
debrief_history_finalize (GObject *object)
{
  DebriefHistory *self = DEBRIEF_HISTORY (object);

  g_array_unref (self->undo);
  g_array_unref (self->redo);
  g_clear_pointer (&self->group, debrief_command_free);

  G_OBJECT_CLASS (debrief_history_parent_class)->finalize (object);
}

static void
debrief_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DebriefHistory *self = DEBRIEF_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO: g_value_set_boolean (value, debrief_history_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, debrief_history_can_redo (self)); break;
    case PROP_UNDO_LABEL: g_value_set_string (value, debrief_history_get_undo_label (self)); break;
    case PROP_REDO_LABEL: g_value_set_string (value, debrief_history_get_redo_label (self)); break;
    case PROP_STATE: g_value_set_uint64 (value, debrief_history_get_state (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_history_class_init (DebriefHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = debrief_history_finalize;
  object_class->get_property = debrief_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_uint64 ("state", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_history_init (DebriefHistory *self)
{
  self->undo = g_array_new (FALSE, FALSE, sizeof (Step));
  self->redo = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->undo, clear_step);
  g_array_set_clear_func (self->redo, clear_step);
  self->next_serial = 1;
}

DebriefHistory *
debrief_history_new (void)
{
  return g_object_new (DEBRIEF_TYPE_HISTORY, NULL);
}

static void
apply_command (DebriefHistory *self,
               DebriefCommand *command,
               gboolean        forward)
{
  self->applying = TRUE;
  if (forward)
    debrief_command_apply (command);
  else
    debrief_command_revert (command);
  self->applying = FALSE;
}

static gboolean
try_merge (DebriefHistory *self,
           DebriefCommand *command,
           gint64          now)
{
  Step *top = top_of (self->undo);

  if (top == NULL || self->sealed || self->redo->len > 0)
    return FALSE;
  if (now - top->pushed_at > DEBRIEF_HISTORY_MERGE_WINDOW_USEC)
    return FALSE;
  if (!debrief_command_absorb (top->command, command))
    return FALSE;
  top->serial = self->next_serial++;
  top->pushed_at = now;
  return TRUE;
}

/**
 * debrief_history_push:
 * @command: (transfer full): a command not applied yet
 *
 * Applies @command and records it; the redo stack is dropped.
 */
void
debrief_history_push (DebriefHistory *self,
                      DebriefCommand *command)
{
  gint64 now = g_get_monotonic_time ();
  Step step;

  g_return_if_fail (DEBRIEF_IS_HISTORY (self));
  g_return_if_fail (command != NULL);

  apply_command (self, command, TRUE);

  if (self->group_depth > 0)
    {
      debrief_command_group_add (self->group, command);
      return;
    }
  if (try_merge (self, command, now))
    {
      debrief_command_free (command);
      notify_all (self);
      return;
    }

  g_array_set_size (self->redo, 0);
  step = (Step) { command, self->next_serial++, now };
  g_array_append_val (self->undo, step);
  self->sealed = FALSE;
  notify_all (self);
}

static gboolean
move_top (DebriefHistory *self,
          GArray         *from,
          GArray         *to,
          gboolean        forward)
{
  Step step;

  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;
  step = g_array_index (from, Step, from->len - 1);
  /* Steal the step: the array must not free the command it hands over. */
  g_array_index (from, Step, from->len - 1).command = NULL;
  g_array_set_size (from, from->len - 1);

  apply_command (self, step.command, forward);
  g_array_append_val (to, step);
  self->sealed = TRUE;
  notify_all (self);
  return TRUE;
}

gboolean
debrief_history_undo (DebriefHistory *self)
{
  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), FALSE);
  return move_top (self, self->undo, self->redo, FALSE);
}

gboolean
debrief_history_redo (DebriefHistory *self)
{
  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), FALSE);
  return move_top (self, self->redo, self->undo, TRUE);
}

gboolean
debrief_history_can_undo (DebriefHistory *self)
{
  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), FALSE);
  return self->undo->len > 0 && self->group_depth == 0;
}

gboolean
debrief_history_can_redo (DebriefHistory *self)
{
  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), FALSE);
  return self->redo->len > 0 && self->group_depth == 0;
}

const char *
debrief_history_get_undo_label (DebriefHistory *self)
{
  Step *top = top_of (self->undo);

  return top != NULL ? debrief_command_get_label (top->command) : NULL;
}

const char *
debrief_history_get_redo_label (DebriefHistory *self)
{
  Step *top = top_of (self->redo);

  return top != NULL ? debrief_command_get_label (top->command) : NULL;
}

/* Commands pushed until the matching end_group() become one step. Groups
 * nest; the outermost label names the step. */
void
debrief_history_begin_group (DebriefHistory *self,
                             const char     *label)
{
  g_return_if_fail (DEBRIEF_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = debrief_command_group_new (label);
}

void
debrief_history_end_group (DebriefHistory *self)
{
  DebriefCommand *group;
  Step step;

  g_return_if_fail (DEBRIEF_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (debrief_command_group_get_size (group) == 0)
    {
      debrief_command_free (group);
      notify_all (self);
      return;
    }
  g_array_set_size (self->redo, 0);
  step = (Step) { group, self->next_serial++, g_get_monotonic_time () };
  g_array_append_val (self->undo, step);
  self->sealed = TRUE;
  notify_all (self);
}

/* The next command starts a step of its own: focus left the field, the
 * selection changed. */
void
debrief_history_seal (DebriefHistory *self)
{
  g_return_if_fail (DEBRIEF_IS_HISTORY (self));
  self->sealed = TRUE;
}

/* 0 for the state the history started from. */
guint64
debrief_history_get_state (DebriefHistory *self)
{
  Step *top;

  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), 0);

  top = top_of (self->undo);
  return top != NULL ? top->serial : 0;
}

/* TRUE while a command runs: changes to the review are the history's own. */
gboolean
debrief_history_is_applying (DebriefHistory *self)
{
  g_return_val_if_fail (DEBRIEF_IS_HISTORY (self), FALSE);
  return self->applying;
}

void
debrief_history_clear (DebriefHistory *self)
{
  g_return_if_fail (DEBRIEF_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  notify_all (self);
}
