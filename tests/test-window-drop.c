/* test-window-drop.c — files dropped on the window, through its real drop target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "debrief-application.h"
#include "debrief-document.h"
#include "debrief-import-dialog-private.h"
#include "debrief-review-loader.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

static GFile *
dist_file (const char *first,
           ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);
  return g_file_new_for_path (path);
}

static GtkDropTarget *
drop_target_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  g_assert_not_reached ();
}

/* What a file manager's drag hands over: a list of files, at a point. */
static gboolean
drop_files_at (GtkWidget *widget,
               GFile    **files,
               guint      n_files,
               double     x,
               double     y)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, n_files));
  g_signal_emit_by_name (drop_target_of (widget), "drop", &value, x, y, &handled);
  return handled;
}

/* On the header bar, away from the timeline. */
static gboolean
drop_files (GtkWidget *widget,
            GFile     *file)
{
  return drop_files_at (widget, &file, 1, 10.0, 10.0);
}

static DebriefImportDialog *
find_import_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  DebriefImportDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DEBRIEF_IS_IMPORT_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static DebriefDocument *
example_document (void)
{
  g_autoptr(GFile) file = dist_file ("..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  return debrief_document_new_for_review (review, NULL);
}

/* A log dropped on an open review starts the assistant with it chosen;
 * the review does not change until the facilitator imports. */
static void
test_drop_log_on_review (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(GFile) log = dist_file ("fixtures", "jsonl", "app.jsonl", NULL);
  guint n = debrief_event_store_get_n_events (debrief_review_get_events (debrief_document_get_review (document)));
  DebriefImportDialog *dialog;

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_import_dialog ());
  g_assert_true (drop_files (GTK_WIDGET (window), log));

  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (dialog->sources->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (dialog->sources, 0), log));
  g_assert_true (debrief_window_get_document (window) == document);
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (debrief_document_get_review (document))), ==, n);

  /* A second file dropped on the assistant joins the first. */
  g_assert_true (drop_files (GTK_WIDGET (dialog), log));
  g_assert_cmpuint (dialog->sources->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With no review open, dropped material goes into a new review. */
static void
test_drop_log_on_welcome (void)
{
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(GFile) log = dist_file ("fixtures", "jsonl", "app.jsonl", NULL);
  DebriefImportDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (debrief_window_get_document (window));
  g_assert_true (drop_files (GTK_WIDGET (window), log));
  g_assert_nonnull (debrief_window_get_document (window));
  g_assert_true (debrief_document_is_blank (debrief_window_get_document (window)));
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (dialog->sources->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_file (DebriefWindow *window,
            GFile         *file)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!debrief_window_shows_file (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return debrief_window_shows_file (window, file);
}

/* A review file dropped on a free window opens there, and no assistant. */
static void
test_drop_review (void)
{
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(GFile) review = dist_file ("..", "data", "examples", "checkout-latency.debrief", NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (drop_files (GTK_WIDGET (window), review));
  g_assert_true (shows_file (window, review));
  g_assert_null (find_import_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- images dropped on the timeline ------------------------------------------------ */

typedef struct {
  char            *dir;
  GFile           *shots[2];
  GFile           *log;
  DebriefDocument *document;
  DebriefWindow   *window;
} ImageDrop;

static void
write_shot (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 40);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* The example saved as r.debrief in a folder of its own (or never saved),
 * in a window with its timeline laid out; two screenshots elsewhere, one
 * of them named without an extension (found by content). */
static void
image_drop_init (ImageDrop *drop,
                 gboolean   saved)
{
  g_autofree char *copy = NULL, *shot_a = NULL, *shot_b = NULL;
  g_autoptr(GFile) example = dist_file ("..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(DebriefReview) review = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  drop->dir = g_dir_make_tmp ("debrief-drop-XXXXXX", NULL);
  copy = g_build_filename (drop->dir, "review", NULL);
  g_assert_cmpint (g_mkdir (copy, 0700), ==, 0);
  g_free (copy);
  copy = g_build_filename (drop->dir, "review", "r.debrief", NULL);
  g_assert_true (g_file_load_contents (example, NULL, &contents, &length, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  file = g_file_new_for_path (copy);
  review = debrief_review_load_file (file, "r.debrief", NULL, NULL, NULL, NULL);
  g_assert_nonnull (review);
  drop->document = debrief_document_new_for_review (review, saved ? file : NULL);
  /* Elsewhere: the drop copies them beside the review. */
  shot_a = g_build_filename (drop->dir, "grafana.png", NULL);
  shot_b = g_build_filename (drop->dir, "screenshot-without-extension", NULL);
  write_shot (shot_a);
  write_shot (shot_b);
  drop->shots[0] = g_file_new_for_path (shot_a);
  drop->shots[1] = g_file_new_for_path (shot_b);
  drop->log = dist_file ("fixtures", "jsonl", "app.jsonl", NULL);
  drop->window = debrief_window_new (application);
  debrief_window_set_document (drop->window, drop->document);
  gtk_window_set_default_size (GTK_WINDOW (drop->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (drop->window));
  while (gtk_widget_get_width (GTK_WIDGET (drop->window->timeline_view)) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
image_drop_clear (ImageDrop *drop)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", drop->dir);

  gtk_window_destroy (GTK_WINDOW (drop->window));
  g_clear_object (&drop->document);
  g_clear_object (&drop->shots[0]);
  g_clear_object (&drop->shots[1]);
  g_clear_object (&drop->log);
  g_assert_cmpint (system (command), ==, 0);
  g_free (drop->dir);
}

static guint
n_artefacts (DebriefDocument *document)
{
  return g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_artefacts (debrief_document_get_review (document))));
}

static DebriefArtefact *
artefact_at (DebriefDocument *document,
             guint            position)
{
  g_autoptr(DebriefArtefact) artefact =
    g_list_model_get_item (G_LIST_MODEL (debrief_review_get_artefacts (debrief_document_get_review (document))), position);

  return artefact;  /* the review holds it */
}

/* Where event @id is drawn, in the window's coordinates. */
static void
event_point (ImageDrop  *drop,
             const char *id,
             double     *x,
             double     *y)
{
  DebriefReview *review = debrief_document_get_review (drop->document);
  DebriefEventRef ref = debrief_event_store_lookup (debrief_review_get_events (review), id);
  GtkWidget *view = GTK_WIDGET (drop->window->timeline_view);
  double vx, vy;

  g_assert_true (debrief_timeline_view_get_event_position (drop->window->timeline_view, ref, &vx, &vy));
  /* The chart fills the view's top left (the range bar is folded away). */
  g_assert_true (gtk_widget_translate_coordinates (view, GTK_WIDGET (drop->window), vx, vy, x, y));
}

/* Two screenshots dropped on Daniel's lane, a little after his "ack'd"
 * message: both attached there, at that time, copied into r.debrief.d/,
 * undone in one step; nothing is imported. */
static void
test_drop_images_on_lane (void)
{
  ImageDrop drop;
  DebriefHistory *history;
  DebriefReview *review;
  const DebriefEvent *ack;
  DebriefArtefact *first, *second;
  g_autofree char *copied_a = NULL, *copied_b = NULL;
  guint before;
  double x, y;

  image_drop_init (&drop, TRUE);
  review = debrief_document_get_review (drop.document);
  history = debrief_document_get_history (drop.document);
  before = n_artefacts (drop.document);
  ack = debrief_event_store_get (debrief_review_get_events (review), debrief_event_store_lookup (debrief_review_get_events (review), "e20"));
  event_point (&drop, "e20", &x, &y);
  g_assert_true (drop_files_at (GTK_WIDGET (drop.window), drop.shots, 2, x + 4, y + 6));

  g_assert_null (find_import_dialog ());
  g_assert_cmpuint (n_artefacts (drop.document), ==, before + 2);
  first = artefact_at (drop.document, before);
  second = artefact_at (drop.document, before + 1);
  g_assert_cmpstr (debrief_artefact_get_lane (first), ==, "dev");
  g_assert_cmpstr (debrief_artefact_get_lane (second), ==, "dev");
  g_assert_cmpstr (debrief_artefact_get_kind (first), ==, "image");
  g_assert_cmpstr (debrief_artefact_get_path (first), ==, "r.debrief.d/grafana.png");
  g_assert_cmpstr (debrief_artefact_get_path (second), ==, "r.debrief.d/screenshot-without-extension");
  /* 4 px to the right of the message, at this zoom a few seconds later. */
  g_assert_cmpint (debrief_artefact_get_start (first), >, ack->start);
  g_assert_cmpint (debrief_artefact_get_start (first), <, ack->start + 30 * G_USEC_PER_SEC);
  g_assert_cmpint (debrief_artefact_get_start (second), ==, debrief_artefact_get_start (first));
  copied_a = g_build_filename (drop.dir, "review", "r.debrief.d", "grafana.png", NULL);
  copied_b = g_build_filename (drop.dir, "review", "r.debrief.d", "screenshot-without-extension", NULL);
  g_assert_true (g_file_test (copied_a, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (copied_b, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpstr (debrief_history_get_undo_label (history), ==, "Attach Images");
  g_assert_true (debrief_history_undo (history));
  g_assert_cmpuint (n_artefacts (drop.document), ==, before);
  image_drop_clear (&drop);
}

/* Not images, or not on the timeline: as before, material to import. */
static void
test_drop_images_elsewhere (void)
{
  ImageDrop drop;
  DebriefImportDialog *dialog;
  guint before;
  double x, y;

  image_drop_init (&drop, TRUE);
  before = n_artefacts (drop.document);
  event_point (&drop, "e20", &x, &y);
  g_assert_true (drop_files_at (GTK_WIDGET (drop.window), &drop.log, 1, x, y));
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (drop_files (GTK_WIDGET (drop.window), drop.shots[0]));   /* on the header bar */
  g_assert_cmpuint (n_artefacts (drop.document), ==, before);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  image_drop_clear (&drop);
}

/* A review never saved has no folder for images: told so, nothing attached. */
static void
test_drop_images_unsaved (void)
{
  ImageDrop drop;
  guint before;
  double x, y;

  image_drop_init (&drop, FALSE);
  before = n_artefacts (drop.document);
  event_point (&drop, "e20", &x, &y);
  g_assert_true (drop_files_at (GTK_WIDGET (drop.window), drop.shots, 1, x, y));
  g_assert_cmpuint (n_artefacts (drop.document), ==, before);
  g_assert_null (find_import_dialog ());
  g_assert_false (debrief_history_can_undo (debrief_document_get_history (drop.document)));
  image_drop_clear (&drop);
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

  g_test_add_func ("/window-drop/log-on-review", test_drop_log_on_review);
  g_test_add_func ("/window-drop/log-on-welcome", test_drop_log_on_welcome);
  g_test_add_func ("/window-drop/review", test_drop_review);
  g_test_add_func ("/window-drop/images-on-lane", test_drop_images_on_lane);
  g_test_add_func ("/window-drop/images-elsewhere", test_drop_images_elsewhere);
  g_test_add_func ("/window-drop/images-unsaved", test_drop_images_unsaved);
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
