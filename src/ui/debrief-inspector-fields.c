/* debrief-inspector-fields.c — what the review and lane inspectors' fields
 * share
 *
 * A field is an AdwEntryRow or a GtkTextView. Each keeps the text it held
 * when it got focus, so Escape can put it back; getting focus seals the
 * history, so a new visit to a field is a new undo step while a typing
 * burst within it merges into one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include "debrief-inspector-fields-private.h"

#define FOCUS_VALUE_KEY "debrief-focus-value"

typedef struct {
  DebriefHistoryGetter get_history;
  gpointer             owner;
} Watch;

GtkWidget *
_debrief_inspector_group (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

GtkWidget *
_debrief_inspector_entry_row (const char *title,
                              GCallback   on_changed,
                              gpointer    owner)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Ctrl+Z belongs to the review's history, not to the field. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_signal_connect (row, "changed", on_changed, owner);
  return row;
}

/* A multi-line field, framed so it reads as editable. */
GtkWidget *
_debrief_inspector_text_frame (const char  *accessible_label,
                               GtkWidget  **out_text_view)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextView *text = GTK_TEXT_VIEW (view);

  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (text), FALSE);
  gtk_text_view_set_wrap_mode (text, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (text, FALSE);
  gtk_text_view_set_top_margin (text, 8);
  gtk_text_view_set_bottom_margin (text, 8);
  gtk_text_view_set_left_margin (text, 10);
  gtk_text_view_set_right_margin (text, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  /* A fixed height that scrolls: a text view's height follows its last
   * width, not the one it is offered, so letting it grow gave a box that
   * was sometimes cut short; and a long summary should not push the lanes
   * out of the panel anyway. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 150);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_add_css_class (frame, "view");
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  *out_text_view = view;
  return frame;
}

char *
_debrief_inspector_field_get_text (GtkWidget *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Setting the same text again would still emit ::changed and move the
 * cursor; leave the field alone instead. */
void
_debrief_inspector_field_set_text (GtkWidget  *field,
                                   const char *text)
{
  g_autofree char *current = _debrief_inspector_field_get_text (field);

  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;
  if (GTK_IS_EDITABLE (field))
    {
      gtk_editable_set_text (GTK_EDITABLE (field), text != NULL ? text : "");
      /* A long title shows its beginning, not its end, until clicked. */
      if (!_debrief_inspector_field_has_focus (field))
        gtk_editable_set_position (GTK_EDITABLE (field), 0);
    }
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text != NULL ? text : "", -1);
}

gboolean
_debrief_inspector_field_has_focus (GtkWidget *field)
{
  GtkRoot *root = gtk_widget_get_root (field);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == field || gtk_widget_is_ancestor (focus, field));
}

void
_debrief_inspector_set_editable (GtkWidget *field,
                                 gboolean   editable)
{
  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_editable (GTK_EDITABLE (field), editable);
  else
    gtk_text_view_set_editable (GTK_TEXT_VIEW (field), editable);
}

void
_debrief_inspector_mark_invalid (GtkWidget  *row,
                                 const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
}

/* A click on a switch or a swatch is a step of its own, even right after
 * typing, and two clicks on it are two steps. */
void
_debrief_inspector_seal (DebriefHistory *history)
{
  if (history != NULL)
    debrief_history_seal (history);
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                Watch                   *watch)
{
  GtkWidget *field = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  g_object_set_data_full (G_OBJECT (field), FOCUS_VALUE_KEY, _debrief_inspector_field_get_text (field), g_free);
  _debrief_inspector_seal (watch->get_history (watch->owner));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Watch                 *watch)
{
  GtkWidget *field = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  const char *focus_value = g_object_get_data (G_OBJECT (field), FOCUS_VALUE_KEY);
  g_autofree char *current = NULL;

  if (keyval != GDK_KEY_Escape || focus_value == NULL)
    return FALSE;
  current = _debrief_inspector_field_get_text (field);
  if (g_strcmp0 (current, focus_value) == 0)
    return FALSE;  /* nothing to revert: let Escape close or go back */
  /* The field's ::changed handler applies the old text, which merges into
   * the burst being reverted. */
  _debrief_inspector_field_set_text (field, focus_value);
  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_position (GTK_EDITABLE (field), -1);
  return TRUE;
}

void
_debrief_inspector_watch_field (GtkWidget           *field,
                                DebriefHistoryGetter get_history,
                                gpointer             owner)
{
  Watch *watch = g_new (Watch, 1);
  GtkEventController *controller = gtk_event_controller_focus_new ();

  *watch = (Watch) { get_history, owner };
  g_object_set_data_full (G_OBJECT (field), "debrief-field-watch", watch, g_free);
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter), watch);
  gtk_widget_add_controller (field, controller);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), watch);
  gtk_widget_add_controller (field, controller);
}

/* A lane chooser (an AdwComboRow over @names): @none_label first, then the
 * review's lanes; @ids gets each row's lane id (NULL for the first), and
 * the row of @current is selected. */
void
_debrief_inspector_fill_lanes (GtkWidget     *combo_row,
                               GtkStringList *names,
                               GPtrArray     *ids,
                               DebriefReview *review,
                               const char    *none_label,
                               const char    *current)
{
  GListModel *lanes = debrief_review_get_lanes (review);
  guint selected = 0, n = g_list_model_get_n_items (lanes);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  g_ptr_array_set_size (ids, 0);
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (shown, (gpointer) none_label);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      g_ptr_array_add (ids, g_strdup (debrief_item_get_id (DEBRIEF_ITEM (lane))));
      g_ptr_array_add (shown, (gpointer) debrief_lane_get_name (lane));
      if (g_strcmp0 (current, debrief_item_get_id (DEBRIEF_ITEM (lane))) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (shown, NULL);
  gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                          (const char * const *) shown->pdata);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo_row), selected);
}
