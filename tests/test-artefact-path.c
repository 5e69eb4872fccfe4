/* test-artefact-path.c — artefact paths never lead out of the review's folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "debrief-artefact-path.h"
#include "debrief-review-loader.h"

static void
test_lexical (void)
{
  const char *safe[] = { "graph.png", "img/graph.png", "./graph.png", "a..b/c..png", "...", "10:02.png", NULL };
  const char *unsafe[] = {
    "", "/etc/passwd", "../secret.png", "img/../../x", "img/..", "..", "a/../b", "~/x.png",
    "~root/x", "img\\..\\x", "C:\\x.png", "c:x.png", "img/\x01.png", "img/\nx", "a\x7f", NULL
  };

  for (guint i = 0; safe[i] != NULL; i++)
    g_assert_true (debrief_artefact_path_is_safe (safe[i]));
  for (guint i = 0; unsafe[i] != NULL; i++)
    {
      if (debrief_artefact_path_is_safe (unsafe[i]))
        g_error ("accepted: %s", unsafe[i]);
    }
  g_assert_false (debrief_artefact_path_is_safe (NULL));
}

typedef struct {
  char  *root;      /* holds review/ and outside/ */
  GFile *review;    /* the review's folder */
} Tree;

static void
write_file (const char *path)
{
  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
}

static void
tree_set_up (Tree          *tree,
             gconstpointer  data)
{
  g_autofree char *review = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *p = NULL;

  tree->root = g_dir_make_tmp ("debrief-artefact-XXXXXX", NULL);
  g_assert_nonnull (tree->root);
  review = g_build_filename (tree->root, "review", NULL);
  outside = g_build_filename (tree->root, "outside", NULL);
  g_assert_cmpint (g_mkdir_with_parents (review, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (outside, 0700), ==, 0);
  p = g_build_filename (review, "img", NULL);
  g_assert_cmpint (g_mkdir (p, 0700), ==, 0);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (review, "img", "graph.png", NULL);
  write_file (p);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (outside, "secret", NULL);
  write_file (p);
  g_clear_pointer (&p, g_free);

  /* Links: one inside to inside, one to a file outside, one to a folder
   * outside, one absolute to the outside, one dangling. */
  p = g_build_filename (review, "alias.png", NULL);
  g_assert_cmpint (symlink ("img/graph.png", p), ==, 0);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (review, "leak.png", NULL);
  g_assert_cmpint (symlink ("../outside/secret", p), ==, 0);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (review, "elsewhere", NULL);
  g_assert_cmpint (symlink ("../outside", p), ==, 0);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (review, "passwd.png", NULL);
  g_assert_cmpint (symlink ("/etc/passwd", p), ==, 0);
  g_clear_pointer (&p, g_free);
  p = g_build_filename (review, "gone.png", NULL);
  g_assert_cmpint (symlink ("nothing-here", p), ==, 0);
  tree->review = g_file_new_for_path (review);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

static void
tree_tear_down (Tree          *tree,
                gconstpointer  data)
{
  remove_tree (tree->root);
  g_free (tree->root);
  g_object_unref (tree->review);
}

static void
assert_resolves (Tree       *tree,
                 const char *path,
                 const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = debrief_artefact_path_resolve (tree->review, path, &error);
  g_autofree char *got = NULL;
  g_autofree char *review = g_file_get_path (tree->review);
  g_autofree char *want = g_build_filename (review, expected, NULL);

  g_assert_no_error (error);
  got = g_file_get_path (file);
  g_assert_cmpstr (got, ==, want);
}

static void
assert_refused (Tree       *tree,
                const char *path,
                int         code,
                const char *why)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = debrief_artefact_path_resolve (tree->review, path, &error);

  g_assert_null (file);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, why));
}

static void
test_resolve (Tree          *tree,
              gconstpointer  data)
{
  assert_resolves (tree, "img/graph.png", "img/graph.png");
  assert_resolves (tree, "./img//graph.png", "img/graph.png");
  /* A link that stays inside is fine, and what is opened is its target. */
  assert_resolves (tree, "alias.png", "img/graph.png");

  assert_refused (tree, "leak.png", G_IO_ERROR_PERMISSION_DENIED, "symbolic link leads outside");
  assert_refused (tree, "elsewhere/secret", G_IO_ERROR_PERMISSION_DENIED, "symbolic link leads outside");
  assert_refused (tree, "passwd.png", G_IO_ERROR_PERMISSION_DENIED, "symbolic link leads outside");
  assert_refused (tree, "../outside/secret", G_IO_ERROR_PERMISSION_DENIED, "relative path inside");
  assert_refused (tree, "/etc/passwd", G_IO_ERROR_PERMISSION_DENIED, "relative path inside");
  assert_refused (tree, "gone.png", G_IO_ERROR_NOT_FOUND, "no such file");
  assert_refused (tree, "img/none.png", G_IO_ERROR_NOT_FOUND, "no such file");
  assert_refused (tree, "img", G_IO_ERROR_NOT_REGULAR_FILE, "not a regular file");
}

/* The same paths in a review file: refused on loading, naming the member. */
static void
test_loader_refuses (void)
{
  const char *paths[] = { "../x.png", "/etc/passwd", "img/../../x", "~/x", "C:\\\\x.png", NULL };

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf (
        "{\"format\": \"debrief-review\", \"version\": 1, \"artefacts\": "
        "[{\"id\": \"a1\", \"kind\": \"image\", \"path\": \"%s\"}]}", paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DebriefReview) review = debrief_review_load_data (text, strlen (text), "r.debrief",
                                                                  NULL, NULL, NULL, &error);

      g_assert_null (review);
      g_assert_nonnull (error);
      if (strstr (error->message, "artefacts[0].path") == NULL)
        g_error ("%s: %s", paths[i], error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/artefact-path/lexical", test_lexical);
  g_test_add ("/artefact-path/resolve", Tree, NULL, tree_set_up, test_resolve, tree_tear_down);
  g_test_add_func ("/artefact-path/loader-refuses", test_loader_refuses);
  return g_test_run ();
}
