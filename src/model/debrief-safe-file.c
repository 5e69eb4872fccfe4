/* debrief-safe-file.c — replace a file so that a crash never leaves half of it
 *
 * The new text goes to a temporary file in the target's own folder (so the
 * final rename stays on one file system and is atomic), is flushed and
 * fsync'ed, the previous version is kept as `FILE~` (a hard link: no copy,
 * no window without a file), and only then renamed over the target. The
 * folder is fsync'ed so the rename itself survives a power cut. Whatever
 * fails, the old file is untouched and the temporary file removed.
 *
 * GLib's g_file_replace() is close, but writes new files in place (a crash
 * leaves a partial file) and its messages say little; this is used for
 * local files, g_file_replace() for the rest (gvfs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "debrief-safe-file.h"

/* In words a person can act on, naming the folder where it helps. */
static char *
explain_errno (int         error_number,
               const char *folder)
{
  switch (error_number)
    {
    case ENOSPC:
    case EDQUOT:
      return g_strdup (_("the disk is full"));
    case EACCES:
    case EPERM:
      return g_strdup_printf (_("you do not have permission to write in “%s”"), folder);
    case EROFS:
      return g_strdup_printf (_("“%s” is on a read-only disk"), folder);
    case ENOENT:
      return g_strdup_printf (_("the folder “%s” does not exist"), folder);
    default:
      return g_strdup (g_strerror (error_number));
    }
}

static const char *
explain_error (GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return _("the disk is full");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("you do not have permission to write there");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return _("the disk is read-only");
  return error->message;
}

static gboolean
fail (GError     **error,
      GQuark       domain,
      int          code,
      const char  *label,
      gboolean     had_old_version,
      const char  *why)
{
  if (had_old_version)
    g_set_error (error, domain, code, _("%s: could not be saved: %s. The previous version is unchanged."),
                 label, why);
  else
    g_set_error (error, domain, code, _("%s: could not be saved: %s."), label, why);
  return FALSE;
}

static gboolean
fail_errno (GError     **error,
            const char  *label,
            const char  *folder,
            gboolean     had_old_version,
            int          error_number)
{
  g_autofree char *why = explain_errno (error_number, folder);

  return fail (error, G_IO_ERROR, g_io_error_from_errno (error_number), label, had_old_version, why);
}

/* A link costs nothing and leaves no moment without a copy; where the file
 * system has no hard links, the old version is copied instead. The link is
 * made under a temporary name and renamed over the old backup, so a crash
 * at any moment leaves a complete backup (unlinking the old one first left
 * none for a moment: the kill test found it). A backup that cannot be made
 * does not stop the save: the target is still intact until the rename. */
static void
keep_backup (const char *target)
{
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autofree char *staging = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) error = NULL;

  for (guint attempt = 0; attempt < 8 && staging == NULL; attempt++)
    {
      g_autofree char *name = g_strdup_printf ("%s~.%08x", target, g_random_int ());

      if (link (target, name) == 0)
        staging = g_steal_pointer (&name);
      else if (errno != EEXIST)
        break;
    }
  if (staging != NULL)
    {
      if (g_rename (staging, backup) == 0)
        return;
      g_unlink (staging);
    }

  source = g_file_new_for_path (target);
  destination = g_file_new_for_path (backup);
  if (!g_file_copy (source, destination, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    NULL, NULL, NULL, &error))
    g_warning ("Could not keep a backup at %s: %s", backup, error->message);
}

/* Backup links a killed save left under their temporary names
 * (BASE~.8 hex digits): nothing else is named so, and each is a copy of an
 * older version that the backup holds anyway. */
static void
remove_stale_backup_links (const char *folder,
                           const char *base)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strconcat (base, "~.", NULL);
  gsize n = strlen (prefix);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gboolean ours = strncmp (name, prefix, n) == 0 && strlen (name + n) == 8;

      for (guint i = 0; ours && i < 8; i++)
        ours = g_ascii_isxdigit (name[n + i]);
      if (ours)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);

          g_unlink (path);
        }
    }
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

/* Writes into an open temporary file and makes its bytes durable. */
static gboolean
write_temporary (int               fd,
                 const struct stat *original,
                 DebriefWriteFunc   write,
                 gpointer           user_data,
                 GCancellable      *cancellable,
                 int               *out_errno,
                 GError           **error)
{
  g_autoptr(GOutputStream) stream = g_unix_output_stream_new (fd, FALSE);

  *out_errno = 0;
  if (!write (stream, user_data, cancellable, error) ||
      !g_output_stream_close (stream, cancellable, error))
    return FALSE;

  /* Keep the permissions someone gave the file. */
  if (original != NULL)
    fchmod (fd, original->st_mode & 07777);

  if (fsync (fd) != 0)
    {
      *out_errno = errno;
      return FALSE;
    }
  return TRUE;
}

/* A file with no name in @folder (O_TMPFILE): a process killed while
 * writing it leaves nothing behind, where a named temporary file would stay
 * beside the review (the kill test counted hundreds). -1 where the file
 * system cannot (then a named one is used). */
static int
open_unnamed (const char *folder)
{
#ifdef O_TMPFILE
  /* Naming it later goes through /proc (give_name): without /proc, the
   * named kind from the start. */
  if (!g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    return -1;
  return g_open (folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0666 & ~0111);
#else
  return -1;
#endif
}

/* Names the unnamed file, just before the rename: the one moment a kill
 * can still leave a temporary file, instead of the whole write. */
static gboolean
give_name (int   fd,
           char *template,
           int  *out_errno)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  gsize n = strlen (template);

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      /* The template's XXXXXX, as six random hex digits. */
      g_autofree char *suffix = g_strdup_printf ("%06x", g_random_int () & 0xffffff);

      memcpy (template + n - 6, suffix, 6);
      if (linkat (AT_FDCWD, proc, AT_FDCWD, template, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        break;
    }
  *out_errno = errno;
  return FALSE;
}

static gboolean
replace_local (const char            *path,
               const char            *label,
               DebriefSafeFileFlags   flags,
               DebriefWriteFunc       write,
               gpointer               user_data,
               GCancellable          *cancellable,
               GError               **error)
{
  g_autofree char *target = realpath (path, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GError) write_error = NULL;
  struct stat original;
  gboolean exists, unnamed = FALSE;
  int fd, saved_errno;

  /* A symbolic link is followed, so the file it points to is replaced. */
  if (target == NULL)
    target = g_strdup (path);
  exists = g_stat (target, &original) == 0;

  if (exists && S_ISDIR (original.st_mode))
    return fail (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, label, FALSE, _("a folder has that name"));

  folder = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    return fail_errno (error, label, folder, exists, ENOENT);

  temporary = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);
  fd = open_unnamed (folder);
  if (fd < 0)
    fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0666 & ~0111);
  else
    unnamed = TRUE;
  if (fd < 0)
    return fail_errno (error, label, folder, exists, errno);

  if (!write_temporary (fd, exists ? &original : NULL, write, user_data, cancellable,
                        &saved_errno, &write_error))
    {
      close (fd);
      if (!unnamed)
        g_unlink (temporary);
      if (saved_errno != 0)
        return fail_errno (error, label, folder, exists, saved_errno);
      if (g_error_matches (write_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&write_error));
          return FALSE;
        }
      return fail (error, write_error->domain, write_error->code, label, exists,
                   explain_error (write_error));
    }

  if (exists && (flags & DEBRIEF_SAFE_FILE_KEEP_BACKUP))
    keep_backup (target);

  /* Named as late as possible: the name is what a kill could leave. */
  if (unnamed && !give_name (fd, temporary, &saved_errno))
    {
      close (fd);
      return fail_errno (error, label, folder, exists, saved_errno);
    }
  close (fd);

  if (g_rename (temporary, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return fail_errno (error, label, folder, exists, saved_errno);
    }

  if (exists && (flags & DEBRIEF_SAFE_FILE_KEEP_BACKUP))
    remove_stale_backup_links (folder, base);
  sync_folder (folder);
  return TRUE;
}

/* Remote locations (gvfs): GIO's own replace, with its own backup. */
static gboolean
replace_remote (GFile                 *file,
                const char            *label,
                DebriefSafeFileFlags   flags,
                DebriefWriteFunc       write,
                gpointer               user_data,
                GCancellable          *cancellable,
                GError               **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  stream = g_file_replace (file, NULL, (flags & DEBRIEF_SAFE_FILE_KEEP_BACKUP) != 0,
                           G_FILE_CREATE_NONE, cancellable, &local_error);
  if (stream == NULL ||
      !write (G_OUTPUT_STREAM (stream), user_data, cancellable, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    return fail (error, local_error->domain, local_error->code, label, TRUE,
                 explain_error (local_error));
  return TRUE;
}

/**
 * debrief_safe_file_replace:
 * @label: the file's name in messages
 * @write: writes the new contents to the stream it is given
 *
 * Replaces @file with what @write produces, atomically. On failure @file
 * is as it was, and @error says why in words a person can act on.
 */
gboolean
debrief_safe_file_replace (GFile                 *file,
                           const char            *label,
                           DebriefSafeFileFlags   flags,
                           DebriefWriteFunc       write,
                           gpointer               user_data,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return replace_local (path, label, flags, write, user_data, cancellable, error);
  return replace_remote (file, label, flags, write, user_data, cancellable, error);
}
