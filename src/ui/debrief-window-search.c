/* debrief-window-search.c — Ctrl+F: find events, step through them, and
 * hide kinds of events from the timeline
 *
 * Matches get a halo on the timeline and a mark in the Events list; Enter
 * and Shift+Enter select the next and previous match after the current
 * selection, panning to it. Hiding kinds (system noise) only changes what
 * the timeline and the Events list show; nothing is deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-event-kind.h"
#include "debrief-search.h"
#include "debrief-window-private.h"

/* Typing in the inspector changes the review per keystroke; the search
 * reruns once things settle. */
#define RESEARCH_DELAY_MS 200

static DebriefReview *
review_of (DebriefWindow *self)
{
  return self->document != NULL ? debrief_document_get_review (self->document) : NULL;
}

static void
show_count (DebriefWindow *self,
            guint          index)
{
  g_autofree char *text = NULL;
  guint n = self->matches != NULL ? self->matches->len : 0;

  if (self->matches == NULL)
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else if (index < n)
    /* Translators: the current match among all, "3 of 1,200"; %'u groups thousands as the locale does */
    text = g_strdup_printf (_("%'u of %'u"), index + 1, n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u match", "%'u matches", n), n);
  gtk_label_set_text (self->search_count, text);
  if (self->matches != NULL && n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
set_matches (DebriefWindow *self,
             GArray        *matches)
{
  g_clear_pointer (&self->matches, g_array_unref);
  if (matches != NULL)
    self->matches = g_array_ref (matches);
  debrief_timeline_view_set_matches (self->timeline_view, matches);
  debrief_events_view_set_matches (self->events_view, matches);
  show_count (self, G_MAXUINT);
}

static void
run_search (DebriefWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(DebriefSearch) search = debrief_search_new (query);
  g_autoptr(GArray) matches = NULL;

  if (review_of (self) == NULL || debrief_search_is_empty (search))
    {
      set_matches (self, NULL);
      return;
    }
  matches = debrief_search_run (search, review_of (self));
  set_matches (self, matches);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   DebriefWindow  *self)
{
  run_search (self);
}

static gboolean
research_later (gpointer user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  self->research_timeout = 0;
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_search (self);
  return G_SOURCE_REMOVE;
}

void
_debrief_window_search_review_changed (DebriefWindow *self)
{
  if (self->matches == NULL || self->research_timeout != 0)
    return;
  self->research_timeout = g_timeout_add (RESEARCH_DELAY_MS, research_later, self);
}

/* ---- stepping -------------------------------------------------------------------------- */

/* The first match after (or before) the selected event, in time order,
 * wrapping around. */
static guint
step_index (DebriefWindow *self,
            int            direction)
{
  DebriefEventStore *events = debrief_review_get_events (review_of (self));
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  DebriefEventRef selected = debrief_timeline_viewport_get_selected_event (viewport);
  guint n = self->matches->len, position;

  if (!debrief_event_store_is_live (events, selected))
    return direction > 0 ? 0 : n - 1;
  position = debrief_event_store_get_position (events, selected);
  if (direction > 0)
    {
      for (guint i = 0; i < n; i++)
        if (debrief_event_store_get_position (events, g_array_index (self->matches, DebriefEventRef, i)) > position)
          return i;
      return 0;
    }
  for (guint i = n; i > 0; i--)
    if (debrief_event_store_get_position (events, g_array_index (self->matches, DebriefEventRef, i - 1)) < position)
      return i - 1;
  return n - 1;
}

static void
step_match (DebriefWindow *self,
            int            direction)
{
  guint index;

  if (self->matches == NULL)
    run_search (self);
  if (self->matches == NULL || self->matches->len == 0)
    return;
  index = step_index (self, direction);
  debrief_timeline_view_select (self->timeline_view, g_array_index (self->matches, DebriefEventRef, index), TRUE);
  show_count (self, index);
}

static void
next_match_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  step_match (DEBRIEF_WINDOW (user_data), 1);
}

static void
previous_match_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  step_match (DEBRIEF_WINDOW (user_data), -1);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    DebriefWindow  *self)
{
  step_match (self, 1);
}

/* Enter steps forward (the entry's activate); Shift+Enter back. */
static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               DebriefWindow         *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      step_match (self, -1);
      return TRUE;
    }
  return FALSE;
}

static void
on_search_mode (GtkSearchBar  *bar,
                GParamSpec    *pspec,
                DebriefWindow *self)
{
  if (!gtk_search_bar_get_search_mode (bar))
    set_matches (self, NULL);
  else
    run_search (self);
}

static void
find_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  if (self->document == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- hiding kinds ------------------------------------------------------------------------- */

static void
on_kind_toggled (GtkCheckButton *button,
                 DebriefWindow  *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  guint64 bit = G_GUINT64_CONSTANT (1) << kind;

  if (gtk_check_button_get_active (button))
    self->hidden_kinds &= ~bit;
  else
    self->hidden_kinds |= bit;
  debrief_timeline_view_set_hidden_kinds (self->timeline_view, self->hidden_kinds);
  debrief_events_view_set_hidden_kinds (self->events_view, self->hidden_kinds);
  if (self->hidden_kinds != 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

/* One check per kind the review uses, built when the popover opens. */
static void
fill_kinds (DebriefWindow *self)
{
  DebriefEventStore *events;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box))) != NULL)
    gtk_box_remove (self->filter_box, child);
  if (review_of (self) == NULL)
    return;
  events = debrief_review_get_events (review_of (self));
  for (guint kind = 0; kind < MIN (debrief_event_store_get_n_kinds (events), 64); kind++)
    {
      const char *label = kind < DEBRIEF_N_BUILTIN_EVENT_KINDS ? debrief_event_kind_get_label (kind)
                                                               : debrief_event_store_get_kind_name (events, kind);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !(self->hidden_kinds & (G_GUINT64_CONSTANT (1) << kind)));
      g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (kind));
      g_signal_connect (check, "toggled", G_CALLBACK (on_kind_toggled), self);
      gtk_box_append (self->filter_box, check);
    }
}

static void
on_filter_popover (GtkPopover    *popover,
                   DebriefWindow *self)
{
  fill_kinds (self);
}

/* A new review starts with every kind shown and no search. */
void
_debrief_window_search_document (DebriefWindow *self)
{
  self->hidden_kinds = 0;
  debrief_timeline_view_set_hidden_kinds (self->timeline_view, 0);
  debrief_events_view_set_hidden_kinds (self->events_view, 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_search (self);
}

static const GActionEntry search_entries[] = {
  { "find", find_activated, NULL, NULL, NULL },
  { "next-match", next_match_activated, NULL, NULL, NULL },
  { "previous-match", previous_match_activated, NULL, NULL, NULL },
};

void
_debrief_window_setup_search (DebriefWindow *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), search_entries, G_N_ELEMENTS (search_entries), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self, 0);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate), self, 0);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode), self, 0);
  g_signal_connect_object (gtk_menu_button_get_popover (self->filter_button), "show",
                           G_CALLBACK (on_filter_popover), self, 0);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_search_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}

void
_debrief_window_search_dispose (DebriefWindow *self)
{
  g_clear_handle_id (&self->research_timeout, g_source_remove);
  g_clear_pointer (&self->matches, g_array_unref);
}

/* The search bar's parts (and the perspectives menu beside the timeline's
 * controls) in the window's template. */
void
_debrief_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, search_count);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, perspectives_button);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, perspectives_box);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, capture_revealer);
}
