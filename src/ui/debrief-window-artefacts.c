/* debrief-window-artefacts.c — images attached to the review
 *
 * "Attach Image…" copies a screenshot or an exported dashboard into the
 * review's `NAME.debrief.d/` folder and anchors it at the selected event
 * (its time and lane), else at the middle of what the timeline shows, as
 * one undoable step. The review must have been saved: a review without a
 * file has no folder for its images. A click on an image's marker shows its
 * inspector in the side panel (title, time, lane, remove); a double-click,
 * Enter or the inspector's Open Image opens it in a viewer (which shows a
 * clear page when the file is missing).
 *
 * Image files dropped on the timeline (debrief-window-drop.c) go the same
 * way, anchored at the drop point's time and the lane under it; a drop of
 * several is one undoable step, as one gesture should be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-artefact-files.h"
#include "debrief-artefact-inspector.h"
#include "debrief-artefact-viewer.h"
#include "debrief-edit-commands.h"
#include "debrief-window-private.h"

static void
toast (DebriefWindow *self,
       const char    *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static char *
new_artefact_id (DebriefReview *review)
{
  GListModel *artefacts = G_LIST_MODEL (debrief_review_get_artefacts (review));

  for (guint n = g_list_model_get_n_items (artefacts) + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("img%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (artefacts) && !taken; i++)
        {
          g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);

          taken = g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (artefact)), id);
        }
      if (!taken)
        return g_steal_pointer (&id);
    }
}

/* The selected event's time and lane, else the middle of the view. */
static void
anchor (DebriefWindow  *self,
        gint64         *out_time,
        const char    **out_lane)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  DebriefReview *review = debrief_document_get_review (self->document);
  DebriefEventRef ref = debrief_timeline_viewport_get_selected_event (viewport);
  DebriefEventStore *events = debrief_review_get_events (review);

  *out_lane = NULL;
  if (ref != DEBRIEF_EVENT_REF_NONE && debrief_event_store_is_live (events, ref))
    {
      const DebriefEvent *event = debrief_event_store_get (events, ref);
      DebriefLane *lane = debrief_review_get_lane_by_key (review, event->lane);

      *out_time = event->start;
      *out_lane = lane ? debrief_item_get_id (DEBRIEF_ITEM (lane)) : NULL;
      return;
    }
  *out_time = debrief_timeline_viewport_get_start (viewport) +
              (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport)) / 2;
}

static gboolean
can_attach (DebriefWindow *self)
{
  if (debrief_document_get_read_only (self->document))
    {
      toast (self, _("This review is read-only: no images can be attached to it"));
      return FALSE;
    }
  if (debrief_document_get_file (self->document) == NULL)
    {
      toast (self, _("Save the review first: its images are kept in a folder beside it"));
      return FALSE;
    }
  return TRUE;
}

/* Copies @image beside the review and anchors it at @time on @lane (an id,
 * or NULL for the lanes area's top); NULL with a toast saying why. */
static DebriefArtefact *
attach_image_at (DebriefWindow *self,
                 GFile         *image,
                 gint64         time,
                 const char    *lane)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *id = NULL, *title = NULL;
  g_autoptr(DebriefArtefact) artefact = NULL;

  if (!can_attach (self))
    return NULL;
  if ((path = debrief_artefact_copy_in (debrief_document_get_file (self->document), image, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not attach the image: %s"), error->message);

      toast (self, message);
      return NULL;
    }
  id = new_artefact_id (review);
  title = g_file_get_basename (image);
  artefact = debrief_artefact_new (id, path);
  debrief_artefact_set_kind (artefact, "image");
  debrief_artefact_set_title (artefact, title);
  debrief_artefact_set_start (artefact, time);
  debrief_artefact_set_lane (artefact, lane);
  debrief_history_push (debrief_document_get_history (self->document),
                        debrief_list_insert_command_new (debrief_review_get_artefacts (review), G_MAXUINT, artefact,
                                                         _("Attach Image")));
  return g_steal_pointer (&artefact);
}

/**
 * _debrief_window_attach_image:
 *
 * Copies @image beside the review and anchors it at the selected event,
 * else the middle of the view.
 *
 * Returns: (transfer full) (nullable): the artefact, or NULL (with a toast
 * saying why)
 */
DebriefArtefact *
_debrief_window_attach_image (DebriefWindow *self,
                              GFile         *image)
{
  const char *lane;
  gint64 time;

  anchor (self, &time, &lane);
  return attach_image_at (self, image, time, lane);
}

/**
 * _debrief_window_attach_images_at:
 * @images: (element-type GFile): image files, dropped together
 *
 * Attaches each of @images at @time on @lane, all as one undoable step.
 *
 * Returns: how many were attached (a toast says why any were not)
 */
guint
_debrief_window_attach_images_at (DebriefWindow *self,
                                  GPtrArray     *images,
                                  gint64         time,
                                  const char    *lane)
{
  DebriefHistory *history;
  guint attached = 0;

  if (images->len == 0 || !can_attach (self))
    return 0;
  history = debrief_document_get_history (self->document);
  debrief_history_begin_group (history, images->len == 1 ? _("Attach Image") : _("Attach Images"));
  for (guint i = 0; i < images->len; i++)
    {
      g_autoptr(DebriefArtefact) artefact = attach_image_at (self, images->pdata[i], time, lane);

      attached += artefact != NULL;
    }
  debrief_history_end_group (history);
  return attached;
}

static void
on_image_chosen (GtkNativeDialog *dialog,
                 int              response,
                 gpointer         user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;
  g_autoptr(DebriefArtefact) attached = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL && self->document != NULL)
    attached = _debrief_window_attach_image (self, file);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
attach_image_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  GtkFileChooserNative *native;
  GtkFileFilter *images;

  if (self->document == NULL || debrief_document_get_read_only (self->document))
    return;
  if (debrief_document_get_file (self->document) == NULL)
    {
      toast (self, _("Save the review first: its images are kept in a folder beside it"));
      return;
    }
  native = gtk_file_chooser_native_new (_("Attach Image"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Attach"), _("_Cancel"));
  images = gtk_file_filter_new ();
  gtk_file_filter_set_name (images, _("Images"));
  gtk_file_filter_add_pixbuf_formats (images);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), images);
  g_object_unref (images);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_image_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* What images' paths are relative to: the review file, or for the bundled
 * example (never saved) its place in the app's resources, set by Open
 * Example. */
GFile *
_debrief_window_images_base (DebriefDocument *document)
{
  GFile *file = debrief_document_get_file (document);

  return file != NULL ? file : g_object_get_data (G_OBJECT (document), "debrief-images-base");
}

#define CARRIED_KEY "debrief-carried-images"

/* Save As: the review's images go along to @target's folder before it is
 * written there. FALSE, with @error set, when one could not be copied. */
gboolean
_debrief_window_carry_images (DebriefWindow  *self,
                              GFile          *target,
                              GError        **error)
{
  GFile *base = _debrief_window_images_base (self->document);
  DebriefReview *review = debrief_document_get_review (self->document);
  GHashTable *undo = NULL;

  if (base == NULL)
    return TRUE;  /* never saved: no image can be attached yet */
  if (!debrief_artefact_files_carry (G_LIST_MODEL (debrief_review_get_artefacts (review)), base, target, &undo, error))
    return FALSE;
  g_object_set_data_full (G_OBJECT (self->document), CARRIED_KEY, undo, (GDestroyNotify) g_hash_table_unref);
  return TRUE;
}

/* After the save: kept, or (@saved FALSE) the artefacts name the images
 * beside the old file again, where the review still is. */
void
_debrief_window_carried_images_done (DebriefWindow *self,
                                     gboolean       saved)
{
  GHashTable *undo = g_object_get_data (G_OBJECT (self->document), CARRIED_KEY);
  DebriefReview *review = debrief_document_get_review (self->document);

  if (undo != NULL && !saved)
    debrief_artefact_files_rename (G_LIST_MODEL (debrief_review_get_artefacts (review)), undo);
  g_object_set_data (G_OBJECT (self->document), CARRIED_KEY, NULL);
}

static void
open_viewer (DebriefWindow   *self,
             DebriefArtefact *artefact)
{
  GtkWidget *viewer = debrief_artefact_viewer_new (GTK_WINDOW (self), _debrief_window_images_base (self->document), artefact);

  gtk_window_present (GTK_WINDOW (viewer));
}

static void
on_artefact_activated (DebriefTimelineView *view,
                       DebriefArtefact     *artefact,
                       DebriefWindow       *self)
{
  open_viewer (self, artefact);
}

static void
on_inspector_open (DebriefArtefactInspector *inspector,
                   DebriefArtefact          *artefact,
                   DebriefWindow            *self)
{
  open_viewer (self, artefact);
}

/* A click on an image's marker: its inspector, like a click on a chart. */
static void
on_artefact_selected (DebriefTimelineView *view,
                      DebriefArtefact     *artefact,
                      DebriefWindow       *self)
{
  self->inspecting_item = TRUE;
  debrief_artefact_inspector_set_artefact (DEBRIEF_ARTEFACT_INSPECTOR (self->artefact_inspector), artefact);
  gtk_stack_set_visible_child (self->inspector_stack, self->artefact_inspector);
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

static void
on_inspector_done (GtkWidget     *inspector,
                   DebriefWindow *self)
{
  if (gtk_stack_get_visible_child (self->inspector_stack) != inspector)
    return;
  _debrief_window_show_selection (self);
}

/* Thumbnails are found beside the review: follow its file (Save As moves it). */
static void
on_document_file (DebriefDocument *document,
                  GParamSpec      *pspec,
                  DebriefWindow   *self)
{
  GFile *base = _debrief_window_images_base (document);
  g_autoptr(GFile) folder = base != NULL ? g_file_get_parent (base) : NULL;

  debrief_timeline_view_set_image_folder (self->timeline_view, folder);
  debrief_artefact_inspector_set_folder (DEBRIEF_ARTEFACT_INSPECTOR (self->artefact_inspector), folder);
}

/* Called when the window shows a new document; the handler goes with it. */
void
_debrief_window_artefacts_document (DebriefWindow *self)
{
  gboolean editable = !debrief_document_get_read_only (self->document);

  debrief_artefact_inspector_set_review (DEBRIEF_ARTEFACT_INSPECTOR (self->artefact_inspector),
                                         debrief_document_get_review (self->document),
                                         editable ? debrief_document_get_history (self->document) : NULL);
  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (on_document_file), self, 0);
  on_document_file (self->document, NULL, self);
}

static const GActionEntry artefact_entries[] = {
  { "attach-image", attach_image_activated, NULL, NULL, NULL },
};

void
_debrief_window_setup_artefacts (DebriefWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), artefact_entries, G_N_ELEMENTS (artefact_entries), self);
  self->artefact_inspector = debrief_artefact_inspector_new ();
  gtk_stack_add_named (self->inspector_stack, self->artefact_inspector, "artefact");
  g_signal_connect_object (self->timeline_view, "artefact-selected", G_CALLBACK (on_artefact_selected), self, 0);
  g_signal_connect_object (self->timeline_view, "artefact-activated", G_CALLBACK (on_artefact_activated), self, 0);
  g_signal_connect_object (self->artefact_inspector, "open", G_CALLBACK (on_inspector_open), self, 0);
  g_signal_connect_object (self->artefact_inspector, "done", G_CALLBACK (on_inspector_done), self, 0);
}
