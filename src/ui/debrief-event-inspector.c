/* debrief-event-inspector.c — every field of one event, editable
 *
 * Edits apply as you type, each field's burst merging into one undo step;
 * Escape puts back what the field held when it got focus. A time that does
 * not parse is marked in place and never applied. When the event changes
 * under the inspector (undo, a drag on the timeline) the fields follow,
 * except the one being typed into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-event-inspector.h"
#include "debrief-event-kind.h"
#include "debrief-language-hints.h"
#include "debrief-tag-suggestions.h"
#include "debrief-text-hints.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

typedef enum {
  FIELD_TEXT,
  FIELD_START,
  FIELD_END,
  FIELD_TAGS,
  FIELD_SOURCE_TYPE,
  FIELD_SOURCE_REF,
  FIELD_LINKS,
  N_TEXT_FIELDS
} Field;

static const char *field_names[N_TEXT_FIELDS] = {
  "text", "start", "end", "tags", "source-type", "source-ref", "links",
};

struct _DebriefEventInspector
{
  GtkWidget          parent_instance;

  GtkWidget         *page;
  GtkTextBuffer     *text_buffer;
  GtkWidget         *text_view;
  GtkWidget         *rows[N_TEXT_FIELDS];  /* AdwEntryRow, but [FIELD_TEXT] */
  AdwComboRow       *kind_row;
  AdwComboRow       *lane_row;
  GtkStringList     *kinds;
  GtkStringList     *lanes;
  GtkWidget         *time_hint;
  GtkWidget         *tag_suggestions;
  DebriefTextHints  *text_hints;   /* owned by text_view */

  DebriefReview     *review;
  DebriefHistory    *history;
  DebriefEventRef    ref;
  char              *focus_value[N_TEXT_FIELDS];  /* what Escape goes back to */
  gboolean           updating;   /* filling fields: their signals are ours */
  gboolean           applying;   /* our own edit is changing the review */
};

G_DEFINE_FINAL_TYPE (DebriefEventInspector, debrief_event_inspector, GTK_TYPE_WIDGET)

static DebriefEventStore *
events_of (DebriefEventInspector *self)
{
  return debrief_review_get_events (self->review);
}

static gboolean
has_event (DebriefEventInspector *self)
{
  return self->review != NULL && debrief_event_store_is_live (events_of (self), self->ref);
}

/* ---- reading the event into the fields ----------------------------------------------- */

static char *
join_strv (char **strv)
{
  return strv != NULL ? g_strjoinv (", ", strv) : g_strdup ("");
}

static char *
field_value (DebriefEventInspector *self,
             Field                  field,
             const DebriefEventSpec *spec)
{
  GTimeZone *zone = debrief_review_get_time_zone (self->review);

  switch (field)
    {
    case FIELD_TEXT: return g_strdup (spec->text ? spec->text : "");
    case FIELD_START: return debrief_time_entry_format (spec->start, zone, debrief_review_get_origin (self->review));
    case FIELD_END:
      return spec->end == DEBRIEF_TIME_NONE ? g_strdup ("") : debrief_time_entry_format (spec->end, zone, spec->start);
    case FIELD_TAGS: return join_strv (spec->tags);
    case FIELD_SOURCE_TYPE: return g_strdup (spec->source_type ? spec->source_type : "");
    case FIELD_SOURCE_REF: return g_strdup (spec->source_ref ? spec->source_ref : "");
    case FIELD_LINKS: return join_strv (spec->links);
    default: g_assert_not_reached ();
    }
}

static char *
field_text (DebriefEventInspector *self,
            Field                  field)
{
  GtkTextIter start, end;

  if (field != FIELD_TEXT)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[field])));
  gtk_text_buffer_get_bounds (self->text_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->text_buffer, &start, &end, FALSE);
}

static void
set_field_text (DebriefEventInspector *self,
                Field                  field,
                const char            *text)
{
  g_autofree char *current = field_text (self, field);

  if (g_strcmp0 (current, text) == 0)
    return;
  if (field == FIELD_TEXT)
    gtk_text_buffer_set_text (self->text_buffer, text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}

static gboolean
field_has_focus (DebriefEventInspector *self,
                 Field                  field)
{
  GtkWidget *widget = field == FIELD_TEXT ? self->text_view : self->rows[field];
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
mark_invalid (DebriefEventInspector *self,
              Field                  field,
              const char            *message)
{
  GtkWidget *row = self->rows[field];

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_label_set_text (GTK_LABEL (self->time_hint), message ? message : "");
  gtk_widget_set_visible (self->time_hint, message != NULL);
}

static void
select_kind (DebriefEventInspector *self,
             const DebriefEvent    *event)
{
  DebriefEventStore *events = events_of (self);
  guint n = debrief_event_store_get_n_kinds (events);

  /* Kinds are interned as events use them; the list grows with the store. */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->kinds)); i < n; i++)
    gtk_string_list_append (self->kinds, i < DEBRIEF_N_BUILTIN_EVENT_KINDS ? debrief_event_kind_get_label (i)
                                                                          : debrief_event_store_get_kind_name (events, i));
  adw_combo_row_set_selected (self->kind_row, event->kind);
}

static void
select_lane (DebriefEventInspector *self,
             const DebriefEvent    *event)
{
  GListModel *lanes = debrief_review_get_lanes (self->review);
  guint n = g_list_model_get_n_items (lanes);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      g_ptr_array_add (names, g_strdup (debrief_lane_get_name (lane)));
      if (debrief_lane_get_key (lane) == event->lane)
        selected = i;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->lanes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lanes)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->lane_row, selected);
}

static void
update_hints (DebriefEventInspector *self)
{
  g_autofree char *where = NULL;

  if (has_event (self))
    where = debrief_language_where_key (DEBRIEF_HINT_EVENT, debrief_event_store_get (events_of (self), self->ref)->id);
  debrief_text_hints_set_field (self->text_hints, self->review, where);
}

static void
refresh (DebriefEventInspector *self)
{
  g_autoptr(DebriefEventSpec) spec = NULL;

  gtk_widget_set_sensitive (self->page, has_event (self));
  update_hints (self);
  if (!has_event (self))
    return;

  self->updating = TRUE;
  spec = debrief_event_store_dup_spec (events_of (self), self->ref);
  for (Field field = 0; field < N_TEXT_FIELDS; field++)
    {
      g_autofree char *value = field_value (self, field, spec);

      /* Never pull the text from under the one typing it. */
      if (!(self->applying && field_has_focus (self, field)))
        set_field_text (self, field, value);
    }
  if (!self->applying)
    {
      mark_invalid (self, FIELD_START, NULL);
      mark_invalid (self, FIELD_END, NULL);
    }
  if (!self->applying)
    debrief_tag_suggestions_update (DEBRIEF_TAG_SUGGESTIONS (self->tag_suggestions),
                                    gtk_editable_get_text (GTK_EDITABLE (self->rows[FIELD_TAGS])));
  select_kind (self, debrief_event_store_get (events_of (self), self->ref));
  select_lane (self, debrief_event_store_get (events_of (self), self->ref));
  self->updating = FALSE;
}

/* ---- writing the fields into the event ------------------------------------------------- */

static char **
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ", ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
replace_string (char      **slot,
                const char *text)
{
  g_free (*slot);
  *slot = *text != '\0' ? g_strdup (text) : NULL;
}

static void
replace_strv (char       ***slot,
              const char   *text)
{
  g_strfreev (*slot);
  *slot = split_list (text);
  if (**slot == NULL)
    g_clear_pointer (slot, g_strfreev);
}

/* FALSE when the text is not a time: the field is marked, nothing changes. */
static gboolean
read_time (DebriefEventInspector *self,
           Field                  field,
           const char            *text,
           DebriefEventSpec      *spec)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gint64 value;

  /* An empty end makes the span a moment. */
  if (field == FIELD_END && *trimmed == '\0')
    {
      spec->end = DEBRIEF_TIME_NONE;
      mark_invalid (self, field, NULL);
      return TRUE;
    }
  if (!debrief_time_entry_parse (trimmed, debrief_review_get_time_zone (self->review), spec->start,
                                 debrief_review_get_origin (self->review), &value, &error))
    {
      mark_invalid (self, field, error->message);
      return FALSE;
    }
  if (field == FIELD_END && value < spec->start)
    {
      mark_invalid (self, field, _("The end must not be before the start"));
      return FALSE;
    }
  mark_invalid (self, field, NULL);
  if (field == FIELD_START)
    {
      /* Moving the start keeps the span's length, as dragging it does. */
      if (spec->end != DEBRIEF_TIME_NONE)
        spec->end += value - spec->start;
      spec->start = value;
    }
  else
    spec->end = value;
  return TRUE;
}

static gboolean
read_field (DebriefEventInspector *self,
            Field                  field,
            const char            *text,
            DebriefEventSpec      *spec)
{
  switch (field)
    {
    case FIELD_TEXT: replace_string (&spec->text, text); return TRUE;
    case FIELD_START: case FIELD_END: return read_time (self, field, text, spec);
    case FIELD_TAGS: replace_strv (&spec->tags, text); return TRUE;
    case FIELD_SOURCE_TYPE: replace_string (&spec->source_type, text); return TRUE;
    case FIELD_SOURCE_REF: replace_string (&spec->source_ref, text); return TRUE;
    case FIELD_LINKS: replace_strv (&spec->links, text); return TRUE;
    default: g_assert_not_reached ();
    }
}

static void
push_spec (DebriefEventInspector *self,
           DebriefEventSpec      *spec,
           const char            *field)
{
  self->applying = TRUE;
  debrief_edits_update_event (self->history, self->review, self->ref, spec, field);
  self->applying = FALSE;
}

static void
apply_field (DebriefEventInspector *self,
             Field                  field)
{
  g_autoptr(DebriefEventSpec) spec = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;

  if (self->updating || !has_event (self) || self->history == NULL)
    return;
  spec = debrief_event_store_dup_spec (events_of (self), self->ref);
  before = field_value (self, field, spec);
  text = field_text (self, field);
  if (!read_field (self, field, text, spec))
    return;
  {
    g_autofree char *after = field_value (self, field, spec);

    /* A time typed another way ("+00:14:05") that names the same instant. */
    if (g_strcmp0 (before, after) == 0 && field != FIELD_TEXT)
      return;
  }
  push_spec (self, spec, field_names[field]);
}

static void
on_text_changed (GtkTextBuffer         *buffer,
                 DebriefEventInspector *self)
{
  apply_field (self, FIELD_TEXT);
}

static void
on_row_changed (GtkEditable           *editable,
                DebriefEventInspector *self)
{
  if (GTK_WIDGET (editable) == self->rows[FIELD_TAGS])
    debrief_tag_suggestions_update (DEBRIEF_TAG_SUGGESTIONS (self->tag_suggestions), gtk_editable_get_text (editable));
  for (Field field = FIELD_START; field < N_TEXT_FIELDS; field++)
    if (self->rows[field] == GTK_WIDGET (editable))
      apply_field (self, field);
}

static void
on_kind_selected (AdwComboRow           *row,
                  GParamSpec            *pspec,
                  DebriefEventInspector *self)
{
  guint index = adw_combo_row_get_selected (row);
  g_autoptr(DebriefEventSpec) spec = NULL;

  if (self->updating || !has_event (self) || self->history == NULL || index == GTK_INVALID_LIST_POSITION ||
      index == debrief_event_store_get (events_of (self), self->ref)->kind)
    return;
  spec = debrief_event_store_dup_spec (events_of (self), self->ref);
  g_free (spec->kind);
  spec->kind = g_strdup (debrief_event_store_get_kind_name (events_of (self), index));
  push_spec (self, spec, NULL);
}

static void
on_lane_selected (AdwComboRow           *row,
                  GParamSpec            *pspec,
                  DebriefEventInspector *self)
{
  guint index = adw_combo_row_get_selected (row);
  g_autoptr(DebriefLane) lane = NULL;
  g_autoptr(DebriefEventSpec) spec = NULL;

  if (self->updating || !has_event (self) || self->history == NULL || index == GTK_INVALID_LIST_POSITION)
    return;
  lane = g_list_model_get_item (debrief_review_get_lanes (self->review), index);
  if (lane == NULL || debrief_lane_get_key (lane) == debrief_event_store_get (events_of (self), self->ref)->lane)
    return;
  spec = debrief_event_store_dup_spec (events_of (self), self->ref);
  spec->lane = debrief_lane_get_key (lane);
  push_spec (self, spec, NULL);
}

/* ---- focus and Escape ---------------------------------------------------------------- */

static Field
field_of_widget (DebriefEventInspector *self,
                 GtkWidget             *widget)
{
  if (widget == self->text_view)
    return FIELD_TEXT;
  for (Field field = FIELD_START; field < N_TEXT_FIELDS; field++)
    if (self->rows[field] == widget)
      return field;
  g_return_val_if_reached (FIELD_TEXT);
}

static void
on_field_focus_enter (GtkEventControllerFocus *controller,
                      DebriefEventInspector   *self)
{
  Field field = field_of_widget (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  g_free (self->focus_value[field]);
  self->focus_value[field] = field_text (self, field);
  /* A new visit to a field is a new undo step. */
  if (self->history != NULL)
    debrief_history_seal (self->history);
}

static gboolean
on_field_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              DebriefEventInspector *self)
{
  Field field = field_of_widget (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  g_autofree char *current = NULL;

  if (keyval != GDK_KEY_Escape || self->focus_value[field] == NULL)
    return FALSE;
  current = field_text (self, field);
  if (g_strcmp0 (current, self->focus_value[field]) == 0)
    return FALSE;  /* nothing to revert: let Escape close or deselect */
  set_field_text (self, field, self->focus_value[field]);
  if (field == FIELD_START || field == FIELD_END)
    mark_invalid (self, field, NULL);
  return TRUE;
}

static void
watch_field (DebriefEventInspector *self,
             GtkWidget             *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "enter", G_CALLBACK (on_field_focus_enter), self);
  gtk_widget_add_controller (widget, controller);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_field_key), self);
  gtk_widget_add_controller (widget, controller);
}

/* ---- building ------------------------------------------------------------------------- */

static GtkWidget *
entry_row (DebriefEventInspector *self,
           Field                  field,
           const char            *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Ctrl+Z belongs to the review's history, not to the field. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed), self);
  watch_field (self, row);
  self->rows[field] = row;
  return row;
}

static GtkWidget *
group (const char *title)
{
  GtkWidget *widget = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
  return widget;
}

static GtkWidget *
build_text (DebriefEventInspector *self)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *box = group (_("Text"));

  self->text_view = gtk_text_view_new ();
  self->text_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_buffer_set_enable_undo (self->text_buffer, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 10);
  gtk_widget_set_size_request (self->text_view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Event text"), -1);
  gtk_widget_add_css_class (frame, "view");
  gtk_frame_set_child (GTK_FRAME (frame), self->text_view);
  g_signal_connect (self->text_buffer, "changed", G_CALLBACK (on_text_changed), self);
  self->text_hints = debrief_text_hints_new (GTK_TEXT_VIEW (self->text_view));
  watch_field (self, self->text_view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), frame);
  return box;
}

static GtkWidget *
build_time (DebriefEventInspector *self)
{
  GtkWidget *box = group (_("Time"));

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (box),
                                         _("09:02:11, +00:14:05 from the incident start, or a full date. Leave the end empty for a moment."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_START, _("Start")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_END, _("End")));
  self->time_hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->time_hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->time_hint), 0);
  gtk_widget_add_css_class (self->time_hint, "error");
  gtk_widget_set_margin_top (self->time_hint, 6);
  gtk_widget_set_visible (self->time_hint, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_hint), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time problem"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), self->time_hint);
  return box;
}

static GtkWidget *
combo_row (const char     *title,
           GtkStringList  *model)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return row;
}

/* A suggestion replaces the word being typed, or joins the list. */
static void
on_tag_picked (DebriefTagSuggestions *suggestions,
               const char            *tag,
               DebriefEventInspector *self)
{
  GtkEditable *row = GTK_EDITABLE (self->rows[FIELD_TAGS]);
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (row), ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_strv_length (parts);

  for (guint i = 0; i + 1 < n; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_string_append_printf (text, "%s, ", parts[i]);
  g_string_append (text, tag);
  gtk_editable_set_text (row, text->str);
  gtk_editable_set_position (row, -1);
}

static GtkWidget *
build_details (DebriefEventInspector *self)
{
  GtkWidget *box = group (_("Details"));

  self->kinds = gtk_string_list_new (NULL);
  self->lanes = gtk_string_list_new (NULL);
  self->kind_row = ADW_COMBO_ROW (combo_row (_("Kind"), self->kinds));
  self->lane_row = ADW_COMBO_ROW (combo_row (_("Lane"), self->lanes));
  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected), self);
  g_signal_connect (self->lane_row, "notify::selected", G_CALLBACK (on_lane_selected), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), GTK_WIDGET (self->lane_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_TAGS, _("Tags")));
  self->tag_suggestions = debrief_tag_suggestions_new ();
  g_signal_connect (self->tag_suggestions, "tag-picked", G_CALLBACK (on_tag_picked), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), self->tag_suggestions);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_LINKS, _("Links to Events")));
  return box;
}

static GtkWidget *
build_source (DebriefEventInspector *self)
{
  GtkWidget *box = group (_("Source"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_SOURCE_TYPE, _("Type")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (box), entry_row (self, FIELD_SOURCE_REF, _("Reference")));
  return box;
}

static void
build (DebriefEventInspector *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_box_append (GTK_BOX (page), build_text (self));
  gtk_box_append (GTK_BOX (page), build_time (self));
  gtk_box_append (GTK_BOX (page), build_details (self));
  gtk_box_append (GTK_BOX (page), build_source (self));
  self->page = page;
  gtk_widget_set_parent (page, GTK_WIDGET (self));
}

/* ---- the review ----------------------------------------------------------------------- */

static void
on_review_changed (DebriefReview         *review,
                   DebriefEventInspector *self)
{
  refresh (self);
}

static void
debrief_event_inspector_dispose (GObject *object)
{
  DebriefEventInspector *self = DEBRIEF_EVENT_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->kinds);
  g_clear_object (&self->lanes);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  for (Field field = 0; field < N_TEXT_FIELDS; field++)
    g_clear_pointer (&self->focus_value[field], g_free);

  G_OBJECT_CLASS (debrief_event_inspector_parent_class)->dispose (object);
}

static void
debrief_event_inspector_class_init (DebriefEventInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_event_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventinspector");
}

static void
debrief_event_inspector_init (DebriefEventInspector *self)
{
  self->ref = DEBRIEF_EVENT_REF_NONE;
  build (self);
}

GtkWidget *
debrief_event_inspector_new (void)
{
  return g_object_new (DEBRIEF_TYPE_EVENT_INSPECTOR, NULL);
}

void
debrief_event_inspector_set_review (DebriefEventInspector *self,
                                    DebriefReview         *review,
                                    DebriefHistory        *history)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_INSPECTOR (self));

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_clear_pointer (&self->kinds, g_object_unref);
  self->kinds = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (self->kinds));
  self->ref = DEBRIEF_EVENT_REF_NONE;
  debrief_tag_suggestions_set_review (DEBRIEF_TAG_SUGGESTIONS (self->tag_suggestions), review);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  refresh (self);
}

void
debrief_event_inspector_set_event (DebriefEventInspector *self,
                                   DebriefEventRef        ref)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_INSPECTOR (self));

  if (self->ref == ref)
    return;
  if (self->history != NULL)
    debrief_history_seal (self->history);
  self->ref = ref;
  refresh (self);
}

DebriefEventRef
debrief_event_inspector_get_event (DebriefEventInspector *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_INSPECTOR (self), DEBRIEF_EVENT_REF_NONE);
  return self->ref;
}

void
debrief_event_inspector_focus_text (DebriefEventInspector *self)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_INSPECTOR (self));
  gtk_widget_grab_focus (self->text_view);
}
