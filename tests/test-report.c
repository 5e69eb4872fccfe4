/* test-report.c — the Markdown report, the CSV of events and pseudonyms
 *
 * The example review's report and events are held against snapshots in
 * tests/golden (DEBRIEF_UPDATE_GOLDEN=1 rewrites them after a deliberate
 * change); hostile texts check the escaping; private notes must never be
 * written, and pseudonyms must hide every name they are asked to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-note.h"
#include "debrief-report.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  g_assert_nonnull (review);
  return review;
}

static void
check_snapshot (const char *name,
                const char *actual)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DEBRIEF_UPDATE_GOLDEN") != NULL)
    {
      g_assert_true (g_file_set_contents (path, actual, -1, &error));
      g_test_message ("wrote %s", path);
      return;
    }
  g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_markdown_snapshot (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefReportOptions options;
  g_autofree char *markdown = NULL;

  debrief_report_options_init (&options);
  markdown = debrief_report_markdown (review, &options);
  check_snapshot ("checkout-latency.md", markdown);
  /* The sections a wiki page needs, in order. */
  g_assert_true (g_str_has_prefix (markdown, "# Checkout latency and failed payments, 14 March\n"));
  g_assert_true (strstr (markdown, "## Phases") < strstr (markdown, "## Timeline"));
  g_assert_true (strstr (markdown, "## Timeline") < strstr (markdown, "## Perspectives"));
  g_assert_true (strstr (markdown, "## Notes") < strstr (markdown, "## Action items"));
}

static void
test_csv_snapshot (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefReportOptions options;
  g_autoptr(GString) csv = NULL;
  g_auto(GStrv) lines = NULL;

  debrief_report_options_init (&options);
  csv = debrief_report_csv (review, &options);
  check_snapshot ("checkout-latency-events.csv", csv->str);
  lines = g_strsplit (csv->str, "\r\n", -1);
  /* A header, every event, and the empty string after the last CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + debrief_event_store_get_n_events (debrief_review_get_events (review)) + 1);
}

/* The example's private notes are facilitator prep: none may leak. */
static void
test_private_notes_never_written (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (review));
  DebriefReportOptions options;
  g_autofree char *markdown = NULL;
  guint private_notes = 0, shared_notes = 0;

  debrief_report_options_init (&options);
  markdown = debrief_report_markdown (review, &options);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      g_autofree char *start = g_strndup (debrief_note_get_text (note), 40);

      if (debrief_note_get_private (note))
        {
          private_notes++;
          g_assert_null (strstr (markdown, start));
        }
      else
        {
          shared_notes++;
          g_assert_nonnull (strstr (markdown, start));
        }
    }
  g_assert_cmpuint (private_notes, >, 0);
  g_assert_cmpuint (shared_notes, >, 0);

  options.skip_notes = TRUE;
  g_free (markdown);
  markdown = debrief_report_markdown (review, &options);
  g_assert_null (strstr (markdown, "## Notes"));
}

static DebriefReview *
make_review (void)
{
  DebriefReview *review = debrief_review_new ();
  const struct { const char *id, *name, *role; } people[] = {
    { "priya", "Priya Raman", "DBA" },
    { "ana", "Ana Ruiz", "DBA" },
    { "sam", "Sam Lee", NULL },
    { "sam2", "Sam Kim", "SRE" },
  };
  DebriefEventSpec spec = { 0 };

  debrief_review_set_title (review, "Priya's | review");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(DebriefLane) lane = debrief_lane_new (people[i].id, DEBRIEF_LANE_KIND_PARTICIPANT, people[i].name);

      debrief_lane_set_role (lane, people[i].role);
      debrief_review_append_lane (review, lane);
    }
  spec.id = (char *) "e1";
  spec.lane = debrief_lane_get_key (debrief_review_lookup_lane (review, "priya"));
  spec.author = DEBRIEF_LANE_KEY_NONE;
  spec.start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  spec.end = DEBRIEF_TIME_NONE;
  spec.kind = (char *) "chat";
  spec.text = (char *) "Ana: lag | \"high\", see <@U1>\nnext line";
  debrief_event_store_add (debrief_review_get_events (review), &spec);
  return review;
}

/* RFC 4180: quotes doubled, the field quoted, the line break kept. */
static void
test_csv_quoting (void)
{
  g_autoptr(DebriefReview) review = make_review ();
  DebriefReportOptions options;
  g_autoptr(GString) csv = NULL;

  debrief_report_options_init (&options);
  csv = debrief_report_csv (review, &options);
  g_assert_nonnull (strstr (csv->str, ",chat,,\"Ana: lag | \"\"high\"\", see <@U1>\nnext line\",,,,\r\n"));
  g_assert_true (g_utf8_validate (csv->str, csv->len, NULL));
}

static void
test_markdown_escaping (void)
{
  g_autoptr(DebriefReview) review = make_review ();
  DebriefReportOptions options;
  g_autofree char *markdown = NULL;

  debrief_report_options_init (&options);
  markdown = debrief_report_markdown (review, &options);
  g_assert_nonnull (strstr (markdown, "| Ana: lag \\| \"high\", see &lt;@U1><br>next line |\n"));
}

static void
test_pseudonyms_roles (void)
{
  g_autoptr(DebriefReview) review = make_review ();
  g_autoptr(DebriefPseudonyms) names = debrief_pseudonyms_new (review, DEBRIEF_PSEUDONYMS_ROLES);
  g_autofree char *text = NULL;

  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "priya"), ==, "DBA 1");
  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "ana"), ==, "DBA 2");
  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "sam"), ==, "Participant A");
  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "sam2"), ==, "SRE");
  g_assert_cmpstr (debrief_pseudonyms_name (names, "Ana Ruiz"), ==, "DBA 2");
  g_assert_cmpstr (debrief_pseudonyms_name (names, "Checkout team"), ==, "Checkout team");

  /* Full names, unique first names, "id:" mentions; not inside words, and
   * not a first name two people share. */
  text = debrief_pseudonyms_apply (names, "Priya Raman told Ana; Priyanka agreed. sam2: ok. Sam? Priya's view");
  g_assert_cmpstr (text, ==, "DBA 1 told DBA 2; Priyanka agreed. SRE: ok. Sam? DBA 1's view");
  g_assert_null (debrief_pseudonyms_get_alias (NULL, "priya"));
  g_free (text);
  text = debrief_pseudonyms_apply (NULL, "Priya");
  g_assert_cmpstr (text, ==, "Priya");
}

static void
test_pseudonyms_letters (void)
{
  g_autoptr(DebriefReview) review = make_review ();
  g_autoptr(DebriefPseudonyms) names = debrief_pseudonyms_new (review, DEBRIEF_PSEUDONYMS_LETTERS);
  DebriefReportOptions options;
  g_autofree char *markdown = NULL;
  g_autoptr(GString) csv = NULL;

  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "priya"), ==, "Participant A");
  g_assert_cmpstr (debrief_pseudonyms_get_alias (names, "sam2"), ==, "Participant D");

  debrief_report_options_init (&options);
  options.names = names;
  markdown = debrief_report_markdown (review, &options);
  csv = debrief_report_csv (review, &options);
  for (const char *real = "Priya\0Ana\0Raman\0Ruiz\0"; *real; real += strlen (real) + 1)
    {
      g_assert_null (strstr (markdown, real));
      g_assert_null (strstr (csv->str, real));
    }
  g_assert_true (g_str_has_prefix (markdown, "# Participant A's | review\n"));
}

/* Every name of the example is gone from a pseudonymised report. */
static void
test_pseudonymised_example (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefPseudonyms) names = debrief_pseudonyms_new (review, DEBRIEF_PSEUDONYMS_ROLES);
  DebriefReportOptions options;
  g_autofree char *markdown = NULL;

  debrief_report_options_init (&options);
  options.names = names;
  markdown = debrief_report_markdown (review, &options);
  check_snapshot ("checkout-latency-pseudonymised.md", markdown);
  for (const char *real = "Maya\0Okafor\0Priya\0Raman\0Lindqvist\0Daniel\0Reyes\0Samira\0Haddad\0Jonas\0"; *real;
       real += strlen (real) + 1)
    g_assert_null (strstr (markdown, real));
  g_assert_nonnull (strstr (markdown, "| Incident Commander | DBA | Network Engineer |"));
}

static void
test_range (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(GError) error = NULL;
  DebriefReportOptions options;
  g_autoptr(GString) all = NULL, part = NULL;

  debrief_report_options_init (&options);
  g_assert_true (debrief_report_resolve_range (review, "phase:DIAGNOSIS", &options.from, &options.to, &error));
  g_assert_cmpint (options.to - options.from, ==, (11 * 60 + 35) * DEBRIEF_USEC_PER_SEC);
  part = debrief_report_csv (review, &options);
  debrief_report_options_init (&options);
  all = debrief_report_csv (review, &options);
  g_assert_cmpuint (part->len, <, all->len);
  g_assert_cmpuint (part->len, >, 200);

  g_assert_false (debrief_report_resolve_range (review, "phase:Lunch", &options.from, &options.to, &error));
  g_assert_nonnull (strstr (error->message, "Detection, Diagnosis"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/markdown/snapshot", test_markdown_snapshot);
  g_test_add_func ("/report/csv/snapshot", test_csv_snapshot);
  g_test_add_func ("/report/private-notes", test_private_notes_never_written);
  g_test_add_func ("/report/csv/quoting", test_csv_quoting);
  g_test_add_func ("/report/markdown/escaping", test_markdown_escaping);
  g_test_add_func ("/report/pseudonyms/roles", test_pseudonyms_roles);
  g_test_add_func ("/report/pseudonyms/letters", test_pseudonyms_letters);
  g_test_add_func ("/report/pseudonyms/example", test_pseudonymised_example);
  g_test_add_func ("/report/range", test_range);
  return g_test_run ();
}
