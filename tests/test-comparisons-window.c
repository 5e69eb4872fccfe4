/* test-comparisons-window.c — comparing accounts through the real window
 * under Xvfb: selecting entries, marking them, the panel taking you to a
 * moment, evidence lanes while comparing, and the side-by-side layout and
 * playhead coming back from the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-comparison-rules.h"
#include "debrief-document.h"
#include "debrief-note.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

static void
spin (guint iterations)
{
  for (guint i = 0; i < iterations; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

typedef struct {
  DebriefWindow       *window;
  DebriefDocument     *document;
  DebriefReview       *review;
  DebriefHistory      *history;
  DebriefTimelineView *view;
} Fixture;

static void
open_review (Fixture       *fixture,
             DebriefReview *review)
{
  fixture->window = debrief_window_new (application);
  fixture->document = debrief_document_new_for_review (review, NULL);
  fixture->review = debrief_document_get_review (fixture->document);
  fixture->history = debrief_document_get_history (fixture->document);
  fixture->view = fixture->window->timeline_view;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 800);
  debrief_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (200);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  open_review (fixture, review);
}

static void
close_review (Fixture *fixture)
{
  debrief_document_set_modified (fixture->document, FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->document);
  spin (20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_review (fixture);
}

static DebriefPerspectiveEntry *
entry (Fixture    *fixture,
       const char *id)
{
  DebriefPerspectiveEntry *found = NULL;

  g_assert_nonnull (debrief_review_find_entry (fixture->review, id, &found));
  return found;
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), name);
}

/* Click one entry, Ctrl+click another (through the renderer's own
 * coordinates), mark them: one undoable step, and the inspector shows the
 * entry with the mark. */
static void
test_select_and_mark (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *marks = G_LIST_MODEL (debrief_review_get_comparisons (fixture->review));
  guint n = g_list_model_get_n_items (marks);
  g_autoptr(DebriefComparison) added = NULL;
  const char * const *ids;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  spin (20);
  g_assert_false (action_enabled (fixture, "mark-agreement"));
  _debrief_timeline_view_click_entry (fixture->view, entry (fixture, "p-sam-2"), 0);
  spin (10);
  g_assert_true (gtk_stack_get_visible_child (fixture->window->inspector_stack) == fixture->window->entry_inspector);
  g_assert_false (action_enabled (fixture, "mark-agreement"));
  _debrief_timeline_view_click_entry (fixture->view, entry (fixture, "p-dev-3"), GDK_CONTROL_MASK);
  spin (10);
  g_assert_cmpuint (debrief_timeline_view_get_selected_entries (fixture->view)->len, ==, 2);
  g_assert_true (action_enabled (fixture, "mark-agreement"));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "mark-agreement", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (marks), ==, n + 1);
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Mark as Agreement");
  added = g_list_model_get_item (marks, n);
  g_assert_cmpint (debrief_comparison_get_kind (added), ==, DEBRIEF_COMPARISON_KIND_AGREEMENT);
  ids = debrief_comparison_get_entries (added);
  g_assert_cmpstr (ids[0], ==, "p-sam-2");
  g_assert_cmpstr (ids[1], ==, "p-dev-3");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (g_list_model_get_n_items (marks), ==, n);

  /* A plain click starts again; Ctrl+click on a selected entry takes it out. */
  _debrief_timeline_view_click_entry (fixture->view, entry (fixture, "p-sam-2"), 0);
  _debrief_timeline_view_click_entry (fixture->view, entry (fixture, "p-sam-2"), GDK_CONTROL_MASK);
  spin (10);
  g_assert_cmpuint (debrief_timeline_view_get_selected_entries (fixture->view)->len, ==, 0);
  g_assert_false (gtk_stack_get_visible_child (fixture->window->inspector_stack) == fixture->window->entry_inspector);
}

/* A row of the panel puts the entries' perspectives side by side, selects
 * them and zooms to their time. */
static void
test_panel_shows_moment (Fixture       *fixture,
                         gconstpointer  data)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->view);
  const char *pair[] = { "p-tomas-2", "p-priya-3", NULL };
  GPtrArray *selected;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-comparisons", NULL);
  spin (20);
  g_assert_true (gtk_stack_get_visible_child (fixture->window->inspector_stack) == fixture->window->comparison_panel);
  g_assert_null (debrief_timeline_view_get_perspectives (fixture->view));

  g_signal_emit_by_name (fixture->window->comparison_panel, "show-moment",
                         debrief_perspective_entry_get_start (entry (fixture, "p-tomas-2")),
                         debrief_perspective_entry_get_end (entry (fixture, "p-priya-3")), pair);
  spin (100);
  g_assert_cmpuint (g_strv_length ((char **) debrief_timeline_view_get_perspectives (fixture->view)), ==, 2);
  selected = debrief_timeline_view_get_selected_entries (fixture->view);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_true (gtk_stack_get_visible_child (fixture->window->inspector_stack) == fixture->window->comparison_panel);
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), <,
                   debrief_perspective_entry_get_start (entry (fixture, "p-tomas-2")));
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport), >,
                   debrief_perspective_entry_get_end (entry (fixture, "p-priya-3")));
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport), <,
                   40 * DEBRIEF_USEC_PER_MIN);
}

static gboolean
lane_row_shown (Fixture    *fixture,
                const char *lane_id)
{
  DebriefLane *lane = debrief_review_lookup_lane (fixture->review, lane_id);

  debrief_timeline_layout_update (fixture->view->layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT));
  return debrief_timeline_layout_find_lane (fixture->view->layout, debrief_lane_get_key (lane)) != NULL;
}

/* Evidence lanes left out while comparing come back when the comparison
 * ends; the lane itself is never hidden. */
static void
test_evidence_lanes (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *hidden[] = { "cache", NULL };

  g_assert_nonnull (debrief_review_lookup_lane (fixture->review, "cache"));
  _debrief_window_set_comparison_hidden_lanes (fixture->window, hidden);
  g_assert_true (lane_row_shown (fixture, "cache"));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  g_assert_false (lane_row_shown (fixture, "cache"));
  g_assert_true (lane_row_shown (fixture, "replica"));
  g_assert_false (debrief_lane_get_hidden (debrief_review_lookup_lane (fixture->review, "cache")));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  g_assert_true (lane_row_shown (fixture, "cache"));
}

static GtkWidget *
popover_row (Fixture    *fixture,
             const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->window->perspectives_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "perspective"), id) == 0)
      return child;
  return NULL;
}

static gboolean
drop_on_row (GtkWidget  *row,
             const char *dragged,
             double      y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, dragged);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, y, &handled);
    }
  return handled;
}

/* Dragging an account in the people popover onto another reorders the
 * accounts side by side: above a row's middle goes before it, below after. */
static void
test_drag_to_reorder (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const *shown;
  GtkWidget *first;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  gtk_menu_button_popup (fixture->window->perspectives_button);
  spin (20);
  shown = debrief_timeline_view_get_perspectives (fixture->view);
  g_assert_nonnull (shown);
  g_assert_cmpuint (g_strv_length ((char **) shown), >=, 3);
  {
    g_autofree char *a = g_strdup (shown[0]);
    g_autofree char *c = g_strdup (shown[2]);

    first = popover_row (fixture, a);
    g_assert_nonnull (first);
    /* The third onto the top half of the first: it leads now. */
    g_assert_true (drop_on_row (first, c, 1.0));
    shown = debrief_timeline_view_get_perspectives (fixture->view);
    g_assert_cmpstr (shown[0], ==, c);
    g_assert_cmpstr (shown[1], ==, a);
    /* And back below the first row's middle of the new first: second place. */
    g_assert_true (drop_on_row (popover_row (fixture, a), c, gtk_widget_get_height (first) + 100.0));
    shown = debrief_timeline_view_get_perspectives (fixture->view);
    g_assert_cmpstr (shown[0], ==, a);
    g_assert_cmpstr (shown[1], ==, c);
  }
  gtk_menu_button_popdown (fixture->window->perspectives_button);
}

/* The comparison layout and the playhead go into the file and come back;
 * they mark the review modified but are not undo steps. */
static void
test_view_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *order[] = { "p-tomas", "p-priya", NULL };
  const char *hidden[] = { "cache", NULL };
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->view);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) reopened = NULL;
  g_autofree char *saved = NULL;
  gint64 t = debrief_time_from_civil (2026, 3, 14, 8, 15, 0, 0);

  g_assert_false (debrief_document_get_modified (fixture->document));
  _debrief_window_show_perspectives (fixture->window, order, TRUE, "p-priya");
  _debrief_window_set_comparison_hidden_lanes (fixture->window, hidden);
  debrief_timeline_viewport_set_playhead (viewport, t);
  g_assert_true (debrief_document_get_modified (fixture->document));
  g_assert_false (debrief_history_can_undo (fixture->history));
  /* A search does not forget the comparison. */
  debrief_timeline_view_set_matches (fixture->view, NULL);
  g_assert_nonnull (debrief_timeline_view_get_perspectives (fixture->view));
  g_assert_nonnull (debrief_timeline_view_get_comparison_hidden_lanes (fixture->view));

  saved = debrief_review_to_string (fixture->review);
  g_assert_nonnull (strstr (saved, "\"view\": {\"perspectives\": [\"p-tomas\", \"p-priya\"], \"pinned\": \"p-priya\", "
                                   "\"split_kinds\": true, \"hidden_lanes\": [\"cache\"], "
                                   "\"playhead\": \"2026-03-14T08:15:00Z\"}"));
  close_review (fixture);

  reopened = debrief_review_load_data (saved, strlen (saved), "saved", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  open_review (fixture, reopened);
  g_assert_cmpstr (debrief_timeline_view_get_perspectives (fixture->view)[1], ==, "p-priya");
  g_assert_cmpstr (debrief_timeline_view_get_pinned_perspective (fixture->view), ==, "p-priya");
  g_assert_true (debrief_timeline_view_get_split_by_kind (fixture->view));
  g_assert_cmpstr (debrief_timeline_view_get_comparison_hidden_lanes (fixture->view)[0], ==, "cache");
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (debrief_timeline_view_get_viewport (fixture->view)), ==, t);
  g_assert_false (debrief_document_get_modified (fixture->document));
}

/* Ctrl+Alt+Q on a selected entry: a private question anchored to it. */
static void
test_add_question (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (fixture->review));
  guint n = g_list_model_get_n_items (notes);
  g_autoptr(DebriefNote) note = NULL;
  GtkWidget *dialog = NULL;
  GtkEditable *text;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  _debrief_timeline_view_click_entry (fixture->view, entry (fixture, "p-priya-3"), 0);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "add-question", NULL);
  spin (20);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  text = GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
  gtk_editable_set_text (text, "What did the lag graph look like to you then?");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  spin (20);

  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n + 1);
  note = g_list_model_get_item (notes, n);
  g_assert_true (debrief_note_get_question (note));
  g_assert_true (debrief_note_get_private (note));
  g_assert_cmpstr (debrief_note_get_entry (note), ==, "p-priya-3");
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Add Question");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  application = debrief_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

#define ADD(path, func) g_test_add ("/comparisons-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("select-and-mark", test_select_and_mark);
  ADD ("panel-shows-moment", test_panel_shows_moment);
  ADD ("evidence-lanes", test_evidence_lanes);
  ADD ("drag-to-reorder", test_drag_to_reorder);
  ADD ("view-round-trip", test_view_round_trip);
  ADD ("add-question", test_add_question);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
