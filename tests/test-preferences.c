/* test-preferences.c — the Preferences window through its real rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-preferences-window.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 guint      skip)
{
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();

  g_ptr_array_add (queue, widget);
  for (guint i = 0; i < queue->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (queue, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (candidate, type) && skip-- == 0)
        return candidate;
      for (GtkWidget *child = gtk_widget_get_first_child (candidate); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (queue, child);
    }
  return NULL;
}

static GtkWindow *
find_preferences (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (DEBRIEF_IS_PREFERENCES_WINDOW (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Choosing UTC in Preferences changes how an open window shows times, and
 * the choice is the setting the next start reads. */
static void
test_preferences_apply_at_once (void)
{
  DebriefWindow *window = debrief_window_new (application);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.debrief.Debrief");
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (window->timeline_view);
  GtkWindow *preferences;
  AdwComboRow *times;
  GtkSpinButton *autosave;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (debrief_timeline_viewport_get_time_display (viewport), ==, DEBRIEF_TIME_DISPLAY_ZONE);
  g_action_group_activate_action (G_ACTION_GROUP (application), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);

  times = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, 0));
  g_assert_cmpuint (adw_combo_row_get_selected (times), ==, 0);
  adw_combo_row_set_selected (times, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "time-display"), ==, DEBRIEF_TIME_DISPLAY_UTC);
  g_assert_cmpint (debrief_timeline_viewport_get_time_display (viewport), ==, DEBRIEF_TIME_DISPLAY_UTC);

  /* The header bar's menu changes the same setting, and the row follows. */
  debrief_timeline_viewport_set_time_display (viewport, DEBRIEF_TIME_DISPLAY_RELATIVE);
  g_assert_cmpuint (adw_combo_row_get_selected (times), ==, 2);

  autosave = GTK_SPIN_BUTTON (find_descendant (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, 0));
  gtk_spin_button_set_value (autosave, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 30);

  g_settings_reset (settings, "time-display");
  g_settings_reset (settings, "autosave-interval");
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  application = debrief_application_new ();
  g_application_set_flags (G_APPLICATION (application), g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

  g_test_add_func ("/preferences/apply-at-once", test_preferences_apply_at_once);
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
