/* slack-zip.c — zips for the Slack importer's tests, written with libarchive
 *
 * A real export zipped at test time (so the zip never drifts from the
 * folder fixture), and hostile ones: an entry climbing out with "..", an
 * absolute one, and a bomb — megabytes of one byte, deflated to a few
 * kilobytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "slack-zip.h"

#define BOMB_SIZE (8 * 1024 * 1024)
#define CHANNELS "[{\"id\": \"C1\", \"name\": \"incident\"}]"

static gboolean
fail (struct archive *a,
      GError        **error)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "zip: %s", archive_error_string (a));
  archive_write_free (a);
  return FALSE;
}

static gboolean
write_entry (struct archive *a,
             const char     *name,
             GBytes         *contents)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize length;
  const void *data = g_bytes_get_data (contents, &length);
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  ok = archive_write_header (a, entry) == ARCHIVE_OK &&
       (length == 0 || archive_write_data (a, data, length) == (la_ssize_t) length);
  archive_entry_free (entry);
  return ok;
}

gboolean
slack_zip_entries (const char         *zip_path,
                   const char * const *names,
                   GBytes            **contents,
                   GError            **error)
{
  struct archive *a = archive_write_new ();

  if (archive_write_set_format_zip (a) != ARCHIVE_OK ||
      archive_write_zip_set_compression_deflate (a) != ARCHIVE_OK ||
      archive_write_open_filename (a, zip_path) != ARCHIVE_OK)
    return fail (a, error);
  for (guint i = 0; names[i] != NULL; i++)
    if (!write_entry (a, names[i], contents[i]))
      return fail (a, error);
  if (archive_write_close (a) != ARCHIVE_OK)
    return fail (a, error);
  archive_write_free (a);
  return TRUE;
}

static void
collect (const char *folder,
         const char *relative,
         GPtrArray  *names)
{
  g_autofree char *path = g_build_filename (folder, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = *relative ? g_strconcat (relative, "/", name, NULL) : g_strdup (name);
      g_autofree char *child_path = g_build_filename (folder, child, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect (folder, child, names);
      else
        g_ptr_array_add (names, g_steal_pointer (&child));
    }
}

gboolean
slack_zip_folder (const char  *zip_path,
                  const char  *folder,
                  const char  *prefix,
                  GError     **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  collect (folder, "", files);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (files, i), NULL);
      char *data;
      gsize length;

      if (!g_file_get_contents (path, &data, &length, error))
        return FALSE;
      g_ptr_array_add (names, g_strconcat (prefix ? prefix : "", g_ptr_array_index (files, i), NULL));
      g_ptr_array_add (contents, g_bytes_new_take (data, length));
    }
  g_ptr_array_add (names, NULL);
  return slack_zip_entries (zip_path, (const char * const *) names->pdata, (GBytes **) contents->pdata, error);
}

/* "traversal", "absolute" or "bomb": an export with one bad entry. */
gboolean
slack_zip_hostile (const char  *zip_path,
                   const char  *kind,
                   GError     **error)
{
  g_autoptr(GBytes) channels = g_bytes_new_static (CHANNELS, strlen (CHANNELS));
  g_autofree char *spaces = g_malloc (BOMB_SIZE);
  g_autoptr(GBytes) bomb = NULL;
  const char *bad_name = strcmp (kind, "traversal") == 0 ? "incident/../../evil.json"
                         : strcmp (kind, "absolute") == 0 ? "/etc/debrief-evil.json"
                         : "incident/2026-03-14.json";
  const char *names[] = { "channels.json", bad_name, NULL };
  GBytes *contents[2];

  memset (spaces, ' ', BOMB_SIZE);
  spaces[0] = '[';
  spaces[BOMB_SIZE - 1] = ']';
  bomb = g_bytes_new_take (g_steal_pointer (&spaces), BOMB_SIZE);
  contents[0] = channels;
  contents[1] = bomb;
  return slack_zip_entries (zip_path, names, contents, error);
}
