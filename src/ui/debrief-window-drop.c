/* debrief-window-drop.c — files dropped on the window
 *
 * A review file (`*.debrief`) dropped on the window opens, the way Open
 * would: in this window if it is free, else in a window of its own. Anything
 * else — chat transcripts, logs, a Slack export folder or zip — is taken as
 * material for the review and starts the import assistant with those files
 * chosen, so the facilitator sees the preview before anything changes. With
 * no review open yet, the material goes into a new review.
 *
 * Images (by content type: PNG, JPEG, WebP, GIF…) dropped on the timeline
 * itself are attached where they land — the time under the pointer, the
 * lane under it — through the same code as Attach Image… (copied into
 * NAME.debrief.d/), all in one undoable step. Dropped anywhere else, or
 * with the timeline not shown, they are material as before.
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

/* By content, not by name: a screenshot saved without an extension is one. */
static gboolean
is_image (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  const char *type = info != NULL ? g_file_info_get_content_type (info) : NULL;
  g_autofree char *mime = type != NULL ? g_content_type_get_mime_type (type) : NULL;

  return mime != NULL && g_str_has_prefix (mime, "image/");
}

/* Where on the timeline (@x, @y) in the window is, if it is on it. */
static gboolean
timeline_point (DebriefWindow  *self,
                double          x,
                double          y,
                gint64         *out_time,
                const char    **out_lane)
{
  GtkWidget *view = GTK_WIDGET (self->timeline_view);
  double vx, vy;

  if (self->document == NULL || self->open_cancellable != NULL || !gtk_widget_get_mapped (view) ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self), view, x, y, &vx, &vy))
    return FALSE;
  return debrief_timeline_view_drop_point (self->timeline_view, vx, vy, out_time, out_lane);
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
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  g_autoptr(GPtrArray) material = g_ptr_array_new ();
  const char *lane = NULL;
  gint64 time = 0;
  gboolean on_timeline;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  on_timeline = timeline_point (self, x, y, &time, &lane);
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (is_review_file (l->data) ? reviews : on_timeline && is_image (l->data) ? images : material,
                     l->data);
  g_slist_free (files);
  if (reviews->len == 0 && images->len == 0 && material->len == 0)
    return FALSE;

  _debrief_window_attach_images_at (self, images, time, lane);
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
