/* test-comparisons.c — divergence and agreement marks, the suggestion
 * rule, the saved view, prepared questions and participant statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-comparison-rules.h"
#include "debrief-edit-commands.h"
#include "debrief-history.h"
#include "debrief-note.h"
#include "debrief-participant-stats.h"
#include "debrief-perspective.h"
#include "debrief-questions.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

#define HEAD "{\"format\": \"debrief-review\", \"version\": 1, " \
  "\"lanes\": [{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\"}, " \
  "{\"id\": \"bob\", \"kind\": \"participant\", \"name\": \"Bob\"}], \"events\": [], "
#define PERSPECTIVES "\"perspectives\": [" \
  "{\"id\": \"pa\", \"participant\": \"alice\", \"entries\": [" \
  "{\"id\": \"a1\", \"kind\": \"believed\", \"start\": \"2026-03-14T09:00:00Z\", \"end\": \"2026-03-14T09:10:00Z\", \"text\": \"net\", \"tags\": [\"cause:network\"]}]}, " \
  "{\"id\": \"pb\", \"participant\": \"bob\", \"entries\": [" \
  "{\"id\": \"b1\", \"kind\": \"expected\", \"start\": \"2026-03-14T09:05:00Z\", \"text\": \"db\", \"tags\": [\"cause:database\"]}]}]"

static DebriefReview *
load_text (const char  *text,
           GError     **error)
{
  return debrief_review_load_data (text, strlen (text), "review.debrief", NULL, NULL, NULL, error);
}

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "checkout-latency.debrief", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static void
assert_problem (const char *text,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);

  g_assert_null (review);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, error->message);
}

/* ---- the file ------------------------------------------------------------------ */

static void
test_round_trip (void)
{
  const char *text = HEAD PERSPECTIVES ",\n"
    "\"phases\": [{\"id\": \"ph1\", \"kind\": \"marker\", \"name\": \"M\", \"start\": \"2026-03-14T09:00:00Z\"}],\n"
    "\"notes\": [{\"id\": \"q1\", \"private\": true, \"question\": true, \"phase\": \"ph1\", \"text\": \"Why?\"}],\n"
    "\"comparisons\": [{\"id\": \"c1\", \"kind\": \"divergence\", \"entries\": [\"a1\", \"b1\"], \"note\": \"root cause\", \"x-c\": 1}],\n"
    "\"view\": {\"perspectives\": [\"pb\", \"pa\"], \"pinned\": \"pb\", \"split_kinds\": true, "
    "\"hidden_lanes\": [\"bob\"], \"playhead\": \"2026-03-14T09:04:00.5Z\", \"x-v\": [true]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);
  g_autoptr(DebriefReview) again = NULL;
  g_autoptr(DebriefComparison) mark = NULL;
  g_autoptr(DebriefNote) note = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  DebriefViewState *view;

  g_assert_no_error (error);
  mark = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_comparisons (review)), 0);
  g_assert_cmpint (debrief_comparison_get_kind (mark), ==, DEBRIEF_COMPARISON_KIND_DIVERGENCE);
  g_assert_cmpstr (debrief_comparison_get_note (mark), ==, "root cause");
  g_assert_true (debrief_comparison_has_entry (mark, "b1"));
  view = debrief_review_get_view_state (review);
  g_assert_cmpstr (debrief_view_state_get_perspectives (view)[0], ==, "pb");
  g_assert_cmpstr (debrief_view_state_get_pinned (view), ==, "pb");
  g_assert_true (debrief_view_state_get_split_kinds (view));
  g_assert_cmpstr (debrief_view_state_get_hidden_lanes (view)[0], ==, "bob");
  g_assert_cmpint (debrief_view_state_get_playhead (view), ==,
                   debrief_time_from_civil (2026, 3, 14, 9, 4, 0, 0) + 500000);
  note = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_notes (review)), 0);
  g_assert_true (debrief_note_get_question (note));
  g_assert_cmpstr (debrief_note_get_phase (note), ==, "ph1");

  saved = debrief_review_to_string (review);
  g_test_message ("%s", saved);
  g_assert_nonnull (strstr (saved, "\"comparisons\": [\n    {\"id\": \"c1\", \"kind\": \"divergence\", "
                                   "\"entries\": [\"a1\", \"b1\"], \"note\": \"root cause\", \"x-c\": 1}\n  ]"));
  g_assert_nonnull (strstr (saved, "\"view\": {\"perspectives\": [\"pb\", \"pa\"], \"pinned\": \"pb\", "
                                   "\"split_kinds\": true, \"hidden_lanes\": [\"bob\"], "
                                   "\"playhead\": \"2026-03-14T09:04:00.500Z\", \"x-v\": [true]}"));
  g_assert_nonnull (strstr (saved, "{\"id\": \"q1\", \"private\": true, \"question\": true, \"phase\": \"ph1\""));

  again = load_text (saved, &error);
  g_assert_no_error (error);
  saved_again = debrief_review_to_string (again);
  g_assert_cmpstr (saved, ==, saved_again);
}

/* A review that never used them gains no members: its bytes stay. */
static void
test_absent_when_unused (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *saved = debrief_review_to_string (review);

  g_assert_null (strstr (saved, "\"view\""));
  debrief_view_state_set_playhead (debrief_review_get_view_state (review), 0);
  g_free (saved);
  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "\"view\": {\"playhead\": \"1970-01-01T00:00:00Z\"}"));
}

static void
test_errors_name_the_path (void)
{
  assert_problem (HEAD PERSPECTIVES ", \"comparisons\": [{\"id\": \"c1\", \"kind\": \"divergence\", "
                  "\"entries\": [\"a1\", \"zz\"]}]}",
                  "comparisons[0].entries[1]: expected the id of a perspective entry, found \"zz\"");
  assert_problem (HEAD PERSPECTIVES ", \"comparisons\": [{\"id\": \"c1\", \"kind\": \"divergence\", "
                  "\"entries\": [\"a1\"]}]}",
                  "comparisons[0].entries: expected at least two perspective entries");
  assert_problem (HEAD PERSPECTIVES ", \"comparisons\": [{\"id\": \"c1\", \"kind\": \"divergence\", "
                  "\"entries\": [\"a1\", \"a1\"]}]}",
                  "comparisons[0].entries[1]: expected another entry");
  assert_problem (HEAD PERSPECTIVES ", \"comparisons\": [{\"id\": \"c1\", \"kind\": \"maybe\", "
                  "\"entries\": [\"a1\", \"b1\"]}]}",
                  "comparisons[0].kind");
  assert_problem (HEAD PERSPECTIVES ", \"comparisons\": [{\"id\": \"c1\", \"entries\": [\"a1\", \"b1\"]}]}",
                  "comparisons[0].kind");
  assert_problem (HEAD PERSPECTIVES ", \"view\": {\"playhead\": \"noon\"}}", "view.playhead");
  assert_problem (HEAD PERSPECTIVES ", \"view\": {\"perspectives\": \"pa\"}}", "view.perspectives");
  assert_problem (HEAD PERSPECTIVES ", \"view\": [1]}", "view: expected an object");
  assert_problem (HEAD PERSPECTIVES ", \"notes\": [{\"id\": \"n\", \"text\": \"t\", \"phase\": \"nope\"}]}",
                  "notes[0].phase: expected the id of a phase or marker");
}

/* The view names perspectives and lanes as advice: a stale id is kept. */
static void
test_view_ids_are_advice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review =
    load_text (HEAD PERSPECTIVES ", \"view\": {\"perspectives\": [\"gone\"], \"hidden_lanes\": [\"gone\"]}}", &error);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "\"view\": {\"perspectives\": [\"gone\"], \"hidden_lanes\": [\"gone\"]}"));
}

/* ---- the rule ------------------------------------------------------------------ */

static DebriefPerspectiveEntry *
entry (const char       *id,
       DebriefEntryKind  kind,
       int               start_min,
       int               end_min,
       const char       *tag1,
       const char       *tag2)
{
  const char *tags[] = { tag1, tag2, NULL };
  DebriefPerspectiveEntry *e =
    debrief_perspective_entry_new (id, kind, debrief_time_from_civil (2026, 3, 14, 9, start_min, 0, 0), "t");

  if (end_min >= 0)
    debrief_perspective_entry_set_end (e, debrief_time_from_civil (2026, 3, 14, 9, end_min, 0, 0));
  debrief_perspective_entry_set_tags (e, tags);
  return e;
}

static void
test_overlap (void)
{
  g_autoptr(DebriefPerspectiveEntry) span = entry ("s", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) inside = entry ("i", DEBRIEF_ENTRY_KIND_BELIEVED, 5, -1, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) at_end = entry ("e", DEBRIEF_ENTRY_KIND_BELIEVED, 10, -1, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) after = entry ("a", DEBRIEF_ENTRY_KIND_BELIEVED, 11, -1, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) other_span = entry ("o", DEBRIEF_ENTRY_KIND_BELIEVED, 10, 20, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) later_span = entry ("l", DEBRIEF_ENTRY_KIND_BELIEVED, 12, 20, NULL, NULL);
  g_autoptr(DebriefPerspectiveEntry) same_moment = entry ("m", DEBRIEF_ENTRY_KIND_BELIEVED, 5, -1, NULL, NULL);

  g_assert_true (debrief_entries_overlap (span, inside));
  g_assert_true (debrief_entries_overlap (inside, span));
  g_assert_true (debrief_entries_overlap (span, at_end));
  g_assert_false (debrief_entries_overlap (span, after));
  g_assert_true (debrief_entries_overlap (span, other_span));
  g_assert_false (debrief_entries_overlap (span, later_span));
  g_assert_true (debrief_entries_overlap (inside, same_moment));
  g_assert_false (debrief_entries_overlap (inside, after));
}

static void
test_tag_conflict (void)
{
  g_autoptr(DebriefPerspectiveEntry) net = entry ("n", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "x", "cause:network");
  g_autoptr(DebriefPerspectiveEntry) db = entry ("d", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "cause:database", NULL);
  g_autoptr(DebriefPerspectiveEntry) both = entry ("b", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "cause:database", "cause:network");
  g_autoptr(DebriefPerspectiveEntry) other_key = entry ("k", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "team:db", NULL);
  g_autoptr(DebriefPerspectiveEntry) prefix = entry ("p", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "causes:x", "cause:");
  g_autofree char *key = NULL, *va = NULL, *vb = NULL;

  g_assert_true (debrief_entries_tag_conflict (net, db, &key, &va, &vb));
  g_assert_cmpstr (key, ==, "cause");
  g_assert_cmpstr (va, ==, "network");
  g_assert_cmpstr (vb, ==, "database");
  g_assert_false (debrief_entries_tag_conflict (net, both, NULL, NULL, NULL));
  g_assert_false (debrief_entries_tag_conflict (net, other_key, NULL, NULL, NULL));
  g_assert_false (debrief_entries_tag_conflict (net, prefix, NULL, NULL, NULL));
  g_assert_false (debrief_entries_tag_conflict (net, net, NULL, NULL, NULL));
}

static DebriefPerspective *
add_perspective (DebriefReview *review,
                 const char    *id,
                 const char    *participant)
{
  g_autoptr(DebriefPerspective) p = debrief_perspective_new (id, participant);

  g_list_store_append (debrief_review_get_perspectives (review), p);
  return p;   /* the review holds it */
}

static void
append (DebriefPerspective      *perspective,
        DebriefPerspectiveEntry *e)
{
  debrief_perspective_append_entry (perspective, e);
  g_object_unref (e);
}

static void
test_suggest (void)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  DebriefPerspective *pa = add_perspective (review, "pa", "alice");
  DebriefPerspective *pb = add_perspective (review, "pb", "bob");
  g_autoptr(GPtrArray) found = NULL;
  DebriefDivergenceSuggestion *s;

  /* Each kind of non-candidate beside one true candidate (a1, b1). */
  append (pa, entry ("a1", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "cause:network", NULL));
  append (pa, entry ("a2", DEBRIEF_ENTRY_KIND_BELIEVED, 0, 10, "cause:database", NULL));
  append (pa, entry ("a3", DEBRIEF_ENTRY_KIND_SAW, 0, 10, "cause:disk", NULL));
  append (pb, entry ("b1", DEBRIEF_ENTRY_KIND_EXPECTED, 5, -1, "cause:database", NULL));
  append (pb, entry ("b2", DEBRIEF_ENTRY_KIND_BELIEVED, 30, 40, "cause:disk", NULL));
  append (pb, entry ("b3", DEBRIEF_ENTRY_KIND_DID, 5, -1, "cause:cpu", NULL));

  found = debrief_comparison_suggest (review);
  /* a1/b1 only: a2/b1 agree, a3 and b3 are not beliefs, b2 is later,
   * a1/a2 are one perspective. */
  g_assert_cmpuint (found->len, ==, 1);
  s = g_ptr_array_index (found, 0);
  g_assert_cmpstr (debrief_item_get_id (DEBRIEF_ITEM (s->entry_a)), ==, "a1");
  g_assert_cmpstr (debrief_item_get_id (DEBRIEF_ITEM (s->entry_b)), ==, "b1");
  g_assert_cmpstr (s->key, ==, "cause");
  g_assert_cmpstr (s->value_b, ==, "database");
}

/* Confirming or dismissing is one undoable step; a marked pair is no
 * longer suggested, and undo brings the suggestion back. */
static void
test_mark_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (HEAD PERSPECTIVES "}", &error);
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  const char * const pair[] = { "a1", "b1", NULL };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autofree char *original = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *id = NULL;

  g_assert_no_error (error);
  original = debrief_review_to_string (review);
  before = debrief_comparison_suggest (review);
  g_assert_cmpuint (before->len, ==, 1);

  debrief_history_push (history, debrief_comparison_mark_command_new (review, DEBRIEF_COMPARISON_KIND_DISMISSED,
                                                                      pair, NULL));
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Dismiss Suggestion");
  g_assert_nonnull (debrief_comparison_find (review, "b1", "a1"));
  after = debrief_comparison_suggest (review);
  g_assert_cmpuint (after->len, ==, 0);

  g_assert_true (debrief_history_undo (history));
  undone = debrief_comparison_suggest (review);
  g_assert_cmpuint (undone->len, ==, 1);
  restored = debrief_review_to_string (review);
  g_assert_cmpstr (original, ==, restored);

  debrief_history_push (history, debrief_comparison_mark_command_new (review, DEBRIEF_COMPARISON_KIND_AGREEMENT,
                                                                      pair, "both right"));
  debrief_history_push (history, debrief_comparison_mark_command_new (review, DEBRIEF_COMPARISON_KIND_DIVERGENCE,
                                                                      pair, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_comparisons (review))), ==, 2);
  id = debrief_comparison_make_id (review);
  g_assert_cmpstr (id, ==, "c3");
}

/* The example's own accounts: Tomás's network belief against Priya's
 * database belief is suggested (unless the file already marks it). */
static void
test_example_suggests (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(GPtrArray) found = debrief_comparison_suggest (review);
  gboolean net_vs_db = FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      DebriefDivergenceSuggestion *s = g_ptr_array_index (found, i);

      g_test_message ("%s/%s: %s %s vs %s", debrief_item_get_id (DEBRIEF_ITEM (s->entry_a)),
                      debrief_item_get_id (DEBRIEF_ITEM (s->entry_b)), s->key, s->value_a, s->value_b);
      g_assert_true (debrief_entries_overlap (s->entry_a, s->entry_b));
      g_assert_cmpstr (s->value_a, !=, s->value_b);
      if (g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (s->entry_a)), "p-priya-3") &&
          g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (s->entry_b)), "p-tomas-2"))
        net_vs_db = TRUE;
    }
  g_assert_true (net_vs_db || debrief_comparison_find (review, "p-priya-3", "p-tomas-2") != NULL);
}

/* ---- participants --------------------------------------------------------------- */

static void
test_participant_stats (void)
{
  const char *text =
    "{\"format\": \"debrief-review\", \"version\": 1, \"lanes\": ["
    "{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\", \"role\": \"DBA\", \"tz\": \"Europe/Berlin\"},"
    "{\"id\": \"bob\", \"kind\": \"participant\", \"name\": \"Bob\"},"
    "{\"id\": \"db\", \"kind\": \"component\", \"name\": \"db\"}], \"events\": ["
    "{\"id\": \"e1\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:00:00Z\", \"kind\": \"chat\", \"text\": \"a\"},"
    "{\"id\": \"e2\", \"lane\": \"bob\", \"start\": \"2026-03-14T09:01:00Z\", \"kind\": \"chat\", \"text\": \"b\"},"
    "{\"id\": \"e3\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:05:00Z\", \"kind\": \"chat\", \"text\": \"c\"},"
    "{\"id\": \"e4\", \"lane\": \"db\", \"start\": \"2026-03-14T09:06:00Z\", \"kind\": \"action\", \"author\": \"bob\", \"text\": \"d\"},"
    "{\"id\": \"e5\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:07:00Z\", \"kind\": \"log\", \"text\": \"e\"},"
    "{\"id\": \"e6\", \"lane\": \"alice\", \"start\": \"2026-03-14T09:08:00Z\", \"kind\": \"chat\", \"author\": \"bob\", \"text\": \"f\"}],"
    "\"perspectives\": [{\"id\": \"pa\", \"participant\": \"alice\", \"entries\": ["
    "{\"id\": \"a1\", \"kind\": \"saw\", \"start\": \"2026-03-14T09:00:00Z\", \"text\": \"x\"},"
    "{\"id\": \"a2\", \"kind\": \"did\", \"start\": \"2026-03-14T09:00:00Z\", \"text\": \"y\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (text, &error);
  g_autoptr(GPtrArray) stats = NULL;
  DebriefParticipantStats *alice, *bob;

  g_assert_no_error (error);
  stats = debrief_participant_stats_compute (review);
  g_assert_cmpuint (stats->len, ==, 2);
  alice = g_ptr_array_index (stats, 0);
  bob = g_ptr_array_index (stats, 1);
  g_assert_cmpstr (debrief_lane_get_role (alice->lane), ==, "DBA");
  g_assert_cmpuint (alice->n_messages, ==, 2);
  g_assert_cmpuint (bob->n_messages, ==, 2);
  g_assert_cmpfloat_with_epsilon (alice->message_share, 0.5, 1e-9);
  g_assert_cmpint (alice->first_message, ==, debrief_time_from_civil (2026, 3, 14, 9, 0, 0, 0));
  g_assert_cmpint (alice->last_message, ==, debrief_time_from_civil (2026, 3, 14, 9, 5, 0, 0));
  g_assert_cmpint (bob->first_message, ==, debrief_time_from_civil (2026, 3, 14, 9, 1, 0, 0));
  g_assert_cmpint (bob->last_message, ==, debrief_time_from_civil (2026, 3, 14, 9, 8, 0, 0));
  g_assert_cmpuint (alice->n_entries, ==, 2);
  g_assert_cmpuint (bob->n_entries, ==, 0);
  g_assert_cmpuint (g_strv_length (alice->lanes), ==, 1);
  /* Bob wrote in his lane, in db's and in Alice's, listed in lane order. */
  g_assert_cmpuint (g_strv_length (bob->lanes), ==, 3);
  g_assert_cmpstr (bob->lanes[0], ==, "alice");
  g_assert_cmpstr (bob->lanes[2], ==, "db");
}

/* ---- prepared questions ----------------------------------------------------------- */

static void
test_questions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = load_text (HEAD PERSPECTIVES ", \"phases\": [{\"id\": \"ph1\", \"kind\": \"marker\", "
                                               "\"name\": \"M\", \"start\": \"2026-03-14T08:00:00Z\"}]}", &error);
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(DebriefReview) again = NULL;
  g_autofree char *saved = NULL;
  DebriefNote *first;

  g_assert_no_error (error);
  debrief_history_push (history, debrief_question_add_command_new (review, "About the entry?", NULL, NULL, "b1",
                                                                   DEBRIEF_TIME_NONE));
  debrief_history_push (history, debrief_question_add_command_new (review, "About the marker?", NULL, "ph1", NULL,
                                                                   DEBRIEF_TIME_NONE));
  debrief_history_push (history, debrief_question_add_command_new (review, "Unanchored?", NULL, NULL, NULL,
                                                                   DEBRIEF_TIME_NONE));
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Add Question");
  questions = debrief_questions_list (review);
  g_assert_cmpuint (questions->len, ==, 3);
  first = g_ptr_array_index (questions, 0);
  g_assert_cmpstr (debrief_note_get_text (first), ==, "About the marker?");
  g_assert_true (debrief_note_get_private (first));
  g_assert_cmpstr (debrief_note_get_text (g_ptr_array_index (questions, 1)), ==, "About the entry?");
  g_assert_cmpint (debrief_note_get_anchor_time (review, g_ptr_array_index (questions, 1)), ==,
                   debrief_time_from_civil (2026, 3, 14, 9, 5, 0, 0));
  g_assert_cmpstr (debrief_note_get_text (g_ptr_array_index (questions, 2)), ==, "Unanchored?");

  saved = debrief_review_to_string (review);
  g_assert_nonnull (strstr (saved, "{\"id\": \"q2\", \"private\": true, \"question\": true, \"phase\": \"ph1\""));
  again = load_text (saved, &error);
  g_assert_no_error (error);

  g_assert_true (debrief_history_undo (history));
  g_clear_pointer (&questions, g_ptr_array_unref);
  questions = debrief_questions_list (review);
  g_assert_cmpuint (questions->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/comparisons/file/round-trip", test_round_trip);
  g_test_add_func ("/comparisons/file/absent-when-unused", test_absent_when_unused);
  g_test_add_func ("/comparisons/file/errors-name-the-path", test_errors_name_the_path);
  g_test_add_func ("/comparisons/file/view-ids-are-advice", test_view_ids_are_advice);
  g_test_add_func ("/comparisons/rule/overlap", test_overlap);
  g_test_add_func ("/comparisons/rule/tag-conflict", test_tag_conflict);
  g_test_add_func ("/comparisons/rule/suggest", test_suggest);
  g_test_add_func ("/comparisons/mark-undo", test_mark_undo);
  g_test_add_func ("/comparisons/example-suggests", test_example_suggests);
  g_test_add_func ("/comparisons/participant-stats", test_participant_stats);
  g_test_add_func ("/comparisons/questions", test_questions);

  return g_test_run ();
}
