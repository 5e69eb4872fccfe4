/* import-fixtures.h — reading a fixture with one importer, for the importers' tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "debrief-importer.h"
#include "debrief-time.h"

/* @dir/@name under tests/fixtures, read by @importer with @options (NULL:
 * the defaults); NULL and @error set when the read fails. */
static inline DebriefImportBatch *
fixture_try_read (const DebriefImporter      *importer,
                  const char                 *dir,
                  const char                 *name,
                  const DebriefImportOptions *options,
                  GError                    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  DebriefImportOptions defaults;

  debrief_import_options_init (&defaults);
  if (!importer->read (file, options ? options : &defaults, batch, error))
    return NULL;
  return g_steal_pointer (&batch);
}

static inline DebriefImportBatch *
fixture_read (const DebriefImporter      *importer,
              const char                 *dir,
              const char                 *name,
              const DebriefImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = fixture_try_read (importer, dir, name, options, &error);

  g_assert_no_error (error);
  return batch;
}

/* Which importer detection picks for a fixture. */
static inline const DebriefImporter *
fixture_detect (const char *dir,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return debrief_importer_detect (file, NULL);
}

static inline void
assert_skip (DebriefImportBatch *batch,
             guint               index,
             const char         *location,
             const char         *reason_part)
{
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);
  DebriefImportSkip *skip;

  g_assert_cmpuint (index, <, skipped->len);
  skip = g_ptr_array_index (skipped, index);
  g_assert_cmpstr (skip->location, ==, location);
  if (strstr (skip->reason, reason_part) == NULL)
    g_error ("skip %u (%s): “%s” does not say “%s”", index, location, skip->reason, reason_part);
}

/* An event's lane's name, and its kind of lane. */
static inline const char *
event_lane (DebriefImportBatch     *batch,
            const DebriefEventSpec *event,
            DebriefLaneKind        *kind)
{
  const DebriefImportLane *lane = debrief_import_batch_get_lane (batch, event->lane);

  if (kind != NULL)
    *kind = lane->kind;
  return lane->name;
}

static inline gboolean
event_has_tag (const DebriefEventSpec *event,
               const char             *tag)
{
  return event->tags != NULL && g_strv_contains ((const char * const *) event->tags, tag);
}

/* The link from batch event @event, or NULL when it has none. */
static inline const char *
event_link (DebriefImportBatch *batch,
            guint               event)
{
  for (guint i = 0; i < debrief_import_batch_get_n_links (batch); i++)
    if (debrief_import_batch_get_link (batch, i)->event == event)
      return debrief_import_batch_get_link (batch, i)->ref;
  return NULL;
}

#define UTC(h, m, s, us) debrief_time_from_civil (2026, 3, 14, (h), (m), (s), (us))
