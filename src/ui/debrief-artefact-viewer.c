/* debrief-artefact-viewer.c — an attached image, large, with zoom
 *
 * The image is found beside the review by its relative path (never
 * outside the review's folder, links followed). A file that is missing, or
 * that is not an image GTK can read, shows a clear page saying which file
 * and why — never a crash, never an empty window. Zoom: the buttons,
 * Ctrl+plus/minus, Ctrl+0 to fit (the start), Ctrl+1 for 100 %.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-artefact-viewer"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-artefact-files.h"
#include "debrief-artefact-viewer.h"

struct _DebriefArtefactViewer
{
  AdwWindow     parent_instance;

  GtkWidget    *stack;
  GtkWidget    *picture;
  GtkWidget    *missing;
  GtkWidget    *zoom_label;
  GdkPaintable *image;
  double        zoom;     /* 0: fit the window */
};

G_DEFINE_FINAL_TYPE (DebriefArtefactViewer, debrief_artefact_viewer, ADW_TYPE_WINDOW)

static void
apply_zoom (DebriefArtefactViewer *self)
{
  g_autofree char *label = NULL;

  if (self->image == NULL)
    return;
  if (self->zoom <= 0)
    {
      gtk_widget_set_size_request (self->picture, -1, -1);
      gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
      gtk_label_set_text (GTK_LABEL (self->zoom_label), _("Fit"));
      return;
    }
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_widget_set_size_request (self->picture,
                               (int) (gdk_paintable_get_intrinsic_width (self->image) * self->zoom),
                               (int) (gdk_paintable_get_intrinsic_height (self->image) * self->zoom));
  label = g_strdup_printf ("%.0f %%", self->zoom * 100);
  gtk_label_set_text (GTK_LABEL (self->zoom_label), label);
}

static void
zoom_by (DebriefArtefactViewer *self,
         double                 factor)
{
  if (self->zoom <= 0)
    {
      int width = gtk_widget_get_width (self->picture);
      int intrinsic = self->image ? gdk_paintable_get_intrinsic_width (self->image) : 0;

      self->zoom = width > 0 && intrinsic > 0 ? (double) width / intrinsic : 1;
    }
  self->zoom = CLAMP (self->zoom * factor, 0.05, 16);
  apply_zoom (self);
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  zoom_by (DEBRIEF_ARTEFACT_VIEWER (widget), 1.25);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  zoom_by (DEBRIEF_ARTEFACT_VIEWER (widget), 0.8);
}

static void
zoom_fit_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  DebriefArtefactViewer *self = DEBRIEF_ARTEFACT_VIEWER (widget);

  self->zoom = 0;
  apply_zoom (self);
}

static void
zoom_actual_activated (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  DebriefArtefactViewer *self = DEBRIEF_ARTEFACT_VIEWER (widget);

  self->zoom = 1;
  apply_zoom (self);
}

static GtkWidget *
icon_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static GtkWidget *
build_header (DebriefArtefactViewer *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  self->zoom_label = gtk_label_new (_("Fit"));
  gtk_widget_set_size_request (self->zoom_label, 64, -1);
  gtk_box_append (GTK_BOX (box), icon_button ("zoom-out-symbolic", "viewer.zoom-out", _("Zoom Out (Ctrl+−)")));
  gtk_box_append (GTK_BOX (box), icon_button ("zoom-fit-best-symbolic", "viewer.zoom-fit", _("Fit (Ctrl+0)")));
  gtk_box_append (GTK_BOX (box), icon_button ("zoom-in-symbolic", "viewer.zoom-in", _("Zoom In (Ctrl++)")));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), box);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->zoom_label);
  return header;
}

static void
build (DebriefArtefactViewer *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->picture = gtk_picture_new ();
  gtk_widget_set_halign (self->picture, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->picture, GTK_ALIGN_CENTER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->picture);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->missing = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->missing), "image-missing-symbolic");
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "image");
  gtk_stack_add_named (GTK_STACK (self->stack), self->missing, "missing");
  gtk_box_append (GTK_BOX (content), build_header (self));
  gtk_box_append (GTK_BOX (content), self->stack);
  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 680);
}

static void
debrief_artefact_viewer_dispose (GObject *object)
{
  DebriefArtefactViewer *self = DEBRIEF_ARTEFACT_VIEWER (object);

  g_clear_object (&self->image);
  G_OBJECT_CLASS (debrief_artefact_viewer_parent_class)->dispose (object);
}

static void
debrief_artefact_viewer_class_init (DebriefArtefactViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_artefact_viewer_dispose;
  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-fit", NULL, zoom_fit_activated);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-actual", NULL, zoom_actual_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "viewer.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "viewer.zoom-actual", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
debrief_artefact_viewer_init (DebriefArtefactViewer *self)
{
  build (self);
}

static void
show_missing (DebriefArtefactViewer *self,
              const char            *path,
              const char            *reason)
{
  adw_status_page_set_title (ADW_STATUS_PAGE (self->missing), _("Image Not Available"));
  {
    g_autofree char *description = g_strdup_printf ("%s\n%s", path ? path : "", reason);

    adw_status_page_set_description (ADW_STATUS_PAGE (self->missing), description);
  }
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->missing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-in", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-out", FALSE);
}

/**
 * debrief_artefact_viewer_new:
 * @review_file: (nullable): where the review is; NULL if never saved
 *
 * Returns: (transfer full): a window showing @artefact's image, or a page
 * saying why it cannot
 */
GtkWidget *
debrief_artefact_viewer_new (GtkWindow       *parent,
                             GFile           *review_file,
                             DebriefArtefact *artefact)
{
  DebriefArtefactViewer *self = g_object_new (DEBRIEF_TYPE_ARTEFACT_VIEWER, "transient-for", parent, NULL);
  const char *path = debrief_artefact_get_path (artefact);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  gtk_window_set_title (GTK_WINDOW (self), debrief_artefact_get_title (artefact) ? debrief_artefact_get_title (artefact)
                                                                                 : path);
  if (review_file == NULL)
    show_missing (self, path, _("The review has not been saved, so it has no folder to find images in."));
  else if ((file = debrief_artefact_resolve (review_file, path, &error)) == NULL ||
           (self->image = GDK_PAINTABLE (gdk_texture_new_from_file (file, &error))) == NULL)
    show_missing (self, path, error->message);
  else
    {
      gtk_picture_set_paintable (GTK_PICTURE (self->picture), self->image);
      apply_zoom (self);
    }
  return GTK_WIDGET (self);
}

gboolean
debrief_artefact_viewer_shows_image (DebriefArtefactViewer *self)
{
  g_return_val_if_fail (DEBRIEF_IS_ARTEFACT_VIEWER (self), FALSE);
  return self->image != NULL;
}
