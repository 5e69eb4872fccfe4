/* test-file-watch.c — the real window under Xvfb while another program
 * changes, replaces, moves or deletes the review's file
 *
 * Files are replaced the way editors and `git pull` do it: the new text is
 * written to a temporary file that is then renamed over the review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "debrief-application.h"
#include "debrief-window-private.h"

#define TITLE "Checkout latency and failed payments, 14 March"
#define NEW_TITLE "Checkout latency, as pulled from git"
#define CHANGED_TEXT "The file was changed by another program."
#define DELETED_TEXT "The file was deleted or moved."

static DebriefApplication *application;

typedef struct {
  char          *dir;
  char          *path;
  GFile         *file;
  DebriefWindow *window;
} Fixture;

/* ---- helpers ----------------------------------------------------------------- */

/* Runs the main loop until @condition holds; fails, naming the caller,
 * if it does not within 20 seconds. */
#define spin_until(condition, data) spin_until_at (G_STRLOC, #condition, condition, data)

static void
spin_until_at (const char *where,
               const char *what,
               gboolean  (*condition) (gpointer),
               gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s: still not %s after 20 s", where, what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static char *
example_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* As an editor saves: write beside, then rename over. */
static void
replace_by_rename (const char *path,
                   const char *text)
{
  g_autofree char *temporary = g_strconcat (path, ".part", NULL);

  g_assert_true (g_file_set_contents (temporary, text, -1, NULL));
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
}

static char *
retitled_example (const char *title)
{
  g_autofree char *text = example_text ();
  g_auto(GStrv) parts = g_strsplit (text, TITLE, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (title, parts[0], parts[1], NULL);
}

/* Asked for, and on screen once the slide is over (only then do its
 * buttons take a click). */
static gboolean
banner_shown (gpointer data)
{
  DebriefWindow *window = data;

  return gtk_revealer_get_reveal_child (window->file_changed_revealer) &&
         gtk_revealer_get_child_revealed (window->file_changed_revealer) &&
         gtk_widget_get_mapped (GTK_WIDGET (window->file_changed_label));
}

static gboolean
banner_asked_for (DebriefWindow *window)
{
  return gtk_revealer_get_reveal_child (window->file_changed_revealer);
}

static gboolean
not_busy (gpointer data)
{
  return !debrief_document_get_busy (debrief_window_get_document (data));
}

typedef struct {
  DebriefWindow *window;
  gpointer       value;
} Watch;

static gboolean
document_replaced (gpointer data)
{
  Watch *watch = data;

  return debrief_window_get_document (watch->window) != watch->value;
}

static gboolean
checked_since (gpointer data)
{
  Watch *watch = data;

  return watch->window->file_checks_done > GPOINTER_TO_UINT (watch->value);
}

/* Waits until the window has looked at its file again since it had
 * done @checks_before checks (counted before what should start one). */
static void
wait_for_check (DebriefWindow *window,
                guint          checks_before)
{
  Watch watch = { window, GUINT_TO_POINTER (checks_before) };

  spin_until (checked_since, &watch);
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

static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
document_has_file (gpointer data)
{
  DebriefDocument *document = debrief_window_get_document (data);

  return document != NULL && debrief_document_get_file (document) != NULL;
}

/* Whether the disk holds the version the document last opened or saved. */
static gboolean
document_matches_disk (Fixture *fixture)
{
  g_autoptr(GFileInfo) info = g_file_query_info (fixture->file, DEBRIEF_DOCUMENT_DISK_ATTRIBUTES,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return debrief_document_is_disk_version (debrief_window_get_document (fixture->window), info);
}

/* ---- fixture: a copy of the example, open in a window ------------------------- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = example_text ();

  fixture->dir = g_dir_make_tmp ("debrief-watch-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "review.debrief", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));

  fixture->window = debrief_window_new (application);
  gtk_window_present (GTK_WINDOW (fixture->window));
  debrief_window_open_file (fixture->window, fixture->file);
  spin_until (document_has_file, fixture->window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, TITLE);
  /* The window looks once after opening, in case the file changed meanwhile. */
  wait_for_check (fixture->window, 0);
  g_assert_false (banner_asked_for (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *name;
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);

  debrief_document_set_modified (debrief_window_get_document (fixture->window), FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_object_unref (fixture->file);
}

/* ---- tests ------------------------------------------------------------------- */

static void
test_replaced_then_reload (Fixture       *fixture,
                           gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  g_autofree char *text = retitled_example (NEW_TITLE);
  Watch watch = { window, debrief_window_get_document (window) };

  replace_by_rename (fixture->path, text);
  spin_until (banner_shown, window);
  g_assert_cmpstr (gtk_label_get_text (window->file_changed_label), ==, CHANGED_TEXT);
  g_assert_true (gtk_widget_get_visible (window->file_reload_button));
  /* Nothing is decided for the person: the review here is unchanged. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, TITLE);

  gtk_widget_activate (window->file_reload_button);
  spin_until (document_replaced, &watch);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, NEW_TITLE);
  g_assert_false (debrief_document_get_modified (debrief_window_get_document (window)));
  g_assert_false (banner_asked_for (window));
  g_assert_true (document_matches_disk (fixture));
}

static void
test_own_save_is_not_a_change (Fixture       *fixture,
                               gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  g_autofree char *etag_before = g_strdup (debrief_document_get_disk_etag (document));
  guint checks = window->file_checks_done;

  debrief_review_set_title (debrief_document_get_review (document), NEW_TITLE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  spin_until (not_busy, window);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_cmpstr (debrief_document_get_disk_etag (document), !=, etag_before);
  g_assert_true (document_matches_disk (fixture));

  /* The save's rename reaches the monitor like anyone's; once the window
   * has looked at the file again, there is still no banner. */
  wait_for_check (window, checks);
  g_assert_false (banner_asked_for (window));
  g_assert_true (debrief_window_get_document (window) == document);
}

static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  g_autofree char *text = retitled_example (NEW_TITLE);
  guint checks;

  replace_by_rename (fixture->path, text);
  spin_until (banner_shown, window);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_false (document_matches_disk (fixture));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-mine", NULL);
  g_assert_false (banner_asked_for (window));
  g_assert_true (debrief_window_get_document (window) == document);
  g_assert_true (debrief_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• " TITLE);
  /* What is on disk now counts as seen: the same change does not come back. */
  g_assert_true (document_matches_disk (fixture));
  g_assert_false (gtk_widget_is_sensitive (window->file_reload_button));

  /* Saving writes this version over theirs. */
  checks = window->file_checks_done;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  spin_until (not_busy, window);
  wait_for_check (window, checks);
  g_assert_false (banner_asked_for (window));
  g_assert_false (debrief_document_get_modified (document));
  {
    g_autofree char *saved = NULL;

    g_assert_true (g_file_get_contents (fixture->path, &saved, NULL, NULL));
    g_assert_nonnull (strstr (saved, TITLE));
  }
}

static void
check_deleted_banner (Fixture *fixture)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  guint checks;

  spin_until (banner_shown, window);
  g_assert_cmpstr (gtk_label_get_text (window->file_changed_label), ==, DELETED_TEXT);
  g_assert_false (gtk_widget_get_visible (window->file_reload_button));
  /* Save writes the review back. */
  g_assert_true (debrief_document_get_modified (document));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-mine", NULL);
  g_assert_false (banner_asked_for (window));
  g_assert_true (debrief_document_get_modified (document));
  g_assert_null (debrief_document_get_disk_etag (document));

  checks = window->file_checks_done;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  spin_until (not_busy, window);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (debrief_document_get_modified (document));
  wait_for_check (window, checks);
  g_assert_false (banner_asked_for (window));
}

static void
test_deleted (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  check_deleted_banner (fixture);
}

static void
test_moved_away (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "renamed.debrief", NULL);

  g_assert_cmpint (g_rename (fixture->path, elsewhere), ==, 0);
  check_deleted_banner (fixture);
}

static void
test_reload_asks_when_modified (Fixture       *fixture,
                                gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  g_autofree char *text = retitled_example (NEW_TITLE);
  Watch watch = { window, document };
  AdwMessageDialog *dialog;

  debrief_review_set_title (debrief_document_get_review (document), "Mine");
  replace_by_rename (fixture->path, text);
  spin_until (banner_shown, window);

  gtk_widget_activate (window->file_reload_button);
  spin_until (dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Your Changes and Reload?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "reload"), ==, ADW_RESPONSE_DESTRUCTIVE);
  answer_dialog (dialog, "cancel");
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (debrief_window_get_document (window) == document);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Mine");
  g_assert_true (banner_asked_for (window));

  gtk_widget_activate (window->file_reload_button);
  spin_until (dialog_shown, NULL);
  answer_dialog (find_message_dialog (), "reload");
  spin_until (document_replaced, &watch);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, NEW_TITLE);
  g_assert_false (debrief_document_get_modified (debrief_window_get_document (window)));
  g_assert_false (banner_asked_for (window));
}

/* A reload that fails says why and leaves the window, banner and all. */
static void
test_failed_reload_keeps_window (Fixture       *fixture,
                                 gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  AdwMessageDialog *dialog;

  replace_by_rename (fixture->path, "{\"format\": \"debrief-review\", \"version\": 1, \"events\": [");
  spin_until (banner_shown, window);

  gtk_widget_activate (window->file_reload_button);
  spin_until (dialog_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Review");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "review.debrief"));
  answer_dialog (dialog, "close");

  g_assert_true (debrief_window_get_document (window) == document);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, TITLE);
  g_assert_true (banner_asked_for (window));
  g_assert_cmpstr (gtk_label_get_text (window->file_changed_label), ==, CHANGED_TEXT);
}

/* ---- holding back logout ----------------------------------------------------- */

static void
test_logout_inhibited_while_modified (Fixture       *fixture,
                                      gconstpointer  data)
{
  DebriefWindow *window = fixture->window;
  DebriefDocument *document = debrief_window_get_document (window);
  g_autofree char *text = retitled_example (NEW_TITLE);
  Watch watch = { window, document };

  g_assert_null (window->inhibit_application);
  debrief_review_set_title (debrief_document_get_review (document), "Mine");
  g_assert_true (window->inhibit_application == GTK_APPLICATION (application));
  debrief_review_set_title (debrief_document_get_review (document), "Mine, again");
  g_assert_true (window->inhibit_application == GTK_APPLICATION (application));

  /* Saved: logging out loses nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  spin_until (not_busy, window);
  g_assert_null (window->inhibit_application);

  /* Discarded by a reload. */
  debrief_review_set_title (debrief_document_get_review (document), "Mine once more");
  g_assert_nonnull (window->inhibit_application);
  replace_by_rename (fixture->path, text);
  spin_until (banner_shown, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload-from-disk", NULL);
  spin_until (dialog_shown, NULL);
  answer_dialog (find_message_dialog (), "reload");
  spin_until (document_replaced, &watch);
  g_assert_null (window->inhibit_application);
}

static void
test_logout_released_when_closed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(DebriefWindow) kept = g_object_ref (window);

  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  spin_until (document_has_file, window);
  debrief_review_set_title (debrief_document_get_review (debrief_window_get_document (window)), "Mine");
  g_assert_nonnull (window->inhibit_application);

  /* Closing with "Discard" ends the window and its hold on logout. */
  gtk_window_close (GTK_WINDOW (window));
  spin_until (dialog_shown, NULL);
  answer_dialog (find_message_dialog (), "discard");
  g_assert_null (kept->inhibit_application);
  g_assert_null (kept->file_monitor);
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

#define ADD(name, func) g_test_add ("/file-watch/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("replaced-by-rename-then-reload", test_replaced_then_reload);
  ADD ("own-save-is-not-a-change", test_own_save_is_not_a_change);
  ADD ("keep-mine", test_keep_mine);
  ADD ("deleted", test_deleted);
  ADD ("moved-away", test_moved_away);
  ADD ("reload-asks-when-modified", test_reload_asks_when_modified);
  ADD ("failed-reload-keeps-window", test_failed_reload_keeps_window);
  ADD ("logout-inhibited-while-modified", test_logout_inhibited_while_modified);
#undef ADD
  g_test_add_func ("/file-watch/logout-released-when-closed", test_logout_released_when_closed);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
