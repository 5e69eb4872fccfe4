/* test-recovery.c — recovery copies: writing, listing, restoring, and
 * surviving a SIGKILL at any moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "debrief-recovery-private.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"

#define SMALL_REVIEW "{\"format\": \"debrief-review\", \"version\": 1, \"title\": \"v 0\", " \
                     "\"lanes\": [{\"id\": \"alice\", \"kind\": \"participant\", \"name\": \"Alice\"}]}"

/* ---- helpers -------------------------------------------------------------------- */

typedef struct {
  char            *tmp;    /* removed with all it holds at the end */
  char            *path;   /* the store's folder, inside tmp; not made yet */
  DebriefRecovery *store;
} Fixture;

static gboolean
nobody_alive (int pid)
{
  return FALSE;
}

static gboolean
only_me_alive (int pid)
{
  return pid == getpid ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;

  f->tmp = g_dir_make_tmp ("debrief-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->tmp, "state", "debrief", "recovery", NULL);
  dir = g_file_new_for_path (f->path);
  f->store = debrief_recovery_new_for_directory (dir);
  /* The test binary is not named Debrief, but say so plainly. */
  debrief_recovery_set_live_func (f->store, nobody_alive);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->tmp);
  g_assert_false (g_file_test (f->tmp, G_FILE_TEST_EXISTS));
  g_free (f->tmp);
  g_free (f->path);
}

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static DebriefReview *
load_small (void)
{
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_data (SMALL_REVIEW, strlen (SMALL_REVIEW), "small",
                                                    NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static GPtrArray *
list_entries (DebriefRecovery *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = debrief_recovery_list (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static char *
slot_file (Fixture    *f,
           const char *slot,
           const char *suffix)
{
  g_autofree char *name = g_strconcat (slot, suffix, NULL);

  return g_build_filename (f->path, name, NULL);
}

/* The copy holds exactly @expected, and loads into a review that writes it again. */
static void
assert_copy_is (const DebriefRecoveryEntry *entry,
                const char                 *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) loaded = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *again = NULL;

  g_assert_true (g_file_load_contents (entry->copy, NULL, &bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bytes, ==, expected);

  loaded = debrief_recovery_entry_load (entry, NULL, &error);
  g_assert_no_error (error);
  again = debrief_review_to_string (loaded);
  g_assert_cmpstr (again, ==, expected);
}

/* Only the slots' own files: no temporary files, no `~` backups. */
static void
assert_folder_holds (Fixture *f,
                     guint    n_files)
{
  g_autoptr(GDir) dir = g_dir_open (f->path, 0, NULL);
  guint n = 0;

  for (const char *name; (name = g_dir_read_name (dir)) != NULL; n++)
    g_assert_true (name[0] != '.' && !g_str_has_suffix (name, "~"));
  g_assert_cmpuint (n, ==, n_files);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
  gpointer  result;
} Wait;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = debrief_recovery_write_finish (DEBRIEF_RECOVERY (source), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
write_and_wait (DebriefRecovery  *store,
                const char       *slot,
                DebriefReview    *review,
                GFile            *original,
                GError          **error)
{
  Wait wait = { 0 };

  debrief_recovery_write_async (store, slot, review, original, NULL, on_written, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = debrief_recovery_entry_open_finish (result, &wait->error);
  wait->done = TRUE;
}

static DebriefDocument *
open_and_wait (const DebriefRecoveryEntry *entry)
{
  Wait wait = { 0 };

  debrief_recovery_entry_open_async (entry, NULL, on_opened, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  return wait.result;
}

/* A pid that was in use a moment ago and is now free. */
static int
reaped_pid (void)
{
  pid_t pid = fork ();
  int status;

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return pid;
}

/* Puts @pid in a slot's metadata, as another process would have written it. */
static void
set_metadata_pid (Fixture    *f,
                  const char *slot,
                  int         pid)
{
  g_autofree char *path = slot_file (f, slot, DEBRIEF_RECOVERY_META_SUFFIX);
  g_autofree char *text = NULL;
  g_autofree char *mine = g_strdup_printf ("\"pid\": %d,", getpid ());
  g_autofree char *theirs = g_strdup_printf ("\"pid\": %d,", pid);
  g_auto(GStrv) parts = NULL;
  g_autofree char *edited = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, mine, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  edited = g_strjoinv (theirs, parts);
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
}

/* ---- writing, listing, loading ------------------------------------------------- */

static void
test_write_list_load (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GFile) original = g_file_new_for_path ("/home/someone/reviews/checkout-latency.debrief");
  g_autofree char *expected = debrief_review_to_string (review);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  DebriefRecoveryEntry *entry;
  gint64 before = g_get_real_time ();
  GStatBuf st;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (debrief_recovery_write (f->store, slot, review, original, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->slot_id, ==, slot);
  g_assert_true (g_file_equal (entry->original, original));
  g_assert_cmpstr (entry->title, ==, debrief_review_get_title (review));
  g_assert_cmpint (entry->written_at, >=, before);
  g_assert_cmpint (entry->written_at, <=, g_get_real_time ());
  g_assert_cmpint (entry->pid, ==, getpid ());
  g_assert_cmpstr (entry->app_version, ==, PACKAGE_VERSION);
  assert_copy_is (entry, expected);

  /* Writing again replaces both files and leaves nothing else behind. */
  debrief_review_set_title (review, "Second version");
  g_assert_true (debrief_recovery_write (f->store, slot, review, original, &error));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((DebriefRecoveryEntry *) entries->pdata[0])->title, ==, "Second version");
  assert_folder_holds (f, 2);
}

static void
test_write_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *sync_slot = g_uuid_string_random ();
  g_autofree char *async_slot = g_uuid_string_random ();
  g_autofree char *expected = debrief_review_to_string (review);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (debrief_recovery_write (f->store, sync_slot, review, NULL, &error));
  g_assert_true (write_and_wait (f->store, async_slot, review, NULL, &error));
  g_assert_no_error (error);

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    assert_copy_is (entries->pdata[i], expected);
  assert_folder_holds (f, 4);
}

static void
test_open_restores_original (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GFile) original = g_file_new_for_path ("/srv/reviews/checkout-latency.debrief");
  g_autofree char *expected = debrief_review_to_string (review);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(DebriefDocument) document = NULL;
  g_autofree char *restored = NULL;

  g_assert_true (debrief_recovery_write (f->store, slot, review, original, NULL));
  entries = list_entries (f->store);
  document = open_and_wait (entries->pdata[0]);

  g_assert_true (g_file_equal (debrief_document_get_file (document), original));
  g_assert_true (debrief_document_get_modified (document));
  restored = debrief_review_to_string (debrief_document_get_review (document));
  g_assert_cmpstr (restored, ==, expected);
}

static void
test_unsaved_new_review (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autofree char *expected = debrief_review_to_string (review);
  g_autofree char *meta_path = slot_file (f, slot, DEBRIEF_RECOVERY_META_SUFFIX);
  g_autofree char *meta = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(DebriefDocument) document = NULL;
  DebriefRecoveryEntry *entry;

  g_assert_true (debrief_recovery_write (f->store, slot, review, NULL, NULL));
  g_assert_true (g_file_get_contents (meta_path, &meta, NULL, NULL));
  g_test_message ("%s", meta);
  g_assert_nonnull (strstr (meta, "\"original\": null, \"title\": null"));

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_null (entry->original);
  g_assert_null (entry->title);
  assert_copy_is (entry, expected);

  document = open_and_wait (entry);
  g_assert_null (debrief_document_get_file (document));
  g_assert_true (debrief_document_get_modified (document));
}

static void
test_newest_first (Fixture       *f,
                   gconstpointer  data)
{
  const char *titles[] = { "one", "two", "three" };
  g_autoptr(DebriefReview) review = load_small ();
  g_autoptr(GPtrArray) entries = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *slot = g_uuid_string_random ();

      debrief_review_set_title (review, titles[i]);
      g_assert_true (debrief_recovery_write (f->store, slot, review, NULL, NULL));
      g_usleep (1000);
    }

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((DebriefRecoveryEntry *) entries->pdata[i])->title, ==, titles[2 - i]);
}

/* ---- removing ------------------------------------------------------------------ */

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_small ();
  g_autofree char *kept = g_uuid_string_random ();
  g_autofree char *gone = g_uuid_string_random ();
  g_autofree char *never = g_uuid_string_random ();
  g_autofree char *temporary = g_strdup_printf ("%s/.%s.debrief.AbC123", f->path, gone);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) after = NULL;

  g_assert_true (debrief_recovery_write (f->store, kept, review, NULL, NULL));
  g_assert_true (debrief_recovery_write (f->store, gone, review, NULL, NULL));
  g_assert_true (g_file_set_contents (temporary, "half a fi", -1, NULL));

  debrief_recovery_remove (f->store, gone);
  g_assert_false (g_file_test (temporary, G_FILE_TEST_EXISTS));
  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((DebriefRecoveryEntry *) entries->pdata[0])->slot_id, ==, kept);
  assert_folder_holds (f, 2);

  /* Missing files are fine. */
  debrief_recovery_remove (f->store, gone);
  debrief_recovery_remove (f->store, never);
  debrief_recovery_remove (f->store, kept);
  after = list_entries (f->store);
  g_assert_cmpuint (after->len, ==, 0);
  assert_folder_holds (f, 0);
}

/* A write still queued when its slot is removed must not bring it back;
 * of two writes in flight, the later call wins whichever finishes last. */
static void
test_operations_in_call_order (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GPtrArray) entries = NULL;
  Wait first = { 0 }, second = { 0 };

  debrief_recovery_write_async (f->store, slot, review, NULL, NULL, on_written, &first);
  debrief_recovery_remove (f->store, slot);
  while (!first.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (first.ok);
  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  memset (&first, 0, sizeof first);
  debrief_review_set_title (review, "older");
  debrief_recovery_write_async (f->store, slot, review, NULL, NULL, on_written, &first);
  debrief_review_set_title (review, "newer");
  debrief_recovery_write_async (f->store, slot, review, NULL, NULL, on_written, &second);
  while (!first.done || !second.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (first.ok && second.ok);
  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((DebriefRecoveryEntry *) entries->pdata[0])->title, ==, "newer");
}

/* ---- what is offered ------------------------------------------------------------- */

static void
test_live_writer_skipped (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_small ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GPtrArray) live = NULL;
  g_autoptr(GPtrArray) dead = NULL;
  g_autoptr(GPtrArray) real = NULL;
  int pid = reaped_pid ();

  debrief_recovery_set_live_func (f->store, only_me_alive);
  g_assert_true (debrief_recovery_write (f->store, slot, review, NULL, NULL));
  live = list_entries (f->store);
  g_assert_cmpuint (live->len, ==, 0);

  set_metadata_pid (f, slot, pid);
  dead = list_entries (f->store);
  g_assert_cmpuint (dead->len, ==, 1);
  g_assert_cmpint (((DebriefRecoveryEntry *) dead->pdata[0])->pid, ==, pid);

  debrief_recovery_set_live_func (f->store, NULL);
  real = list_entries (f->store);
  g_assert_cmpuint (real->len, ==, 1);
}

/* Starts this test program as "debrief-test-helper" and waits until it runs as such. */
static GPid
spawn_named_helper (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  char *argv[] = { exe, (char *) "debrief-test-helper", (char *) "--sleep-child", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out;
  char ready;

  g_assert_nonnull (exe);
  g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_FILE_AND_ARGV_ZERO,
                            NULL, NULL, &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read (out, &ready, 1), ==, 1);
  close (out);
  return pid;
}

static void
test_real_pid_check (void)
{
#ifdef __linux__
  GPid helper;
  siginfo_t info;

  g_assert_false (debrief_recovery_pid_is_live_debrief (0));
  g_assert_false (debrief_recovery_pid_is_live_debrief (-1));
  /* Alive, but not Debrief: the pid of a crashed Debrief, now reused. */
  g_assert_false (debrief_recovery_pid_is_live_debrief (getpid ()));
  g_assert_false (debrief_recovery_pid_is_live_debrief (reaped_pid ()));

  helper = spawn_named_helper ();
  g_assert_true (debrief_recovery_pid_is_live_debrief (helper));

  /* Killed but not yet reaped: a zombie is not a live window. */
  kill (helper, SIGKILL);
  g_assert_cmpint (waitid (P_PID, helper, &info, WEXITED | WNOWAIT), ==, 0);
  g_assert_false (debrief_recovery_pid_is_live_debrief (helper));
  g_assert_cmpint (waitpid (helper, NULL, 0), ==, helper);
  g_assert_false (debrief_recovery_pid_is_live_debrief (helper));
#else
  g_test_skip ("the pid check needs /proc");
#endif
}

static void
write_text (Fixture    *f,
            const char *slot,
            const char *suffix,
            const char *text)
{
  g_autofree char *path = slot_file (f, slot, suffix);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* Spoils the slots' metadata in every way but one: slots[7] keeps its
 * copy and loses its metadata. */
static void
damage_slots (Fixture *f,
              char    *slots[8])
{
  g_autofree char *good_path = slot_file (f, slots[0], DEBRIEF_RECOVERY_META_SUFFIX);
  g_autofree char *other_path = slot_file (f, slots[6], DEBRIEF_RECOVERY_META_SUFFIX);
  g_autofree char *copy = slot_file (f, slots[6], DEBRIEF_RECOVERY_COPY_SUFFIX);
  g_autofree char *meta = slot_file (f, slots[7], DEBRIEF_RECOVERY_META_SUFFIX);
  g_autofree char *good = NULL;
  g_autofree char *other = NULL;

  g_assert_true (g_file_get_contents (good_path, &good, NULL, NULL));
  g_assert_true (g_file_get_contents (other_path, &other, NULL, NULL));
  good[strlen (good) / 2] = '\0';

  write_text (f, slots[0], DEBRIEF_RECOVERY_META_SUFFIX, good);          /* half */
  write_text (f, slots[1], DEBRIEF_RECOVERY_META_SUFFIX, "");            /* empty */
  write_text (f, slots[2], DEBRIEF_RECOVERY_META_SUFFIX, "[1, 2]");      /* not an object */
  write_text (f, slots[3], DEBRIEF_RECOVERY_META_SUFFIX,                 /* wrong types */
              "{\"format\": \"debrief-recovery\", \"version\": 1, \"slot\": 5, \"pid\": \"12\"}");
  write_text (f, slots[4], DEBRIEF_RECOVERY_META_SUFFIX, "\xff\xfe{}");  /* not UTF-8 */
  write_text (f, slots[5], DEBRIEF_RECOVERY_META_SUFFIX, other);         /* another slot's */
  g_unlink (copy);                                                       /* metadata, no copy */
  g_unlink (meta);                                                       /* a copy, no metadata */
  write_text (f, "notes", ".txt", "not ours");
  write_text (f, "not-a-slot", DEBRIEF_RECOVERY_COPY_SUFFIX, "{}");
}

/* Whatever is in the folder, the listing gives only what is whole. */
static void
test_damaged_metadata_skipped (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_small ();
  g_autofree char *expected = debrief_review_to_string (review);
  g_autoptr(GPtrArray) entries = NULL;
  char *slots[8];
  DebriefRecoveryEntry *stray;
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      slots[i] = g_uuid_string_random ();
      g_assert_true (debrief_recovery_write (f->store, slots[i], review, NULL, NULL));
    }
  damage_slots (f, slots);

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  stray = entries->pdata[0];
  g_assert_cmpstr (stray->slot_id, ==, slots[7]);
  g_assert_null (stray->original);
  g_assert_null (stray->title);
  g_assert_cmpint (stray->pid, ==, 0);
  g_assert_cmpint (g_stat (g_file_peek_path (stray->copy), &st), ==, 0);
  g_assert_cmpint (stray->written_at, ==, (gint64) st.st_mtime * G_USEC_PER_SEC);
  assert_copy_is (stray, expected);

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    g_free (slots[i]);
}

/* A writer killed mid-write leaves `.SLOT.debrief.XXXXXX`; old ones go. */
static void
test_stale_temporaries (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DebriefReview) review = load_small ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autofree char *stale = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *foreign = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  struct utimbuf two_hours_ago;

  g_assert_true (debrief_recovery_write (f->store, slot, review, NULL, NULL));
  stale = g_strdup_printf ("%s/.%s.debrief.Xy12Zw", f->path, slot);
  fresh = g_strdup_printf ("%s/.%s.json.Ab34Cd", f->path, slot);
  foreign = g_build_filename (f->path, ".hidden", NULL);
  two_hours_ago.actime = two_hours_ago.modtime = time (NULL) - 2 * 3600;
  for (guint i = 0; i < 3; i++)
    {
      const char *path = (const char *[]) { stale, fresh, foreign }[i];

      g_assert_true (g_file_set_contents (path, "{\"format\": \"debr", -1, NULL));
      if (path != fresh)
        g_assert_cmpint (g_utime (path, &two_hours_ago), ==, 0);
    }

  entries = list_entries (f->store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
}

static void
test_unusable_folder (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("debrief-recovery-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (tmp, "file", NULL);
  g_autofree char *path = g_build_filename (blocker, "recovery", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DebriefRecovery) store = debrief_recovery_new_for_directory (dir);
  g_autoptr(DebriefReview) review = load_small ();
  g_autofree char *slot = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  g_assert_false (debrief_recovery_write (store, slot, review, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, "Recovery copy: could not be saved: the folder"));
  g_clear_error (&error);

  entries = debrief_recovery_list (store, &error);
  g_assert_null (entries);
  g_assert_nonnull (error);

  g_unlink (blocker);
  g_rmdir (tmp);
}

/* ---- SIGKILL at random moments ---------------------------------------------------- */

/* Version N of the stress review has N × STRESS_STEP events and the title
 * "v N": a copy is whole exactly when its events match its title. */
#define STRESS_ITERATIONS 200
#define STRESS_STEP       3

static guint
version_of (const char *title)
{
  g_assert_nonnull (title);
  g_assert_true (g_str_has_prefix (title, "v "));
  return (guint) g_ascii_strtoull (title + 2, NULL, 10);
}

static void
add_version (DebriefReview *review,
             guint          version)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint32 lane = debrief_lane_get_key (debrief_review_lookup_lane (review, "alice"));
  gint64 start = debrief_time_from_civil (2026, 3, 14, 9, 0, 0, 0) + version * DEBRIEF_USEC_PER_SEC;
  g_autofree char *title = g_strdup_printf ("v %u", version);

  for (guint i = 0; i < STRESS_STEP; i++)
    {
      g_autofree char *id = g_strdup_printf ("v%u-%u", version, i);
      g_autofree char *text = g_strdup_printf ("version %u, event %u: replication lag is climbing", version, i);
      DebriefEventSpec spec = { 0 };

      spec.id = id;
      spec.start = start + i;
      spec.end = DEBRIEF_TIME_NONE;
      spec.lane = lane;
      spec.author = DEBRIEF_LANE_KEY_NONE;
      spec.kind = (char *) "chat";
      spec.text = text;
      g_assert_cmpuint (debrief_event_store_add (events, &spec), !=, DEBRIEF_EVENT_REF_NONE);
    }
  debrief_review_set_title (review, title);
}

/* What the previous writer left, as the app's restore would take it up. */
static DebriefReview *
restore_or_start (DebriefRecovery *store)
{
  g_autoptr(GPtrArray) entries = list_entries (store);

  if (entries->len == 0)
    return load_small ();
  g_assert_cmpuint (entries->len, ==, 1);
  return debrief_recovery_entry_load (entries->pdata[0], NULL, NULL);
}

/* The child: restore, then edit and write, alternately sync and async,
 * until killed. */
static int
run_stress_writer (const char *path,
                   const char *slot)
{
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DebriefRecovery) store = debrief_recovery_new_for_directory (dir);
  g_autoptr(DebriefReview) review = restore_or_start (store);
  guint version;

  g_assert_nonnull (review);
  version = version_of (debrief_review_get_title (review));
  if (write (STDOUT_FILENO, "r", 1) != 1)
    return 1;
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      add_version (review, ++version);
      if (version % 2)
        ok = debrief_recovery_write (store, slot, review, NULL, &error);
      else
        ok = write_and_wait (store, slot, review, NULL, &error);
      if (!ok)
        g_error ("%s", error->message);
    }
}

typedef struct {
  guint unchanged;     /* killed before a write completed */
  guint copy_ahead;    /* killed between a copy and its metadata */
  guint stray;         /* killed between the very first copy and its metadata */
  guint temporaries;   /* killed inside a write */
  guint version;       /* of the copy last seen */
  guint meta_version;  /* of the metadata last seen */
} StressStats;

static GPid
spawn_stress_writer (const char *path,
                     const char *slot)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  char *argv[] = { exe, (char *) "--stress-writer", (char *) path, (char *) slot, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out;
  char ready;

  g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  if (read (out, &ready, 1) != 1)
    g_error ("the stress writer ended before it was ready");
  close (out);
  return pid;
}

/* After a kill: one slot, whole, no older than before, and its metadata no
 * newer than the copy (the copy is written first) and no older than before.
 * The metadata may be more than one version behind: a writer killed between
 * copy and metadata is followed by one that goes on from the copy. */
static void
check_after_kill (DebriefRecovery *store,
                  StressStats     *stats)
{
  g_autoptr(GPtrArray) entries = list_entries (store);
  g_autoptr(DebriefReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *text = NULL;
  DebriefRecoveryEntry *entry;
  guint version, meta_version;

  if (entries->len == 0)
    {
      g_assert_cmpuint (stats->version, ==, 0);
      stats->unchanged++;
      return;
    }
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  review = debrief_recovery_entry_load (entry, NULL, &error);
  g_assert_no_error (error);
  version = version_of (debrief_review_get_title (review));
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (review)), ==,
                    version * STRESS_STEP);
  g_assert_true (g_file_load_contents (entry->copy, NULL, &bytes, NULL, NULL, NULL));
  text = debrief_review_to_string (review);
  g_assert_cmpstr (bytes, ==, text);

  g_assert_cmpuint (version, >=, stats->version);
  stats->unchanged += version == stats->version;
  stats->version = version;
  if (entry->title == NULL)
    {
      stats->stray++;
      return;
    }
  meta_version = version_of (entry->title);
  g_assert_cmpuint (meta_version, <=, version);
  g_assert_cmpuint (meta_version, >=, stats->meta_version);
  stats->copy_ahead += meta_version != version;
  stats->meta_version = meta_version;
}

/* Counts and removes what killed writers left in the middle of a write. */
static guint
sweep_temporaries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    if (name[0] == '.')
      {
        g_autofree char *file = g_build_filename (path, name, NULL);

        g_unlink (file);
        n++;
      }
  return n;
}

static void
test_sigkill_stress (Fixture       *f,
                     gconstpointer  data)
{
#ifdef __linux__
  g_autofree char *slot = g_uuid_string_random ();
  StressStats stats = { 0 };
  gint64 began = g_get_monotonic_time ();

  debrief_recovery_set_live_func (f->store, NULL);
  for (guint i = 0; i < STRESS_ITERATIONS; i++)
    {
      GPid pid = spawn_stress_writer (f->path, slot);
      int status;

      g_usleep (g_test_rand_int_range (0, 20001));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("the stress writer failed (status %d)", status);
      check_after_kill (f->store, &stats);
      stats.temporaries += sweep_temporaries (f->path);
    }

  g_test_message ("%u kills in %.1f s: reached version %u (%u events); unchanged %u, "
                  "copy newer than its metadata %u, copy without metadata %u, "
                  "temporary files left %u",
                  STRESS_ITERATIONS, (g_get_monotonic_time () - began) / 1e6, stats.version,
                  stats.version * STRESS_STEP, stats.unchanged, stats.copy_ahead, stats.stray,
                  stats.temporaries);
  g_assert_cmpuint (stats.version, >, 0);
#else
  g_test_skip ("needs /proc/self/exe");
#endif
}

int
main (int   argc,
      char *argv[])
{
  /* This program is also its own helpers: the named sleeper and the stress writer. */
  if (argc == 2 && g_str_equal (argv[1], "--sleep-child"))
    {
      if (write (STDOUT_FILENO, "r", 1) != 1)
        return 1;
      g_usleep (60 * G_USEC_PER_SEC);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--stress-writer"))
    return run_stress_writer (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/recovery/write-list-load", test_write_list_load);
  ADD ("/recovery/write-async", test_write_async);
  ADD ("/recovery/open-restores-original", test_open_restores_original);
  ADD ("/recovery/unsaved-new-review", test_unsaved_new_review);
  ADD ("/recovery/newest-first", test_newest_first);
  ADD ("/recovery/remove", test_remove);
  ADD ("/recovery/operations-in-call-order", test_operations_in_call_order);
  ADD ("/recovery/live-writer-skipped", test_live_writer_skipped);
  ADD ("/recovery/damaged-metadata-skipped", test_damaged_metadata_skipped);
  ADD ("/recovery/stale-temporaries", test_stale_temporaries);
  ADD ("/recovery/sigkill-stress", test_sigkill_stress);
#undef ADD
  g_test_add_func ("/recovery/real-pid-check", test_real_pid_check);
  g_test_add_func ("/recovery/unusable-folder", test_unusable_folder);

  return g_test_run ();
}
