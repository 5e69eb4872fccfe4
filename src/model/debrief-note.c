/* debrief-note.c — discussion captured during the review
 *
 * A note is anchored to a time, an event, a phase or a perspective entry (by id, so
 * it survives edits and reloads), and may name its author by lane id.
 * Private notes are the facilitator's preparation: they are never shown in
 * projection or in print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-note"

#include "config.h"

#include "debrief-note.h"
#include "debrief-time.h"

struct _DebriefNote
{
  DebriefItem  parent_instance;

  char        *text;
  gboolean     is_private;
  gint64       time;
  char        *event;
  char        *entry;
  char        *phase;
  char        *author;
  gboolean     question;
};

G_DEFINE_FINAL_TYPE (DebriefNote, debrief_note, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_PRIVATE,
  PROP_TIME,
  PROP_EVENT,
  PROP_ENTRY,
  PROP_PHASE,
  PROP_AUTHOR,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_note_finalize (GObject *object)
{
  DebriefNote *self = DEBRIEF_NOTE (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->event, g_free);
  g_clear_pointer (&self->entry, g_free);
  g_clear_pointer (&self->phase, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (debrief_note_parent_class)->finalize (object);
}

static void
debrief_note_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DebriefNote *self = DEBRIEF_NOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_PRIVATE: g_value_set_boolean (value, self->is_private); break;
    case PROP_TIME: g_value_set_int64 (value, self->time); break;
    case PROP_EVENT: g_value_set_string (value, self->event); break;
    case PROP_ENTRY: g_value_set_string (value, self->entry); break;
    case PROP_PHASE: g_value_set_string (value, self->phase); break;
    case PROP_QUESTION: g_value_set_boolean (value, self->question); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_note_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DebriefNote *self = DEBRIEF_NOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT: debrief_note_set_text (self, g_value_get_string (value)); break;
    case PROP_PRIVATE: debrief_note_set_private (self, g_value_get_boolean (value)); break;
    case PROP_TIME: debrief_note_set_time (self, g_value_get_int64 (value)); break;
    case PROP_EVENT: debrief_note_set_event (self, g_value_get_string (value)); break;
    case PROP_ENTRY: debrief_note_set_entry (self, g_value_get_string (value)); break;
    case PROP_PHASE: debrief_note_set_phase (self, g_value_get_string (value)); break;
    case PROP_QUESTION: debrief_note_set_question (self, g_value_get_boolean (value)); break;
    case PROP_AUTHOR: debrief_note_set_author (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_note_class_init (DebriefNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_note_finalize;
  object_class->get_property = debrief_note_get_property;
  object_class->set_property = debrief_note_set_property;

  properties[PROP_TEXT] = string_param ("text");
  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] = debrief_item_param_time ("time");
  properties[PROP_EVENT] = string_param ("event");
  properties[PROP_ENTRY] = string_param ("entry");
  properties[PROP_PHASE] = string_param ("phase");
  properties[PROP_QUESTION] =
    g_param_spec_boolean ("question", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = string_param ("author");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_note_init (DebriefNote *self)
{
  self->time = DEBRIEF_TIME_NONE;
}

DebriefNote *
debrief_note_new (const char *id,
                  const char *text)
{
  return g_object_new (DEBRIEF_TYPE_NOTE, "id", id, "text", text, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_note_get_##field (DebriefNote *self)                                        \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_NOTE (self), NULL);                              \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_note_set_##field (DebriefNote *self,                                        \
                          const char  *value)                                       \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_NOTE (self));                                        \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (text, PROP_TEXT)
STRING_ACCESSORS (event, PROP_EVENT)
STRING_ACCESSORS (entry, PROP_ENTRY)
STRING_ACCESSORS (phase, PROP_PHASE)
STRING_ACCESSORS (author, PROP_AUTHOR)

gboolean
debrief_note_get_private (DebriefNote *self)
{
  g_return_val_if_fail (DEBRIEF_IS_NOTE (self), FALSE);
  return self->is_private;
}

void
debrief_note_set_private (DebriefNote *self,
                          gboolean     is_private)
{
  g_return_if_fail (DEBRIEF_IS_NOTE (self));
  debrief_item_set_boolean (DEBRIEF_ITEM (self), &self->is_private, is_private,
                            properties[PROP_PRIVATE]);
}

gint64
debrief_note_get_time (DebriefNote *self)
{
  g_return_val_if_fail (DEBRIEF_IS_NOTE (self), DEBRIEF_TIME_NONE);
  return self->time;
}

void
debrief_note_set_time (DebriefNote *self,
                       gint64       time)
{
  g_return_if_fail (DEBRIEF_IS_NOTE (self));
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->time, time, properties[PROP_TIME]);
}

/* A prepared question: the facilitator's, asked of the room; private by
 * the facilitator's choice like any note, listed with open questions. */
gboolean
debrief_note_get_question (DebriefNote *self)
{
  g_return_val_if_fail (DEBRIEF_IS_NOTE (self), FALSE);
  return self->question;
}

void
debrief_note_set_question (DebriefNote *self,
                           gboolean     question)
{
  g_return_if_fail (DEBRIEF_IS_NOTE (self));
  debrief_item_set_boolean (DEBRIEF_ITEM (self), &self->question, !!question, properties[PROP_QUESTION]);
}
