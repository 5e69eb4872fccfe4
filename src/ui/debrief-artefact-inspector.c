/* debrief-artefact-inspector.c — one attached image, editable
 *
 * Title, time, end (empty: a moment), and the lane it sits on; each edit is
 * a property command in the review's history, so one Ctrl+Z takes it back.
 * A time that does not parse, or an end before the start, is marked in
 * place and never applied. The file line says where the image is, or why
 * it cannot be shown. "open" asks the window for the viewer; "done" tells
 * it to go back when the image is removed (or gone by an undo) or the user
 * goes back. Removing takes the image out of the review only: the copy in
 * the review's folder stays, so an undo can bring it back whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-artefact-inspector.h"
#include "debrief-artefact-path.h"
#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-inspector-fields-private.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

struct _DebriefArtefactInspector
{
  GtkWidget        parent_instance;

  GtkWidget       *page;
  GtkWidget       *fields;         /* what read-only makes insensitive */
  GtkWidget       *title_row;
  GtkWidget       *start_row;
  GtkWidget       *end_row;
  GtkWidget       *time_hint;
  GtkWidget       *lane_row;       /* AdwComboRow: "None", then the lanes */
  GtkStringList   *lane_names;
  GPtrArray       *lane_ids;       /* char*, beside lane_names; NULL for "None" */
  GtkWidget       *file_row;
  char            *file_shown;     /* the path file_row speaks of: checked once, not per change */
  GtkWidget       *remove_button;

  DebriefReview   *review;
  DebriefHistory  *history;
  GFile           *folder;
  DebriefArtefact *artefact;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (DebriefArtefactInspector, debrief_artefact_inspector, GTK_TYPE_WIDGET)

enum {
  DONE,
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
can_edit (DebriefArtefactInspector *self)
{
  return !self->updating && self->artefact != NULL && self->history != NULL;
}

static DebriefHistory *
get_history (gpointer owner)
{
  return DEBRIEF_ARTEFACT_INSPECTOR (owner)->history;
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  if (!_debrief_inspector_field_has_focus (row))
    _debrief_inspector_field_set_text (row, text);
}

static void
mark_time (DebriefArtefactInspector *self,
           GtkWidget                *row,
           const char               *message)
{
  _debrief_inspector_mark_invalid (row, message);
  gtk_label_set_text (GTK_LABEL (self->time_hint), message ? message : "");
  gtk_widget_set_visible (self->time_hint, message != NULL);
}

/* The lanes, for the combo: "None" first. */
static void
refresh_lanes (DebriefArtefactInspector *self)
{
  _debrief_inspector_fill_lanes (self->lane_row, self->lane_names, self->lane_ids, self->review,
                                 _("None (above all lanes)"), debrief_artefact_get_lane (self->artefact));
}

/* Where the file is, or why it cannot be shown. */
static void
refresh_file (DebriefArtefactInspector *self)
{
  const char *path = debrief_artefact_get_path (self->artefact);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *subtitle = NULL;

  if (self->folder == NULL)
    subtitle = g_strdup_printf (_("Missing: %s (the review has not been saved)"), path);
  else if ((file = debrief_artefact_path_resolve (self->folder, path, &error)) == NULL)
    subtitle = g_strdup_printf (_("Missing: %s"), error->message);
  else if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    subtitle = g_strdup_printf (_("Missing: %s (no such file)"), path);
  g_free (self->file_shown);
  self->file_shown = g_strdup (path);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->file_row), subtitle != NULL ? subtitle : path);
  if (subtitle != NULL)
    gtk_widget_add_css_class (self->file_row, "error");
  else
    gtk_widget_remove_css_class (self->file_row, "error");
}

static void
refresh (DebriefArtefactInspector *self)
{
  GTimeZone *zone;
  gint64 start, end;
  g_autofree char *start_text = NULL, *end_text = NULL;

  if (self->artefact == NULL || self->review == NULL)
    return;
  zone = debrief_review_get_time_zone (self->review);
  start = debrief_artefact_get_start (self->artefact);
  end = debrief_artefact_get_end (self->artefact);
  self->updating = TRUE;
  set_text (self->title_row, debrief_artefact_get_title (self->artefact));
  if (start != DEBRIEF_TIME_NONE)
    start_text = debrief_time_entry_format (start, zone, debrief_review_get_origin (self->review));
  if (end != DEBRIEF_TIME_NONE)
    end_text = debrief_time_entry_format (end, zone, start);
  set_text (self->start_row, start_text);
  set_text (self->end_row, end_text);
  refresh_lanes (self);
  if (g_strcmp0 (self->file_shown, debrief_artefact_get_path (self->artefact)) != 0)
    refresh_file (self);  /* a disk check: not on every edit of the review */
  self->updating = FALSE;
}

static void
set_time (DebriefArtefactInspector *self,
          const char               *property,
          gint64                    value,
          const char               *label)
{
  g_auto(GValue) time = G_VALUE_INIT;

  g_value_init (&time, G_TYPE_INT64);
  g_value_set_int64 (&time, value);
  debrief_edits_set_property (self->history, self->artefact, property, &time, label);
}

/* The typed time, or FALSE with the field marked (empty for the end: a
 * moment, *out DEBRIEF_TIME_NONE). */
static gboolean
read_time (DebriefArtefactInspector *self,
           GtkWidget                *row,
           gint64                    reference,
           gint64                   *out)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (row == self->end_row && text[0] == '\0')
    {
      *out = DEBRIEF_TIME_NONE;
      mark_time (self, row, NULL);
      return TRUE;
    }
  if (!debrief_time_entry_parse (text, debrief_review_get_time_zone (self->review), reference,
                                 debrief_review_get_origin (self->review), out, &error))
    {
      mark_time (self, row, error->message);
      return FALSE;
    }
  mark_time (self, row, NULL);
  return TRUE;
}

static void
on_title_changed (GtkEditable              *row,
                  DebriefArtefactInspector *self)
{
  const char *text = gtk_editable_get_text (row);

  if (can_edit (self))
    debrief_edits_set_string (self->history, self->artefact, "title", text[0] ? text : NULL, _("Rename Image"));
}

/* Moving the time keeps a span's length, as dragging an event does. */
static void
on_start_changed (GtkEditable              *row,
                  DebriefArtefactInspector *self)
{
  gint64 start, old_start, end;

  if (!can_edit (self))
    return;
  old_start = debrief_artefact_get_start (self->artefact);
  end = debrief_artefact_get_end (self->artefact);
  if (!read_time (self, GTK_WIDGET (row), old_start, &start) || start == old_start)
    return;
  /* A moment's time alone, so a typing burst merges into one step. */
  if (end == DEBRIEF_TIME_NONE || old_start == DEBRIEF_TIME_NONE)
    {
      set_time (self, "start", start, _("Move Image"));
      return;
    }
  debrief_history_begin_group (self->history, _("Move Image"));
  set_time (self, "start", start, _("Move Image"));
  set_time (self, "end", end + (start - old_start), _("Move Image"));
  debrief_history_end_group (self->history);
}

static void
on_end_changed (GtkEditable              *row,
                DebriefArtefactInspector *self)
{
  gint64 start, end;

  if (!can_edit (self))
    return;
  start = debrief_artefact_get_start (self->artefact);
  if (!read_time (self, GTK_WIDGET (row), start, &end))
    return;
  if (end != DEBRIEF_TIME_NONE && end < start)
    {
      mark_time (self, GTK_WIDGET (row), _("The end must not be before the start"));
      return;
    }
  if (end != debrief_artefact_get_end (self->artefact))
    set_time (self, "end", end, _("Change Image End"));
}

static void
on_lane_selected (AdwComboRow              *row,
                  GParamSpec               *pspec,
                  DebriefArtefactInspector *self)
{
  guint selected = adw_combo_row_get_selected (row);
  const char *lane = selected < self->lane_ids->len ? g_ptr_array_index (self->lane_ids, selected) : NULL;

  if (can_edit (self) && selected < self->lane_ids->len &&
      g_strcmp0 (lane, debrief_artefact_get_lane (self->artefact)) != 0)
    {
      _debrief_inspector_seal (self->history);
      debrief_edits_set_string (self->history, self->artefact, "lane", lane, _("Move Image to Lane"));
    }
}

static void
on_open_clicked (GtkButton                *button,
                 DebriefArtefactInspector *self)
{
  if (self->artefact != NULL)
    g_signal_emit (self, signals[OPEN], 0, self->artefact);
}

static void
on_remove_clicked (GtkButton                *button,
                   DebriefArtefactInspector *self)
{
  if (self->artefact == NULL || self->history == NULL)
    return;
  _debrief_inspector_seal (self->history);
  debrief_history_push (self->history,
                        debrief_list_remove_command_new (debrief_review_get_artefacts (self->review), self->artefact,
                                                         _("Remove Image")));
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_back_clicked (GtkButton                *button,
                 DebriefArtefactInspector *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
entry_row (DebriefArtefactInspector *self,
           const char               *title,
           GCallback                 changed)
{
  GtkWidget *row = _debrief_inspector_entry_row (title, changed, self);

  _debrief_inspector_watch_field (row, get_history, self);
  return row;
}

static GtkWidget *
build_header (DebriefArtefactInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *title = gtk_label_new (_("Image"));

  gtk_widget_set_tooltip_text (back, _("The Review"));
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect (back, "clicked", G_CALLBACK (on_back_clicked), self);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), back);
  gtk_box_append (GTK_BOX (box), title);
  return box;
}

static GtkWidget *
build_fields (DebriefArtefactInspector *self)
{
  GtkWidget *group = _debrief_inspector_group (NULL);

  self->title_row = entry_row (self, _("Title"), G_CALLBACK (on_title_changed));
  self->start_row = entry_row (self, _("Time"), G_CALLBACK (on_start_changed));
  self->end_row = entry_row (self, _("End"), G_CALLBACK (on_end_changed));
  gtk_widget_set_tooltip_text (self->end_row, _("Leave empty for a moment"));
  self->time_hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->time_hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->time_hint), 0);
  gtk_widget_add_css_class (self->time_hint, "error");
  gtk_widget_set_visible (self->time_hint, FALSE);
  self->lane_names = gtk_string_list_new (NULL);
  self->lane_ids = g_ptr_array_new_with_free_func (g_free);
  self->lane_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lane_row), _("Lane"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->lane_row), G_LIST_MODEL (self->lane_names));
  g_signal_connect (self->lane_row, "notify::selected", G_CALLBACK (on_lane_selected), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->start_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->end_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->time_hint);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->lane_row);
  return group;
}

static GtkWidget *
build_buttons (DebriefArtefactInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open Image"));

  self->remove_button = gtk_button_new_with_mnemonic (_("_Remove Image"));
  gtk_widget_set_tooltip_text (self->remove_button,
                               _("Takes the image out of the review; its file stays in the review’s folder"));
  gtk_widget_add_css_class (open, "pill");
  gtk_widget_add_css_class (self->remove_button, "destructive-action");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  g_signal_connect (open, "clicked", G_CALLBACK (on_open_clicked), self);
  g_signal_connect (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  gtk_box_append (GTK_BOX (box), open);
  gtk_box_append (GTK_BOX (box), self->remove_button);
  return box;
}

static void
build (DebriefArtefactInspector *self)
{
  GtkWidget *file_group = _debrief_inspector_group (NULL);

  self->fields = build_fields (self);
  self->file_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), _("File"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), self->file_row);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_header (self));
  gtk_box_append (GTK_BOX (self->page), self->fields);
  gtk_box_append (GTK_BOX (self->page), file_group);
  gtk_box_append (GTK_BOX (self->page), build_buttons (self));
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

/* An undo of the attaching takes the image away under the inspector. */
static void
on_review_changed (DebriefReview            *review,
                   DebriefArtefactInspector *self)
{
  if (self->artefact != NULL &&
      !g_list_store_find (debrief_review_get_artefacts (review), self->artefact, NULL))
    {
      g_clear_object (&self->artefact);
      g_signal_emit (self, signals[DONE], 0);
      return;
    }
  refresh (self);
}

static void
debrief_artefact_inspector_dispose (GObject *object)
{
  DebriefArtefactInspector *self = DEBRIEF_ARTEFACT_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->folder);
  g_clear_object (&self->artefact);
  g_clear_pointer (&self->file_shown, g_free);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_object (&self->lane_names);
  g_clear_pointer (&self->lane_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (debrief_artefact_inspector_parent_class)->dispose (object);
}

static void
debrief_artefact_inspector_class_init (DebriefArtefactInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_artefact_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "artefactinspector");
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_ARTEFACT);
}

static void
debrief_artefact_inspector_init (DebriefArtefactInspector *self)
{
  build (self);
}

GtkWidget *
debrief_artefact_inspector_new (void)
{
  return g_object_new (DEBRIEF_TYPE_ARTEFACT_INSPECTOR, NULL);
}

/* @history NULL: read-only, the image can be opened but not changed. */
void
debrief_artefact_inspector_set_review (DebriefArtefactInspector *self,
                                       DebriefReview            *review,
                                       DebriefHistory           *history)
{
  g_return_if_fail (DEBRIEF_IS_ARTEFACT_INSPECTOR (self));
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_clear_object (&self->artefact);
  gtk_widget_set_sensitive (self->fields, history != NULL);
  gtk_widget_set_sensitive (self->remove_button, history != NULL);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
}

/* @folder: (nullable): the folder the review file is in; NULL for a review
 * never saved. */
void
debrief_artefact_inspector_set_folder (DebriefArtefactInspector *self,
                                       GFile                    *folder)
{
  g_return_if_fail (DEBRIEF_IS_ARTEFACT_INSPECTOR (self));
  g_set_object (&self->folder, folder);
  g_clear_pointer (&self->file_shown, g_free);
  refresh (self);
}

void
debrief_artefact_inspector_set_artefact (DebriefArtefactInspector *self,
                                         DebriefArtefact          *artefact)
{
  g_return_if_fail (DEBRIEF_IS_ARTEFACT_INSPECTOR (self));
  _debrief_inspector_seal (self->history);
  g_set_object (&self->artefact, artefact);
  g_clear_pointer (&self->file_shown, g_free);
  mark_time (self, self->start_row, NULL);
  mark_time (self, self->end_row, NULL);
  refresh (self);
}

DebriefArtefact *
debrief_artefact_inspector_get_artefact (DebriefArtefactInspector *self)
{
  g_return_val_if_fail (DEBRIEF_IS_ARTEFACT_INSPECTOR (self), NULL);
  return self->artefact;
}
