/* debrief-recovery.c — recovery copies of open reviews: writing and removing
 *
 * A copy is what saving would write, so restoring it is an ordinary load
 * and the copy can be opened by hand if all else fails. Both files of a
 * slot go through debrief_safe_file_replace (): a SIGKILL or a power cut
 * leaves the previous or the new version of each, never half of one. The
 * review is written before its metadata, so the metadata is never newer
 * than the copy it describes.
 *
 * Writes may run on worker threads while the UI goes on, so the order in
 * which they finish is not the order they were asked for. Every write and
 * removal takes a serial number when it is called; a slot's files are only
 * touched by an operation newer than the last one applied to it. Without
 * this, an autosave that finishes after the review was saved and its slot
 * removed would bring the slot back, and the next start would offer to
 * restore work that is not lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "debrief-json-writer.h"
#include "debrief-recovery-private.h"
#include "debrief-review-saver.h"
#include "debrief-safe-file.h"

struct _DebriefRecovery
{
  GObject                  parent_instance;

  GFile                   *dir;
  char                    *path;
  DebriefRecoveryLiveFunc  live_func;

  gint                     next_serial;  /* atomic: taken when an operation is called */
  GMutex                   lock;         /* held while a slot's files are written or removed */
  GHashTable              *applied;      /* slot id -> serial of the last operation applied */
};

G_DEFINE_FINAL_TYPE (DebriefRecovery, debrief_recovery, G_TYPE_OBJECT)

static void
debrief_recovery_finalize (GObject *object)
{
  DebriefRecovery *self = DEBRIEF_RECOVERY (object);

  g_clear_object (&self->dir);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->applied, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (debrief_recovery_parent_class)->finalize (object);
}

static void
debrief_recovery_class_init (DebriefRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_recovery_finalize;
}

static void
debrief_recovery_init (DebriefRecovery *self)
{
  g_mutex_init (&self->lock);
  self->applied = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->live_func = debrief_recovery_pid_is_live_debrief;
}

/**
 * debrief_recovery_new_for_directory:
 * @dir: a local folder; it need not exist yet
 */
DebriefRecovery *
debrief_recovery_new_for_directory (GFile *dir)
{
  DebriefRecovery *self;
  char *path;

  g_return_val_if_fail (G_IS_FILE (dir), NULL);
  path = g_file_get_path (dir);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DEBRIEF_TYPE_RECOVERY, NULL);
  self->dir = g_object_ref (dir);
  self->path = path;
  return self;
}

/* In `$XDG_STATE_HOME`: recovery copies are state, not documents the
 * person manages, and not a cache that may be cleared at any time. */
DebriefRecovery *
debrief_recovery_new (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "debrief", "recovery", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);

  return debrief_recovery_new_for_directory (dir);
}

/**
 * debrief_recovery_get_directory:
 *
 * Returns: (transfer none): the folder holding the copies
 */
GFile *
debrief_recovery_get_directory (DebriefRecovery *self)
{
  g_return_val_if_fail (DEBRIEF_IS_RECOVERY (self), NULL);
  return self->dir;
}

/* ---- the seams shared with the listing and the tests --------------------------- */

const char *
debrief_recovery_get_path (DebriefRecovery *self)
{
  return self->path;
}

DebriefRecoveryLiveFunc
debrief_recovery_get_live_func (DebriefRecovery *self)
{
  return self->live_func;
}

/* Tests decide which pids count as a live Debrief. */
void
debrief_recovery_set_live_func (DebriefRecovery         *self,
                                DebriefRecoveryLiveFunc  func)
{
  g_return_if_fail (DEBRIEF_IS_RECOVERY (self));
  self->live_func = func ? func : debrief_recovery_pid_is_live_debrief;
}

char *
debrief_recovery_slot_path (DebriefRecovery *self,
                            const char      *slot_id,
                            const char      *suffix)
{
  g_autofree char *name = g_strconcat (slot_id, suffix, NULL);

  return g_build_filename (self->path, name, NULL);
}

/* ---- operations in the order they were called -------------------------------- */

static int
take_serial (DebriefRecovery *self)
{
  return g_atomic_int_add (&self->next_serial, 1) + 1;
}

/* Locks the store and returns TRUE if @serial is newer than whatever was
 * last applied to @slot_id; otherwise returns FALSE, unlocked. */
static gboolean
begin_operation (DebriefRecovery *self,
                 const char      *slot_id,
                 int              serial)
{
  gpointer last;

  g_mutex_lock (&self->lock);
  if (g_hash_table_lookup_extended (self->applied, slot_id, NULL, &last) &&
      GPOINTER_TO_INT (last) > serial)
    {
      g_mutex_unlock (&self->lock);
      return FALSE;
    }
  g_hash_table_insert (self->applied, g_strdup (slot_id), GINT_TO_POINTER (serial));
  return TRUE;
}

static void
end_operation (DebriefRecovery *self)
{
  g_mutex_unlock (&self->lock);
}

/* ---- writing ----------------------------------------------------------------- */

typedef struct {
  char          *slot_id;
  int            serial;
  DebriefReview *review;       /* streamed as it is written (on the caller's thread) */
  GBytes        *review_text;  /* or already made, for a worker thread */
  GBytes        *metadata;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_free (job->slot_id);
  g_clear_pointer (&job->review_text, g_bytes_unref);
  g_clear_pointer (&job->metadata, g_bytes_unref);
  g_free (job);
}

static void
write_nullable_string (DebriefJsonWriter *writer,
                       gboolean          *first,
                       const char        *name,
                       const char        *value)
{
  debrief_json_writer_member (writer, first, name);
  if (value != NULL)
    debrief_json_writer_string (writer, value);
  else
    debrief_json_writer_raw (writer, "null");
}

/* On the caller's thread: it reads the review. */
static GBytes *
build_metadata (const char    *slot_id,
                DebriefReview *review,
                GFile         *original)
{
  g_autofree char *uri = original ? g_file_get_uri (original) : NULL;
  DebriefJsonWriter writer;
  gboolean first = TRUE;
  char *text;

  debrief_json_writer_init (&writer, NULL, NULL);
  debrief_json_writer_raw (&writer, "{");
  debrief_json_writer_string_member (&writer, &first, "format", DEBRIEF_RECOVERY_FORMAT_NAME);
  debrief_json_writer_member (&writer, &first, "version");
  debrief_json_writer_integer (&writer, DEBRIEF_RECOVERY_FORMAT_VERSION);
  debrief_json_writer_string_member (&writer, &first, "slot", slot_id);
  write_nullable_string (&writer, &first, "original", uri);
  write_nullable_string (&writer, &first, "title", debrief_review_get_title (review));
  debrief_json_writer_time_member (&writer, &first, "written_at", g_get_real_time ());
  debrief_json_writer_member (&writer, &first, "pid");
  debrief_json_writer_integer (&writer, getpid ());
  debrief_json_writer_string_member (&writer, &first, "app_version", PACKAGE_VERSION);
  debrief_json_writer_raw (&writer, "}\n");
  text = debrief_json_writer_steal (&writer);
  return g_bytes_new_take (text, strlen (text));
}

static gboolean
write_bytes (GOutputStream  *stream,
             gpointer        user_data,
             GCancellable   *cancellable,
             GError        **error)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (user_data, &size);

  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

static gboolean
write_review (GOutputStream  *stream,
              gpointer        user_data,
              GCancellable   *cancellable,
              GError        **error)
{
  return debrief_review_write (DEBRIEF_REVIEW (user_data), stream, cancellable, error);
}

/* 0700: the copies hold a review's private notes. Parents are made as
 * well: `$XDG_STATE_HOME` itself need not exist yet. */
static gboolean
ensure_folder (DebriefRecovery  *self,
               GError          **error)
{
  int saved_errno;

  if (g_mkdir_with_parents (self->path, 0700) == 0)
    return TRUE;
  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("%s: could not be saved: the folder “%s” could not be made: %s."),
               _("Recovery copy"), self->path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
replace_file (const char        *path,
              DebriefWriteFunc   write,
              gpointer           data,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* No `~` backup: the previous copy is worth nothing once the new one is whole. */
  return debrief_safe_file_replace (file, _("Recovery copy"), DEBRIEF_SAFE_FILE_NONE,
                                    write, data, cancellable, error);
}

static gboolean
run_write (DebriefRecovery  *self,
           WriteJob         *job,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autofree char *copy = debrief_recovery_slot_path (self, job->slot_id, DEBRIEF_RECOVERY_COPY_SUFFIX);
  g_autofree char *meta = debrief_recovery_slot_path (self, job->slot_id, DEBRIEF_RECOVERY_META_SUFFIX);
  gboolean ok;

  /* Outdated by a later write or a removal: there is nothing to do. */
  if (!begin_operation (self, job->slot_id, job->serial))
    return TRUE;

  ok = ensure_folder (self, error) &&
       (job->review_text != NULL
          ? replace_file (copy, write_bytes, job->review_text, cancellable, error)
          : replace_file (copy, write_review, job->review, cancellable, error)) &&
       replace_file (meta, write_bytes, job->metadata, cancellable, error);
  end_operation (self);
  return ok;
}

/**
 * debrief_recovery_write:
 * @slot_id: the slot, a UUID (g_uuid_string_random ())
 * @original: (nullable): the file @review is saved to; %NULL for a review
 *   that was never saved
 *
 * Writes the slot's copy and metadata, streaming the review without
 * holding its whole text in memory. It blocks until both are on disk
 * (fsync'ed), and waits for a write of this store running on a worker.
 */
gboolean
debrief_recovery_write (DebriefRecovery  *self,
                        const char       *slot_id,
                        DebriefReview    *review,
                        GFile            *original,
                        GError          **error)
{
  g_autoptr(GBytes) metadata = NULL;
  WriteJob job = { 0 };

  g_return_val_if_fail (DEBRIEF_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (slot_id != NULL && g_uuid_string_is_valid (slot_id), FALSE);
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

  job.slot_id = (char *) slot_id;
  job.serial = take_serial (self);
  job.review = review;
  job.metadata = metadata = build_metadata (slot_id, review, original);
  return run_write (self, &job, NULL, error);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_write (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * debrief_recovery_write_async:
 *
 * Like debrief_recovery_write (), but only the review's text is made on
 * the calling thread (the review is not thread-safe; this is the part that
 * grows with its size), and the files are written and fsync'ed on a worker.
 * The whole text is held in memory until then.
 */
void
debrief_recovery_write_async (DebriefRecovery     *self,
                              const char          *slot_id,
                              DebriefReview       *review,
                              GFile               *original,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;
  char *text;

  g_return_if_fail (DEBRIEF_IS_RECOVERY (self));
  g_return_if_fail (slot_id != NULL && g_uuid_string_is_valid (slot_id));
  g_return_if_fail (DEBRIEF_IS_REVIEW (review));
  g_return_if_fail (original == NULL || G_IS_FILE (original));

  job = g_new0 (WriteJob, 1);
  job->slot_id = g_strdup (slot_id);
  job->serial = take_serial (self);
  text = debrief_review_to_string (review);
  job->review_text = g_bytes_new_take (text, strlen (text));
  job->metadata = build_metadata (slot_id, review, original);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, debrief_recovery_write_async);
  g_task_set_task_data (task, job, write_job_free);
  g_task_run_in_thread (task, write_in_thread);
}

gboolean
debrief_recovery_write_finish (DebriefRecovery  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- removing ---------------------------------------------------------------- */

static void
unlink_quietly (const char *path)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the recovery file %s: %s", path, g_strerror (errno));
}

/* Temporary files `.SLOT.debrief.XXXXXX` that a killed writer left behind. */
static void
remove_temporaries (DebriefRecovery *self,
                    const char      *slot_id)
{
  g_autofree char *prefix = g_strconcat (".", slot_id, ".", NULL);
  g_autoptr(GDir) dir = g_dir_open (self->path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (self->path, name, NULL);

        unlink_quietly (path);
      }
}

/**
 * debrief_recovery_remove:
 *
 * Deletes the slot's files; files that are not there are fine. A write of
 * the slot still running on a worker is waited for; one that has not
 * started yet will find the slot removed and do nothing.
 */
void
debrief_recovery_remove (DebriefRecovery *self,
                         const char      *slot_id)
{
  g_autofree char *copy = NULL;
  g_autofree char *meta = NULL;

  g_return_if_fail (DEBRIEF_IS_RECOVERY (self));
  g_return_if_fail (slot_id != NULL && g_uuid_string_is_valid (slot_id));

  if (!begin_operation (self, slot_id, take_serial (self)))
    return;
  copy = debrief_recovery_slot_path (self, slot_id, DEBRIEF_RECOVERY_COPY_SUFFIX);
  meta = debrief_recovery_slot_path (self, slot_id, DEBRIEF_RECOVERY_META_SUFFIX);
  /* The copy first: a crash in between leaves metadata without a copy,
   * which is never listed, rather than a saved review offered again. */
  unlink_quietly (copy);
  unlink_quietly (meta);
  remove_temporaries (self, slot_id);
  end_operation (self);
}
