/* test-window-session.c — a review reopens as it was left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "debrief-application.h"
#include "debrief-document.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

static gboolean
wait_for_file (DebriefWindow *window,
               GFile         *file)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!debrief_window_shows_file (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return debrief_window_shows_file (window, file);
}

static GFile *
copy_of_example (char **folder)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length;

  *folder = g_dir_make_tmp ("debrief-session-XXXXXX", NULL);
  g_assert_nonnull (*folder);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  path = g_build_filename (*folder, "review.debrief", NULL);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return g_file_new_for_path (path);
}

static DebriefWindow *
open_window (GFile *file)
{
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  g_assert_true (wait_for_file (window, file));
  return window;
}

/* Zoom in, open the inspector, close; the next window opens the review
 * where it was left. Another review still opens whole. */
static void
test_session_remembers_view (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *other_folder = NULL;
  g_autoptr(GFile) file = copy_of_example (&folder);
  g_autoptr(GFile) other = copy_of_example (&other_folder);
  DebriefWindow *window = open_window (file);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (window->timeline_view);
  gint64 fit_start = debrief_timeline_viewport_get_start (viewport);
  gint64 fit_end = debrief_timeline_viewport_get_end (viewport);
  gint64 start = fit_start + (fit_end - fit_start) / 3;
  gint64 end = start + 60 * G_USEC_PER_SEC;

  g_assert_false (adw_flap_get_reveal_flap (window->inspector_flap));
  debrief_timeline_view_zoom_to (window->timeline_view, start, end, FALSE);
  start = debrief_timeline_viewport_get_start (viewport);
  end = debrief_timeline_viewport_get_end (viewport);
  adw_flap_set_reveal_flap (window->inspector_flap, TRUE);
  gtk_window_close (GTK_WINDOW (window));

  window = open_window (file);
  viewport = debrief_timeline_view_get_viewport (window->timeline_view);
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), ==, start);
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport), ==, end);
  g_assert_true (adw_flap_get_reveal_flap (window->inspector_flap));
  gtk_window_close (GTK_WINDOW (window));

  window = open_window (other);
  viewport = debrief_timeline_view_get_viewport (window->timeline_view);
  g_assert_cmpint (debrief_timeline_viewport_get_start (viewport), ==, fit_start);
  g_assert_cmpint (debrief_timeline_viewport_get_end (viewport), ==, fit_end);
  gtk_window_destroy (GTK_WINDOW (window));

  g_remove (g_file_peek_path (file));
  g_remove (g_file_peek_path (other));
  g_rmdir (folder);
  g_rmdir (other_folder);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  application = debrief_application_new ();
  g_application_set_flags (G_APPLICATION (application), g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

  g_test_add_func ("/window-session/remembers-view", test_session_remembers_view);
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
