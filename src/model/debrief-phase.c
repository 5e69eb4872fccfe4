/* debrief-phase.c — a named span of the incident (phase) or a moment (marker)
 *
 * Phases carve the incident into named stretches (detection, mitigation,
 * recovery); markers pin single moments. Neither belongs to a lane: both
 * run across the whole timeline. A marker has a start and no end
 * (DEBRIEF_TIME_NONE); the colour is optional.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-phase"

#include "config.h"

#include "debrief-model-enums.h"
#include "debrief-phase.h"
#include "debrief-time.h"

struct _DebriefPhase
{
  DebriefItem  parent_instance;

  int          kind;
  char        *name;
  gint64       start;
  gint64       end;
  char        *color;
};

G_DEFINE_FINAL_TYPE (DebriefPhase, debrief_phase, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_START,
  PROP_END,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_phase_finalize (GObject *object)
{
  DebriefPhase *self = DEBRIEF_PHASE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (debrief_phase_parent_class)->finalize (object);
}

static void
debrief_phase_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DebriefPhase *self = DEBRIEF_PHASE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_START: g_value_set_int64 (value, self->start); break;
    case PROP_END: g_value_set_int64 (value, self->end); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_phase_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DebriefPhase *self = DEBRIEF_PHASE (object);

  switch (prop_id)
    {
    case PROP_KIND: debrief_phase_set_kind (self, g_value_get_enum (value)); break;
    case PROP_NAME: debrief_phase_set_name (self, g_value_get_string (value)); break;
    case PROP_START: debrief_phase_set_start (self, g_value_get_int64 (value)); break;
    case PROP_END: debrief_phase_set_end (self, g_value_get_int64 (value)); break;
    case PROP_COLOR: debrief_phase_set_color (self, g_value_get_string (value)); break;
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
debrief_phase_class_init (DebriefPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_phase_finalize;
  object_class->get_property = debrief_phase_get_property;
  object_class->set_property = debrief_phase_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DEBRIEF_TYPE_PHASE_KIND, DEBRIEF_PHASE_KIND_PHASE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = string_param ("name");
  properties[PROP_START] = debrief_item_param_time ("start");
  properties[PROP_END] = debrief_item_param_time ("end");
  properties[PROP_COLOR] = string_param ("color");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_phase_init (DebriefPhase *self)
{
  self->start = DEBRIEF_TIME_NONE;
  self->end = DEBRIEF_TIME_NONE;
}

DebriefPhase *
debrief_phase_new (const char       *id,
                   DebriefPhaseKind  kind,
                   const char       *name,
                   gint64            start,
                   gint64            end)
{
  return g_object_new (DEBRIEF_TYPE_PHASE,
                       "id", id,
                       "kind", kind,
                       "name", name,
                       "start", start,
                       "end", end,
                       NULL);
}

DebriefPhaseKind
debrief_phase_get_kind (DebriefPhase *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PHASE (self), DEBRIEF_PHASE_KIND_PHASE);
  return self->kind;
}

void
debrief_phase_set_kind (DebriefPhase     *self,
                        DebriefPhaseKind  kind)
{
  g_return_if_fail (DEBRIEF_IS_PHASE (self));
  debrief_item_set_enum (DEBRIEF_ITEM (self), &self->kind, kind, properties[PROP_KIND]);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_phase_get_##field (DebriefPhase *self)                                      \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PHASE (self), NULL);                             \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_phase_set_##field (DebriefPhase *self,                                      \
                           const char   *value)                                     \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PHASE (self));                                       \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

#define TIME_ACCESSORS(field, PROP)                                                 \
gint64                                                                              \
debrief_phase_get_##field (DebriefPhase *self)                                      \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PHASE (self), DEBRIEF_TIME_NONE);                \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_phase_set_##field (DebriefPhase *self,                                      \
                           gint64        value)                                     \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PHASE (self));                                       \
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (name, PROP_NAME)
TIME_ACCESSORS (start, PROP_START)
TIME_ACCESSORS (end, PROP_END)
STRING_ACCESSORS (color, PROP_COLOR)

const char *
debrief_phase_kind_to_string (DebriefPhaseKind kind)
{
  return kind == DEBRIEF_PHASE_KIND_MARKER ? "marker" : "phase";
}

gboolean
debrief_phase_kind_from_string (const char       *text,
                                DebriefPhaseKind *out_kind)
{
  if (g_strcmp0 (text, "phase") == 0)
    *out_kind = DEBRIEF_PHASE_KIND_PHASE;
  else if (g_strcmp0 (text, "marker") == 0)
    *out_kind = DEBRIEF_PHASE_KIND_MARKER;
  else
    return FALSE;
  return TRUE;
}
