/* fuzz-replay.c — feeds files to a fuzz target without libFuzzer
 *
 * `fuzz-replay-TARGET FILE|FOLDER…` calls LLVMFuzzerTestOneInput once per
 * file, in name order, and reports each as a TAP case: a crash, a sanitizer
 * report or a broken invariant (abort) fails the run. This is how the
 * regression corpus is replayed by `meson test` in every build, gcc too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"

static void
collect (const char *path,
         GPtrArray  *files)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        collect (child, files);
      }
  g_dir_close (dir);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  /* Line by line: a crash must not swallow the cases already reported. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  for (int i = 1; i < argc; i++)
    collect (argv[i], files);
  g_ptr_array_sort (files, by_name);
  if (files->len == 0)
    {
      printf ("Bail out! no inputs in the corpus\n");
      return 1;
    }
  /* The empty input first, as libFuzzer does (it found NULL + 0). */
  printf ("1..%u\n", files->len + 1);
  LLVMFuzzerTestOneInput ((const guint8 *) "", 0);
  printf ("ok 1 - the empty input\n");
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GError) error = NULL;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 2, path, error->message);
          continue;
        }
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      printf ("ok %u - %s\n", i + 2, path);
    }
  return 0;
}
