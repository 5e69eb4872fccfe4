/* test-window-drop.c — files dropped on the window, through its real drop target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

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

/* What a file manager's drag hands over: a list of files. */
static gboolean
drop_files (GtkWidget *widget,
            GFile     *file)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean handled = FALSE;
  GFile *files[] = { file };

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, 1));
  g_signal_emit_by_name (drop_target_of (widget), "drop", &value, 10.0, 10.0, &handled);
  return handled;
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
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
