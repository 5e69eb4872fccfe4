/* debrief-series-inspector.c — one metric series (a chart row), editable
 *
 * Name, unit, the lane it sits under, its colour and threshold; each edit
 * is a property command in the review's history, so it can be undone. A
 * threshold that is not a number is marked and never applied; an empty one
 * removes the line. "done" tells the window to go back to the review when
 * the series is removed or the user goes back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-inspector-fields-private.h"
#include "debrief-lane-color-picker.h"
#include "debrief-series-inspector.h"

struct _DebriefSeriesInspector
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  GtkWidget      *name_row;
  GtkWidget      *unit_row;
  GtkWidget      *threshold_row;
  GtkWidget      *lane_row;       /* AdwComboRow: "None", then the lanes */
  GtkStringList  *lane_names;
  GPtrArray      *lane_ids;       /* char*, beside lane_names; NULL for "None" */
  GtkWidget      *color_picker;
  GtkWidget      *samples_label;

  DebriefReview  *review;
  DebriefHistory *history;
  DebriefSeries  *series;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (DebriefSeriesInspector, debrief_series_inspector, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
can_edit (DebriefSeriesInspector *self)
{
  return !self->updating && self->series != NULL && self->history != NULL;
}

static gboolean
has_focus_within (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  if (!has_focus_within (row) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* The lanes, for the combo: "None" first. */
static void
refresh_lanes (DebriefSeriesInspector *self)
{
  _debrief_inspector_fill_lanes (self->lane_row, self->lane_names, self->lane_ids, self->review,
                                 _("None (in Metrics)"), debrief_series_get_lane (self->series));
}

static void
refresh (DebriefSeriesInspector *self)
{
  DebriefSamples *samples;
  g_autofree char *count = NULL;

  if (self->series == NULL || self->review == NULL)
    return;
  self->updating = TRUE;
  set_text (self->name_row, debrief_series_get_name (self->series));
  set_text (self->unit_row, debrief_series_get_unit (self->series));
  if (!has_focus_within (self->threshold_row))
    {
      g_autofree char *threshold = debrief_series_get_has_threshold (self->series)
                                   ? g_strdup_printf ("%g", debrief_series_get_threshold (self->series)) : NULL;

      set_text (self->threshold_row, threshold);
    }
  refresh_lanes (self);
  debrief_lane_color_picker_set_color (DEBRIEF_LANE_COLOR_PICKER (self->color_picker),
                                       debrief_series_get_color (self->series));
  samples = debrief_series_get_samples (self->series);
  count = g_strdup_printf (ngettext ("%u sample", "%u samples", debrief_samples_get_n (samples)),
                           debrief_samples_get_n (samples));
  gtk_label_set_text (GTK_LABEL (self->samples_label), count);
  self->updating = FALSE;
}

static void
on_name_changed (GtkEditable            *row,
                 DebriefSeriesInspector *self)
{
  if (can_edit (self))
    debrief_edits_set_string (self->history, self->series, "name", gtk_editable_get_text (row), _("Rename Chart"));
}

static void
on_unit_changed (GtkEditable            *row,
                 DebriefSeriesInspector *self)
{
  const char *text = gtk_editable_get_text (row);

  if (can_edit (self))
    debrief_edits_set_string (self->history, self->series, "unit", text[0] ? text : NULL, _("Change Chart Unit"));
}

static void
set_threshold (DebriefSeriesInspector *self,
               gboolean                has_threshold,
               double                  threshold)
{
  g_auto(GValue) flag = G_VALUE_INIT;
  g_auto(GValue) number = G_VALUE_INIT;

  if (has_threshold == debrief_series_get_has_threshold (self->series) &&
      (!has_threshold || threshold == debrief_series_get_threshold (self->series)))
    return;
  g_value_init (&flag, G_TYPE_BOOLEAN);
  g_value_set_boolean (&flag, has_threshold);
  g_value_init (&number, G_TYPE_DOUBLE);
  g_value_set_double (&number, has_threshold ? threshold : debrief_series_get_threshold (self->series));
  debrief_history_begin_group (self->history, _("Change Chart Threshold"));
  debrief_edits_set_property (self->history, self->series, "threshold", &number, _("Change Chart Threshold"));
  debrief_edits_set_property (self->history, self->series, "has-threshold", &flag, _("Change Chart Threshold"));
  debrief_history_end_group (self->history);
}

static void
on_threshold_changed (GtkEditable            *row,
                      DebriefSeriesInspector *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));
  char *end = NULL;
  double value = text[0] ? g_strtod (text, &end) : 0;
  gboolean ok = text[0] == '\0' || (end != text && *end == '\0' && isfinite (value));

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), ok ? NULL : _("Expected a number, or nothing for no threshold"));
  if (ok && can_edit (self))
    set_threshold (self, text[0] != '\0', value);
}

static void
on_lane_selected (AdwComboRow            *row,
                  GParamSpec             *pspec,
                  DebriefSeriesInspector *self)
{
  guint selected = adw_combo_row_get_selected (row);
  const char *lane = selected < self->lane_ids->len ? g_ptr_array_index (self->lane_ids, selected) : NULL;

  if (can_edit (self) && selected < self->lane_ids->len && g_strcmp0 (lane, debrief_series_get_lane (self->series)) != 0)
    debrief_edits_set_string (self->history, self->series, "lane", lane, _("Move Chart"));
}

static void
on_color_notify (DebriefLaneColorPicker *picker,
                 GParamSpec             *pspec,
                 DebriefSeriesInspector *self)
{
  const char *color = debrief_lane_color_picker_get_color (picker);

  if (can_edit (self) && g_strcmp0 (color, debrief_series_get_color (self->series)) != 0)
    debrief_edits_set_string (self->history, self->series, "color", color, _("Change Chart Colour"));
}

static void
on_remove_clicked (GtkButton              *button,
                   DebriefSeriesInspector *self)
{
  if (self->series == NULL || self->history == NULL)
    return;
  debrief_history_push (self->history,
                        debrief_list_remove_command_new (debrief_review_get_series (self->review), self->series,
                                                         _("Remove Chart")));
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_back_clicked (GtkButton              *button,
                 DebriefSeriesInspector *self)
{
  g_signal_emit (self, signals[DONE], 0);
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
build_header (DebriefSeriesInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *title = gtk_label_new (_("Chart"));

  gtk_widget_set_tooltip_text (back, _("The Review"));
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect (back, "clicked", G_CALLBACK (on_back_clicked), self);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), back);
  gtk_box_append (GTK_BOX (box), title);
  return box;
}

static void
build (DebriefSeriesInspector *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *color_group = adw_preferences_group_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Chart"));

  self->name_row = entry_row (_("Name"), G_CALLBACK (on_name_changed), self);
  self->unit_row = entry_row (_("Unit"), G_CALLBACK (on_unit_changed), self);
  self->threshold_row = entry_row (_("Threshold"), G_CALLBACK (on_threshold_changed), self);
  self->lane_names = gtk_string_list_new (NULL);
  self->lane_ids = g_ptr_array_new_with_free_func (g_free);
  self->lane_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lane_row), _("Under Lane"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->lane_row), G_LIST_MODEL (self->lane_names));
  g_signal_connect (self->lane_row, "notify::selected", G_CALLBACK (on_lane_selected), self);
  self->color_picker = debrief_lane_color_picker_new ();
  g_signal_connect (self->color_picker, "notify::color", G_CALLBACK (on_color_notify), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->unit_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->threshold_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->lane_row);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (color_group), _("Colour"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (color_group), self->color_picker);

  self->samples_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->samples_label, "dim-label");
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_CENTER);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_header (self));
  gtk_box_append (GTK_BOX (self->page), group);
  gtk_box_append (GTK_BOX (self->page), color_group);
  gtk_box_append (GTK_BOX (self->page), self->samples_label);
  gtk_box_append (GTK_BOX (self->page), remove);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

static void
on_review_changed (DebriefReview          *review,
                   DebriefSeriesInspector *self)
{
  refresh (self);
}

static void
debrief_series_inspector_dispose (GObject *object)
{
  DebriefSeriesInspector *self = DEBRIEF_SERIES_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->series);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  g_clear_object (&self->lane_names);
  g_clear_pointer (&self->lane_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (debrief_series_inspector_parent_class)->dispose (object);
}

static void
debrief_series_inspector_class_init (DebriefSeriesInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_series_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "seriesinspector");
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_series_inspector_init (DebriefSeriesInspector *self)
{
  build (self);
}

GtkWidget *
debrief_series_inspector_new (void)
{
  return g_object_new (DEBRIEF_TYPE_SERIES_INSPECTOR, NULL);
}

void
debrief_series_inspector_set_review (DebriefSeriesInspector *self,
                                     DebriefReview          *review,
                                     DebriefHistory         *history)
{
  g_return_if_fail (DEBRIEF_IS_SERIES_INSPECTOR (self));
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_clear_object (&self->series);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
}

void
debrief_series_inspector_set_series (DebriefSeriesInspector *self,
                                     DebriefSeries          *series)
{
  g_return_if_fail (DEBRIEF_IS_SERIES_INSPECTOR (self));
  if (self->history != NULL)
    debrief_history_seal (self->history);
  g_set_object (&self->series, series);
  gtk_widget_remove_css_class (self->threshold_row, "error");
  refresh (self);
}

DebriefSeries *
debrief_series_inspector_get_series (DebriefSeriesInspector *self)
{
  g_return_val_if_fail (DEBRIEF_IS_SERIES_INSPECTOR (self), NULL);
  return self->series;
}
