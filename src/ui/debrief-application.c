/* debrief-application.c — the application: windows, app actions, accelerators
 *
 * Files given on the command line, by the file manager or by `gio open`
 * arrive through GApplication::open; each opens in a window of its own,
 * unless a window shows nothing yet, or already shows that file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-application"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-application.h"
#include "debrief-cli.h"
#include "debrief-preferences-window.h"
#include "debrief-recovery-dialog.h"
#include "debrief-window.h"

struct _DebriefApplication
{
  AdwApplication   parent_instance;

  DebriefRecovery *recovery;
  gboolean         recovery_offered;
};

G_DEFINE_FINAL_TYPE (DebriefApplication, debrief_application, ADW_TYPE_APPLICATION)

/* Every keyboard shortcut of the app, in one place. The shortcuts window
 * (gtk/help-overlay.ui) lists the same. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new-review", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-inspector", { "F9", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.show-language", { "<Control><Shift>l", NULL } },
  { "win.add-marker", { "<Control>m", NULL } },
  { "win.import", { "<Control>i", NULL } },
  { "win.toggle-perspectives", { "<Control><Shift>p", NULL } },
  { "win.capture", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.export", { "<Control><Shift>e", NULL } },
  { "win.playhead", { "<Control>k", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.mark-divergence", { "<Control><Alt>d", NULL } },
  { "win.mark-agreement", { "<Control><Alt>a", NULL } },
  { "win.add-question", { "<Control><Alt>q", NULL } },
  { "win.show-comparisons", { "<Control><Shift>d", NULL } },
  { "win.next-match", { "<Control>g", NULL } },
  { "win.previous-match", { "<Control><Shift>g", NULL } },
  { "win.edit-selection", { "F2", NULL } },
  { "win.shift-times", { "<Control><Shift>t", NULL } },
  { "win.show-view::timeline", { "<Alt>1", NULL } },
  { "win.show-view::events", { "<Alt>2", NULL } },
  { "timeline.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "timeline.zoom-out", { "<Control>minus", NULL } },
  { "timeline.zoom-fit", { "<Control>0", NULL } },
};

static DebriefWindow *
find_window_for_file (DebriefApplication *self,
                      GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DEBRIEF_IS_WINDOW (l->data) && debrief_window_shows_file (l->data, file))
      return l->data;
  return NULL;
}

static DebriefWindow *
find_unused_window (DebriefApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DEBRIEF_IS_WINDOW (l->data) && debrief_window_is_unused (l->data))
      return l->data;
  return NULL;
}

/* ---- recovering after a crash --------------------------------------------------- */

typedef struct {
  DebriefApplication *application;
  char               *slot_id;
} Restore;

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Restore *restore = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefDocument) document = debrief_recovery_entry_open_finish (result, &error);
  DebriefWindow *window;

  if (document != NULL)
    {
      window = find_unused_window (restore->application);
      if (window == NULL)
        window = debrief_window_new (restore->application);
      debrief_window_restore_document (window, document, restore->slot_id);
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    g_warning ("Could not restore a recovered review: %s", error->message);
  g_object_unref (restore->application);
  g_free (restore->slot_id);
  g_free (restore);
}

static void
on_restore_requested (DebriefRecoveryDialog *dialog,
                      DebriefRecoveryEntry  *entry,
                      DebriefApplication    *self)
{
  Restore *restore = g_new0 (Restore, 1);

  restore->application = g_object_ref (self);
  restore->slot_id = g_strdup (entry->slot_id);
  debrief_recovery_entry_open_async (entry, NULL, on_restored, restore);
}

/* Once per run, when the first window shows: reviews that an earlier,
 * crashed or killed Debrief left unsaved. */
static void
offer_recovery (DebriefApplication *self,
                GtkWindow          *parent)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  entries = debrief_recovery_list (debrief_application_get_recovery (self), &error);
  if (entries == NULL)
    {
      g_warning ("Could not look for recovered reviews: %s", error->message);
      return;
    }
  if (entries->len == 0)
    return;
  dialog = debrief_recovery_dialog_new (debrief_application_get_recovery (self), entries);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore_requested), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * debrief_application_get_recovery:
 *
 * Returns: (transfer none): where the windows keep recovery copies
 */
DebriefRecovery *
debrief_application_get_recovery (DebriefApplication *self)
{
  g_return_val_if_fail (DEBRIEF_IS_APPLICATION (self), NULL);
  if (self->recovery == NULL)
    self->recovery = debrief_recovery_new ();
  return self->recovery;
}

static void
debrief_application_activate (GApplication *application)
{
  DebriefApplication *self = DEBRIEF_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (debrief_window_new (self));
  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
debrief_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DebriefApplication *self = DEBRIEF_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      DebriefWindow *window = find_window_for_file (self, files[i]);

      if (window == NULL)
        {
          window = find_unused_window (self);
          if (window == NULL)
            window = debrief_window_new (self);
          debrief_window_open_file (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
      offer_recovery (self, GTK_WINDOW (window));
    }
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (debrief_window_new (DEBRIEF_APPLICATION (user_data))));
}

/* Each window asks about its own unsaved changes; the app ends when the
 * last one has closed. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Debrief developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (application));
  adw_about_window_set_application_name (about, _("Debrief"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Debrief developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, _("Facilitate blameless post-incident reviews: build the "
                                         "timeline together, put everyone’s perspective side by "
                                         "side, and learn how the work was really done."));
  adw_about_window_set_website (about, "https://github.com/debrief-app/debrief");
  adw_about_window_set_issue_url (about, "https://github.com/debrief-app/debrief/issues");
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_help_shown (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (gtk_show_uri_full_finish (parent, result, &error))
    return;
  /* Without a help viewer (Yelp) nothing would happen: say so. */
  dialog = adw_message_dialog_new (parent, _("Could Not Show the Help"), error->message);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The user guide needs the GNOME help viewer (Yelp). %s"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (parent == NULL)
    return;
  gtk_show_uri_full (parent, "help:" GETTEXT_PACKAGE, GDK_CURRENT_TIME, NULL, on_help_shown, g_object_ref (parent));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (debrief_preferences_window_new (parent)));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_activated, NULL, NULL, NULL },
  { "help", help_activated, NULL, NULL, NULL },
  { "new-window", new_window_activated, NULL, NULL, NULL },
  { "quit", quit_activated, NULL, NULL, NULL },
  { "about", about_activated, NULL, NULL, NULL },
};

static void
debrief_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (debrief_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action, accelerators[i].accels);
}

static int
debrief_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("debrief %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
debrief_application_dispose (GObject *object)
{
  g_clear_object (&DEBRIEF_APPLICATION (object)->recovery);
  G_OBJECT_CLASS (debrief_application_parent_class)->dispose (object);
}

static void
debrief_application_class_init (DebriefApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = debrief_application_dispose;
  application_class->activate = debrief_application_activate;
  application_class->open = debrief_application_open;
  application_class->startup = debrief_application_startup;
  application_class->handle_local_options = debrief_application_handle_local_options;
}

static const GOptionEntry options[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static void
debrief_application_init (DebriefApplication *self)
{
  g_autoptr(GString) commands = g_string_new (NULL);

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Opens review files (*.debrief) in Debrief."));
  debrief_cli_print_commands (commands);
  g_application_set_option_context_description (G_APPLICATION (self), commands->str);
}

DebriefApplication *
debrief_application_new (void)
{
  return g_object_new (DEBRIEF_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
