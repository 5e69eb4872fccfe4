/* test-save-disk.c — saving where the disk says no: full, read-only, a
 * folder where the file was, a folder that vanished
 *
 * Each gives a clear message and leaves the previous version byte for byte.
 * A full disk and a read-only disk are real: a small tmpfs mounted in a
 * private mount namespace (as root, or as anyone where user namespaces are
 * allowed). Where neither is possible the cases are skipped, and say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "debrief-recovery.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"

#define DISK_SIZE (256 * 1024)
#define SLOT "0b6c6d38-7f0e-4a47-9c3e-2f3f7b1b6a10"

static DebriefReview *
review_with_events (const char *title,
                    guint       n_events)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  DebriefReview *review;

  g_string_printf (text, "{\"format\": \"debrief-review\", \"version\": 1, \"title\": \"%s\", "
                   "\"lanes\": [{\"id\": \"db\", \"kind\": \"component\", \"name\": \"db\"}], \"events\": [", title);
  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"lane\": \"db\", \"start\": \"2026-03-14T09:00:00Z\", "
                            "\"kind\": \"log\", \"text\": \"a line long enough to fill a small disk soon\"}",
                            i ? ", " : "", i);
  g_string_append (text, "]}");
  review = debrief_review_load_data (text->str, text->len, "t", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return review;
}

/* A private mount namespace with a DISK_SIZE tmpfs on @dir. */
static gboolean
mount_small_disk (const char *dir)
{
  g_autofree char *options = g_strdup_printf ("size=%d,mode=0700", DISK_SIZE);

  if (unshare (CLONE_NEWNS) != 0 && unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
    return FALSE;
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("debrief-test", dir, "tmpfs", 0, options) == 0;
}

/* Whether this machine lets us: tried in a throw-away child. */
static gboolean
can_mount_small_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-disk-XXXXXX", NULL);
  int status = 1;
  pid_t pid = fork ();

  if (pid == 0)
    _exit (mount_small_disk (dir) ? 0 : 1);
  waitpid (pid, &status, 0);
  g_rmdir (dir);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
assert_unchanged (const char *path,
                  const char *before)
{
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
assert_only (const char  *dir,
             const char **names)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_strv_contains (names, name))
      g_error ("left behind: %s", name);
}

/* Runs @body in a subprocess that has the small disk mounted on a fresh
 * folder; skips when the machine allows no mounts. */
static void
on_small_disk (const char *test_path,
               void      (*body) (const char *dir))
{
  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("DEBRIEF_TEST_DISK");

      g_assert_true (mount_small_disk (dir));
      body (dir);
      return;
    }
  if (!can_mount_small_disk ())
    {
      g_test_skip ("no mount namespace here (needs root or user namespaces): cannot make a small disk");
      return;
    }
  {
    g_autofree char *dir = g_dir_make_tmp ("debrief-disk-XXXXXX", NULL);

    g_setenv ("DEBRIEF_TEST_DISK", dir, TRUE);
    g_test_trap_subprocess (test_path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    g_rmdir (dir);
  }
}

static void
full_disk (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) small = review_with_events ("Precious", 10);
  g_autoptr(DebriefReview) big = review_with_events ("Too big", 3000);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  const char *kept[] = { "review.debrief", "review.debrief~", NULL };

  g_assert_true (debrief_review_save_file (small, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_false (debrief_review_save_file (big, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==,
                   "review.debrief: could not be saved: the disk is full. The previous version is unchanged.");
  assert_unchanged (path, before);
  assert_only (dir, kept);
  /* Once there is room again, saving works. */
  g_clear_error (&error);
  g_assert_true (debrief_review_save_file (small, file, NULL, &error));
}

static void
full_disk_recovery (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DebriefRecovery) recovery = debrief_recovery_new_for_directory (folder);
  g_autoptr(DebriefReview) small = review_with_events ("Precious", 10);
  g_autoptr(DebriefReview) big = review_with_events ("Too big", 3000);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (dir, SLOT ".debrief", NULL);
  g_autofree char *before = NULL;
  const char *kept[] = { SLOT ".debrief", SLOT ".json", NULL };

  g_assert_true (debrief_recovery_write (recovery, SLOT, small, NULL, &error));
  g_assert_true (g_file_get_contents (copy, &before, NULL, NULL));
  g_assert_false (debrief_recovery_write (recovery, SLOT, big, NULL, &error));
  g_assert_nonnull (strstr (error->message, "the disk is full"));
  assert_unchanged (copy, before);
  assert_only (dir, kept);
}

static void
read_only_disk (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = review_with_events ("Precious", 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *expected = g_strdup_printf ("review.debrief: could not be saved: “%s” is on a read-only disk. "
                                               "The previous version is unchanged.", dir);

  g_assert_true (debrief_review_save_file (review, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  debrief_review_set_title (review, "Changed");
  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, expected);
  assert_unchanged (path, before);
}

static void
test_full_disk (void)
{
  on_small_disk ("/save-disk/full", full_disk);
}

static void
test_full_disk_recovery (void)
{
  on_small_disk ("/save-disk/full-recovery", full_disk_recovery);
}

static void
test_read_only_disk (void)
{
  on_small_disk ("/save-disk/read-only", read_only_disk);
}

/* A folder without write permission. The root user may write anyway, so
 * as root the case runs in a subprocess that becomes "nobody" first. */
static void
read_only_folder (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = review_with_events ("Precious", 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *expected = g_strdup_printf ("review.debrief: could not be saved: you do not have permission "
                                               "to write in “%s”. The previous version is unchanged.", dir);

  g_assert_true (debrief_review_save_file (review, file, NULL, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_cmpint (access (dir, W_OK), !=, 0);
  debrief_review_set_title (review, "Changed");
  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, expected);
  assert_unchanged (path, before);
}

#define NOBODY 65534

static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpint (setgid (NOBODY), ==, 0);
      g_assert_cmpint (setuid (NOBODY), ==, 0);
      read_only_folder (g_getenv ("DEBRIEF_TEST_FOLDER"));
      return;
    }
  dir = g_dir_make_tmp ("debrief-ro-XXXXXX", NULL);
  path = g_build_filename (dir, "review.debrief", NULL);
  backup = g_strconcat (path, "~", NULL);
  if (geteuid () != 0)
    read_only_folder (dir);
  else
    {
      g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
      g_setenv ("DEBRIEF_TEST_FOLDER", dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
  g_chmod (dir, 0700);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Saved once; then someone puts a folder where the file was. */
static void
test_file_replaced_by_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-dir-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autofree char *inside = g_build_filename (path, "keep-me", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = review_with_events ("Precious", 10);
  g_autoptr(GError) error = NULL;

  g_assert_true (debrief_review_save_file (review, file, NULL, &error));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "mine", -1, NULL));
  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "review.debrief: could not be saved: a folder has that name.");
  assert_unchanged (inside, "mine");
  g_unlink (inside);
  g_rmdir (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Saved once; then the whole folder goes (an unplugged stick, rm -r). */
static void
test_folder_vanished (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-gone-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = review_with_events ("Precious", 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("review.debrief: could not be saved: the folder “%s” does not exist.", dir);

  g_assert_true (debrief_review_save_file (review, file, NULL, &error));
  g_unlink (path);
  g_unlink (backup);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_false (debrief_review_save_file (review, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/save-disk/full", test_full_disk);
  g_test_add_func ("/save-disk/full-recovery", test_full_disk_recovery);
  g_test_add_func ("/save-disk/read-only", test_read_only_disk);
  g_test_add_func ("/save-disk/read-only-folder", test_read_only_folder);
  g_test_add_func ("/save-disk/file-replaced-by-folder", test_file_replaced_by_folder);
  g_test_add_func ("/save-disk/folder-vanished", test_folder_vanished);
  return g_test_run ();
}
