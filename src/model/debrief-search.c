/* debrief-search.c — finding events by text, kind, tag and lane
 *
 * A query is words; an event matches when every word does. A plain word
 * matches the event's text, kind, tags, lane name or source, ignoring
 * case and accents' case forms (casefolded); "kind:alert", "tag:retry"
 * and "lane:maya" look in one field only. Quotes keep words together:
 * "replication lag".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-search"

#include "config.h"

#include <string.h>

#include "debrief-event-kind.h"
#include "debrief-search.h"

typedef enum {
  FIELD_ANY,
  FIELD_KIND,
  FIELD_TAG,
  FIELD_LANE,
} Field;

typedef struct {
  Field   field;
  char   *needle;        /* casefolded */
  gsize   needle_len;
  gboolean ascii;        /* the needle is ASCII: compare without folding */
  /* Kinds and lanes are few: whether each matches is worked out once per
   * search, not once per event. */
  GArray *kind_matches;  /* gboolean, by kind index */
  GArray *lane_matches;  /* gboolean, by lane key */
} Term;

struct _DebriefSearch
{
  GArray        *terms;  /* Term */
  DebriefReview *prepared_for;
};

static void
clear_term (gpointer data)
{
  Term *term = data;

  g_free (term->needle);
  g_clear_pointer (&term->kind_matches, g_array_unref);
  g_clear_pointer (&term->lane_matches, g_array_unref);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

static void
add_term (DebriefSearch *self,
          const char    *word)
{
  static const struct { const char *prefix; Field field; } prefixes[] = {
    { "kind:", FIELD_KIND }, { "tag:", FIELD_TAG }, { "lane:", FIELD_LANE },
  };
  Term term = { FIELD_ANY, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (word, prefixes[i].prefix) && word[strlen (prefixes[i].prefix)] != '\0')
      {
        term.field = prefixes[i].field;
        word += strlen (prefixes[i].prefix);
        break;
      }
  if (*word == '\0')
    return;
  term.needle = g_utf8_casefold (word, -1);
  term.needle_len = strlen (term.needle);
  term.ascii = is_ascii (term.needle);
  g_array_append_val (self->terms, term);
}

/* Splits on white space, keeping "quoted phrases" whole. */
DebriefSearch *
debrief_search_new (const char *query)
{
  DebriefSearch *self = g_new0 (DebriefSearch, 1);
  GString *word = g_string_new (NULL);
  gboolean quoted = FALSE;

  self->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  g_array_set_clear_func (self->terms, clear_term);
  for (const char *p = query ? query : ""; ; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\0' || (!quoted && g_ascii_isspace (*p)))
        {
          add_term (self, word->str);
          g_string_truncate (word, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (word, *p);
    }
  g_string_free (word, TRUE);
  return self;
}

void
debrief_search_free (DebriefSearch *search)
{
  if (search == NULL)
    return;
  g_array_unref (search->terms);
  g_free (search);
}

gboolean
debrief_search_is_empty (DebriefSearch *search)
{
  return search->terms->len == 0;
}

/* Most queries are ASCII: compare without folding a copy of every text,
 * which a million log lines would make slow. */
static gboolean
ascii_contains (const char *haystack,
                const char *needle,
                gsize       needle_len)
{
  /* The needle is casefolded, so lowercase; its first byte is looked
   * for in both cases without a call per byte. */
  guchar lower = (guchar) needle[0];
  guchar upper = g_ascii_islower (lower) ? lower - ('a' - 'A') : lower;

  for (const char *p = haystack; *p != '\0'; p++)
    if (((guchar) *p == lower || (guchar) *p == upper) && g_ascii_strncasecmp (p, needle, needle_len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  if (is_ascii (needle))
    return ascii_contains (haystack, needle, strlen (needle));
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

/* The per-event test: the term knows its length and whether it is ASCII. */
static gboolean
contains (const char *haystack,
          const Term *term)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  if (term->ascii)
    return ascii_contains (haystack, term->needle, term->needle_len);
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, term->needle) != NULL;
}

static gboolean
kind_name_matches (DebriefEventStore *events,
                   guint              kind,
                   const char        *needle)
{
  return contains_folded (debrief_event_store_get_kind_name (events, kind), needle) ||
         (kind < DEBRIEF_N_BUILTIN_EVENT_KINDS && contains_folded (debrief_event_kind_get_label (kind), needle));
}

static gboolean
lane_name_matches (DebriefLane *lane,
                   const char  *needle)
{
  return lane != NULL && (contains_folded (debrief_lane_get_name (lane), needle) ||
                          contains_folded (debrief_item_get_id (DEBRIEF_ITEM (lane)), needle));
}

/* Fills each term's kind and lane tables for @review. Lanes are looked up
 * by key until one is missing: keys are handed out from 0. */
static void
prepare (DebriefSearch *self,
         DebriefReview *review)
{
  DebriefEventStore *events = debrief_review_get_events (review);

  for (guint i = 0; i < self->terms->len; i++)
    {
      Term *term = &g_array_index (self->terms, Term, i);

      g_clear_pointer (&term->kind_matches, g_array_unref);
      g_clear_pointer (&term->lane_matches, g_array_unref);
      term->kind_matches = g_array_new (FALSE, TRUE, sizeof (gboolean));
      term->lane_matches = g_array_new (FALSE, TRUE, sizeof (gboolean));
      for (guint kind = 0; kind < debrief_event_store_get_n_kinds (events); kind++)
        {
          gboolean match = kind_name_matches (events, kind, term->needle);

          g_array_append_val (term->kind_matches, match);
        }
      for (guint32 key = 0; debrief_review_get_lane_by_key (review, key) != NULL; key++)
        {
          gboolean match = lane_name_matches (debrief_review_get_lane_by_key (review, key), term->needle);

          g_array_append_val (term->lane_matches, match);
        }
    }
  self->prepared_for = review;
}

static gboolean
kind_matches (const Term         *term,
              const DebriefEvent *event)
{
  return event->kind < term->kind_matches->len && g_array_index (term->kind_matches, gboolean, event->kind);
}

static gboolean
tag_matches (const DebriefEventExtras *extras,
             const Term               *term)
{
  for (guint i = 0; extras != NULL && extras->tags != NULL && extras->tags[i] != NULL; i++)
    if (contains (extras->tags[i], term))
      return TRUE;
  return FALSE;
}

static gboolean
lane_matches (const Term         *term,
              const DebriefEvent *event)
{
  return event->lane < term->lane_matches->len && g_array_index (term->lane_matches, gboolean, event->lane);
}

static gboolean
term_matches (const Term         *term,
              DebriefReview      *review,
              const DebriefEvent *event)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefEventExtras *extras = debrief_event_store_get_extras (events, event);
  const DebriefEventSource *source;

  switch (term->field)
    {
    case FIELD_KIND: return kind_matches (term, event);
    case FIELD_TAG: return tag_matches (extras, term);
    case FIELD_LANE: return lane_matches (term, event);
    case FIELD_ANY:
    default:
      if (kind_matches (term, event) || lane_matches (term, event) || contains (event->text, term))
        return TRUE;
      source = debrief_event_store_get_source (events, event);
      return tag_matches (extras, term) || (source != NULL && contains (source->ref, term));
    }
}

static gboolean
matches_prepared (DebriefSearch      *search,
                  DebriefReview      *review,
                  const DebriefEvent *event)
{
  for (guint i = 0; i < search->terms->len; i++)
    if (!term_matches (&g_array_index (search->terms, Term, i), review, event))
      return FALSE;
  return TRUE;
}

gboolean
debrief_search_matches (DebriefSearch   *search,
                        DebriefReview   *review,
                        DebriefEventRef  ref)
{
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (review), ref);

  if (search->terms->len == 0)
    return FALSE;
  /* Kinds and lanes may have come since the last call: one event is
   * cheap to prepare for; debrief_search_run() prepares once per run. */
  prepare (search, review);
  return matches_prepared (search, review, event);
}

/* Returns: (transfer full): the matching events' refs, in time order */
GArray *
debrief_search_run (DebriefSearch *search,
                    DebriefReview *review)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));

  if (search->terms->len == 0)
    return matches;
  prepare (search, review);
  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);

      if (matches_prepared (search, review, debrief_event_store_get (events, ref)))
        g_array_append_val (matches, ref);
    }
  return matches;
}
