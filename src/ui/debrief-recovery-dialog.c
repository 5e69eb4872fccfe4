/* debrief-recovery-dialog.c — offers the reviews a crash left unsaved
 *
 * One row per recovery copy, newest first, saying what it is and when it
 * was written; Restore opens it in a window (marked unsaved, to be saved
 * where it belongs), Discard deletes the copy. The dialog closes when
 * every copy has been dealt with; closing it early leaves the rest for
 * the next start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-recovery"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-recovery-dialog.h"
#include "debrief-time.h"

struct _DebriefRecoveryDialog
{
  AdwWindow        parent_instance;

  GtkWidget       *list;
  DebriefRecovery *recovery;
  guint            n_left;
};

G_DEFINE_FINAL_TYPE (DebriefRecoveryDialog, debrief_recovery_dialog, ADW_TYPE_WINDOW)

enum {
  RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe_entry (const DebriefRecoveryEntry *entry)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (entry->written_at / G_USEC_PER_SEC);
  /* Translators: when a recovery copy was written, e.g. "Tuesday 24 November, 14:02" */
  g_autofree char *time = when ? g_date_time_format (when, _("%A %-d %B, %H:%M")) : g_strdup ("");
  g_autofree char *where = entry->original ? g_file_get_parse_name (entry->original) : g_strdup (_("Never saved"));

  /* Translators: "Changes from <time> · <file or “Never saved”>" */
  return g_strdup_printf (_("Changes from %s · %s"), time, where);
}

static void
row_done (DebriefRecoveryDialog *self,
          GtkWidget             *row)
{
  gtk_list_box_remove (GTK_LIST_BOX (self->list), row);
  if (--self->n_left == 0)
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_restore_clicked (GtkButton             *button,
                    DebriefRecoveryDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  DebriefRecoveryEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  g_signal_emit (self, signals[RESTORE], 0, entry);
  row_done (self, row);
}

static void
on_discard_clicked (GtkButton             *button,
                    DebriefRecoveryDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  DebriefRecoveryEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  debrief_recovery_remove (self->recovery, entry->slot_id);
  row_done (self, row);
}

static GtkWidget *
row_button (const char *label,
            gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static GtkWidget *
build_row (DebriefRecoveryDialog      *self,
           const DebriefRecoveryEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *discard = row_button (_("_Discard"), FALSE);
  GtkWidget *restore = row_button (_("_Restore"), TRUE);
  g_autofree char *subtitle = describe_entry (entry);
  const char *title = entry->title && *entry->title ? entry->title : _("Untitled Review");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "entry", debrief_recovery_entry_copy (entry),
                          (GDestroyNotify) debrief_recovery_entry_free);
  g_signal_connect (discard, "clicked", G_CALLBACK (on_discard_clicked), self);
  g_signal_connect (restore, "clicked", G_CALLBACK (on_restore_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
  g_object_set_data (G_OBJECT (row), "restore", restore);
  return row;
}

static void
build (DebriefRecoveryDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Recover Unsaved Reviews"), NULL));
  gtk_widget_add_css_class (header, "flat");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-revert-symbolic");
  gtk_widget_add_css_class (page, "compact");
  gtk_widget_set_vexpand (page, TRUE);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Debrief Stopped Before These Were Saved"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Restore a review to keep working on it, then save it."));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), clamp);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), page);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

static void
debrief_recovery_dialog_dispose (GObject *object)
{
  DebriefRecoveryDialog *self = DEBRIEF_RECOVERY_DIALOG (object);

  g_clear_object (&self->recovery);
  G_OBJECT_CLASS (debrief_recovery_dialog_parent_class)->dispose (object);
}

static void
debrief_recovery_dialog_class_init (DebriefRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_recovery_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* The entry is only valid during emission; copy it to keep it. */
  signals[RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, DEBRIEF_TYPE_RECOVERY_ENTRY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
debrief_recovery_dialog_init (DebriefRecoveryDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 520);
  gtk_window_set_title (GTK_WINDOW (self), _("Recover Unsaved Reviews"));
  build (self);
}

/* @entries: DebriefRecoveryEntry, newest first */
GtkWidget *
debrief_recovery_dialog_new (DebriefRecovery *recovery,
                             GPtrArray       *entries)
{
  DebriefRecoveryDialog *self = g_object_new (DEBRIEF_TYPE_RECOVERY_DIALOG, NULL);

  self->recovery = g_object_ref (recovery);
  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *row = build_row (self, g_ptr_array_index (entries, i));

      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      /* Enter restores the newest: the likely wish after a crash. */
      if (i == 0)
        gtk_window_set_focus (GTK_WINDOW (self), g_object_get_data (G_OBJECT (row), "restore"));
    }
  self->n_left = entries->len;
  return GTK_WIDGET (self);
}
