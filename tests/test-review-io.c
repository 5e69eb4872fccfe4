/* test-review-io.c — loading and saving `.debrief` files, and every way a
 * file can be wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>

#include "debrief-action-item.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-phase.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

#define HEAD "{\"format\": \"debrief-review\", \"version\": 1, "
#define LANES "\"lanes\": [{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\"}]"

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
}

static DebriefReview *
load_text (const char  *text,
           GError     **error)
{
  return debrief_review_load_data (text, strlen (text), "review.debrief", NULL, NULL, NULL, error);
}

/* Loads @text, expects failure with @code and a message holding @expected. */
static void
assert_problem (const char *text,
                int         code,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);

  g_assert_null (review);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, DEBRIEF_REVIEW_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, error->message);
  g_assert_true (g_str_has_prefix (error->message, "review.debrief: "));
}

/* ---- round trips ---------------------------------------------------------------- */

static void
test_example_round_trip (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  review = debrief_review_load_file (file, "checkout-latency.debrief", NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (debrief_review_get_lanes (review)), ==, 11);
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (review)), >=, 140);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_perspectives (review))), ==, 5);
  g_assert_cmpstr (debrief_review_get_timezone (review), ==, "Europe/Berlin");

  saved = debrief_review_to_string (review);
  g_assert_cmpstr (saved, ==, original);
}

static void
test_save_twice_identical (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) first = debrief_review_load_file (file, "x", NULL, NULL, NULL, NULL);
  g_autofree char *text1 = debrief_review_to_string (first);
  g_autoptr(DebriefReview) second = load_text (text1, NULL);
  g_autofree char *text2 = debrief_review_to_string (second);

  g_assert_cmpstr (text1, ==, text2);
}

static void
test_unknown_members_survive (void)
{
  const char *text =
    "{\"format\": \"debrief-review\", \"version\": 1, \"title\": \"T\", \"x-root\": {\"b\": [1, 2.5, true, null]},\n"
    "\"lanes\": [{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\", \"x-lane\": \"keep\"}],\n"
    "\"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"pager\","
    " \"text\": \"hi\", \"x-event\": {\"nested\": \"yes\"}, \"source\": {\"type\": \"slack\", \"x-src\": 7}}],\n"
    "\"perspectives\": [{\"id\": \"p1\", \"participant\": \"alice\", \"x-p\": 1, \"entries\": ["
    "{\"id\": \"p1-1\", \"kind\": \"saw\", \"start\": \"2026-03-14T09:00:00Z\", \"text\": \"t\", \"x-entry\": 0.1}]}],\n"
    "\"phases\": [], \"notes\": [{\"id\": \"n1\", \"text\": \"n\", \"x-note\": false}], \"action_items\": [], \"artefacts\": [],"
    " \"x-last\": \"z\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);
  g_autofree char *saved = NULL;
  g_autoptr(DebriefReview) again = NULL;
  g_autofree char *saved_again = NULL;

  g_assert_no_error (error);
  saved = debrief_review_to_string (review);
  g_test_message ("%s", saved);

  g_assert_nonnull (strstr (saved, "\"x-root\": {\"b\": [1, 2.5, true, null]}"));
  g_assert_nonnull (strstr (saved, "\"x-lane\": \"keep\""));
  g_assert_nonnull (strstr (saved, "\"x-event\": {\"nested\": \"yes\"}"));
  g_assert_nonnull (strstr (saved, "\"source\": {\"type\": \"slack\", \"x-src\": 7}"));
  g_assert_nonnull (strstr (saved, "\"kind\": \"pager\""));
  g_assert_nonnull (strstr (saved, "\"x-p\": 1"));
  g_assert_nonnull (strstr (saved, "\"x-entry\": 0.1"));
  g_assert_nonnull (strstr (saved, "\"x-note\": false"));
  g_assert_true (strstr (saved, "\"x-root\"") < strstr (saved, "\"x-last\""));

  again = load_text (saved, &error);
  g_assert_no_error (error);
  saved_again = debrief_review_to_string (again);
  g_assert_cmpstr (saved, ==, saved_again);
}

static void
test_text_escapes_survive (void)
{
  const char *text = HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", "
                     "\"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"chat\", "
                     "\"text\": \"tab\\t quote\\\" slash\\\\ nl\\n bell\\u0007 é — \\u202eRLO <b>markup</b>\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);
  DebriefEventStore *events;
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  events = debrief_review_get_events (review);
  g_assert_cmpstr (debrief_event_store_get (events, 0)->text, ==,
                   "tab\t quote\" slash\\ nl\n bell\a é — \u202eRLO <b>markup</b>");
  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "tab\\t quote\\\" slash\\\\ nl\\n bell\\u0007 é — \u202eRLO <b>markup</b>"));
}

static void
test_model_contents (void)
{
  g_autofree char *path = example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "x", NULL, NULL, NULL, NULL);
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (review));
  guint n_private = 0;
  gint64 start, end;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);

      n_private += debrief_note_get_private (note);
    }
  g_assert_cmpuint (n_private, >, 0);
  g_assert_cmpuint (n_private, <, g_list_model_get_n_items (notes));

  g_assert_true (debrief_review_get_time_bounds (review, &start, &end));
  g_assert_cmpint (end - start, >, 30 * DEBRIEF_USEC_PER_MIN);
  g_assert_cmpint (end - start, <, 60 * DEBRIEF_USEC_PER_MIN);
  g_assert_nonnull (debrief_review_lookup_lane (review, "orders-db"));
}

/* ---- every class of problem, with its path ------------------------------------ */

static void
test_not_json (void)
{
  assert_problem ("hello", DEBRIEF_REVIEW_ERROR_NOT_JSON, "expected a JSON value, found 'h' (line 1, column 1)");
  assert_problem ("{\"format\": \"debrief-review\",\n \"title\" \"x\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON,
                  "title: expected ':' after the member name, found '\"' (line 2, column 10)");
  assert_problem ("{\"a\": 1} trailing", DEBRIEF_REVIEW_ERROR_NOT_JSON, "nothing after the end");
  assert_problem ("{\"a\": tru}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "a: expected a JSON value");
  assert_problem ("{\"a\": 01}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "a: expected a number");
  assert_problem ("{\"a\": \"x\\q\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "a: invalid escape");
  assert_problem ("{\"a\": \"line\nbreak\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "control character");
}

static void
test_truncated (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\"",
                  DEBRIEF_REVIEW_ERROR_NOT_JSON, "events[0].lane: expected ',' or '}', found the end of the file");
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"text\": \"unfinish",
                  DEBRIEF_REVIEW_ERROR_NOT_JSON, "events[0].text: the text is not closed");
}

static void
test_empty (void)
{
  assert_problem ("", DEBRIEF_REVIEW_ERROR_EMPTY, "review.debrief: the file is empty");
  assert_problem (" \n\t ", DEBRIEF_REVIEW_ERROR_EMPTY, "the file is empty");
}

static void
test_wrong_top_level (void)
{
  assert_problem ("[1, 2]", DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW, "expected a JSON object at the top level");
  assert_problem ("\"review\"", DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW, "found a single value");
}

static void
test_format (void)
{
  assert_problem ("{\"title\": \"x\"}", DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW, "no \"format\" member");
  assert_problem ("{\"format\": \"excalidraw\"}", DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW,
                  "format: expected \"debrief-review\", found \"excalidraw\"");
  assert_problem ("{\"format\": \"debrief-review\"}", DEBRIEF_REVIEW_ERROR_INVALID, "version: missing");
  assert_problem ("{\"format\": \"debrief-review\", \"version\": \"1\"}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "version: expected a whole number from 1 to 2147483647, found \"1\"");
}

static void
test_newer_version_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text ("{\"format\": \"debrief-review\", \"version\": 3, "
                                               "\"title\": \"Future\", \"hologram\": {\"x\": 1}}", &error);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/never-written.debrief");

  g_assert_no_error (error);
  g_assert_true (debrief_review_get_read_only (review));
  g_assert_cmpint (debrief_review_get_format_version (review), ==, 3);
  g_assert_nonnull (strstr (debrief_review_get_read_only_reason (review),
                            "review.debrief: version: written by a newer Debrief (format version 3"));

  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, DEBRIEF_REVIEW_ERROR, DEBRIEF_REVIEW_ERROR_SAVE);
}

static void
test_wrong_types (void)
{
  assert_problem (HEAD "\"title\": 5}", DEBRIEF_REVIEW_ERROR_INVALID, "title: expected a string, found the number 5");
  assert_problem (HEAD "\"lanes\": {}}", DEBRIEF_REVIEW_ERROR_INVALID, "lanes: expected an array, found an object");
  assert_problem (HEAD "\"lanes\": [{\"id\": \"a\", \"kind\": \"team\", \"name\": \"A\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID,
                  "lanes[0].kind: expected \"participant\" or \"component\", found \"team\"");
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": "
                  "\"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"tags\": [\"a\", 3]}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "events[0].tags[1]: expected a string, found the number 3");
  assert_problem (HEAD LANES ", \"events\": [42]}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "events[0]: expected an object, found the number 42");
  assert_problem (HEAD "\"notes\": [{\"id\": \"n1\", \"text\": \"t\", \"private\": \"yes\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "notes[0].private: expected true or false, found \"yes\"");
  assert_problem (HEAD "\"timezone\": \"Mars/Olympus\"}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "timezone: expected an IANA time zone name");
}

static void
test_missing_and_duplicate_ids (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", "
                  "\"kind\": \"chat\"}]}", DEBRIEF_REVIEW_ERROR_INVALID, "events[0].id: missing");
  assert_problem (HEAD LANES ", \"events\": ["
                  "{\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"chat\"},"
                  "{\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:01:00Z\", \"kind\": \"chat\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "events[1].id: \"e1\" is already the id of events[0]");
  assert_problem (HEAD "\"lanes\": [{\"id\": \"a\", \"kind\": \"participant\", \"name\": \"A\"},"
                  "{\"id\": \"a\", \"kind\": \"component\", \"name\": \"B\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "lanes[1].id: \"a\" is already the id of lanes[0]");
  assert_problem (HEAD "\"lanes\": [{\"id\": \"\", \"kind\": \"participant\", \"name\": \"A\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "lanes[0].id: expected an id (a non-empty string");
}

static void
test_unknown_references (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"bob\", \"start\": "
                  "\"2026-03-14T09:00:00Z\", \"kind\": \"chat\"}]}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "events[0].lane: expected the id of a lane, found \"bob\" (no such lane)");
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": "
                  "\"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"links\": [\"e9\"]}]}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "events[0].links[0]: expected the id of an event, found \"e9\" (no such event)");
  assert_problem (HEAD LANES ", \"perspectives\": [{\"id\": \"p\", \"participant\": \"zed\", \"entries\": []}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "perspectives[0].participant: expected the id of a lane, found \"zed\"");
  assert_problem (HEAD "\"notes\": [{\"id\": \"n\", \"text\": \"t\", \"event\": \"e4\"}]}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "notes[0].event: expected the id of an event, found \"e4\"");
  assert_problem (HEAD "\"artefacts\": [{\"id\": \"a\", \"path\": \"../../etc/passwd\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "artefacts[0].path: expected a relative path inside the review’s folder");
}

static void
test_malformed_times (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"yesterday\", "
                  "\"kind\": \"chat\"}]}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "events[0].start: expected an RFC 3339 time such as \"2026-03-14T09:02:11Z\" (years 0001–9999), "
                  "found \"yesterday\"");
  assert_problem (HEAD "\"incident\": {\"start\": 1710406931}}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "incident.start: expected an RFC 3339 time");
  assert_problem (HEAD "\"phases\": [{\"id\": \"p\", \"kind\": \"phase\", \"name\": \"P\", "
                  "\"start\": \"10000-01-01T00:00:00Z\", \"end\": \"2026-01-01T00:00:00Z\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "phases[0].start: expected an RFC 3339 time");
}

static void
test_end_before_start (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": "
                  "\"2026-03-14T09:00:00Z\", \"end\": \"2026-03-14T08:00:00Z\", \"kind\": \"chat\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID,
                  "events[0].end: expected a time at or after the start (2026-03-14T09:00:00Z), "
                  "found \"2026-03-14T08:00:00Z\"");
  assert_problem (HEAD "\"phases\": [{\"id\": \"p\", \"kind\": \"phase\", \"name\": \"P\", "
                  "\"start\": \"2026-03-14T09:00:00Z\"}]}", DEBRIEF_REVIEW_ERROR_INVALID, "phases[0].end: missing");
}

static void
test_invalid_utf8 (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"text\": \"caf\xe9\"}]}",
                  DEBRIEF_REVIEW_ERROR_NOT_JSON, "events[0].text: the text is not valid UTF-8");
  assert_problem (HEAD "\"title\": \"\xed\xa0\x80\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "title: the text is not valid UTF-8");
  assert_problem (HEAD "\"title\": \"a\\ud800b\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON, "title: a UTF-16 high surrogate");
}

static void
test_nul (void)
{
  assert_problem (HEAD "\"title\": \"a\\u0000b\"}", DEBRIEF_REVIEW_ERROR_NOT_JSON,
                  "title: a NUL character (\\u0000) is not allowed");

  {
    const char text[] = "{\"title\": \"a\0b\"}";
    g_autoptr(GError) error = NULL;
    g_autoptr(DebriefReview) review = debrief_review_load_data (text, sizeof text - 1, "review.debrief",
                                                                NULL, NULL, NULL, &error);

    g_assert_null (review);
    g_assert_nonnull (strstr (error->message, "title: a NUL byte is not allowed"));
  }
}

static void
test_absurd_numbers (void)
{
  assert_problem ("{\"format\": \"debrief-review\", \"version\": -1}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "version: expected a whole number from 1 to 2147483647, found -1");
  assert_problem ("{\"format\": \"debrief-review\", \"version\": 99999999999999999999}", DEBRIEF_REVIEW_ERROR_INVALID,
                  "version: the number is too large (beyond 64-bit integers)");
  assert_problem (HEAD "\"x\": 1e400}", DEBRIEF_REVIEW_ERROR_INVALID, "x: the number is too large (beyond double");
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"lane\": \"alice\", \"start\": "
                  "\"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"source\": {\"line\": -5}}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "events[0].source.line: expected a whole number from 1 to 4294967295");
  assert_problem (HEAD "\"lanes\": [" "{\"id\": \"a\", \"kind\": \"participant\", \"name\": \"A\"}" "]," "\"x\": 9223372036854775808}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "x: the number is too large");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new (HEAD "\"deep\": ");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  assert_problem (text->str, DEBRIEF_REVIEW_ERROR_NOT_JSON, "nested too deeply");
}

static void
test_duplicate_keys (void)
{
  assert_problem (HEAD LANES ", \"events\": [{\"id\": \"e1\", \"text\": \"a\", \"text\": \"b\"}]}",
                  DEBRIEF_REVIEW_ERROR_INVALID, "events[0].text: the member \"text\" appears twice");
}

static void
test_many_problems_listed (void)
{
  g_autoptr(GString) text = g_string_new (HEAD LANES ", \"events\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"lane\": \"alice\", \"start\": \"bad\", \"kind\": \"chat\"}",
                            i ? ", " : "", i);
  g_string_append (text, "]}");

  review = load_text (text->str, &error);
  g_assert_null (review);
  g_assert_nonnull (strstr (error->message, "events[0].start"));
  g_assert_nonnull (strstr (error->message, "events[99].start"));
  g_assert_null (strstr (error->message, "events[100].start"));
  g_assert_nonnull (strstr (error->message, "and 200 more problems"));
}

/* ---- files ---------------------------------------------------------------------- */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("debrief-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static DebriefReview *
small_review (const char *title)
{
  g_autofree char *text = g_strdup_printf (HEAD "\"title\": \"%s\", " LANES "}", title);

  return load_text (text, NULL);
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) first = small_review ("First");
  g_autoptr(DebriefReview) second = small_review ("Second");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *backup_contents = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_true (debrief_review_save_file (first, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_chmod (path, 0640);

  g_assert_true (debrief_review_save_file (second, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_file_get_contents (backup, &backup_contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Second"));
  g_assert_nonnull (strstr (backup_contents, "First"));

  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  }

  /* No temporary files are left behind. */
  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_true (g_str_equal (name, "review.debrief") || g_str_equal (name, "review.debrief~"));

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_save_to_vanished_folder (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder-for-debrief/review.debrief");
  g_autoptr(DebriefReview) review = small_review ("Lost");
  g_autoptr(GError) error = NULL;

  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "review.debrief: could not be saved: the folder “/nonexistent-folder-for-debrief” does not exist.");
}

static void
test_save_over_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(DebriefReview) review = small_review ("Folder");
  g_autoptr(GError) error = NULL;

  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_rmdir (dir);
}

/* A write that fails half-way (here: a file size limit, as a full disk
 * would) leaves the previous version whole and no temporary file. */
static void
test_failed_save_keeps_old_file (void)
{
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("DEBRIEF_TEST_PATH");
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GString) text = g_string_new (HEAD LANES ", \"events\": [");
      g_autoptr(DebriefReview) big = NULL;
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      for (guint i = 0; i < 2000; i++)
        g_string_append_printf (text, "%s{\"id\": \"e%u\", \"lane\": \"alice\", \"start\": "
                                "\"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"text\": \"a fairly long line of text\"}",
                                i ? ", " : "", i);
      g_string_append (text, "]}");
      big = load_text (text->str, &error);
      g_assert_no_error (error);

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
      g_assert_false (debrief_review_save_file (big, file, NULL, &error));
      g_printerr ("%s\n", error->message);
      return;
    }

  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(DebriefReview) small = small_review ("Precious");
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    g_autoptr(GDir) listing = NULL;
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_assert_true (debrief_review_save_file (small, file, NULL, NULL));
    g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

    g_setenv ("DEBRIEF_TEST_PATH", path, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stderr ("*review.debrief: could not be saved: *The previous version is unchanged.*");

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (before, ==, after);
    listing = g_dir_open (dir, 0, NULL);
    for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
      g_assert_cmpstr (name, ==, "review.debrief");

    g_unlink (path);
    g_unlink (backup);
    g_rmdir (dir);
  }
}

static void
test_load_file_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) missing = g_file_get_child (folder, "missing.debrief");
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  review = debrief_review_load_file (missing, "missing.debrief", NULL, NULL, NULL, &error);
  g_assert_null (review);
  g_assert_true (g_str_has_prefix (error->message, "missing.debrief: cannot be opened: "));
  g_clear_error (&error);

  review = debrief_review_load_file (folder, "folder", NULL, NULL, NULL, &error);
  g_assert_null (review);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_rmdir (dir);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_progress_and_cancel (void)
{
  g_autoptr(GString) text = g_string_new (HEAD LANES ", \"events\": [");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  double last = 0.0;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", "
                            "\"kind\": \"chat\"}", i ? ",\n" : "", i);
  g_string_append (text, "]}");

  review = debrief_review_load_data (text->str, text->len, "big", on_progress, &last, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_clear_object (&review);

  g_cancellable_cancel (cancellable);
  review = debrief_review_load_data (text->str, text->len, "big", NULL, NULL, cancellable, &error);
  g_assert_null (review);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-io/example-round-trip", test_example_round_trip);
  g_test_add_func ("/review-io/save-twice-identical", test_save_twice_identical);
  g_test_add_func ("/review-io/unknown-members-survive", test_unknown_members_survive);
  g_test_add_func ("/review-io/text-escapes-survive", test_text_escapes_survive);
  g_test_add_func ("/review-io/model-contents", test_model_contents);
  g_test_add_func ("/review-io/error/not-json", test_not_json);
  g_test_add_func ("/review-io/error/truncated", test_truncated);
  g_test_add_func ("/review-io/error/empty", test_empty);
  g_test_add_func ("/review-io/error/wrong-top-level", test_wrong_top_level);
  g_test_add_func ("/review-io/error/format", test_format);
  g_test_add_func ("/review-io/error/newer-version-read-only", test_newer_version_read_only);
  g_test_add_func ("/review-io/error/wrong-types", test_wrong_types);
  g_test_add_func ("/review-io/error/missing-and-duplicate-ids", test_missing_and_duplicate_ids);
  g_test_add_func ("/review-io/error/unknown-references", test_unknown_references);
  g_test_add_func ("/review-io/error/malformed-times", test_malformed_times);
  g_test_add_func ("/review-io/error/end-before-start", test_end_before_start);
  g_test_add_func ("/review-io/error/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/review-io/error/nul", test_nul);
  g_test_add_func ("/review-io/error/absurd-numbers", test_absurd_numbers);
  g_test_add_func ("/review-io/error/deep-nesting", test_deep_nesting);
  g_test_add_func ("/review-io/error/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/review-io/error/many-problems-listed", test_many_problems_listed);
  g_test_add_func ("/review-io/file/save-and-backup", test_save_and_backup);
  g_test_add_func ("/review-io/file/save-to-vanished-folder", test_save_to_vanished_folder);
  g_test_add_func ("/review-io/file/save-over-folder", test_save_over_folder);
  g_test_add_func ("/review-io/file/failed-save-keeps-old-file", test_failed_save_keeps_old_file);
  g_test_add_func ("/review-io/file/load-errors", test_load_file_errors);
  g_test_add_func ("/review-io/file/progress-and-cancel", test_progress_and_cancel);

  return g_test_run ();
}
