/* debrief-artefact-files.c — artefacts' files, kept beside the review
 *
 * An image attached to a review is copied into a folder named after the
 * review file, `NAME.debrief.d/`, next to it, and the review names it by a
 * path relative to the review's folder: the review and its images move,
 * and are shared, together. A path in a review is never absolute and never
 * leaves the review's folder — not by "..", and not through a symbolic
 * link: a shared review must not make the person opening it show any file
 * of theirs.
 *
 * (The robustness work adds a path policy to debrief-artefact.c at the same
 * time; these two are meant to become one when both have landed.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-artefact"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "debrief-artefact-files.h"
#include "debrief-artefact.h"

/* Relative, forward slashes only, no "..", no "~", not empty. */
gboolean
debrief_artefact_path_is_relative_inside (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || path[0] == '\0' || g_path_is_absolute (path) || path[0] == '~' || strchr (path, '\\') != NULL)
    return FALSE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return FALSE;
  return TRUE;
}

/* "checkout.debrief" → "checkout.debrief.d" */
char *
debrief_artefact_folder_name (GFile *review_file)
{
  g_autofree char *base = g_file_get_basename (review_file);

  return g_strconcat (base, ".d", NULL);
}

static gboolean
is_within (const char *path,
           const char *folder)
{
  gsize n = strlen (folder);

  return strncmp (path, folder, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/**
 * debrief_artefact_resolve:
 *
 * The file @path (relative to @review_file's folder) names, if it stays in
 * that folder once symbolic links are followed. A file that does not exist
 * resolves (the view shows it as missing); one that leads out does not.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error set
 */
GFile *
debrief_artefact_resolve (GFile       *review_file,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (review_file);
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder_path = NULL, *real_folder = NULL, *file_path = NULL, *real_file = NULL;

  if (folder == NULL || !debrief_artefact_path_is_relative_inside (path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("“%s” is not a relative path inside the review’s folder"), path ? path : "");
      return NULL;
    }
  file = g_file_resolve_relative_path (folder, path);
  folder_path = g_file_get_path (folder);
  file_path = g_file_get_path (file);
  if (folder_path == NULL || file_path == NULL)
    return g_steal_pointer (&file);  /* not local: no links to follow */
  real_folder = realpath (folder_path, NULL);
  real_file = realpath (file_path, NULL);
  if (real_folder != NULL && real_file != NULL && !is_within (real_file, real_folder))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("“%s” leads out of the review’s folder (through a link)"), path);
      return NULL;
    }
  return g_steal_pointer (&file);
}

/* A name in @folder not taken yet: "shot.png", "shot-2.png", … */
static GFile *
free_name (GFile      *folder,
           const char *name)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = dot && dot != name ? g_strndup (name, dot - name) : g_strdup (name);
  const char *ext = dot && dot != name ? dot : "";
  GFile *file = g_file_get_child (folder, name);

  for (guint n = 2; g_file_query_exists (file, NULL); n++)
    {
      g_autofree char *other = g_strdup_printf ("%s-%u%s", stem, n, ext);

      g_object_unref (file);
      file = g_file_get_child (folder, other);
    }
  return file;
}

/**
 * debrief_artefact_copy_in:
 *
 * Copies @source into `NAME.debrief.d/` beside @review_file (made if need
 * be), unless it is in the review's folder already.
 *
 * Returns: (transfer full) (nullable): the path to store in the review,
 * relative to its folder
 */
char *
debrief_artefact_copy_in (GFile   *review_file,
                          GFile   *source,
                          GError **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (review_file);
  g_autofree char *folder_name = debrief_artefact_folder_name (review_file);
  g_autoptr(GFile) target_folder = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = g_file_get_basename (source);
  g_autoptr(GError) local_error = NULL;
  char *relative = folder ? g_file_get_relative_path (folder, source) : NULL;

  if (relative != NULL && debrief_artefact_path_is_relative_inside (relative))
    return relative;
  g_free (relative);

  target_folder = g_file_get_child (folder, folder_name);
  if (!g_file_make_directory (target_folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  target = free_name (target_folder, name);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;
  return g_file_get_relative_path (folder, target);
}

/* Where each artefact's file is to go beside @to: path → new path, only for
 * the paths that change. FALSE, with nothing recorded, on a failed copy. */
static gboolean
copy_files_over (GListModel  *artefacts,
                 GFile       *from,
                 GFile       *to,
                 GHashTable  *moved,
                 GError     **error)
{
  for (guint i = 0; i < g_list_model_get_n_items (artefacts); i++)
    {
      g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);
      const char *path = debrief_artefact_get_path (artefact);
      g_autoptr(GFile) source = NULL;
      char *copied;

      if (path == NULL || g_hash_table_contains (moved, path))
        continue;
      /* A file that is missing or not allowed stays as it is named: the
       * review shows it as missing there as here. */
      source = debrief_artefact_resolve (from, path, NULL);
      if (source == NULL || !g_file_query_exists (source, NULL))
        continue;
      if ((copied = debrief_artefact_copy_in (to, source, error)) == NULL)
        {
          g_prefix_error (error, _("Could not copy the image “%s” beside the review: "), path);
          return FALSE;
        }
      g_hash_table_insert (moved, g_strdup (path), copied);
    }
  return TRUE;
}

/**
 * debrief_artefact_files_rename:
 * @renames: (element-type utf8 utf8): old path → new path
 *
 * Points every artefact whose path @renames names at the new path.
 */
void
debrief_artefact_files_rename (GListModel *artefacts,
                               GHashTable *renames)
{
  for (guint i = 0; i < g_list_model_get_n_items (artefacts); i++)
    {
      g_autoptr(DebriefArtefact) artefact = g_list_model_get_item (artefacts, i);
      const char *path = debrief_artefact_get_path (artefact);
      const char *renamed = path ? g_hash_table_lookup (renames, path) : NULL;

      if (renamed != NULL && strcmp (renamed, path) != 0)
        debrief_artefact_set_path (artefact, renamed);
    }
}

/**
 * debrief_artefact_files_carry:
 * @artefacts: (element-type DebriefArtefact): a review's artefacts
 * @from: where the review was (its images are beside it)
 * @to: where it is about to be saved
 * @out_undo: (out) (optional) (element-type utf8 utf8): new path → old
 *   path, for debrief_artefact_files_rename() if the save then fails
 *
 * Save As to another folder: the images go along, into `NAME.debrief.d/`
 * beside @to, and the artefacts name the copies, so a review and its
 * images still move together. Within one folder nothing changes. On an
 * error no artefact changes (copies made so far stay, unnamed).
 */
gboolean
debrief_artefact_files_carry (GListModel  *artefacts,
                              GFile       *from,
                              GFile       *to,
                              GHashTable **out_undo,
                              GError     **error)
{
  g_autoptr(GHashTable) moved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer old_path, new_path;

  g_return_val_if_fail (G_IS_LIST_MODEL (artefacts), FALSE);
  g_return_val_if_fail (G_IS_FILE (from) && G_IS_FILE (to), FALSE);

  if (!copy_files_over (artefacts, from, to, moved, error))
    return FALSE;
  debrief_artefact_files_rename (artefacts, moved);
  if (out_undo != NULL)
    {
      *out_undo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_iter_init (&iter, moved);
      while (g_hash_table_iter_next (&iter, &old_path, &new_path))
        if (strcmp (old_path, new_path) != 0)
          g_hash_table_insert (*out_undo, g_strdup (new_path), g_strdup (old_path));
    }
  return TRUE;
}
