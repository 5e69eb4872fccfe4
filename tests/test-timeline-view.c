/* test-timeline-view.c — the timeline widget under Xvfb, with real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "debrief-application.h"
#include "debrief-events-view.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"
#include "debrief-window.h"

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

/* A window holding only a timeline, 1280×720, shown and laid out. */
static DebriefTimelineView *
show_timeline (GtkWindow     **out_window,
               DebriefReview  *review)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  DebriefTimelineView *view = DEBRIEF_TIMELINE_VIEW (debrief_timeline_view_new ());

  gtk_window_set_default_size (window, 1280, 720);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  debrief_timeline_view_set_review (view, review);
  spin (200);
  *out_window = window;
  return view;
}

static gint64
time_at_x (DebriefTimelineView *view,
           double               x)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;

  _debrief_timeline_view_make_frame (view, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  return debrief_time_scale_to_time (&scale, x - debrief_timeline_frame_get_plot_x (&frame));
}

static void
test_zoom_keeps_time_under_pointer (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 800);
  for (guint i = 0; i < 20; i++)
    {
      double x = g_test_rand_double_range (300, 1200);
      double factor = g_test_rand_double_range (0.5, 2.5);
      gint64 before = time_at_x (view, x), after;
      DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (view);
      double usec_per_px;

      debrief_timeline_view_zoom (view, factor, x);
      after = time_at_x (view, x);
      usec_per_px = (double) (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport)) /
                    (gtk_widget_get_width (view->chart) - debrief_timeline_view_get_plot_x (view));
      g_assert_cmpfloat (ABS (after - before), <=, usec_per_px + 1);
    }
  gtk_window_destroy (window);
}

static void
test_fit_shows_every_event (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  double plot_x = debrief_timeline_view_get_plot_x (view), width = gtk_widget_get_width (view->chart);

  debrief_timeline_view_zoom (view, 8, 600);
  debrief_timeline_view_fit (view, FALSE);
  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);
      const DebriefEvent *event = debrief_event_store_get (events, ref);
      double x, y;

      g_assert_true (debrief_timeline_view_get_event_position (view, ref, &x, &y));
      g_assert_cmpfloat (x, >=, plot_x);
      g_assert_cmpfloat (x, <=, width);
      if (event->end != DEBRIEF_TIME_NONE)
        {
          DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (view);

          g_assert_cmpint (event->end, <=, debrief_timeline_viewport_get_end (viewport));
        }
    }
  gtk_window_destroy (window);
}

/* Tab moves the focus from event to event, in time order. */
static void
test_keyboard_walks_time_order (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (view);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (view)));
  for (guint i = 0; i < 40; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
      g_assert_cmpuint (debrief_timeline_viewport_get_selected_event (viewport), ==,
                        debrief_event_store_get_nth (events, i));
    }
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_BACKWARD));
  g_assert_cmpuint (debrief_timeline_viewport_get_selected_event (viewport), ==, debrief_event_store_get_nth (events, 38));

  /* Right and Left stay in the lane, in time order. */
  {
    DebriefEventRef start = debrief_timeline_viewport_get_selected_event (viewport), next;
    const DebriefEvent *event = debrief_event_store_get (events, start);

    _debrief_timeline_view_move_focus (view, GTK_DIR_RIGHT, FALSE);
    next = debrief_timeline_viewport_get_selected_event (viewport);
    g_assert_cmpuint (debrief_event_store_get (events, next)->lane, ==, event->lane);
    g_assert_cmpint (debrief_event_store_get (events, next)->start, >=, event->start);
    _debrief_timeline_view_move_focus (view, GTK_DIR_LEFT, FALSE);
    g_assert_cmpuint (debrief_timeline_viewport_get_selected_event (viewport), ==, start);
  }

  /* Down from the first lane reaches the second, at the nearest time. */
  {
    DebriefReview *r = debrief_timeline_view_get_review (view);
    guint32 first_lane = debrief_lane_get_key (debrief_review_lookup_lane (r, "maya"));
    guint32 second_lane = debrief_lane_get_key (debrief_review_lookup_lane (r, "priya"));
    guint n_first, n_second;
    const DebriefEventRef *first_refs = debrief_event_store_lane_peek_refs (events, first_lane, &n_first);
    const DebriefEventRef *second_refs = debrief_event_store_lane_peek_refs (events, second_lane, &n_second);
    const DebriefEvent *from = debrief_event_store_get (events, first_refs[n_first / 2]);
    DebriefEventRef reached;
    gint64 best = G_MAXINT64;

    debrief_timeline_view_select (view, first_refs[n_first / 2], FALSE);
    _debrief_timeline_view_move_focus (view, GTK_DIR_DOWN, TRUE);
    reached = debrief_timeline_viewport_get_selected_event (viewport);
    g_assert_cmpuint (debrief_event_store_get (events, reached)->lane, ==, second_lane);
    for (guint i = 0; i < n_second; i++)
      best = MIN (best, ABS (debrief_event_store_get (events, second_refs[i])->start - from->start));
    g_assert_cmpint (ABS (debrief_event_store_get (events, reached)->start - from->start), ==, best);
    _debrief_timeline_view_move_focus (view, GTK_DIR_UP, TRUE);
    g_assert_cmpuint (debrief_event_store_get (events, debrief_timeline_viewport_get_selected_event (viewport))->lane,
                      ==, first_lane);
  }
  gtk_window_destroy (window);
}

/* The focused event keeps in view: stepping to the last event pans there. */
static void
test_focus_kept_in_view (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  DebriefEventRef last = debrief_event_store_get_nth (events, debrief_event_store_get_n_events (events) - 1);
  double x, y;

  debrief_timeline_view_zoom_to (view, debrief_event_store_get (events, debrief_event_store_get_nth (events, 0))->start,
                                 debrief_event_store_get (events, debrief_event_store_get_nth (events, 0))->start +
                                 DEBRIEF_USEC_PER_MIN, FALSE);
  debrief_timeline_view_select (view, last, TRUE);
  spin (400);
  g_assert_true (debrief_timeline_view_get_event_position (view, last, &x, &y));
  g_assert_cmpfloat (x, >, debrief_timeline_view_get_plot_x (view));
  g_assert_cmpfloat (x, <, gtk_widget_get_width (view->chart));
  gtk_window_destroy (window);
}

/* Hovering redraws the marks layer only; the chart's render node stays. */
static void
test_hover_does_not_redraw_chart (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  guint frames;

  spin (50);
  frames = debrief_timeline_view_get_frames_drawn (view);
  g_assert_cmpuint (frames, >, 0);
  for (guint i = 0; i < 30; i++)
    {
      _debrief_timeline_view_update_hover (view, 300 + i * 25, 200);
      spin (5);
    }
  g_assert_cmpuint (debrief_timeline_view_get_frames_drawn (view), ==, frames);
  debrief_timeline_view_zoom (view, 2, 600);
  spin (50);
  g_assert_cmpuint (debrief_timeline_view_get_frames_drawn (view), >, frames);
  gtk_window_destroy (window);
}

static void
test_accessible_announces_focus (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  DebriefEventRef ref = debrief_event_store_get_nth (debrief_review_get_events (review), 3);
  g_autofree char *description = NULL;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
  debrief_timeline_view_select (view, ref, FALSE);
  description = _debrief_timeline_view_describe_event (view, ref, FALSE);
  g_assert_nonnull (strstr (description, debrief_event_store_get (debrief_review_get_events (review), ref)->text));
  /* Other people's text is isolated, so an override in it stays inside. */
  g_assert_true (g_str_has_prefix (description, "\u2068"));
  g_assert_nonnull (strstr (description, ": \u2068"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_window_destroy (window);
}

static gboolean
has_document (gpointer data)
{
  return debrief_window_get_document (data) != NULL;
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* In the real window, the timeline and the Events list share one selection. */
static void
test_selection_shared_with_events_list (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefWindow *window = debrief_window_new (application);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  DebriefTimelineView *timeline;
  DebriefEventsView *list;
  DebriefEventStore *events;
  DebriefTimelineViewport *viewport;

  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  while (!has_document (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      spin (1);
    }
  spin (100);

  timeline = DEBRIEF_TIMELINE_VIEW (find_widget_of_type (GTK_WIDGET (window), DEBRIEF_TYPE_TIMELINE_VIEW));
  list = DEBRIEF_EVENTS_VIEW (find_widget_of_type (GTK_WIDGET (window), DEBRIEF_TYPE_EVENTS_VIEW));
  g_assert_nonnull (timeline);
  g_assert_nonnull (list);
  events = debrief_review_get_events (debrief_document_get_review (debrief_window_get_document (window)));
  viewport = debrief_timeline_view_get_viewport (timeline);

  /* Opening a review puts the keyboard on the timeline. */
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (timeline)));

  debrief_timeline_view_select (timeline, debrief_event_store_get_nth (events, 42), TRUE);
  g_assert_cmpuint (debrief_events_view_get_selected_event (list), ==, debrief_event_store_get_nth (events, 42));

  debrief_events_view_set_selected_event (list, debrief_event_store_get_nth (events, 120));
  g_assert_cmpuint (debrief_timeline_viewport_get_selected_event (viewport), ==,
                    debrief_event_store_get_nth (events, 120));

  debrief_timeline_viewport_set_selected_event (viewport, DEBRIEF_EVENT_REF_NONE);
  g_assert_cmpuint (debrief_events_view_get_selected_event (list), ==, DEBRIEF_EVENT_REF_NONE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A marked range offers “Zoom to <duration>”; pressing it shows exactly
 * that time and clears the mark. */
static void
test_range_bar_zooms_to_range (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (view);
  gint64 start = debrief_timeline_viewport_get_start (viewport) + 10 * DEBRIEF_USEC_PER_MIN;
  gint64 end = start + 150 * DEBRIEF_USEC_PER_SEC, range_start, range_end;

  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (view->range_bar)));
  debrief_timeline_viewport_set_range (viewport, start, end);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (view->range_bar)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (view->range_zoom_button)), ==, "_Zoom to 2 min 30 s");

  spin (100);
  g_assert_true (gtk_widget_get_mapped (view->range_zoom_button));
  gtk_widget_activate (view->range_zoom_button);
  for (guint i = 0; i < 400 && debrief_timeline_viewport_get_start (viewport) != start; i++)
    spin (10);
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), ==, start);
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport), ==, end);
  g_assert_false (debrief_timeline_viewport_get_range (viewport, &range_start, &range_end));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (view->range_bar)));
  gtk_window_destroy (window);
}

/* A zoom step with the pointer away from the chart (the header bar's
 * buttons) keeps the middle of the chart still and ends at exactly the
 * step's factor, once the animation has run. */
static void
test_zoom_step_about_middle (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWindow *window;
  DebriefTimelineView *view = show_timeline (&window, review);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (view);
  double middle_x = (debrief_timeline_view_get_plot_x (view) + gtk_widget_get_width (view->chart)) / 2;
  gint64 middle = time_at_x (view, middle_x);
  gint64 span = debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport);
  gint64 target = (gint64) (span / DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);

  view->pointer_x = -1;
  debrief_timeline_view_zoom_step (view, DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);
  for (guint i = 0; i < 400 && ABS (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport) - target) > 2; i++)
    spin (10);
  g_assert_cmpint (ABS (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport) - target), <=, 2);
  g_assert_cmpint (ABS (time_at_x (view, middle_x) - middle), <, span / 1000);
  gtk_window_destroy (window);
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

  g_test_add_func ("/timeline-view/zoom-keeps-time-under-pointer", test_zoom_keeps_time_under_pointer);
  g_test_add_func ("/timeline-view/fit-shows-every-event", test_fit_shows_every_event);
  g_test_add_func ("/timeline-view/keyboard-walks-time-order", test_keyboard_walks_time_order);
  g_test_add_func ("/timeline-view/focus-kept-in-view", test_focus_kept_in_view);
  g_test_add_func ("/timeline-view/hover-does-not-redraw-chart", test_hover_does_not_redraw_chart);
  g_test_add_func ("/timeline-view/accessible-announces-focus", test_accessible_announces_focus);
  g_test_add_func ("/timeline-view/selection-shared-with-events-list", test_selection_shared_with_events_list);
  g_test_add_func ("/timeline-view/range-bar-zooms-to-range", test_range_bar_zooms_to_range);
  g_test_add_func ("/timeline-view/zoom-step-about-middle", test_zoom_step_about_middle);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
