/* debrief-perspective.c — one participant's account, entries ordered by time
 *
 * A perspective is what one person says happened, kept apart from the
 * record of events so the review can show where belief and record parted.
 * It belongs to a participant lane (by lane id). The entries live in a
 * GListStore that views bind to directly; the store keeps the order it is
 * given, and whoever adds an entry puts it in its place by time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-perspective"

#include "config.h"

#include "debrief-perspective.h"

struct _DebriefPerspective
{
  DebriefItem  parent_instance;

  char        *participant;
  char        *title;
  GListStore  *entries;
};

G_DEFINE_FINAL_TYPE (DebriefPerspective, debrief_perspective, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_PARTICIPANT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_perspective_dispose (GObject *object)
{
  DebriefPerspective *self = DEBRIEF_PERSPECTIVE (object);

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (debrief_perspective_parent_class)->dispose (object);
}

static void
debrief_perspective_finalize (GObject *object)
{
  DebriefPerspective *self = DEBRIEF_PERSPECTIVE (object);

  g_clear_pointer (&self->participant, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (debrief_perspective_parent_class)->finalize (object);
}

static void
debrief_perspective_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DebriefPerspective *self = DEBRIEF_PERSPECTIVE (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT: g_value_set_string (value, self->participant); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_perspective_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DebriefPerspective *self = DEBRIEF_PERSPECTIVE (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      debrief_perspective_set_participant (self, g_value_get_string (value));
      break;
    case PROP_TITLE: debrief_perspective_set_title (self, g_value_get_string (value)); break;
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
debrief_perspective_class_init (DebriefPerspectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = debrief_perspective_dispose;
  object_class->finalize = debrief_perspective_finalize;
  object_class->get_property = debrief_perspective_get_property;
  object_class->set_property = debrief_perspective_set_property;

  properties[PROP_PARTICIPANT] = string_param ("participant");
  properties[PROP_TITLE] = string_param ("title");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_perspective_init (DebriefPerspective *self)
{
  self->entries = g_list_store_new (DEBRIEF_TYPE_PERSPECTIVE_ENTRY);
}

DebriefPerspective *
debrief_perspective_new (const char *id,
                         const char *participant)
{
  return g_object_new (DEBRIEF_TYPE_PERSPECTIVE, "id", id, "participant", participant, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_perspective_get_##field (DebriefPerspective *self)                          \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE (self), NULL);                       \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_perspective_set_##field (DebriefPerspective *self,                          \
                                 const char         *value)                         \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE (self));                                 \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (participant, PROP_PARTICIPANT)
STRING_ACCESSORS (title, PROP_TITLE)

/**
 * debrief_perspective_get_entries:
 *
 * Returns: (transfer none): the entries, a list of #DebriefPerspectiveEntry
 */
GListModel *
debrief_perspective_get_entries (DebriefPerspective *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE (self), NULL);
  return G_LIST_MODEL (self->entries);
}

void
debrief_perspective_append_entry (DebriefPerspective      *self,
                                  DebriefPerspectiveEntry *entry)
{
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE (self));
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (entry));

  g_list_store_append (self->entries, entry);
}

void
debrief_perspective_insert_entry (DebriefPerspective      *self,
                                  guint                    position,
                                  DebriefPerspectiveEntry *entry)
{
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE (self));
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (entry));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->entries)));

  g_list_store_insert (self->entries, position, entry);
}

void
debrief_perspective_remove_entry (DebriefPerspective *self,
                                  guint               position)
{
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->entries)));

  g_list_store_remove (self->entries, position);
}

/**
 * debrief_perspective_find_entry:
 *
 * Returns: (transfer none) (nullable): the entry with that id, or NULL
 */
DebriefPerspectiveEntry *
debrief_perspective_find_entry (DebriefPerspective *self,
                                const char         *id)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE (self), NULL);

  if (id == NULL)
    return NULL;

  model = G_LIST_MODEL (self->entries);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (model, i);

      /* The store keeps its own reference, so the pointer outlives ours. */
      if (g_strcmp0 (debrief_item_get_id (DEBRIEF_ITEM (entry)), id) == 0)
        return entry;
    }
  return NULL;
}
