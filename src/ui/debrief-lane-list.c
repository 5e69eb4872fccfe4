/* debrief-lane-list.c — the review's lanes as rows: show or hide each, open
 * one, add one
 *
 * A boxed list bound to the review's lanes, so adding, removing, moving and
 * undoing all show without a refresh of our own; each row follows its
 * lane's properties. The eye button hides or shows the lane as one undo
 * step. Activating a row, or adding a lane, emits ::lane-activated so the
 * lane's own inspector can open (and a new lane be named at once).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-lane-list.h"

struct _DebriefLaneList
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkWidget      *list;
  GtkWidget      *add_buttons;

  DebriefReview  *review;
  DebriefHistory *history;
};

G_DEFINE_FINAL_TYPE (DebriefLaneList, debrief_lane_list, GTK_TYPE_WIDGET)

enum {
  LANE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- one lane's row ----------------------------------------------------------------------- */

static char *
lane_subtitle (DebriefLane *lane)
{
  const char *role = debrief_lane_get_role (lane), *team = debrief_lane_get_team (lane);

  if (debrief_lane_get_kind (lane) == DEBRIEF_LANE_KIND_COMPONENT)
    return g_strdup (debrief_lane_get_group (lane) != NULL ? debrief_lane_get_group (lane) : _("Component"));
  if (role != NULL && team != NULL)
    /* Translators: a participant's role and team, "DBA · Data Platform" */
    return g_strdup_printf (_("%s · %s"), role, team);
  return g_strdup (role != NULL ? role : team != NULL ? team : _("Participant"));
}

static void
update_row (GtkWidget   *row,
            DebriefLane *lane)
{
  GtkWidget *eye = g_object_get_data (G_OBJECT (row), "eye");
  gboolean hidden = debrief_lane_get_hidden (lane);
  g_autofree char *subtitle = lane_subtitle (lane);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), debrief_lane_get_name (lane));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_button_set_icon_name (GTK_BUTTON (eye), hidden ? "view-conceal-symbolic" : "view-reveal-symbolic");
  gtk_widget_set_tooltip_text (eye, hidden ? _("Show Lane") : _("Hide Lane"));
  /* A hidden lane reads as absent from the timeline. */
  if (hidden)
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
}

static void
on_lane_notify (DebriefLane *lane,
                GParamSpec  *pspec,
                GtkWidget   *row)
{
  update_row (row, lane);
}

static void
on_eye_clicked (GtkButton       *eye,
                DebriefLaneList *self)
{
  DebriefLane *lane = g_object_get_data (G_OBJECT (eye), "lane");
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean hidden = !debrief_lane_get_hidden (lane);

  if (self->history == NULL)
    return;
  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, hidden);
  /* Two clicks are two steps, never merged into one that does nothing. */
  debrief_history_seal (self->history);
  debrief_edits_set_property (self->history, lane, "hidden", &value, hidden ? _("Hide Lane") : _("Show Lane"));
  debrief_history_seal (self->history);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DebriefLaneList *self = user_data;
  DebriefLane *lane = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *eye = gtk_button_new ();

  /* Names are text, not markup: "R&D" must show as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_valign (eye, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (eye, "flat");
  gtk_widget_set_sensitive (eye, self->history != NULL);
  g_object_set_data_full (G_OBJECT (eye), "lane", g_object_ref (lane), g_object_unref);
  g_signal_connect (eye, "clicked", G_CALLBACK (on_eye_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), eye);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "eye", eye);
  g_object_set_data_full (G_OBJECT (row), "lane", g_object_ref (lane), g_object_unref);
  update_row (row, lane);
  g_signal_connect_object (lane, "notify", G_CALLBACK (on_lane_notify), row, 0);
  return row;
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  DebriefLaneList *self)
{
  g_signal_emit (self, signals[LANE_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "lane"));
}

/* ---- adding --------------------------------------------------------------------------------- */

static void
add_lane (DebriefLaneList *self,
          DebriefLaneKind  kind)
{
  DebriefLane *lane;

  if (self->review == NULL || self->history == NULL)
    return;
  debrief_history_seal (self->history);
  lane = debrief_edits_add_lane (self->history, self->review, kind,
                                 kind == DEBRIEF_LANE_KIND_PARTICIPANT ? _("New participant") : _("New component"),
                                 g_list_model_get_n_items (debrief_review_get_lanes (self->review)));
  g_signal_emit (self, signals[LANE_ACTIVATED], 0, lane);
}

static void
on_add_participant (GtkButton       *button,
                    DebriefLaneList *self)
{
  add_lane (self, DEBRIEF_LANE_KIND_PARTICIPANT);
}

static void
on_add_component (GtkButton       *button,
                  DebriefLaneList *self)
{
  add_lane (self, DEBRIEF_LANE_KIND_COMPONENT);
}

static GtkWidget *
add_button (const char *label,
            GCallback   on_clicked,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_hexpand (button, TRUE);
  g_signal_connect (button, "clicked", on_clicked, self);
  return button;
}

/* ---- the object ----------------------------------------------------------------------------- */

static void
build (DebriefLaneList *self)
{
  GtkWidget *placeholder = gtk_label_new (_("No lanes yet"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lanes"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  self->add_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (self->add_buttons), TRUE);
  gtk_box_append (GTK_BOX (self->add_buttons), add_button (_("Add _Participant"), G_CALLBACK (on_add_participant), self));
  gtk_box_append (GTK_BOX (self->add_buttons), add_button (_("Add _Component"), G_CALLBACK (on_add_component), self));
  gtk_box_append (GTK_BOX (self->box), self->list);
  gtk_box_append (GTK_BOX (self->box), self->add_buttons);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

static void
debrief_lane_list_dispose (GObject *object)
{
  DebriefLaneList *self = DEBRIEF_LANE_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->review);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (debrief_lane_list_parent_class)->dispose (object);
}

static void
debrief_lane_list_class_init (DebriefLaneListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_lane_list_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lanelist");

  /**
   * DebriefLaneList::lane-activated:
   * @lane: the lane whose row was activated, or the lane just added
   */
  signals[LANE_ACTIVATED] = g_signal_new ("lane-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_LANE);
}

static void
debrief_lane_list_init (DebriefLaneList *self)
{
  build (self);
}

GtkWidget *
debrief_lane_list_new (void)
{
  return g_object_new (DEBRIEF_TYPE_LANE_LIST, NULL);
}

/* @history: (nullable): NULL for a read-only review: rows open, nothing edits */
void
debrief_lane_list_set_review (DebriefLaneList *self,
                              DebriefReview   *review,
                              DebriefHistory  *history)
{
  g_return_if_fail (DEBRIEF_IS_LANE_LIST (self));

  if (review == NULL)
    history = NULL;
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  gtk_widget_set_visible (self->add_buttons, history != NULL);
  /* Rows are made with the history in force: bind after it is set. */
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), review != NULL ? debrief_review_get_lanes (review) : NULL,
                           create_row, self, NULL);
}
