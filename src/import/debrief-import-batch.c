/* debrief-import-batch.c — what an importer read, before it joins a review
 *
 * An importer only reads: it fills a batch with lanes (named as the source
 * names them) and events whose `lane` is an index into the batch's lanes.
 * Mapping those to the review's lanes, dropping duplicates and making it
 * one undoable step is debrief_import_apply()'s job, so every format
 * behaves the same there. Strings that repeat (kinds, source types, a log
 * file's name) are kept once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-import-batch.h"
#include "debrief-time.h"

/* Every skipped record is counted; the first this many keep their reason. */
#define MAX_SKIPS_KEPT 1000

struct _DebriefImportBatch
{
  GObject       parent_instance;

  GPtrArray    *lanes;       /* DebriefImportLane* */
  GHashTable   *lane_index[2];  /* per DebriefLaneKind: name → index + 1 */
  GArray       *events;      /* DebriefEventSpec, strings in @strings */
  GStringChunk *strings;
  GArray       *links;       /* DebriefImportLink, strings in @strings */
  GPtrArray    *skipped;     /* DebriefImportSkip* */
  GPtrArray    *series;      /* DebriefImportSeries* */
  guint         n_skipped;
  guint         n_outside;
};

G_DEFINE_FINAL_TYPE (DebriefImportBatch, debrief_import_batch, G_TYPE_OBJECT)

static void
lane_free (gpointer data)
{
  DebriefImportLane *lane = data;

  g_free (lane->name);
  g_free (lane->tz);
  g_free (lane);
}

static void
skip_free (gpointer data)
{
  DebriefImportSkip *skip = data;

  g_free (skip->location);
  g_free (skip->reason);
  g_free (skip);
}

static void
series_free (gpointer data)
{
  DebriefImportSeries *series = data;

  g_free (series->name);
  g_free (series->lane);
  g_free (series->unit);
  g_clear_pointer (&series->samples, debrief_samples_unref);
  g_free (series);
}

static void
clear_spec (gpointer data)
{
  DebriefEventSpec *spec = data;

  /* Strings live in the chunk; only the arrays are the batch's own. */
  g_free (spec->tags);
  g_free (spec->links);
}

static void
debrief_import_batch_finalize (GObject *object)
{
  DebriefImportBatch *self = DEBRIEF_IMPORT_BATCH (object);

  g_ptr_array_unref (self->lanes);
  g_hash_table_unref (self->lane_index[0]);
  g_hash_table_unref (self->lane_index[1]);
  g_array_unref (self->events);
  g_string_chunk_free (self->strings);
  g_array_unref (self->links);
  g_ptr_array_unref (self->skipped);
  g_ptr_array_unref (self->series);

  G_OBJECT_CLASS (debrief_import_batch_parent_class)->finalize (object);
}

static void
debrief_import_batch_class_init (DebriefImportBatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_import_batch_finalize;
}

static void
debrief_import_batch_init (DebriefImportBatch *self)
{
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  /* Keyed by the lane's own name: asked once per record, so no key is
   * made to look one up. */
  self->lane_index[0] = g_hash_table_new (g_str_hash, g_str_equal);
  self->lane_index[1] = g_hash_table_new (g_str_hash, g_str_equal);
  self->events = g_array_new (FALSE, FALSE, sizeof (DebriefEventSpec));
  g_array_set_clear_func (self->events, clear_spec);
  self->strings = g_string_chunk_new (64 * 1024);
  self->links = g_array_new (FALSE, FALSE, sizeof (DebriefImportLink));
  self->skipped = g_ptr_array_new_with_free_func (skip_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
}

DebriefImportBatch *
debrief_import_batch_new (void)
{
  return g_object_new (DEBRIEF_TYPE_IMPORT_BATCH, NULL);
}

/* The lane of this kind and name, added the first time it is asked for. */
guint
debrief_import_batch_add_lane (DebriefImportBatch *self,
                               DebriefLaneKind     kind,
                               const char         *name)
{
  GHashTable *index;
  gpointer found;
  DebriefImportLane *lane;

  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (kind == DEBRIEF_LANE_KIND_PARTICIPANT || kind == DEBRIEF_LANE_KIND_COMPONENT, 0);

  index = self->lane_index[kind == DEBRIEF_LANE_KIND_COMPONENT];
  if ((found = g_hash_table_lookup (index, name)) != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  lane = g_new0 (DebriefImportLane, 1);
  lane->kind = kind;
  lane->name = g_utf8_make_valid (name, -1);  /* see keep() */
  g_ptr_array_add (self->lanes, lane);
  g_hash_table_insert (index, lane->name, GUINT_TO_POINTER (self->lanes->len));
  return self->lanes->len - 1;
}

void
debrief_import_batch_set_lane_tz (DebriefImportBatch *self,
                                  guint               lane,
                                  const char         *tz)
{
  DebriefImportLane *entry;

  g_return_if_fail (lane < self->lanes->len);
  entry = g_ptr_array_index (self->lanes, lane);
  g_free (entry->tz);
  entry->tz = tz ? g_utf8_make_valid (tz, -1) : NULL;  /* see keep() */
}

static char *
keep (DebriefImportBatch *self,
      const char         *text,
      gboolean            repeats)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return NULL;
  /* The last line of defence for every importer: a review holds UTF-8
   * only, and a file with other bytes in it cannot be opened again. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  return repeats ? g_string_chunk_insert_const (self->strings, text) : g_string_chunk_insert (self->strings, text);
}

static char **
keep_strv (DebriefImportBatch *self,
           char              **strv)
{
  guint n = strv ? g_strv_length (strv) : 0;
  char **copy;

  if (n == 0)
    return NULL;
  copy = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = keep (self, strv[i], TRUE);
  return copy;
}

/* A kind is an id in the review file: not empty, at most 256 bytes. A
 * column of text read as the kind can be anything (found by fuzzing a
 * CSV): such an event is a "log" line rather than a review that saves
 * but does not open. */
static const char *
usable_kind (const char *kind)
{
  if (kind == NULL || *kind == '\0' || strlen (kind) > 256)
    return "log";
  return kind;
}

/* @spec's strings are copied; its `lane` and `id` are ignored: @lane is a
 * batch lane, and ids are given when the events join a review. */
guint
debrief_import_batch_add_event (DebriefImportBatch     *self,
                                guint                   lane,
                                const DebriefEventSpec *spec)
{
  DebriefEventSpec kept = { 0 };

  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  kept.start = spec->start;
  kept.end = spec->end;
  kept.lane = lane;
  kept.author = DEBRIEF_LANE_KEY_NONE;
  kept.kind = keep (self, usable_kind (spec->kind), TRUE);
  /* Made valid UTF-8, a kind can grow past the limit (U+FFFD is 3 bytes). */
  if (strlen (kept.kind) > 256)
    kept.kind = keep (self, "log", TRUE);
  kept.text = keep (self, spec->text ? spec->text : "", FALSE);
  kept.source_type = keep (self, spec->source_type, TRUE);
  kept.source_ref = keep (self, spec->source_ref, TRUE);
  kept.source_line = spec->source_line;
  kept.tags = keep_strv (self, spec->tags);
  kept.links = keep_strv (self, spec->links);
  g_array_append_val (self->events, kept);
  return self->events->len - 1;
}

/* @event links to the event whose source is @source_type and @source_ref,
 * wherever it is: in this batch or already in the review. */
void
debrief_import_batch_link_source (DebriefImportBatch *self,
                                  guint               event,
                                  const char         *source_type,
                                  const char         *source_ref)
{
  DebriefImportLink link;

  g_return_if_fail (DEBRIEF_IS_IMPORT_BATCH (self));
  g_return_if_fail (event < self->events->len);
  g_return_if_fail (source_type != NULL && source_ref != NULL);

  link.event = event;
  link.type = keep (self, source_type, TRUE);
  link.ref = keep (self, source_ref, TRUE);
  g_array_append_val (self->links, link);
}

void
debrief_import_batch_skip (DebriefImportBatch *self,
                           const char         *location,
                           const char         *reason)
{
  DebriefImportSkip *skip;

  g_return_if_fail (DEBRIEF_IS_IMPORT_BATCH (self));
  if (self->n_skipped++ >= MAX_SKIPS_KEPT)
    return;
  skip = g_new0 (DebriefImportSkip, 1);
  skip->location = g_strdup (location);
  skip->reason = g_strdup (reason);
  g_ptr_array_add (self->skipped, skip);
}

/* The usual place for a line-based format: "FILE:LINE". */
void
debrief_import_batch_skip_line (DebriefImportBatch *self,
                                const char         *file_name,
                                guint               line,
                                const char         *reason)
{
  g_autofree char *where = g_strdup_printf ("%s:%u", file_name, line);

  debrief_import_batch_skip (self, where, reason);
}

/* A record outside the time window asked for: left out, but not wrong. */
void
debrief_import_batch_count_outside (DebriefImportBatch *self)
{
  g_return_if_fail (DEBRIEF_IS_IMPORT_BATCH (self));
  self->n_outside++;
}

/* Returns: (transfer full) (element-type DebriefEventSpec): the events,
 * whose strings stay the batch's; clearing one frees its tags and links
 * arrays. The batch is left with no events (its lanes, links, skips and
 * counts stay). For debrief_import_apply_take(): one array of events
 * instead of two at an import's peak. */
GArray *
debrief_import_batch_steal_events (DebriefImportBatch *self)
{
  GArray *events;

  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), NULL);
  events = g_steal_pointer (&self->events);
  self->events = g_array_new (FALSE, FALSE, sizeof (DebriefEventSpec));
  g_array_set_clear_func (self->events, clear_spec);
  return events;
}

/* A copy of @text (valid UTF-8) the batch keeps with its events' strings:
 * for what apply adds to them, the ids. */
char *
debrief_import_batch_keep_string (DebriefImportBatch *self,
                                  const char         *text)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);
  return g_string_chunk_insert (self->strings, text);
}

/* Returns: (transfer full): the chunk that holds the strings of the events
 * (stolen before, or still here) and of the links, for a store to adopt
 * instead of copying them. The batch is left with no events and no links
 * (its lanes, skips and counts stay), and an empty chunk. */
GStringChunk *
debrief_import_batch_steal_strings (DebriefImportBatch *self)
{
  GStringChunk *strings;

  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), NULL);
  g_array_set_size (self->events, 0);
  g_array_set_size (self->links, 0);
  strings = g_steal_pointer (&self->strings);
  self->strings = g_string_chunk_new (1024);
  return strings;
}

guint
debrief_import_batch_get_n_lanes (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->lanes->len;
}

const DebriefImportLane *
debrief_import_batch_get_lane (DebriefImportBatch *self,
                               guint               index)
{
  g_return_val_if_fail (index < self->lanes->len, NULL);
  return g_ptr_array_index (self->lanes, index);
}

guint
debrief_import_batch_get_n_events (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->events->len;
}

const DebriefEventSpec *
debrief_import_batch_get_event (DebriefImportBatch *self,
                                guint               index)
{
  g_return_val_if_fail (index < self->events->len, NULL);
  return &g_array_index (self->events, DebriefEventSpec, index);
}

guint
debrief_import_batch_get_n_links (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->links->len;
}

const DebriefImportLink *
debrief_import_batch_get_link (DebriefImportBatch *self,
                               guint               index)
{
  g_return_val_if_fail (index < self->links->len, NULL);
  return &g_array_index (self->links, DebriefImportLink, index);
}

guint
debrief_import_batch_get_n_skipped (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->n_skipped;
}

/* Returns: (transfer none) (element-type DebriefImportSkip): the first
 * skipped records, with their reasons */
GPtrArray *
debrief_import_batch_get_skipped (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), NULL);
  return self->skipped;
}

guint
debrief_import_batch_get_n_outside (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->n_outside;
}

/**
 * debrief_import_batch_add_series:
 * @name: what the source calls it: `up{job="api"}`, a Graphite target
 * @lane: (nullable): the lane it measures, as the source names it (a
 *   host, a service), or %NULL
 *
 * Adds a metric series; the batch takes a reference to @samples.
 */
void
debrief_import_batch_add_series (DebriefImportBatch *self,
                                 const char         *name,
                                 const char         *lane,
                                 const char         *unit,
                                 DebriefSamples     *samples)
{
  DebriefImportSeries *series;

  g_return_if_fail (DEBRIEF_IS_IMPORT_BATCH (self));
  g_return_if_fail (name != NULL && samples != NULL);

  series = g_new0 (DebriefImportSeries, 1);
  /* Valid UTF-8, as every text of a review must be (found by fuzzing). */
  series->name = g_utf8_make_valid (name, -1);
  series->lane = lane ? g_utf8_make_valid (lane, -1) : NULL;
  series->unit = unit ? g_utf8_make_valid (unit, -1) : NULL;
  series->samples = debrief_samples_ref (samples);
  g_ptr_array_add (self->series, series);
}

guint
debrief_import_batch_get_n_series (DebriefImportBatch *self)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), 0);
  return self->series->len;
}

const DebriefImportSeries *
debrief_import_batch_get_series (DebriefImportBatch *self,
                                 guint               index)
{
  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  return g_ptr_array_index (self->series, index);
}
