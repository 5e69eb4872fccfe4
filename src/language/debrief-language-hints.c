/* debrief-language-hints.c — the language hints of a whole review
 *
 * Walks every text a reviewer writes (the summary, event texts, perspective
 * entries, notes and action items) through the rules, and leaves out what
 * the review says was dismissed. A hint names its place twice: a stable key
 * for dismissals ("event:e42", which survives reordering and edits), and a
 * label for people that also says where in the file it is
 * ("events[12] (e42) text").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-language"

#include "config.h"

#include "debrief-action-item.h"
#include "debrief-dismissed-hint.h"
#include "debrief-language-hints.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-perspective-entry.h"

static const char *place_prefixes[] = { "summary", "event:", "entry:", "note:", "action_item:" };

void
debrief_language_hint_free (DebriefLanguageHint *hint)
{
  if (hint == NULL)
    return;
  g_free (hint->where);
  g_free (hint->label);
  g_clear_object (&hint->item);
  g_free (hint->text);
  g_free (hint->phrase);
  g_free (hint);
}

char *
debrief_language_hint_dup_found (const DebriefLanguageHint *hint)
{
  return g_strndup (hint->text + hint->start, hint->end - hint->start);
}

char *
debrief_language_where_key (DebriefHintPlace  place,
                            const char       *id)
{
  g_return_val_if_fail (place <= DEBRIEF_HINT_ACTION_ITEM, NULL);
  if (place == DEBRIEF_HINT_SUMMARY)
    return g_strdup (place_prefixes[place]);
  return g_strconcat (place_prefixes[place], id, NULL);
}

gboolean
debrief_language_hints_is_dismissed (DebriefReview *review,
                                     const char    *where,
                                     const char    *rule_id,
                                     const char    *phrase)
{
  GListModel *dismissed = G_LIST_MODEL (debrief_review_get_dismissed_hints (review));
  g_autofree char *normal = NULL;

  if (g_list_model_get_n_items (dismissed) == 0)
    return FALSE;
  normal = debrief_language_normalize_phrase (phrase);
  return debrief_dismissed_hints_find (dismissed, where, rule_id, normal, NULL);
}

static gboolean
match_is_dismissed (DebriefReview              *review,
                    const char                 *where,
                    const char                 *text,
                    const DebriefLanguageMatch *match)
{
  g_autofree char *found = g_strndup (text + match->start, match->end - match->start);

  return debrief_language_hints_is_dismissed (review, where, match->rule->id, found);
}

void
debrief_language_hints_check_field (DebriefReview        *review,
                                    DebriefLanguageRules *rules,
                                    const char           *where,
                                    const char           *text,
                                    GArray               *matches)
{
  guint first = matches->len;

  debrief_language_rules_check (rules, text, matches);
  for (guint i = matches->len; i > first; i--)
    if (match_is_dismissed (review, where, text, &g_array_index (matches, DebriefLanguageMatch, i - 1)))
      g_array_remove_index (matches, i - 1);
}

/* ---- collecting ------------------------------------------------------------------------- */

typedef struct {
  DebriefReview        *review;
  DebriefLanguageRules *rules;
  gboolean              include_dismissed;
  GPtrArray            *hints;
  GArray               *matches;   /* scratch */
} Collecting;

typedef struct {
  DebriefHintPlace  place;
  const char       *id;
  char             *label;
  DebriefEventRef   event;
  GObject          *item;
} Place;

static void
check_place (Collecting  *collecting,
             const Place *place,
             const char  *text)
{
  g_autofree char *where = NULL;

  g_array_set_size (collecting->matches, 0);
  debrief_language_rules_check (collecting->rules, text, collecting->matches);
  if (collecting->matches->len == 0)
    return;

  where = debrief_language_where_key (place->place, place->id);
  for (guint i = 0; i < collecting->matches->len; i++)
    {
      DebriefLanguageMatch *match = &g_array_index (collecting->matches, DebriefLanguageMatch, i);
      DebriefLanguageHint *hint = g_new0 (DebriefLanguageHint, 1);
      g_autofree char *found = g_strndup (text + match->start, match->end - match->start);

      hint->place = place->place;
      hint->where = g_strdup (where);
      hint->label = g_strdup (place->label);
      hint->event = place->event;
      hint->item = place->item != NULL ? g_object_ref (place->item) : NULL;
      hint->text = g_strdup (text);
      hint->start = match->start;
      hint->end = match->end;
      hint->rule = match->rule;
      hint->phrase = debrief_language_normalize_phrase (found);
      hint->dismissed = debrief_dismissed_hints_find (
        G_LIST_MODEL (debrief_review_get_dismissed_hints (collecting->review)), where, match->rule->id,
        hint->phrase, NULL);
      if (hint->dismissed && !collecting->include_dismissed)
        debrief_language_hint_free (hint);
      else
        g_ptr_array_add (collecting->hints, hint);
    }
}

static void
collect_events (Collecting *collecting)
{
  DebriefEventStore *events = debrief_review_get_events (collecting->review);
  guint n = debrief_event_store_get_n_events (events);

  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);
      const DebriefEvent *event = debrief_event_store_get (events, ref);
      Place place = { DEBRIEF_HINT_EVENT, event->id, NULL, ref, NULL };

      if (event->text == NULL || event->text[0] == '\0')
        continue;
      place.label = g_strdup_printf ("events[%u] (%s) text", i, event->id);
      check_place (collecting, &place, event->text);
      g_free (place.label);
    }
}

static void
collect_entries (Collecting *collecting)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (collecting->review));

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);
      GListModel *entries = debrief_perspective_get_entries (perspective);

      for (guint k = 0; k < g_list_model_get_n_items (entries); k++)
        {
          g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (entries, k);
          Place place = { DEBRIEF_HINT_ENTRY, debrief_item_get_id (DEBRIEF_ITEM (entry)), NULL,
                          DEBRIEF_EVENT_REF_NONE, G_OBJECT (entry) };

          place.label = g_strdup_printf ("perspectives[%s].entries[%u] (%s) text",
                                         debrief_item_get_id (DEBRIEF_ITEM (perspective)), k, place.id);
          check_place (collecting, &place, debrief_perspective_entry_get_text (entry));
          g_free (place.label);
        }
    }
}

static void
collect_items (Collecting       *collecting,
               DebriefHintPlace  kind,
               GListModel       *items,
               const char       *member)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autofree char *text = NULL;
      Place place = { kind, debrief_item_get_id (DEBRIEF_ITEM (item)), NULL, DEBRIEF_EVENT_REF_NONE, item };

      g_object_get (item, "text", &text, NULL);
      place.label = g_strdup_printf ("%s[%u] (%s) text", member, i, place.id);
      check_place (collecting, &place, text);
      g_free (place.label);
    }
}

/**
 * debrief_language_hints_collect:
 *
 * Returns: (transfer full) (element-type DebriefLanguageHint): the hints
 */
GPtrArray *
debrief_language_hints_collect (DebriefReview        *review,
                                DebriefLanguageRules *rules,
                                gboolean              include_dismissed)
{
  Collecting collecting = { review, rules, include_dismissed, NULL, NULL };
  Place summary = { DEBRIEF_HINT_SUMMARY, NULL, (char *) "summary", DEBRIEF_EVENT_REF_NONE, NULL };

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_RULES (rules), NULL);

  collecting.hints = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_language_hint_free);
  collecting.matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));
  check_place (&collecting, &summary, debrief_review_get_summary (review));
  collect_events (&collecting);
  collect_entries (&collecting);
  collect_items (&collecting, DEBRIEF_HINT_NOTE, G_LIST_MODEL (debrief_review_get_notes (review)), "notes");
  collect_items (&collecting, DEBRIEF_HINT_ACTION_ITEM, G_LIST_MODEL (debrief_review_get_action_items (review)),
                 "action_items");
  g_array_unref (collecting.matches);
  return collecting.hints;
}
