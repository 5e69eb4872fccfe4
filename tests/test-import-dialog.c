/* test-import-dialog.c — the import dialog through its real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "debrief-application.h"
#include "debrief-document.h"
#include "debrief-import-dialog-private.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

static void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (data));
}

static gboolean
is_ready (gpointer data)
{
  DebriefImportDialog *dialog = data;

  return dialog->batch != NULL && dialog->reading == NULL;
}

static DebriefDocument *
example_document (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  return debrief_document_new_for_review (review, NULL);
}

static DebriefImportDialog *
open_dialog (DebriefWindow *window)
{
  GList *toplevels;
  DebriefImportDialog *dialog = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "import", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DEBRIEF_IS_IMPORT_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  return dialog;
}

static GFile *
fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "jsonl", "app.jsonl", NULL);

  return g_file_new_for_path (path);
}

/* Add a log, see the preview and the lanes, import: one step; the same
 * log again adds nothing. */
static void
test_import_dialog (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  DebriefReview *review = debrief_document_get_review (document);
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);
  g_autoptr(GFile) source = fixture ();
  DebriefImportDialog *dialog;
  gint64 origin = debrief_review_get_origin (review);

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  dialog = open_dialog (window);
  g_assert_false (gtk_widget_get_sensitive (dialog->import_button));

  /* The incident window is the default: the log's earlier records are out. */
  debrief_import_dialog_add_source (dialog, source);
  spin_until (is_ready, dialog);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (dialog->batch), >, 0);

  gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
  _debrief_import_dialog_reread (dialog);
  spin_until (is_ready, dialog);
  g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), ==, 7);
  g_assert_true (gtk_widget_get_sensitive (dialog->import_button));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog->status_label)), "7 events to import, 4 records skipped"));
  g_assert_cmpuint (dialog->lane_rows->len, ==, 3);
  /* "payments" is a lane of the example: preselected, not new. */
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (dialog->lane_rows, 2)), >, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (g_ptr_array_index (dialog->lane_rows, 1)), ==, 0);

  g_signal_emit_by_name (dialog->import_button, "clicked");
  g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n + 7);
  g_assert_cmpstr (debrief_history_get_undo_label (debrief_document_get_history (document)), ==, "Import 7 Events");
  g_assert_true (debrief_document_get_modified (document));

  /* Again: nothing new, and the dialog says so and stays. */
  dialog = open_dialog (window);
  gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
  debrief_import_dialog_add_source (dialog, source);
  spin_until (is_ready, dialog);
  g_signal_emit_by_name (dialog->import_button, "clicked");
  g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n + 7);
  gtk_window_destroy (GTK_WINDOW (dialog));

  debrief_history_undo (debrief_document_get_history (document));
  g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_cmpint (debrief_review_get_origin (review), ==, origin);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Metric series come through the same dialog: counted in the status,
 * imported as one step beside the example's two charts. */
static void
test_import_dialog_series (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  GListModel *series = G_LIST_MODEL (debrief_review_get_series (debrief_document_get_review (document)));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "metrics", "render.json", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (path);
  DebriefImportDialog *dialog;

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  dialog = open_dialog (window);
  gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
  debrief_import_dialog_add_source (dialog, source);
  spin_until (is_ready, dialog);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog->status_label)),
                            "2 metric series and 0 events to import, 1 records skipped"));
  g_assert_true (gtk_widget_get_sensitive (dialog->import_button));

  g_signal_emit_by_name (dialog->import_button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 4);
  g_assert_cmpstr (debrief_history_get_undo_label (debrief_document_get_history (document)), ==, "Import 2 Series");
  debrief_history_undo (debrief_document_get_history (document));
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A time that does not parse is marked, and nothing is read. */
static void
test_import_dialog_bad_option (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(GFile) source = fixture ();
  DebriefImportDialog *dialog;

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  dialog = open_dialog (window);
  debrief_import_dialog_add_source (dialog, source);
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "half past never");
  _debrief_import_dialog_reread (dialog);
  g_assert_true (gtk_widget_has_css_class (dialog->to_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (dialog->import_button));
  g_assert_null (dialog->batch);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A Slack export folder; naming a channel reads only that one. */
static void
test_import_dialog_slack_channel (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "slack", "export", NULL);
  g_autoptr(GFile) export = g_file_new_for_path (path);
  DebriefImportDialog *dialog;
  guint all;

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  dialog = open_dialog (window);
  gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
  debrief_import_dialog_add_source (dialog, export);
  spin_until (is_ready, dialog);
  all = debrief_import_batch_get_n_events (dialog->batch);
  g_assert_cmpuint (all, >, 0);

  gtk_editable_set_text (GTK_EDITABLE (dialog->channels_row), "#general");
  _debrief_import_dialog_reread (dialog);
  spin_until (is_ready, dialog);
  g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), >, 0);
  g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), <, all);
  for (guint i = 0; i < debrief_import_batch_get_n_events (dialog->batch); i++)
    g_assert_true (g_str_has_prefix (debrief_import_batch_get_event (dialog->batch, i)->source_ref, "#general"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_failed (gpointer data)
{
  DebriefImportDialog *dialog = data;

  return dialog->batch == NULL && dialog->reading == NULL;
}

static GFile *
fixture_file (const char *dir,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);

  return g_file_new_for_path (path);
}

static DebriefImportDialog *
open_on_example (DebriefWindow   **out_window,
                 DebriefDocument  *document)
{
  DebriefWindow *window = debrief_window_new (application);
  DebriefImportDialog *dialog;

  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  dialog = open_dialog (window);
  gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
  gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
  *out_window = window;
  return dialog;
}

/* Every registered format is offered, after "Detect", in the registry's order. */
static void
test_import_dialog_formats (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window;
  DebriefImportDialog *dialog = open_on_example (&window, document);
  GListModel *formats = adw_combo_row_get_model (ADW_COMBO_ROW (dialog->format_row));
  const DebriefImporter * const *importers = debrief_importers_list ();
  guint n = 0;

  while (importers[n] != NULL)
    n++;
  g_assert_cmpuint (n, >=, 10);
  g_assert_cmpuint (g_list_model_get_n_items (formats), ==, n + 1);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (formats), i + 1), ==, importers[i]->label);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A trace without a start time points at the date field; a start time fixes it. */
static void
test_import_dialog_needs_date (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  g_autoptr(GFile) trace = fixture_file ("trace", "cut-short.json");
  DebriefWindow *window;
  DebriefImportDialog *dialog = open_on_example (&window, document);

  debrief_import_dialog_add_source (dialog, trace);
  spin_until (is_failed, dialog);
  g_assert_true (gtk_widget_has_css_class (dialog->date_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (dialog->import_button));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog->status_label)), "give the date and time it started"));

  gtk_editable_set_text (GTK_EDITABLE (dialog->date_row), "2026-03-14 09:30");
  _debrief_import_dialog_reread (dialog);
  spin_until (is_ready, dialog);
  g_assert_false (gtk_widget_has_css_class (dialog->date_row, "error"));
  g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), ==, 2);
  g_assert_cmpint (debrief_import_batch_get_event (dialog->batch, 0)->start, ==,
                   debrief_time_from_civil (2026, 3, 14, 8, 30, 0, 0));  /* 09:30 in Europe/Berlin */
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A table whose time column has an unusual name points at the columns
 * field; naming them there reads it. Two sources show the progress bar. */
static void
test_import_dialog_columns (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  g_autoptr(GFile) table = fixture_file ("csv", "german-headers.csv");
  g_autoptr(GFile) chat = fixture_file ("teams", "chat-page.json");
  DebriefWindow *window;
  DebriefImportDialog *dialog = open_on_example (&window, document);

  debrief_import_dialog_add_source (dialog, table);
  spin_until (is_failed, dialog);
  g_assert_true (gtk_widget_has_css_class (dialog->columns_row, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (dialog->status_label)), "Zeit, Quelle, Notiz"));

  gtk_editable_set_text (GTK_EDITABLE (dialog->columns_row), "time=Zeit, lane=Quelle,text = Notiz");
  debrief_import_dialog_add_source (dialog, chat);
  g_assert_nonnull (dialog->reading);
  spin_until (is_ready, dialog);
  g_assert_false (gtk_widget_has_css_class (dialog->columns_row, "error"));
  g_assert_false (gtk_widget_get_visible (dialog->progress));
  /* The table's one row and the Teams page's six messages. */
  g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), ==, 7);
  g_assert_cmpstr (debrief_import_batch_get_event (dialog->batch, 0)->text, ==, "eins");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_closed (gpointer data)
{
  GtkWidget **dialog = data;

  return *dialog == NULL;
}

static gboolean
title_is_back (gpointer data)
{
  DebriefImportDialog *dialog = data;

  return strcmp (gtk_window_get_title (GTK_WINDOW (dialog)), "Import Chat and Logs") == 0 &&
         gtk_widget_get_sensitive (adw_window_get_content (ADW_WINDOW (dialog)));
}

/* A large batch says "Adding … Events…" and freezes only once that is on
 * screen; a large batch with nothing new gives the dialog back. */
static void
test_import_dialog_large (void)
{
  g_autoptr(DebriefDocument) document = example_document ();
  DebriefWindow *window = debrief_window_new (application);
  DebriefEventStore *events = debrief_review_get_events (debrief_document_get_review (document));
  guint n = debrief_event_store_get_n_events (events);
  g_autofree char *folder = g_dir_make_tmp ("debrief-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "large.log", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GString) log = g_string_new (NULL);
  DebriefImportDialog *dialog;
  GtkWidget *watched;

  for (guint i = 0; i < 60000; i++)
    g_string_append_printf (log, "<134>1 2026-03-14T09:%02u:%02u.%06uZ db-%u postgres - - - line %u\n",
                            10 + i / 6000 % 20, i / 100 % 60, i % 100 * 10000, i % 3, i);
  g_assert_true (g_file_set_contents (path, log->str, log->len, NULL));
  debrief_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));

  for (guint round = 0; round < 2; round++)
    {
      dialog = open_dialog (window);
      gtk_editable_set_text (GTK_EDITABLE (dialog->from_row), "");
      gtk_editable_set_text (GTK_EDITABLE (dialog->to_row), "");
      debrief_import_dialog_add_source (dialog, source);
      spin_until (is_ready, dialog);
      g_assert_cmpuint (debrief_import_batch_get_n_events (dialog->batch), ==, 60000);
      g_signal_emit_by_name (dialog->import_button, "clicked");
      /* Nothing is added before the dialog has shown what it does. */
      g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n + round * 60000);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Adding 60000 Events…");
      g_assert_false (gtk_widget_get_sensitive (adw_window_get_content (ADW_WINDOW (dialog))));
      if (round == 0)
        {
          watched = GTK_WIDGET (dialog);
          g_object_add_weak_pointer (G_OBJECT (watched), (gpointer *) &watched);
          spin_until (is_closed, &watched);
          g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n + 60000);
        }
      else
        {
          spin_until (title_is_back, dialog);
          g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, n + 60000);
          gtk_window_destroy (GTK_WINDOW (dialog));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (folder);
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

  g_test_add_func ("/import-dialog/import", test_import_dialog);
  g_test_add_func ("/import-dialog/series", test_import_dialog_series);
  g_test_add_func ("/import-dialog/bad-option", test_import_dialog_bad_option);
  g_test_add_func ("/import-dialog/slack-channel", test_import_dialog_slack_channel);
  g_test_add_func ("/import-dialog/formats", test_import_dialog_formats);
  g_test_add_func ("/import-dialog/needs-date", test_import_dialog_needs_date);
  g_test_add_func ("/import-dialog/columns", test_import_dialog_columns);
  g_test_add_func ("/import-dialog/large", test_import_dialog_large);
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
