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
  Field  field;
  char  *needle;  /* casefolded */
} Term;

struct _DebriefSearch
{
  GArray *terms;  /* Term */
};

static void
clear_term (gpointer data)
{
  g_free (((Term *) data)->needle);
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
  for (const char *p = haystack; *p != '\0'; p++)
    if (g_ascii_tolower (*p) == needle[0] && g_ascii_strncasecmp (p, needle, needle_len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
contains (const char *haystack,
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

static gboolean
kind_matches (DebriefEventStore  *events,
              const DebriefEvent *event,
              const char         *needle)
{
  return contains (debrief_event_store_get_kind_name (events, event->kind), needle) ||
         (event->kind < DEBRIEF_N_BUILTIN_EVENT_KINDS && contains (debrief_event_kind_get_label (event->kind), needle));
}

static gboolean
tag_matches (const DebriefEventExtras *extras,
             const char               *needle)
{
  for (guint i = 0; extras != NULL && extras->tags != NULL && extras->tags[i] != NULL; i++)
    if (contains (extras->tags[i], needle))
      return TRUE;
  return FALSE;
}

static gboolean
lane_matches (DebriefReview      *review,
              const DebriefEvent *event,
              const char         *needle)
{
  DebriefLane *lane = debrief_review_get_lane_by_key (review, event->lane);

  return lane != NULL && (contains (debrief_lane_get_name (lane), needle) ||
                          contains (debrief_item_get_id (DEBRIEF_ITEM (lane)), needle));
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
    case FIELD_KIND: return kind_matches (events, event, term->needle);
    case FIELD_TAG: return tag_matches (extras, term->needle);
    case FIELD_LANE: return lane_matches (review, event, term->needle);
    case FIELD_ANY:
    default:
      source = debrief_event_store_get_source (events, event);
      return contains (event->text, term->needle) || kind_matches (events, event, term->needle) ||
             tag_matches (extras, term->needle) || lane_matches (review, event, term->needle) ||
             (source != NULL && contains (source->ref, term->needle));
    }
}

gboolean
debrief_search_matches (DebriefSearch   *search,
                        DebriefReview   *review,
                        DebriefEventRef  ref)
{
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (review), ref);

  if (search->terms->len == 0)
    return FALSE;
  for (guint i = 0; i < search->terms->len; i++)
    if (!term_matches (&g_array_index (search->terms, Term, i), review, event))
      return FALSE;
  return TRUE;
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
  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);

      if (debrief_search_matches (search, review, ref))
        g_array_append_val (matches, ref);
    }
  return matches;
}
