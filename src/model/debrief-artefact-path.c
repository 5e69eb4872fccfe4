/* debrief-artefact-path.c — where an artefact's file may be
 *
 * A review is shared: a colleague mails it, a repository holds it. Its
 * artefacts (images, charts) are named by paths relative to the review's
 * folder, and whoever opens it must never have Debrief read a file outside
 * that folder on their behalf (~/.ssh/id_rsa shown as "an image", a device
 * that blocks, /proc). The policy, in two steps:
 *
 * - debrief_artefact_path_is_safe(): the text alone. Relative, not empty,
 *   no ".." component at all (even "a/../b", which stays inside: a path
 *   that needs it is not what Debrief writes, and refusing is simpler to
 *   reason about than normalising), no "~", no backslash (a Windows
 *   separator on one machine, a file name on another), no drive letter,
 *   no control characters. The loader refuses a review whose artefact
 *   fails this, naming the member.
 * - debrief_artefact_path_resolve(): the file system. The folder and the
 *   artefact are resolved with realpath(), so every symbolic link on the
 *   way is followed, and the result must still lie inside the folder
 *   (also resolved). The file must exist and be a regular file. Callers
 *   open the GFile this returns (the resolved path, no links left), never
 *   the path they started from.
 *
 * What is left: a link swapped between the resolving and the opening (a
 * race only someone already able to write into the folder can run).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-artefact"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "debrief-artefact-path.h"

gboolean
debrief_artefact_path_is_safe (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || path[0] == '\0' || g_path_is_absolute (path) || path[0] == '~')
    return FALSE;
  if (strchr (path, '\\') != NULL || (g_ascii_isalpha (path[0]) && path[1] == ':'))
    return FALSE;
  for (const char *c = path; *c != '\0'; c++)
    if ((guchar) *c < 0x20 || *c == 0x7f)
      return FALSE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

static gboolean
lies_inside (const char *resolved,
             const char *folder)
{
  gsize n = strlen (folder);

  /* "/" is a folder too: every absolute path lies inside it. */
  if (n == 1 && folder[0] == '/')
    return TRUE;
  return strncmp (resolved, folder, n) == 0 && resolved[n] == '/';
}

static GFile *
fail (GError       **error,
      GIOErrorEnum   code,
      const char    *path,
      const char    *why)
{
  g_set_error (error, G_IO_ERROR, code, _("Artefact “%s”: %s"), path, why);
  return NULL;
}

/* The artefact's file, with every link resolved, if it lies inside
 * @review_folder; else NULL and an error naming the path and why. */
GFile *
debrief_artefact_path_resolve (GFile       *review_folder,
                               const char  *path,
                               GError     **error)
{
  g_autofree char *folder_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *resolved = NULL;
  struct stat info;

  g_return_val_if_fail (G_IS_FILE (review_folder), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!debrief_artefact_path_is_safe (path))
    return fail (error, G_IO_ERROR_PERMISSION_DENIED, path ? path : "",
                 _("expected a relative path inside the review’s folder"));
  folder_path = g_file_get_path (review_folder);
  if (folder_path == NULL || (folder = realpath (folder_path, NULL)) == NULL)
    return fail (error, G_IO_ERROR_NOT_FOUND, path, _("the review’s folder cannot be found"));
  joined = g_build_filename (folder, path, NULL);
  resolved = realpath (joined, NULL);
  if (resolved == NULL)
    return fail (error, G_IO_ERROR_NOT_FOUND, path, _("no such file beside the review"));
  if (!lies_inside (resolved, folder))
    return fail (error, G_IO_ERROR_PERMISSION_DENIED, path,
                 _("a symbolic link leads outside the review’s folder"));
  if (stat (resolved, &info) != 0 || !S_ISREG (info.st_mode))
    return fail (error, G_IO_ERROR_NOT_REGULAR_FILE, path, _("not a regular file"));
  return g_file_new_for_path (resolved);
}
