/* test-history.c — every edit undoes and redoes to the same bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-document.h"
#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-phase.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static DebriefEventRef
random_event (DebriefReview *review)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (store);

  if (n == 0)
    return DEBRIEF_EVENT_REF_NONE;
  return debrief_event_store_get_nth (store, g_test_rand_int_range (0, n));
}

static DebriefLane *
random_lane (DebriefReview *review)
{
  GListModel *lanes = debrief_review_get_lanes (review);
  guint n = g_list_model_get_n_items (lanes);
  g_autoptr(DebriefLane) lane = NULL;

  if (n == 0)
    return NULL;
  lane = g_list_model_get_item (lanes, g_test_rand_int_range (0, n));
  return lane;  /* the review keeps it */
}

static void
edit_text (DebriefHistory *history,
           DebriefReview  *review)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  DebriefEventRef ref = random_event (review);
  g_autoptr(DebriefEventSpec) spec = NULL;
  g_autofree char *text = NULL;

  if (ref == DEBRIEF_EVENT_REF_NONE)
    return;
  spec = debrief_event_store_dup_spec (store, ref);
  text = g_strdup_printf ("%s·%d", spec->text ? spec->text : "", g_test_rand_int_range (0, 100));
  g_free (spec->text);
  spec->text = g_steal_pointer (&text);
  debrief_edits_update_event (history, review, ref, spec, "text");
}

static void
pick_events (DebriefReview *review,
             GArray        *refs)
{
  guint n = g_test_rand_int_range (1, 6);

  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = random_event (review);
      gboolean seen = FALSE;

      for (guint j = 0; j < refs->len; j++)
        seen |= g_array_index (refs, DebriefEventRef, j) == ref;
      if (ref != DEBRIEF_EVENT_REF_NONE && !seen)
        g_array_append_val (refs, ref);
    }
}

static void
edit_events (DebriefHistory *history,
             DebriefReview  *review,
             int             what)
{
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  gint64 offset = g_test_rand_int_range (-600, 600) * DEBRIEF_USEC_PER_SEC;
  DebriefLane *from = random_lane (review), *to = random_lane (review);

  pick_events (review, refs);
  if (refs->len == 0)
    return;
  if (what == 0)
    debrief_edits_delete_events (history, review, (DebriefEventRef *) refs->data, refs->len);
  else if (what == 1)
    debrief_edits_shift_events (history, review, (DebriefEventRef *) refs->data, refs->len, offset);
  else
    debrief_edits_move_events (history, review, (DebriefEventRef *) refs->data, refs->len, offset,
                               debrief_lane_get_key (from), debrief_lane_get_key (to));
}

static void
edit_lanes (DebriefHistory *history,
            DebriefReview  *review,
            int             what)
{
  DebriefLane *lane = random_lane (review), *other = random_lane (review);
  guint n = g_list_model_get_n_items (debrief_review_get_lanes (review));

  if (what == 0)
    debrief_edits_add_lane (history, review, DEBRIEF_LANE_KIND_COMPONENT, "New lane", g_test_rand_int_range (0, n + 1));
  else if (what == 1 && n > 3)
    debrief_edits_remove_lane (history, review, lane);
  else if (what == 2 && lane != other && n > 3)
    debrief_edits_merge_lanes (history, review, lane, other);
  else if (what == 3)
    debrief_edits_move_lane (history, review, lane, g_test_rand_int_range (0, n));
  else
    debrief_edits_set_string (history, lane, "name", "Renamed", "Rename Lane");
}

static void
edit_items (DebriefHistory *history,
            DebriefReview  *review,
            int             what)
{
  GListStore *phases = debrief_review_get_phases (review);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (phases));

  if (what == 0)
    debrief_edits_set_string (history, review, "title", "A new title", "Edit Title");
  else if (what == 1)
    {
      g_autofree char *id = g_strdup_printf ("p-%u", g_test_rand_int ());
      g_autoptr(DebriefPhase) phase = debrief_phase_new (id, DEBRIEF_PHASE_KIND_MARKER, "Key moment",
                                                         debrief_review_get_origin (review), DEBRIEF_TIME_NONE);
      debrief_history_push (history, debrief_list_insert_command_new (phases, g_test_rand_int_range (0, n + 1), phase, "Add Marker"));
    }
  else if (n > 0)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (G_LIST_MODEL (phases), g_test_rand_int_range (0, n));
      debrief_history_push (history, debrief_list_remove_command_new (phases, phase, "Remove Phase"));
    }
}

/* An import: several events added by one bulk command. */
static void
edit_import (DebriefHistory *history,
             DebriefReview  *review)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  DebriefEventSpec specs[4];
  char *ids[4];
  guint32 lane = debrief_lane_get_key (random_lane (review));

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      ids[i] = debrief_event_store_make_id (store);
      specs[i] = (DebriefEventSpec) {
        .id = ids[i], .lane = lane, .author = DEBRIEF_LANE_KEY_NONE, .end = DEBRIEF_TIME_NONE,
        .start = debrief_review_get_origin (review) + g_test_rand_int_range (-600, 3600) * DEBRIEF_USEC_PER_SEC,
        .kind = (char *) "log", .text = (char *) "imported line", .source_type = (char *) "log",
        .source_ref = (char *) "test.log", .source_line = i + 1,
      };
    }
  debrief_history_push (history, debrief_event_add_many_command_new (review, specs, G_N_ELEMENTS (specs), NULL, "Import"));
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    g_free (ids[i]);
}

static void
random_edit (DebriefHistory *history,
             DebriefReview  *review)
{
  int what = g_test_rand_int_range (0, 100);

  if (what < 35)
    edit_text (history, review);
  else if (what < 70)
    edit_events (history, review, what % 3);
  else if (what < 85)
    edit_lanes (history, review, what % 5);
  else if (what < 92)
    edit_items (history, review, what % 3);
  else if (what < 95)
    edit_import (history, review);
  else
    debrief_edits_add_event (history, review, debrief_lane_get_key (random_lane (review)),
                             debrief_review_get_origin (review) + g_test_rand_int_range (0, 3600) * DEBRIEF_USEC_PER_SEC,
                             "observation", "added in a test");
  if (g_test_rand_bit ())
    debrief_history_seal (history);
}

/* ≥ 1,000 random steps over the example: undoing all of them gives the
 * original bytes, redoing all of them the final bytes. */
static void
test_history_random_round_trip (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autofree char *original = debrief_review_to_string (review);
  g_autofree char *final = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint steps = 0;

  for (guint i = 0; i < 1500; i++)
    random_edit (history, review);
  final = debrief_review_to_string (review);
  g_assert_cmpstr (final, !=, original);

  while (debrief_history_undo (history))
    steps++;
  g_test_message ("%u steps in the history", steps);
  g_assert_cmpuint (steps, >=, 500);
  undone = debrief_review_to_string (review);
  g_assert_cmpstr (undone, ==, original);

  while (debrief_history_redo (history))
    ;
  redone = debrief_review_to_string (review);
  g_assert_cmpstr (redone, ==, final);
}

/* Undo and redo in the middle of the history, too: k steps back and
 * forth leave the bytes of the state k steps ago and now. */
static void
test_history_partial_undo (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();

  for (guint round = 0; round < 20; round++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *back = NULL;
      g_autofree char *again = NULL;
      guint n_edits = g_test_rand_int_range (1, 8), k = 0, undone = 0;

      before = debrief_review_to_string (review);
      for (guint i = 0; i < n_edits; i++)
        {
          guint64 state = debrief_history_get_state (history);

          debrief_history_seal (history);
          random_edit (history, review);
          /* Some random edits change nothing (a lane moved to where it is). */
          k += debrief_history_get_state (history) != state;
        }
      after = debrief_review_to_string (review);
      while (undone < k && debrief_history_undo (history))
        undone++;
      back = debrief_review_to_string (review);
      for (guint i = 0; i < undone; i++)
        debrief_history_redo (history);
      again = debrief_review_to_string (review);
      g_assert_cmpstr (again, ==, after);
      if (undone == k)
        g_assert_cmpstr (back, ==, before);
    }
}

static void
type_text (DebriefHistory  *history,
           DebriefReview   *review,
           DebriefEventRef  ref,
           const char      *text)
{
  g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (debrief_review_get_events (review), ref);

  g_free (spec->text);
  spec->text = g_strdup (text);
  debrief_edits_update_event (history, review, ref, spec, "text");
}

/* A typing burst is one step; sealing (focus left) starts another. */
static void
test_history_typing_burst (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  DebriefEventStore *store = debrief_review_get_events (review);
  DebriefEventRef ref = debrief_event_store_get_nth (store, 3);
  g_autofree char *text = g_strdup (debrief_event_store_get (store, ref)->text);

  type_text (history, review, ref, "a");
  type_text (history, review, ref, "ab");
  type_text (history, review, ref, "abc");
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Edit Event");
  debrief_history_seal (history);
  type_text (history, review, ref, "abcd");

  g_assert_true (debrief_history_undo (history));
  g_assert_cmpstr (debrief_event_store_get (store, ref)->text, ==, "abc");
  g_assert_true (debrief_history_undo (history));
  g_assert_cmpstr (debrief_event_store_get (store, ref)->text, ==, text);
  g_assert_false (debrief_history_can_undo (history));
  g_assert_true (debrief_history_redo (history));
  g_assert_cmpstr (debrief_event_store_get (store, ref)->text, ==, "abc");
}

/* Delete 3 events is one step, named for what it did. */
static void
test_history_group (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  DebriefEventStore *store = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (store);
  DebriefEventRef refs[3] = {
    debrief_event_store_get_nth (store, 0),
    debrief_event_store_get_nth (store, 5),
    debrief_event_store_get_nth (store, 9),
  };

  debrief_edits_delete_events (history, review, refs, 3);
  g_assert_cmpuint (debrief_event_store_get_n_events (store), ==, n - 3);
  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Delete 3 Events");
  debrief_history_undo (history);
  g_assert_cmpuint (debrief_event_store_get_n_events (store), ==, n);
  g_assert_cmpstr (debrief_history_get_redo_label (history), ==, "Delete 3 Events");
  for (guint i = 0; i < 3; i++)
    g_assert_true (debrief_event_store_is_live (store, refs[i]));
}

/* Merging lanes moves every event over, authors too, and takes it back. */
static void
test_history_merge_lanes (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  DebriefEventStore *store = debrief_review_get_events (review);
  GListModel *lanes = debrief_review_get_lanes (review);
  g_autoptr(DebriefLane) from = g_list_model_get_item (lanes, 0);
  g_autoptr(DebriefLane) into = g_list_model_get_item (lanes, 1);
  guint n_from = debrief_event_store_lane_get_n_events (store, debrief_lane_get_key (from));
  guint n_into = debrief_event_store_lane_get_n_events (store, debrief_lane_get_key (into));
  guint n_lanes = g_list_model_get_n_items (lanes);
  g_autofree char *original = debrief_review_to_string (review);
  g_autofree char *undone = NULL;

  g_assert_cmpuint (n_from, >, 0);
  debrief_edits_merge_lanes (history, review, from, into);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n_lanes - 1);
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (store, debrief_lane_get_key (into)), ==, n_from + n_into);
  for (guint i = 0; i < debrief_event_store_get_n_events (store); i++)
    g_assert_cmpuint (debrief_event_store_get (store, debrief_event_store_get_nth (store, i))->author, !=, debrief_lane_get_key (from));

  debrief_history_undo (history);
  undone = debrief_review_to_string (review);
  g_assert_cmpstr (undone, ==, original);
}

/* The document is modified exactly when the history is away from the
 * state it saved. */
static void
test_history_document_modified (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(DebriefDocument) document = debrief_document_new_for_review (review, NULL);
  DebriefHistory *history = debrief_document_get_history (document);

  g_assert_false (debrief_document_get_modified (document));
  debrief_edits_set_string (history, review, "title", "Changed", "Edit Title");
  g_assert_true (debrief_document_get_modified (document));
  debrief_history_undo (history);
  g_assert_false (debrief_document_get_modified (document));
  debrief_history_redo (history);
  g_assert_true (debrief_document_get_modified (document));
  debrief_document_set_modified (document, FALSE);
  debrief_history_undo (history);
  g_assert_true (debrief_document_get_modified (document));
  debrief_history_redo (history);
  g_assert_false (debrief_document_get_modified (document));

  /* A change outside the history can only be saved away. */
  debrief_review_set_summary (review, "not through the history");
  g_assert_true (debrief_document_get_modified (document));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/random-round-trip", test_history_random_round_trip);
  g_test_add_func ("/history/partial-undo", test_history_partial_undo);
  g_test_add_func ("/history/typing-burst", test_history_typing_burst);
  g_test_add_func ("/history/group", test_history_group);
  g_test_add_func ("/history/merge-lanes", test_history_merge_lanes);
  g_test_add_func ("/history/document-modified", test_history_document_modified);
  return g_test_run ();
}
