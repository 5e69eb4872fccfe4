/* debrief-language-rules.c — blameless-language rules, read from data files
 *
 * A rule file (data/language/LANG.json) lists rules, each with an id, a
 * category, a short explanation, a question that asks how rather than why,
 * and what to look for: "phrases" (words as written; any white space between
 * them, either apostrophe) and "patterns" (regular expressions, for
 * inflections and traps such as "just-in-time"). Both are matched
 * case-insensitively and only as whole words: a match may neither start nor
 * end inside a word, so "shoulder", "justice" and "rooted" never match.
 * Adding words or a language needs no code.
 *
 * Files are found in $DEBRIEF_LANGUAGE_DIR, then the installed data folder,
 * then the copy compiled into the program (so tests and an uninstalled build
 * find them, and a broken installation still has English).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-language"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "debrief-language-resources.h"
#include "debrief-language-rules.h"

#define RESOURCE_FOLDER RESOURCE_BASE "/language/"
#define REGEX_FLAGS (G_REGEX_CASELESS | G_REGEX_MULTILINE | G_REGEX_OPTIMIZE)

struct _DebriefLanguageRules
{
  GObject    parent_instance;

  char      *language;
  GPtrArray *rules;     /* DebriefLanguageRule */
  GRegex    *any;       /* all rules at once: most texts are clean */
};

G_DEFINE_FINAL_TYPE (DebriefLanguageRules, debrief_language_rules, G_TYPE_OBJECT)

static void
rule_free (DebriefLanguageRule *rule)
{
  g_free (rule->id);
  g_free (rule->category);
  g_free (rule->explanation);
  g_free (rule->question);
  g_clear_pointer (&rule->regex, g_regex_unref);
  g_free (rule);
}

static void
debrief_language_rules_finalize (GObject *object)
{
  DebriefLanguageRules *self = DEBRIEF_LANGUAGE_RULES (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->any, g_regex_unref);

  G_OBJECT_CLASS (debrief_language_rules_parent_class)->finalize (object);
}

static void
debrief_language_rules_class_init (DebriefLanguageRulesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_language_rules_finalize;
}

static void
debrief_language_rules_init (DebriefLanguageRules *self)
{
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
}

/* ---- reading a rule file --------------------------------------------------------------- */

typedef struct {
  const char *name;    /* the file, for messages */
  GError    **error;
} Reading;

G_GNUC_PRINTF (3, 4) static gboolean
fail (Reading    *reading,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (reading->error != NULL && *reading->error == NULL)
    g_set_error (reading->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s: %s", reading->name, path, message);
  return FALSE;
}

static const char *
required_string (Reading    *reading,
                 JsonObject *object,
                 const char *path,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (reading, path, "expected \"%s\", a string", member);
      return NULL;
    }
  value = json_node_get_string (node);
  if (value[0] == '\0')
    {
      fail (reading, path, "\"%s\" is empty", member);
      return NULL;
    }
  return value;
}

/* A phrase as a pattern: words escaped, any white space between them, and
 * either apostrophe where it has one. */
static void
append_phrase_pattern (GString    *out,
                       const char *phrase)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", phrase, 0, 0);
  gboolean first = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) pieces = NULL;

      if (words[i][0] == '\0')
        continue;
      if (!first)
        g_string_append (out, "\\s+");
      first = FALSE;
      escaped = g_regex_escape_string (words[i], -1);
      pieces = g_strsplit (escaped, "'", -1);
      for (guint k = 0; pieces[k] != NULL; k++)
        g_string_append_printf (out, "%s%s", k > 0 ? "['’]" : "", pieces[k]);
    }
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
check_pattern (Reading    *reading,
               const char *path,
               const char *pattern)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new (pattern, REGEX_FLAGS, 0, &error);

  if (regex == NULL)
    return fail (reading, path, "the pattern does not compile: %s", error->message);
  if (g_regex_match_simple (pattern, "", REGEX_FLAGS, 0))
    return fail (reading, path, "the pattern matches an empty text");
  return TRUE;
}

/* Appends "|"-separated alternatives for the members @member ("phrases" or
 * "patterns") of @object; counts them in @n_found. */
static gboolean
append_alternatives (Reading    *reading,
                     JsonObject *object,
                     const char *base,
                     const char *member,
                     gboolean    is_phrase,
                     GString    *out,
                     guint      *n_found)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (reading, base, "expected \"%s\", an array of strings", member);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", base, member, i);
      g_autoptr(GString) alternative = g_string_new (NULL);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
          is_blank (text = json_node_get_string (element)))
        return fail (reading, path, "expected a non-empty string");
      if (is_phrase)
        append_phrase_pattern (alternative, text);
      else
        g_string_append (alternative, text);
      if (!check_pattern (reading, path, alternative->str))
        return FALSE;
      g_string_append_printf (out, "%s(?:%s)", *n_found > 0 ? "|" : "", alternative->str);
      (*n_found)++;
    }
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static GRegex *
word_bounded (const char *alternatives)
{
  g_autofree char *pattern = g_strdup_printf ("(?<!\\w)(?:%s)(?!\\w)", alternatives);

  /* Every alternative compiled alone, so this cannot fail. */
  return g_regex_new (pattern, REGEX_FLAGS, 0, NULL);
}

static gboolean
read_rule (Reading              *reading,
           DebriefLanguageRules *self,
           JsonNode             *node,
           guint                 index,
           GString              *all)
{
  g_autofree char *base = g_strdup_printf ("rules[%u]", index);
  g_autoptr(GString) alternatives = g_string_new (NULL);
  DebriefLanguageRule *rule;
  const char *id, *explanation, *question, *category;
  JsonObject *object;
  guint n_found = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reading, base, "expected an object");
  object = json_node_get_object (node);
  if ((id = required_string (reading, object, base, "id")) == NULL ||
      (explanation = required_string (reading, object, base, "explanation")) == NULL ||
      (question = required_string (reading, object, base, "question")) == NULL ||
      (category = required_string (reading, object, base, "category")) == NULL)
    return FALSE;
  if (!is_valid_id (id))
    return fail (reading, base, "expected an id of lower-case letters, digits and dashes, found \"%s\"", id);
  if (debrief_language_rules_lookup (self, id) != NULL)
    return fail (reading, base, "the id \"%s\" is used twice", id);
  if (!append_alternatives (reading, object, base, "phrases", TRUE, alternatives, &n_found) ||
      !append_alternatives (reading, object, base, "patterns", FALSE, alternatives, &n_found))
    return FALSE;
  if (n_found == 0)
    return fail (reading, base, "expected \"phrases\" or \"patterns\" with at least one entry");

  rule = g_new0 (DebriefLanguageRule, 1);
  rule->id = g_strdup (id);
  rule->category = g_strdup (category);
  rule->explanation = g_strdup (explanation);
  rule->question = g_strdup (question);
  rule->regex = word_bounded (alternatives->str);
  g_ptr_array_add (self->rules, rule);
  g_string_append_printf (all, "%s%s", all->len > 0 ? "|" : "", alternatives->str);
  return TRUE;
}

static gboolean
read_document (Reading              *reading,
               DebriefLanguageRules *self,
               JsonNode             *root)
{
  g_autoptr(GString) all = g_string_new (NULL);
  JsonObject *object;
  JsonNode *rules;
  const char *format, *language;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (reading, "(root)", "expected an object");
  object = json_node_get_object (root);
  if ((format = required_string (reading, object, "(root)", "format")) == NULL ||
      (language = required_string (reading, object, "(root)", "language")) == NULL)
    return FALSE;
  if (!g_str_equal (format, DEBRIEF_LANGUAGE_RULES_FORMAT))
    return fail (reading, "format", "expected \"%s\", found \"%s\"", DEBRIEF_LANGUAGE_RULES_FORMAT, format);
  rules = json_object_get_member (object, "rules");
  if (rules == NULL || !JSON_NODE_HOLDS_ARRAY (rules) || json_array_get_length (json_node_get_array (rules)) == 0)
    return fail (reading, "rules", "expected an array of at least one rule");

  self->language = g_strdup (language);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (rules)); i++)
    if (!read_rule (reading, self, json_array_get_element (json_node_get_array (rules), i), i, all))
      return FALSE;
  self->any = word_bounded (all->str);
  return TRUE;
}

DebriefLanguageRules *
debrief_language_rules_new_from_bytes (GBytes      *bytes,
                                       const char  *name,
                                       GError     **error)
{
  g_autoptr(DebriefLanguageRules) self = g_object_new (DEBRIEF_TYPE_LANGUAGE_RULES, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  Reading reading = { name, error };
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", name, parse_error->message);
      return NULL;
    }
  if (!read_document (&reading, self, json_parser_get_root (parser)))
    return NULL;
  return g_steal_pointer (&self);
}

DebriefLanguageRules *
debrief_language_rules_new_from_file (const char  *path,
                                      GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return debrief_language_rules_new_from_bytes (bytes, path, error);
}

/* ---- finding the file for a language ---------------------------------------------------- */

static GResource *
bundled (void)
{
  return debrief_language_get_resource ();
}

static gboolean
is_plain_name (const char *language)
{
  if (language[0] == '\0')
    return FALSE;
  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '@')
      return FALSE;
  return TRUE;
}

static DebriefLanguageRules *
try_folder (const char  *folder,
            const char  *language,
            GError     **error)
{
  g_autofree char *file_name = g_strdup_printf ("%s.json", language);
  g_autofree char *path = g_build_filename (folder, file_name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  return debrief_language_rules_new_from_file (path, error);
}

/**
 * debrief_language_rules_new_for_language:
 *
 * Returns: (transfer full) (nullable): the rules for @language ("en", "de"),
 * or %NULL with %G_IO_ERROR_NOT_FOUND when there are none, or another error
 * when the file is broken.
 */
DebriefLanguageRules *
debrief_language_rules_new_for_language (const char  *language,
                                         GError     **error)
{
  const char *override = g_getenv ("DEBRIEF_LANGUAGE_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "language", NULL);
  g_autofree char *resource_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;
  DebriefLanguageRules *rules;

  g_return_val_if_fail (language != NULL, NULL);

  if (!is_plain_name (language))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not a language code", language);
      return NULL;
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *folder = i == 0 ? override : installed;

      if (folder == NULL)
        continue;
      rules = try_folder (folder, language, &local_error);
      if (rules != NULL || local_error != NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, local_error);
          return rules;
        }
    }

  resource_path = g_strdup_printf (RESOURCE_FOLDER "%s.json", language);
  bytes = g_resource_lookup_data (bundled (), resource_path, 0, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no language rules for “%s”", language);
      return NULL;
    }
  return debrief_language_rules_new_from_bytes (bytes, resource_path, error);
}

/**
 * debrief_language_rules_new_for_locale:
 *
 * The rules for the first of the user's languages that has some, else
 * English.
 */
DebriefLanguageRules *
debrief_language_rules_new_for_locale (GError **error)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      GError *local_error = NULL;
      DebriefLanguageRules *rules;

      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX") || !is_plain_name (names[i]))
        continue;
      rules = debrief_language_rules_new_for_language (names[i], &local_error);
      if (rules != NULL)
        return rules;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      g_clear_error (&local_error);
    }
  return debrief_language_rules_new_for_language (DEBRIEF_LANGUAGE_FALLBACK, error);
}

/**
 * debrief_language_rules_get_default:
 *
 * The rules for the user's language, read once. A broken rule file is
 * reported and the bundled English rules are used instead, so hints never
 * stop working because of a file someone edited.
 *
 * Returns: (transfer none): the rules
 */
DebriefLanguageRules *
debrief_language_rules_get_default (void)
{
  static DebriefLanguageRules *rules;

  if (rules == NULL)
    {
      g_autoptr(GError) error = NULL;

      rules = debrief_language_rules_new_for_locale (&error);
      if (rules == NULL)
        {
          g_autoptr(GBytes) bytes = g_resource_lookup_data (bundled (), RESOURCE_FOLDER DEBRIEF_LANGUAGE_FALLBACK ".json",
                                                            0, NULL);

          g_warning ("Language hints: %s; using the bundled English rules", error->message);
          rules = debrief_language_rules_new_from_bytes (bytes, "en.json", NULL);
        }
    }
  return rules;
}

/**
 * debrief_language_rules_list_bundled:
 *
 * Returns: (transfer full): the languages compiled into the program, sorted
 */
char **
debrief_language_rules_list_bundled (void)
{
  g_auto(GStrv) children = g_resource_enumerate_children (bundled (), RESOURCE_FOLDER, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **languages;

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      {
        g_autofree char *language = g_strndup (children[i], strlen (children[i]) - strlen (".json"));

        g_strv_builder_add (builder, language);
      }
  languages = g_strv_builder_end (builder);
  qsort (languages, g_strv_length (languages), sizeof (char *), (GCompareFunc) g_strcmp0);
  return languages;
}

/* ---- the rules ------------------------------------------------------------------------- */

const char *
debrief_language_rules_get_language (DebriefLanguageRules *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_RULES (self), NULL);
  return self->language;
}

guint
debrief_language_rules_get_n_rules (DebriefLanguageRules *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_RULES (self), 0);
  return self->rules->len;
}

const DebriefLanguageRule *
debrief_language_rules_get_rule (DebriefLanguageRules *self,
                                 guint                 index)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_RULES (self), NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);
  return g_ptr_array_index (self->rules, index);
}

const DebriefLanguageRule *
debrief_language_rules_lookup (DebriefLanguageRules *self,
                               const char           *id)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_RULES (self), NULL);
  for (guint i = 0; i < self->rules->len; i++)
    {
      DebriefLanguageRule *rule = g_ptr_array_index (self->rules, i);

      if (g_strcmp0 (rule->id, id) == 0)
        return rule;
    }
  return NULL;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      unused)
{
  const DebriefLanguageMatch *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

void
debrief_language_rules_check (DebriefLanguageRules *self,
                              const char           *text,
                              GArray               *matches)
{
  guint first = matches->len;

  g_return_if_fail (DEBRIEF_IS_LANGUAGE_RULES (self));
  if (text == NULL || text[0] == '\0' || !g_regex_match (self->any, text, 0, NULL))
    return;

  for (guint i = 0; i < self->rules->len; i++)
    {
      DebriefLanguageRule *rule = g_ptr_array_index (self->rules, i);
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match (rule->regex, text, 0, &info);
      for (; g_match_info_matches (info); g_match_info_next (info, NULL))
        {
          DebriefLanguageMatch match = { rule, 0, 0 };
          int start, end;

          g_match_info_fetch_pos (info, 0, &start, &end);
          match.start = start;
          match.end = end;
          g_array_append_val (matches, match);
        }
    }
  /* Stable within equal ranges: rules keep their file order. */
  if (matches->len > first)
    g_qsort_with_data ((char *) matches->data + first * sizeof (DebriefLanguageMatch), matches->len - first,
                       sizeof (DebriefLanguageMatch), compare_matches, NULL);
}

char *
debrief_language_normalize_phrase (const char *phrase)
{
  g_autofree char *folded = g_utf8_casefold (phrase, -1);
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", folded, 0, 0);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        g_auto(GStrv) pieces = g_strsplit (words[i], "’", -1);
        g_autofree char *word = g_strjoinv ("'", pieces);

        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", word);
      }
  return g_string_free (out, FALSE);
}
