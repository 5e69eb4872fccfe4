/* debrief-window-file-watch.c — the review's file, changed by another program
 *
 * While a review from a file is open, the window watches that file. Most
 * editors and `git pull` replace a file by renaming another over it, so
 * every way a file can come, go, or finish being written starts a check.
 * A check waits until the file has been quiet for a moment, then reads its
 * etag, size and inode and compares them with the version the document
 * last opened or saved (debrief_document_is_disk_version()).
 *
 * The document's own saves never count: a save records the version it
 * wrote before the document stops being busy; while it is busy no check
 * runs and one in flight is cancelled, and when it ends the file is
 * checked again.
 *
 * A foreign change shows a banner under the header bar with Reload and
 * Keep Mine. A deleted or moved-away file shows one with Keep Mine only,
 * and marks the review modified so that Save writes it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-window-private.h"

/* Long enough for an editor's write-and-rename to settle. */
#define CHECK_DELAY_MS 500

/* ---- the banner ------------------------------------------------------------- */

/* Reloading while a save still writes the file would read half of ours. */
static void
update_banner_actions (DebriefWindow *self)
{
  gboolean shown = gtk_revealer_get_reveal_child (self->file_changed_revealer);
  gboolean deleted = !gtk_widget_get_visible (self->file_reload_button);
  gboolean busy = self->document != NULL && debrief_document_get_busy (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload-from-disk", shown && !deleted && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.keep-mine", shown);
}

static void
set_banner (DebriefWindow *self,
            gboolean       shown,
            gboolean       deleted)
{
  if (shown)
    {
      gtk_label_set_text (self->file_changed_label,
                          deleted ? _("The file was deleted or moved.")
                                  : _("The file was changed by another program."));
      gtk_widget_set_visible (self->file_reload_button, !deleted);
    }
  gtk_revealer_set_reveal_child (self->file_changed_revealer, shown);
  update_banner_actions (self);
}

/* ---- checking --------------------------------------------------------------- */

static void
cancel_check (DebriefWindow *self)
{
  g_clear_handle_id (&self->file_check_timeout, g_source_remove);
  if (self->file_check_cancellable != NULL)
    g_cancellable_cancel (self->file_check_cancellable);
  g_clear_object (&self->file_check_cancellable);
}

static void
on_file_checked (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DebriefWindow) self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->file_check_cancellable);
  self->file_checks_done++;

  if (info == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_debug ("Could not check the review’s file: %s", error->message);
      return;
    }

  g_set_object (&self->file_seen, info);
  if (debrief_document_is_disk_version (self->document, info))
    {
      set_banner (self, FALSE, FALSE);
      return;
    }
  if (info == NULL)
    debrief_document_set_modified (self->document, TRUE);
  set_banner (self, TRUE, info == NULL);
}

static gboolean
check_file (gpointer user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  self->file_check_timeout = 0;
  /* Saving: the end of the save checks again. */
  if (debrief_document_get_busy (self->document))
    return G_SOURCE_REMOVE;

  cancel_check (self);
  self->file_check_cancellable = g_cancellable_new ();
  g_file_query_info_async (debrief_document_get_file (self->document), DEBRIEF_DOCUMENT_DISK_ATTRIBUTES,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->file_check_cancellable,
                           on_file_checked, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Each event starts the wait again, so a burst is checked once. */
static void
schedule_check (DebriefWindow *self)
{
  g_clear_handle_id (&self->file_check_timeout, g_source_remove);
  self->file_check_timeout = g_timeout_add (CHECK_DELAY_MS, check_file, self);
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 DebriefWindow     *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      schedule_check (self);
      break;
    default:
      /* Writes still going on (a done-hint follows), attributes, unmounts. */
      break;
    }
}

static void
on_document_busy (DebriefDocument *document,
                  GParamSpec      *pspec,
                  DebriefWindow   *self)
{
  /* A check that read the file during a save could mistake our own
   * version for someone else's; it is dropped and done again after. */
  if (debrief_document_get_busy (document))
    cancel_check (self);
  else if (self->file_monitor != NULL)
    schedule_check (self);
  update_banner_actions (self);
}

/* ---- watching --------------------------------------------------------------- */

/* Also how the window starts: no banner, its actions off. */
void
_debrief_window_stop_watching_file (DebriefWindow *self)
{
  cancel_check (self);
  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_monitor, self);
      g_file_monitor_cancel (self->file_monitor);
      g_clear_object (&self->file_monitor);
    }
  g_clear_object (&self->file_seen);
  set_banner (self, FALSE, FALSE);
}

static void
watch_file (DebriefWindow *self)
{
  GFile *file = debrief_document_get_file (self->document);
  g_autoptr(GError) error = NULL;

  _debrief_window_stop_watching_file (self);
  if (file == NULL)
    return;

  self->file_monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->file_monitor == NULL)
    {
      g_debug ("Cannot watch the review’s file: %s", error->message);
      return;
    }
  g_signal_connect_object (self->file_monitor, "changed", G_CALLBACK (on_file_changed), self, 0);

  /* The file may have changed while it was being read. */
  if (debrief_document_get_disk_etag (self->document) != NULL)
    schedule_check (self);
}

static void
on_document_file (DebriefDocument *document,
                  GParamSpec      *pspec,
                  DebriefWindow   *self)
{
  watch_file (self);
}

/* Called when the window shows a new document; its handlers go with it. */
void
_debrief_window_watch_file (DebriefWindow *self)
{
  g_assert (self->document != NULL);

  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (on_document_file), self, 0);
  g_signal_connect_object (self->document, "notify::busy", G_CALLBACK (on_document_busy), self, 0);
  watch_file (self);
}

/* ---- the banner's answers --------------------------------------------------- */

static void
reload (DebriefWindow *self)
{
  g_autoptr(GFile) file = g_object_ref (debrief_document_get_file (self->document));

  /* The open path replaces the document only once the file has loaded; a
   * broken file leaves everything, the banner too, as it was. */
  debrief_window_open_file (self, file);
}

static void
on_reload_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DebriefWindow    *self)
{
  if (g_str_equal (response, "reload") && self->document != NULL &&
      debrief_document_get_file (self->document) != NULL)
    reload (self);
}

static void
ask_before_reloading (DebriefWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Your Changes and Reload?"),
                                              _("The review is read again from its file; the changes "
                                                "made here since it was last saved will be lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Discard and Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reload_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload_from_disk_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);

  if (self->document == NULL || debrief_document_get_file (self->document) == NULL)
    return;
  if (debrief_document_get_modified (self->document))
    ask_before_reloading (self);
  else
    reload (self);
}

/* The review here wins: it is marked modified so Save writes it, and what
 * is on disk now is taken as seen, so the same change does not come back. */
static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);

  if (self->document == NULL)
    return;
  set_banner (self, FALSE, FALSE);
  debrief_document_set_disk_version (self->document, self->file_seen);
  debrief_document_set_modified (self->document, TRUE);
}

void
_debrief_window_file_watch_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, file_changed_revealer);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, file_changed_label);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, file_reload_button);

  gtk_widget_class_install_action (widget_class, "win.reload-from-disk", NULL, reload_from_disk_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_action);
}
