/* debrief-window-drop.c — files dropped on the window
 *
 * A review file (`*.debrief`) dropped on the window opens, the way Open
 * would: in this window if it is free, else in a window of its own. Anything
 * else — chat transcripts, logs, a Slack export folder or zip — is taken as
 * material for the review and starts the import assistant with those files
 * chosen, so the facilitator sees the preview before anything changes. With
 * no review open yet, the material goes into a new review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-window-private.h"

static gboolean
is_review_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, ".debrief");
}

static void
toast (DebriefWindow *self,
       const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
open_reviews (DebriefWindow *self,
              GPtrArray     *reviews)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (reviews->len == 0)
    return;
  /* The application knows which windows are free and which already show
   * one of these files; a dropped review behaves as one opened from Files. */
  g_application_open (application, (GFile **) reviews->pdata, (int) reviews->len, "");
}

static void
import_material (DebriefWindow *self,
                 GPtrArray     *material)
{
  if (material->len == 0)
    return;
  if (self->open_cancellable != NULL)
    {
      toast (self, _("Wait for the review to open, then drop the files again"));
      return;
    }
  if (self->document == NULL)
    {
      g_autoptr(DebriefDocument) document = debrief_document_new ();

      debrief_window_set_document (self, document);
    }
  if (!_debrief_window_import (self, material))
    toast (self, debrief_document_get_read_only (self->document)
                   ? _("This review is read-only: nothing can be imported into it")
                   : _("The review is busy; drop the files again in a moment"));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DebriefWindow *self)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new ();
  g_autoptr(GPtrArray) material = g_ptr_array_new ();
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (is_review_file (l->data) ? reviews : material, l->data);
  g_slist_free (files);
  if (reviews->len == 0 && material->len == 0)
    return FALSE;

  open_reviews (self, reviews);
  import_material (self, material);
  return TRUE;
}

void
_debrief_window_setup_drop (DebriefWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
