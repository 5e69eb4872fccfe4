/* debrief-preferences-window.c — the app's preferences, all in GSettings
 *
 * Every row is bound to its GSettings key, so a change applies at once in
 * every window and the next start keeps it; there is no Apply button and
 * nothing to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-preferences-window.h"

struct _DebriefPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  AdwComboRow          *time_display_row;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *playhead_fades_switch;
  GtkSpinButton        *projection_scale_spin;
  GtkSwitch            *pseudonyms_switch;
  GtkSwitch            *language_hints_switch;
  GtkSpinButton        *pages_spin;
};

G_DEFINE_FINAL_TYPE (DebriefPreferencesWindow, debrief_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's positions, in the order of the enum's values. */
static const char * const time_display_nicks[] = { "zone", "utc", "relative" };

static gboolean
time_display_to_position (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (time_display_nicks); i++)
    if (g_str_equal (nick, time_display_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_time_display (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (time_display_nicks))
    return NULL;
  return g_variant_new_string (time_display_nicks[position]);
}

static GtkWidget *
suffix_row (const char *title,
            const char *subtitle,
            GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  return row;
}

static GtkWidget *
build_timeline_group (DebriefPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *displays[] = { N_("In the Review’s Time Zone"), N_("In UTC"),
                             N_("Relative to the Incident Start (T+)"), NULL };
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Timeline"));
  for (guint i = 0; displays[i] != NULL; i++)
    gtk_string_list_append (choices, _(displays[i]));
  self->time_display_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_display_row), _("Show Times"));
  adw_combo_row_set_model (self->time_display_row, G_LIST_MODEL (choices));
  /* Below the title the choice has the row's whole width; beside it, it was
   * cut short in English and German alike. */
  adw_combo_row_set_use_subtitle (self->time_display_row, TRUE);
  g_settings_bind_with_mapping (self->settings, "time-display", self->time_display_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, time_display_to_position, position_to_time_display,
                                NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->time_display_row));

  self->playhead_fades_switch = GTK_SWITCH (gtk_switch_new ());
  g_settings_bind (self->settings, "playhead-fades", self->playhead_fades_switch, "active", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Fade What Came Later"),
                    _("With the playhead on, show later events faintly instead of hiding them"),
                    GTK_WIDGET (self->playhead_fades_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  self->language_hints_switch = GTK_SWITCH (gtk_switch_new ());
  g_settings_bind (self->settings, "language-hints", self->language_hints_switch, "active", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Language Hints"),
                    _("Underline wording that judges with hindsight, with a question to ask instead"),
                    GTK_WIDGET (self->language_hints_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

static GtkWidget *
switch_row (DebriefPreferencesWindow *self,
            const char               *key,
            const char               *title,
            const char               *subtitle)
{
  GtkWidget *toggle = gtk_switch_new ();

  g_settings_bind (self->settings, key, toggle, "active", G_SETTINGS_BIND_DEFAULT);
  return suffix_row (title, subtitle, toggle);
}

static GtkWidget *
build_presenting_group (DebriefPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Presenting"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The projector view (F5) always uses high contrast; changes show at once"));
  self->projection_scale_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0.5, 3.0, 0.1));
  gtk_spin_button_set_digits (self->projection_scale_spin, 1);
  g_settings_bind (self->settings, "projection-scale", self->projection_scale_spin, "value", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Text Size on the Projector"),
                    _("At 1.0, event text is 24 pixels high: readable from the back row on 1024×768"),
                    GTK_WIDGET (self->projection_scale_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "projection-dark", _("Light Text on Black"),
                                         _("For a dimmed room, where a white screen glares")));

  self->pseudonyms_switch = GTK_SWITCH (gtk_switch_new ());
  g_settings_bind (self->settings, "projector-pseudonyms", self->pseudonyms_switch, "active", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Roles Instead of Names"),
                    _("The projector shows participants by their roles; your window keeps the names"),
                    GTK_WIDGET (self->pseudonyms_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

/* What the print dialog's Timeline tab and the Export dialog start with;
 * they write the last choice back here. */
static GtkWidget *
build_printing_group (DebriefPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Printing and Export"));
  self->pages_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 50, 1));
  g_settings_bind (self->settings, "print-pages-across", self->pages_spin, "value", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Pages Across the Time Axis"), _("0 fits the whole range on one page"),
                    GTK_WIDGET (self->pages_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "print-legend", _("Legend"), _("Kinds of events and lane colours on each page")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "print-notes", _("Shared Notes"), _("On pages after the chart; private notes never print")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "print-append-images", _("Attached Images"),
                                         _("Each on a page of its own after the chart (printing and PDF)")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "print-pseudonymise", _("Roles Instead of Names"),
                                         _("For reviews shared beyond the room")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row (self, "print-screen-style", _("Screen Colours"),
                                         _("Instead of the white print style")));
  return group;
}

static GtkWidget *
build_saving_group (DebriefPreferencesWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Saving"));
  self->autosave_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 600, 1));
  g_settings_bind (self->settings, "autosave-interval", self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
  row = suffix_row (_("Recovery Copy Every (Seconds)"),
                    _("How much unsaved work a crash can take at most"),
                    GTK_WIDGET (self->autosave_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

static void
debrief_preferences_window_dispose (GObject *object)
{
  DebriefPreferencesWindow *self = DEBRIEF_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (debrief_preferences_window_parent_class)->dispose (object);
}

static void
debrief_preferences_window_class_init (DebriefPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = debrief_preferences_window_dispose;
}

static void
debrief_preferences_window_init (DebriefPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();

  self->settings = g_settings_new ("io.github.debrief.Debrief");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("General"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "preferences-system-symbolic");
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_timeline_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_presenting_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_printing_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (build_saving_group (self)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 560);
}

GtkWidget *
debrief_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (DEBRIEF_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
}
