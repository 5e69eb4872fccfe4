/* debrief-window-perspectives.c — choosing whose accounts go side by side
 *
 * The people button in the timeline's controls opens a list of the
 * review's perspectives: tick the ones to compare (they appear above the
 * lanes, in the order ticked), pin one as the reference (it goes first),
 * and split each into a row per kind of entry. Ctrl+Shift+P shows all of
 * them, or none. Ctrl+K turns on the "known at time T" playhead (against
 * hindsight): only what came before T is shown; [ and ] step it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-perspective.h"
#include "debrief-time.h"
#include "debrief-window-private.h"

static GListModel *
perspectives_of (DebriefWindow *self)
{
  return G_LIST_MODEL (debrief_review_get_perspectives (debrief_document_get_review (self->document)));
}

static char *
describe (DebriefWindow      *self,
          DebriefPerspective *perspective)
{
  DebriefLane *lane = debrief_review_lookup_lane (debrief_document_get_review (self->document),
                                                  debrief_perspective_get_participant (perspective));
  const char *who = lane ? debrief_lane_get_name (lane) : debrief_perspective_get_participant (perspective);
  const char *title = debrief_perspective_get_title (perspective);

  return title && *title ? g_strdup_printf ("%s — %s", who, title) : g_strdup (who);
}

static const char *
id_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "perspective");
}

/* The ticked perspectives, in the popover's order. */
static void
apply_choice (DebriefWindow *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;
  const char *pinned = NULL;
  gboolean split = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->perspectives_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (child), "check");
      GtkWidget *pin = g_object_get_data (G_OBJECT (child), "pin");

      if (g_object_get_data (G_OBJECT (child), "split") != NULL)
        split = gtk_check_button_get_active (GTK_CHECK_BUTTON (child));
      if (check == NULL || !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      g_strv_builder_add (ids, id_of (child));
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (pin)))
        pinned = id_of (child);
    }
  chosen = g_strv_builder_end (ids);
  _debrief_window_show_perspectives (self, (const char * const *) chosen, split, pinned);
}

/* One pin at a time: pinning one unpins the others. */
static void
on_pin_toggled (GtkToggleButton *pin,
                DebriefWindow   *self)
{
  if (gtk_toggle_button_get_active (pin))
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->perspectives_box)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *other = g_object_get_data (G_OBJECT (child), "pin");

        if (other != NULL && other != GTK_WIDGET (pin))
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (other), FALSE);
      }
  apply_choice (self);
}

/* Move Up / Move Down: the order of the rows is the order side by side. */
static void
on_move_clicked (GtkButton     *button,
                 DebriefWindow *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (button));
  gboolean up = g_object_get_data (G_OBJECT (button), "up") != NULL;
  GtkWidget *other = up ? gtk_widget_get_prev_sibling (row) : gtk_widget_get_next_sibling (row);

  if (other == NULL || g_object_get_data (G_OBJECT (other), "check") == NULL)
    return;
  gtk_box_reorder_child_after (self->perspectives_box, row, up ? gtk_widget_get_prev_sibling (other) : other);
  apply_choice (self);
  gtk_widget_grab_focus (GTK_WIDGET (button));
}

static GtkWidget *
move_button (DebriefWindow *self,
             gboolean       up)
{
  GtkWidget *button = gtk_button_new_from_icon_name (up ? "go-up-symbolic" : "go-down-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, up ? _("Move Up") : _("Move Down"));
  if (up)
    g_object_set_data (G_OBJECT (button), "up", GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);
  return button;
}

/* Dragging a row by its handle onto another puts it there: above the row
 * when dropped on its upper half, below it on its lower half. */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, id_of (row));
}

static GtkWidget *
find_row (DebriefWindow *self,
          const char    *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->perspectives_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (id_of (child), id) == 0)
      return child;
  return NULL;
}

static gboolean
on_row_drop (GtkDropTarget *target,
             const GValue  *value,
             double         x,
             double         y,
             DebriefWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkWidget *dragged = G_VALUE_HOLDS_STRING (value) ? find_row (self, g_value_get_string (value)) : NULL;
  gboolean above = y < gtk_widget_get_height (row) / 2.0;

  if (dragged == NULL || dragged == row)
    return FALSE;
  gtk_box_reorder_child_after (self->perspectives_box, dragged, above ? gtk_widget_get_prev_sibling (row) : row);
  apply_choice (self);
  return TRUE;
}

static GtkWidget *
drag_handle (GtkWidget *row)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_tooltip_text (handle, _("Drag to Reorder"));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  return handle;
}

static gboolean
is_shown (DebriefWindow *self,
          const char    *id)
{
  const char * const *shown = debrief_timeline_view_get_perspectives (self->timeline_view);

  return shown != NULL && g_strv_contains (shown, id);
}

static GtkWidget *
perspective_row (DebriefWindow      *self,
                 DebriefPerspective *perspective)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *label = describe (self, perspective);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *pin = gtk_toggle_button_new ();
  GtkDropTarget *drop;

  gtk_widget_set_hexpand (check, TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_shown (self, debrief_item_get_id (DEBRIEF_ITEM (perspective))));
  gtk_button_set_icon_name (GTK_BUTTON (pin), "view-pin-symbolic");
  gtk_widget_add_css_class (pin, "flat");
  gtk_widget_set_tooltip_text (pin, _("Pin as the Reference"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (pin),
                                g_strcmp0 (debrief_timeline_view_get_pinned_perspective (self->timeline_view),
                                           debrief_item_get_id (DEBRIEF_ITEM (perspective))) == 0);
  g_object_set_data_full (G_OBJECT (row), "perspective", g_strdup (debrief_item_get_id (DEBRIEF_ITEM (perspective))), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "pin", pin);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (apply_choice), self);
  g_signal_connect (pin, "toggled", G_CALLBACK (on_pin_toggled), self);
  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_row_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));
  gtk_box_append (GTK_BOX (row), drag_handle (row));
  gtk_box_append (GTK_BOX (row), check);
  gtk_box_append (GTK_BOX (row), move_button (self, TRUE));
  gtk_box_append (GTK_BOX (row), move_button (self, FALSE));
  gtk_box_append (GTK_BOX (row), pin);
  return row;
}

/* The shown perspectives in their order, then the others in the review's. */
static GPtrArray *
popover_order (DebriefWindow *self)
{
  GListModel *perspectives = perspectives_of (self);
  const char * const *shown = debrief_timeline_view_get_perspectives (self->timeline_view);
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; shown != NULL && shown[k] != NULL; k++)
    for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
      {
        g_autoptr(DebriefItem) item = g_list_model_get_item (perspectives, i);

        if (g_str_equal (debrief_item_get_id (item), shown[k]) && !g_ptr_array_find (order, item, NULL))
          g_ptr_array_add (order, g_object_ref (item));
      }
  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefItem) item = g_list_model_get_item (perspectives, i);

      if (!g_ptr_array_find (order, item, NULL))
        g_ptr_array_add (order, g_object_ref (item));
    }
  return order;
}

/* The evidence lanes kept beside the accounts: unticked ones are left out
 * while comparing, and come back when no perspective is shown. */
static void
apply_lanes (DebriefWindow *self)
{
  g_autoptr(GStrvBuilder) hidden = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->perspectives_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "lane") != NULL &&
        !gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (hidden, g_object_get_data (G_OBJECT (child), "lane"));
  ids = g_strv_builder_end (hidden);
  _debrief_window_set_comparison_hidden_lanes (self, (const char * const *) ids);
}

static void
add_lane_choices (DebriefWindow *self)
{
  GListModel *lanes = debrief_review_get_lanes (debrief_document_get_review (self->document));
  const char * const *hidden = debrief_timeline_view_get_comparison_hidden_lanes (self->timeline_view);
  GtkWidget *heading = gtk_label_new (_("Evidence Lanes Beside the Accounts"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (self->perspectives_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (self->perspectives_box, heading);
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      const char *id = debrief_item_get_id (DEBRIEF_ITEM (lane));
      GtkWidget *check;

      if (debrief_lane_get_hidden (lane))
        continue;   /* hidden for good: the lane's own setting */
      check = gtk_check_button_new_with_label (debrief_lane_get_name (lane));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), hidden == NULL || !g_strv_contains (hidden, id));
      g_object_set_data_full (G_OBJECT (check), "lane", g_strdup (id), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (apply_lanes), self);
      gtk_box_append (self->perspectives_box, check);
    }
}

static void
fill_popover (DebriefWindow *self)
{
  GtkWidget *child, *split, *heading;
  GListModel *perspectives;
  g_autoptr(GPtrArray) order = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->perspectives_box))) != NULL)
    gtk_box_remove (self->perspectives_box, child);
  if (self->document == NULL)
    return;
  perspectives = perspectives_of (self);
  heading = gtk_label_new (g_list_model_get_n_items (perspectives) > 0 ? _("Compare Accounts")
                                                                        : _("This review has no perspectives yet"));
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (self->perspectives_box, heading);
  order = popover_order (self);
  for (guint i = 0; i < order->len; i++)
    gtk_box_append (self->perspectives_box, perspective_row (self, g_ptr_array_index (order, i)));
  split = gtk_check_button_new_with_label (_("A row per kind of entry (saw, believed, expected, did, asked)"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (split), debrief_timeline_view_get_split_by_kind (self->timeline_view));
  g_object_set_data (G_OBJECT (split), "split", GINT_TO_POINTER (TRUE));
  g_signal_connect_swapped (split, "toggled", G_CALLBACK (apply_choice), self);
  gtk_box_append (self->perspectives_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (self->perspectives_box, split);
  add_lane_choices (self);
}

static void
on_popover_show (GtkPopover    *popover,
                 DebriefWindow *self)
{
  fill_popover (self);
}

/* All side by side, or none: the quick way in a meeting. */
static void
toggle_perspectives_activated (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;
  GListModel *perspectives;

  if (self->document == NULL)
    return;
  if (debrief_timeline_view_get_perspectives (self->timeline_view) != NULL)
    {
      _debrief_window_show_perspectives (self, NULL, FALSE, NULL);
      return;
    }
  perspectives = perspectives_of (self);
  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefItem) perspective = g_list_model_get_item (perspectives, i);

      g_strv_builder_add (ids, debrief_item_get_id (perspective));
    }
  all = g_strv_builder_end (ids);
  _debrief_window_show_perspectives (self, (const char * const *) all, FALSE, NULL);
}

static void
playhead_changed (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  gboolean on = debrief_timeline_viewport_get_playhead (debrief_timeline_view_get_viewport (self->timeline_view))
                != DEBRIEF_TIME_NONE;

  if (self->document != NULL && g_variant_get_boolean (state) != on)
    debrief_timeline_view_toggle_playhead (self->timeline_view);
}

/* The action's state follows the viewport, whoever moved the playhead. */
static void
on_playhead_notify (DebriefTimelineViewport *viewport,
                    GParamSpec              *pspec,
                    DebriefWindow           *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "playhead");
  gboolean on = debrief_timeline_viewport_get_playhead (viewport) != DEBRIEF_TIME_NONE;

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (on));
  _debrief_window_view_state_playhead (self);
  debrief_events_view_set_playhead (self->events_view, debrief_timeline_viewport_get_playhead (viewport));
}

static void
on_fades_changed (GSettings     *settings,
                  const char    *key,
                  DebriefWindow *self)
{
  debrief_timeline_view_set_playhead_fades (self->timeline_view, g_settings_get_boolean (settings, key));
}

static const GActionEntry perspective_entries[] = {
  { "toggle-perspectives", toggle_perspectives_activated, NULL, NULL, NULL },
  { "playhead", NULL, NULL, "false", playhead_changed },
};

/* A review shows the perspectives and the playhead it was saved with (a
 * new one, none), and its marks and questions. */
void
_debrief_window_perspectives_document (DebriefWindow *self)
{
  _debrief_window_view_state_apply (self);
  _debrief_window_comparisons_document (self);
}

void
_debrief_window_setup_perspectives (DebriefWindow *self)
{
  g_autoptr(GAction) fades = g_settings_create_action (self->settings, "playhead-fades");

  g_action_map_add_action_entries (G_ACTION_MAP (self), perspective_entries, G_N_ELEMENTS (perspective_entries), self);
  g_action_map_add_action (G_ACTION_MAP (self), fades);
  _debrief_window_setup_comparisons (self);
  g_signal_connect_object (self->settings, "changed::playhead-fades", G_CALLBACK (on_fades_changed), self, 0);
  on_fades_changed (self->settings, "playhead-fades", self);
  g_signal_connect_object (debrief_timeline_view_get_viewport (self->timeline_view), "notify::playhead",
                           G_CALLBACK (on_playhead_notify), self, 0);
  g_signal_connect_object (gtk_menu_button_get_popover (self->perspectives_button), "show",
                           G_CALLBACK (on_popover_show), self, 0);
}
