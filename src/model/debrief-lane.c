/* debrief-lane.c — one swimlane: a participant or a component
 *
 * Events point at lanes by key, a small integer the review hands out when
 * the lane joins it, so lanes can be renamed and reordered without touching
 * a million events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-lane"

#include "config.h"

#include "debrief-event-store.h"
#include "debrief-lane-private.h"
#include "debrief-model-enums.h"

struct _DebriefLane
{
  DebriefItem      parent_instance;

  guint32          key;
  int              kind;
  char            *name;
  char            *role;
  char            *team;
  char            *tz;
  char            *group;
  char            *color;
  gboolean         collapsed;
  gboolean         hidden;
};

G_DEFINE_FINAL_TYPE (DebriefLane, debrief_lane, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_KEY,
  PROP_KIND,
  PROP_NAME,
  PROP_ROLE,
  PROP_TEAM,
  PROP_TZ,
  PROP_GROUP,
  PROP_COLOR,
  PROP_COLLAPSED,
  PROP_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_lane_finalize (GObject *object)
{
  DebriefLane *self = DEBRIEF_LANE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->tz, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (debrief_lane_parent_class)->finalize (object);
}

static void
debrief_lane_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DebriefLane *self = DEBRIEF_LANE (object);

  switch (prop_id)
    {
    case PROP_KEY: g_value_set_uint (value, self->key); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_TEAM: g_value_set_string (value, self->team); break;
    case PROP_TZ: g_value_set_string (value, self->tz); break;
    case PROP_GROUP: g_value_set_string (value, self->group); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    case PROP_COLLAPSED: g_value_set_boolean (value, self->collapsed); break;
    case PROP_HIDDEN: g_value_set_boolean (value, self->hidden); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_lane_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DebriefLane *self = DEBRIEF_LANE (object);

  switch (prop_id)
    {
    case PROP_KIND: debrief_lane_set_kind (self, g_value_get_enum (value)); break;
    case PROP_NAME: debrief_lane_set_name (self, g_value_get_string (value)); break;
    case PROP_ROLE: debrief_lane_set_role (self, g_value_get_string (value)); break;
    case PROP_TEAM: debrief_lane_set_team (self, g_value_get_string (value)); break;
    case PROP_TZ: debrief_lane_set_tz (self, g_value_get_string (value)); break;
    case PROP_GROUP: debrief_lane_set_group (self, g_value_get_string (value)); break;
    case PROP_COLOR: debrief_lane_set_color (self, g_value_get_string (value)); break;
    case PROP_COLLAPSED: debrief_lane_set_collapsed (self, g_value_get_boolean (value)); break;
    case PROP_HIDDEN: debrief_lane_set_hidden (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
boolean_param (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_lane_class_init (DebriefLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_lane_finalize;
  object_class->get_property = debrief_lane_get_property;
  object_class->set_property = debrief_lane_set_property;

  properties[PROP_KEY] =
    g_param_spec_uint ("key", NULL, NULL, 0, G_MAXUINT32, DEBRIEF_LANE_KEY_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DEBRIEF_TYPE_LANE_KIND, DEBRIEF_LANE_KIND_PARTICIPANT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = string_param ("name");
  properties[PROP_ROLE] = string_param ("role");
  properties[PROP_TEAM] = string_param ("team");
  properties[PROP_TZ] = string_param ("tz");
  properties[PROP_GROUP] = string_param ("group");
  properties[PROP_COLOR] = string_param ("color");
  properties[PROP_COLLAPSED] = boolean_param ("collapsed");
  properties[PROP_HIDDEN] = boolean_param ("hidden");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_lane_init (DebriefLane *self)
{
  self->key = DEBRIEF_LANE_KEY_NONE;
}

DebriefLane *
debrief_lane_new (const char      *id,
                  DebriefLaneKind  kind,
                  const char      *name)
{
  return g_object_new (DEBRIEF_TYPE_LANE, "id", id, "kind", kind, "name", name, NULL);
}

guint32
debrief_lane_get_key (DebriefLane *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE (self), DEBRIEF_LANE_KEY_NONE);
  return self->key;
}

void
_debrief_lane_set_key (DebriefLane *self,
                       guint32      key)
{
  g_return_if_fail (DEBRIEF_IS_LANE (self));
  if (self->key == key)
    return;
  self->key = key;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

DebriefLaneKind
debrief_lane_get_kind (DebriefLane *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE (self), DEBRIEF_LANE_KIND_PARTICIPANT);
  return self->kind;
}

void
debrief_lane_set_kind (DebriefLane     *self,
                       DebriefLaneKind  kind)
{
  g_return_if_fail (DEBRIEF_IS_LANE (self));
  debrief_item_set_enum (DEBRIEF_ITEM (self), &self->kind, kind, properties[PROP_KIND]);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_lane_get_##field (DebriefLane *self)                                        \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_LANE (self), NULL);                              \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_lane_set_##field (DebriefLane *self,                                        \
                          const char  *value)                                       \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_LANE (self));                                        \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (role, PROP_ROLE)
STRING_ACCESSORS (team, PROP_TEAM)
STRING_ACCESSORS (tz, PROP_TZ)
STRING_ACCESSORS (group, PROP_GROUP)
STRING_ACCESSORS (color, PROP_COLOR)

gboolean
debrief_lane_get_collapsed (DebriefLane *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE (self), FALSE);
  return self->collapsed;
}

void
debrief_lane_set_collapsed (DebriefLane *self,
                            gboolean     collapsed)
{
  g_return_if_fail (DEBRIEF_IS_LANE (self));
  debrief_item_set_boolean (DEBRIEF_ITEM (self), &self->collapsed, collapsed,
                            properties[PROP_COLLAPSED]);
}

gboolean
debrief_lane_get_hidden (DebriefLane *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE (self), FALSE);
  return self->hidden;
}

void
debrief_lane_set_hidden (DebriefLane *self,
                         gboolean     hidden)
{
  g_return_if_fail (DEBRIEF_IS_LANE (self));
  debrief_item_set_boolean (DEBRIEF_ITEM (self), &self->hidden, hidden, properties[PROP_HIDDEN]);
}

const char *
debrief_lane_kind_to_string (DebriefLaneKind kind)
{
  return kind == DEBRIEF_LANE_KIND_COMPONENT ? "component" : "participant";
}

gboolean
debrief_lane_kind_from_string (const char      *text,
                               DebriefLaneKind *out_kind)
{
  if (g_strcmp0 (text, "participant") == 0)
    *out_kind = DEBRIEF_LANE_KIND_PARTICIPANT;
  else if (g_strcmp0 (text, "component") == 0)
    *out_kind = DEBRIEF_LANE_KIND_COMPONENT;
  else
    return FALSE;
  return TRUE;
}
