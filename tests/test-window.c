/* test-window.c — the real window under Xvfb: open, show, save as, reopen,
 * and what happens when things go wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "debrief-application.h"
#include "debrief-events-view.h"
#include "debrief-timeline-view.h"
#include "debrief-window.h"

static DebriefApplication *application;

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
  /* Let pending redraws and idles run. */
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_document (gpointer data)
{
  return debrief_window_get_document (data) != NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !debrief_document_get_busy (data);
}

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
}

/* Depth-first search for a label showing @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
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

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static DebriefWindow *
open_in_new_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  spin_until (has_document, window);
  return window;
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_open_save_as_reopen (void)
{
  g_autofree char *path = example_path ();
  g_autofree char *dir = g_dir_make_tmp ("debrief-window-XXXXXX", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.debrief", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  DebriefWindow *window = open_in_new_window (path);
  DebriefWindow *reopened;
  DebriefDocument *document = debrief_window_get_document (window);
  GtkWidget *events_view;
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Checkout latency and failed payments, 14 March");

  /* The Events list shows the real rows: lanes and text from the file. */
  events_view = find_widget_of_type (GTK_WIDGET (window), DEBRIEF_TYPE_EVENTS_VIEW);
  g_assert_nonnull (events_view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_events (
                      debrief_events_view_get_review (DEBRIEF_EVENTS_VIEW (events_view))))), ==, 165);
  /* The timeline comes first; the Events list is a keystroke away. */
  g_assert_true (gtk_widget_get_mapped (find_widget_of_type (GTK_WIDGET (window), DEBRIEF_TYPE_TIMELINE_VIEW)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "events");
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (shows_label (GTK_WIDGET (window), "Orders database primary"));
  g_assert_true (shows_label (GTK_WIDGET (window), "08:58:00"));

  debrief_document_save_async (document, copy, NULL, NULL, NULL);
  spin_until (not_busy, document);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_true (g_file_equal (debrief_document_get_file (document), copy));

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  g_assert_true (g_file_get_contents (copy_path, &saved, NULL, NULL));
  g_assert_cmpstr (original, ==, saved);

  reopened = open_in_new_window (copy_path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (reopened)), ==,
                   "Checkout latency and failed payments, 14 March");
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (
                      debrief_document_get_review (debrief_window_get_document (reopened)))), ==, 165);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (reopened));
  g_unlink (copy_path);
  g_rmdir (dir);
}

/* A broken file leaves the window as it was and says what is wrong where. */
static void
test_failed_open_keeps_window (void)
{
  g_autofree char *path = example_path ();
  g_autofree char *dir = g_dir_make_tmp ("debrief-window-XXXXXX", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.debrief", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  DebriefWindow *window = open_in_new_window (path);
  DebriefDocument *before = debrief_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (broken_path,
                                      "{\"format\": \"debrief-review\", \"version\": 1, \"lanes\": [], "
                                      "\"events\": [{\"id\": \"e1\", \"lane\": \"nobody\", "
                                      "\"start\": \"yesterday\", \"kind\": \"chat\"}]}", -1, NULL));
  debrief_window_open_file (window, broken);
  spin_until (dialog_shown, NULL);

  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Review");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "broken.debrief: events[0].start: expected an RFC 3339 time"));
  g_assert_true (debrief_window_get_document (window) == before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Checkout latency and failed payments, 14 March");
  close_dialog (dialog, "close");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (broken_path);
  g_rmdir (dir);
}

static void
test_close_asks_when_modified (void)
{
  g_autofree char *path = example_path ();
  DebriefWindow *window = open_in_new_window (path);
  DebriefDocument *document = debrief_window_get_document (window);
  AdwMessageDialog *dialog;

  debrief_review_set_title (debrief_document_get_review (document), "Renamed");
  g_assert_true (debrief_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Renamed");

  gtk_window_close (GTK_WINDOW (window));
  spin_until (dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes to “Renamed”?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  close_dialog (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The time display chosen for the timeline applies to the Events list too. */
static void
test_time_display_reaches_events_list (void)
{
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "events");
  for (int i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (shows_label (GTK_WIDGET (window), "08:58:00"));

  gtk_widget_activate_action (GTK_WIDGET (window), "timeline.time-display", "s", "utc");
  g_assert_true (shows_label (GTK_WIDGET (window), "07:58:00"));
  gtk_widget_activate_action (GTK_WIDGET (window), "timeline.time-display", "s", "relative");
  g_assert_true (shows_label (GTK_WIDGET (window), "T−00:07:00"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_example_action (void)
{
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (debrief_window_is_unused (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  g_assert_nonnull (debrief_window_get_document (window));
  g_assert_null (debrief_document_get_file (debrief_window_get_document (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Checkout latency and failed payments, 14 March");
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
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

  g_test_add_func ("/window/open-save-as-reopen", test_open_save_as_reopen);
  g_test_add_func ("/window/failed-open-keeps-window", test_failed_open_keeps_window);
  g_test_add_func ("/window/close-asks-when-modified", test_close_asks_when_modified);
  g_test_add_func ("/window/example-action", test_example_action);
  g_test_add_func ("/window/time-display-reaches-events-list", test_time_display_reaches_events_list);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
