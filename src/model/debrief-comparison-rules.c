/* debrief-comparison-rules.c — which accounts could diverge, and marking them
 *
 * "Nothing is inferred silently: the facilitator decides, the app shows."
 * So the one rule here only *suggests*: two entries are a candidate
 * divergence when
 *   - they are in two different perspectives,
 *   - both are beliefs or expectations (what someone saw or did is
 *     compared with the record, not with another account),
 *   - their times overlap (closed intervals: a moment is [t, t], so a
 *     moment inside a span, two equal moments, and spans that touch all
 *     overlap),
 *   - and they share a tag key ("cause:…") whose values differ (no value
 *     of the key in common, so "cause:network" against "cause:network"
 *     plus "cause:database" is not a conflict).
 * A pair some mark already covers (divergence, agreement or dismissed) is
 * not suggested again. Confirming a suggestion is a mark like any other:
 * one history step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-comparison"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "debrief-comparison-rules.h"
#include "debrief-edit-commands.h"
#include "debrief-time.h"

void
debrief_divergence_suggestion_free (DebriefDivergenceSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_clear_object (&suggestion->entry_a);
  g_clear_object (&suggestion->entry_b);
  g_free (suggestion->key);
  g_free (suggestion->value_a);
  g_free (suggestion->value_b);
  g_free (suggestion);
}

static gint64
end_of (DebriefPerspectiveEntry *entry)
{
  gint64 end = debrief_perspective_entry_get_end (entry);

  return end != DEBRIEF_TIME_NONE ? end : debrief_perspective_entry_get_start (entry);
}

gboolean
debrief_entries_overlap (DebriefPerspectiveEntry *a,
                         DebriefPerspectiveEntry *b)
{
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (a), FALSE);
  g_return_val_if_fail (DEBRIEF_IS_PERSPECTIVE_ENTRY (b), FALSE);

  return debrief_perspective_entry_get_start (a) <= end_of (b) &&
         debrief_perspective_entry_get_start (b) <= end_of (a);
}

gboolean
debrief_entry_kind_is_comparable (DebriefEntryKind kind)
{
  return kind == DEBRIEF_ENTRY_KIND_BELIEVED || kind == DEBRIEF_ENTRY_KIND_EXPECTED;
}

/* The first value @tags give @key ("cause" in "cause:network"), or NULL. */
static const char *
value_of (const char * const *tags,
          const char         *key,
          gsize               key_len)
{
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (strncmp (tags[i], key, key_len) == 0 && tags[i][key_len] == ':' && tags[i][key_len + 1] != '\0')
      return tags[i] + key_len + 1;
  return NULL;
}

static gboolean
has_tag (const char * const *tags,
         const char         *key,
         gsize               key_len,
         const char         *value)
{
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (strncmp (tags[i], key, key_len) == 0 && tags[i][key_len] == ':' &&
        g_str_equal (tags[i] + key_len + 1, value))
      return TRUE;
  return FALSE;
}

/* Whether @a and @b name no value of @key in common. */
static gboolean
values_disjoint (const char * const *a,
                 const char * const *b,
                 const char         *key,
                 gsize               key_len)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (strncmp (a[i], key, key_len) == 0 && a[i][key_len] == ':' && has_tag (b, key, key_len, a[i] + key_len + 1))
      return FALSE;
  return TRUE;
}

/**
 * debrief_entries_tag_conflict:
 *
 * Whether @a and @b give some tag key different values (the tag rule
 * only; kinds, times and perspectives are the caller's). The first such
 * key in @a's tags is returned, with one value from each side.
 */
gboolean
debrief_entries_tag_conflict (DebriefPerspectiveEntry *a,
                              DebriefPerspectiveEntry *b,
                              char                   **out_key,
                              char                   **out_value_a,
                              char                   **out_value_b)
{
  const char * const *tags_a = debrief_perspective_entry_get_tags (a);
  const char * const *tags_b = debrief_perspective_entry_get_tags (b);

  for (guint i = 0; tags_a != NULL && tags_a[i] != NULL; i++)
    {
      const char *colon = strchr (tags_a[i], ':');
      gsize key_len = colon ? (gsize) (colon - tags_a[i]) : 0;
      const char *value_b;

      if (colon == NULL || key_len == 0 || colon[1] == '\0')
        continue;
      value_b = value_of (tags_b, tags_a[i], key_len);
      if (value_b == NULL || !values_disjoint (tags_a, tags_b, tags_a[i], key_len))
        continue;
      if (out_key != NULL)
        *out_key = g_strndup (tags_a[i], key_len);
      if (out_value_a != NULL)
        *out_value_a = g_strdup (colon + 1);
      if (out_value_b != NULL)
        *out_value_b = g_strdup (value_b);
      return TRUE;
    }
  return FALSE;
}

static void
suggest_pairs (DebriefReview      *review,
               DebriefPerspective *pa,
               DebriefPerspective *pb,
               GPtrArray          *out)
{
  GListModel *ea = debrief_perspective_get_entries (pa);
  GListModel *eb = debrief_perspective_get_entries (pb);

  for (guint i = 0; i < g_list_model_get_n_items (ea); i++)
    {
      g_autoptr(DebriefPerspectiveEntry) a = g_list_model_get_item (ea, i);

      if (!debrief_entry_kind_is_comparable (debrief_perspective_entry_get_kind (a)))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (eb); j++)
        {
          g_autoptr(DebriefPerspectiveEntry) b = g_list_model_get_item (eb, j);
          DebriefDivergenceSuggestion *s;

          if (!debrief_entry_kind_is_comparable (debrief_perspective_entry_get_kind (b)) ||
              !debrief_entries_overlap (a, b) ||
              debrief_comparison_find (review, debrief_item_get_id (DEBRIEF_ITEM (a)),
                                       debrief_item_get_id (DEBRIEF_ITEM (b))) != NULL)
            continue;
          s = g_new0 (DebriefDivergenceSuggestion, 1);
          if (!debrief_entries_tag_conflict (a, b, &s->key, &s->value_a, &s->value_b))
            {
              g_free (s);
              continue;
            }
          s->entry_a = g_object_ref (a);
          s->entry_b = g_object_ref (b);
          g_ptr_array_add (out, s);
        }
    }
}

/**
 * debrief_comparison_suggest:
 *
 * Returns: (transfer full) (element-type DebriefDivergenceSuggestion): the
 * candidate divergences no mark covers yet, in the perspectives' order and
 * then their entries' order
 */
GPtrArray *
debrief_comparison_suggest (DebriefReview *review)
{
  GListModel *perspectives;
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_divergence_suggestion_free);
  guint n;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), out);

  perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));
  n = g_list_model_get_n_items (perspectives);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        g_autoptr(DebriefPerspective) pa = g_list_model_get_item (perspectives, i);
        g_autoptr(DebriefPerspective) pb = g_list_model_get_item (perspectives, j);

        suggest_pairs (review, pa, pb, out);
      }
  return out;
}

/**
 * debrief_review_find_entry:
 * @out_entry: (out) (optional) (transfer none): the entry
 *
 * Returns: (transfer none) (nullable): the perspective holding @entry_id
 */
DebriefPerspective *
debrief_review_find_entry (DebriefReview            *review,
                           const char               *entry_id,
                           DebriefPerspectiveEntry **out_entry)
{
  GListModel *perspectives;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);

  perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));
  for (guint i = 0; entry_id != NULL && i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);
      DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (perspective, entry_id);

      if (entry != NULL)
        {
          if (out_entry != NULL)
            *out_entry = entry;
          return perspective;   /* the review's list holds it */
        }
    }
  return NULL;
}

/* Returns: (transfer none) (nullable): the first mark naming both entries */
DebriefComparison *
debrief_comparison_find (DebriefReview *review,
                         const char    *entry_a,
                         const char    *entry_b)
{
  GListModel *marks;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);

  marks = G_LIST_MODEL (debrief_review_get_comparisons (review));
  for (guint i = 0; i < g_list_model_get_n_items (marks); i++)
    {
      g_autoptr(DebriefComparison) mark = g_list_model_get_item (marks, i);

      if (debrief_comparison_has_entry (mark, entry_a) && debrief_comparison_has_entry (mark, entry_b))
        return mark;
    }
  return NULL;
}

/* "c1", "c2"…: the first free one. */
char *
debrief_comparison_make_id (DebriefReview *review)
{
  GListModel *marks = G_LIST_MODEL (debrief_review_get_comparisons (review));
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (marks); i++)
    {
      g_autoptr(DebriefItem) mark = g_list_model_get_item (marks, i);

      g_hash_table_add (used, g_strdup (debrief_item_get_id (mark)));
    }
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", n);

      if (!g_hash_table_contains (used, id))
        return g_steal_pointer (&id);
    }
}

/**
 * debrief_comparison_mark_command_new:
 *
 * A command adding a mark over @entries (two at least) at the end of the
 * review's marks; push it to the history.
 */
DebriefCommand *
debrief_comparison_mark_command_new (DebriefReview         *review,
                                     DebriefComparisonKind  kind,
                                     const char * const    *entries,
                                     const char            *note)
{
  g_autofree char *id = NULL;
  g_autoptr(DebriefComparison) mark = NULL;
  GListStore *marks;
  const char *label;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);
  g_return_val_if_fail (entries != NULL && entries[0] != NULL && entries[1] != NULL, NULL);

  marks = debrief_review_get_comparisons (review);
  id = debrief_comparison_make_id (review);
  mark = debrief_comparison_new (id, kind, entries);
  debrief_comparison_set_note (mark, note);
  label = kind == DEBRIEF_COMPARISON_KIND_AGREEMENT ? _("Mark as Agreement")
          : kind == DEBRIEF_COMPARISON_KIND_DISMISSED ? _("Dismiss Suggestion")
          : _("Mark as Divergence");
  return debrief_list_insert_command_new (marks, g_list_model_get_n_items (G_LIST_MODEL (marks)), mark, label);
}
