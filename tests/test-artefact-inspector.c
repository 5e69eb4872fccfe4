/* test-artefact-inspector.c — an image's inspector in the window: a click
 * on its marker shows it, each edit is one undoable step, the marker
 * follows, and the viewer is one step away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-artefact-inspector.h"
#include "debrief-artefact-viewer.h"
#include "debrief-document.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

typedef struct {
  DebriefWindow       *window;
  DebriefDocument     *document;
  DebriefReview       *review;
  DebriefHistory      *history;
  DebriefTimelineView *view;
  DebriefArtefact     *artefact;
  char                *image_path;
} Fixture;

static void
spin (guint iterations)
{
  for (guint i = 0; i < iterations; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  fixture->image_path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief.d",
                                               "checkout-p99-dashboard.png", NULL);
  fixture->window = debrief_window_new (application);
  fixture->document = debrief_document_new_for_review (review, file);
  fixture->review = debrief_document_get_review (fixture->document);
  fixture->history = debrief_document_get_history (fixture->document);
  fixture->view = fixture->window->timeline_view;
  fixture->artefact = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_artefacts (fixture->review)), 0);
  g_assert_cmpstr (debrief_artefact_get_lane (fixture->artefact), ==, "dev");
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 800);
  debrief_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_document_set_modified (fixture->document, FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->artefact);
  g_object_unref (fixture->document);
  g_free (fixture->image_path);
  spin (20);
}

/* What is under the point where the image's marker is drawn at @time on
 * its lane: the renderer's own hit test, as a click would ask it. */
static DebriefArtefact *
artefact_at (Fixture *fixture,
             gint64   time)
{
  DebriefLane *lane = debrief_review_lookup_lane (fixture->review, "dev");
  const DebriefTimelineStyle *style;
  const DebriefTimelineRow *row;
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  DebriefTimeScale scale;
  double x, y;

  spin (20);
  _debrief_timeline_view_make_frame (fixture->view, &frame);
  style = frame.style;
  row = debrief_timeline_layout_find_lane (frame.layout, debrief_lane_get_key (lane));
  g_assert_nonnull (row);
  debrief_timeline_frame_get_scale (&frame, &scale);
  x = debrief_timeline_frame_get_plot_x (&frame) + debrief_time_scale_to_x (&scale, time);
  y = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y + row->y + 2 + style->glyph_size / 2;
  if (!debrief_timeline_renderer_hit_test (fixture->view->renderer, &frame, x, y, &hit) ||
      hit.kind != DEBRIEF_HIT_ARTEFACT)
    return NULL;
  return hit.artefact;
}

static guint
count_viewers (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      n += DEBRIEF_IS_ARTEFACT_VIEWER (window);
    }
  return n;
}

static void
close_viewers (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i - 1);

      if (DEBRIEF_IS_ARTEFACT_VIEWER (window))
        gtk_window_destroy (GTK_WINDOW (window));
    }
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
field (Fixture    *fixture,
       const char *title)
{
  GtkWidget *found = find_widget (fixture->window->artefact_inspector, title);

  g_assert_nonnull (found);
  return found;
}

/* A click on the marker, as the timeline's click handler makes it. */
static void
click_marker (Fixture *fixture,
              int      n_press)
{
  DebriefArtefact *hit = artefact_at (fixture, debrief_artefact_get_start (fixture->artefact));

  g_assert_true (hit == fixture->artefact);
  g_assert_true (_debrief_timeline_view_click_artefact (fixture->view, hit, n_press));
  spin (20);
}

static gboolean
inspector_shown (Fixture *fixture)
{
  return gtk_stack_get_visible_child (fixture->window->inspector_stack) == fixture->window->artefact_inspector &&
         adw_flap_get_reveal_flap (fixture->window->inspector_flap);
}

/* A click selects and shows the inspector, opening nothing; a double-click,
 * Enter and Open Image open the viewer. */
static void
test_click_and_open (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_false (inspector_shown (fixture));
  g_assert_null (_debrief_timeline_view_get_selected_artefact (fixture->view));
  click_marker (fixture, 1);
  g_assert_true (inspector_shown (fixture));
  /* … and the marker gets its ring. */
  g_assert_true (_debrief_timeline_view_get_selected_artefact (fixture->view) == fixture->artefact);
  g_assert_true (debrief_artefact_inspector_get_artefact (DEBRIEF_ARTEFACT_INSPECTOR (fixture->window->artefact_inspector))
                 == fixture->artefact);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, "Title"))), ==,
                   "Checkout p99 dashboard, as Daniel saw it when paged");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (fixture, "File"))), ==,
                   "checkout-latency.debrief.d/checkout-p99-dashboard.png");
  g_assert_cmpuint (count_viewers (), ==, 0);

  /* A file that is not there says so, and why. */
  debrief_artefact_set_path (fixture->artefact, "checkout-latency.debrief.d/gone.png");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (fixture, "File"))), "Missing: "));
  g_assert_true (gtk_widget_has_css_class (field (fixture, "File"), "error"));
  debrief_artefact_set_path (fixture->artefact, "checkout-latency.debrief.d/checkout-p99-dashboard.png");
  g_assert_false (gtk_widget_has_css_class (field (fixture, "File"), "error"));

  click_marker (fixture, 2);
  g_assert_cmpuint (count_viewers (), ==, 1);
  g_assert_true (_debrief_timeline_view_artefact_key (fixture->view, GDK_KEY_Return));
  g_assert_cmpuint (count_viewers (), ==, 2);
  g_signal_emit_by_name (field (fixture, "_Open Image"), "clicked");
  g_assert_cmpuint (count_viewers (), ==, 3);
  close_viewers ();

  /* A click elsewhere forgets the image: Enter is the timeline's again. */
  g_assert_false (_debrief_timeline_view_click_artefact (fixture->view, NULL, 1));
  g_assert_null (_debrief_timeline_view_get_selected_artefact (fixture->view));
  g_assert_false (_debrief_timeline_view_artefact_key (fixture->view, GDK_KEY_Return));
  g_assert_cmpuint (count_viewers (), ==, 0);
}

/* Title, time and end: each one undoable step; the marker follows the time. */
static void
test_edit_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 start = debrief_artefact_get_start (fixture->artefact);
  gint64 later = start + 10 * DEBRIEF_USEC_PER_MIN - 2 * DEBRIEF_USEC_PER_SEC;  /* 09:20:00 Berlin */

  click_marker (fixture, 1);
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "Title")), "Dashboard");
  g_assert_cmpstr (debrief_artefact_get_title (fixture->artefact), ==, "Dashboard");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_artefact_get_title (fixture->artefact), ==, "Checkout p99 dashboard, as Daniel saw it when paged");

  debrief_history_seal (fixture->history);
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "Time")), "09:20:00");
  g_assert_cmpint (debrief_artefact_get_start (fixture->artefact), ==, later);
  g_assert_true (artefact_at (fixture, later) == fixture->artefact);
  g_assert_null (artefact_at (fixture, start));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpint (debrief_artefact_get_start (fixture->artefact), ==, start);
  g_assert_true (artefact_at (fixture, start) == fixture->artefact);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, "Time"))), ==, "09:10:02");

  debrief_history_seal (fixture->history);
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "End")), "09:20:00");
  g_assert_cmpint (debrief_artefact_get_end (fixture->artefact), ==, later);
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "End")), "");
  g_assert_cmpint (debrief_artefact_get_end (fixture->artefact), ==, DEBRIEF_TIME_NONE);
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "End")), "09:20:00");
  debrief_history_seal (fixture->history);
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpint (debrief_artefact_get_end (fixture->artefact), ==, DEBRIEF_TIME_NONE);
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* An end before the start, or a time that does not parse, is marked and
 * never applied. */
static void
test_end_before_start (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *end;

  click_marker (fixture, 1);
  end = field (fixture, "End");
  gtk_editable_set_text (GTK_EDITABLE (end), "09:00:00");
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  g_assert_cmpint (debrief_artefact_get_end (fixture->artefact), ==, DEBRIEF_TIME_NONE);
  g_assert_false (debrief_history_can_undo (fixture->history));
  gtk_editable_set_text (GTK_EDITABLE (field (fixture, "Time")), "half past nine");
  g_assert_true (gtk_widget_has_css_class (field (fixture, "Time"), "error"));
  g_assert_false (debrief_history_can_undo (fixture->history));
  gtk_editable_set_text (GTK_EDITABLE (end), "09:30:00");
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  g_assert_cmpint (debrief_artefact_get_end (fixture->artefact), >, debrief_artefact_get_start (fixture->artefact));
}

/* The lane: "None" puts it above all lanes; undo puts it back. */
static void
test_lane (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *lane;

  click_marker (fixture, 1);
  lane = field (fixture, "Lane");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (lane))), ==,
                   "Daniel Reyes");
  adw_combo_row_set_selected (ADW_COMBO_ROW (lane), 0);
  g_assert_null (debrief_artefact_get_lane (fixture->artefact));
  g_assert_null (artefact_at (fixture, debrief_artefact_get_start (fixture->artefact)));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_artefact_get_lane (fixture->artefact), ==, "dev");
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* Remove takes the image out of the review (its file stays) and goes back;
 * undo brings it back. */
static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (fixture->review));

  click_marker (fixture, 1);
  g_signal_emit_by_name (field (fixture, "_Remove Image"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (artefacts), ==, 0);
  g_assert_null (_debrief_timeline_view_get_selected_artefact (fixture->view));
  g_assert_false (inspector_shown (fixture));
  g_assert_null (artefact_at (fixture, debrief_artefact_get_start (fixture->artefact)));
  g_assert_true (g_file_test (fixture->image_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Remove Image");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (g_list_model_get_n_items (artefacts), ==, 1);
  g_assert_true (artefact_at (fixture, debrief_artefact_get_start (fixture->artefact)) == fixture->artefact);
}

#define ADD(path, func) \
  g_test_add ("/artefact-inspector/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  application = debrief_application_new ();
  /* Window tests run side by side: each its own instance, never a remote. */
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

  ADD ("click-and-open", test_click_and_open);
  ADD ("edit-fields", test_edit_fields);
  ADD ("end-before-start", test_end_before_start);
  ADD ("lane", test_lane);
  ADD ("remove", test_remove);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
