/* debrief-window-comparisons.c — marking divergence and agreement, prepared
 * questions, and the panel that lists them
 *
 * Two more pages of the inspector: the selected perspective entry
 * (DebriefEntryInspector), and the facilitator's panel of divergences,
 * agreements, suggestions, prepared questions and participants
 * (DebriefComparisonPanel, Ctrl+Shift+D or the button beside the people
 * button). Ctrl+Alt+D and Ctrl+Alt+A mark the selected entries (two or
 * more, Ctrl+click) as diverging or agreeing; Ctrl+Alt+Q adds a private
 * question to the selected entry, the phase being inspected or the
 * selected event. Every change is one history step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-comparison-panel.h"
#include "debrief-comparison-rules.h"
#include "debrief-entry-inspector.h"
#include "debrief-questions.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static DebriefHistory *
editable_history (DebriefWindow *self)
{
  if (self->document == NULL || debrief_document_get_read_only (self->document))
    return NULL;
  return debrief_document_get_history (self->document);
}

static GPtrArray *
selected_entries (DebriefWindow *self)
{
  return debrief_timeline_view_get_selected_entries (self->timeline_view);
}

static void
update_actions (DebriefWindow *self)
{
  gboolean editable = editable_history (self) != NULL;
  guint n = selected_entries (self)->len;
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "mark-divergence");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), editable && n >= 2);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "mark-agreement");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), editable && n >= 2);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "add-question");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), editable);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-comparisons");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
}

/* ---- the entry page ---------------------------------------------------------------------- */

static void
on_entry_selection_changed (DebriefTimelineView *view,
                            DebriefWindow       *self)
{
  GPtrArray *entries = selected_entries (self);

  update_actions (self);
  if (entries->len == 0)
    {
      if (gtk_stack_get_visible_child (self->inspector_stack) == self->entry_inspector)
        _debrief_window_show_selection (self);
      return;
    }
  self->inspecting_item = TRUE;
  debrief_entry_inspector_set_entries (DEBRIEF_ENTRY_INSPECTOR (self->entry_inspector), entries);
  gtk_stack_set_visible_child (self->inspector_stack, self->entry_inspector);
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

static void
mark (DebriefWindow         *self,
      DebriefComparisonKind  kind)
{
  DebriefHistory *history = editable_history (self);
  GPtrArray *entries = selected_entries (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (history == NULL || entries->len < 2)
    return;
  for (guint i = 0; i < entries->len; i++)
    g_strv_builder_add (builder, debrief_item_get_id (g_ptr_array_index (entries, i)));
  ids = g_strv_builder_end (builder);
  debrief_history_push (history, debrief_comparison_mark_command_new (debrief_document_get_review (self->document),
                                                                      kind, (const char * const *) ids, NULL));
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE ? _("Marked as divergence")
                                                                                         : _("Marked as agreement")));
}

static void
mark_divergence_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  mark (DEBRIEF_WINDOW (user_data), DEBRIEF_COMPARISON_KIND_DIVERGENCE);
}

static void
mark_agreement_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer      user_data)
{
  mark (DEBRIEF_WINDOW (user_data), DEBRIEF_COMPARISON_KIND_AGREEMENT);
}

/* ---- the panel -------------------------------------------------------------------------- */

static void
show_comparisons_activated (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  gboolean showing = adw_flap_get_reveal_flap (self->inspector_flap) &&
                     gtk_stack_get_visible_child (self->inspector_stack) == self->comparison_panel;

  if (self->document == NULL)
    return;
  if (showing)
    {
      _debrief_window_show_selection (self);
      return;
    }
  self->inspecting_item = TRUE;
  gtk_stack_set_visible_child (self->inspector_stack, self->comparison_panel);
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

/* Puts the perspectives of @entry_ids side by side (keeping those shown). */
static void
show_perspectives_of (DebriefWindow      *self,
                      const char * const *entry_ids)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  const char * const *shown = debrief_timeline_view_get_perspectives (self->timeline_view);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;
  gboolean added = FALSE;

  if (shown != NULL)
    g_strv_builder_addv (ids, (const char **) shown);
  for (guint i = 0; entry_ids[i] != NULL; i++)
    {
      DebriefPerspective *perspective = debrief_review_find_entry (review, entry_ids[i], NULL);
      const char *id = perspective ? debrief_item_get_id (DEBRIEF_ITEM (perspective)) : NULL;

      if (id == NULL || (shown != NULL && g_strv_contains (shown, id)))
        continue;
      g_strv_builder_add (ids, id);
      added = TRUE;
    }
  if (!added)
    return;
  chosen = g_strv_builder_end (ids);
  _debrief_window_show_perspectives (self, (const char * const *) chosen,
                                     debrief_timeline_view_get_split_by_kind (self->timeline_view),
                                     debrief_timeline_view_get_pinned_perspective (self->timeline_view));
}

static void
select_entries (DebriefWindow      *self,
                const char * const *entry_ids)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  gboolean inspecting = self->inspecting_item;

  g_signal_handlers_block_by_func (self->timeline_view, on_entry_selection_changed, self);
  debrief_timeline_view_select_entry (self->timeline_view, NULL, FALSE);
  for (guint i = 0; entry_ids != NULL && entry_ids[i] != NULL; i++)
    {
      DebriefPerspectiveEntry *entry = NULL;

      if (debrief_review_find_entry (review, entry_ids[i], &entry) != NULL)
        debrief_timeline_view_select_entry (self->timeline_view, entry, TRUE);
    }
  g_signal_handlers_unblock_by_func (self->timeline_view, on_entry_selection_changed, self);
  self->inspecting_item = inspecting;   /* the panel stays */
  update_actions (self);
}

/* A row of the panel: that moment, with room around it, and its entries. */
static void
on_show_moment (DebriefComparisonPanel *panel,
                gint64                  start,
                gint64                  end,
                char                  **entry_ids,
                DebriefWindow          *self)
{
  gint64 pad = MAX ((end - start) / 3, 2 * DEBRIEF_USEC_PER_MIN);

  if (entry_ids != NULL)
    show_perspectives_of (self, (const char * const *) entry_ids);
  select_entries (self, (const char * const *) entry_ids);
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  debrief_timeline_view_zoom_to (self->timeline_view, start - pad, end + pad, TRUE);
}

/* ---- prepared questions ------------------------------------------------------------------- */

typedef struct {
  const char *event;
  const char *phase;
  const char *entry;
  gint64      time;
} Anchor;

/* What the question is about: the entry or phase being inspected, else the
 * selected event, else the playhead or the middle of the view. */
static Anchor
current_anchor (DebriefWindow *self)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  DebriefEventRef ref = debrief_timeline_viewport_get_selected_event (viewport);
  GtkWidget *page = gtk_stack_get_visible_child (self->inspector_stack);
  GPtrArray *entries = selected_entries (self);
  Anchor anchor = { NULL, NULL, NULL, debrief_timeline_viewport_get_playhead (viewport) };

  if (page == self->entry_inspector && entries->len > 0)
    anchor.entry = debrief_item_get_id (g_ptr_array_index (entries, entries->len - 1));
  else if (page == GTK_WIDGET (self->phase_inspector) && debrief_phase_inspector_get_phase (self->phase_inspector))
    anchor.phase = debrief_item_get_id (DEBRIEF_ITEM (debrief_phase_inspector_get_phase (self->phase_inspector)));
  else if (ref != DEBRIEF_EVENT_REF_NONE &&
           debrief_event_store_is_live (debrief_review_get_events (debrief_document_get_review (self->document)), ref))
    anchor.event = debrief_event_store_get (debrief_review_get_events (debrief_document_get_review (self->document)), ref)->id;
  if (anchor.time == DEBRIEF_TIME_NONE)
    anchor.time = debrief_timeline_viewport_get_start (viewport) / 2 + debrief_timeline_viewport_get_end (viewport) / 2;
  return anchor;
}

static void
on_question_response (AdwMessageDialog *dialog,
                      const char       *response,
                      DebriefWindow    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  DebriefHistory *history = editable_history (self);
  Anchor anchor;

  if (!g_str_equal (response, "add") || *text == '\0' || history == NULL)
    return;
  anchor = current_anchor (self);
  debrief_history_push (history, debrief_question_add_command_new (debrief_document_get_review (self->document), text,
                                                                   anchor.event, anchor.phase, anchor.entry,
                                                                   anchor.time));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Question added (private)")));
}

static void
add_question_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  GtkWidget *dialog, *entry;

  if (editable_history (self) == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Prepared Question"),
                                   _("Only you see it: it is never projected or printed."));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What would you like to ask here?"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_question_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- setting up ----------------------------------------------------------------------------- */

static const GActionEntry comparison_entries[] = {
  { "mark-divergence", mark_divergence_activated, NULL, NULL, NULL },
  { "mark-agreement", mark_agreement_activated, NULL, NULL, NULL },
  { "show-comparisons", show_comparisons_activated, NULL, NULL, NULL },
  { "add-question", add_question_activated, NULL, NULL, NULL },
};

static void
add_panel_button (DebriefWindow *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("help-faq-symbolic");

  gtk_widget_set_tooltip_text (button, _("Divergences and Questions"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-comparisons");
  gtk_box_insert_child_after (GTK_BOX (self->timeline_controls), button, GTK_WIDGET (self->perspectives_button));
}

void
_debrief_window_setup_comparisons (DebriefWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), comparison_entries, G_N_ELEMENTS (comparison_entries), self);
  self->entry_inspector = g_object_new (DEBRIEF_TYPE_ENTRY_INSPECTOR, NULL);
  self->comparison_panel = g_object_new (DEBRIEF_TYPE_COMPARISON_PANEL, NULL);
  gtk_stack_add_named (self->inspector_stack, self->entry_inspector, "entry");
  gtk_stack_add_named (self->inspector_stack, self->comparison_panel, "compare");
  add_panel_button (self);
  g_signal_connect_object (self->timeline_view, "entry-selection-changed",
                           G_CALLBACK (on_entry_selection_changed), self, 0);
  g_signal_connect_object (self->comparison_panel, "show-moment", G_CALLBACK (on_show_moment), self, 0);
  update_actions (self);
}

void
_debrief_window_comparisons_document (DebriefWindow *self)
{
  DebriefReview *review = debrief_document_get_review (self->document);
  DebriefHistory *history = editable_history (self);

  debrief_timeline_view_select_entry (self->timeline_view, NULL, FALSE);
  debrief_entry_inspector_set_review (DEBRIEF_ENTRY_INSPECTOR (self->entry_inspector), review, history);
  debrief_comparison_panel_set_review (DEBRIEF_COMPARISON_PANEL (self->comparison_panel), review, history);
  gtk_widget_set_sensitive (self->entry_inspector, history != NULL);
  update_actions (self);
}
