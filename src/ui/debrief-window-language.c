/* debrief-window-language.c — the Language panel beside the views
 *
 * Ctrl+Shift+L (or the main menu) shows the list of every language hint;
 * choosing one goes to where it is: an event is selected and shown in the
 * inspector with the phrase underlined; a perspective entry, note or action
 * item goes to the event it is about; the summary opens the review's page of
 * the inspector. "win.language-hints" is the GSettings switch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include "debrief-action-item.h"
#include "debrief-language-panel.h"
#include "debrief-note.h"
#include "debrief-perspective-entry.h"
#include "debrief-window-private.h"

static void
show_language_changed (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  g_simple_action_set_state (action, state);
  adw_flap_set_reveal_flap (self->language_flap, g_variant_get_boolean (state));
}

static void
on_language_flap_revealed (AdwFlap       *flap,
                           GParamSpec    *pspec,
                           DebriefWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-language");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
}

/* The event a hint's text is about, if any. */
static DebriefEventRef
event_of_hint (DebriefWindow             *self,
               const DebriefLanguageHint *hint)
{
  DebriefEventStore *events = debrief_review_get_events (debrief_document_get_review (self->document));
  const char * const *links = NULL;
  const char *event = NULL;

  switch (hint->place)
    {
    case DEBRIEF_HINT_EVENT:
      return hint->event;
    case DEBRIEF_HINT_ENTRY:
      links = debrief_perspective_entry_get_links (DEBRIEF_PERSPECTIVE_ENTRY (hint->item));
      break;
    case DEBRIEF_HINT_ACTION_ITEM:
      links = debrief_action_item_get_links (DEBRIEF_ACTION_ITEM (hint->item));
      break;
    case DEBRIEF_HINT_NOTE:
      event = debrief_note_get_event (DEBRIEF_NOTE (hint->item));
      break;
    case DEBRIEF_HINT_SUMMARY:
    default:
      break;
    }
  if (event == NULL && links != NULL)
    event = links[0];
  return event != NULL ? debrief_event_store_lookup (events, event) : DEBRIEF_EVENT_REF_NONE;
}

static void
on_hint_activated (DebriefLanguagePanel *panel,
                   gpointer              hint,
                   DebriefWindow        *self)
{
  DebriefEventRef ref = event_of_hint (self, hint);

  if (self->document == NULL)
    return;
  /* With nothing selected, the inspector shows the review: its summary. */
  self->inspecting_item = FALSE;
  debrief_timeline_view_select (self->timeline_view, ref, ref != DEBRIEF_EVENT_REF_NONE);
  adw_flap_set_reveal_flap (self->inspector_flap, TRUE);
}

/* The switch is the setting. Not g_settings_create_action(): that action
 * outlives the window (the settings keep it) and would notify a dead one. */
static void
language_hints_changed (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  g_settings_set_boolean (self->settings, "language-hints", g_variant_get_boolean (state));
}

static void
on_language_hints_setting (GSettings     *settings,
                           const char    *key,
                           DebriefWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "language-hints");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_boolean (g_settings_get_boolean (settings, key)));
}

static const GActionEntry language_actions[] = {
  { "show-language", NULL, NULL, "false", show_language_changed },
  { "language-hints", NULL, NULL, "true", language_hints_changed },
};

void
_debrief_window_language_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (DEBRIEF_TYPE_LANGUAGE_PANEL);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, language_flap);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, language_panel);
}

void
_debrief_window_setup_language (DebriefWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), language_actions, G_N_ELEMENTS (language_actions), self);
  g_signal_connect_object (self->settings, "changed::language-hints", G_CALLBACK (on_language_hints_setting),
                           self, 0);
  on_language_hints_setting (self->settings, "language-hints", self);
  g_signal_connect_object (self->language_flap, "notify::reveal-flap", G_CALLBACK (on_language_flap_revealed),
                           self, 0);
  g_signal_connect_object (self->language_panel, "hint-activated", G_CALLBACK (on_hint_activated), self, 0);
}

void
_debrief_window_language_document (DebriefWindow *self)
{
  gboolean editable = !debrief_document_get_read_only (self->document);

  debrief_language_panel_set_review (self->language_panel, debrief_document_get_review (self->document),
                                     editable ? debrief_document_get_history (self->document) : NULL);
}
