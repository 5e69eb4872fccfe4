/* debrief-document.c — a review, where it lives, and whether it is saved
 *
 * Opening and saving run on a worker thread so a window stays responsive
 * with a million events. While a save runs the document is "busy": views
 * must not change the review until it is done. Progress from the worker is
 * passed to the caller's main context, at most one update in flight.
 *
 * The document also remembers which version of its file on disk it holds:
 * the file's etag, size and inode, read on the worker just before opening
 * and just after saving. A window watching the file compares what it finds
 * with that, so the document's own saves are never taken for someone
 * else's change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-document"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-document.h"
#include "debrief-history.h"
#include "debrief-review-saver.h"

struct _DebriefDocument
{
  GObject        parent_instance;

  DebriefReview *review;
  GFile         *file;
  char          *display_name;
  DebriefHistory *history;
  guint64        saved_state;   /* the history's state when last saved */
  gboolean       untracked;     /* changed outside the history since then */
  gboolean       modified;
  gboolean       busy;

  /* The version of the file on disk the review matches (see above). */
  gboolean       on_disk;
  char          *disk_etag;
  guint64        disk_size;
  guint64        disk_inode;
};

G_DEFINE_FINAL_TYPE (DebriefDocument, debrief_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_FILE,
  PROP_DISPLAY_NAME,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_display_name (DebriefDocument *self)
{
  const char *title = debrief_review_get_title (self->review);
  g_autofree char *name = NULL;

  if (title != NULL && *title != '\0')
    name = g_strdup (title);
  else if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else
    name = g_strdup (_("Untitled Review"));

  if (g_strcmp0 (name, self->display_name) == 0)
    return;
  g_free (self->display_name);
  self->display_name = g_steal_pointer (&name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

static void
update_modified (DebriefDocument *self)
{
  gboolean modified = self->untracked || debrief_history_get_state (self->history) != self->saved_state;

  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Edits come through the history, whose state tells whether the review is
 * back where it was saved; any other change can only be saved away. */
static void
on_review_changed (DebriefReview   *review,
                   DebriefDocument *self)
{
  update_display_name (self);
  if (!debrief_history_is_applying (self->history))
    self->untracked = TRUE;
  update_modified (self);
}

static void
on_history_state (DebriefDocument *self)
{
  update_modified (self);
}

static void
set_review (DebriefDocument *self,
            DebriefReview   *review)
{
  g_assert (self->review == NULL);

  self->review = g_object_ref (review);
  self->history = debrief_history_new ();
  g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  g_signal_connect_object (self->history, "notify::state", G_CALLBACK (on_history_state), self, G_CONNECT_SWAPPED);
  update_display_name (self);
}

static void
debrief_document_dispose (GObject *object)
{
  DebriefDocument *self = DEBRIEF_DOCUMENT (object);

  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (debrief_document_parent_class)->dispose (object);
}

static void
debrief_document_finalize (GObject *object)
{
  DebriefDocument *self = DEBRIEF_DOCUMENT (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->disk_etag, g_free);

  G_OBJECT_CLASS (debrief_document_parent_class)->finalize (object);
}

static void
debrief_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DebriefDocument *self = DEBRIEF_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_REVIEW: g_value_set_object (value, self->review); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, self->display_name); break;
    case PROP_MODIFIED: g_value_set_boolean (value, self->modified); break;
    case PROP_READ_ONLY: g_value_set_boolean (value, debrief_document_get_read_only (self)); break;
    case PROP_BUSY: g_value_set_boolean (value, self->busy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_document_class_init (DebriefDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = debrief_document_dispose;
  object_class->finalize = debrief_document_finalize;
  object_class->get_property = debrief_document_get_property;

  properties[PROP_REVIEW] = g_param_spec_object ("review", NULL, NULL, DEBRIEF_TYPE_REVIEW, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_document_init (DebriefDocument *self)
{
}

/* A blank review, not yet saved anywhere. */
DebriefDocument *
debrief_document_new (void)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();

  return debrief_document_new_for_review (review, NULL);
}

/**
 * debrief_document_new_for_review:
 * @file: (nullable): where @review was read from; %NULL for one that
 *   must be saved with "Save As" (a new review, the bundled example)
 */
DebriefDocument *
debrief_document_new_for_review (DebriefReview *review,
                                 GFile         *file)
{
  DebriefDocument *self;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);

  self = g_object_new (DEBRIEF_TYPE_DOCUMENT, NULL);
  self->file = file ? g_object_ref (file) : NULL;
  set_review (self, review);
  return self;
}

/* ---- opening ---------------------------------------------------------------- */

typedef struct {
  GFile               *file;
  char                *label;
  GFileInfo           *disk_info;  /* the version about to be read; NULL if unknown */
  DebriefLoadProgress  progress;
  gpointer             progress_data;
  GMainContext        *context;
  gint                 pending;    /* an update is queued on the context */
  double               fraction;   /* written by the worker, read on the context */
  GMutex               lock;
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *open = data;

  g_clear_object (&open->file);
  g_clear_object (&open->disk_info);
  g_clear_pointer (&open->label, g_free);
  g_clear_pointer (&open->context, g_main_context_unref);
  g_mutex_clear (&open->lock);
  g_free (open);
}

static gboolean
deliver_progress (gpointer data)
{
  GTask *task = data;
  OpenData *open = g_task_get_task_data (task);
  double fraction;

  g_mutex_lock (&open->lock);
  fraction = open->fraction;
  open->pending = FALSE;
  g_mutex_unlock (&open->lock);

  open->progress (fraction, open->progress_data);
  return G_SOURCE_REMOVE;
}

/* On the worker: remember the latest fraction; queue one delivery. */
static void
on_worker_progress (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  OpenData *open = g_task_get_task_data (task);
  gboolean queue;

  g_mutex_lock (&open->lock);
  open->fraction = fraction;
  queue = !open->pending;
  open->pending = TRUE;
  g_mutex_unlock (&open->lock);

  if (queue)
    g_main_context_invoke_full (open->context, G_PRIORITY_DEFAULT, deliver_progress,
                                g_object_ref (task), g_object_unref);
}

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpenData *open = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  /* Before reading: if the file is replaced while it loads, the version
   * recorded is the older one, and a watcher sees the difference. */
  open->disk_info = g_file_query_info (open->file, DEBRIEF_DOCUMENT_DISK_ATTRIBUTES,
                                       G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  review = debrief_review_load_file (open->file, open->label,
                                     open->progress ? on_worker_progress : NULL, task,
                                     cancellable, &error);
  if (review == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&review), g_object_unref);
}

/**
 * debrief_document_open_async:
 * @progress: (nullable): called on the caller's main context as loading goes on
 *
 * Reads @file on a worker thread into a new document.
 */
void
debrief_document_open_async (GFile               *file,
                             DebriefLoadProgress  progress,
                             gpointer             progress_data,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *open;

  g_return_if_fail (G_IS_FILE (file));

  open = g_new0 (OpenData, 1);
  open->file = g_object_ref (file);
  open->label = g_file_get_basename (file);
  open->progress = progress;
  open->progress_data = progress_data;
  open->context = g_main_context_ref_thread_default ();
  g_mutex_init (&open->lock);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, debrief_document_open_async);
  g_task_set_task_data (task, open, open_data_free);
  g_task_run_in_thread (task, open_in_thread);
}

DebriefDocument *
debrief_document_open_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_autoptr(DebriefReview) review = NULL;
  GTask *task = G_TASK (result);
  OpenData *open = g_task_get_task_data (task);
  DebriefDocument *self;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  review = g_task_propagate_pointer (task, error);
  if (review == NULL)
    return NULL;
  self = debrief_document_new_for_review (review, open->file);
  debrief_document_set_disk_version (self, open->disk_info);
  return self;
}

/* ---- saving ----------------------------------------------------------------- */

static void
set_busy (DebriefDocument *self,
          gboolean         busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

typedef struct {
  GFile     *file;
  GFileInfo *disk_info;  /* the version just written; NULL if unknown */
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_object (&save->disk_info);
  g_free (save);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  DebriefDocument *self = source_object;
  SaveData *save = task_data;
  g_autoptr(GError) error = NULL;

  if (!debrief_review_save_file (self->review, save->file, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Right after the rename, so the version recorded is our own. */
  save->disk_info = g_file_query_info (save->file, DEBRIEF_DOCUMENT_DISK_ATTRIBUTES,
                                       G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/* Back on the main context: the document's own state is updated here,
 * whether or not the caller asked to hear about it. */
static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  DebriefDocument *self = DEBRIEF_DOCUMENT (source);
  g_autoptr(GTask) outer = G_TASK (user_data);
  SaveData *save = g_task_get_task_data (G_TASK (result));
  GFile *file = save->file;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_busy (self, FALSE);
      debrief_document_set_modified (self, TRUE);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* Before "busy" ends: a watcher waits for that to compare. */
  debrief_document_set_disk_version (self, save->disk_info);
  set_busy (self, FALSE);

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      update_display_name (self);
    }
  update_modified (self);
  g_task_return_boolean (outer, TRUE);
}

/**
 * debrief_document_save_async:
 * @file: (nullable): where to save; %NULL for the document's own file
 *
 * Saves on a worker thread. The document is busy until the save is done.
 */
void
debrief_document_save_async (DebriefDocument     *self,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) inner = NULL;
  GTask *outer;
  SaveData *save;

  g_return_if_fail (DEBRIEF_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);
  g_return_if_fail (!self->busy);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, debrief_document_save_async);

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file ? file : self->file);
  inner = g_task_new (self, cancellable, on_saved, outer);
  g_task_set_task_data (inner, save, save_data_free);
  set_busy (self, TRUE);
  /* What is written is the review as it is now; edits wait until the
   * save is done (the document is busy). */
  self->saved_state = debrief_history_get_state (self->history);
  self->untracked = FALSE;
  g_task_run_in_thread (inner, save_in_thread);
}

gboolean
debrief_document_save_finish (DebriefDocument  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- state ------------------------------------------------------------------ */

DebriefReview *
debrief_document_get_review (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), NULL);
  return self->review;
}

/**
 * debrief_document_get_file:
 *
 * Returns: (transfer none) (nullable): where the review is saved
 */
GFile *
debrief_document_get_file (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
debrief_document_get_display_name (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), NULL);
  return self->display_name;
}

gboolean
debrief_document_get_modified (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

void
debrief_document_set_modified (DebriefDocument *self,
                               gboolean         modified)
{
  g_return_if_fail (DEBRIEF_IS_DOCUMENT (self));

  if (modified)
    self->untracked = TRUE;
  else
    {
      self->saved_state = debrief_history_get_state (self->history);
      self->untracked = FALSE;
    }
  update_modified (self);
}

/**
 * debrief_document_get_history:
 *
 * Returns: (transfer none): the one undo history of the document's review
 */
DebriefHistory *
debrief_document_get_history (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), NULL);
  return self->history;
}

gboolean
debrief_document_get_read_only (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), FALSE);
  return debrief_review_get_read_only (self->review);
}

gboolean
debrief_document_get_busy (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), FALSE);
  return self->busy;
}

/* A new, untouched review: a window showing one may be reused to open a file. */
gboolean
debrief_document_is_blank (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), FALSE);
  return self->file == NULL && !self->modified &&
         g_list_model_get_n_items (debrief_review_get_lanes (self->review)) == 0 &&
         debrief_event_store_get_n_events (debrief_review_get_events (self->review)) == 0;
}

/* ---- the version on disk ---------------------------------------------------- */

/**
 * debrief_document_get_disk_etag:
 *
 * Returns: (nullable): the etag of the file on disk as the document last
 *   opened or saved it; %NULL when no version on disk is known
 */
const char *
debrief_document_get_disk_etag (DebriefDocument *self)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), NULL);
  return self->disk_etag;
}

/**
 * debrief_document_is_disk_version:
 * @info: (nullable): the file's info with %DEBRIEF_DOCUMENT_DISK_ATTRIBUTES;
 *   %NULL when there is no file
 *
 * Returns: whether the file on disk is the version the document last
 *   opened or saved (or, for %NULL, whether no version is known)
 */
gboolean
debrief_document_is_disk_version (DebriefDocument *self,
                                  GFileInfo       *info)
{
  g_return_val_if_fail (DEBRIEF_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (info == NULL || G_IS_FILE_INFO (info), FALSE);

  if (info == NULL || !self->on_disk)
    return info == NULL && !self->on_disk;
  /* A local etag is the modification time; size and inode catch a
   * rewrite within the file system's clock tick, or a rename over it. */
  return g_strcmp0 (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ETAG_VALUE), self->disk_etag) == 0 &&
         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) == self->disk_size &&
         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE) == self->disk_inode;
}

/**
 * debrief_document_set_disk_version:
 * @info: (nullable): as for debrief_document_is_disk_version()
 *
 * Records @info as the version on disk the document stands for. Opening
 * and saving do this themselves; a window calls it when the person keeps
 * their own version over a changed or deleted file.
 */
void
debrief_document_set_disk_version (DebriefDocument *self,
                                   GFileInfo       *info)
{
  g_return_if_fail (DEBRIEF_IS_DOCUMENT (self));
  g_return_if_fail (info == NULL || G_IS_FILE_INFO (info));

  self->on_disk = info != NULL;
  g_free (self->disk_etag);
  self->disk_etag = info ? g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ETAG_VALUE)) : NULL;
  self->disk_size = info ? g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) : 0;
  self->disk_inode = info ? g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE) : 0;
}
