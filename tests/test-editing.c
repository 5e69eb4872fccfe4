/* test-editing.c — editing through real widgets under Xvfb: the inspector's
 * fields and the timeline's drags, clicks and keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-document.h"
#include "debrief-perspective.h"
#include "debrief-phase-inspector.h"
#include "debrief-review-loader.h"
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

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
}

typedef struct {
  DebriefWindow     *window;
  DebriefDocument   *document;
  DebriefReview     *review;
  DebriefEventStore *events;
  DebriefHistory    *history;
  DebriefTimelineView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_example ();

  fixture->window = debrief_window_new (application);
  fixture->document = debrief_document_new_for_review (review, NULL);
  fixture->review = debrief_document_get_review (fixture->document);
  fixture->events = debrief_review_get_events (fixture->review);
  fixture->history = debrief_document_get_history (fixture->document);
  fixture->view = fixture->window->timeline_view;
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 800);
  debrief_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-inspector", NULL);
  spin (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_document_set_modified (fixture->document, FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->document);
  spin (20);
}

static DebriefEventRef
nth_point_event (Fixture *fixture,
                 guint    skip)
{
  for (guint i = 0; i < debrief_event_store_get_n_events (fixture->events); i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (fixture->events, i);

      if (debrief_event_store_get (fixture->events, ref)->end == DEBRIEF_TIME_NONE && skip-- == 0)
        return ref;
    }
  g_assert_not_reached ();
}

static void
select_event (Fixture         *fixture,
              DebriefEventRef  ref)
{
  debrief_timeline_view_select (fixture->view, ref, TRUE);
  spin (50);
}

static GtkEditable *
inspector_row (Fixture    *fixture,
               const char *title)
{
  GtkWidget *widget = GTK_WIDGET (fixture->window->event_inspector);

  /* Walk the inspector for the entry row with this title. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;)
    {
      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return GTK_EDITABLE (child);
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != widget && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == widget ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_not_reached ();
}

static GtkTextBuffer *
inspector_text (Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->window->event_inspector);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;)
    {
      if (GTK_IS_TEXT_VIEW (child))
        return gtk_text_view_get_buffer (GTK_TEXT_VIEW (child));
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != widget && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == widget ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_not_reached ();
}

/* Typing into the text edits the event live, as one undo step. */
static void
test_inspector_text (Fixture       *fixture,
                     gconstpointer  data)
{
  DebriefEventRef ref = nth_point_event (fixture, 10);
  g_autofree char *original = g_strdup (debrief_event_store_get (fixture->events, ref)->text);
  GtkTextBuffer *buffer;

  select_event (fixture, ref);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inspector_stack), ==, "event");
  buffer = inspector_text (fixture);
  gtk_text_buffer_set_text (buffer, "We", -1);
  gtk_text_buffer_set_text (buffer, "We saw", -1);
  gtk_text_buffer_set_text (buffer, "We saw lag", -1);
  spin (10);
  g_assert_cmpstr (debrief_event_store_get (fixture->events, ref)->text, ==, "We saw lag");
  g_assert_true (debrief_document_get_modified (fixture->document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture->window)), "•"));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "undo", NULL);
  spin (10);
  g_assert_cmpstr (debrief_event_store_get (fixture->events, ref)->text, ==, original);
  g_assert_false (debrief_document_get_modified (fixture->document));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, original);
  }
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "redo", NULL);
  g_assert_cmpstr (debrief_event_store_get (fixture->events, ref)->text, ==, "We saw lag");
}

/* A time that does not parse is marked and never applied; one that does
 * moves the event. */
static void
test_inspector_start_time (Fixture       *fixture,
                           gconstpointer  data)
{
  DebriefEventRef ref = nth_point_event (fixture, 20);
  gint64 start = debrief_event_store_get (fixture->events, ref)->start;
  GtkEditable *row;

  select_event (fixture, ref);
  row = inspector_row (fixture, "Start");
  gtk_editable_set_text (row, "25:99");
  spin (5);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpint (debrief_event_store_get (fixture->events, ref)->start, ==, start);
  g_assert_false (debrief_document_get_modified (fixture->document));

  gtk_editable_set_text (row, "+00:14:05");
  spin (5);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpint (debrief_event_store_get (fixture->events, ref)->start, ==,
                   debrief_review_get_origin (fixture->review) + (14 * 60 + 5) * DEBRIEF_USEC_PER_SEC);

  gtk_editable_set_text (inspector_row (fixture, "End"), "2026-03-14T07:00:00Z");
  spin (5);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (inspector_row (fixture, "End")), "error"));
  g_assert_cmpint (debrief_event_store_get (fixture->events, ref)->end, ==, DEBRIEF_TIME_NONE);
}

/* Dragging an event to another lane moves it there and later in time, as
 * one step that undoes. */
static void
test_drag_moves_event (Fixture       *fixture,
                       gconstpointer  data)
{
  DebriefEventRef ref = nth_point_event (fixture, 30);
  DebriefEvent before = *debrief_event_store_get (fixture->events, ref);
  const DebriefTimelineRow *target = NULL;
  double x, y;

  debrief_timeline_view_fit (fixture->view, FALSE);
  spin (20);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->view->layout) && target == NULL; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->view->layout, i);

      if (row->kind == DEBRIEF_ROW_LANE && row->lane_key != before.lane)
        target = row;
    }
  g_assert_nonnull (target);
  g_assert_true (debrief_timeline_view_get_event_position (fixture->view, ref, &x, &y));

  {
    DebriefTimelineFrame frame;
    double target_y;

    _debrief_timeline_view_make_frame (fixture->view, &frame);
    target_y = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y + target->y + 10;
    g_assert_true (_debrief_timeline_view_edit_drag_begin (fixture->view, x, y, 0));
    _debrief_timeline_view_edit_drag_update (fixture->view, x + 40, (y + target_y) / 2, 0);
    _debrief_timeline_view_edit_drag_update (fixture->view, x + 80, target_y, 0);
    _debrief_timeline_view_edit_drag_end (fixture->view);
  }
  g_assert_cmpuint (debrief_event_store_get (fixture->events, ref)->lane, ==, target->lane_key);
  g_assert_cmpint (debrief_event_store_get (fixture->events, ref)->start, >, before.start);
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Move Event");
  debrief_history_undo (fixture->history);
  g_assert_cmpuint (debrief_event_store_get (fixture->events, ref)->lane, ==, before.lane);
  g_assert_cmpint (debrief_event_store_get (fixture->events, ref)->start, ==, before.start);
}

/* Double-clicking an empty part of a lane adds an event there, selected
 * and ready for its text; Delete removes it again. */
static void
test_double_click_adds_delete_removes (Fixture       *fixture,
                                       gconstpointer  data)
{
  guint n = debrief_event_store_get_n_events (fixture->events);
  const DebriefTimelineRow *row = NULL;
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  DebriefEventRef added;
  double x, y;

  debrief_timeline_view_fit (fixture->view, FALSE);
  spin (20);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->view->layout) && row == NULL; i++)
    if (debrief_timeline_layout_get_row (fixture->view->layout, i)->kind == DEBRIEF_ROW_LANE)
      row = debrief_timeline_layout_get_row (fixture->view->layout, i);
  _debrief_timeline_view_make_frame (fixture->view, &frame);
  x = debrief_timeline_frame_get_plot_x (&frame) + 8;   /* before the first event */
  y = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y + row->y + row->height - 4;
  g_assert_true (debrief_timeline_renderer_hit_test (fixture->view->renderer, &frame, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_LANE);

  g_assert_true (_debrief_timeline_view_edit_click (fixture->view, 2, x, y, 0));
  spin (10);
  g_assert_cmpuint (debrief_event_store_get_n_events (fixture->events), ==, n + 1);
  added = debrief_timeline_viewport_get_selected_event (debrief_timeline_view_get_viewport (fixture->view));
  g_assert_true (debrief_event_store_is_live (fixture->events, added));
  g_assert_cmpuint (debrief_event_store_get (fixture->events, added)->lane, ==, row->lane_key);
  g_assert_cmpint (debrief_event_store_get (fixture->events, added)->start % DEBRIEF_USEC_PER_MSEC, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inspector_stack), ==, "event");
  /* The window's focus widget, active window or not: other tests running
   * on the same display may hold the X focus. */
  g_assert_true (GTK_IS_TEXT_VIEW (gtk_root_get_focus (GTK_ROOT (fixture->window))));

  g_assert_true (_debrief_timeline_view_edit_key (fixture->view, GDK_KEY_Delete, 0));
  g_assert_cmpuint (debrief_event_store_get_n_events (fixture->events), ==, n);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inspector_stack), ==, "empty");
}

/* Ctrl+click builds a selection; the inspector offers to act on all. */
static void
test_multiple_selection (Fixture       *fixture,
                         gconstpointer  data)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->view);
  DebriefEventRef a = nth_point_event (fixture, 5), b = nth_point_event (fixture, 6);
  gint64 a_start = debrief_event_store_get (fixture->events, a)->start;
  guint n;

  debrief_timeline_viewport_set_selected_event (viewport, a);
  debrief_timeline_viewport_toggle_selected (viewport, b);
  spin (5);
  debrief_timeline_viewport_get_selection (viewport, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inspector_stack), ==, "many");
  g_assert_cmpstr (adw_status_page_get_title (fixture->window->many_page), ==, "2 Events Selected");

  /* Ctrl+Shift+arrow: the next event joins, the others stay. */
  g_assert_true (_debrief_timeline_view_edit_key (fixture->view, GDK_KEY_Right, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  debrief_timeline_viewport_get_selection (viewport, &n);
  g_assert_cmpuint (n, >=, 2);
  g_assert_true (debrief_timeline_viewport_is_selected (viewport, a));
  g_assert_true (debrief_timeline_viewport_is_selected (viewport, b));
  debrief_timeline_viewport_set_selected_event (viewport, a);
  debrief_timeline_viewport_toggle_selected (viewport, b);

  g_assert_true (_debrief_timeline_view_edit_key (fixture->view, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpint (debrief_event_store_get (fixture->events, a)->start, >, a_start);
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Move 2 Events");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "delete-selection", NULL);
  g_assert_false (debrief_event_store_is_live (fixture->events, a));
  g_assert_false (debrief_event_store_is_live (fixture->events, b));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "undo", NULL);
  g_assert_true (debrief_event_store_is_live (fixture->events, a));
}

/* A marked range becomes a phase, named in the inspector; undo takes the
 * name back, then the phase. */
static void
test_phase_from_range (Fixture       *fixture,
                       gconstpointer  data)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->view);
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (fixture->review));
  guint n = g_list_model_get_n_items (phases);
  gint64 origin = debrief_review_get_origin (fixture->review);
  DebriefPhase *phase;
  GtkWidget *inspector = GTK_WIDGET (fixture->window->phase_inspector);
  GtkEditable *name = NULL;

  debrief_timeline_viewport_set_range (viewport, origin + 60 * DEBRIEF_USEC_PER_SEC, origin + 120 * DEBRIEF_USEC_PER_SEC);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "add-phase", NULL);
  spin (10);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, n + 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->inspector_stack), ==, "phase");
  phase = debrief_phase_inspector_get_phase (fixture->window->phase_inspector);
  g_assert_cmpint (debrief_phase_get_start (phase), ==, origin + 60 * DEBRIEF_USEC_PER_SEC);
  g_assert_cmpint (debrief_phase_get_end (phase), ==, origin + 120 * DEBRIEF_USEC_PER_SEC);

  for (GtkWidget *child = gtk_widget_get_first_child (inspector); child != NULL && name == NULL;)
    {
      if (ADW_IS_ENTRY_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), "Name") == 0)
        name = GTK_EDITABLE (child);
      else if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != inspector && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == inspector ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_nonnull (name);
  gtk_editable_set_text (name, "Escalation");
  gtk_editable_set_text (name, "Escalation to DBA");
  g_assert_cmpstr (debrief_phase_get_name (phase), ==, "Escalation to DBA");

  debrief_history_undo (fixture->history);
  g_assert_cmpstr (debrief_phase_get_name (phase), ==, "New phase");
  debrief_history_undo (fixture->history);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, n);
}

/* Dragging a lane's header onto another lane's row moves it there. */
static void
test_drag_lane_header (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *lanes = debrief_review_get_lanes (fixture->review);
  g_autoptr(DebriefLane) first = g_list_model_get_item (lanes, 0);
  const DebriefTimelineRow *from = debrief_timeline_layout_find_lane (fixture->view->layout, debrief_lane_get_key (first));
  const DebriefTimelineRow *to = NULL;
  DebriefTimelineFrame frame;
  double top;

  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->view->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->view->layout, i);

      if (row->kind == DEBRIEF_ROW_LANE && debrief_review_get_lane_position (fixture->review, row->lane) == 2)
        to = row;
    }
  g_assert_nonnull (to);
  _debrief_timeline_view_make_frame (fixture->view, &frame);
  top = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y;
  g_assert_true (_debrief_timeline_view_edit_drag_begin (fixture->view, 40, top + from->y + 10, 0));
  _debrief_timeline_view_edit_drag_update (fixture->view, 40, top + to->y + 10, 0);
  _debrief_timeline_view_edit_drag_end (fixture->view);
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, first), ==, 2);
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Move Lane");
  debrief_history_undo (fixture->history);
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, first), ==, 0);
}

/* A tag in use is one click away, and becomes the event's tag. */
static void
test_tag_suggestion (Fixture       *fixture,
                     gconstpointer  data)
{
  DebriefEventRef ref = nth_point_event (fixture, 0);
  GtkWidget *inspector = GTK_WIDGET (fixture->window->event_inspector);
  GtkWidget *button = NULL;
  const char *tag;
  const DebriefEventExtras *extras;

  select_event (fixture, ref);
  for (GtkWidget *child = gtk_widget_get_first_child (inspector); child != NULL && button == NULL;)
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_get_ancestor (child, GTK_TYPE_FLOW_BOX) != NULL)
        button = child;
      else if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != inspector && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          child = child == inspector ? NULL : gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_nonnull (button);
  tag = gtk_button_get_label (GTK_BUTTON (button));
  g_assert_cmpstr (tag, ==, "customer-impact");  /* the example's most used tag */
  g_signal_emit_by_name (button, "clicked");
  spin (5);
  extras = debrief_event_store_get_extras (fixture->events, debrief_event_store_get (fixture->events, ref));
  g_assert_nonnull (extras);
  g_assert_true (g_strv_contains ((const char * const *) extras->tags, "customer-impact"));
  g_assert_cmpstr (gtk_editable_get_text (inspector_row (fixture, "Tags")), ==, "customer-impact");
}

/* Hiding a kind through the search bar's popover takes it out of the
 * timeline and the Events list; nothing is deleted. */
static void
test_hide_kind (Fixture       *fixture,
                gconstpointer  data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (fixture->window->filter_button);
  guint n = debrief_event_store_get_n_events (fixture->events), logs = 0;
  GtkCheckButton *log_check = NULL;
  GListModel *rows;
  DebriefEventRef first_log = DEBRIEF_EVENT_REF_NONE, first_chat = DEBRIEF_EVENT_REF_NONE;

  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (fixture->events, i);
      const char *kind = debrief_event_store_get_kind_name (fixture->events, debrief_event_store_get (fixture->events, ref)->kind);

      logs += g_str_equal (kind, "log");
      if (g_str_equal (kind, "log") && first_log == DEBRIEF_EVENT_REF_NONE)
        first_log = ref;
      if (g_str_equal (kind, "chat") && first_chat == DEBRIEF_EVENT_REF_NONE)
        first_chat = ref;
    }
  g_assert_cmpuint (logs, >, 0);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "find", NULL);
  gtk_popover_popup (popover);
  spin (20);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->window->filter_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), "Log line") == 0)
      log_check = GTK_CHECK_BUTTON (child);
  g_assert_nonnull (log_check);
  gtk_check_button_set_active (log_check, FALSE);
  spin (20);

  g_assert_cmpuint (debrief_timeline_layout_get_hidden_kinds (fixture->view->layout), !=, 0);
  rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (fixture->window->events_view))))));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n - logs);
  g_assert_cmpuint (debrief_event_store_get_n_events (fixture->events), ==, n);
  debrief_events_view_set_selected_event (fixture->window->events_view, first_chat);
  g_assert_cmpuint (debrief_events_view_get_selected_event (fixture->window->events_view), ==, first_chat);
  debrief_events_view_set_selected_event (fixture->window->events_view, first_log);
  g_assert_cmpuint (debrief_events_view_get_selected_event (fixture->window->events_view), ==, DEBRIEF_EVENT_REF_NONE);

  gtk_check_button_set_active (log_check, TRUE);
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n);
  gtk_popover_popdown (popover);
}

/* Ctrl+Shift+P puts every account side by side, and takes them away. */
static void
test_toggle_perspectives (Fixture       *fixture,
                          gconstpointer  data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_perspectives (fixture->review)));

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->view->layout), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  spin (10);
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->view->layout), ==, n);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-perspectives", NULL);
  spin (10);
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->view->layout), ==, 0);
}

/* The quick-entry bar: pick who speaks, type, Enter — an entry in their
 * perspective, stated in the review, one undoable step. */
static void
test_capture (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (fixture->review));
  g_autoptr(DebriefPerspective) tomas = NULL;
  g_autoptr(DebriefPerspectiveEntry) last = NULL;
  guint n_entries, speaker = G_MAXUINT;
  GListModel *speakers;

  for (guint i = 0; i < g_list_model_get_n_items (perspectives) && tomas == NULL; i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);

      if (g_str_equal (debrief_perspective_get_participant (perspective), "tomas"))
        tomas = g_steal_pointer (&perspective);
    }
  g_assert_nonnull (tomas);
  n_entries = g_list_model_get_n_items (debrief_perspective_get_entries (tomas));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "capture", NULL);
  spin (10);
  g_assert_true (gtk_revealer_get_reveal_child (fixture->window->capture_revealer));
  speakers = gtk_drop_down_get_model (fixture->window->capture_speaker);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (speakers), i), "Tomás Lindqvist"))
      speaker = i;
  g_assert_cmpuint (speaker, !=, G_MAXUINT);
  gtk_drop_down_set_selected (fixture->window->capture_speaker, speaker);
  gtk_drop_down_set_selected (fixture->window->capture_kind, DEBRIEF_ENTRY_KIND_BELIEVED);
  debrief_timeline_view_select (fixture->view, nth_point_event (fixture, 40), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->capture_entry), "I thought the LB was dropping packets");
  g_signal_emit_by_name (fixture->window->capture_entry, "activate");

  g_assert_cmpuint (g_list_model_get_n_items (debrief_perspective_get_entries (tomas)), ==, n_entries + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->window->capture_entry)), ==, "");
  for (guint i = 0; i < n_entries + 1; i++)
    {
      g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (debrief_perspective_get_entries (tomas), i);

      if (g_strcmp0 (debrief_perspective_entry_get_text (entry), "I thought the LB was dropping packets") == 0)
        last = g_steal_pointer (&entry);
    }
  g_assert_nonnull (last);
  g_assert_cmpint (debrief_perspective_entry_get_kind (last), ==, DEBRIEF_ENTRY_KIND_BELIEVED);
  g_assert_cmpint (debrief_perspective_entry_get_origin (last), ==, DEBRIEF_ENTRY_ORIGIN_TESTIMONY);
  g_assert_cmpint (debrief_perspective_entry_get_start (last), ==,
                   debrief_event_store_get (fixture->events, nth_point_event (fixture, 40))->start);
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Add Entry");
  debrief_history_undo (fixture->history);
  g_assert_cmpuint (g_list_model_get_n_items (debrief_perspective_get_entries (tomas)), ==, n_entries);

  /* "dan: …" names Daniel as the speaker. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->capture_entry), "dan: the canary was clean");
  g_signal_emit_by_name (fixture->window->capture_entry, "activate");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (speakers),
                                               gtk_drop_down_get_selected (fixture->window->capture_speaker)),
                   ==, "Daniel Reyes");
  debrief_history_undo (fixture->history);

  /* Only for me: a private note. */
  gtk_check_button_set_active (fixture->window->capture_private, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->capture_entry), "ask Tomás about the pcap");
  g_signal_emit_by_name (fixture->window->capture_entry, "activate");
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Add Private Note");
}

/* Ctrl+K: only what was known at T; ] steps T to the next event, and what
 * lies beyond cannot be pointed at. */
static void
test_playhead (Fixture       *fixture,
               gconstpointer  data)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->view);
  DebriefEventRef first = debrief_event_store_get_nth (fixture->events, 0);
  DebriefEventRef later = nth_point_event (fixture, 60);
  gint64 t;
  double x, y;
  DebriefTimelineHit hit;
  DebriefTimelineFrame frame;

  debrief_timeline_view_select (fixture->view, first, FALSE);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "playhead", NULL);
  t = debrief_timeline_viewport_get_playhead (viewport);
  g_assert_cmpint (t, ==, debrief_event_store_get (fixture->events, first)->start);
  g_assert_true (_debrief_timeline_view_playhead_key (fixture->view, GDK_KEY_bracketright));
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (viewport), >, t);
  g_assert_true (_debrief_timeline_view_playhead_key (fixture->view, GDK_KEY_bracketleft));
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (viewport), ==, t);

  /* The Events list lists only what came before T too. */
  {
    GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (
      gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (fixture->window->events_view))))));
    guint known = debrief_event_store_lower_bound (fixture->events, t + 1);

    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, known);
    g_assert_cmpuint (known, <, debrief_event_store_get_n_events (fixture->events));
    debrief_events_view_set_selected_event (fixture->window->events_view, later);
    g_assert_cmpuint (debrief_events_view_get_selected_event (fixture->window->events_view), ==, DEBRIEF_EVENT_REF_NONE);
  }

  debrief_timeline_view_fit (fixture->view, FALSE);
  spin (10);
  g_assert_true (debrief_timeline_view_get_event_position (fixture->view, later, &x, &y));
  _debrief_timeline_view_make_frame (fixture->view, &frame);
  g_assert_true (debrief_timeline_renderer_hit_test (fixture->view->renderer, &frame, x, y, &hit));
  g_assert_cmpint (hit.kind, !=, DEBRIEF_HIT_EVENT);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "playhead", NULL);
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (viewport), ==, DEBRIEF_TIME_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (
    gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (fixture->window->events_view))))))), ==,
                   debrief_event_store_get_n_events (fixture->events));
  g_assert_false (_debrief_timeline_view_playhead_key (fixture->view, GDK_KEY_bracketright));
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

#define ADD(path, func) g_test_add ("/editing/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("inspector-text", test_inspector_text);
  ADD ("inspector-start-time", test_inspector_start_time);
  ADD ("drag-moves-event", test_drag_moves_event);
  ADD ("double-click-adds-delete-removes", test_double_click_adds_delete_removes);
  ADD ("multiple-selection", test_multiple_selection);
  ADD ("phase-from-range", test_phase_from_range);
  ADD ("drag-lane-header", test_drag_lane_header);
  ADD ("tag-suggestion", test_tag_suggestion);
  ADD ("hide-kind", test_hide_kind);
  ADD ("toggle-perspectives", test_toggle_perspectives);
  ADD ("capture", test_capture);
  ADD ("playhead", test_playhead);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
