/* debrief-import-slack-export.c — the files of a Slack export, from a folder or a zip
 *
 * Slack hands out a zip; people also unpack it. Either way the importer
 * asks for a top-level file (users.json, channels.json) or walks the day
 * files (CHANNEL/YYYY-MM-DD.json), and gets their bytes in memory.
 *
 * A zip comes from someone else and is read as hostile: nothing is ever
 * written to disk, an entry whose name is absolute or climbs out with ".."
 * refuses the whole archive (a real export has none), and so does one
 * that expands too far — more than the total allowed, or a large entry
 * more than max_ratio times its compressed size — checked as the bytes
 * come, so a bomb stops after a few megabytes. A zip made of a folder
 * ("export/channels.json") is read from that folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "debrief-import-slack-private.h"
#include "debrief-importer.h"

#define READ_CHUNK (64 * 1024)

DebriefSlackLimits _debrief_slack_limits = {
  .max_total = G_GUINT64_CONSTANT (2) << 30,   /* 2 GiB */
  .ratio_from = 1 << 20,                       /* 1 MiB */
  .max_ratio = 100,
};

struct _DebriefSlackExport
{
  GFile   *folder;     /* an unpacked export, or NULL */
  char    *zip_path;   /* … or the zip */
  char    *where;      /* the source, for messages */
  char    *prefix;     /* "" or "export/": where channels.json is in the zip */
  guint64  total;      /* bytes read from the zip so far */
};

void
_debrief_slack_export_free (DebriefSlackExport *self)
{
  g_clear_object (&self->folder);
  g_free (self->zip_path);
  g_free (self->where);
  g_free (self->prefix);
  g_free (self);
}

gboolean
_debrief_slack_is_day_file (const char *name)
{
  int y, m, d;
  char tail[8] = "";

  return strlen (name) == strlen ("2026-03-14.json") &&
         sscanf (name, "%4d-%2d-%2d%7s", &y, &m, &d, tail) == 4 && strcmp (tail, ".json") == 0;
}

gboolean
_debrief_slack_is_zip (const char *head,
                       gsize       head_len)
{
  return head_len >= 4 && memcmp (head, "PK\x03\x04", 4) == 0;
}

/* ---- Zip ---------------------------------------------------------------- */

static struct archive *
zip_open (DebriefSlackExport *self,
          GError            **error)
{
  struct archive *a = archive_read_new ();

  archive_read_support_format_zip (a);
  if (archive_read_open_filename (a, self->zip_path, READ_CHUNK) != ARCHIVE_OK)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: not a readable zip: %s"), self->where, archive_error_string (a));
      archive_read_free (a);
      return NULL;
    }
  return a;
}

static gboolean
zip_fail (DebriefSlackExport *self,
          struct archive     *a,
          GError            **error)
{
  g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
               _("%s: not a readable zip: %s"), self->where, archive_error_string (a));
  return FALSE;
}

/* Absolute names and ".." would reach outside the export if unpacked. */
static gboolean
name_is_safe (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name[0] == '/' || name[0] == '\\' || (g_ascii_isalpha (name[0]) && name[1] == ':'))
    return FALSE;
  parts = g_strsplit_set (name, "/\\", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;
  return TRUE;
}

static gboolean
refuse (DebriefSlackExport *self,
        const char         *reason,
        GError            **error)
{
  g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_REFUSED,
               _("%s: refused: %s"), self->where, reason);
  return FALSE;
}

/* The next regular file of the archive, or NULL at the end (or on an
 * error, set). Every header is checked, whoever asks. */
static struct archive_entry *
zip_next (DebriefSlackExport *self,
          struct archive     *a,
          GError            **error)
{
  struct archive_entry *entry;
  int status;

  while ((status = archive_read_next_header (a, &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN)
    {
      const char *name = archive_entry_pathname (entry);
      g_autofree char *reason = NULL;

      if (name == NULL || !name_is_safe (name))
        {
          reason = g_strdup_printf (_("the entry “%s” points outside the export"), name ? name : "");
          refuse (self, reason, error);
          return NULL;
        }
      if (archive_entry_size_is_set (entry) &&
          (guint64) archive_entry_size (entry) > _debrief_slack_limits.max_total)
        {
          g_autofree char *limit = g_format_size (_debrief_slack_limits.max_total);

          reason = g_strdup_printf (_("the entry “%s” would expand to more than %s"), name, limit);
          refuse (self, reason, error);
          return NULL;
        }
      if (archive_entry_filetype (entry) == AE_IFREG)
        return entry;
    }
  if (status != ARCHIVE_EOF)
    zip_fail (self, a, error);
  return NULL;
}

static gboolean
check_expansion (DebriefSlackExport *self,
                 const char         *name,
                 guint64             expanded,
                 guint64             compressed,
                 GError            **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *limit = NULL;

  if (self->total > _debrief_slack_limits.max_total)
    {
      limit = g_format_size (_debrief_slack_limits.max_total);
      reason = g_strdup_printf (_("it expands to more than %s"), limit);
      return refuse (self, reason, error);
    }
  if (expanded >= _debrief_slack_limits.ratio_from &&
      expanded > _debrief_slack_limits.max_ratio * MAX (compressed, 1))
    {
      reason = g_strdup_printf (_("the entry “%s” expands more than %u times (a zip bomb?)"),
                                name, (guint) _debrief_slack_limits.max_ratio);
      return refuse (self, reason, error);
    }
  return TRUE;
}

/* The entry's bytes, read as they expand. The compressed side is what
 * libarchive took from the file meanwhile: with its read-ahead that is a
 * little more than the entry's own, which only makes the check lenient. */
static GBytes *
zip_read_entry (DebriefSlackExport   *self,
                struct archive       *a,
                struct archive_entry *entry,
                GError              **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree guint8 *chunk = g_malloc (READ_CHUNK);
  gint64 start = archive_filter_bytes (a, -1);
  la_ssize_t n;

  while ((n = archive_read_data (a, chunk, READ_CHUNK)) > 0)
    {
      g_byte_array_append (data, chunk, n);
      self->total += n;
      if (!check_expansion (self, archive_entry_pathname (entry), data->len,
                            archive_filter_bytes (a, -1) - start, error))
        return NULL;
    }
  if (n < 0)
    {
      zip_fail (self, a, error);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Finds where channels.json is, and looks at every header once. */
static gboolean
zip_scan (DebriefSlackExport *self,
          GError            **error)
{
  struct archive *a = zip_open (self, error);
  struct archive_entry *entry;
  GError *local = NULL;

  if (a == NULL)
    return FALSE;
  while ((entry = zip_next (self, a, &local)) != NULL)
    {
      const char *name = archive_entry_pathname (entry);
      gsize length = strlen (name);

      if (g_str_has_suffix (name, "channels.json") &&
          (length == strlen ("channels.json") || name[length - strlen ("channels.json") - 1] == '/') &&
          (self->prefix == NULL || strlen (self->prefix) > length - strlen ("channels.json")))
        {
          g_free (self->prefix);
          self->prefix = g_strndup (name, length - strlen ("channels.json"));
        }
    }
  archive_read_free (a);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (self->prefix == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: not a Slack export: there is no channels.json"), self->where);
      return FALSE;
    }
  return TRUE;
}

static GBytes *
zip_load (DebriefSlackExport *self,
          const char         *name,
          GError            **error)
{
  g_autofree char *wanted = g_strconcat (self->prefix, name, NULL);
  struct archive *a = zip_open (self, error);
  struct archive_entry *entry;
  GBytes *bytes = NULL;

  if (a == NULL)
    return NULL;
  while ((entry = zip_next (self, a, error)) != NULL)
    if (strcmp (archive_entry_pathname (entry), wanted) == 0)
      {
        bytes = zip_read_entry (self, a, entry, error);
        break;
      }
  archive_read_free (a);
  return bytes;
}

/* "export/incident/2026-03-14.json" → "incident", "2026-03-14.json". */
static gboolean
zip_day_name (DebriefSlackExport *self,
              const char         *name,
              char              **channel,
              const char        **day)
{
  const char *rest = name + strlen (self->prefix);
  const char *slash;

  if (!g_str_has_prefix (name, self->prefix) || (slash = strchr (rest, '/')) == NULL ||
      slash == rest || strchr (slash + 1, '/') != NULL || !_debrief_slack_is_day_file (slash + 1))
    return FALSE;
  *channel = g_strndup (rest, slash - rest);
  *day = slash + 1;
  return TRUE;
}

static gboolean
zip_foreach_day (DebriefSlackExport  *self,
                 const DebriefImportOptions *options,
                 DebriefSlackDayFunc  func,
                 gpointer             user_data,
                 GError             **error)
{
  struct archive *a = zip_open (self, error);
  struct archive_entry *entry;
  GError *local = NULL;
  GStatBuf info;
  /* Progress: the compressed bytes read so far of the zip's size. */
  gsize size = g_stat (self->zip_path, &info) == 0 ? (gsize) info.st_size : 0;

  if (a == NULL)
    return FALSE;
  while (debrief_import_options_go_on (options, (gsize) archive_filter_bytes (a, -1), size) &&
         (entry = zip_next (self, a, &local)) != NULL)
    {
      g_autofree char *channel = NULL;
      const char *day;
      g_autoptr(GBytes) bytes = NULL;

      if (!zip_day_name (self, archive_entry_pathname (entry), &channel, &day))
        continue;
      if ((bytes = zip_read_entry (self, a, entry, &local)) == NULL)
        break;
      func (channel, day, bytes, user_data);
    }
  archive_read_free (a);
  if (local == NULL)
    g_cancellable_set_error_if_cancelled (options->cancellable, &local);
  if (local != NULL)
    g_propagate_error (error, local);
  return local == NULL;
}

/* ---- Folder ------------------------------------------------------------- */

static GBytes *
folder_load (DebriefSlackExport *self,
             GFile              *file,
             GError            **error)
{
  g_autoptr(GError) local = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local))
    {
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names of @folder's children of @type, sorted, symbolic links left
 * out (they could point anywhere). */
static GPtrArray *
folder_list (GFile     *folder,
             GFileType  type,
             GError   **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (children == NULL)
    return NULL;
  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      if (g_file_info_get_file_type (info) == type)
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  g_ptr_array_sort (names, by_name);
  return g_steal_pointer (&names);
}

static gboolean
folder_foreach_day (DebriefSlackExport  *self,
                    const DebriefImportOptions *options,
                    DebriefSlackDayFunc  func,
                    gpointer             user_data,
                    GError             **error)
{
  g_autoptr(GPtrArray) channels = folder_list (self->folder, G_FILE_TYPE_DIRECTORY, error);

  for (guint i = 0; channels != NULL && i < channels->len; i++)
    {
      const char *channel = g_ptr_array_index (channels, i);
      g_autoptr(GFile) dir = g_file_get_child (self->folder, channel);
      g_autoptr(GPtrArray) days = folder_list (dir, G_FILE_TYPE_REGULAR, error);

      for (guint j = 0; days != NULL && j < days->len; j++)
        {
          const char *day = g_ptr_array_index (days, j);
          g_autoptr(GFile) file = g_file_get_child (dir, day);
          g_autoptr(GBytes) bytes = NULL;

          /* Progress: channels done, and days of this one. */
          if (!debrief_import_options_go_on (options, i * days->len + j, (gsize) channels->len * days->len))
            return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
          if (!_debrief_slack_is_day_file (day))
            continue;
          if ((bytes = folder_load (self, file, error)) == NULL)
            return FALSE;
          func (channel, day, bytes, user_data);
        }
      if (days == NULL)
        return FALSE;
    }
  return channels != NULL;
}

/* ---- Either ------------------------------------------------------------- */

DebriefSlackExport *
_debrief_slack_export_open (GFile   *source,
                            GError **error)
{
  g_autoptr(DebriefSlackExport) self = g_new0 (DebriefSlackExport, 1);

  self->where = g_file_get_parse_name (source);
  if (g_file_query_file_type (source, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GFile) channels = g_file_get_child (source, "channels.json");

      self->folder = g_object_ref (source);
      if (g_file_query_exists (channels, NULL))
        return g_steal_pointer (&self);
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: not a Slack export: there is no channels.json"), self->where);
      return NULL;
    }
  self->zip_path = g_file_get_path (source);
  if (self->zip_path == NULL || !g_file_query_exists (source, NULL))
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: no such file or folder"), self->where);
      return NULL;
    }
  return zip_scan (self, error) ? g_steal_pointer (&self) : NULL;
}

/* A top-level file's bytes; NULL and no error when it is not there. */
GBytes *
_debrief_slack_export_load (DebriefSlackExport *self,
                            const char         *name,
                            GError            **error)
{
  g_autoptr(GFile) file = NULL;

  if (self->zip_path != NULL)
    return zip_load (self, name, error);
  file = g_file_get_child (self->folder, name);
  return folder_load (self, file, error);
}

/* Calls @func for each CHANNEL/YYYY-MM-DD.json; a folder's in name order,
 * a zip's in its own order. */
gboolean
_debrief_slack_export_foreach_day (DebriefSlackExport  *self,
                                   const DebriefImportOptions *options,
                                   DebriefSlackDayFunc  func,
                                   gpointer             user_data,
                                   GError             **error)
{
  if (self->zip_path != NULL)
    return zip_foreach_day (self, options, func, user_data, error);
  return folder_foreach_day (self, options, func, user_data, error);
}
