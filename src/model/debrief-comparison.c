/* debrief-comparison.c — the facilitator's mark that accounts diverge or agree
 *
 * Two or more perspective entries (by id, so the mark survives edits and
 * reloads), a kind, and an optional note saying why. Debrief never makes
 * one by itself: tag-based candidates are only suggested
 * (debrief-comparison-rules.c); the facilitator decides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-comparison"

#include "config.h"

#include "debrief-comparison.h"
#include "debrief-model-enums.h"

struct _DebriefComparison
{
  DebriefItem            parent_instance;

  DebriefComparisonKind  kind;
  char                 **entries;
  char                  *note;
};

G_DEFINE_FINAL_TYPE (DebriefComparison, debrief_comparison, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ENTRIES,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_comparison_finalize (GObject *object)
{
  DebriefComparison *self = DEBRIEF_COMPARISON (object);

  g_clear_pointer (&self->entries, g_strfreev);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (debrief_comparison_parent_class)->finalize (object);
}

static void
debrief_comparison_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DebriefComparison *self = DEBRIEF_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_ENTRIES: g_value_set_boxed (value, self->entries); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_comparison_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DebriefComparison *self = DEBRIEF_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_KIND: debrief_comparison_set_kind (self, g_value_get_enum (value)); break;
    case PROP_ENTRIES: debrief_comparison_set_entries (self, g_value_get_boxed (value)); break;
    case PROP_NOTE: debrief_comparison_set_note (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_comparison_class_init (DebriefComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = debrief_comparison_finalize;
  object_class->get_property = debrief_comparison_get_property;
  object_class->set_property = debrief_comparison_set_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, DEBRIEF_TYPE_COMPARISON_KIND,
                                             DEBRIEF_COMPARISON_KIND_DIVERGENCE, flags);
  properties[PROP_ENTRIES] = g_param_spec_boxed ("entries", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_comparison_init (DebriefComparison *self)
{
}

DebriefComparison *
debrief_comparison_new (const char            *id,
                        DebriefComparisonKind  kind,
                        const char * const    *entries)
{
  return g_object_new (DEBRIEF_TYPE_COMPARISON, "id", id, "kind", kind, "entries", entries, NULL);
}

DebriefComparisonKind
debrief_comparison_get_kind (DebriefComparison *self)
{
  g_return_val_if_fail (DEBRIEF_IS_COMPARISON (self), DEBRIEF_COMPARISON_KIND_DIVERGENCE);
  return self->kind;
}

void
debrief_comparison_set_kind (DebriefComparison     *self,
                             DebriefComparisonKind  kind)
{
  g_return_if_fail (DEBRIEF_IS_COMPARISON (self));
  debrief_item_set_enum (DEBRIEF_ITEM (self), (int *) &self->kind, kind, properties[PROP_KIND]);
}

const char * const *
debrief_comparison_get_entries (DebriefComparison *self)
{
  g_return_val_if_fail (DEBRIEF_IS_COMPARISON (self), NULL);
  return (const char * const *) self->entries;
}

void
debrief_comparison_set_entries (DebriefComparison  *self,
                                const char * const *entries)
{
  g_return_if_fail (DEBRIEF_IS_COMPARISON (self));
  debrief_item_set_strv (DEBRIEF_ITEM (self), &self->entries, entries, properties[PROP_ENTRIES]);
}

const char *
debrief_comparison_get_note (DebriefComparison *self)
{
  g_return_val_if_fail (DEBRIEF_IS_COMPARISON (self), NULL);
  return self->note;
}

void
debrief_comparison_set_note (DebriefComparison *self,
                             const char        *note)
{
  g_return_if_fail (DEBRIEF_IS_COMPARISON (self));
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->note, note, properties[PROP_NOTE]);
}

gboolean
debrief_comparison_has_entry (DebriefComparison *self,
                              const char        *entry)
{
  g_return_val_if_fail (DEBRIEF_IS_COMPARISON (self), FALSE);
  return self->entries != NULL && entry != NULL && g_strv_contains ((const char * const *) self->entries, entry);
}

const char *
debrief_comparison_kind_to_string (DebriefComparisonKind kind)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (DEBRIEF_TYPE_COMPARISON_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, kind);

  return value != NULL ? value->value_nick : NULL;
}
