/* debrief-pseudonyms.c — participants' names replaced by roles or letters
 *
 * A review shared beyond the room should not name the people in it: the
 * point of a blameless review is the system, not who was at the keyboard.
 * This maps each participant lane (in lane order, so the mapping is stable
 * from one export to the next) to its role — numbered "DBA 1", "DBA 2"
 * when two share one — or to "Participant A", "B"…, and rewrites texts:
 * the full name, the first name when no one else has it, and the lane id
 * when used as a "id:" mention, each as a whole word. The facilitator,
 * who is seldom a lane, becomes "Facilitator".
 *
 * The mapping is a snapshot of the review when made; make a new one after
 * the lanes change. It lives in the model so the renderer (lane names,
 * labels), the report writers and the command line share it; the
 * projector can too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-pseudonyms"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-pseudonyms.h"

typedef struct {
  char *id;
  char *name;
  char *alias;
} Person;

/* A text to find and what replaces it. */
typedef struct {
  const char *pattern;
  gsize       length;
  const char *alias;
  gboolean    needs_colon;  /* lane ids only count as "id:" mentions */
} Pattern;

struct _DebriefPseudonyms
{
  GPtrArray *people;         /* Person, in lane order */
  GArray    *patterns;       /* Pattern, longest first */
  GPtrArray *strings;        /* what the patterns point into */
  gboolean   first_bytes[256];
};

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->id);
  g_free (person->name);
  g_free (person->alias);
  g_free (person);
}

gboolean
debrief_pseudonyms_style_from_string (const char            *text,
                                      DebriefPseudonymStyle *out_style)
{
  if (text == NULL || g_str_equal (text, "roles"))
    *out_style = DEBRIEF_PSEUDONYMS_ROLES;
  else if (g_str_equal (text, "letters"))
    *out_style = DEBRIEF_PSEUDONYMS_LETTERS;
  else
    return FALSE;
  return TRUE;
}

/* A, B, … Z, AA, AB… */
static char *
letters_for (guint index)
{
  GString *letters = g_string_new (NULL);

  do
    {
      g_string_prepend_c (letters, 'A' + index % 26);
      index = index / 26;
    }
  while (index-- > 0);
  return g_string_free (letters, FALSE);
}

static char *
letter_alias (guint index)
{
  g_autofree char *letters = letters_for (index);

  /* Translators: a participant's name hidden in a shared report; %s is A, B, C… */
  return g_strdup_printf (_("Participant %s"), letters);
}

static const char *
role_of (DebriefLane *lane)
{
  const char *role = debrief_lane_get_role (lane);

  return role != NULL && *role != '\0' ? role : NULL;
}

/* Roles: two people with one role are "Role 1" and "Role 2"; people
 * without a role get letters of their own, in order. */
static void
assign_roles (DebriefPseudonyms *self,
              GPtrArray         *lanes)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint letters = 0;

  for (guint i = 0; i < lanes->len; i++)
    {
      const char *role = role_of (lanes->pdata[i]);

      if (role != NULL)
        g_hash_table_insert (counts, (gpointer) role,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, role)) + 1));
    }
  for (guint i = 0; i < lanes->len; i++)
    {
      Person *person = g_ptr_array_index (self->people, i);
      const char *role = role_of (lanes->pdata[i]);
      guint nth;

      if (role == NULL)
        {
          person->alias = letter_alias (letters++);
          continue;
        }
      nth = GPOINTER_TO_UINT (g_hash_table_lookup (seen, role)) + 1;
      g_hash_table_insert (seen, (gpointer) role, GUINT_TO_POINTER (nth));
      person->alias = GPOINTER_TO_UINT (g_hash_table_lookup (counts, role)) > 1
                      ? g_strdup_printf ("%s %u", role, nth) : g_strdup (role);
    }
}

static void
add_pattern (DebriefPseudonyms *self,
             const char        *text,
             const char        *alias,
             gboolean           needs_colon)
{
  Pattern pattern = { text, strlen (text), alias, needs_colon };

  if (pattern.length == 0)
    return;
  g_array_append_val (self->patterns, pattern);
  self->first_bytes[(guchar) text[0]] = TRUE;
}

static int
compare_patterns (gconstpointer a,
                  gconstpointer b)
{
  gsize la = ((const Pattern *) a)->length, lb = ((const Pattern *) b)->length;

  return (lb > la) - (lb < la);
}

/* First names count only when no one else shares them: "Sam" cannot say
 * which of two Sams is meant, so it stays rather than hide the wrong one. */
static void
build_patterns (DebriefPseudonyms *self)
{
  g_autoptr(GHashTable) firsts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) first_names = g_ptr_array_new ();

  for (guint i = 0; i < self->people->len; i++)
    {
      Person *person = g_ptr_array_index (self->people, i);
      const char *space = strchr (person->name, ' ');
      char *first = space != NULL ? g_strndup (person->name, space - person->name) : NULL;

      g_ptr_array_add (first_names, first);
      if (first != NULL)
        {
          g_ptr_array_add (self->strings, first);
          g_hash_table_insert (firsts, first,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (firsts, first)) + 1));
        }
    }
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *person = g_ptr_array_index (self->people, i);
      const char *first = first_names->pdata[i];

      add_pattern (self, person->name, person->alias, FALSE);
      if (first != NULL && g_utf8_strlen (first, -1) > 1 &&
          GPOINTER_TO_UINT (g_hash_table_lookup (firsts, first)) == 1)
        add_pattern (self, first, person->alias, FALSE);
      add_pattern (self, person->id, person->alias, TRUE);
    }
  g_array_sort (self->patterns, compare_patterns);
}

/* The facilitator is named in texts ("Jonas facilitating") but is no
 * lane: hidden as "Facilitator", with an empty id no mention can match. */
static void
add_facilitator (DebriefPseudonyms *self,
                 const char        *name)
{
  Person *person;

  if (name == NULL || *name == '\0')
    return;
  for (guint i = 0; i < self->people->len; i++)
    if (g_str_equal (((Person *) g_ptr_array_index (self->people, i))->name, name))
      return;
  person = g_new0 (Person, 1);
  person->id = g_strdup ("");
  person->name = g_strdup (name);
  person->alias = g_strdup (_("Facilitator"));
  g_ptr_array_add (self->people, person);
}

DebriefPseudonyms *
debrief_pseudonyms_new (DebriefReview         *review,
                        DebriefPseudonymStyle  style)
{
  DebriefPseudonyms *self = g_new0 (DebriefPseudonyms, 1);
  GListModel *lanes = debrief_review_get_lanes (review);
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);

  self->people = g_ptr_array_new_with_free_func (person_free);
  self->patterns = g_array_new (FALSE, FALSE, sizeof (Pattern));
  self->strings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      DebriefLane *lane = g_list_model_get_item (lanes, i);
      Person *person;

      if (debrief_lane_get_kind (lane) != DEBRIEF_LANE_KIND_PARTICIPANT)
        {
          g_object_unref (lane);
          continue;
        }
      person = g_new0 (Person, 1);
      person->id = g_strdup (debrief_item_get_id (DEBRIEF_ITEM (lane)));
      person->name = g_strdup (debrief_lane_get_name (lane) ? debrief_lane_get_name (lane) : "");
      if (style == DEBRIEF_PSEUDONYMS_LETTERS)
        person->alias = letter_alias (self->people->len);
      g_ptr_array_add (self->people, person);
      g_ptr_array_add (participants, lane);
    }
  if (style == DEBRIEF_PSEUDONYMS_ROLES)
    assign_roles (self, participants);
  add_facilitator (self, debrief_review_get_facilitator (review));
  build_patterns (self);
  return self;
}

void
debrief_pseudonyms_free (DebriefPseudonyms *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->people);
  g_array_unref (self->patterns);
  g_ptr_array_unref (self->strings);
  g_free (self);
}

/* The alias of the participant lane with this id; NULL for anyone else. */
const char *
debrief_pseudonyms_get_alias (const DebriefPseudonyms *self,
                              const char              *lane_id)
{
  if (self == NULL || lane_id == NULL)
    return NULL;
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *person = g_ptr_array_index (self->people, i);

      if (*person->id != '\0' && g_str_equal (person->id, lane_id))
        return person->alias;
    }
  return NULL;
}

/* What to call a lane: a participant's alias, a component's own name. */
const char *
debrief_pseudonyms_lane_name (const DebriefPseudonyms *self,
                              DebriefLane             *lane)
{
  const char *alias = debrief_pseudonyms_get_alias (self, debrief_item_get_id (DEBRIEF_ITEM (lane)));

  return alias != NULL ? alias : debrief_lane_get_name (lane);
}

/* A name or lane id as a whole (an owner, an author): its alias if it is
 * a participant's, else itself. */
const char *
debrief_pseudonyms_name (const DebriefPseudonyms *self,
                         const char              *name_or_id)
{
  if (self == NULL || name_or_id == NULL)
    return name_or_id;
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *person = g_ptr_array_index (self->people, i);

      if (g_str_equal (person->id, name_or_id) || g_str_equal (person->name, name_or_id))
        return person->alias;
    }
  return name_or_id;
}

static gboolean
is_word_char (const char *at)
{
  return g_unichar_isalnum (g_utf8_get_char (at)) || *at == '_';
}

static const Pattern *
match_at (const DebriefPseudonyms *self,
          const char              *text,
          const char              *at)
{
  if (!self->first_bytes[(guchar) *at])
    return NULL;
  if (at > text && is_word_char (g_utf8_prev_char (at)))
    return NULL;
  for (guint i = 0; i < self->patterns->len; i++)
    {
      const Pattern *pattern = &g_array_index (self->patterns, Pattern, i);
      const char *after = at + pattern->length;

      if (strncmp (at, pattern->pattern, pattern->length) != 0)
        continue;
      if (pattern->needs_colon ? *after != ':' : (*after != '\0' && is_word_char (after)))
        continue;
      return pattern;
    }
  return NULL;
}

/* @text with every mention of a participant replaced by the alias. */
char *
debrief_pseudonyms_apply (const DebriefPseudonyms *self,
                          const char              *text)
{
  GString *out;
  const char *at;

  if (text == NULL)
    return NULL;
  if (self == NULL || self->patterns->len == 0)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text) + 16);
  for (at = text; *at != '\0';)
    {
      const Pattern *pattern = match_at (self, text, at);

      if (pattern != NULL)
        {
          g_string_append (out, pattern->alias);
          at += pattern->length;
          continue;
        }
      g_string_append_len (out, at, g_utf8_next_char (at) - at);
      at = g_utf8_next_char (at);
    }
  return g_string_free (out, FALSE);
}
