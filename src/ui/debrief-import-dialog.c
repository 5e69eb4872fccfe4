/* debrief-import-dialog.c — bring chat transcripts and logs into a review
 *
 * One window, top to bottom: the sources (files, or an export folder) and
 * their format (detected, or chosen); the time window (the incident's, to
 * begin with) and the zone and date of logs that leave them out; what the
 * sources hold, with why records were skipped; and for each author, host
 * or service, the lane it goes to. Import adds it all as one undoable step
 * and says what it did.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-file-chooser.h"
#include "debrief-import-apply.h"
#include "debrief-import-dialog-private.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

#define REREAD_DELAY_MS 300

G_DEFINE_FINAL_TYPE (DebriefImportDialog, debrief_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
reread_now (gpointer user_data)
{
  DebriefImportDialog *self = DEBRIEF_IMPORT_DIALOG (user_data);

  self->reread_timeout = 0;
  _debrief_import_dialog_reread (self);
  return G_SOURCE_REMOVE;
}

/* Typing a time reads again once the typing stops. */
static void
reread_soon (DebriefImportDialog *self)
{
  g_clear_handle_id (&self->reread_timeout, g_source_remove);
  self->reread_timeout = g_timeout_add (REREAD_DELAY_MS, reread_now, self);
}

/* ---- options -------------------------------------------------------------------- */

static gboolean
read_bound (DebriefImportDialog *self,
            GtkWidget           *row,
            GTimeZone           *zone,
            gint64              *out)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  gboolean ok = *text == '\0' ||
                debrief_time_entry_parse (text, zone, debrief_review_get_origin (self->review),
                                          debrief_review_get_origin (self->review), out, &error);

  if (*text == '\0')
    *out = DEBRIEF_TIME_NONE;
  if (ok)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, ok ? NULL : error->message);
  return ok;
}

static gboolean
read_zone (DebriefImportDialog *self,
           GTimeZone          **out_zone)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->zone_row));
  GTimeZone *zone = *name ? g_time_zone_new_identifier (name) : g_time_zone_new_utc ();

  if (zone == NULL)
    {
      gtk_widget_add_css_class (self->zone_row, "error");
      gtk_widget_set_tooltip_text (self->zone_row, _("Expected a time zone such as Europe/Berlin or UTC"));
      return FALSE;
    }
  gtk_widget_remove_css_class (self->zone_row, "error");
  gtk_widget_set_tooltip_text (self->zone_row, NULL);
  *out_zone = zone;
  return TRUE;
}

/* A day for logs without one, or a day and time where a trace started. */
static gboolean
read_date (DebriefImportDialog  *self,
           DebriefImportOptions *options)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  gboolean ok = *text == '\0' || debrief_import_options_set_date (options, text);

  if (ok)
    gtk_widget_remove_css_class (self->date_row, "error");
  else
    gtk_widget_add_css_class (self->date_row, "error");
  gtk_widget_set_tooltip_text (self->date_row, ok ? NULL : _("Expected a date such as 2026-03-14, or a date and time "
                                                             "such as 2026-03-14 09:30 where a trace started"));
  return ok;
}

/* "incident, support" → the channels to read; empty: all of them. Each
 * read takes its own copy for its worker thread. */
static void
read_channels (DebriefImportDialog  *self,
               DebriefImportOptions *options)
{
  g_auto(GStrv) parts = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->channels_row)), ", ", -1);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (names, parts[i][0] == '#' ? parts[i] + 1 : parts[i]);
  g_strfreev (self->channels);
  self->channels = g_strv_builder_end (names);
  if (self->channels[0] == NULL)
    g_clear_pointer (&self->channels, g_strfreev);
  options->channels = (const char * const *) self->channels;
}

/* "time=When, text=Body" → the table columns named; empty: guessed.
 * Headers may hold spaces, so only commas separate. */
static void
read_columns (DebriefImportDialog  *self,
              DebriefImportOptions *options)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->columns_row)), ",", -1);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (columns, parts[i]);
  g_strfreev (self->columns);
  self->columns = g_strv_builder_end (columns);
  if (self->columns[0] == NULL)
    g_clear_pointer (&self->columns, g_strfreev);
  options->columns = (const char * const *) self->columns;
}

/* FALSE when a field does not parse: it is marked, nothing is read. */
gboolean
_debrief_import_dialog_read_options (DebriefImportDialog  *self,
                                     DebriefImportOptions *options,
                                     GTimeZone           **out_zone)
{
  debrief_import_options_init (options);
  if (!read_zone (self, out_zone))
    return FALSE;
  options->zone = *out_zone;
  read_channels (self, options);
  read_columns (self, options);
  return read_bound (self, self->from_row, *out_zone, &options->from) &
         read_bound (self, self->to_row, *out_zone, &options->to) &
         read_date (self, options);
}

/* ---- sources -------------------------------------------------------------------- */

static void
on_remove_source (GtkButton           *button,
                  DebriefImportDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  g_ptr_array_remove_index (self->sources, index);
  gtk_list_box_remove (GTK_LIST_BOX (self->sources_list), row);
  _debrief_import_dialog_reread (self);
}

void
debrief_import_dialog_add_source (DebriefImportDialog *self,
                                  GFile               *source)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *name = g_file_get_basename (source);
  g_autofree char *where = g_file_get_parse_name (source);

  g_return_if_fail (DEBRIEF_IS_IMPORT_DIALOG (self));
  g_ptr_array_add (self->sources, g_object_ref (source));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Leave Out"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_source), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  gtk_list_box_append (GTK_LIST_BOX (self->sources_list), row);
  _debrief_import_dialog_reread (self);
}

static void
on_source_chosen (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(DebriefImportDialog) self = user_data;

  if (file != NULL)
    debrief_import_dialog_add_source (self, file);
}

static void
on_add_files (GtkButton           *button,
              DebriefImportDialog *self)
{
  debrief_file_chooser_open_source (GTK_WINDOW (self), FALSE, on_source_chosen, g_object_ref (self));
}

static void
on_add_folder (GtkButton           *button,
               DebriefImportDialog *self)
{
  debrief_file_chooser_open_source (GTK_WINDOW (self), TRUE, on_source_chosen, g_object_ref (self));
}

/* More files dropped on the assistant join the chosen ones. */
static gboolean
on_drop (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         DebriefImportDialog *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    debrief_import_dialog_add_source (self, l->data);
  g_slist_free (files);
  return TRUE;
}

/* ---- importing ------------------------------------------------------------------- */

static void
apply_batch (DebriefImportDialog *self)
{
  g_autoptr(GHashTable) map = _debrief_import_dialog_lane_map (self);
  g_autofree char *summary_text = NULL;
  DebriefImportSummary summary;

  if (!debrief_import_apply_take (self->batch, self->review, self->history, map, &summary))
    {
      self->applying_frames = 0;
      gtk_window_set_title (GTK_WINDOW (self), _("Import Chat and Logs"));
      gtk_widget_set_sensitive (adw_window_get_content (ADW_WINDOW (self)), TRUE);
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("Nothing new to import: everything is in the review already")));
      return;
    }
  if (summary.series_added > 0)
    summary_text = g_strdup_printf (_("Imported %'u metric series and %'u events (%'u records skipped)"),
                                    summary.series_added, summary.added,
                                    debrief_import_batch_get_n_skipped (self->batch));
  else
    summary_text = g_strdup_printf (_("Imported %'u events (%'u already there, %'u records skipped)"),
                                    summary.added, summary.duplicates, debrief_import_batch_get_n_skipped (self->batch));
  g_signal_emit (self, signals[IMPORTED], 0, summary_text);
  gtk_window_close (GTK_WINDOW (self));
}

/* Runs at the start of each frame: the first frame paints "Adding…", the
 * next finds it on screen. */
static gboolean
apply_after_frames (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  DebriefImportDialog *self = DEBRIEF_IMPORT_DIALOG (widget);

  if (self->applying_frames++ < 2)
    return G_SOURCE_CONTINUE;
  apply_batch (self);
  return G_SOURCE_REMOVE;
}

/* A large batch takes a moment to join the review (under a second for a
 * million events), on the UI thread, since the review is not to be touched
 * from another: the dialog says what it is doing before it freezes. */
#define LARGE_BATCH 50000

static void
on_import (GtkButton           *button,
           DebriefImportDialog *self)
{
  guint n_events;
  g_autofree char *title = NULL;

  if (self->batch == NULL || self->applying_frames > 0)
    return;
  n_events = debrief_import_batch_get_n_events (self->batch);
  if (n_events < LARGE_BATCH)
    {
      apply_batch (self);
      return;
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Adding %'u Event…", "Adding %'u Events…", n_events),
                           n_events);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_sensitive (adw_window_get_content (ADW_WINDOW (self)), FALSE);
  self->applying_frames = 1;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), apply_after_frames, NULL, NULL);
}

/* ---- building --------------------------------------------------------------------- */

static GtkWidget *
group (GtkWidget  *page,
       const char *title,
       const char *description)
{
  GtkWidget *widget = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (widget));
  return widget;
}

static GtkWidget *
option_row (DebriefImportDialog *self,
            GtkWidget           *parent,
            const char          *title,
            const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (reread_soon), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
  return row;
}

static GtkWidget *
build_sources (DebriefImportDialog *self,
               GtkWidget           *page)
{
  GtkWidget *sources = group (page, _("Sources"), _("Chat transcripts and exports, logs, tables (CSV) and traces, "
                                                    "or an export folder (Slack)."));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *files = gtk_button_new_with_mnemonic (_("Add _Files…"));
  GtkWidget *folder = gtk_button_new_with_mnemonic (_("Add F_older…"));
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  const DebriefImporter * const *importers = debrief_importers_list ();

  self->sources_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->sources_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->sources_list, "boxed-list");
  g_signal_connect (files, "clicked", G_CALLBACK (on_add_files), self);
  g_signal_connect (folder, "clicked", G_CALLBACK (on_add_folder), self);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), files);
  gtk_box_append (GTK_BOX (buttons), folder);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (sources), buttons);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sources), self->sources_list);

  gtk_string_list_append (formats, _("Detect"));
  for (guint i = 0; importers[i] != NULL; i++)
    gtk_string_list_append (formats, _(importers[i]->label));
  self->format_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->format_row), _("Format"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->format_row), G_LIST_MODEL (formats));
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (_debrief_import_dialog_reread), self);
  return sources;
}

static void
build_options (DebriefImportDialog *self,
               GtkWidget           *page)
{
  GtkWidget *options = group (page, _("What to Keep"),
                              _("Times as 09:02, +00:14:05 or a full date; leave one empty to keep everything before or after."));
  GTimeZone *zone = debrief_review_get_time_zone (self->review);
  gint64 origin = debrief_review_get_origin (self->review);
  g_autofree char *from = debrief_time_entry_format (debrief_review_get_incident_start (self->review), zone, origin);
  g_autofree char *to = debrief_time_entry_format (debrief_review_get_incident_end (self->review), zone, origin);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (options), self->format_row);
  self->from_row = option_row (self, options, _("From"), from);
  self->to_row = option_row (self, options, _("To"), to);
  self->zone_row = option_row (self, options, _("Time Zone of Times Without One"), debrief_review_get_timezone (self->review));
  self->date_row = option_row (self, options, _("Date of Logs Without One, or a Trace’s Start"), NULL);
  self->channels_row = option_row (self, options, _("Chat Channels (empty: all)"), NULL);
  self->columns_row = option_row (self, options, _("Table Columns, e.g. time=When, text=Body (empty: guessed)"), NULL);
}

static void
build_preview (DebriefImportDialog *self,
               GtkWidget           *page)
{
  GtkWidget *preview = group (page, _("Preview"), NULL);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  self->spinner = gtk_spinner_new ();
  self->status_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status_label), 0);
  gtk_box_append (GTK_BOX (status), self->spinner);
  gtk_box_append (GTK_BOX (status), self->status_label);
  self->preview_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->preview_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->preview_list, "boxed-list");
  gtk_widget_set_margin_top (self->preview_list, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview), status);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview), self->preview_list);
  self->lanes_group = group (page, _("Lanes"), _("Where each author, host or service goes: a lane of the review, or a new one."));
}

static void
build (DebriefImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *overlay = gtk_overlay_new ();

  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  g_signal_connect (self->import_button, "clicked", G_CALLBACK (on_import), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  build_sources (self, page);
  build_options (self, page);
  build_preview (self, page);
  /* The progress of a long read runs along the top edge, as a browser's
   * does: the Preview group that says what is read may be scrolled away. */
  self->progress = gtk_progress_bar_new ();
  gtk_widget_add_css_class (self->progress, "osd");
  gtk_widget_set_valign (self->progress, GTK_ALIGN_START);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), page);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->progress);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, overlay);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
debrief_import_dialog_dispose (GObject *object)
{
  DebriefImportDialog *self = DEBRIEF_IMPORT_DIALOG (object);

  _debrief_import_dialog_cancel_read (self);
  g_clear_handle_id (&self->reread_timeout, g_source_remove);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->batch);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->lane_rows, g_ptr_array_unref);
  g_clear_pointer (&self->channels, g_strfreev);
  g_clear_pointer (&self->columns, g_strfreev);
  G_OBJECT_CLASS (debrief_import_dialog_parent_class)->dispose (object);
}

static void
debrief_import_dialog_class_init (DebriefImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_import_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* The summary for the window to show once the dialog is gone. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
debrief_import_dialog_init (DebriefImportDialog *self)
{
  GtkDropTarget *drop;

  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->lane_rows = g_ptr_array_new ();
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Import Chat and Logs"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
debrief_import_dialog_new (GtkWindow      *parent,
                           DebriefReview  *review,
                           DebriefHistory *history)
{
  DebriefImportDialog *self = g_object_new (DEBRIEF_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->review = g_object_ref (review);
  self->history = g_object_ref (history);
  build (self);
  _debrief_import_dialog_reread (self);
  return GTK_WIDGET (self);
}
