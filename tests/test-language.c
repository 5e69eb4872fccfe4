/* test-language.c — blameless-language rules: the sentence table, the rule
 * files, hints over a review and dismissals in the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "debrief-dismissed-hint.h"
#include "debrief-document.h"
#include "debrief-edits.h"
#include "debrief-language-hints.h"
#include "debrief-note.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "test-language-table.h"

static DebriefLanguageRules *
rules_for (const char *language)
{
  g_autoptr(GError) error = NULL;
  DebriefLanguageRules *rules = debrief_language_rules_new_for_language (language, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  return rules;
}

/* "rule=phrase|…" against what the rules found, ranges exact. */
static void
check_case (DebriefLanguageRules *rules,
            const LanguageCase   *item)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));
  g_auto(GStrv) expected = NULL;
  const char *from = item->sentence;
  guint n_expected = 0;

  debrief_language_rules_check (rules, item->sentence, matches);
  if (item->expected[0] != '\0')
    {
      expected = g_strsplit (item->expected, "|", -1);
      n_expected = g_strv_length (expected);
    }
  if (matches->len != n_expected)
    {
      g_test_message ("“%s”: expected %u hints, found %u", item->sentence, n_expected, matches->len);
      for (guint i = 0; i < matches->len; i++)
        {
          DebriefLanguageMatch *match = &g_array_index (matches, DebriefLanguageMatch, i);

          g_test_message ("  found %s [%zu, %zu)", match->rule->id, match->start, match->end);
        }
      g_test_fail ();
      return;
    }
  for (guint i = 0; i < n_expected; i++)
    {
      DebriefLanguageMatch *match = &g_array_index (matches, DebriefLanguageMatch, i);
      const char *equals = strchr (expected[i], '=');
      g_autofree char *rule = g_strndup (expected[i], equals - expected[i]);
      const char *phrase = strstr (from, equals + 1);
      gsize start, end;

      g_assert_nonnull (phrase);
      start = phrase - item->sentence;
      end = start + strlen (equals + 1);
      if (g_strcmp0 (match->rule->id, rule) != 0 || match->start != start || match->end != end)
        {
          g_test_message ("“%s”: expected %s [%zu, %zu), found %s [%zu, %zu)", item->sentence, rule, start, end,
                          match->rule->id, match->start, match->end);
          g_test_fail ();
        }
      from = item->sentence + start;
    }
}

static void
test_english_table (void)
{
  g_autoptr(DebriefLanguageRules) rules = rules_for ("en");
  guint positives = 0, negatives = 0;

  for (guint i = 0; i < G_N_ELEMENTS (english_cases); i++)
    {
      check_case (rules, &english_cases[i]);
      if (english_cases[i].expected[0] != '\0')
        positives++;
      else
        negatives++;
    }
  g_assert_cmpuint (positives + negatives, >=, 80);
  g_assert_cmpuint (negatives, >=, 30);
}

static void
test_german_table (void)
{
  g_autoptr(DebriefLanguageRules) rules = rules_for ("de");

  for (guint i = 0; i < G_N_ELEMENTS (german_cases); i++)
    check_case (rules, &german_cases[i]);
}

/* Byte offsets, with multi-byte characters before the phrase. */
static void
test_byte_offsets (void)
{
  g_autoptr(DebriefLanguageRules) rules = rules_for ("en");
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));
  const char *text = "Zoë — should’ve";  /* ë is 2 bytes, — 3, ’ 3 */

  debrief_language_rules_check (rules, text, matches);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, DebriefLanguageMatch, 0).start, ==, 9);
  g_assert_cmpuint (g_array_index (matches, DebriefLanguageMatch, 0).end, ==, 20);
}

/* ---- the rule files ---------------------------------------------------------------------- */

static void
check_rules_valid (DebriefLanguageRules *rules)
{
  g_assert_cmpuint (debrief_language_rules_get_n_rules (rules), >=, 8);
  for (guint i = 0; i < debrief_language_rules_get_n_rules (rules); i++)
    {
      const DebriefLanguageRule *rule = debrief_language_rules_get_rule (rules, i);

      g_assert_nonnull (rule->regex);
      g_assert_cmpuint (strlen (rule->id), >, 0);
      g_assert_cmpuint (strlen (rule->explanation), >, 10);
      g_assert_cmpuint (strlen (rule->question), >, 10);
      /* Questions ask how, not why. */
      g_assert_true (g_str_has_suffix (rule->question, "?"));
      g_assert_null (strstr (rule->question, "Why"));
      g_assert_null (strstr (rule->question, "Warum"));
    }
}

static void
test_bundled_files (void)
{
  g_auto(GStrv) languages = debrief_language_rules_list_bundled ();
  g_autoptr(DebriefLanguageRules) english = rules_for ("en");

  g_assert_cmpstrv (languages, ((const char * const []) { "de", "en", NULL }));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autoptr(DebriefLanguageRules) rules = rules_for (languages[i]);

      g_assert_cmpstr (debrief_language_rules_get_language (rules), ==, languages[i]);
      check_rules_valid (rules);
      /* The same ids everywhere: a dismissal means the same in every language. */
      for (guint k = 0; k < debrief_language_rules_get_n_rules (rules); k++)
        g_assert_nonnull (debrief_language_rules_lookup (english,
                                                         debrief_language_rules_get_rule (rules, k)->id));
    }
}

/* The files in the source tree, read as an installed copy would be. */
static void
test_source_files (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "language", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(DebriefLanguageRules) rules = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      rules = debrief_language_rules_new_from_file (path, &error);
      g_assert_no_error (error);
      check_rules_valid (rules);
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
}

static void
expect_broken (const char *json,
               const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefLanguageRules) rules = debrief_language_rules_new_from_bytes (bytes, "xx.json", &error);

  g_assert_null (rules);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in “%s”", message, error->message);
}

#define RULE(body) "{\"format\": \"debrief-language-rules\", \"language\": \"xx\", \"rules\": [" body "]}"
#define GOOD "{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q?\", \"phrases\": [\"x\"]}"

static void
test_broken_files (void)
{
  expect_broken ("{", "xx.json:");
  expect_broken ("[]", "xx.json: (root): expected an object");
  expect_broken ("{\"format\": \"other\", \"language\": \"xx\", \"rules\": []}", "format: expected \"debrief-language-rules\"");
  expect_broken (RULE (""), "rules: expected an array of at least one rule");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"phrases\": [\"x\"]}"),
                 "rules[0]: expected \"question\", a string");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"\", \"question\": \"q\", \"phrases\": [\"x\"]}"),
                 "rules[0]: \"explanation\" is empty");
  expect_broken (RULE (GOOD "," GOOD), "rules[1]: the id \"a\" is used twice");
  expect_broken (RULE ("{\"id\": \"A b\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\", \"phrases\": [\"x\"]}"),
                 "rules[0]: expected an id of lower-case letters");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\"}"),
                 "rules[0]: expected \"phrases\" or \"patterns\"");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\", \"patterns\": [\"x\", \"(y\"]}"),
                 "rules[0].patterns[1]: the pattern does not compile");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\", \"patterns\": [\"x?\"]}"),
                 "rules[0].patterns[0]: the pattern matches an empty text");
  expect_broken (RULE ("{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\", \"phrases\": [\"  \"]}"),
                 "rules[0].phrases[0]: expected a non-empty string");
}

/* Phrases are literal: regex characters mean themselves; apostrophes and
 * white space are forgiving. */
static void
test_phrases (void)
{
  static const char json[] = RULE (
    "{\"id\": \"a\", \"category\": \"c\", \"explanation\": \"e\", \"question\": \"q\","
    " \"phrases\": [\"don't know\", \"a.b\"]}");
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefLanguageRules) rules = debrief_language_rules_new_from_bytes (bytes, "xx.json", &error);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));

  g_assert_no_error (error);
  debrief_language_rules_check (rules, "I DON’T   KNOW; axb; a.b", matches);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpuint (g_array_index (matches, DebriefLanguageMatch, 0).start, ==, 2);
  g_assert_cmpuint (g_array_index (matches, DebriefLanguageMatch, 0).end, ==, 16);
  g_assert_cmpuint (g_array_index (matches, DebriefLanguageMatch, 1).start, ==, 23);
}

static void
test_normalize (void)
{
  g_autofree char *a = debrief_language_normalize_phrase ("Shouldn’t \n HAVE");
  g_autofree char *b = debrief_language_normalize_phrase ("Grundursache");

  g_assert_cmpstr (a, ==, "shouldn't have");
  g_assert_cmpstr (b, ==, "grundursache");
}

static void
test_locale (void)
{
  g_autoptr(DebriefLanguageRules) german = NULL;
  g_autoptr(DebriefLanguageRules) french = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("LANGUAGE", "de_AT:de", TRUE);
  german = debrief_language_rules_new_for_locale (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (debrief_language_rules_get_language (german), ==, "de");

  g_setenv ("LANGUAGE", "fr_FR:fr", TRUE);
  french = debrief_language_rules_new_for_locale (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (debrief_language_rules_get_language (french), ==, "en");
  g_unsetenv ("LANGUAGE");

  g_assert_null (debrief_language_rules_new_for_language ("../etc", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* An installed (or overridden) folder comes before the bundled copy. */
static void
test_override_folder (void)
{
  g_autofree char *folder = g_dir_make_tmp ("debrief-language-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "en.json", NULL);
  g_autoptr(DebriefLanguageRules) rules = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, RULE (GOOD), -1, NULL));
  g_setenv ("DEBRIEF_LANGUAGE_DIR", folder, TRUE);
  rules = debrief_language_rules_new_for_language ("en", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (debrief_language_rules_get_n_rules (rules), ==, 1);

  g_assert_true (g_file_set_contents (path, "{", -1, NULL));
  g_assert_null (debrief_language_rules_new_for_language ("en", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, path));
  g_unsetenv ("DEBRIEF_LANGUAGE_DIR");
  g_unlink (path);
  g_rmdir (folder);
}

/* ---- hints over a review, and dismissals ---------------------------------------------------- */

static const char review_json[] =
  "{\"format\": \"debrief-review\", \"version\": 1, \"summary\": \"Human error, obviously.\",\n"
  " \"lanes\": [{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\"}],\n"
  " \"events\": [\n"
  "  {\"id\": \"e2\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:05:00Z\", \"kind\": \"chat\", \"text\": \"She should have checked.\"},\n"
  "  {\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"text\": \"lag is climbing\"}],\n"
  " \"perspectives\": [{\"id\": \"p-alice\", \"participant\": \"alice\", \"entries\": [\n"
  "  {\"id\": \"pe1\", \"kind\": \"saw\", \"start\": \"2026-03-14T09:00:00Z\", \"text\": \"a graph\"},\n"
  "  {\"id\": \"pe2\", \"kind\": \"did\", \"start\": \"2026-03-14T09:01:00Z\", \"text\": \"I just restarted it\"}]}],\n"
  " \"notes\": [{\"id\": \"n1\", \"private\": true, \"text\": \"Who broke it?\"}],\n"
  " \"action_items\": [{\"id\": \"a1\", \"text\": \"Find the root cause\"}],\n"
  " \"x-future\": {\"kept\": true}\n"
  "}\n";

static DebriefReview *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_data (text, strlen (text), "test.debrief", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static void
test_review_hints (void)
{
  g_autoptr(DebriefLanguageRules) rules = rules_for ("en");
  g_autoptr(DebriefReview) review = load_text (review_json);
  g_autoptr(GPtrArray) hints = debrief_language_hints_collect (review, rules, FALSE);
  static const struct { const char *where, *label, *rule, *phrase; } expected[] = {
    { "summary", "summary", "human-error", "human error" },
    { "summary", "summary", "obviously", "obviously" },
    { "event:e2", "events[1] (e2) text", "counterfactual", "should have" },
    { "entry:pe2", "perspectives[p-alice].entries[1] (pe2) text", "just", "just" },
    { "note:n1", "notes[0] (n1) text", "who-broke", "who broke" },
    { "action_item:a1", "action_items[0] (a1) text", "root-cause", "root cause" },
  };

  g_assert_cmpuint (hints->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < hints->len; i++)
    {
      DebriefLanguageHint *hint = g_ptr_array_index (hints, i);

      g_assert_cmpstr (hint->where, ==, expected[i].where);
      g_assert_cmpstr (hint->label, ==, expected[i].label);
      g_assert_cmpstr (hint->rule->id, ==, expected[i].rule);
      g_assert_cmpstr (hint->phrase, ==, expected[i].phrase);
      g_assert_false (hint->dismissed);
    }
  g_assert_cmpstr (debrief_event_store_get (debrief_review_get_events (review),
                                            ((DebriefLanguageHint *) g_ptr_array_index (hints, 2))->event)->id, ==, "e2");
}

static guint
count_hints (DebriefReview        *review,
             DebriefLanguageRules *rules)
{
  g_autoptr(GPtrArray) hints = debrief_language_hints_collect (review, rules, FALSE);

  return hints->len;
}

/* Dismissing is one undoable step that marks the document modified; the
 * dismissal is saved sorted, survives a reload, and the text may change
 * around the phrase. */
static void
test_dismiss (void)
{
  g_autoptr(DebriefLanguageRules) rules = rules_for ("en");
  g_autoptr(DebriefReview) review = load_text (review_json);
  g_autoptr(DebriefDocument) document = debrief_document_new_for_review (review, NULL);
  DebriefHistory *history = debrief_document_get_history (document);
  g_autoptr(DebriefReview) reloaded = NULL;
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  g_assert_false (debrief_document_get_modified (document));
  g_assert_true (debrief_edits_dismiss_hint (history, review, "summary", "obviously", "obviously"));
  g_assert_true (debrief_edits_dismiss_hint (history, review, "event:e2", "counterfactual", "should have"));
  g_assert_false (debrief_edits_dismiss_hint (history, review, "summary", "obviously", "obviously"));
  g_assert_true (debrief_document_get_modified (document));
  g_assert_cmpuint (count_hints (review, rules), ==, 4);

  /* The widget's view of one field. */
  debrief_language_hints_check_field (review, rules, "event:e2", "Now: she SHOULD HAVE looked.", matches);
  g_assert_cmpuint (matches->len, ==, 0);
  debrief_language_hints_check_field (review, rules, "event:e1", "she should have looked", matches);
  g_assert_cmpuint (matches->len, ==, 1);

  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "  \"dismissed_hints\": [\n"
                                   "    {\"where\": \"event:e2\", \"rule\": \"counterfactual\", \"phrase\": \"should have\"},\n"
                                   "    {\"where\": \"summary\", \"rule\": \"obviously\", \"phrase\": \"obviously\"}\n"
                                   "  ],\n  \"x-future\""));
  reloaded = load_text (saved);
  g_assert_cmpuint (count_hints (reloaded, rules), ==, 4);
  saved_again = debrief_review_to_string (reloaded);
  g_assert_cmpstr (saved_again, ==, saved);

  g_assert_true (debrief_history_undo (history));
  g_assert_true (debrief_history_undo (history));
  g_assert_cmpuint (count_hints (review, rules), ==, 6);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_true (debrief_history_redo (history));
  g_assert_cmpuint (count_hints (review, rules), ==, 5);

  g_assert_true (debrief_edits_restore_hint (history, review, "summary", "obviously", "obviously"));
  g_assert_cmpuint (count_hints (review, rules), ==, 6);
}

/* A file without dismissals keeps its bytes; members a later version adds
 * to a dismissal are kept; repeats are dropped; bad ones are named. */
static void
test_dismissed_in_file (void)
{
  static const char base[] = "{\"format\": \"debrief-review\", \"version\": 1, \"dismissed_hints\": [%s]}";
  g_autofree char *unsorted = g_strdup_printf (base,
    "{\"where\": \"summary\", \"rule\": \"just\", \"phrase\": \"just\", \"by\": \"alice\"},"
    "{\"where\": \"event:e1\", \"rule\": \"just\", \"phrase\": \"just\"},"
    "{\"where\": \"summary\", \"rule\": \"just\", \"phrase\": \"just\"}");
  g_autofree char *missing = g_strdup_printf (base, "{\"where\": \"summary\", \"phrase\": \"just\"}");
  g_autoptr(DebriefReview) review = load_text (unsorted);
  g_autoptr(DebriefReview) plain = load_text ("{\"format\": \"debrief-review\", \"version\": 1}");
  g_autofree char *saved = debrief_review_to_string (review);
  g_autofree char *plain_saved = debrief_review_to_string (plain);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) broken = NULL;

  g_assert_null (strstr (plain_saved, "dismissed_hints"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_dismissed_hints (review))), ==, 2);
  g_assert_nonnull (strstr (saved, "{\"where\": \"event:e1\", \"rule\": \"just\", \"phrase\": \"just\"},\n"
                                   "    {\"where\": \"summary\", \"rule\": \"just\", \"phrase\": \"just\", \"by\": \"alice\"}"));

  broken = debrief_review_load_data (missing, strlen (missing), "bad.debrief", NULL, NULL, NULL, &error);
  g_assert_null (broken);
  g_assert_nonnull (error);
  if (strstr (error->message, "bad.debrief: dismissed_hints[0]") == NULL || strstr (error->message, "rule") == NULL)
    g_error ("unexpected message: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("DEBRIEF_LANGUAGE_DIR");

  g_test_add_func ("/language/english-table", test_english_table);
  g_test_add_func ("/language/german-table", test_german_table);
  g_test_add_func ("/language/byte-offsets", test_byte_offsets);
  g_test_add_func ("/language/bundled-files", test_bundled_files);
  g_test_add_func ("/language/source-files", test_source_files);
  g_test_add_func ("/language/broken-files", test_broken_files);
  g_test_add_func ("/language/phrases", test_phrases);
  g_test_add_func ("/language/normalize", test_normalize);
  g_test_add_func ("/language/locale", test_locale);
  g_test_add_func ("/language/override-folder", test_override_folder);
  g_test_add_func ("/language/review-hints", test_review_hints);
  g_test_add_func ("/language/dismiss", test_dismiss);
  g_test_add_func ("/language/dismissed-in-file", test_dismissed_in_file);

  return g_test_run ();
}
