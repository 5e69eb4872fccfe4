/* debrief-dismissed-hint.c — a language hint the writer chose to keep
 *
 * A dismissal names the place by a stable key ("event:e42", "summary",
 * "entry:p1-3", "note:n2", "action_item:a1"), the rule by id and the phrase
 * casefolded, never by offsets or list positions: it survives edits elsewhere
 * in the text and reordering, and it means "this wording, here, is meant".
 * The review keeps them sorted by (where, rule, phrase) so the file's list is
 * deterministic and diffs cleanly. They are immutable once made: dismissing
 * and undoing insert and remove whole objects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-dismissed-hint"

#include "config.h"

#include "debrief-dismissed-hint.h"

struct _DebriefDismissedHint
{
  DebriefItem  parent_instance;

  char        *where;
  char        *rule;
  char        *phrase;
};

G_DEFINE_FINAL_TYPE (DebriefDismissedHint, debrief_dismissed_hint, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_WHERE,
  PROP_RULE,
  PROP_PHRASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_dismissed_hint_finalize (GObject *object)
{
  DebriefDismissedHint *self = DEBRIEF_DISMISSED_HINT (object);

  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->phrase, g_free);

  G_OBJECT_CLASS (debrief_dismissed_hint_parent_class)->finalize (object);
}

static char **
field_of (DebriefDismissedHint *self,
          guint                 prop_id)
{
  switch (prop_id)
    {
    case PROP_WHERE: return &self->where;
    case PROP_RULE: return &self->rule;
    case PROP_PHRASE: return &self->phrase;
    default: return NULL;
    }
}

static void
debrief_dismissed_hint_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  char **field = field_of (DEBRIEF_DISMISSED_HINT (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
debrief_dismissed_hint_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  char **field = field_of (DEBRIEF_DISMISSED_HINT (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    debrief_item_set_string (DEBRIEF_ITEM (object), field, g_value_get_string (value), pspec);
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_dismissed_hint_class_init (DebriefDismissedHintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_dismissed_hint_finalize;
  object_class->get_property = debrief_dismissed_hint_get_property;
  object_class->set_property = debrief_dismissed_hint_set_property;

  properties[PROP_WHERE] = string_param ("where");
  properties[PROP_RULE] = string_param ("rule");
  properties[PROP_PHRASE] = string_param ("phrase");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_dismissed_hint_init (DebriefDismissedHint *self)
{
}

DebriefDismissedHint *
debrief_dismissed_hint_new (const char *where,
                            const char *rule,
                            const char *phrase)
{
  return g_object_new (DEBRIEF_TYPE_DISMISSED_HINT, "where", where, "rule", rule, "phrase", phrase, NULL);
}

const char *
debrief_dismissed_hint_get_where (DebriefDismissedHint *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DISMISSED_HINT (self), NULL);
  return self->where;
}

const char *
debrief_dismissed_hint_get_rule (DebriefDismissedHint *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DISMISSED_HINT (self), NULL);
  return self->rule;
}

const char *
debrief_dismissed_hint_get_phrase (DebriefDismissedHint *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DISMISSED_HINT (self), NULL);
  return self->phrase;
}

static int
compare_parts (const char *where_a, const char *rule_a, const char *phrase_a,
               const char *where_b, const char *rule_b, const char *phrase_b)
{
  int order = g_strcmp0 (where_a, where_b);

  if (order == 0)
    order = g_strcmp0 (rule_a, rule_b);
  if (order == 0)
    order = g_strcmp0 (phrase_a, phrase_b);
  return order;
}

int
debrief_dismissed_hint_compare (DebriefDismissedHint *a,
                                DebriefDismissedHint *b)
{
  return compare_parts (a->where, a->rule, a->phrase, b->where, b->rule, b->phrase);
}

gboolean
debrief_dismissed_hints_find (GListModel *list,
                              const char *where,
                              const char *rule,
                              const char *phrase,
                              guint      *out_position)
{
  guint low = 0, high = g_list_model_get_n_items (list);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(DebriefDismissedHint) hint = g_list_model_get_item (list, middle);
      int order = compare_parts (hint->where, hint->rule, hint->phrase, where, rule, phrase);

      if (order == 0)
        {
          if (out_position != NULL)
            *out_position = middle;
          return TRUE;
        }
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }
  if (out_position != NULL)
    *out_position = low;
  return FALSE;
}
