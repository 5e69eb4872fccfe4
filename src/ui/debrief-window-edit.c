/* debrief-window-edit.c — the window's editing: history, inspector, selection
 *
 * Undo and redo follow the document's one history; the inspector beside
 * the views shows what the timeline has selected: one event to edit, or
 * several to shift or delete together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-import-dialog.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static DebriefHistory *
history_of (DebriefWindow *self)
{
  return self->document != NULL ? debrief_document_get_history (self->document) : NULL;
}

static gboolean
can_edit (DebriefWindow *self)
{
  return self->document != NULL && !debrief_document_get_read_only (self->document) &&
         !debrief_document_get_busy (self->document);
}

static void
set_enabled (DebriefWindow *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static GArray *
live_selection (DebriefWindow *self)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  DebriefEventStore *events;
  guint n;
  const DebriefEventRef *selected = debrief_timeline_viewport_get_selection (viewport, &n);

  if (self->document == NULL)
    return refs;
  events = debrief_review_get_events (debrief_document_get_review (self->document));
  for (guint i = 0; i < n; i++)
    if (debrief_event_store_is_live (events, selected[i]))
      g_array_append_val (refs, selected[i]);
  return refs;
}

void
_debrief_window_update_edit_actions (DebriefWindow *self)
{
  DebriefHistory *history = history_of (self);
  g_autoptr(GArray) selection = live_selection (self);
  gboolean editable = can_edit (self);

  set_enabled (self, "undo", editable && history != NULL && debrief_history_can_undo (history));
  set_enabled (self, "redo", editable && history != NULL && debrief_history_can_redo (history));
  set_enabled (self, "delete-selection", editable && selection->len > 0);
  set_enabled (self, "shift-times", editable && selection->len > 0);
  set_enabled (self, "show-inspector", self->document != NULL);
  set_enabled (self, "add-phase", editable);
  set_enabled (self, "import", editable);
  set_enabled (self, "add-marker", editable);
}

/* ---- the inspector follows the selection ------------------------------------------------ */

static void
show_selection (DebriefWindow *self)
{
  g_autoptr(GArray) selection = live_selection (self);
  g_autofree char *title = NULL;

  _debrief_window_update_edit_actions (self);
  if (self->inspecting_item)
    return;

  if (selection->len == 0)
    {
      debrief_event_inspector_set_event (self->event_inspector, DEBRIEF_EVENT_REF_NONE);
      gtk_stack_set_visible_child_name (self->inspector_stack, "empty");
    }
  else if (selection->len == 1)
    {
      debrief_event_inspector_set_event (self->event_inspector, g_array_index (selection, DebriefEventRef, 0));
      gtk_stack_set_visible_child_name (self->inspector_stack, "event");
    }
  else
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u Event Selected", "%'u Events Selected", selection->len),
                               selection->len);
      adw_status_page_set_title (self->many_page, title);
      gtk_stack_set_visible_child_name (self->inspector_stack, "many");
    }
  _debrief_window_update_edit_actions (self);
}

/* Back from an item's page (an entry's, a chart's, the comparison panel)
 * to the selected events. */
void
_debrief_window_show_selection (DebriefWindow *self)
{
  self->inspecting_item = FALSE;
  show_selection (self);
}

static void
on_selection_changed (DebriefTimelineViewport *viewport,
                      DebriefWindow           *self)
{
  self->inspecting_item = FALSE;
  show_selection (self);
}

/* ---- phases and markers ------------------------------------------------------------------ */

static void
show_phase (DebriefWindow *self,
            DebriefPhase  *phase)
{
  self->inspecting_item = TRUE;
  debrief_phase_inspector_set_phase (self->phase_inspector, phase);
  gtk_stack_set_visible_child_name (self->inspector_stack, "phase");
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

static void
on_phase_activated (DebriefTimelineView *view,
                    DebriefPhase        *phase,
                    DebriefWindow       *self)
{
  show_phase (self, phase);
}

/* The inspector that said "done" may not be the one showing (an undo
 * took its lane away while an event was shown): only then go back. */
static void
on_item_inspector_done (GtkWidget     *inspector,
                        DebriefWindow *self)
{
  if (gtk_stack_get_visible_child (self->inspector_stack) != inspector)
    return;
  self->inspecting_item = FALSE;
  show_selection (self);
}

/* ---- lanes ---------------------------------------------------------------------------------- */

static void
show_lane (DebriefWindow *self,
           DebriefLane   *lane)
{
  if (lane == NULL)
    return;
  self->inspecting_item = TRUE;
  debrief_lane_inspector_set_lane (self->lane_inspector, lane);
  gtk_stack_set_visible_child_name (self->inspector_stack, "lane");
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

/* From the review page's list, or a new lane to name at once. */
static void
on_review_lane_activated (DebriefReviewInspector *inspector,
                          DebriefLane            *lane,
                          DebriefWindow          *self)
{
  show_lane (self, lane);
  debrief_lane_inspector_focus_name (self->lane_inspector);
}

/* A click on a lane's header in the timeline. */
static void
on_timeline_lane_activated (DebriefTimelineView *view,
                            guint                lane_key,
                            DebriefWindow       *self)
{
  show_lane (self, debrief_review_get_lane_by_key (debrief_document_get_review (self->document), lane_key));
}

static char *
make_phase_id (GListModel *phases)
{
  for (guint n = g_list_model_get_n_items (phases) + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("ph-%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (phases) && !taken; i++)
        {
          g_autoptr(DebriefItem) item = g_list_model_get_item (phases, i);

          taken = g_strcmp0 (debrief_item_get_id (item), id) == 0;
        }
      if (!taken)
        return g_steal_pointer (&id);
    }
}

/* Phases are kept in time order, as the file lists them. */
static guint
phase_position (GListModel *phases,
                gint64      start)
{
  guint n = g_list_model_get_n_items (phases), i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      if (debrief_phase_get_start (phase) > start)
        break;
    }
  return i;
}

static void
add_phase (DebriefWindow    *self,
           DebriefPhaseKind  kind,
           gint64            start,
           gint64            end)
{
  GListStore *phases = debrief_review_get_phases (debrief_document_get_review (self->document));
  g_autofree char *id = make_phase_id (G_LIST_MODEL (phases));
  g_autoptr(DebriefPhase) phase = debrief_phase_new (id, kind, kind == DEBRIEF_PHASE_KIND_MARKER ? _("New marker") : _("New phase"),
                                                     start, end);

  debrief_history_push (history_of (self),
                        debrief_list_insert_command_new (phases, phase_position (G_LIST_MODEL (phases), start), phase,
                                                         kind == DEBRIEF_PHASE_KIND_MARKER ? _("Add Marker") : _("Add Phase")));
  show_phase (self, phase);
  debrief_phase_inspector_focus_name (self->phase_inspector);
}

/* The marked range (Shift+drag) becomes a phase. */
static void
add_phase_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  gint64 start, end;

  if (!can_edit (self) || !debrief_timeline_viewport_get_range (viewport, &start, &end) || end <= start)
    return;
  debrief_timeline_viewport_clear_range (viewport);
  add_phase (self, DEBRIEF_PHASE_KIND_PHASE, start, end);
}

/* A marker at the selected event, or in the middle of the view. */
static void
add_marker_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  DebriefEventStore *events;
  DebriefEventRef ref;
  gint64 time;

  if (!can_edit (self))
    return;
  events = debrief_review_get_events (debrief_document_get_review (self->document));
  ref = debrief_timeline_viewport_get_selected_event (viewport);
  time = debrief_event_store_is_live (events, ref) ? debrief_event_store_get (events, ref)->start
                                                   : (debrief_timeline_viewport_get_start (viewport) +
                                                      debrief_timeline_viewport_get_end (viewport)) / 2;
  add_phase (self, DEBRIEF_PHASE_KIND_MARKER, time, DEBRIEF_TIME_NONE);
}

/* A deleted event leaves the selection empty-handed; undo brings it back. */
static void
on_review_changed (DebriefReview *review,
                   DebriefWindow *self)
{
  show_selection (self);
  _debrief_window_search_review_changed (self);
}

static void
on_history_notify (DebriefHistory *history,
                   GParamSpec     *pspec,
                   DebriefWindow  *self)
{
  _debrief_window_update_edit_actions (self);
}

void
_debrief_window_edit_document (DebriefWindow *self)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  DebriefHistory *history = history_of (self);
  gboolean editable = !debrief_document_get_read_only (self->document);

  debrief_timeline_view_set_history (self->timeline_view, editable ? history : NULL);
  debrief_event_inspector_set_review (self->event_inspector, review, editable ? history : NULL);
  debrief_phase_inspector_set_review (self->phase_inspector, review, editable ? history : NULL);
  debrief_review_inspector_set_review (self->review_inspector, review, editable ? history : NULL);
  debrief_lane_inspector_set_review (self->lane_inspector, review, editable ? history : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->phase_inspector), editable);
  self->inspecting_item = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->event_inspector), editable);
  g_signal_connect_object (history, "notify::can-undo", G_CALLBACK (on_history_notify), self, 0);
  g_signal_connect_object (history, "notify::can-redo", G_CALLBACK (on_history_notify), self, 0);
  g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  show_selection (self);
}

/* ---- actions ---------------------------------------------------------------------------- */

static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  if (can_edit (self))
    debrief_history_undo (history_of (self));
}

static void
redo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  if (can_edit (self))
    debrief_history_redo (history_of (self));
}

static void
delete_selection_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GArray) selection = live_selection (self);

  if (!can_edit (self) || selection->len == 0)
    return;
  debrief_edits_delete_events (history_of (self), debrief_document_get_review (self->document),
                               (DebriefEventRef *) selection->data, selection->len);
}

static void
show_inspector_changed (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  g_simple_action_set_state (action, state);
  adw_flap_set_reveal_flap (self->inspector_flap, g_variant_get_boolean (state));
}

static void
on_flap_revealed (AdwFlap       *flap,
                  GParamSpec    *pspec,
                  DebriefWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-inspector");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
}

/* Double-click an event, or add one: its text is ready for typing. */
static void
edit_selection_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
  show_selection (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->inspector_stack), "event") == 0)
    debrief_event_inspector_focus_text (self->event_inspector);
}

/* ---- shift times -------------------------------------------------------------------------- */

/* "+00:05:00", "-00:00:30": a signed offset, the relative form the time
 * fields accept, measured from zero. */
static gboolean
parse_offset (const char *text,
              gint64     *out_offset,
              GError    **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (*copy != '+' && *copy != '-' && !g_str_has_prefix (copy, "−"))
    {
      g_set_error_literal (error, DEBRIEF_TIME_ENTRY_ERROR, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX,
                           _("Expected an offset with a sign, such as +00:05:00 or -00:00:30"));
      return FALSE;
    }
  return debrief_time_entry_parse (copy, NULL, DEBRIEF_TIME_NONE, 0, out_offset, error);
}

static void
on_shift_entry_changed (GtkEditable      *entry,
                        AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 offset;
  gboolean valid = parse_offset (gtk_editable_get_text (entry), &offset, &error) && offset != 0;

  adw_message_dialog_set_response_enabled (dialog, "shift", valid);
  if (error != NULL && *gtk_editable_get_text (entry) != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error ? error->message : NULL);
}

static void
on_shift_response (AdwMessageDialog *dialog,
                   const char       *response,
                   DebriefWindow    *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GArray) selection = live_selection (self);
  gint64 offset;

  if (!g_str_equal (response, "shift") || !can_edit (self) || selection->len == 0 ||
      !parse_offset (gtk_editable_get_text (entry), &offset, NULL))
    return;
  debrief_edits_shift_events (history_of (self), debrief_document_get_review (self->document),
                              (DebriefEventRef *) selection->data, selection->len, offset);
}

/* Backfilling a clock skew: one source's clock ran 40 s late. */
static void
shift_times_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GArray) selection = live_selection (self);
  g_autofree char *body = NULL;
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  if (selection->len == 0)
    return;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move the selected event by an offset, such as +00:00:40 to correct a clock that ran 40 seconds late.",
                                       "Move the %'u selected events by an offset, such as +00:00:40 to correct a clock that ran 40 seconds late.",
                                       selection->len), selection->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Shift Times"), body));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "+00:00:40");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Offset"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "shift", _("_Shift"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "shift", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "shift");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "shift", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_shift_entry_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_shift_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- importing -------------------------------------------------------------------------- */

static void
on_imported (DebriefImportDialog *dialog,
             const char          *summary,
             DebriefWindow       *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (summary));
}

/* Opens the import assistant with @sources (GFile) already chosen; NULL or
 * empty: the assistant starts by asking for them. FALSE when the review
 * cannot be edited now (read-only, or busy saving). */
gboolean
_debrief_window_import (DebriefWindow *self,
                        GPtrArray     *sources)
{
  GtkWidget *dialog;

  if (!can_edit (self))
    return FALSE;
  dialog = debrief_import_dialog_new (GTK_WINDOW (self), debrief_document_get_review (self->document), history_of (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, 0);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    debrief_import_dialog_add_source (DEBRIEF_IMPORT_DIALOG (dialog), g_ptr_array_index (sources, i));
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  _debrief_window_import (DEBRIEF_WINDOW (user_data), NULL);
}

static const GActionEntry edit_entries[] = {
  { "import", import_activated, NULL, NULL, NULL },
  { "undo", undo_activated, NULL, NULL, NULL },
  { "redo", redo_activated, NULL, NULL, NULL },
  { "delete-selection", delete_selection_activated, NULL, NULL, NULL },
  { "shift-times", shift_times_activated, NULL, NULL, NULL },
  { "edit-selection", edit_selection_activated, NULL, NULL, NULL },
  { "show-inspector", NULL, NULL, "false", show_inspector_changed },
  { "add-phase", add_phase_activated, NULL, NULL, NULL },
  { "add-marker", add_marker_activated, NULL, NULL, NULL },
};

void
_debrief_window_setup_editing (DebriefWindow *self)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);

  g_action_map_add_action_entries (G_ACTION_MAP (self), edit_entries, G_N_ELEMENTS (edit_entries), self);
  g_signal_connect_object (viewport, "selection-changed", G_CALLBACK (on_selection_changed), self, 0);
  g_signal_connect_object (self->inspector_flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self, 0);
  g_signal_connect_object (self->timeline_view, "phase-activated", G_CALLBACK (on_phase_activated), self, 0);
  g_signal_connect_object (self->phase_inspector, "done", G_CALLBACK (on_item_inspector_done), self, 0);
  g_signal_connect_object (self->lane_inspector, "done", G_CALLBACK (on_item_inspector_done), self, 0);
  g_signal_connect_object (self->review_inspector, "lane-activated", G_CALLBACK (on_review_lane_activated), self, 0);
  g_signal_connect_object (self->timeline_view, "lane-activated", G_CALLBACK (on_timeline_lane_activated), self, 0);
  _debrief_window_update_edit_actions (self);
}

/* The inspector's parts in the window's template. */
void
_debrief_window_edit_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (DEBRIEF_TYPE_EVENT_INSPECTOR);
  g_type_ensure (DEBRIEF_TYPE_PHASE_INSPECTOR);
  g_type_ensure (DEBRIEF_TYPE_REVIEW_INSPECTOR);
  g_type_ensure (DEBRIEF_TYPE_LANE_INSPECTOR);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, inspector_flap);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, inspector_stack);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, event_inspector);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, many_page);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, phase_inspector);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, review_inspector);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, lane_inspector);
}
