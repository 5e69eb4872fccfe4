/* debrief-window-series.c — the window's part for metric charts
 *
 * A click on a chart opens its inspector in the side panel, like a click on
 * a phase; "done" (back, or the chart removed) returns to the selection.
 * The inspector page is added here rather than in the window's template,
 * so the charts' wiring lives in one file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include "debrief-series-inspector.h"
#include "debrief-window-private.h"

static void
on_series_activated (DebriefTimelineView *view,
                     DebriefSeries       *series,
                     DebriefWindow       *self)
{
  self->inspecting_item = TRUE;
  debrief_series_inspector_set_series (DEBRIEF_SERIES_INSPECTOR (self->series_inspector), series);
  gtk_stack_set_visible_child (self->inspector_stack, self->series_inspector);
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

static void
on_done (GtkWidget     *inspector,
         DebriefWindow *self)
{
  if (gtk_stack_get_visible_child (self->inspector_stack) != inspector)
    return;
  self->inspecting_item = FALSE;
  _debrief_window_show_selection (self);
}

void
_debrief_window_setup_series (DebriefWindow *self)
{
  self->series_inspector = debrief_series_inspector_new ();
  gtk_stack_add_named (self->inspector_stack, self->series_inspector, "series");
  g_signal_connect_object (self->timeline_view, "series-activated", G_CALLBACK (on_series_activated), self, 0);
  g_signal_connect_object (self->series_inspector, "done", G_CALLBACK (on_done), self, 0);
}

/* A new document: the inspector follows its review and history. */
void
_debrief_window_series_document (DebriefWindow *self)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  gboolean editable = !debrief_document_get_read_only (self->document);

  debrief_series_inspector_set_review (DEBRIEF_SERIES_INSPECTOR (self->series_inspector), review,
                                       editable ? debrief_document_get_history (self->document) : NULL);
  gtk_widget_set_sensitive (self->series_inspector, editable);
}
