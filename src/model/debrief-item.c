/* debrief-item.c — the base of every small model object
 *
 * Lanes, phases, notes, perspectives… all have an id and may carry members
 * a newer Debrief wrote. The base keeps both, and gives subclasses setters
 * that notify only when a value really changes (the undo history and the
 * views rely on that).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-item"

#include "config.h"

#include "debrief-item.h"
#include "debrief-time.h"

typedef struct
{
  char       *id;
  JsonObject *unknown;
} DebriefItemPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (DebriefItem, debrief_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_item_finalize (GObject *object)
{
  DebriefItemPrivate *priv = debrief_item_get_instance_private (DEBRIEF_ITEM (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->unknown, json_object_unref);

  G_OBJECT_CLASS (debrief_item_parent_class)->finalize (object);
}

static void
debrief_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DebriefItem *self = DEBRIEF_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, debrief_item_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DebriefItem *self = DEBRIEF_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      debrief_item_set_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_item_class_init (DebriefItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_item_finalize;
  object_class->get_property = debrief_item_get_property;
  object_class->set_property = debrief_item_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_item_init (DebriefItem *self)
{
}

const char *
debrief_item_get_id (DebriefItem *self)
{
  DebriefItemPrivate *priv;

  g_return_val_if_fail (DEBRIEF_IS_ITEM (self), NULL);
  priv = debrief_item_get_instance_private (self);
  return priv->id;
}

void
debrief_item_set_id (DebriefItem *self,
                     const char  *id)
{
  DebriefItemPrivate *priv;

  g_return_if_fail (DEBRIEF_IS_ITEM (self));
  priv = debrief_item_get_instance_private (self);
  debrief_item_set_string (self, &priv->id, id, properties[PROP_ID]);
}

/**
 * debrief_item_get_unknown:
 *
 * Returns: (transfer none) (nullable): members this version does not know,
 * in the order the file had them
 */
JsonObject *
debrief_item_get_unknown (DebriefItem *self)
{
  DebriefItemPrivate *priv;

  g_return_val_if_fail (DEBRIEF_IS_ITEM (self), NULL);
  priv = debrief_item_get_instance_private (self);
  return priv->unknown;
}

void
debrief_item_set_unknown (DebriefItem *self,
                          JsonObject  *unknown)
{
  DebriefItemPrivate *priv;

  g_return_if_fail (DEBRIEF_IS_ITEM (self));
  priv = debrief_item_get_instance_private (self);

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&priv->unknown, json_object_unref);
  priv->unknown = unknown;
}

gboolean
debrief_item_set_string (DebriefItem  *self,
                         char        **field,
                         const char   *value,
                         GParamSpec   *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

gboolean
debrief_item_set_time (DebriefItem *self,
                       gint64      *field,
                       gint64       value,
                       GParamSpec  *pspec)
{
  if (*field == value)
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

gboolean
debrief_item_set_boolean (DebriefItem *self,
                          gboolean    *field,
                          gboolean     value,
                          GParamSpec  *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

gboolean
debrief_item_set_strv (DebriefItem         *self,
                       char              ***field,
                       const char * const  *value,
                       GParamSpec          *pspec)
{
  const char * const empty[] = { NULL };

  if (g_strv_equal (*field ? (const char * const *) *field : empty, value ? value : empty))
    return FALSE;
  g_strfreev (*field);
  *field = (value && value[0]) ? g_strdupv ((char **) value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

gboolean
debrief_item_set_enum (DebriefItem *self,
                       int         *field,
                       int          value,
                       GParamSpec  *pspec)
{
  if (*field == value)
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  return TRUE;
}

/* A time property: µs since the epoch, UTC; DEBRIEF_TIME_NONE when unset. */
GParamSpec *
debrief_item_param_time (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             G_MININT64, DEBRIEF_TIME_MAX, DEBRIEF_TIME_NONE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}
