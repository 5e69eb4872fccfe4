/* debrief-thumbnail-cache.c — artefacts' images at marker size, for the renderer
 *
 * The renderer draws for the screen, for print and for the command line,
 * and does no file IO: it asks this cache for an artefact's thumbnail by
 * the artefact's stored path and the marker's size, and is told one of
 * three things — here it is, not yet (draw the plain picture marker), or
 * missing (draw the marker crossed out). The cache alone knows the review's
 * folder; paths go through the model's policy before any file is opened
 * (debrief-image-loader.c).
 *
 * On screen the cache is asynchronous: a miss starts a decode in a worker
 * thread (GTask) and answers "loading"; when the thumbnail is ready the
 * cache emits ::changed and the view draws again. Print and export make a
 * synchronous cache: every page needs its thumbnails before it is drawn.
 *
 * Entries are keyed by path and size in device pixels (the marker's size
 * times the scale: 2 on a hi-DPI screen, 3 on paper so a printed thumbnail
 * is ~300 dpi). Each remembers the file's modification time; after the
 * recheck interval a lookup looks at the file again (in the worker, on
 * screen) and decodes it again only if it changed, so a screenshot replaced
 * beside the review shows at the next redraw after that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-thumbnails"

#include "config.h"

#include <math.h>

#include "debrief-image-loader.h"
#include "debrief-thumbnail-cache.h"

#define MAX_ENTRIES 256
#define SCREEN_RECHECK_USEC (2 * G_USEC_PER_SEC)

typedef struct {
  char                 *key;
  char                 *path;
  int                   width;     /* device pixels */
  int                   height;
  DebriefThumbnailState state;
  cairo_surface_t      *surface;
  char                 *reason;
  gint64                mtime;     /* of the file decoded; 0: none */
  gint64                checked_at;
  gboolean              busy;      /* a load is on its way */
  guint64               used;
} Entry;

/* One load, handed to the worker and back. */
typedef struct {
  GFile           *folder;
  char            *key;
  char            *path;
  int              width;
  int              height;
  gint64           known_mtime;    /* 0: decode whatever is there */
  guint            generation;
  gboolean         unchanged;      /* out: the file has not changed since known_mtime */
  cairo_surface_t *surface;        /* out */
  char            *reason;         /* out */
  gint64           mtime;          /* out */
} Load;

struct _DebriefThumbnailCache
{
  GObject       parent_instance;

  gboolean      synchronous;
  GFile        *folder;
  double        scale;
  gint64        recheck_interval;
  GHashTable   *entries;           /* key → Entry */
  guint         generation;        /* bumped when the folder changes: older loads are dropped */
  guint64       tick;
  guint         n_loads;
};

G_DEFINE_FINAL_TYPE (DebriefThumbnailCache, debrief_thumbnail_cache, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_free (entry->path);
  g_clear_pointer (&entry->surface, cairo_surface_destroy);
  g_free (entry->reason);
  g_free (entry);
}

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->folder);
  g_free (load->key);
  g_free (load->path);
  g_clear_pointer (&load->surface, cairo_surface_destroy);
  g_free (load->reason);
  g_free (load);
}

/* The part that touches files: any thread. */
static void
load_run (Load *load)
{
  g_autoptr(GError) error = NULL;
  gint64 mtime;

  if (load->known_mtime != 0 && debrief_image_query_mtime (load->folder, load->path, &mtime) &&
      mtime == load->known_mtime)
    {
      load->unchanged = TRUE;
      return;
    }
  load->surface = debrief_image_load_fitted (load->folder, load->path, load->width, load->height, &load->mtime, &error);
  if (load->surface == NULL)
    load->reason = g_strdup (error->message);
}

/* Back in the cache's thread: TRUE if what is drawn changes. */
static gboolean
load_apply (DebriefThumbnailCache *self,
            Load                  *load)
{
  Entry *entry = g_hash_table_lookup (self->entries, load->key);

  if (entry == NULL || load->generation != self->generation)
    return FALSE;
  entry->busy = FALSE;
  entry->checked_at = g_get_monotonic_time ();
  if (load->unchanged)
    return FALSE;
  self->n_loads++;
  g_clear_pointer (&entry->surface, cairo_surface_destroy);
  g_clear_pointer (&entry->reason, g_free);
  entry->surface = g_steal_pointer (&load->surface);
  entry->reason = g_steal_pointer (&load->reason);
  entry->mtime = entry->surface != NULL ? load->mtime : 0;
  entry->state = entry->surface != NULL ? DEBRIEF_THUMBNAIL_READY : DEBRIEF_THUMBNAIL_MISSING;
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  load_run (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DebriefThumbnailCache *self = DEBRIEF_THUMBNAIL_CACHE (source);

  if (load_apply (self, g_task_get_task_data (G_TASK (result))))
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
start_load (DebriefThumbnailCache *self,
            Entry                 *entry)
{
  Load *load = g_new0 (Load, 1);

  load->folder = self->folder ? g_object_ref (self->folder) : NULL;
  load->key = g_strdup (entry->key);
  load->path = g_strdup (entry->path);
  load->width = entry->width;
  load->height = entry->height;
  load->known_mtime = entry->mtime;
  load->generation = self->generation;
  entry->busy = TRUE;
  if (self->synchronous)
    {
      load_run (load);
      load_apply (self, load);
      load_free (load);
    }
  else
    {
      g_autoptr(GTask) task = g_task_new (self, NULL, load_done, NULL);

      g_task_set_source_tag (task, start_load);
      g_task_set_task_data (task, load, load_free);
      g_task_run_in_thread (task, load_thread);
    }
}

/* Least recently drawn goes first; one on its way stays (its answer is awaited). */
static void
evict (DebriefThumbnailCache *self)
{
  GHashTableIter iter;
  Entry *entry, *oldest = NULL;

  if (g_hash_table_size (self->entries) <= MAX_ENTRIES)
    return;
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    if (!entry->busy && (oldest == NULL || entry->used < oldest->used))
      oldest = entry;
  if (oldest != NULL)
    g_hash_table_remove (self->entries, oldest->key);
}

static void
debrief_thumbnail_cache_finalize (GObject *object)
{
  DebriefThumbnailCache *self = DEBRIEF_THUMBNAIL_CACHE (object);

  g_clear_object (&self->folder);
  g_hash_table_unref (self->entries);
  G_OBJECT_CLASS (debrief_thumbnail_cache_parent_class)->finalize (object);
}

static void
debrief_thumbnail_cache_class_init (DebriefThumbnailCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_thumbnail_cache_finalize;

  /**
   * DebriefThumbnailCache::changed:
   *
   * A thumbnail loaded in the background is ready (or turned out missing):
   * what the renderer draws has changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_thumbnail_cache_init (DebriefThumbnailCache *self)
{
  self->scale = 1;
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
}

/**
 * debrief_thumbnail_cache_new:
 * @synchronous: decode in the lookup (print, export) rather than in a
 *   worker thread (the screen)
 */
DebriefThumbnailCache *
debrief_thumbnail_cache_new (gboolean synchronous)
{
  DebriefThumbnailCache *self = g_object_new (DEBRIEF_TYPE_THUMBNAIL_CACHE, NULL);

  self->synchronous = synchronous;
  self->recheck_interval = synchronous ? 0 : SCREEN_RECHECK_USEC;
  return self;
}

GFile *
debrief_thumbnail_cache_get_folder (DebriefThumbnailCache *self)
{
  g_return_val_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self), NULL);
  return self->folder;
}

/* @review_folder: (nullable): the folder the review file is in; NULL for
 * a review never saved, whose images are all missing. */
void
debrief_thumbnail_cache_set_folder (DebriefThumbnailCache *self,
                                    GFile                 *review_folder)
{
  g_return_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self));
  g_return_if_fail (review_folder == NULL || G_IS_FILE (review_folder));

  if (self->folder == review_folder ||
      (self->folder != NULL && review_folder != NULL && g_file_equal (self->folder, review_folder)))
    return;
  g_set_object (&self->folder, review_folder);
  self->generation++;
  g_hash_table_remove_all (self->entries);
}

double
debrief_thumbnail_cache_get_scale (DebriefThumbnailCache *self)
{
  g_return_val_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self), 1);
  return self->scale;
}

/* Device pixels per unit of the marker's size: the screen's scale factor,
 * or more for paper. */
void
debrief_thumbnail_cache_set_scale (DebriefThumbnailCache *self,
                                   double                 scale)
{
  g_return_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self));
  g_return_if_fail (scale > 0);
  self->scale = scale;
}

/* How long a thumbnail is trusted before its file's time is looked at again. */
void
debrief_thumbnail_cache_set_recheck_interval (DebriefThumbnailCache *self,
                                              gint64                 usec)
{
  g_return_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self));
  self->recheck_interval = MAX (usec, 0);
}

/**
 * debrief_thumbnail_cache_lookup:
 * @width: @height: the box the thumbnail must fit in, in the renderer's units
 * @out_surface: (out) (transfer none): READY: the image, @scale times the
 *   size it is drawn at; valid until the next lookup
 * @out_reason: (out) (transfer none) (optional): MISSING: why, naming the file
 */
DebriefThumbnailState
debrief_thumbnail_cache_lookup (DebriefThumbnailCache  *self,
                                const char             *path,
                                double                  width,
                                double                  height,
                                cairo_surface_t       **out_surface,
                                const char            **out_reason)
{
  g_autofree char *key = NULL;
  int device_width, device_height;
  Entry *entry;

  g_return_val_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self), DEBRIEF_THUMBNAIL_MISSING);
  g_return_val_if_fail (out_surface != NULL, DEBRIEF_THUMBNAIL_MISSING);

  device_width = MAX (1, (int) ceil (width * self->scale));
  device_height = MAX (1, (int) ceil (height * self->scale));
  key = g_strdup_printf ("%dx%d:%s", device_width, device_height, path ? path : "");
  entry = g_hash_table_lookup (self->entries, key);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->key = g_steal_pointer (&key);
      entry->path = g_strdup (path ? path : "");
      entry->width = device_width;
      entry->height = device_height;
      entry->used = ++self->tick;
      g_hash_table_insert (self->entries, entry->key, entry);
      start_load (self, entry);
      evict (self);
    }
  else if (!entry->busy && g_get_monotonic_time () - entry->checked_at >= self->recheck_interval)
    start_load (self, entry);
  entry->used = ++self->tick;
  *out_surface = entry->surface;
  if (out_reason != NULL)
    *out_reason = entry->reason;
  return entry->state;
}

/* Why @path's image is missing, if a lookup (at any size) found it so; NULL
 * if it is not known to be missing. For the tooltip: no file is read. */
const char *
debrief_thumbnail_cache_get_reason (DebriefThumbnailCache *self,
                                    const char            *path)
{
  GHashTableIter iter;
  Entry *entry;

  g_return_val_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self), NULL);

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    if (entry->state == DEBRIEF_THUMBNAIL_MISSING && g_strcmp0 (entry->path, path) == 0)
      return entry->reason;
  return NULL;
}

/* How many decodes have finished (a test's way to see a reload happen). */
guint
debrief_thumbnail_cache_get_n_loads (DebriefThumbnailCache *self)
{
  g_return_val_if_fail (DEBRIEF_IS_THUMBNAIL_CACHE (self), 0);
  return self->n_loads;
}
