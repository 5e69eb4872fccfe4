/* debrief-artefact.c — an image, chart or file anchored in time
 *
 * Artefacts are stored beside the review file and named by a path relative
 * to it, so the folder can be moved or shared whole. The model keeps only
 * the path; reading the file is the views' business. An artefact may sit
 * on one lane (by lane id) or, with no lane, across the timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-artefact"

#include "config.h"

#include "debrief-artefact.h"
#include "debrief-time.h"

struct _DebriefArtefact
{
  DebriefItem  parent_instance;

  char        *path;
  char        *title;
  char        *kind;
  gint64       start;
  gint64       end;
  char        *lane;
};

G_DEFINE_FINAL_TYPE (DebriefArtefact, debrief_artefact, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_KIND,
  PROP_START,
  PROP_END,
  PROP_LANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_artefact_finalize (GObject *object)
{
  DebriefArtefact *self = DEBRIEF_ARTEFACT (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->lane, g_free);

  G_OBJECT_CLASS (debrief_artefact_parent_class)->finalize (object);
}

static void
debrief_artefact_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DebriefArtefact *self = DEBRIEF_ARTEFACT (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_START: g_value_set_int64 (value, self->start); break;
    case PROP_END: g_value_set_int64 (value, self->end); break;
    case PROP_LANE: g_value_set_string (value, self->lane); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_artefact_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DebriefArtefact *self = DEBRIEF_ARTEFACT (object);

  switch (prop_id)
    {
    case PROP_PATH: debrief_artefact_set_path (self, g_value_get_string (value)); break;
    case PROP_TITLE: debrief_artefact_set_title (self, g_value_get_string (value)); break;
    case PROP_KIND: debrief_artefact_set_kind (self, g_value_get_string (value)); break;
    case PROP_START: debrief_artefact_set_start (self, g_value_get_int64 (value)); break;
    case PROP_END: debrief_artefact_set_end (self, g_value_get_int64 (value)); break;
    case PROP_LANE: debrief_artefact_set_lane (self, g_value_get_string (value)); break;
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
debrief_artefact_class_init (DebriefArtefactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_artefact_finalize;
  object_class->get_property = debrief_artefact_get_property;
  object_class->set_property = debrief_artefact_set_property;

  properties[PROP_PATH] = string_param ("path");
  properties[PROP_TITLE] = string_param ("title");
  properties[PROP_KIND] = string_param ("kind");
  properties[PROP_START] = debrief_item_param_time ("start");
  properties[PROP_END] = debrief_item_param_time ("end");
  properties[PROP_LANE] = string_param ("lane");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_artefact_init (DebriefArtefact *self)
{
  self->start = DEBRIEF_TIME_NONE;
  self->end = DEBRIEF_TIME_NONE;
}

DebriefArtefact *
debrief_artefact_new (const char *id,
                      const char *path)
{
  return g_object_new (DEBRIEF_TYPE_ARTEFACT, "id", id, "path", path, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_artefact_get_##field (DebriefArtefact *self)                                \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_ARTEFACT (self), NULL);                          \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_artefact_set_##field (DebriefArtefact *self,                                \
                              const char      *value)                               \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_ARTEFACT (self));                                    \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

#define TIME_ACCESSORS(field, PROP)                                                 \
gint64                                                                              \
debrief_artefact_get_##field (DebriefArtefact *self)                                \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_ARTEFACT (self), DEBRIEF_TIME_NONE);             \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_artefact_set_##field (DebriefArtefact *self,                                \
                              gint64           value)                               \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_ARTEFACT (self));                                    \
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (path, PROP_PATH)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (kind, PROP_KIND)
TIME_ACCESSORS (start, PROP_START)
TIME_ACCESSORS (end, PROP_END)
STRING_ACCESSORS (lane, PROP_LANE)
