/* fuzz-importer.c — one importer, named by FUZZ_IMPORTER at compile time
 *
 * Compiled once per importer (tests/fuzz/meson.build), so a new importer
 * needs only a line there. FUZZ_INPUT is the name the bytes are written to
 * (importers sniff names: "input.zip"); with FUZZ_SKELETON, a folder copied
 * once into the scratch folder, the input replaces one file inside it and
 * the importer reads the folder (a Slack export: the day files are the
 * interesting part, the zip around them is libarchive's).
 *
 * The batch is then applied to an empty review, which must save and load
 * again (fuzz_check_round_trip): nothing an importer accepts may make a
 * review file that cannot be opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "debrief-import-apply.h"
#include "debrief-importer.h"
#include "fuzz-common.h"

#ifndef FUZZ_IMPORTER
#error "FUZZ_IMPORTER must name an importer, e.g. -DFUZZ_IMPORTER=\"jsonl\""
#endif
#ifndef FUZZ_INPUT
#error "FUZZ_INPUT must name the input file, e.g. -DFUZZ_INPUT=\"input.jsonl\""
#endif

static char *scratch;

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
remove_scratch (void)
{
  remove_tree (scratch);
}

#ifdef FUZZ_SKELETON
static void
copy_tree (const char *from,
           const char *to)
{
  GDir *dir = g_dir_open (from, 0, NULL);
  const char *name;

  FUZZ_REQUIRE (dir != NULL, "cannot read the skeleton %s", from);
  g_mkdir_with_parents (to, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        copy_tree (source, target);
      else if (g_file_get_contents (source, &contents, &length, NULL))
        g_file_set_contents (target, contents, length, NULL);
    }
  g_dir_close (dir);
}
#endif

/* Once per process: a private folder (in memory where /dev/shm exists, as
 * every input is written to a file). */
static void
make_scratch (void)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "debrief-fuzz-XXXXXX", NULL);

  scratch = g_mkdtemp (g_steal_pointer (&template));
  FUZZ_REQUIRE (scratch != NULL, "cannot make a scratch folder in %s", base);
  atexit (remove_scratch);
#ifdef FUZZ_SKELETON
  copy_tree (FUZZ_SKELETON, scratch);
#endif
}

static void
apply_and_check (DebriefImportBatch *batch)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  DebriefImportSummary summary;

  debrief_import_apply (batch, review, history, NULL, &summary);
  fuzz_check_round_trip (review);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const DebriefImporter *importer = debrief_importer_lookup (FUZZ_IMPORTER);
  g_autofree char *input = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(GError) error = NULL;
  DebriefImportOptions options;
  gboolean ok;

  FUZZ_REQUIRE (importer != NULL, "no importer named %s", FUZZ_IMPORTER);
  if (scratch == NULL)
    make_scratch ();
  input = g_build_filename (scratch, FUZZ_INPUT, NULL);
  FUZZ_REQUIRE (g_file_set_contents (input, (const char *) data, size, NULL), "cannot write %s", input);
#ifdef FUZZ_SKELETON
  source = g_file_new_for_path (scratch);
#else
  source = g_file_new_for_path (input);
#endif
  /* Sniffing is part of what a hostile file meets first. */
  importer->sniff (source, (const char *) data, MIN (size, 65536));
  debrief_import_options_init (&options);
  ok = importer->read (source, &options, batch, &error);
  FUZZ_REQUIRE (ok == (error == NULL), "%s: the result and the error disagree", FUZZ_IMPORTER);
  if (ok)
    apply_and_check (batch);
  return 0;
}
