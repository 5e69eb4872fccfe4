/* debrief-file-chooser.c — portal-friendly open and save dialogs
 *
 * GTK 4.8 (Debian 12) has GtkFileChooserNative; GTK 4.10 replaced it with
 * GtkFileDialog. Both go through the file chooser portal inside Flatpak.
 * The folder last used is remembered in GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-file-chooser.h"

typedef struct {
  DebriefFileChosen callback;
  gpointer          user_data;
} Pending;

static GFile *
get_last_folder (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.debrief.Debrief");
  g_autofree char *uri = g_settings_get_string (settings, "last-folder");

  return (uri != NULL && *uri != '\0') ? g_file_new_for_uri (uri) : NULL;
}

static void
remember_folder (GFile *file)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.debrief.Debrief");
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = NULL;

  if (parent == NULL)
    return;
  uri = g_file_get_uri (parent);
  g_settings_set_string (settings, "last-folder", uri);
}

static void
finish (Pending *pending,
        GFile   *file)
{
  if (file != NULL)
    remember_folder (file);
  pending->callback (file, pending->user_data);
  g_free (pending);
}

#if GTK_CHECK_VERSION (4, 10, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static GListModel *
make_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) reviews = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (reviews, _("Debrief Reviews"));
  gtk_file_filter_add_mime_type (reviews, "application/x-debrief+json");
  gtk_file_filter_add_suffix (reviews, "debrief");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, reviews);
  g_list_store_append (filters, all);
  return G_LIST_MODEL (filters);
}

static void
on_open_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  finish (user_data, file);
}

static void
on_folder_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (source), result, NULL);

  finish (user_data, file);
}

static void
on_save_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  finish (user_data, file);
}

static GtkFileDialog *
make_dialog (const char *title)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = make_filters ();
  g_autoptr(GFile) folder = get_last_folder ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, filters);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  return dialog;
}

void
debrief_file_chooser_open (GtkWindow         *parent,
                           DebriefFileChosen  callback,
                           gpointer           user_data)
{
  g_autoptr(GtkFileDialog) dialog = make_dialog (_("Open Review"));
  Pending *pending = g_new0 (Pending, 1);

  pending->callback = callback;
  pending->user_data = user_data;
  gtk_file_dialog_open (dialog, parent, NULL, on_open_done, pending);
}

void
debrief_file_chooser_save (GtkWindow         *parent,
                           GFile             *current,
                           const char        *suggested_name,
                           DebriefFileChosen  callback,
                           gpointer           user_data)
{
  g_autoptr(GtkFileDialog) dialog = make_dialog (_("Save Review"));
  Pending *pending = g_new0 (Pending, 1);

  pending->callback = callback;
  pending->user_data = user_data;
  if (current != NULL)
    gtk_file_dialog_set_initial_file (dialog, current);
  else
    gtk_file_dialog_set_initial_name (dialog, suggested_name);
  gtk_file_dialog_save (dialog, parent, NULL, on_save_done, pending);
}

/* A transcript or log, or a folder (a Slack export), to import. */
void
debrief_file_chooser_open_source (GtkWindow         *parent,
                                  gboolean           folder,
                                  DebriefFileChosen  callback,
                                  gpointer           user_data)
{
  g_autoptr(GtkFileDialog) dialog = make_dialog (folder ? _("Import a Folder") : _("Import Chat or Logs"));
  Pending *pending = g_new0 (Pending, 1);

  gtk_file_dialog_set_filters (dialog, NULL);
  pending->callback = callback;
  pending->user_data = user_data;
  if (folder)
    gtk_file_dialog_select_folder (dialog, parent, NULL, on_folder_done, pending);
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_open_done, pending);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else /* GTK 4.8 */

static void
add_filters (GtkFileChooser *chooser)
{
  GtkFileFilter *reviews = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  gtk_file_filter_set_name (reviews, _("Debrief Reviews"));
  gtk_file_filter_add_mime_type (reviews, "application/x-debrief+json");
  gtk_file_filter_add_suffix (reviews, "debrief");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, reviews);
  gtk_file_chooser_add_filter (chooser, all);
  g_object_unref (reviews);
  g_object_unref (all);
}

static void
on_native_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  finish (user_data, file);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileChooserNative *
make_native (GtkWindow            *parent,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  g_autoptr(GFile) folder = get_last_folder ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  return native;
}

static void
run_native (GtkFileChooserNative *native,
            DebriefFileChosen     callback,
            gpointer              user_data)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->callback = callback;
  pending->user_data = user_data;
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
debrief_file_chooser_open (GtkWindow         *parent,
                           DebriefFileChosen  callback,
                           gpointer           user_data)
{
  run_native (make_native (parent, _("Open Review"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open")),
              callback, user_data);
}

void
debrief_file_chooser_save (GtkWindow         *parent,
                           GFile             *current,
                           const char        *suggested_name,
                           DebriefFileChosen  callback,
                           gpointer           user_data)
{
  GtkFileChooserNative *native = make_native (parent, _("Save Review"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Save"));

  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  run_native (native, callback, user_data);
}

/* A transcript or log, or a folder (a Slack export), to import: no
 * review filter, since any file may be a log. */
void
debrief_file_chooser_open_source (GtkWindow         *parent,
                                  gboolean           folder,
                                  DebriefFileChosen  callback,
                                  gpointer           user_data)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (folder ? _("Import a Folder") : _("Import Chat or Logs"), parent,
                                 folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                                 _("_Import"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  run_native (native, callback, user_data);
}

#endif
