/* debrief-recovery-list.c — what earlier Debrief processes left to restore
 *
 * A slot is offered only if the process that last wrote it is not a Debrief
 * still running: otherwise a second instance would offer to restore a live
 * window's work, and two windows would then write to one slot. Pids are
 * reused, so a live pid only counts if that process is a Debrief. A Debrief
 * that happens to get the pid of a crashed one (after a reboot) hides the
 * crashed one's slots until it exits; they are offered later, not lost.
 *
 * Anything that is not whole is left out rather than guessed at: metadata
 * that does not parse, metadata without its copy. The one exception is a
 * copy without metadata: the writer was killed between its very first copy
 * and its metadata. The copy is complete (it was renamed into place), so it
 * is listed, with its modification time and no original or title: it is
 * restored as a review to save anew, the safe choice when we do not know
 * which file it belongs to. A live window's first write has the same
 * moment between the two files, so a listing made in that millisecond
 * offers its copy too; that is accepted, as the other choice loses work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "debrief-recovery-private.h"
#include "debrief-time.h"

/* A writer takes seconds at most; a temporary file this old was left by a
 * writer that was killed, and only wastes space. */
#define STALE_TEMPORARY_AGE G_TIME_SPAN_HOUR

#define UUID_LENGTH 36

enum {
  HAS_COPY = 1 << 0,
  HAS_META = 1 << 1,
};

/* ---- who is alive --------------------------------------------------------------- */

static gboolean
names_debrief (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lower = g_ascii_strdown (base, -1);

  return strstr (lower, "debrief") != NULL;
}

/**
 * debrief_recovery_pid_is_live_debrief:
 *
 * Whether @pid is a running process whose program is named like Debrief
 * (argv[0] or the executable). A zombie has neither, so it counts as dead.
 * Elsewhere than Linux there is no /proc to ask, and every writer counts
 * as dead: offering a live window's copy is better than hiding a lost one.
 */
gboolean
debrief_recovery_pid_is_live_debrief (int pid)
{
#ifdef __linux__
  g_autofree char *cmdline_path = NULL;
  g_autofree char *exe_path = NULL;
  g_autofree char *cmdline = NULL;
  g_autofree char *exe = NULL;
  gsize length = 0;

  if (pid <= 0)
    return FALSE;

  /* NUL-separated arguments: the string starts with argv[0]. */
  cmdline_path = g_strdup_printf ("/proc/%d/cmdline", pid);
  if (g_file_get_contents (cmdline_path, &cmdline, &length, NULL) && length > 0 &&
      names_debrief (cmdline))
    return TRUE;

  exe_path = g_strdup_printf ("/proc/%d/exe", pid);
  exe = g_file_read_link (exe_path, NULL);
  return exe != NULL && names_debrief (exe);
#else
  return FALSE;
#endif
}

/* ---- the metadata ----------------------------------------------------------------- */

/* A string member, or NULL if absent or null; clears @ok if of another type. */
static const char *
get_string (JsonObject *object,
            const char *name,
            gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *ok = FALSE;
      return NULL;
    }
  return json_node_get_string (node);
}

static gint64
get_integer (JsonObject *object,
             const char *name,
             gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      *ok = FALSE;
      return 0;
    }
  return json_node_get_int (node);
}

static gboolean
read_members (JsonObject           *root,
              const char           *slot_id,
              DebriefRecoveryEntry *entry)
{
  gboolean ok = TRUE;
  const char *written_at = get_string (root, "written_at", &ok);
  const char *original = get_string (root, "original", &ok);
  gint64 version = get_integer (root, "version", &ok);
  gint64 pid = get_integer (root, "pid", &ok);

  entry->title = g_strdup (get_string (root, "title", &ok));
  entry->app_version = g_strdup (get_string (root, "app_version", &ok));
  if (!ok || version < 1 || pid <= 0 || pid > G_MAXINT ||
      g_strcmp0 (get_string (root, "format", &ok), DEBRIEF_RECOVERY_FORMAT_NAME) != 0 ||
      g_strcmp0 (get_string (root, "slot", &ok), slot_id) != 0 ||
      written_at == NULL || !debrief_time_parse_rfc3339 (written_at, &entry->written_at))
    return FALSE;

  entry->pid = (int) pid;
  entry->original = original ? g_file_new_for_uri (original) : NULL;
  return TRUE;
}

/* Fills @entry from `SLOT.json`; FALSE if that is not whole, or not ours. */
static gboolean
read_metadata (const char           *path,
               const char           *slot_id,
               DebriefRecoveryEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_debug ("Skipping %s: %s", path, error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !read_members (json_node_get_object (root), slot_id, entry))
    {
      g_debug ("Skipping %s: not recovery metadata", path);
      return FALSE;
    }
  return TRUE;
}

/* A copy without metadata: only its own modification time is known. */
static gboolean
read_stray_copy (const char           *path,
                 DebriefRecoveryEntry *entry)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  entry->written_at = (gint64) st.st_mtime * G_USEC_PER_SEC;
  return TRUE;
}

static DebriefRecoveryEntry *
read_entry (DebriefRecovery *self,
            const char      *slot_id,
            guint            files)
{
  g_autofree char *copy = debrief_recovery_slot_path (self, slot_id, DEBRIEF_RECOVERY_COPY_SUFFIX);
  g_autofree char *meta = debrief_recovery_slot_path (self, slot_id, DEBRIEF_RECOVERY_META_SUFFIX);
  g_autoptr(DebriefRecoveryEntry) entry = NULL;

  if (!(files & HAS_COPY))
    return NULL;
  entry = debrief_recovery_entry_new (slot_id, copy);
  if (!(files & HAS_META))
    return read_stray_copy (copy, entry) ? g_steal_pointer (&entry) : NULL;
  if (!read_metadata (meta, slot_id, entry) || debrief_recovery_get_live_func (self) (entry->pid))
    return NULL;
  return g_steal_pointer (&entry);
}

/* ---- the folder ------------------------------------------------------------------ */

/* `.SLOT.debrief.XXXXXX`: debrief-safe-file.c's temporary files. */
static gboolean
is_temporary (const char *name)
{
  g_autofree char *slot_id = NULL;

  if (name[0] != '.' || strlen (name) <= UUID_LENGTH + 2 || name[UUID_LENGTH + 1] != '.')
    return FALSE;
  slot_id = g_strndup (name + 1, UUID_LENGTH);
  return g_uuid_string_is_valid (slot_id);
}

static void
remove_if_stale (const char *path,
                 gint64      now)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
      now - (gint64) st.st_mtime * G_USEC_PER_SEC > STALE_TEMPORARY_AGE &&
      g_unlink (path) != 0)
    g_debug ("Could not remove %s: %s", path, g_strerror (errno));
}

/* The slot a file `SLOT.debrief` or `SLOT.json` belongs to, or NULL. */
static char *
slot_of (const char *name,
         guint      *kind)
{
  static const struct { const char *suffix; guint kind; } files[] = {
    { DEBRIEF_RECOVERY_COPY_SUFFIX, HAS_COPY },
    { DEBRIEF_RECOVERY_META_SUFFIX, HAS_META },
  };
  gsize length = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (length == UUID_LENGTH + strlen (files[i].suffix) && g_str_has_suffix (name, files[i].suffix))
      {
        g_autofree char *slot_id = g_strndup (name, UUID_LENGTH);

        *kind = files[i].kind;
        return g_uuid_string_is_valid (slot_id) ? g_steal_pointer (&slot_id) : NULL;
      }
  return NULL;
}

/* Fills @slots (slot id -> HAS_* flags), removing stale temporary files. */
static gboolean
collect_slots (DebriefRecovery  *self,
               GHashTable       *slots,
               GError          **error)
{
  const char *folder = debrief_recovery_get_path (self);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &local_error);
  gint64 now = g_get_real_time ();
  const char *name;

  if (dir == NULL)
    {
      /* Nothing was ever written: nothing to restore. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      guint kind = 0;
      char *slot_id = slot_of (name, &kind);

      if (slot_id != NULL)
        g_hash_table_insert (slots, slot_id,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (slots, slot_id)) | kind));
      else if (is_temporary (name))
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);

          remove_if_stale (path, now);
        }
    }
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const DebriefRecoveryEntry *x = *(DebriefRecoveryEntry * const *) a;
  const DebriefRecoveryEntry *y = *(DebriefRecoveryEntry * const *) b;

  if (x->written_at != y->written_at)
    return x->written_at > y->written_at ? -1 : 1;
  return strcmp (x->slot_id, y->slot_id);
}

/**
 * debrief_recovery_list:
 *
 * The slots that no running Debrief is writing, newest first. A folder
 * that does not exist yet holds nothing. Also removes temporary files that
 * killed writers left behind more than an hour ago.
 *
 * Returns: (transfer container) (element-type DebriefRecoveryEntry):
 *   the entries, or %NULL with @error set if the folder cannot be read
 */
GPtrArray *
debrief_recovery_list (DebriefRecovery  *self,
                       GError          **error)
{
  g_autoptr(GHashTable) slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_recovery_entry_free);
  GHashTableIter iter;
  gpointer slot_id, files;

  g_return_val_if_fail (DEBRIEF_IS_RECOVERY (self), NULL);

  if (!collect_slots (self, slots, error))
    return NULL;

  g_hash_table_iter_init (&iter, slots);
  while (g_hash_table_iter_next (&iter, &slot_id, &files))
    {
      DebriefRecoveryEntry *entry = read_entry (self, slot_id, GPOINTER_TO_UINT (files));

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_newest_first);
  return g_steal_pointer (&entries);
}
