/* debrief-entry-inspector.c — a perspective entry, editable, and the marks
 * comparing it with other accounts
 *
 * Shows the last selected entry: whose account, its text, kind, whether it
 * was told in the review or found in artefacts, its times, its tags and
 * the evidence it links to. Fields apply as you type, through the history
 * (a burst of typing is one step); a time that does not parse is marked
 * and never applied. With two or more entries selected, the buttons mark
 * them as a divergence or an agreement (the window's actions). The marks
 * this entry is in are listed, each removable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-comparison-rules.h"
#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-entry-inspector.h"
#include "debrief-language-hints.h"
#include "debrief-text-hints.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

struct _DebriefEntryInspector
{
  GtkWidget                parent_instance;

  GtkWidget               *page;
  GtkWidget               *title;
  GtkWidget               *subtitle;
  GtkWidget               *text_view;    /* several lines, with language hints */
  GtkTextBuffer           *text_buffer;
  DebriefTextHints        *text_hints;   /* owned by text_view */
  gboolean                 setting_text; /* the buffer follows the entry, no edit */
  GtkWidget               *kind_row;
  GtkWidget               *origin_row;
  GtkWidget               *start_row;
  GtkWidget               *end_row;
  GtkWidget               *tags_row;
  GtkWidget               *links_label;
  GtkWidget               *compare_label;
  GtkWidget               *compare_buttons;
  GtkWidget               *marks_group;
  GList                   *mark_rows;

  DebriefReview           *review;
  DebriefHistory          *history;
  DebriefPerspectiveEntry *entry;
  guint                    n_selected;
  gboolean                 updating;
};

G_DEFINE_FINAL_TYPE (DebriefEntryInspector, debrief_entry_inspector, GTK_TYPE_WIDGET)

static void       set_text   (DebriefEntryInspector *self,
                              const char            *text);
static GtkWidget *text_frame (DebriefEntryInspector *self);

static gboolean
has_focus_within (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  if (!has_focus_within (row) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static char *
who_said (DebriefEntryInspector *self)
{
  DebriefPerspective *perspective = debrief_review_find_entry (self->review,
                                                               debrief_item_get_id (DEBRIEF_ITEM (self->entry)), NULL);
  DebriefLane *lane = perspective ? debrief_review_lookup_lane (self->review,
                                                                debrief_perspective_get_participant (perspective))
                                  : NULL;

  if (lane != NULL)
    return g_strdup (debrief_lane_get_name (lane));
  return g_strdup (perspective ? debrief_perspective_get_participant (perspective) : _("No perspective"));
}

static char *
describe_links (DebriefEntryInspector *self)
{
  const char * const *links = debrief_perspective_entry_get_links (self->entry);
  DebriefEventStore *events = debrief_review_get_events (self->review);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      DebriefEventRef ref = debrief_event_store_lookup (events, links[i]);
      const char *what = ref != DEBRIEF_EVENT_REF_NONE ? debrief_event_store_get (events, ref)->text : NULL;

      g_string_append_printf (text, "%s• %s — %s", text->len ? "\n" : "", links[i], what ? what : _("(gone)"));
    }
  return text->len ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup (_("No evidence linked"));
}

static void refresh_marks (DebriefEntryInspector *self);

static void
refresh (DebriefEntryInspector *self)
{
  GTimeZone *zone;
  g_autofree char *who = NULL, *start = NULL, *end = NULL, *tags = NULL, *links = NULL, *compare = NULL;
  const char * const *tag_list;

  if (self->entry == NULL || self->review == NULL)
    return;
  zone = debrief_review_get_time_zone (self->review);
  self->updating = TRUE;
  who = who_said (self);
  gtk_label_set_text (GTK_LABEL (self->title), who);
  gtk_label_set_text (GTK_LABEL (self->subtitle), debrief_entry_kind_get_label (debrief_perspective_entry_get_kind (self->entry)));
  set_text (self, debrief_perspective_entry_get_text (self->entry));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), debrief_perspective_entry_get_kind (self->entry));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->origin_row), debrief_perspective_entry_get_origin (self->entry));
  start = debrief_time_entry_format (debrief_perspective_entry_get_start (self->entry), zone,
                                     debrief_review_get_origin (self->review));
  end = debrief_time_entry_format (debrief_perspective_entry_get_end (self->entry), zone,
                                   debrief_perspective_entry_get_start (self->entry));
  set_row_text (self->start_row, start);
  set_row_text (self->end_row, end);
  tag_list = debrief_perspective_entry_get_tags (self->entry);
  tags = tag_list ? g_strjoinv (", ", (char **) tag_list) : NULL;
  set_row_text (self->tags_row, tags);
  links = describe_links (self);
  gtk_label_set_text (GTK_LABEL (self->links_label), links);
  compare = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry selected. Ctrl+click entries of other accounts to compare them.",
                                          "%u entries selected: mark them as", self->n_selected), self->n_selected);
  gtk_label_set_text (GTK_LABEL (self->compare_label), compare);
  gtk_widget_set_visible (self->compare_buttons, self->n_selected >= 2);
  refresh_marks (self);
  self->updating = FALSE;
}

/* ---- edits ------------------------------------------------------------------------------------ */

static gboolean
can_edit (DebriefEntryInspector *self)
{
  return !self->updating && self->entry != NULL && self->history != NULL;
}

/* The entry's text, unless the facilitator is typing in it (their words
 * are the newer ones), and the hints for it. */
static void
set_text (DebriefEntryInspector *self,
          const char            *text)
{
  g_autofree char *shown = NULL;
  g_autofree char *where = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->text_buffer, &start, &end);
  shown = gtk_text_buffer_get_text (self->text_buffer, &start, &end, FALSE);
  if (!gtk_widget_has_focus (self->text_view) && g_strcmp0 (shown, text ? text : "") != 0)
    {
      self->setting_text = TRUE;
      gtk_text_buffer_set_text (self->text_buffer, text ? text : "", -1);
      self->setting_text = FALSE;
    }
  where = debrief_language_where_key (DEBRIEF_HINT_ENTRY, debrief_item_get_id (DEBRIEF_ITEM (self->entry)));
  debrief_text_hints_set_field (self->text_hints, self->review, where);
}

static void
on_text_changed (GtkTextBuffer         *buffer,
                 DebriefEntryInspector *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->setting_text || !can_edit (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  debrief_edits_set_string (self->history, self->entry, "text", text, _("Edit Entry Text"));
}

static void
set_enum (DebriefEntryInspector *self,
          const char            *property,
          GType                  type,
          guint                  value,
          const char            *label)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, type);
  g_value_set_enum (&gvalue, (int) value);
  debrief_edits_set_property (self->history, self->entry, property, &gvalue, label);
}

static void
on_kind_selected (AdwComboRow           *row,
                  GParamSpec            *pspec,
                  DebriefEntryInspector *self)
{
  guint kind = adw_combo_row_get_selected (row);

  if (can_edit (self) && kind != GTK_INVALID_LIST_POSITION && kind != (guint) debrief_perspective_entry_get_kind (self->entry))
    set_enum (self, "kind", G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (self->entry), "kind")),
              kind, _("Change Entry Kind"));
}

static void
on_origin_selected (AdwComboRow           *row,
                    GParamSpec            *pspec,
                    DebriefEntryInspector *self)
{
  guint origin = adw_combo_row_get_selected (row);

  if (can_edit (self) && origin != GTK_INVALID_LIST_POSITION &&
      origin != (guint) debrief_perspective_entry_get_origin (self->entry))
    set_enum (self, "origin", G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (G_OBJECT_GET_CLASS (self->entry), "origin")),
              origin, _("Change Entry Origin"));
}

static gboolean
read_time (DebriefEntryInspector *self,
           GtkWidget             *row,
           gint64                *out_time)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean ok;

  if (row == self->end_row && *text == '\0')
    {
      *out_time = DEBRIEF_TIME_NONE;   /* no end: a moment */
      ok = TRUE;
    }
  else
    ok = debrief_time_entry_parse (text, debrief_review_get_time_zone (self->review),
                                   debrief_perspective_entry_get_start (self->entry),
                                   debrief_review_get_origin (self->review), out_time, &error);
  if (ok && row == self->end_row && *out_time != DEBRIEF_TIME_NONE &&
      *out_time < debrief_perspective_entry_get_start (self->entry))
    {
      ok = FALSE;
      g_set_error_literal (&error, DEBRIEF_TIME_ENTRY_ERROR, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                           _("The end must not be before the start"));
    }
  if (ok && row == self->start_row && debrief_perspective_entry_get_end (self->entry) != DEBRIEF_TIME_NONE &&
      *out_time > debrief_perspective_entry_get_end (self->entry))
    {
      ok = FALSE;
      g_set_error_literal (&error, DEBRIEF_TIME_ENTRY_ERROR, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                           _("The start must not be after the end"));
    }
  if (ok)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, ok ? NULL : error->message);
  return ok;
}

static void
on_time_changed (GtkEditable           *row,
                 DebriefEntryInspector *self)
{
  const char *property = GTK_WIDGET (row) == self->start_row ? "start" : "end";
  g_auto(GValue) gvalue = G_VALUE_INIT;
  gint64 time;

  if (!can_edit (self) || !read_time (self, GTK_WIDGET (row), &time))
    return;
  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, time);
  debrief_edits_set_property (self->history, self->entry, property, &gvalue, _("Move Entry"));
}

static void
on_tags_changed (GtkEditable           *row,
                 DebriefEntryInspector *self)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (!can_edit (self))
    return;
  parts = g_strsplit (gtk_editable_get_text (row), ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (tags, parts[i]);
  list = g_strv_builder_end (tags);
  g_value_init (&gvalue, G_TYPE_STRV);
  g_value_set_boxed (&gvalue, list);
  debrief_edits_set_property (self->history, self->entry, "tags", &gvalue, _("Edit Entry Tags"));
}

/* ---- the marks this entry is in ----------------------------------------------------------------- */

static void
on_remove_mark (GtkButton             *button,
                DebriefEntryInspector *self)
{
  DebriefComparison *mark = g_object_get_data (G_OBJECT (button), "mark");

  if (self->history != NULL)
    debrief_history_push (self->history, debrief_list_remove_command_new (debrief_review_get_comparisons (self->review),
                                                                          mark, _("Remove Mark")));
}

static GtkWidget *
mark_row (DebriefEntryInspector *self,
          DebriefComparison     *mark)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  DebriefComparisonKind kind = debrief_comparison_get_kind (mark);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE ? _("≠ Divergence")
                                 : kind == DEBRIEF_COMPARISON_KIND_AGREEMENT ? _("= Agreement")
                                 : _("Dismissed suggestion"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), debrief_comparison_get_note (mark) ? debrief_comparison_get_note (mark) : "");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Mark"));
  g_object_set_data_full (G_OBJECT (remove), "mark", g_object_ref (mark), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_mark), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
refresh_marks (DebriefEntryInspector *self)
{
  GListModel *marks = G_LIST_MODEL (debrief_review_get_comparisons (self->review));
  const char *id = debrief_item_get_id (DEBRIEF_ITEM (self->entry));

  for (GList *l = self->mark_rows; l != NULL; l = l->next)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->marks_group), l->data);
  g_clear_pointer (&self->mark_rows, g_list_free);
  for (guint i = 0; i < g_list_model_get_n_items (marks); i++)
    {
      g_autoptr(DebriefComparison) mark = g_list_model_get_item (marks, i);
      GtkWidget *row;

      if (!debrief_comparison_has_entry (mark, id))
        continue;
      row = mark_row (self, mark);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->marks_group), row);
      self->mark_rows = g_list_append (self->mark_rows, row);
    }
  gtk_widget_set_visible (self->marks_group, self->mark_rows != NULL);
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
entry_row (const char *title,
           GCallback   changed,
           gpointer    user_data)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_signal_connect (row, "changed", changed, user_data);
  return row;
}

static GtkWidget *
combo_row (const char         *title,
           const char * const *choices,
           GCallback           selected,
           gpointer            user_data)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  g_signal_connect (row, "notify::selected", selected, user_data);
  return row;
}

static GtkWidget *
build_header (DebriefEntryInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *frame;

  self->title = gtk_label_new (NULL);
  self->subtitle = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "title-3");
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_box_append (GTK_BOX (box), self->title);
  gtk_box_append (GTK_BOX (box), self->subtitle);
  /* The words first: what the person said is what the room discusses. */
  frame = text_frame (self);
  gtk_widget_set_margin_top (frame, 12);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static GtkWidget *
build_fields (DebriefEntryInspector *self)
{
  const char *kinds[] = { debrief_entry_kind_get_label (DEBRIEF_ENTRY_KIND_SAW),
                          debrief_entry_kind_get_label (DEBRIEF_ENTRY_KIND_BELIEVED),
                          debrief_entry_kind_get_label (DEBRIEF_ENTRY_KIND_EXPECTED),
                          debrief_entry_kind_get_label (DEBRIEF_ENTRY_KIND_DID),
                          debrief_entry_kind_get_label (DEBRIEF_ENTRY_KIND_ASKED), NULL };
  const char *origins[] = { _("Told in the review"), _("Found in artefacts"), NULL };
  GtkWidget *group = adw_preferences_group_new ();

  self->kind_row = combo_row (_("Kind"), kinds, G_CALLBACK (on_kind_selected), self);
  self->origin_row = combo_row (_("Source"), origins, G_CALLBACK (on_origin_selected), self);
  self->start_row = entry_row (_("Start"), G_CALLBACK (on_time_changed), self);
  self->end_row = entry_row (_("End (empty: a moment)"), G_CALLBACK (on_time_changed), self);
  self->tags_row = entry_row (_("Tags (key:value, comma-separated)"), G_CALLBACK (on_tags_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->kind_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->origin_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->start_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->end_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->tags_row);
  return group;
}

/* Words, not a line: an account often runs to a few sentences. The same
 * language hints as an event's text (underline, explanation on hover). */
static GtkWidget *
text_frame (DebriefEntryInspector *self)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  self->text_view = gtk_text_view_new ();
  self->text_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 10);
  gtk_widget_set_size_request (self->text_view, -1, 80);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entry text"), -1);
  gtk_widget_add_css_class (frame, "view");
  gtk_frame_set_child (GTK_FRAME (frame), self->text_view);
  g_signal_connect (self->text_buffer, "changed", G_CALLBACK (on_text_changed), self);
  self->text_hints = debrief_text_hints_new (GTK_TEXT_VIEW (self->text_view));
  return frame;
}

static GtkWidget *
pill (const char *label,
      const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

static GtkWidget *
build_compare (DebriefEntryInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->compare_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->compare_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->compare_label), 0);
  gtk_widget_add_css_class (self->compare_label, "dim-label");
  self->compare_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (self->compare_buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->compare_buttons), pill (_("_Divergence"), "win.mark-divergence"));
  gtk_box_append (GTK_BOX (self->compare_buttons), pill (_("_Agreement"), "win.mark-agreement"));
  gtk_box_append (GTK_BOX (box), self->compare_label);
  gtk_box_append (GTK_BOX (box), self->compare_buttons);
  return box;
}

static void
build (DebriefEntryInspector *self)
{
  GtkWidget *links_group = adw_preferences_group_new ();
  GtkWidget *question = pill (_("Add _Question…"), "win.add-question");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (links_group), _("Evidence"));
  self->links_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->links_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->links_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->links_label), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (links_group), self->links_label);
  self->marks_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->marks_group), _("Marked"));
  gtk_widget_set_halign (question, GTK_ALIGN_CENTER);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_header (self));
  gtk_box_append (GTK_BOX (self->page), build_fields (self));
  gtk_box_append (GTK_BOX (self->page), build_compare (self));
  gtk_box_append (GTK_BOX (self->page), self->marks_group);
  gtk_box_append (GTK_BOX (self->page), links_group);
  gtk_box_append (GTK_BOX (self->page), question);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

static void
on_review_changed (DebriefReview         *review,
                   DebriefEntryInspector *self)
{
  refresh (self);
}

static void
debrief_entry_inspector_dispose (GObject *object)
{
  DebriefEntryInspector *self = DEBRIEF_ENTRY_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->mark_rows, g_list_free);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  G_OBJECT_CLASS (debrief_entry_inspector_parent_class)->dispose (object);
}

static void
debrief_entry_inspector_class_init (DebriefEntryInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_entry_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entryinspector");
}

static void
debrief_entry_inspector_init (DebriefEntryInspector *self)
{
  build (self);
}

void
debrief_entry_inspector_set_review (DebriefEntryInspector *self,
                                    DebriefReview         *review,
                                    DebriefHistory        *history)
{
  g_return_if_fail (DEBRIEF_IS_ENTRY_INSPECTOR (self));
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_clear_object (&self->entry);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
}

/* @entries: the selection; the last one is shown. */
void
debrief_entry_inspector_set_entries (DebriefEntryInspector *self,
                                     GPtrArray             *entries)
{
  DebriefPerspectiveEntry *last;

  g_return_if_fail (DEBRIEF_IS_ENTRY_INSPECTOR (self));
  if (self->history != NULL)
    debrief_history_seal (self->history);
  self->n_selected = entries ? entries->len : 0;
  last = self->n_selected > 0 ? g_ptr_array_index (entries, self->n_selected - 1) : NULL;
  g_set_object (&self->entry, last);
  gtk_widget_remove_css_class (self->start_row, "error");
  gtk_widget_remove_css_class (self->end_row, "error");
  refresh (self);
}
