/* debrief-event-commands.c — adding, removing and changing events
 *
 * The store keeps a removed event's slot, so undoing a removal (or redoing
 * an add) brings the event back under the same ref, and commands further
 * up the history that name it by ref stay valid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edit-commands.h"

typedef struct {
  DebriefCommand     parent;
  DebriefEventStore *store;
  DebriefEventRef    ref;
  DebriefEventSpec  *spec;      /* add: the event; update: the new state */
  DebriefEventSpec  *old_spec;  /* update: the state before */
  gboolean           added;     /* add: the slot exists */
} EventCommand;

static void
event_command_finalize (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  g_clear_object (&self->store);
  g_clear_pointer (&self->spec, debrief_event_spec_free);
  g_clear_pointer (&self->old_spec, debrief_event_spec_free);
}

static EventCommand *
event_command_new (const DebriefCommandClass *klass,
                   DebriefReview             *review,
                   const char                *label)
{
  EventCommand *self = debrief_command_alloc (klass, sizeof (EventCommand), label);

  self->store = g_object_ref (debrief_review_get_events (review));
  self->ref = DEBRIEF_EVENT_REF_NONE;
  return self;
}

/* Add */

static void
add_apply (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  if (self->added)
    {
      debrief_event_store_restore (self->store, self->ref);
      return;
    }
  self->ref = debrief_event_store_add (self->store, self->spec);
  self->added = self->ref != DEBRIEF_EVENT_REF_NONE;
}

static void
add_revert (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  if (self->added)
    debrief_event_store_remove (self->store, self->ref);
}

static const DebriefCommandClass add_class = {
  .apply = add_apply,
  .revert = add_revert,
  .finalize = event_command_finalize,
};

DebriefCommand *
debrief_event_add_command_new (DebriefReview          *review,
                               const DebriefEventSpec *spec)
{
  EventCommand *self = event_command_new (&add_class, review, _("Add Event"));

  self->spec = debrief_event_spec_copy (spec);
  return &self->parent;
}

/* The new event, once the command has been applied. */
DebriefEventRef
debrief_event_add_command_get_ref (DebriefCommand *command)
{
  g_return_val_if_fail (command->klass == &add_class, DEBRIEF_EVENT_REF_NONE);
  return ((EventCommand *) command)->ref;
}

/* Remove */

static void
remove_apply (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  debrief_event_store_remove (self->store, self->ref);
}

static void
remove_revert (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  debrief_event_store_restore (self->store, self->ref);
}

static const DebriefCommandClass remove_class = {
  .apply = remove_apply,
  .revert = remove_revert,
  .finalize = event_command_finalize,
};

DebriefCommand *
debrief_event_remove_command_new (DebriefReview   *review,
                                  DebriefEventRef  ref)
{
  /* The same message as deleting several (debrief-edits.c), so there is one
   * entry to translate, not a singular that clashes with its plural. */
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete Event", "Delete %'u Events", 1), 1u);
  EventCommand *self = event_command_new (&remove_class, review, label);

  g_return_val_if_fail (debrief_event_store_is_live (self->store, ref), NULL);
  self->ref = ref;
  return &self->parent;
}

/* Update */

static void
update_apply (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  debrief_event_store_update (self->store, self->ref, self->spec);
}

static void
update_revert (DebriefCommand *command)
{
  EventCommand *self = (EventCommand *) command;

  debrief_event_store_update (self->store, self->ref, self->old_spec);
}

static gboolean
update_absorb (DebriefCommand *command,
               DebriefCommand *next)
{
  EventCommand *self = (EventCommand *) command;
  EventCommand *later = (EventCommand *) next;

  if (self->ref != later->ref)
    return FALSE;
  g_clear_pointer (&self->spec, debrief_event_spec_free);
  self->spec = g_steal_pointer (&later->spec);
  return TRUE;
}

static const DebriefCommandClass update_class = {
  .apply = update_apply,
  .revert = update_revert,
  .absorb = update_absorb,
  .finalize = event_command_finalize,
};

DebriefCommand *
debrief_event_update_command_new (DebriefReview          *review,
                                  DebriefEventRef         ref,
                                  const DebriefEventSpec *spec,
                                  const char             *label)
{
  EventCommand *self = event_command_new (&update_class, review, label ? label : _("Edit Event"));

  g_return_val_if_fail (debrief_event_store_is_live (self->store, ref), NULL);
  self->ref = ref;
  self->old_spec = debrief_event_store_dup_spec (self->store, ref);
  self->spec = debrief_event_spec_copy (spec);
  return &self->parent;
}

/* ---- many events at once ------------------------------------------------------ */

typedef struct {
  DebriefCommand     parent;
  DebriefEventStore *store;
  GArray            *specs;   /* DebriefEventSpec, shallow: @owner keeps their strings */
  GObject           *owner;
  GStringChunk      *strings; /* the specs' ids and texts, for the store to adopt */
  GArray            *refs;    /* DebriefEventRef, once applied */
} ManyCommand;

static void
many_apply (DebriefCommand *command)
{
  ManyCommand *self = (ManyCommand *) command;

  if (self->refs != NULL)
    {
      debrief_event_store_restore_many (self->store, (DebriefEventRef *) self->refs->data, self->refs->len);
      return;
    }
  self->refs = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventRef), self->specs->len);
  g_array_set_size (self->refs, self->specs->len);
  if (self->strings != NULL)
    debrief_event_store_add_many_adopting (self->store, (DebriefEventSpec *) self->specs->data, self->specs->len,
                                           (DebriefEventRef *) self->refs->data, g_steal_pointer (&self->strings));
  else
    debrief_event_store_add_many (self->store, (DebriefEventSpec *) self->specs->data, self->specs->len,
                                  (DebriefEventRef *) self->refs->data);
  /* From now on undo and redo need only the refs. */
  g_clear_pointer (&self->specs, g_array_unref);
  g_clear_object (&self->owner);
}

static void
many_revert (DebriefCommand *command)
{
  ManyCommand *self = (ManyCommand *) command;

  if (self->refs != NULL)
    debrief_event_store_remove_many (self->store, (DebriefEventRef *) self->refs->data, self->refs->len);
}

static void
many_finalize (DebriefCommand *command)
{
  ManyCommand *self = (ManyCommand *) command;

  g_clear_object (&self->store);
  g_clear_pointer (&self->specs, g_array_unref);
  g_clear_object (&self->owner);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->refs, g_array_unref);
}

static const DebriefCommandClass many_class = {
  .apply = many_apply,
  .revert = many_revert,
  .finalize = many_finalize,
};

/**
 * debrief_event_add_many_command_new:
 * @specs: (array length=n_specs): the events; their strings must live as
 *   long as @owner
 * @owner: (nullable): kept until the command is first applied
 *
 * Adds all of @specs in one go: an import of a million log lines is sorted
 * and signalled once, and so are its undo and redo.
 */
DebriefCommand *
debrief_event_add_many_command_new (DebriefReview          *review,
                                    const DebriefEventSpec *specs,
                                    guint                   n_specs,
                                    GObject                *owner,
                                    const char             *label)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventSpec), n_specs);

  g_array_append_vals (copy, specs, n_specs);
  return debrief_event_add_many_command_new_take (review, copy, owner, NULL, label);
}

/**
 * debrief_event_add_many_command_new_take:
 * @specs: (transfer full) (element-type DebriefEventSpec): the events,
 *   shallow: their strings must live as long as @owner
 * @strings: (transfer full) (nullable): a chunk holding every spec's id and
 *   text, which the store then keeps instead of copying them
 *
 * As debrief_event_add_many_command_new(), without a copy of @specs: an
 * import of a million lines would otherwise hold two arrays of them (over
 * 100 MiB) while the store takes its own; with @strings, nor two copies of
 * their texts.
 */
DebriefCommand *
debrief_event_add_many_command_new_take (DebriefReview *review,
                                         GArray        *specs,
                                         GObject       *owner,
                                         GStringChunk  *strings,
                                         const char    *label)
{
  ManyCommand *self;

  g_return_val_if_fail (g_array_get_element_size (specs) == sizeof (DebriefEventSpec), NULL);
  self = debrief_command_alloc (&many_class, sizeof (ManyCommand), label);
  self->store = g_object_ref (debrief_review_get_events (review));
  self->specs = specs;
  self->owner = owner ? g_object_ref (owner) : NULL;
  self->strings = strings;
  return &self->parent;
}
