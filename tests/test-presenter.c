/* test-presenter.c — presenter mode through the real windows under Xvfb:
 * the facilitator's window and the projector, keys pressed on the X server
 *
 * Xvfb has one monitor, so the projector opens full screen in place, over
 * the facilitator's window — the path a laptop without a projector takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "debrief-application.h"
#include "debrief-presenter.h"
#include "debrief-time.h"
#include "debrief-timeline-steps.h"
#include "debrief-timeline-view.h"
#include "debrief-window.h"

static DebriefApplication *application;

static void
spin (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
spin_until (gboolean (*condition) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  spin ();
}

static gboolean
has_document (gpointer data)
{
  return debrief_window_get_document (data) != NULL;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static DebriefPresenterWindow *
find_projector (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (DEBRIEF_IS_PRESENTER_WINDOW (window))
        return DEBRIEF_PRESENTER_WINDOW (window);
    }
  return NULL;
}

static gboolean
no_projector (gpointer data)
{
  return find_projector () == NULL;
}

static DebriefTimelineView *
find_timeline (GtkWidget *widget)
{
  if (DEBRIEF_IS_TIMELINE_VIEW (widget))
    return DEBRIEF_TIMELINE_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      DebriefTimelineView *found = find_timeline (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static DebriefWindow *
open_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  spin_until (has_document, window);
  spin_until (is_mapped, window);
  return window;
}

static DebriefPresenterWindow *
start_presenting (DebriefWindow *window)
{
  DebriefPresenterWindow *projector;

  g_assert_null (find_projector ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  projector = find_projector ();
  g_assert_nonnull (projector);
  spin_until (is_mapped, projector);
  g_assert_nonnull (debrief_window_get_presenter (window));
  return projector;
}

/* ---- real keys, through the X server ------------------------------------------------ */

static gboolean
can_send_keys (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && g_getenv ("DISPLAY") != NULL;
}

/* Gives the projector the keyboard and presses @key there, as a
 * presentation clicker would. */
static void
press (const char *key)
{
  const char *focus[] = { "xdotool", "search", "--name", "Debrief Projector", "windowfocus", "--sync", NULL };
  const char *keys[] = { "xdotool", "key", "--clearmodifiers", key, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  spin ();
  g_spawn_sync (NULL, (char **) focus, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) keys, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

typedef struct {
  DebriefTimelineViewport *viewport;
  DebriefEventRef          ref;
} SelectionWait;

static gboolean
selection_is (gpointer data)
{
  SelectionWait *wait = data;

  return debrief_timeline_viewport_get_selected_event (wait->viewport) == wait->ref;
}

static void
press_and_expect_selection (const char              *key,
                            DebriefTimelineViewport *viewport,
                            DebriefEventRef          ref)
{
  SelectionWait wait = { viewport, ref };

  press (key);
  spin_until (selection_is, &wait);
}

/* ---- tests ------------------------------------------------------------------------- */

/* The projector shares the facilitator's view: what the facilitator does
 * there, the projector shows — and never their private notes. */
static void
test_projector_mirrors (void)
{
  DebriefWindow *window = open_example ();
  DebriefTimelineView *facilitator = find_timeline (GTK_WIDGET (window));
  DebriefPresenterWindow *projector = start_presenting (window);
  DebriefTimelineView *view = debrief_presenter_window_get_view (projector);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (facilitator);
  DebriefEventStore *events = debrief_review_get_events (debrief_timeline_view_get_review (facilitator));
  gint64 start = debrief_time_from_civil (2026, 3, 14, 8, 10, 0, 0);
  guint frames;

  /* Xvfb has one monitor: full screen in place. */
  g_assert_true (debrief_presenter_is_in_place (debrief_window_get_presenter (window)));
  g_assert_true (debrief_timeline_view_get_viewport (view) == viewport);
  g_assert_true (debrief_timeline_view_get_review (view) == debrief_timeline_view_get_review (facilitator));
  g_assert_false (debrief_timeline_view_get_shows_private (view));
  g_assert_true (debrief_timeline_view_get_shows_private (facilitator));
  g_assert_cmpfloat (debrief_timeline_view_get_style_scale (view), ==, 1.0);
  g_assert_false (gtk_widget_get_can_target (GTK_WIDGET (view)));

  /* Zoom and select on the laptop: the projector draws it. */
  spin ();
  frames = debrief_timeline_view_get_frames_drawn (view);
  debrief_timeline_view_zoom_to (facilitator, start, start + 5 * DEBRIEF_USEC_PER_MIN, FALSE);
  debrief_timeline_view_select (facilitator, debrief_event_store_lookup (events, "e60"), FALSE);
  /* The next frame comes with the frame clock, not within a few idle
   * iterations: wait for it (up to the deadline). */
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while (debrief_timeline_view_get_frames_drawn (view) <= frames && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), ==, start);
  g_assert_cmpuint (debrief_timeline_view_get_frames_drawn (view), >, frames);

  /* A point on the laptop's chart (for the spotlight) is the same event
   * on the projector. */
  {
    DebriefEventRef ref = debrief_event_store_lookup (events, "e60");
    double fx, fy, px, py, mx, my;

    g_assert_true (debrief_timeline_view_get_event_position (facilitator, ref, &fx, &fy));
    g_assert_true (debrief_timeline_view_get_event_position (view, ref, &px, &py));
    g_assert_true (debrief_timeline_view_map_point (view, facilitator, fx, fy, &mx, &my));
    g_assert_cmpfloat (fabs (mx - px), <, 2);
    g_assert_cmpfloat (fabs (my - py), <, 2);
    g_assert_cmpfloat (fabs (fx - px) + fabs (fy - py), >, 10);  /* the two charts differ */
  }

  /* The projection scale applies while presenting. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.debrief.Debrief");

    g_settings_set_double (settings, "projection-scale", 1.5);
    g_assert_cmpfloat (debrief_timeline_view_get_style_scale (view), ==, 1.5);
    g_settings_reset (settings, "projection-scale");
    g_assert_cmpfloat (debrief_timeline_view_get_style_scale (view), ==, 1.0);

    /* Roles instead of names: on the projector only, at once. */
    g_assert_false (debrief_timeline_view_get_pseudonymise (view));
    g_settings_set_boolean (settings, "projector-pseudonyms", TRUE);
    g_assert_true (debrief_timeline_view_get_pseudonymise (view));
    g_assert_false (debrief_timeline_view_get_pseudonymise (facilitator));
    g_settings_reset (settings, "projector-pseudonyms");
    g_assert_false (debrief_timeline_view_get_pseudonymise (view));
  }

  /* Perspectives side by side and hidden kinds follow too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-perspectives", NULL);
  g_assert_nonnull (debrief_timeline_view_get_perspectives (facilitator));
  g_assert_cmpstrv (debrief_timeline_view_get_perspectives (view), debrief_timeline_view_get_perspectives (facilitator));
  debrief_timeline_view_set_hidden_kinds (facilitator, 1);
  g_assert_cmpuint (debrief_timeline_view_get_hidden_kinds (view), ==, 1);
  debrief_timeline_view_set_hidden_kinds (facilitator, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  spin_until (no_projector, NULL);
  g_assert_null (debrief_window_get_presenter (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Space, → and ← step through events and markers in time order, the
 * playhead following; Z, B, P and Escape, all as keys on the projector. */
static void
test_keys_on_projector (void)
{
  DebriefWindow *window;
  DebriefTimelineView *facilitator;
  DebriefTimelineViewport *viewport;
  DebriefPresenterWindow *projector;
  DebriefReview *review;
  DebriefStep first, second, here;
  gint64 start, end;

  if (!can_send_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  window = open_example ();
  facilitator = find_timeline (GTK_WIDGET (window));
  viewport = debrief_timeline_view_get_viewport (facilitator);
  review = debrief_timeline_view_get_review (facilitator);
  projector = start_presenting (window);

  /* From before the first event: the first two steps of the whole review. */
  debrief_review_get_time_bounds (review, &start, &end);
  debrief_timeline_view_fit (facilitator, FALSE);
  debrief_timeline_viewport_set_window (viewport, start - DEBRIEF_USEC_PER_HOUR, end);
  debrief_step_init_time (&here, start - DEBRIEF_USEC_PER_HOUR - 1);
  g_assert_true (debrief_timeline_step (review, 0, &here, 1, &first));
  g_assert_true (debrief_timeline_step (review, 0, &first, 1, &second));
  g_assert_cmpint (first.ref, !=, DEBRIEF_EVENT_REF_NONE);
  g_assert_cmpint (second.ref, !=, DEBRIEF_EVENT_REF_NONE);

  press_and_expect_selection ("space", viewport, first.ref);
  press_and_expect_selection ("Right", viewport, second.ref);
  press_and_expect_selection ("Left", viewport, first.ref);

  /* With the playhead on, stepping moves it: known at the step's time.
   * Ctrl+K is the facilitator's shortcut; the projector passes it on. */
  press ("ctrl+k");
  while (debrief_timeline_viewport_get_playhead (viewport) == DEBRIEF_TIME_NONE)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (viewport), ==, first.time);
  press_and_expect_selection ("Page_Down", viewport, second.ref);
  g_assert_cmpint (debrief_timeline_viewport_get_playhead (viewport), ==, second.time);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.playhead", NULL);

  /* Z: out to the whole incident. */
  debrief_timeline_view_zoom_to (facilitator, first.time, first.time + DEBRIEF_USEC_PER_MIN, FALSE);
  press ("z");
  /* The zoom out is animated: wait for it to hold the whole incident. */
  while (debrief_timeline_viewport_get_start (viewport) > start || debrief_timeline_viewport_get_end (viewport) < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), <=, start);
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport), >=, end);

  /* B blanks; any key brings the timeline back (and does nothing else). */
  press ("b");
  while (!debrief_presenter_window_get_blanked (projector))
    g_main_context_iteration (NULL, TRUE);
  press ("x");
  while (debrief_presenter_window_get_blanked (projector))
    g_main_context_iteration (NULL, TRUE);

  /* P: the facilitator's perspectives, on both screens. */
  g_assert_null (debrief_timeline_view_get_perspectives (facilitator));
  press ("p");
  while (debrief_timeline_view_get_perspectives (facilitator) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstrv (debrief_timeline_view_get_perspectives (debrief_presenter_window_get_view (projector)),
                    debrief_timeline_view_get_perspectives (facilitator));

  press ("Escape");
  spin_until (no_projector, NULL);
  g_assert_null (debrief_window_get_presenter (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The facilitator's window takes the same keys while presenting, except
 * while typing, and none of them when not presenting. */
static void
test_keys_from_facilitator (void)
{
  DebriefWindow *window = open_example ();
  DebriefTimelineView *facilitator = find_timeline (GTK_WIDGET (window));
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (facilitator);
  DebriefPresenterWindow *projector = start_presenting (window);
  DebriefPresenter *presenter = debrief_window_get_presenter (window);
  DebriefEventRef before;

  debrief_timeline_viewport_set_selected_event (viewport, DEBRIEF_EVENT_REF_NONE);
  g_assert_true (debrief_presenter_handle_key (presenter, GDK_KEY_space, 0));
  before = debrief_timeline_viewport_get_selected_event (viewport);
  g_assert_cmpint (before, !=, DEBRIEF_EVENT_REF_NONE);
  /* Ctrl+→ is not the presenter's. */
  g_assert_false (debrief_presenter_handle_key (presenter, GDK_KEY_Right, GDK_CONTROL_MASK));
  g_assert_cmpint (debrief_timeline_viewport_get_selected_event (viewport), ==, before);

  g_assert_true (debrief_presenter_handle_key (presenter, GDK_KEY_s, 0));
  g_assert_true (debrief_presenter_window_get_spotlight (projector));
  g_assert_true (debrief_presenter_handle_key (presenter, GDK_KEY_S, GDK_SHIFT_MASK));
  g_assert_false (debrief_presenter_window_get_spotlight (projector));

  g_assert_true (debrief_presenter_handle_key (presenter, GDK_KEY_Escape, 0));
  spin_until (no_projector, NULL);
  g_assert_null (debrief_window_get_presenter (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the laptop's window while presenting takes the projector too. */
static void
test_close_while_presenting (void)
{
  DebriefWindow *window = open_example ();

  start_presenting (window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_until (no_projector, NULL);
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

  g_test_add_func ("/presenter/projector-mirrors", test_projector_mirrors);
  g_test_add_func ("/presenter/keys-on-projector", test_keys_on_projector);
  g_test_add_func ("/presenter/keys-from-facilitator", test_keys_from_facilitator);
  g_test_add_func ("/presenter/close-while-presenting", test_close_while_presenting);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
