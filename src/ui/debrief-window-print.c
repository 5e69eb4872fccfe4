/* debrief-window-print.c — the window's Print (Ctrl+P) and Export
 * (Ctrl+Shift+E) actions
 *
 * Both hand over what the window shows now — the visible window of time,
 * the marked range as "Selection", the perspectives side by side — and
 * leave the rest to debrief-print.c and the Export dialog. Errors reach
 * the person as a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-export-dialog.h"
#include "debrief-print.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static gboolean
fill_source (DebriefWindow      *self,
             DebriefPrintSource *source)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);

  *source = (DebriefPrintSource) { 0 };
  if (self->document == NULL)
    return FALSE;
  source->review = debrief_document_get_review (self->document);
  source->visible_from = debrief_timeline_viewport_get_start (viewport);
  source->visible_to = debrief_timeline_viewport_get_end (viewport);
  if (!debrief_timeline_viewport_get_range (viewport, &source->selection_from, &source->selection_to))
    source->selection_from = source->selection_to = DEBRIEF_TIME_NONE;
  source->perspectives = debrief_timeline_view_get_perspectives (self->timeline_view);
  source->split_by_kind = debrief_timeline_view_get_split_by_kind (self->timeline_view);
  source->pinned = debrief_timeline_view_get_pinned_perspective (self->timeline_view);
  source->review_file = _debrief_window_images_base (self->document);
  return source->review != NULL;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);
  DebriefPrintSource source;
  g_autoptr(GError) error = NULL;

  if (!fill_source (self, &source))
    return;
  if (debrief_print_run (GTK_WINDOW (self), &source, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error ? error->message : _("unknown error"));

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);
  DebriefPrintSource source;

  if (fill_source (self, &source))
    gtk_window_present (GTK_WINDOW (debrief_export_dialog_new (GTK_WINDOW (self), self->toast_overlay, &source)));
}

void
_debrief_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
}
