/* debrief-import-dialog-preview.c — reading the sources, and the preview
 *
 * Every change of the sources or options reads them all again on a worker
 * thread (the previous read is cancelled): the batch it makes is both the
 * preview and, on Import, what joins the review, so what you see is what
 * you get. The preview shows the counts, the first events, why records
 * were skipped, and for each lane of the batch which lane of the review it
 * goes to (the same one a re-import would find, or a new one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-import-dialog-private.h"
#include "debrief-time.h"

#define PREVIEW_EVENTS 12
#define PREVIEW_SKIPS 8

typedef struct {
  GPtrArray            *sources;
  const DebriefImporter *forced;
  DebriefImportOptions  options;
  GTimeZone            *zone;
  char                **channels;  /* the job's own: the worker reads them */
  char                **columns;   /* … and these */
  DebriefImportDialog  *dialog;    /* for progress; only touched on the UI thread */
  guint                 source;    /* the worker's: which source it reads, */
  int                   shown;     /* and the last step of progress sent (of PROGRESS_STEPS) */
} ReadJob;

/* Progress goes to the UI thread in 200 steps at most: a million lines
 * must not become a million idle callbacks. */
#define PROGRESS_STEPS 200

/* Which source the worker has come to, for the UI thread to show. */
typedef struct {
  DebriefImportDialog *dialog;
  GCancellable        *reading;    /* the read it is about: stale once another began */
  char                *name;
  guint                index, n;
  double               fraction;   /* of all the sources */
} Progress;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_clear_pointer (&job->sources, g_ptr_array_unref);
  g_clear_pointer (&job->zone, g_time_zone_unref);
  g_clear_object (&job->options.cancellable);
  g_strfreev (job->channels);
  g_strfreev (job->columns);
  g_clear_object (&job->dialog);
  g_free (job);
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->dialog);
  g_object_unref (progress->reading);
  g_free (progress->name);
  g_free (progress);
}

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;
  DebriefImportDialog *self = progress->dialog;
  g_autofree char *text = NULL;

  if (self->reading != progress->reading)
    return G_SOURCE_REMOVE;  /* a newer read took over */
  if (progress->n > 1)
    text = g_strdup_printf (_("Reading %s (%u of %u)…"), progress->name, progress->index + 1, progress->n);
  else
    text = g_strdup_printf (_("Reading %s…"), progress->name);
  gtk_label_set_text (GTK_LABEL (self->status_label), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), progress->fraction);
  /* No bar for a small single file: it would only flash. */
  gtk_widget_set_visible (self->progress, progress->n > 1 || progress->fraction > 0);
  return G_SOURCE_REMOVE;
}

/* Called on the worker: the dialog is only referenced here and used on
 * the UI thread, where the idle runs. */
static void
report_progress (ReadJob *job,
                 guint    index,
                 double   fraction)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->dialog = g_object_ref (job->dialog);
  progress->reading = g_object_ref (job->options.cancellable);
  progress->name = g_file_get_basename (g_ptr_array_index (job->sources, index));
  progress->index = index;
  progress->n = job->sources->len;
  progress->fraction = fraction;
  /* The main context owns @progress now and frees it with progress_free
   * (build-aux/cppcheck.supp: cppcheck cannot follow that hand-over). */
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, progress, progress_free);
}

/* The importer's progress within the source the worker reads. */
static void
on_source_progress (double   fraction,
                    gpointer user_data)
{
  ReadJob *job = user_data;
  double overall = (job->source + fraction) / job->sources->len;
  int step = (int) (overall * PROGRESS_STEPS);

  if (step == job->shown)
    return;
  job->shown = step;
  report_progress (job, job->source, (double) step / PROGRESS_STEPS);
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  GError *error = NULL;

  for (guint i = 0; i < job->sources->len; i++)
    {
      GFile *source = g_ptr_array_index (job->sources, i);
      const DebriefImporter *importer;

      job->source = i;
      job->shown = (int) ((double) i / job->sources->len * PROGRESS_STEPS);
      report_progress (job, i, (double) i / job->sources->len);
      importer = job->forced ? job->forced : debrief_importer_detect (source, &error);

      if (importer == NULL || !importer->read (source, &job->options, batch, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_pointer (task, g_steal_pointer (&batch), g_object_unref);
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static GtkWidget *
preview_row (const char *title,
             const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Imported text is plain text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  return row;
}

static void
show_preview (DebriefImportDialog *self)
{
  GPtrArray *skipped = debrief_import_batch_get_skipped (self->batch);
  GTimeZone *zone = debrief_review_get_time_zone (self->review);
  guint n = debrief_import_batch_get_n_events (self->batch);

  clear_list (self->preview_list);
  for (guint i = 0; i < MIN (n, PREVIEW_EVENTS); i++)
    {
      const DebriefEventSpec *spec = debrief_import_batch_get_event (self->batch, i);
      const DebriefImportLane *lane = debrief_import_batch_get_lane (self->batch, spec->lane);
      g_autofree char *when = debrief_time_format_clock (spec->start, zone, TRUE, FALSE);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", when, lane->name);

      gtk_list_box_append (GTK_LIST_BOX (self->preview_list), preview_row (spec->text, subtitle));
    }
  for (guint i = 0; i < MIN (skipped->len, PREVIEW_SKIPS); i++)
    {
      DebriefImportSkip *skip = g_ptr_array_index (skipped, i);
      GtkWidget *row = preview_row (skip->reason, skip->location);

      gtk_widget_add_css_class (row, "error");
      gtk_list_box_append (GTK_LIST_BOX (self->preview_list), row);
    }
  gtk_widget_set_visible (self->preview_list, n > 0 || skipped->len > 0);
}

/* ---- lanes ---------------------------------------------------------------------- */

/* The review's lanes of @kind, after "New lane": the choices for one
 * batch lane. Returns the index to select: the lane a re-import finds. */
static guint
fill_lane_choices (DebriefImportDialog     *self,
                   GtkStringList           *choices,
                   const DebriefImportLane *wanted)
{
  GListModel *lanes = debrief_review_get_lanes (self->review);
  guint selected = 0;

  gtk_string_list_append (choices, _("New lane"));
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      if (debrief_lane_get_kind (lane) != wanted->kind)
        continue;
      g_autofree char *key = NULL;

      gtk_string_list_append (choices, debrief_lane_get_name (lane));
      key = g_strdup_printf ("id-%u", g_list_model_get_n_items (G_LIST_MODEL (choices)) - 1);
      g_object_set_data_full (G_OBJECT (choices), key, g_strdup (debrief_item_get_id (DEBRIEF_ITEM (lane))), g_free);
      if (selected == 0 && (g_strcmp0 (debrief_item_get_id (DEBRIEF_ITEM (lane)), wanted->name) == 0 ||
                            g_ascii_strcasecmp (debrief_lane_get_name (lane), wanted->name) == 0))
        selected = g_list_model_get_n_items (G_LIST_MODEL (choices)) - 1;
    }
  return selected;
}

static void
show_lanes (DebriefImportDialog *self)
{
  for (guint i = 0; i < self->lane_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->lanes_group), g_ptr_array_index (self->lane_rows, i));
  g_ptr_array_set_size (self->lane_rows, 0);
  for (guint i = 0; i < debrief_import_batch_get_n_lanes (self->batch); i++)
    {
      const DebriefImportLane *wanted = debrief_import_batch_get_lane (self->batch, i);
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();
      guint selected = fill_lane_choices (self, choices, wanted);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wanted->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), wanted->kind == DEBRIEF_LANE_KIND_PARTICIPANT
                                                         ? _("Participant") : _("Component"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->lanes_group), row);
      g_ptr_array_add (self->lane_rows, row);
    }
  gtk_widget_set_visible (self->lanes_group, self->lane_rows->len > 0);
}

/* Batch lane name → review lane id, for every row not left at "New lane". */
GHashTable *
_debrief_import_dialog_lane_map (DebriefImportDialog *self)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < self->lane_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->lane_rows, i);
      guint selected = adw_combo_row_get_selected (row);
      g_autofree char *key = g_strdup_printf ("id-%u", selected);
      const char *id = g_object_get_data (G_OBJECT (adw_combo_row_get_model (row)), key);

      if (selected > 0 && id != NULL)
        g_hash_table_insert (map, g_strdup (debrief_import_batch_get_lane (self->batch, i)->name), g_strdup (id));
    }
  return map;
}

/* ---- reading -------------------------------------------------------------------- */

static void
show_status (DebriefImportDialog *self,
             const char          *text,
             gboolean             busy,
             gboolean             ready)
{
  gtk_label_set_text (GTK_LABEL (self->status_label), text);
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), 0);
  if (!busy)
    gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_sensitive (self->import_button, ready);
}

/* A source that needs the date or the table's columns points at the field
 * that gives them. A field that does not parse is marked when it is read. */
static void
mark_row (GtkWidget *row,
          gboolean   needed)
{
  if (needed)
    gtk_widget_add_css_class (row, "error");
  else if (gtk_widget_get_tooltip_text (row) == NULL)
    gtk_widget_remove_css_class (row, "error");
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefImportBatch) batch = g_task_propagate_pointer (G_TASK (result), &error);
  DebriefImportDialog *self;
  g_autofree char *counts = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* a newer read took over, or the dialog closed */
  self = DEBRIEF_IMPORT_DIALOG (source);
  g_clear_object (&self->reading);
  mark_row (self->date_row, g_error_matches (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE));
  mark_row (self->columns_row, g_error_matches (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION));
  if (batch == NULL)
    {
      show_status (self, error->message, FALSE, FALSE);
      return;
    }
  g_set_object (&self->batch, batch);
  if (debrief_import_batch_get_n_series (batch) > 0)
    counts = g_strdup_printf (_("%'u metric series and %'u events to import, %'u records skipped, "
                                "%'u outside the time window"),
                              debrief_import_batch_get_n_series (batch), debrief_import_batch_get_n_events (batch),
                              debrief_import_batch_get_n_skipped (batch), debrief_import_batch_get_n_outside (batch));
  else
    counts = g_strdup_printf (_("%'u events to import, %'u records skipped, %'u outside the time window"),
                              debrief_import_batch_get_n_events (batch), debrief_import_batch_get_n_skipped (batch),
                              debrief_import_batch_get_n_outside (batch));
  show_status (self, counts, FALSE,
               debrief_import_batch_get_n_events (batch) + debrief_import_batch_get_n_series (batch) > 0);
  show_preview (self);
  show_lanes (self);
}

void
_debrief_import_dialog_cancel_read (DebriefImportDialog *self)
{
  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
}

void
_debrief_import_dialog_reread (DebriefImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job = g_new0 (ReadJob, 1);
  guint format = adw_combo_row_get_selected (ADW_COMBO_ROW (self->format_row));

  _debrief_import_dialog_cancel_read (self);
  g_clear_object (&self->batch);
  if (self->sources->len == 0 || !_debrief_import_dialog_read_options (self, &job->options, &job->zone))
    {
      read_job_free (job);
      show_status (self, self->sources->len == 0 ? _("Add a transcript, a log or an export folder.") : _("Check the marked field."),
                   FALSE, FALSE);
      return;
    }
  job->sources = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->sources->len; i++)
    g_ptr_array_add (job->sources, g_object_ref (g_ptr_array_index (self->sources, i)));
  job->forced = format > 0 ? debrief_importers_list ()[format - 1] : NULL;
  job->channels = g_strdupv ((char **) job->options.channels);
  job->options.channels = (const char * const *) job->channels;
  job->columns = g_strdupv ((char **) job->options.columns);
  job->options.columns = (const char * const *) job->columns;
  job->dialog = g_object_ref (self);
  self->reading = g_cancellable_new ();
  job->options.cancellable = g_object_ref (self->reading);
  job->options.progress = on_source_progress;
  job->options.progress_data = job;
  show_status (self, _("Reading…"), TRUE, FALSE);

  task = g_task_new (self, self->reading, on_read, NULL);
  g_task_set_task_data (task, job, read_job_free);
  g_task_run_in_thread (task, read_in_thread);
}
