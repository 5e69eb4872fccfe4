/* debrief-zone-chooser.c — pick an IANA time zone by typing part of its name
 *
 * A small modal window: a search entry over the system's zones, filtered as
 * you type ("berlin", "new york" and "new_york" all match). Up and Down move
 * the selection without leaving the entry, Enter or a click picks, Escape
 * cancels. Picking emits ::zone-chosen and closes the window; the caller
 * turns the choice into an undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-zone-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-time.h"
#include "debrief-time-zones.h"
#include "debrief-zone-chooser.h"

struct _DebriefZoneChooser
{
  AdwWindow           parent_instance;

  GtkWidget          *search_entry;
  GtkWidget          *list_view;
  GtkStringFilter    *filter;
  GtkSingleSelection *selection;
  gint64              reference;   /* the instant whose offsets the rows show */
};

G_DEFINE_FINAL_TYPE (DebriefZoneChooser, debrief_zone_chooser, ADW_TYPE_WINDOW)

enum {
  ZONE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading the database and opening every zone takes tens of milliseconds;
 * the list cannot change while Debrief runs, so it is read once. */
static const char * const *
all_zones (void)
{
  static char **zones;

  if (g_once_init_enter (&zones))
    g_once_init_leave (&zones, debrief_time_zones_list ());
  return (const char * const *) zones;
}

/* "America/New_York America/New York": the name as written and as read,
 * so a search with a space or with an underscore both find it. */
static char *
search_key (GtkStringObject *item,
            gpointer         user_data)
{
  const char *name = gtk_string_object_get_string (item);
  g_autofree char *spaced = g_strdelimit (g_strdup (name), "_", ' ');

  return g_strconcat (name, " ", spaced, NULL);
}

static char *
offset_text (const char *name,
             gint64      at)
{
  GTimeZone *zone = g_time_zone_new_identifier (name);
  gint32 offset;
  int interval;

  if (zone == NULL)
    return g_strdup ("");
  interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, at / DEBRIEF_USEC_PER_SEC);
  offset = g_time_zone_get_offset (zone, MAX (interval, 0));
  g_time_zone_unref (zone);
  if (offset == 0)
    return g_strdup ("UTC");
  return g_strdup_printf ("UTC%c%02d:%02d", offset < 0 ? '-' : '+', ABS (offset) / 3600, ABS (offset) % 3600 / 60);
}

/* ---- rows ----------------------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           DebriefZoneChooser       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *offset = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (offset, "dim-label");
  gtk_widget_add_css_class (offset, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), offset);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          DebriefZoneChooser       *self)
{
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  const char *zone = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *shown = g_strdelimit (g_strdup (zone), "_", ' ');
  g_autofree char *offset = offset_text (zone, self->reference);

  gtk_label_set_text (GTK_LABEL (name), shown);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (name)), offset);
}

/* ---- choosing ------------------------------------------------------------------------- */

static void
choose (DebriefZoneChooser *self,
        guint               position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autofree char *zone = NULL;

  if (item == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  zone = g_strdup (gtk_string_object_get_string (item));
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[ZONE_CHOSEN], 0, zone);
  g_object_unref (self);
}

static void
select_position (DebriefZoneChooser *self,
                 guint               position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (n == 0)
    return;
  position = MIN (position, n - 1);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
}

/* The list is a few hundred names: filtering on every key is instant, so
 * the entry's search delay would only make it feel slow. */
static void
on_search_changed (GtkEditable        *entry,
                   DebriefZoneChooser *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (entry));
  select_position (self, 0);
}

static void
on_search_activate (GtkSearchEntry     *entry,
                    DebriefZoneChooser *self)
{
  choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
on_list_activate (GtkListView        *view,
                  guint               position,
                  DebriefZoneChooser *self)
{
  choose (self, position);
}

static void
on_stop_search (GtkSearchEntry     *entry,
                DebriefZoneChooser *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Up and Down move through the matches while typing goes on. */
static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               DebriefZoneChooser    *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    select_position (self, selected == GTK_INVALID_LIST_POSITION ? 0 : selected + 1);
  else if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && selected != GTK_INVALID_LIST_POSITION)
    select_position (self, selected > 0 ? selected - 1 : 0);
  else
    return FALSE;
  return TRUE;
}

/* ---- building ------------------------------------------------------------------------- */

static GtkWidget *
build_search (DebriefZoneChooser *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search cities or regions"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search time zones"), -1);
  gtk_widget_set_margin_start (self->search_entry, 12);
  gtk_widget_set_margin_end (self->search_entry, 12);
  gtk_widget_set_margin_top (self->search_entry, 6);
  gtk_widget_set_margin_bottom (self->search_entry, 6);
  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key), self);
  gtk_widget_add_controller (self->search_entry, keys);
  return self->search_entry;
}

static GtkWidget *
build_list (DebriefZoneChooser *self)
{
  GtkStringList *zones = gtk_string_list_new (all_zones ());
  GtkExpression *key = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (search_key), NULL, NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->filter = gtk_string_filter_new (key);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (zones), GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time zones"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list_view);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
build (DebriefZoneChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), build_search (self));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), build_list (self));
  adw_window_set_content (ADW_WINDOW (self), box);
  /* Typing with the list focused still searches. */
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->search_entry), GTK_WIDGET (self));
}

static void
debrief_zone_chooser_dispose (GObject *object)
{
  DebriefZoneChooser *self = DEBRIEF_ZONE_CHOOSER (object);

  g_clear_object (&self->filter);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (debrief_zone_chooser_parent_class)->dispose (object);
}

static void
debrief_zone_chooser_class_init (DebriefZoneChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_zone_chooser_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /**
   * DebriefZoneChooser::zone-chosen:
   * @zone: the IANA identifier picked
   *
   * Emitted once, after the window has closed; a cancelled chooser emits
   * nothing.
   */
  signals[ZONE_CHOSEN] = g_signal_new ("zone-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
debrief_zone_chooser_init (DebriefZoneChooser *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Time Zone"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 380, 520);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  self->reference = g_get_real_time ();
  build (self);
}

static guint
position_of (DebriefZoneChooser *self,
             const char         *zone)
{
  const char * const *zones = all_zones ();

  for (guint i = 0; zone != NULL && zones[i] != NULL; i++)
    if (g_str_equal (zones[i], zone))
      return i;
  return 0;
}

/* The current zone, scrolled into view once the list has a height: asked
 * before that, GTK 4.8's list.scroll-to-item leaves the list blank. */
static gboolean
scroll_to_selected (GtkWidget     *list_view,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  DebriefZoneChooser *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (n == 0 || selected == GTK_INVALID_LIST_POSITION)
    return G_SOURCE_REMOVE;
  if (gtk_adjustment_get_upper (adjustment) <= 0)
    return G_SOURCE_CONTINUE;
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", selected);
  return G_SOURCE_REMOVE;
}

/**
 * debrief_zone_chooser_new:
 * @parent: (nullable): the window it is modal to
 * @current: (nullable): the zone selected at first
 * @reference: the instant whose UTC offsets the list shows (the incident's
 *   start: zones change offsets), or %DEBRIEF_TIME_NONE for now
 *
 * Returns: (transfer none): the chooser, shown; it destroys itself when
 *   a zone is chosen or it is cancelled
 */
GtkWidget *
debrief_zone_chooser_new (GtkWindow  *parent,
                          const char *current,
                          gint64      reference)
{
  DebriefZoneChooser *self = g_object_new (DEBRIEF_TYPE_ZONE_CHOOSER, NULL);

  if (reference != DEBRIEF_TIME_NONE)
    self->reference = reference;
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_single_selection_set_selected (self->selection, position_of (self, current));
  gtk_widget_add_tick_callback (self->list_view, scroll_to_selected, self, NULL);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->search_entry);
  return GTK_WIDGET (self);
}
