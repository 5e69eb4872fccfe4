/* debrief-lane-actions.c — what changes a lane's place among the others:
 * move it, merge it into another, remove it
 *
 * Part of the lane inspector. Each action is one undo step. Merging asks
 * nothing, since it undoes like the rest; removing a lane that has events
 * asks first, as the events go with it. After a merge or a removal the lane
 * is gone and ::finished says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-lane-actions.h"

struct _DebriefLaneActions
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkWidget      *order_row;
  GtkWidget      *up_button;
  GtkWidget      *down_button;
  AdwComboRow    *merge_row;
  GtkStringList  *merge_names;
  GPtrArray      *merge_lanes;  /* DebriefLane, in merge_names' order */
  GtkWidget      *merge_button;

  DebriefReview  *review;
  DebriefHistory *history;
  DebriefLane    *lane;
};

G_DEFINE_FINAL_TYPE (DebriefLaneActions, debrief_lane_actions, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
lane_position (DebriefLaneActions *self)
{
  return debrief_review_get_lane_position (self->review, self->lane);
}

static gboolean
can_edit (DebriefLaneActions *self)
{
  return self->review != NULL && self->history != NULL && self->lane != NULL && lane_position (self) != G_MAXUINT;
}

/* ---- showing ------------------------------------------------------------------------------ */

static void
refresh_order (DebriefLaneActions *self)
{
  guint position = lane_position (self);
  guint n = g_list_model_get_n_items (debrief_review_get_lanes (self->review));
  /* Translators: a lane's place among all lanes, "3 of 9" */
  g_autofree char *where = g_strdup_printf (_("%u of %u"), position + 1, n);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->order_row), where);
  gtk_widget_set_sensitive (self->up_button, position > 0);
  gtk_widget_set_sensitive (self->down_button, position + 1 < n);
}

/* The other lanes, keeping the one chosen as long as it is there. */
static void
refresh_merge (DebriefLaneActions *self)
{
  GListModel *lanes = debrief_review_get_lanes (self->review);
  guint selected = adw_combo_row_get_selected (self->merge_row);
  gpointer chosen = selected < self->merge_lanes->len ? g_ptr_array_index (self->merge_lanes, selected) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint keep = 0;

  g_ptr_array_set_size (self->merge_lanes, 0);
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      if (lane == self->lane)
        continue;
      if (lane == chosen)
        keep = self->merge_lanes->len;
      g_ptr_array_add (self->merge_lanes, g_object_ref (lane));
      g_ptr_array_add (names, (gpointer) debrief_lane_get_name (lane));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->merge_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->merge_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->merge_row, keep);
  gtk_widget_set_sensitive (self->merge_button, self->merge_lanes->len > 0);
}

/* Called by the inspector whenever the review changes. A lane being
 * moved is out of the list for a moment; there is nothing to show then. */
void
debrief_lane_actions_refresh (DebriefLaneActions *self)
{
  g_return_if_fail (DEBRIEF_IS_LANE_ACTIONS (self));

  if (!can_edit (self))
    return;
  refresh_order (self);
  refresh_merge (self);
}

/* ---- acting ------------------------------------------------------------------------------- */

static void
on_move_clicked (GtkButton          *button,
                 DebriefLaneActions *self)
{
  gboolean up = GTK_WIDGET (button) == self->up_button;
  guint position;

  if (!can_edit (self))
    return;
  position = lane_position (self);
  if (up && position == 0)
    return;
  debrief_history_seal (self->history);
  debrief_edits_move_lane (self->history, self->review, self->lane, up ? position - 1 : position + 1);
}

static void
on_merge_clicked (GtkButton          *button,
                  DebriefLaneActions *self)
{
  guint selected = adw_combo_row_get_selected (self->merge_row);

  if (!can_edit (self) || selected >= self->merge_lanes->len)
    return;
  debrief_history_seal (self->history);
  debrief_edits_merge_lanes (self->history, self->review, self->lane, g_ptr_array_index (self->merge_lanes, selected));
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
remove_lane (DebriefLaneActions *self)
{
  debrief_history_seal (self->history);
  debrief_edits_remove_lane (self->history, self->review, self->lane);
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
on_remove_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    DebriefLaneActions *self)
{
  /* Act only on the lane the dialog asked about, if it is still there. */
  if (g_str_equal (response, "remove") && can_edit (self) &&
      self->lane == g_object_get_data (G_OBJECT (dialog), "lane"))
    remove_lane (self);
}

static void
ask_to_remove (DebriefLaneActions *self,
               guint               n_events)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove “%s” and its %u event?",
                                                           "Remove “%s” and its %u events?", n_events),
                                              debrief_lane_get_name (self->lane), n_events);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                         heading, NULL));

  adw_message_dialog_set_body (dialog, _("The events go with the lane. Undo brings both back."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lane", g_object_ref (self->lane), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_clicked (GtkButton          *button,
                   DebriefLaneActions *self)
{
  guint n;

  if (!can_edit (self))
    return;
  n = debrief_event_store_lane_get_n_events (debrief_review_get_events (self->review), debrief_lane_get_key (self->lane));
  if (n > 0)
    ask_to_remove (self, n);
  else
    remove_lane (self);
}

/* ---- building ----------------------------------------------------------------------------- */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);
  return button;
}

static GtkWidget *
build_order (DebriefLaneActions *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  self->order_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->order_row), _("Order"));
  self->up_button = icon_button ("go-up-symbolic", _("Move Up"), self);
  self->down_button = icon_button ("go-down-symbolic", _("Move Down"), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->order_row), self->up_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->order_row), self->down_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->order_row);
  return group;
}

static GtkWidget *
build_merge (DebriefLaneActions *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, _("Merge"));
  adw_preferences_group_set_description (group, _("Two lanes that are one: this lane’s events move over and this lane goes."));
  self->merge_names = gtk_string_list_new (NULL);
  self->merge_lanes = g_ptr_array_new_with_free_func (g_object_unref);
  self->merge_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->merge_row), _("Merge Into"));
  adw_combo_row_set_model (self->merge_row, G_LIST_MODEL (self->merge_names));
  self->merge_button = gtk_button_new_with_mnemonic (_("_Merge"));
  gtk_widget_set_halign (self->merge_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (self->merge_button, 12);
  g_signal_connect (self->merge_button, "clicked", G_CALLBACK (on_merge_clicked), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->merge_row));
  adw_preferences_group_add (group, self->merge_button);
  return GTK_WIDGET (group);
}

static GtkWidget *
build_remove (DebriefLaneActions *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Remove Lane"));

  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
  return button;
}

static void
debrief_lane_actions_dispose (GObject *object)
{
  DebriefLaneActions *self = DEBRIEF_LANE_ACTIONS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->merge_names);
  g_clear_pointer (&self->merge_lanes, g_ptr_array_unref);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->lane);

  G_OBJECT_CLASS (debrief_lane_actions_parent_class)->dispose (object);
}

static void
debrief_lane_actions_class_init (DebriefLaneActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_lane_actions_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "laneactions");

  /**
   * DebriefLaneActions::finished:
   *
   * The lane was merged into another or removed: it is no longer in the
   * review.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_lane_actions_init (DebriefLaneActions *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->box), build_order (self));
  gtk_box_append (GTK_BOX (self->box), build_merge (self));
  gtk_box_append (GTK_BOX (self->box), build_remove (self));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
debrief_lane_actions_new (void)
{
  return g_object_new (DEBRIEF_TYPE_LANE_ACTIONS, NULL);
}

/* @history: (nullable): NULL while read-only
 * @lane: (nullable): a lane of @review */
void
debrief_lane_actions_set_lane (DebriefLaneActions *self,
                               DebriefReview      *review,
                               DebriefHistory     *history,
                               DebriefLane        *lane)
{
  g_return_if_fail (DEBRIEF_IS_LANE_ACTIONS (self));

  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_set_object (&self->lane, lane);
  debrief_lane_actions_refresh (self);
}
