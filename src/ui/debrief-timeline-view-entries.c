/* debrief-timeline-view-entries.c — selecting perspective entries
 *
 * A click on an entry selects it (the inspector shows it); Ctrl+click adds
 * it to the selection or takes it out, so two or more accounts can be
 * marked as diverging or agreeing. The entries are kept by reference: an
 * entry an undo took away stays selected but is no longer drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include "debrief-timeline-view-private.h"

static guint entry_selection_changed;

void
_debrief_timeline_view_entries_class_init (GObjectClass *object_class)
{
  /* The selected entries changed: the window shows them in the inspector. */
  entry_selection_changed = g_signal_new ("entry-selection-changed", G_TYPE_FROM_CLASS (object_class),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GPtrArray *
selection_of (DebriefTimelineView *self)
{
  if (self->selected_entries == NULL)
    self->selected_entries = g_ptr_array_new_with_free_func (g_object_unref);
  return self->selected_entries;
}

static void
entries_changed (DebriefTimelineView *self)
{
  gtk_widget_queue_draw (self->marks);
  g_signal_emit (self, entry_selection_changed, 0);
}

/**
 * debrief_timeline_view_select_entry:
 * @entry: (nullable): %NULL clears the selection
 * @toggle: add @entry to the selection, or take it out if it is in
 */
void
debrief_timeline_view_select_entry (DebriefTimelineView     *self,
                                    DebriefPerspectiveEntry *entry,
                                    gboolean                 toggle)
{
  GPtrArray *selection;
  guint index;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  selection = selection_of (self);
  if (!toggle)
    {
      if (entry == NULL && selection->len == 0)
        return;
      g_ptr_array_set_size (selection, 0);
    }
  if (entry != NULL)
    {
      if (toggle && g_ptr_array_find (selection, entry, &index))
        g_ptr_array_remove_index (selection, index);
      else
        g_ptr_array_add (selection, g_object_ref (entry));
    }
  entries_changed (self);
}

/* Returns: (transfer none) (element-type DebriefPerspectiveEntry): the
 * selected entries, in the order they were chosen (the last is the one
 * the inspector shows) */
GPtrArray *
debrief_timeline_view_get_selected_entries (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return selection_of (self);
}

void
_debrief_timeline_view_click_entry (DebriefTimelineView     *self,
                                    DebriefPerspectiveEntry *entry,
                                    GdkModifierType          state)
{
  debrief_timeline_view_select_entry (self, entry, (state & GDK_CONTROL_MASK) != 0);
}

void
_debrief_timeline_view_fill_entry_marks (DebriefTimelineView  *self,
                                         DebriefTimelineMarks *marks)
{
  GPtrArray *selection = selection_of (self);

  if (selection->len == 0)
    return;
  marks->selected_entry = g_ptr_array_index (selection, selection->len - 1);
  marks->selected_entries = (DebriefPerspectiveEntry * const *) selection->pdata;
  marks->n_selected_entries = selection->len;
}
