/* debrief-perspective-entry.c — one entry of a participant's account
 *
 * What one person saw, believed, expected, did or asked at a moment. Most
 * entries are testimony, told in an interview; some are evidence, read off
 * the record (a command in a shell history, a message they sent). Links
 * tie an entry to events by id, so the review can set what someone believed
 * beside what the record shows. Empty lists of links and tags are kept as
 * NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-perspective-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-model-enums.h"
#include "debrief-perspective-entry.h"
#include "debrief-time.h"

struct _DebriefPerspectiveEntry
{
  DebriefItem   parent_instance;

  int           kind;
  gint64        start;
  gint64        end;
  char         *text;
  char        **links;
  char        **tags;
  int           origin;
};

G_DEFINE_FINAL_TYPE (DebriefPerspectiveEntry, debrief_perspective_entry, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_KIND,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_LINKS,
  PROP_TAGS,
  PROP_ORIGIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;
  const char *label;
} kinds[] = {
  [DEBRIEF_ENTRY_KIND_SAW] = { "saw", N_("Saw") },
  [DEBRIEF_ENTRY_KIND_BELIEVED] = { "believed", N_("Believed") },
  [DEBRIEF_ENTRY_KIND_EXPECTED] = { "expected", N_("Expected") },
  [DEBRIEF_ENTRY_KIND_DID] = { "did", N_("Did") },
  [DEBRIEF_ENTRY_KIND_ASKED] = { "asked", N_("Asked") },
};

static const char * const origin_names[] = {
  [DEBRIEF_ENTRY_ORIGIN_TESTIMONY] = "testimony",
  [DEBRIEF_ENTRY_ORIGIN_EVIDENCE] = "evidence",
};

static void
debrief_perspective_entry_finalize (GObject *object)
{
  DebriefPerspectiveEntry *self = DEBRIEF_PERSPECTIVE_ENTRY (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->links, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (debrief_perspective_entry_parent_class)->finalize (object);
}

static void
debrief_perspective_entry_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DebriefPerspectiveEntry *self = DEBRIEF_PERSPECTIVE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_START: g_value_set_int64 (value, self->start); break;
    case PROP_END: g_value_set_int64 (value, self->end); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_LINKS: g_value_set_boxed (value, self->links); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_ORIGIN: g_value_set_enum (value, self->origin); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_perspective_entry_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DebriefPerspectiveEntry *self = DEBRIEF_PERSPECTIVE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND: debrief_perspective_entry_set_kind (self, g_value_get_enum (value)); break;
    case PROP_START: debrief_perspective_entry_set_start (self, g_value_get_int64 (value)); break;
    case PROP_END: debrief_perspective_entry_set_end (self, g_value_get_int64 (value)); break;
    case PROP_TEXT: debrief_perspective_entry_set_text (self, g_value_get_string (value)); break;
    case PROP_LINKS: debrief_perspective_entry_set_links (self, g_value_get_boxed (value)); break;
    case PROP_TAGS: debrief_perspective_entry_set_tags (self, g_value_get_boxed (value)); break;
    case PROP_ORIGIN: debrief_perspective_entry_set_origin (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
strv_param (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_perspective_entry_class_init (DebriefPerspectiveEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_perspective_entry_finalize;
  object_class->get_property = debrief_perspective_entry_get_property;
  object_class->set_property = debrief_perspective_entry_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DEBRIEF_TYPE_ENTRY_KIND, DEBRIEF_ENTRY_KIND_SAW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = debrief_item_param_time ("start");
  properties[PROP_END] = debrief_item_param_time ("end");
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINKS] = strv_param ("links");
  properties[PROP_TAGS] = strv_param ("tags");
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       DEBRIEF_TYPE_ENTRY_ORIGIN, DEBRIEF_ENTRY_ORIGIN_TESTIMONY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_perspective_entry_init (DebriefPerspectiveEntry *self)
{
  self->start = DEBRIEF_TIME_NONE;
  self->end = DEBRIEF_TIME_NONE;
  self->origin = DEBRIEF_ENTRY_ORIGIN_TESTIMONY;
}

DebriefPerspectiveEntry *
debrief_perspective_entry_new (const char       *id,
                               DebriefEntryKind  kind,
                               gint64            start,
                               const char       *text)
{
  return g_object_new (DEBRIEF_TYPE_PERSPECTIVE_ENTRY,
                       "id", id,
                       "kind", kind,
                       "start", start,
                       "text", text,
                       NULL);
}

#define ENUM_ACCESSORS(field, Type, DEFAULT, PROP)                                  \
Type                                                                                \
debrief_perspective_entry_get_##field (DebriefPerspectiveEntry *self)               \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self), DEFAULT);              \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_perspective_entry_set_##field (DebriefPerspectiveEntry *self,               \
                                       Type                     value)              \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self));                           \
  debrief_item_set_enum (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

#define TIME_ACCESSORS(field, PROP)                                                 \
gint64                                                                              \
debrief_perspective_entry_get_##field (DebriefPerspectiveEntry *self)               \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self), DEBRIEF_TIME_NONE);    \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_perspective_entry_set_##field (DebriefPerspectiveEntry *self,               \
                                       gint64                   value)              \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self));                           \
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

#define STRV_ACCESSORS(field, PROP)                                                 \
const char * const *                                                                \
debrief_perspective_entry_get_##field (DebriefPerspectiveEntry *self)               \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self), NULL);                 \
  return (const char * const *) self->field;                                        \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_perspective_entry_set_##field (DebriefPerspectiveEntry *self,               \
                                       const char * const      *value)              \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self));                           \
  debrief_item_set_strv (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

ENUM_ACCESSORS (kind, DebriefEntryKind, DEBRIEF_ENTRY_KIND_SAW, PROP_KIND)
TIME_ACCESSORS (start, PROP_START)
TIME_ACCESSORS (end, PROP_END)
STRV_ACCESSORS (links, PROP_LINKS)
STRV_ACCESSORS (tags, PROP_TAGS)
ENUM_ACCESSORS (origin, DebriefEntryOrigin, DEBRIEF_ENTRY_ORIGIN_TESTIMONY, PROP_ORIGIN)

const char *
debrief_perspective_entry_get_text (DebriefPerspectiveEntry *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self), NULL);
  return self->text;
}

void
debrief_perspective_entry_set_text (DebriefPerspectiveEntry *self,
                                    const char              *text)
{
  g_return_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (self));
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->text, text, properties[PROP_TEXT]);
}

const char *
debrief_entry_kind_to_string (DebriefEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].name;
}

gboolean
debrief_entry_kind_from_string (const char       *text,
                                DebriefEntryKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (text, kinds[i].name) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
debrief_entry_kind_get_label (DebriefEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return _(kinds[kind].label);
}

const char *
debrief_entry_origin_to_string (DebriefEntryOrigin origin)
{
  g_return_val_if_fail ((guint) origin < G_N_ELEMENTS (origin_names), NULL);
  return origin_names[origin];
}

gboolean
debrief_entry_origin_from_string (const char         *text,
                                  DebriefEntryOrigin *out_origin)
{
  for (guint i = 0; i < G_N_ELEMENTS (origin_names); i++)
    if (g_strcmp0 (text, origin_names[i]) == 0)
      {
        *out_origin = i;
        return TRUE;
      }
  return FALSE;
}
