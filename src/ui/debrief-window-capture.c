/* debrief-window-capture.c — writing down what people say, as they say it
 *
 * During the meeting the facilitator opens the quick-entry bar (Ctrl+E),
 * picks who is speaking — the list, Alt+↑/↓, or a few letters and a colon
 * before the text ("tom: I was sure it was the network") —, types what
 * they said and presses Enter: an entry joins that person's perspective at the selected
 * event's time (or the middle of the view), marked as stated in the
 * review. "Only for me" makes it a private note instead, which never
 * reaches the projector or print. Each is one undoable step; the bar stays
 * open for the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-edit-commands.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-perspective-entry.h"
#include "debrief-window-private.h"

static DebriefReview *
review_of (DebriefWindow *self)
{
  return debrief_document_get_review (self->document);
}

/* The participants, by name, in lane order: who can be speaking. */
static GPtrArray *
participants (DebriefWindow *self)
{
  GListModel *lanes = debrief_review_get_lanes (review_of (self));
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      DebriefLane *lane = g_list_model_get_item (lanes, i);

      if (debrief_lane_get_kind (lane) == DEBRIEF_LANE_KIND_PARTICIPANT)
        g_ptr_array_add (found, lane);
      else
        g_object_unref (lane);
    }
  return found;
}

static void
fill_speakers (DebriefWindow *self)
{
  g_autoptr(GPtrArray) people = participants (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < people->len; i++)
    gtk_string_list_append (names, debrief_lane_get_name (g_ptr_array_index (people, i)));
  gtk_drop_down_set_model (self->capture_speaker, G_LIST_MODEL (names));
}

/* The moment being talked about: the selected event, else mid-view. */
static gint64
capture_time (DebriefWindow *self)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  DebriefEventStore *events = debrief_review_get_events (review_of (self));
  DebriefEventRef ref = debrief_timeline_viewport_get_selected_event (viewport);
  gint64 start = debrief_timeline_viewport_get_start (viewport);

  if (debrief_event_store_is_live (events, ref))
    return debrief_event_store_get (events, ref)->start;
  return start + (debrief_timeline_viewport_get_end (viewport) - start) / 2;
}

static DebriefPerspective *
perspective_of (DebriefWindow *self,
                DebriefLane   *speaker)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review_of (self)));
  const char *id = debrief_item_get_id (DEBRIEF_ITEM (speaker));

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);

      if (g_strcmp0 (debrief_perspective_get_participant (perspective), id) == 0)
        return perspective;  /* the review holds it */
    }
  return NULL;
}

static char *
unique_id (GListModel *list,
           const char *prefix)
{
  for (guint n = g_list_model_get_n_items (list) + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);
      gboolean taken = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (list) && !taken; i++)
        {
          g_autoptr(DebriefItem) item = g_list_model_get_item (list, i);

          taken = g_strcmp0 (debrief_item_get_id (item), id) == 0;
        }
      if (!taken)
        return g_steal_pointer (&id);
    }
}

static guint
position_by_time (GListModel *entries,
                  gint64      start)
{
  guint i, n = g_list_model_get_n_items (entries);

  for (i = 0; i < n; i++)
    {
      g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (entries, i);

      if (debrief_perspective_entry_get_start (entry) > start)
        break;
    }
  return i;
}

/* One step: the perspective too, the first time this person speaks. */
static void
add_entry (DebriefWindow *self,
           DebriefLane   *speaker,
           const char    *text)
{
  DebriefHistory *history = debrief_document_get_history (self->document);
  DebriefPerspective *perspective = perspective_of (self, speaker);
  g_autoptr(DebriefPerspective) created = NULL;
  g_autoptr(DebriefPerspectiveEntry) entry = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *id = NULL;
  gint64 time = capture_time (self);
  GListModel *entries;

  debrief_history_begin_group (history, _("Add Entry"));
  if (perspective == NULL)
    {
      g_autofree char *perspective_id = g_strdup_printf ("p-%s", debrief_item_get_id (DEBRIEF_ITEM (speaker)));

      created = debrief_perspective_new (perspective_id, debrief_item_get_id (DEBRIEF_ITEM (speaker)));
      debrief_history_push (history, debrief_list_insert_command_new (debrief_review_get_perspectives (review_of (self)),
                                                                      G_MAXUINT, created, _("Add Perspective")));
      perspective = created;
    }
  entries = debrief_perspective_get_entries (perspective);
  prefix = g_strdup (debrief_item_get_id (DEBRIEF_ITEM (perspective)));
  id = unique_id (entries, prefix);
  entry = debrief_perspective_entry_new (id, gtk_drop_down_get_selected (self->capture_kind), time, text);
  debrief_perspective_entry_set_origin (entry, DEBRIEF_ENTRY_ORIGIN_TESTIMONY);
  debrief_history_push (history, debrief_list_insert_command_new (G_LIST_STORE (entries), position_by_time (entries, time),
                                                                  entry, _("Add Entry")));
  debrief_history_end_group (history);
}

static void
add_private_note (DebriefWindow *self,
                  const char    *text)
{
  GListStore *notes = debrief_review_get_notes (review_of (self));
  g_autofree char *id = unique_id (G_LIST_MODEL (notes), "n");
  g_autoptr(DebriefNote) note = debrief_note_new (id, text);

  debrief_note_set_private (note, TRUE);
  debrief_note_set_time (note, capture_time (self));
  debrief_history_push (debrief_document_get_history (self->document),
                        debrief_list_insert_command_new (notes, G_MAXUINT, note, _("Add Private Note")));
}

/* "tom: …" names the speaker when exactly one participant's name starts
 * with "tom"; the text after the colon is what they said. */
static guint
speaker_from_prefix (GPtrArray   *people,
                     const char **text)
{
  const char *colon = strchr (*text, ':');
  g_autofree char *prefix = NULL;
  guint found = G_MAXUINT, matches = 0;

  if (colon == NULL || colon == *text || colon - *text > 24)
    return G_MAXUINT;
  prefix = g_utf8_casefold (*text, colon - *text);
  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *name = g_utf8_casefold (debrief_lane_get_name (g_ptr_array_index (people, i)), -1);

      if (g_str_has_prefix (name, prefix))
        {
          found = i;
          matches++;
        }
    }
  if (matches != 1)
    return G_MAXUINT;
  for (*text = colon + 1; **text == ' '; (*text)++)
    ;
  return found;
}

static void
on_capture_activate (GtkEntry      *entry,
                     DebriefWindow *self)
{
  g_autoptr(GPtrArray) people = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  guint speaker = gtk_drop_down_get_selected (self->capture_speaker), named;

  if (self->document == NULL || debrief_document_get_read_only (self->document) || *text == '\0')
    return;
  people = participants (self);
  named = speaker_from_prefix (people, &text);
  if (named != G_MAXUINT)
    {
      speaker = named;
      gtk_drop_down_set_selected (self->capture_speaker, named);
    }
  if (*text == '\0')
    return;
  if (gtk_check_button_get_active (self->capture_private))
    add_private_note (self, text);
  else if (speaker < people->len)
    add_entry (self, g_ptr_array_index (people, speaker), text);
  else
    return;
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Alt+↑/↓ in the text: the previous or next speaker, hands on the keys. */
static gboolean
on_capture_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DebriefWindow         *self)
{
  GListModel *speakers = gtk_drop_down_get_model (self->capture_speaker);
  guint n = speakers ? g_list_model_get_n_items (speakers) : 0;
  guint selected = gtk_drop_down_get_selected (self->capture_speaker);

  if (!(state & GDK_ALT_MASK) || (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down) || n == 0)
    return FALSE;
  selected = keyval == GDK_KEY_Down ? (selected + 1) % n : (selected + n - 1) % n;
  gtk_drop_down_set_selected (self->capture_speaker, selected);
  return TRUE;
}

static void
capture_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  gboolean open = !gtk_revealer_get_reveal_child (self->capture_revealer);

  if (self->document == NULL)
    return;
  if (open)
    fill_speakers (self);
  gtk_revealer_set_reveal_child (self->capture_revealer, open);
  if (open)
    gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
}

static GtkWidget *
build_bar (DebriefWindow *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkStringList *kinds = gtk_string_list_new (NULL);
  GtkEventController *controller;

  for (DebriefEntryKind kind = DEBRIEF_ENTRY_KIND_SAW; kind <= DEBRIEF_ENTRY_KIND_ASKED; kind++)
    gtk_string_list_append (kinds, debrief_entry_kind_get_label (kind));
  self->capture_speaker = GTK_DROP_DOWN (gtk_drop_down_new (NULL, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string")));
  gtk_drop_down_set_enable_search (self->capture_speaker, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_speaker), _("Who is speaking"));
  self->capture_kind = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (kinds), NULL));
  gtk_drop_down_set_selected (self->capture_kind, DEBRIEF_ENTRY_KIND_SAW);
  self->capture_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->capture_entry, _("What they say, then Enter (“tom: …” names the speaker)"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->capture_entry), TRUE);
  g_signal_connect (self->capture_entry, "activate", G_CALLBACK (on_capture_activate), self);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_capture_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->capture_entry), controller);
  self->capture_private = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Only for _me")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_private),
                               _("A private note for the facilitator: never projected or printed"));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->capture_speaker));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->capture_kind));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->capture_entry));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->capture_private));
  gtk_widget_add_css_class (bar, "toolbar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quick entry"), -1);
  return bar;
}

static const GActionEntry capture_entries[] = {
  { "capture", capture_activated, NULL, NULL, NULL },
};

void
_debrief_window_capture_document (DebriefWindow *self)
{
  gtk_revealer_set_reveal_child (self->capture_revealer, FALSE);
}

void
_debrief_window_setup_capture (DebriefWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), capture_entries, G_N_ELEMENTS (capture_entries), self);
  gtk_revealer_set_child (self->capture_revealer, build_bar (self));
}
