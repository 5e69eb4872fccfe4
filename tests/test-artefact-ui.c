/* test-artefact-ui.c — attaching an image in the window, and the viewer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "debrief-application.h"
#include "debrief-artefact-viewer.h"
#include "debrief-document.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

/* A 4×3 PNG, written with cairo. */
static char *
write_png (const char *dir,
           const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4, 3);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* An unsaved review cannot take images (no folder); a saved one copies
 * the image beside it and anchors it, as one undoable step. */
static void
test_attach (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-attach-XXXXXX", NULL);
  g_autofree char *outside = g_dir_make_tmp ("debrief-shots-XXXXXX", NULL);
  g_autofree char *png = write_png (outside, "dashboard.png");
  g_autofree char *review_path = g_build_filename (dir, "r.debrief", NULL);
  g_autofree char *copied = g_build_filename (dir, "r.debrief.d", "dashboard.png", NULL);
  g_autofree char *copied_dir = g_build_filename (dir, "r.debrief.d", NULL);
  g_autoptr(GFile) image = g_file_new_for_path (png);
  g_autoptr(GFile) review_file = g_file_new_for_path (review_path);
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefDocument) unsaved = debrief_document_new_for_review (review, NULL);
  g_autoptr(DebriefDocument) saved = debrief_document_new_for_review (review, review_file);
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(DebriefArtefact) attached = NULL;
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (review));

  debrief_window_set_document (window, unsaved);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (_debrief_window_attach_image (window, image));
  g_assert_cmpuint (g_list_model_get_n_items (artefacts), ==, 0);

  debrief_window_set_document (window, saved);
  attached = _debrief_window_attach_image (window, image);
  g_assert_nonnull (attached);
  g_assert_cmpstr (debrief_artefact_get_path (attached), ==, "r.debrief.d/dashboard.png");
  g_assert_cmpstr (debrief_artefact_get_kind (attached), ==, "image");
  g_assert_cmpint (debrief_artefact_get_start (attached), !=, DEBRIEF_TIME_NONE);
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (g_list_model_get_n_items (artefacts), ==, 1);
  g_assert_cmpstr (debrief_history_get_undo_label (debrief_document_get_history (saved)), ==, "Attach Image");
  g_assert_true (debrief_history_undo (debrief_document_get_history (saved)));
  g_assert_cmpuint (g_list_model_get_n_items (artefacts), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (copied);
  g_rmdir (copied_dir);
  g_remove (png);
  g_rmdir (dir);
  g_rmdir (outside);
}

/* The viewer shows the image; a missing one, or one outside the review's
 * folder, gives a page saying so. */
static void
test_viewer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-viewer-XXXXXX", NULL);
  g_autofree char *png = write_png (dir, "shot.png");
  g_autofree char *review_path = g_build_filename (dir, "r.debrief", NULL);
  g_autoptr(GFile) review_file = g_file_new_for_path (review_path);
  g_autoptr(DebriefArtefact) present = debrief_artefact_new ("a1", "shot.png");
  g_autoptr(DebriefArtefact) missing = debrief_artefact_new ("a2", "gone.png");
  g_autoptr(DebriefArtefact) escaping = debrief_artefact_new ("a3", "../shot.png");
  GtkWidget *viewer;

  viewer = debrief_artefact_viewer_new (NULL, review_file, present);
  g_assert_true (debrief_artefact_viewer_shows_image (DEBRIEF_ARTEFACT_VIEWER (viewer)));
  gtk_window_present (GTK_WINDOW (viewer));
  gtk_widget_activate_action (viewer, "viewer.zoom-in", NULL);
  gtk_window_destroy (GTK_WINDOW (viewer));

  viewer = debrief_artefact_viewer_new (NULL, review_file, missing);
  g_assert_false (debrief_artefact_viewer_shows_image (DEBRIEF_ARTEFACT_VIEWER (viewer)));
  gtk_window_destroy (GTK_WINDOW (viewer));
  viewer = debrief_artefact_viewer_new (NULL, review_file, escaping);
  g_assert_false (debrief_artefact_viewer_shows_image (DEBRIEF_ARTEFACT_VIEWER (viewer)));
  gtk_window_destroy (GTK_WINDOW (viewer));
  viewer = debrief_artefact_viewer_new (NULL, NULL, present);
  g_assert_false (debrief_artefact_viewer_shows_image (DEBRIEF_ARTEFACT_VIEWER (viewer)));
  gtk_window_destroy (GTK_WINDOW (viewer));

  g_remove (png);
  g_rmdir (dir);
}

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

  g_test_add_func ("/artefact-ui/attach", test_attach);
  g_test_add_func ("/artefact-ui/viewer", test_viewer);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
