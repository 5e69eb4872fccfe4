/* debrief-lane-inspector.c — every field of one lane, editable
 *
 * Names and other text apply as you type, each burst one undo step, Escape
 * reverting the field; every click (kind, colour, a switch) is a step of
 * its own. Moving, merging and removing live in DebriefLaneActions. When
 * the lane leaves the review (removed, merged away, or its addition undone)
 * ::done tells the window to go back to the review's page, as the back
 * button does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-inspector-fields-private.h"
#include "debrief-lane-actions.h"
#include "debrief-lane-color-picker.h"
#include "debrief-lane-inspector.h"
#include "debrief-model-enums.h"
#include "debrief-zone-row.h"

typedef enum {
  FIELD_NAME,
  FIELD_ROLE,
  FIELD_TEAM,
  FIELD_GROUP,
  N_FIELDS
} Field;

/* The lane's properties, in Field order. */
static const char *field_properties[N_FIELDS] = { "name", "role", "team", "group" };

struct _DebriefLaneInspector
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  GtkWidget      *editor;   /* everything but the header: insensitive while read-only */
  GtkWidget      *fields[N_FIELDS];
  AdwComboRow    *kind_row;
  GtkWidget      *zone_row;
  GtkWidget      *color_picker;
  GtkWidget      *collapsed_switch;
  GtkWidget      *hidden_switch;
  GtkWidget      *actions;

  DebriefReview  *review;
  DebriefHistory *history;
  DebriefLane    *lane;
  guint           gone_source;
  gboolean        updating;   /* filling fields: their signals are ours */
  gboolean        applying;   /* our own edit is changing the lane */
};

G_DEFINE_FINAL_TYPE (DebriefLaneInspector, debrief_lane_inspector, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DebriefHistory *
history_of (gpointer owner)
{
  return DEBRIEF_LANE_INSPECTOR (owner)->history;
}

static gboolean
can_edit (DebriefLaneInspector *self)
{
  return self->lane != NULL && self->review != NULL && self->history != NULL && !self->updating;
}

static guint
lane_position (DebriefLaneInspector *self)
{
  return debrief_review_get_lane_position (self->review, self->lane);
}

/* ---- reading the lane into the fields -------------------------------------------------- */

static char *
field_value (DebriefLaneInspector *self,
             Field                 field)
{
  char *text;

  g_object_get (self->lane, field_properties[field], &text, NULL);
  return text != NULL ? text : g_strdup ("");
}

static void
refresh_kind (DebriefLaneInspector *self)
{
  gboolean participant = debrief_lane_get_kind (self->lane) == DEBRIEF_LANE_KIND_PARTICIPANT;

  adw_combo_row_set_selected (self->kind_row, participant ? 0 : 1);
  /* People have roles, teams and clocks; components belong to groups. */
  gtk_widget_set_visible (self->fields[FIELD_ROLE], participant);
  gtk_widget_set_visible (self->fields[FIELD_TEAM], participant);
  gtk_widget_set_visible (self->zone_row, participant);
  gtk_widget_set_visible (self->fields[FIELD_GROUP], !participant);
  /* Unset, the chooser starts at the review's zone: most people work in it. */
  debrief_zone_row_set_zone (DEBRIEF_ZONE_ROW (self->zone_row), debrief_lane_get_tz (self->lane),
                             debrief_review_get_timezone (self->review), debrief_review_get_origin (self->review));
}

static void
refresh (DebriefLaneInspector *self)
{
  gboolean present = self->lane != NULL && self->review != NULL && lane_position (self) != G_MAXUINT;

  gtk_widget_set_sensitive (self->page, self->lane != NULL);
  gtk_widget_set_sensitive (self->editor, self->history != NULL);
  /* Moving a lane takes it out and puts it back: between the two it is
   * briefly absent, and there is nothing to show. */
  if (!present)
    return;

  self->updating = TRUE;
  for (Field field = 0; field < N_FIELDS; field++)
    {
      g_autofree char *value = field_value (self, field);

      if (!(self->applying && _debrief_inspector_field_has_focus (self->fields[field])))
        _debrief_inspector_field_set_text (self->fields[field], value);
    }
  if (!self->applying)
    _debrief_inspector_mark_invalid (self->fields[FIELD_NAME], NULL);
  refresh_kind (self);
  debrief_lane_color_picker_set_color (DEBRIEF_LANE_COLOR_PICKER (self->color_picker), debrief_lane_get_color (self->lane));
  gtk_switch_set_active (GTK_SWITCH (self->collapsed_switch), debrief_lane_get_collapsed (self->lane));
  gtk_switch_set_active (GTK_SWITCH (self->hidden_switch), debrief_lane_get_hidden (self->lane));
  debrief_lane_actions_refresh (DEBRIEF_LANE_ACTIONS (self->actions));
  self->updating = FALSE;
}

/* ---- the lane leaving ------------------------------------------------------------------ */

static void
finish (DebriefLaneInspector *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* The page turns insensitive; a field typed into just now (the name of
   * a lane whose addition was undone) must let go of the focus first, or
   * its cursor keeps blinking without it. */
  if (root != NULL && _debrief_inspector_field_has_focus (GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
  debrief_lane_inspector_set_lane (self, NULL);
  g_signal_emit (self, signals[DONE], 0);
}

static gboolean
check_gone (gpointer user_data)
{
  DebriefLaneInspector *self = user_data;

  self->gone_source = 0;
  if (self->lane != NULL && lane_position (self) == G_MAXUINT)
    finish (self);
  return G_SOURCE_REMOVE;
}

static void
on_review_changed (DebriefReview        *review,
                   DebriefLaneInspector *self)
{
  refresh (self);
  /* Only once the edit is complete: a move is absent for a moment. */
  if (self->lane != NULL && lane_position (self) == G_MAXUINT && self->gone_source == 0)
    self->gone_source = g_idle_add (check_gone, self);
}

/* ---- writing into the lane --------------------------------------------------------------- */

static void
apply_text (DebriefLaneInspector *self,
            GtkWidget            *row)
{
  static const char *labels[N_FIELDS] = { N_("Rename Lane"), N_("Edit Role"), N_("Edit Team"), N_("Edit Group") };
  g_autofree char *text = _debrief_inspector_field_get_text (row);
  g_autofree char *current = NULL;
  Field field = 0;

  if (!can_edit (self))
    return;
  while (field < N_FIELDS && self->fields[field] != row)
    field++;
  g_return_if_fail (field < N_FIELDS);
  /* A nameless lane could not be told apart in the timeline. */
  _debrief_inspector_mark_invalid (row, field == FIELD_NAME && *text == '\0' ? _("A lane needs a name") : NULL);
  current = field_value (self, field);
  if ((field == FIELD_NAME && *text == '\0') || g_str_equal (current, text))
    return;
  self->applying = TRUE;
  debrief_edits_set_string (self->history, self->lane, field_properties[field],
                            *text != '\0' ? text : NULL, _(labels[field]));
  self->applying = FALSE;
}

static void
on_row_changed (GtkEditable          *editable,
                DebriefLaneInspector *self)
{
  apply_text (self, GTK_WIDGET (editable));
}

/* One click, one step: never merged with the typing before it or a
 * second click on the same control. */
static void
push_value (DebriefLaneInspector *self,
            const char           *property,
            const GValue         *value,
            const char           *label)
{
  _debrief_inspector_seal (self->history);
  self->applying = TRUE;
  debrief_edits_set_property (self->history, self->lane, property, value, label);
  self->applying = FALSE;
  _debrief_inspector_seal (self->history);
}

static void
push_string (DebriefLaneInspector *self,
             const char           *property,
             const char           *text,
             const char           *label)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  push_value (self, property, &value, label);
}

static void
on_kind_selected (AdwComboRow          *row,
                  GParamSpec           *pspec,
                  DebriefLaneInspector *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  DebriefLaneKind kind = adw_combo_row_get_selected (row) == 1 ? DEBRIEF_LANE_KIND_COMPONENT
                                                                : DEBRIEF_LANE_KIND_PARTICIPANT;

  if (!can_edit (self) || kind == debrief_lane_get_kind (self->lane))
    return;
  g_value_init (&value, DEBRIEF_TYPE_LANE_KIND);
  g_value_set_enum (&value, kind);
  push_value (self, "kind", &value, _("Change Lane Kind"));
}

static void
on_color_notify (DebriefLaneColorPicker *picker,
                 GParamSpec             *pspec,
                 DebriefLaneInspector   *self)
{
  const char *color = debrief_lane_color_picker_get_color (picker);

  if (can_edit (self) && g_strcmp0 (color, debrief_lane_get_color (self->lane)) != 0)
    push_string (self, "color", color, _("Change Lane Colour"));
}

static void
on_switch_active (GtkSwitch            *widget,
                  GParamSpec           *pspec,
                  DebriefLaneInspector *self)
{
  gboolean active = gtk_switch_get_active (widget);
  gboolean collapsed = GTK_WIDGET (widget) == self->collapsed_switch;
  g_auto(GValue) value = G_VALUE_INIT;

  if (!can_edit (self) ||
      active == (collapsed ? debrief_lane_get_collapsed (self->lane) : debrief_lane_get_hidden (self->lane)))
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, active);
  push_value (self, collapsed ? "collapsed" : "hidden", &value,
              collapsed ? (active ? _("Collapse Lane") : _("Expand Lane")) : (active ? _("Hide Lane") : _("Show Lane")));
}

static void
on_zone_chosen (DebriefZoneRow       *row,
                const char           *zone,
                DebriefLaneInspector *self)
{
  if (can_edit (self))
    push_string (self, "tz", zone, zone != NULL ? _("Change Time Zone") : _("Clear Time Zone"));
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
entry_field (DebriefLaneInspector *self,
             Field                 field,
             const char           *title)
{
  GtkWidget *row = _debrief_inspector_entry_row (title, G_CALLBACK (on_row_changed), self);

  _debrief_inspector_watch_field (row, history_of, self);
  self->fields[field] = row;
  return row;
}

static GtkWidget *
build_header (DebriefLaneInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *title = gtk_label_new (_("Lane"));

  gtk_widget_set_tooltip_text (back, _("All Lanes"));
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (finish), self);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (box), back);
  gtk_box_append (GTK_BOX (box), title);
  return box;
}

static GtkWidget *
build_identity (DebriefLaneInspector *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (_debrief_inspector_group (NULL));
  GtkStringList *kinds = gtk_string_list_new ((const char * const[]) { _("Participant"), _("Component"), NULL });

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_object_unref (kinds);
  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected), self);
  adw_preferences_group_add (group, entry_field (self, FIELD_NAME, _("Name")));
  adw_preferences_group_add (group, GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (group, entry_field (self, FIELD_ROLE, _("Role")));
  adw_preferences_group_add (group, entry_field (self, FIELD_TEAM, _("Team")));
  self->zone_row = debrief_zone_row_new (TRUE);
  g_signal_connect (self->zone_row, "zone-chosen", G_CALLBACK (on_zone_chosen), self);
  adw_preferences_group_add (group, self->zone_row);
  adw_preferences_group_add (group, entry_field (self, FIELD_GROUP, _("Group")));
  return GTK_WIDGET (group);
}

static GtkWidget *
build_color (DebriefLaneInspector *self)
{
  GtkWidget *group = _debrief_inspector_group (_("Colour"));

  self->color_picker = debrief_lane_color_picker_new ();
  g_signal_connect (self->color_picker, "notify::color", G_CALLBACK (on_color_notify), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->color_picker);
  return group;
}

static GtkWidget *
switch_row (const char *title,
            GtkWidget **out_switch,
            gpointer    self)
{
  GtkWidget *row = adw_action_row_new ();

  *out_switch = gtk_switch_new ();
  gtk_widget_set_valign (*out_switch, GTK_ALIGN_CENTER);
  g_signal_connect (*out_switch, "notify::active", G_CALLBACK (on_switch_active), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), *out_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *out_switch);
  return row;
}

static GtkWidget *
build_display (DebriefLaneInspector *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (_debrief_inspector_group (_("Display")));

  adw_preferences_group_add (group, switch_row (_("Collapsed"), &self->collapsed_switch, self));
  adw_preferences_group_add (group, switch_row (_("Hidden"), &self->hidden_switch, self));
  return GTK_WIDGET (group);
}

static void
build (DebriefLaneInspector *self)
{
  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_header (self));
  gtk_box_append (GTK_BOX (self->page), self->editor);
  gtk_box_append (GTK_BOX (self->editor), build_identity (self));
  gtk_box_append (GTK_BOX (self->editor), build_color (self));
  gtk_box_append (GTK_BOX (self->editor), build_display (self));
  self->actions = debrief_lane_actions_new ();
  g_signal_connect_swapped (self->actions, "finished", G_CALLBACK (finish), self);
  gtk_box_append (GTK_BOX (self->editor), self->actions);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

/* ---- the object ----------------------------------------------------------------------------- */

static void
debrief_lane_inspector_dispose (GObject *object)
{
  DebriefLaneInspector *self = DEBRIEF_LANE_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_handle_id (&self->gone_source, g_source_remove);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->lane);
  g_clear_pointer (&self->page, gtk_widget_unparent);

  G_OBJECT_CLASS (debrief_lane_inspector_parent_class)->dispose (object);
}

static void
debrief_lane_inspector_class_init (DebriefLaneInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_lane_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "laneinspector");

  /**
   * DebriefLaneInspector::done:
   *
   * The lane was removed or merged away, or the back button was pressed:
   * the inspector holds no lane now, and the review's page should show.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_lane_inspector_init (DebriefLaneInspector *self)
{
  build (self);
  refresh (self);
}

GtkWidget *
debrief_lane_inspector_new (void)
{
  return g_object_new (DEBRIEF_TYPE_LANE_INSPECTOR, NULL);
}

/* @history: (nullable): NULL for a read-only review */
void
debrief_lane_inspector_set_review (DebriefLaneInspector *self,
                                   DebriefReview        *review,
                                   DebriefHistory       *history)
{
  g_return_if_fail (DEBRIEF_IS_LANE_INSPECTOR (self));
  g_return_if_fail (review == NULL || DEBRIEF_IS_REVIEW (review));

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  if (review == NULL)
    history = NULL;
  g_clear_object (&self->lane);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  debrief_lane_actions_set_lane (DEBRIEF_LANE_ACTIONS (self->actions), review, history, NULL);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  refresh (self);
}

/* @lane: (nullable): a lane of the review */
void
debrief_lane_inspector_set_lane (DebriefLaneInspector *self,
                                 DebriefLane          *lane)
{
  g_return_if_fail (DEBRIEF_IS_LANE_INSPECTOR (self));
  g_return_if_fail (lane == NULL || DEBRIEF_IS_LANE (lane));

  if (self->lane == lane)
    return;
  if (self->history != NULL)
    debrief_history_seal (self->history);
  g_clear_handle_id (&self->gone_source, g_source_remove);
  g_set_object (&self->lane, lane);
  debrief_lane_actions_set_lane (DEBRIEF_LANE_ACTIONS (self->actions), self->review, self->history, lane);
  refresh (self);
}

DebriefLane *
debrief_lane_inspector_get_lane (DebriefLaneInspector *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE_INSPECTOR (self), NULL);
  return self->lane;
}

/* A lane just added: its placeholder name selected, ready to type over. */
void
debrief_lane_inspector_focus_name (DebriefLaneInspector *self)
{
  g_return_if_fail (DEBRIEF_IS_LANE_INSPECTOR (self));

  gtk_widget_grab_focus (self->fields[FIELD_NAME]);
  gtk_editable_select_region (GTK_EDITABLE (self->fields[FIELD_NAME]), 0, -1);
}
