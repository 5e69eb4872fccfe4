/* test-save-kill.c — SIGKILL in the middle of saving loses nothing
 *
 * A child process saves a growing review over and over (through the same
 * debrief_review_save_file() the app uses, or as autosave recovery copies
 * through debrief_recovery_write()); the parent kills it with SIGKILL at a
 * random moment, checks what is on disk, and starts the next child from
 * there. After every kill:
 *
 * - the review file exists, loads, and holds exactly the bytes of the last
 *   version the child finished saving or of the one it had started (never
 *   a mixture, never a truncated file);
 * - its `~` backup exists (from the second save on), loads, and holds a
 *   complete earlier version;
 * - the recovery slot lists, loads, and holds the last or the started copy.
 *
 * The child tells the parent "S N" before saving version N and "D N" when
 * it is done, through a pipe. The number of kills is DEBRIEF_SAVE_KILLS
 * (default 200, for every CI run; build-aux/stress-save runs 1,000). A run
 * where no kill landed inside a save would prove nothing, so the test also
 * asks that a quarter at least did (about half do).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "debrief-recovery.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"

#define SLOT "0b6c6d38-7f0e-4a47-9c3e-2f3f7b1b6a10"

/* Version N of the review: its title names N, and it holds a number of
 * events that grows with N (in cycles, so a long run stays a few MB). */
static char *
version_text (guint n)
{
  GString *text = g_string_new (NULL);
  guint n_events = 10 + (n % 100) * 40;

  g_string_append_printf (text,
    "{\"format\": \"debrief-review\", \"version\": 1, \"title\": \"version %u\",\n"
    " \"lanes\": [{\"id\": \"db\", \"kind\": \"component\", \"name\": \"orders-db\"}],\n"
    " \"events\": [\n", n);
  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (text,
      "%s{\"id\": \"e%u\", \"lane\": \"db\", \"start\": \"2026-03-14T09:%02u:%02u.%03uZ\", \"kind\": \"log\","
      " \"text\": \"version %u, line %u: replication lag is climbing on the primary\"}\n",
      i ? "," : "", i, (i / 60) % 60, i % 60, i % 1000, n, i);
  g_string_append (text, "]}\n");
  return g_string_free (text, FALSE);
}

static DebriefReview *
version_review (guint n)
{
  g_autofree char *text = version_text (n);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_data (text, strlen (text), "version", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

/* The bytes saving version N gives. */
static char *
version_bytes (guint n)
{
  g_autoptr(DebriefReview) review = version_review (n);

  return debrief_review_to_string (review);
}

/* ---- The child: saves versions first, first + 1, … until it is killed. */

static int
child_main (const char *mode,
            const char *dir,
            guint       first)
{
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DebriefRecovery) recovery = debrief_recovery_new_for_directory (folder);

  for (guint n = first; ; n++)
    {
      g_autoptr(DebriefReview) review = version_review (n);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      printf ("S %u\n", n);
      fflush (stdout);
      if (g_str_equal (mode, "save"))
        ok = debrief_review_save_file (review, file, NULL, &error);
      else
        ok = debrief_recovery_write (recovery, SLOT, review, file, &error);
      if (!ok)
        {
          fprintf (stderr, "save failed: %s\n", error->message);
          return 1;
        }
      printf ("D %u\n", n);
      fflush (stdout);
    }
}

/* ---- The parent. */

typedef struct {
  guint started;   /* G_MAXUINT: none */
  guint done;
} Progress;

static GPid
spawn_child (const char *mode,
             const char *dir,
             guint       first,
             int        *out_fd)
{
  g_autofree char *first_text = g_strdup_printf ("%u", first);
  const char *argv[] = { "/proc/self/exe", "--child", mode, dir, first_text, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, out_fd, NULL, &error));
  g_assert_no_error (error);
  return pid;
}

/* Reads the child's reports to the end (it is dead: the pipe ends). */
static void
read_progress (int       fd,
               GString  *pending,
               Progress *progress)
{
  char buffer[4096];
  ssize_t got;

  while ((got = read (fd, buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR))
    if (got > 0)
      g_string_append_len (pending, buffer, got);
  for (char *line = pending->str, *end; (end = strchr (line, '\n')) != NULL; line = end + 1)
    {
      guint n;

      if (sscanf (line, "S %u", &n) == 1)
        progress->started = n;
      else if (sscanf (line, "D %u", &n) == 1)
        progress->done = n;
    }
}

/* Blocks until the child has said it started a save (so the kill can
 * land inside one, not in the program's start-up). */
static gboolean
wait_for_first_save (int      fd,
                     GString *pending)
{
  char c;

  while (read (fd, &c, 1) == 1)
    {
      g_string_append_c (pending, c);
      if (c == '\n')
        return TRUE;
    }
  return FALSE;
}

/* The version a file holds: its bytes must be exactly one of @candidates. */
static guint
assert_complete_version (GFile       *file,
                         const char  *what,
                         const guint *candidates,
                         guint        n_candidates)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, what, NULL, NULL, NULL, &error);
  g_autofree char *contents = NULL;
  guint n = G_MAXUINT;

  if (review == NULL)
    g_error ("%s does not load: %s", what, error->message);
  if (sscanf (debrief_review_get_title (review), "version %u", &n) != 1)
    g_error ("%s has no version in its title", what);
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  for (guint i = 0; i < n_candidates; i++)
    if (candidates[i] == n)
      {
        g_autofree char *expected = version_bytes (n);

        if (strcmp (contents, expected) != 0)
          g_error ("%s holds version %u, but not all of it", what, n);
        return n;
      }
  g_error ("%s holds version %u, expected one of %u or %u", what, n, candidates[0],
           n_candidates > 1 ? candidates[1] : candidates[0]);
  return n;
}

static GFile *
recovery_copy (DebriefRecovery *recovery)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = debrief_recovery_list (recovery, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      DebriefRecoveryEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->slot_id, SLOT))
        return g_object_ref (entry->copy);
    }
  g_error ("the recovery slot is not listed");
  return NULL;
}

/* What the folder holds after a kill, given what the child reported. */
static guint
check_after_kill (const char      *mode,
                  GFile           *target,
                  GFile           *backup,
                  DebriefRecovery *recovery,
                  const Progress  *progress,
                  guint            previous)
{
  guint candidates[2] = { progress->done, progress->started };
  guint n;

  if (g_str_equal (mode, "save"))
    {
      n = assert_complete_version (target, "review.debrief", candidates, 2);
      if (n > 0)
        {
          /* The backup is a complete earlier version. */
          g_autoptr(GError) error = NULL;
          g_autoptr(DebriefReview) old = debrief_review_load_file (backup, "review.debrief~",
                                                                   NULL, NULL, NULL, &error);
          guint b = G_MAXUINT;

          if (old == NULL)
            g_error ("the backup does not load: %s", error ? error->message : "missing");
          g_assert_cmpint (sscanf (debrief_review_get_title (old), "version %u", &b), ==, 1);
          g_assert_cmpuint (b, <=, n);  /* equal: killed between the backup and the rename */
          assert_complete_version (backup, "review.debrief~", &b, 1);
        }
    }
  else
    {
      g_autoptr(GFile) copy = recovery_copy (recovery);

      n = assert_complete_version (copy, "the recovery copy", candidates, 2);
    }
  g_assert_cmpuint (n, >=, previous);
  return n;
}

/* Files in @dir other than the review, its backup and the recovery slot. */
static guint
count_leftovers (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    n += !g_str_equal (name, "review.debrief") && !g_str_equal (name, "review.debrief~") &&
         !g_str_equal (name, SLOT ".debrief") && !g_str_equal (name, SLOT ".json");
  return n;
}

static void
stress (gconstpointer data)
{
  const char *mode = data;
  const char *kills_text = g_getenv ("DEBRIEF_SAVE_KILLS");
  guint kills = kills_text ? (guint) g_ascii_strtoull (kills_text, NULL, 10) : 200;
  g_autofree char *dir = g_dir_make_tmp ("debrief-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "review.debrief", NULL);
  g_autofree char *backup_path = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DebriefRecovery) recovery = debrief_recovery_new_for_directory (folder);
  g_autoptr(DebriefReview) first = version_review (0);
  g_autoptr(GError) error = NULL;
  g_autofree char *remove = NULL;
  guint on_disk = 0, inside_save = 0, saves = 0, leftovers;

  /* Version 0 is on disk before the first child starts. */
  if (g_str_equal (mode, "save"))
    g_assert_true (debrief_review_save_file (first, target, NULL, &error));
  else
    g_assert_true (debrief_recovery_write (recovery, SLOT, first, target, &error));
  g_assert_no_error (error);

  for (guint k = 0; k < kills; k++)
    {
      g_autoptr(GString) pending = g_string_new (NULL);
      Progress progress = { G_MAXUINT, on_disk };
      int fd, status;
      GPid pid = spawn_child (mode, dir, on_disk + 1, &fd);

      g_assert_true (wait_for_first_save (fd, pending));
      /* From just after "S" to a few saves later: a save of the larger
       * versions takes a few milliseconds. */
      g_usleep (g_random_int_range (0, 12000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      read_progress (fd, pending, &progress);
      close (fd);
      if (progress.started != G_MAXUINT && (progress.done == on_disk || progress.started > progress.done))
        inside_save += progress.started > progress.done;
      saves += progress.done - on_disk;
      on_disk = check_after_kill (mode, target, backup, recovery, &progress, on_disk);
    }
  leftovers = count_leftovers (dir);
  g_test_message ("%s: %u kills, %u inside a save, %u saves completed, last version %u, "
                  "%u temporary files left behind", mode, kills, inside_save, saves, on_disk, leftovers);
  /* Unnamed temporary files leave nothing behind unless the kill lands
   * between naming one and the rename: 10 in 2,000 kills; named ones left
   * one for most kills. */
  g_assert_cmpuint (leftovers, <=, kills / 10 + 2);
  /* Many kills must land inside a save, or the test proves little (about
   * half do: the rest fall while the next version is being built). */
  g_assert_cmpuint (inside_save, >=, kills / 4);

  remove = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (remove), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/save-kill/review-and-backup", "save", stress);
  g_test_add_data_func ("/save-kill/recovery-copy", "recovery", stress);
  return g_test_run ();
}
