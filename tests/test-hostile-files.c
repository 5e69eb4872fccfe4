/* test-hostile-files.c — files made to hurt: each gives a clear message (or
 * loads, where the content is merely odd), and nothing crashes, hangs or
 * eats memory
 *
 * The big ones are made here, never committed. A 1 GB file is refused by
 * its size before a byte is read (the loader's limit, 512 MiB, with a
 * message naming it); there is no streamed load of such files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "debrief-event-store.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"

#define HEAD "{\"format\": \"debrief-review\", \"version\": 1, "
#define LANE "\"lanes\": [{\"id\": \"db\", \"kind\": \"component\", \"name\": \"db\"}], "

static DebriefReview *
load (const char *text,
      gsize       length,
      GError    **error)
{
  return debrief_review_load_data (text, length, "hostile.debrief", NULL, NULL, NULL, error);
}

/* Loading fails, and the message names the file and says @what. */
static void
assert_refused (const char *text,
                gsize       length,
                const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load (text, length, &error);

  g_assert_null (review);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "hostile.debrief"));
  if (strstr (error->message, what) == NULL)
    g_error ("expected “%s” in: %.400s", what, error->message);
}

static char *
event_with_text (const char *json_text)
{
  return g_strdup_printf (HEAD LANE "\"events\": [{\"id\": \"e1\", \"lane\": \"db\", "
                          "\"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"log\", \"text\": %s}]}", json_text);
}

/* Loads; the event's text comes back as @expected, and saving keeps it. */
static void
assert_text_kept (const char *json_text,
                  const char *expected)
{
  g_autofree char *text = event_with_text (json_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load (text, strlen (text), &error);
  g_autofree char *saved = NULL;
  g_autoptr(DebriefReview) again = NULL;
  DebriefEventStore *events;

  g_assert_no_error (error);
  events = debrief_review_get_events (review);
  g_assert_cmpstr (debrief_event_store_get (events, debrief_event_store_get_nth (events, 0))->text, ==, expected);
  saved = debrief_review_to_string (review);
  again = load (saved, strlen (saved), &error);
  g_assert_no_error (error);
}

static void
test_one_gigabyte (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-big-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  FILE *out = fopen (path, "w");

  /* Sparse: a gigabyte that costs no disk. */
  g_assert_nonnull (out);
  fputs (HEAD "\"title\": \"", out);
  g_assert_cmpint (ftruncate (fileno (out), G_GINT64_CONSTANT (1) << 30), ==, 0);
  fclose (out);
  review = debrief_review_load_file (file, "huge.debrief", NULL, NULL, NULL, &error);
  g_assert_null (review);
  if (strstr (error->message, "huge.debrief") == NULL || strstr (error->message, "opens review files up to") == NULL)
    g_error ("unexpected: %s", error->message);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_deep_nesting (void)
{
  guint depth = 100000;
  g_autoptr(GString) text = g_string_new (HEAD "\"x\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, i % 2 ? '[' : '{'), i % 2 ? 0 : g_string_append (text, "\"a\": ");
  assert_refused (text->str, text->len, "nest");
}

static void
test_ten_megabyte_string (void)
{
  gsize n = 10 * 1024 * 1024;
  g_autoptr(GString) text = g_string_new (HEAD "\"title\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  for (gsize i = 0; i < n; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\"}");
  review = load (text->str, text->len, &error);
  /* Odd, not wrong: it loads, whole. */
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (debrief_review_get_title (review)), ==, n);
}

static void
test_million_lanes (void)
{
  g_autoptr(GString) text = g_string_new (HEAD "\"lanes\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  struct rusage usage;
  long before;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_printf (text, "%s{\"id\": \"l%u\", \"kind\": \"component\", \"name\": \"l\"}", i ? "," : "", i);
  g_string_append (text, "]}");
  getrusage (RUSAGE_SELF, &usage);
  before = usage.ru_maxrss;
  review = load (text->str, text->len, &error);
  g_assert_null (review);
  if (strstr (error->message, "hostile.debrief: lanes: expected at most 10000 lanes, found 1000000") == NULL)
    g_error ("unexpected: %.300s", error->message);
  /* Refused from the scan's count, before json-glib made a tree of them
   * (which took 950 MiB more than the text): loading adds next to nothing
   * to the peak the test's own copy of the text set. */
  getrusage (RUSAGE_SELF, &usage);
  g_test_message ("peak memory %ld MiB before loading a %zu MB file, %ld MiB after",
                  before / 1024, text->len >> 20, usage.ru_maxrss / 1024);
  g_assert_cmpint ((usage.ru_maxrss - before) / 1024, <, 64);
}

/* The same, hidden where no collection is counted: inside an unknown
 * member of a lane. */
static void
test_million_nested_values (void)
{
  g_autoptr(GString) text = g_string_new (HEAD "\"lanes\": [{\"id\": \"a\", \"kind\": \"component\", "
                                          "\"name\": \"a\", \"x-extra\": {\"deep\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  for (guint i = 0; i < 3000000; i++)
    g_string_append (text, i ? ",1" : "1");
  g_string_append (text, "]}}]}");
  review = load (text->str, text->len, &error);
  g_assert_null (review);
  if (strstr (error->message, "expected at most 2000000 JSON values outside \"events\"") == NULL)
    g_error ("unexpected: %.300s", error->message);
}

static void
test_bytes (void)
{
  static const char nul[] = HEAD "\"title\": \"a\0b\"}";
  g_autofree char *bad_utf8 = g_strdup (HEAD "\"title\": \"caf\xe9\"}");
  g_autofree char *raw_control = g_strdup (HEAD "\"title\": \"a\x01z\"}");

  assert_refused (nul, sizeof nul - 1, "NUL");
  assert_refused (bad_utf8, strlen (bad_utf8), "UTF-8");
  assert_refused (raw_control, strlen (raw_control), "control character must be escaped");
  {
    g_autofree char *escaped_nul = event_with_text ("\"a\\u0000b\"");

    assert_refused (escaped_nul, strlen (escaped_nul), "NUL");
  }
}

/* Escaped control characters, bidi overrides and markup are text: kept as
 * written (the renderer shows them inertly: debrief-label-cache.c). */
static void
test_odd_text_kept (void)
{
  assert_text_kept ("\"a\\u0001\\u001b[31mred\\u007f\"", "a\001\033[31mred\177");
  assert_text_kept ("\"\\u202egnp.exe\\u202c and \\u2066x\\u2069\"", "\u202egnp.exe\u202c and \u2066x\u2069");
  assert_text_kept ("\"<b>bold</b> <span foreground='red'>&amp; &lt;</span>\"",
                    "<b>bold</b> <span foreground='red'>&amp; &lt;</span>");
}

static void
test_numbers (void)
{
  assert_refused (HEAD "\"version\": 99999999999999999999999}", strlen (HEAD) + 32, "hostile.debrief");
  {
    const char *cases[] = {
      "{\"format\": \"debrief-review\", \"version\": 99999999999999999999999}",
      "{\"format\": \"debrief-review\", \"version\": 1e999}",
      "{\"format\": \"debrief-review\", \"version\": -1}",
      "{\"format\": \"debrief-review\", \"version\": 1, \"events\": [{\"id\": \"e\", \"lane\": \"db\", "
        "\"start\": \"2026-03-14T09:00:00Z\", \"source\": {\"type\": \"log\", \"line\": 1e400}}]}",
      NULL
    };

    for (guint i = 0; cases[i] != NULL; i++)
      assert_refused (cases[i], strlen (cases[i]), "hostile.debrief");
  }
}

static void
test_times (void)
{
  g_autoptr(GError) error = NULL;
  const char *early = HEAD LANE "\"events\": [{\"id\": \"e1\", \"lane\": \"db\", \"start\": \"1969-07-20T20:17:40Z\", \"kind\": \"log\"},"
                      "{\"id\": \"e2\", \"lane\": \"db\", \"start\": \"0001-01-01T00:00:00Z\", \"kind\": \"log\"},"
                      "{\"id\": \"e3\", \"lane\": \"db\", \"start\": \"9999-12-31T23:59:59.999999Z\", \"kind\": \"log\"}]}";
  g_autoptr(DebriefReview) review = load (early, strlen (early), &error);
  g_autofree char *saved = NULL;

  /* Before 1970 and up to the end of 9999: fine, and saved as read. */
  g_assert_no_error (error);
  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "\"1969-07-20T20:17:40Z\""));
  g_assert_nonnull (strstr (saved, "\"0001-01-01T00:00:00Z\""));
  g_assert_nonnull (strstr (saved, "\"9999-12-31T23:59:59.999999Z\""));

  {
    const char *after = HEAD LANE "\"events\": [{\"id\": \"e1\", \"lane\": \"db\", \"start\": \"10000-01-01T00:00:00Z\"}]}";
    const char *zero = HEAD LANE "\"events\": [{\"id\": \"e1\", \"lane\": \"db\", \"start\": \"0000-12-31T23:59:59Z\"}]}";
    const char *wrapped = HEAD LANE "\"events\": [{\"id\": \"e1\", \"lane\": \"db\", "
                          "\"start\": \"9999-12-31T23:59:59-23:59\"}]}";

    assert_refused (after, strlen (after), "events[0].start");
    assert_refused (zero, strlen (zero), "events[0].start");
    assert_refused (wrapped, strlen (wrapped), "events[0].start");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/one-gigabyte", test_one_gigabyte);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/ten-megabyte-string", test_ten_megabyte_string);
  g_test_add_func ("/hostile/million-lanes", test_million_lanes);
  g_test_add_func ("/hostile/million-nested-values", test_million_nested_values);
  g_test_add_func ("/hostile/bytes", test_bytes);
  g_test_add_func ("/hostile/odd-text-kept", test_odd_text_kept);
  g_test_add_func ("/hostile/numbers", test_numbers);
  g_test_add_func ("/hostile/times", test_times);
  return g_test_run ();
}
