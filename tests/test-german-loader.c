/* test-german-loader.c — a broken review explains itself in German
 *
 * The reason shown when a review cannot be opened is built by the loader,
 * the JSON scanner and the problem list (src/model), far from any widget.
 * These cases load broken files with LANGUAGE=de and the catalogue this
 * build compiled (po/de/LC_MESSAGES in the build tree, bound here as
 * tests/test-german.c does), and compare whole messages: the file's name,
 * the JSON path and the line and column stay, the words are German, and
 * what is quoted from the file (member names, JSON literals, enum names,
 * the found values) stays as the file says it. An unmarked message comes
 * out in English and fails them.
 *
 * Digit grouping needs the de_DE.UTF-8 locale (build-aux/install-deps
 * generates it); without it that case is skipped and says why. The others
 * run under C.UTF-8, which honours LANGUAGE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "debrief-review-loader.h"

static gboolean have_german_locale;

/* Loads @json as "kaputt.debrief" and returns the error's message. */
static char *
load_failure (const char *json,
              int         expected_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_data (json, strlen (json), "kaputt.debrief",
                                                              NULL, NULL, NULL, &error);

  g_assert_null (review);
  g_assert_error (error, DEBRIEF_REVIEW_ERROR, expected_code);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

/* The setting-up is right: otherwise the cases below would only show that. */
static void
test_catalogue_found (void)
{
  g_assert_cmpstr (_("Zoom In"), ==, "Vergrößern");
}

/* Members of the wrong type, a missing member and an unknown enum name:
 * every problem of the file at once, one per line, each with its path. */
static void
test_wrong_types (void)
{
  g_autofree char *message = load_failure (
    "{\n"
    "  \"format\": \"debrief-review\",\n"
    "  \"version\": 1,\n"
    "  \"title\": 42,\n"
    "  \"lanes\": [{\"id\": \"db\", \"kind\": \"robot\"}],\n"
    "  \"events\": [{\"id\": \"e1\", \"lane\": \"db\", \"start\": true, \"kind\": \"log\"}]\n"
    "}\n", DEBRIEF_REVIEW_ERROR_INVALID);

  g_assert_cmpstr (message, ==,
                   "kaputt.debrief: title: eine Zeichenkette erwartet, die Zahl 42 gefunden\n"
                   "kaputt.debrief: lanes[0].kind: \"participant\" oder \"component\" erwartet, "
                   "\"robot\" gefunden\n"
                   "kaputt.debrief: lanes[0].name: fehlt; eine Zeichenkette erwartet\n"
                   "kaputt.debrief: events[0].start: eine Zeit nach RFC 3339 wie "
                   "\"2026-03-14T09:02:11Z\" (Jahre 0001–9999) erwartet, true gefunden");
}

/* A syntax error: the scanner's message, with the line and the column. */
static void
test_syntax_error (void)
{
  g_autofree char *message = load_failure (
    "{\n"
    "  \"format\": \"debrief-review\",\n"
    "  \"version\": 1\n"
    "  \"title\": \"Ohne Komma\"\n"
    "}\n", DEBRIEF_REVIEW_ERROR_NOT_JSON);

  g_assert_cmpstr (message, ==,
                   "kaputt.debrief: version: ',' oder '}' erwartet, '\"' gefunden (Zeile 4, Spalte 3)");
}

/* Errors inside a string token, and a file that is not a review. */
static void
test_scanner_and_format (void)
{
  g_autofree char *bad_escape = load_failure ("{\"format\": \"a\\u00zz\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON);
  g_autofree char *not_review = load_failure ("{\"name\": \"x\"}", DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW);
  g_autofree char *empty = load_failure ("  \n", DEBRIEF_REVIEW_ERROR_EMPTY);

  g_assert_cmpstr (bad_escape, ==,
                   "kaputt.debrief: format: vier Hexadezimalziffern nach \\u erwartet (Zeile 1, Spalte 14)");
  g_assert_cmpstr (not_review, ==,
                   "kaputt.debrief: dies ist JSON, aber keine Debrief-Nachbesprechung: "
                   "Das Feld \"format\" fehlt");
  g_assert_cmpstr (empty, ==, "kaputt.debrief: die Datei ist leer");
}

/* A file that is not there, through the file entry point the window uses. */
static void
test_missing_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-german-loader-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fehlt.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "fehlt.debrief", NULL, NULL, NULL, &error);

  g_assert_null (review);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "fehlt.debrief: Kann nicht geöffnet werden: die Datei existiert nicht");
  g_rmdir (dir);
}

/* Counts as German groups them, and the plural chosen by the number. */
static void
test_counts (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"debrief-review\", \"version\": 1, \"lanes\": [");
  g_autofree char *message = NULL;

  if (!have_german_locale)
    {
      g_test_skip ("no de_DE.UTF-8 locale: run build-aux/install-deps to generate it");
      return;
    }
  for (guint i = 0; i < 10001; i++)
    g_string_append (json, i > 0 ? ",0" : "0");
  g_string_append (json, "]}");
  message = load_failure (json->str, DEBRIEF_REVIEW_ERROR_INVALID);
  g_assert_cmpstr (message, ==, "kaputt.debrief: lanes: höchstens 10.000 Spuren erwartet, 10.001 gefunden");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *catalogues = NULL;

  have_german_locale = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;
  if (!have_german_locale)
    setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "de", TRUE);

  g_test_init (&argc, &argv, NULL);
  catalogues = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, catalogues);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/german-loader/catalogue-found", test_catalogue_found);
  g_test_add_func ("/german-loader/wrong-types", test_wrong_types);
  g_test_add_func ("/german-loader/syntax-error", test_syntax_error);
  g_test_add_func ("/german-loader/scanner-and-format", test_scanner_and_format);
  g_test_add_func ("/german-loader/missing-file", test_missing_file);
  g_test_add_func ("/german-loader/counts", test_counts);
  return g_test_run ();
}
