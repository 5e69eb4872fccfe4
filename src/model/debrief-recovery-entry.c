/* debrief-recovery-entry.c — one recovery copy found on disk, and restoring it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-recovery"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-recovery-private.h"
#include "debrief-review-loader.h"

G_DEFINE_BOXED_TYPE (DebriefRecoveryEntry, debrief_recovery_entry,
                     debrief_recovery_entry_copy, debrief_recovery_entry_free)

/* An entry that knows only its copy; the listing fills in the rest. */
DebriefRecoveryEntry *
debrief_recovery_entry_new (const char *slot_id,
                            const char *copy_path)
{
  DebriefRecoveryEntry *entry = g_new0 (DebriefRecoveryEntry, 1);

  entry->slot_id = g_strdup (slot_id);
  entry->copy = g_file_new_for_path (copy_path);
  return entry;
}

DebriefRecoveryEntry *
debrief_recovery_entry_copy (const DebriefRecoveryEntry *entry)
{
  DebriefRecoveryEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_new0 (DebriefRecoveryEntry, 1);
  copy->slot_id = g_strdup (entry->slot_id);
  copy->original = entry->original ? g_object_ref (entry->original) : NULL;
  copy->title = g_strdup (entry->title);
  copy->written_at = entry->written_at;
  copy->pid = entry->pid;
  copy->app_version = g_strdup (entry->app_version);
  copy->copy = g_object_ref (entry->copy);
  return copy;
}

void
debrief_recovery_entry_free (DebriefRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->slot_id);
  g_clear_object (&entry->original);
  g_free (entry->title);
  g_free (entry->app_version);
  g_clear_object (&entry->copy);
  g_free (entry);
}

/* Load errors name the copy by what the person knows, not by its UUID. */
static char *
describe (const DebriefRecoveryEntry *entry)
{
  if (entry->original != NULL)
    {
      g_autofree char *name = g_file_get_basename (entry->original);

      return g_strdup_printf (_("Recovered copy of %s"), name);
    }
  if (entry->title != NULL && *entry->title != '\0')
    return g_strdup_printf (_("Recovered copy of “%s”"), entry->title);
  return g_strdup (_("Recovered copy"));
}

/**
 * debrief_recovery_entry_load:
 *
 * Reads the copy. The review belongs to @entry's original file (if any):
 * it is not the copy's, so do not save it there.
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 */
DebriefReview *
debrief_recovery_entry_load (const DebriefRecoveryEntry  *entry,
                             GCancellable                *cancellable,
                             GError                     **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  label = describe (entry);
  return debrief_review_load_file (entry->copy, label, NULL, NULL, cancellable, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  DebriefReview *review = debrief_recovery_entry_load (task_data, cancellable, &error);

  if (review == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, review, g_object_unref);
}

/**
 * debrief_recovery_entry_open_async:
 *
 * Reads the copy on a worker thread into a document for the entry's
 * original file, marked modified: the restored work is not saved yet.
 */
void
debrief_recovery_entry_open_async (const DebriefRecoveryEntry *entry,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (entry != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, debrief_recovery_entry_open_async);
  g_task_set_task_data (task, debrief_recovery_entry_copy (entry),
                        (GDestroyNotify) debrief_recovery_entry_free);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * debrief_recovery_entry_open_finish:
 *
 * Returns: (transfer full): a modified document whose file is the entry's
 *   original, or %NULL with @error set
 */
DebriefDocument *
debrief_recovery_entry_open_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_autoptr(DebriefReview) review = NULL;
  DebriefRecoveryEntry *entry;
  DebriefDocument *document;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  review = g_task_propagate_pointer (G_TASK (result), error);
  if (review == NULL)
    return NULL;
  entry = g_task_get_task_data (G_TASK (result));
  document = debrief_document_new_for_review (review, entry->original);
  debrief_document_set_modified (document, TRUE);
  return document;
}
