/* debrief-action-item.c — something the review decided someone should do
 *
 * An action item has an owner, a status and perhaps a due date, and links:
 * the ids of what it grew out of, so a reader of the review can follow an
 * action back to the moment that prompted it. An empty list of links is
 * kept as NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-action-item"

#include "config.h"

#include "debrief-action-item.h"
#include "debrief-model-enums.h"
#include "debrief-time.h"

struct _DebriefActionItem
{
  DebriefItem   parent_instance;

  char         *text;
  char         *owner;
  int           status;
  gint64        due;
  char        **links;
};

G_DEFINE_FINAL_TYPE (DebriefActionItem, debrief_action_item, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_OWNER,
  PROP_STATUS,
  PROP_DUE,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_names[] = {
  [DEBRIEF_ACTION_STATUS_OPEN] = "open",
  [DEBRIEF_ACTION_STATUS_IN_PROGRESS] = "in-progress",
  [DEBRIEF_ACTION_STATUS_DONE] = "done",
};

static void
debrief_action_item_finalize (GObject *object)
{
  DebriefActionItem *self = DEBRIEF_ACTION_ITEM (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->links, g_strfreev);

  G_OBJECT_CLASS (debrief_action_item_parent_class)->finalize (object);
}

static void
debrief_action_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DebriefActionItem *self = DEBRIEF_ACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_OWNER: g_value_set_string (value, self->owner); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_DUE: g_value_set_int64 (value, self->due); break;
    case PROP_LINKS: g_value_set_boxed (value, self->links); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_action_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DebriefActionItem *self = DEBRIEF_ACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT: debrief_action_item_set_text (self, g_value_get_string (value)); break;
    case PROP_OWNER: debrief_action_item_set_owner (self, g_value_get_string (value)); break;
    case PROP_STATUS: debrief_action_item_set_status (self, g_value_get_enum (value)); break;
    case PROP_DUE: debrief_action_item_set_due (self, g_value_get_int64 (value)); break;
    case PROP_LINKS: debrief_action_item_set_links (self, g_value_get_boxed (value)); break;
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
debrief_action_item_class_init (DebriefActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_action_item_finalize;
  object_class->get_property = debrief_action_item_get_property;
  object_class->set_property = debrief_action_item_set_property;

  properties[PROP_TEXT] = string_param ("text");
  properties[PROP_OWNER] = string_param ("owner");
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       DEBRIEF_TYPE_ACTION_STATUS, DEBRIEF_ACTION_STATUS_OPEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE] = debrief_item_param_time ("due");
  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_action_item_init (DebriefActionItem *self)
{
  self->due = DEBRIEF_TIME_NONE;
}

DebriefActionItem *
debrief_action_item_new (const char *id,
                         const char *text)
{
  return g_object_new (DEBRIEF_TYPE_ACTION_ITEM, "id", id, "text", text, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_action_item_get_##field (DebriefActionItem *self)                           \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_ACTION_ITEM (self), NULL);                       \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_action_item_set_##field (DebriefActionItem *self,                           \
                                 const char        *value)                          \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_ACTION_ITEM (self));                                 \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (text, PROP_TEXT)
STRING_ACCESSORS (owner, PROP_OWNER)

DebriefActionStatus
debrief_action_item_get_status (DebriefActionItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_ACTION_ITEM (self), DEBRIEF_ACTION_STATUS_OPEN);
  return self->status;
}

void
debrief_action_item_set_status (DebriefActionItem   *self,
                                DebriefActionStatus  status)
{
  g_return_if_fail (DEBRIEF_IS_ACTION_ITEM (self));
  debrief_item_set_enum (DEBRIEF_ITEM (self), &self->status, status, properties[PROP_STATUS]);
}

gint64
debrief_action_item_get_due (DebriefActionItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_ACTION_ITEM (self), DEBRIEF_TIME_NONE);
  return self->due;
}

void
debrief_action_item_set_due (DebriefActionItem *self,
                             gint64             due)
{
  g_return_if_fail (DEBRIEF_IS_ACTION_ITEM (self));
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->due, due, properties[PROP_DUE]);
}

/**
 * debrief_action_item_get_links:
 *
 * Returns: (transfer none) (nullable): ids of what the action grew out of;
 * NULL when there are none
 */
const char * const *
debrief_action_item_get_links (DebriefActionItem *self)
{
  g_return_val_if_fail (DEBRIEF_IS_ACTION_ITEM (self), NULL);
  return (const char * const *) self->links;
}

void
debrief_action_item_set_links (DebriefActionItem  *self,
                               const char * const *links)
{
  g_return_if_fail (DEBRIEF_IS_ACTION_ITEM (self));
  debrief_item_set_strv (DEBRIEF_ITEM (self), &self->links, links, properties[PROP_LINKS]);
}

const char *
debrief_action_status_to_string (DebriefActionStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_names), NULL);
  return status_names[status];
}

gboolean
debrief_action_status_from_string (const char          *text,
                                   DebriefActionStatus *out_status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *out_status = i;
        return TRUE;
      }
  return FALSE;
}
