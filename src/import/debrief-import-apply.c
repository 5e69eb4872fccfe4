/* debrief-import-apply.c — a batch joins a review, as one undoable step
 *
 * Each lane of the batch becomes a lane of the review: the one @lane_map
 * names for it, else an existing lane of the same kind whose id or name
 * matches (so a second import of the same chat finds its people), else a
 * new lane. An event the review already has from the same source (type,
 * reference, line and time) is not added again, so importing a file twice
 * changes nothing the second time.
 *
 * Links the batch names by source (a reply and its thread's parent) become
 * links by event id here, where ids exist: the new events get theirs before
 * any is added, so a link may point forwards or backwards in the batch, or
 * at an event an earlier import brought. A link whose target is in neither
 * (outside the time window, a channel left out) is dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-edit-commands.h"
#include "debrief-import-apply-private.h"
#include "debrief-time.h"

/* Where an event came from, for telling a re-import from new news. The
 * strings are borrowed from the review's events and the batch, which
 * outlive the set; no key is allocated per event (a million-line import
 * would spend more on keys than on its events). */
typedef struct {
  const char *type;
  const char *ref;
  guint32     line;
  gint64      start;
} SourceKey;

static guint
source_key_hash (gconstpointer data)
{
  const SourceKey *key = data;
  guint hash = g_str_hash (key->type) * 31 + g_str_hash (key->ref);

  return (hash * 31 + key->line) * 31 + (guint) (key->start ^ (key->start >> 32));
}

static gboolean
source_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const SourceKey *x = a, *y = b;

  return x->line == y->line && x->start == y->start && strcmp (x->type, y->type) == 0 && strcmp (x->ref, y->ref) == 0;
}

typedef struct {
  GHashTable *set;    /* SourceKey* in @keys */
  SourceKey  *keys;
  guint       n_keys;
} SourceSet;

/* Adds a source; FALSE when it was there already. */
static gboolean
source_set_add (SourceSet  *set,
                const char *type,
                const char *ref,
                guint32     line,
                gint64      start)
{
  SourceKey *key = &set->keys[set->n_keys];

  *key = (SourceKey) { type, ref ? ref : "", line, start };
  if (!g_hash_table_add (set->set, key))
    return FALSE;
  set->n_keys++;
  return TRUE;
}

/* The sources of the review's events, with room for the batch's. */
static void
source_set_init (SourceSet          *set,
                 DebriefReview      *review,
                 DebriefImportBatch *batch)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);

  set->set = g_hash_table_new (source_key_hash, source_key_equal);
  set->keys = g_new (SourceKey, n + debrief_import_batch_get_n_events (batch) + 1);
  set->n_keys = 0;
  for (guint i = 0; i < n; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, i));
      const DebriefEventSource *source = debrief_event_store_get_source (events, event);

      if (source != NULL)
        source_set_add (set, source->type ? source->type : "", source->ref, event->source_line, event->start);
    }
}

static void
source_set_clear (SourceSet *set)
{
  g_hash_table_unref (set->set);
  g_free (set->keys);
}

static DebriefLane *
find_lane (DebriefReview           *review,
           const DebriefImportLane *wanted)
{
  GListModel *lanes = debrief_review_get_lanes (review);
  DebriefLane *by_id = debrief_review_lookup_lane (review, wanted->name);

  if (by_id != NULL && debrief_lane_get_kind (by_id) == wanted->kind)
    return by_id;
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      if (debrief_lane_get_kind (lane) == wanted->kind &&
          g_ascii_strcasecmp (debrief_lane_get_name (lane), wanted->name) == 0)
        return lane;  /* the review holds it */
    }
  return NULL;
}

#define NEW_LANE_ID_MAX 200

static char *
new_lane_id (DebriefReview *review,
             const char    *name)
{
  g_autofree char *base = g_ascii_strdown (name, -1);
  char *id;

  g_strcanon (base, "abcdefghijklmnopqrstuvwxyz0123456789-_.", '-');
  /* A review file needs ids of 1 to 256 bytes: a source may name a lane
   * "" or with a whole paragraph (found by fuzzing: such a review could be
   * saved but not opened again). The suffix below needs room too. */
  if (strlen (base) > NEW_LANE_ID_MAX)
    base[NEW_LANE_ID_MAX] = '\0';
  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup ("lane");
    }
  id = g_strdup (base);
  for (guint n = 2; debrief_review_lookup_lane (review, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

/* The review's lane for batch lane @index, made the first time an event
 * needs it: a lane whose events were all there already is not added. */
static guint32
lane_key_for (DebriefImportBatch   *batch,
              DebriefReview        *review,
              DebriefHistory       *history,
              GHashTable           *lane_map,
              GArray               *lane_keys,
              guint                 index,
              DebriefImportSummary *summary)
{
  const DebriefImportLane *wanted = debrief_import_batch_get_lane (batch, index);
  const char *mapped = lane_map ? g_hash_table_lookup (lane_map, wanted->name) : NULL;
  DebriefLane *lane;

  if (g_array_index (lane_keys, guint32, index) != DEBRIEF_LANE_KEY_NONE)
    return g_array_index (lane_keys, guint32, index);
  lane = mapped ? debrief_review_lookup_lane (review, mapped) : find_lane (review, wanted);
  if (lane != NULL)
    summary->lanes_matched++;
  else
    {
      g_autofree char *id = new_lane_id (review, mapped ? mapped : wanted->name);
      g_autoptr(DebriefLane) created = debrief_lane_new (id, wanted->kind, mapped ? mapped : wanted->name);

      debrief_lane_set_tz (created, wanted->tz);
      debrief_history_push (history, debrief_lane_insert_command_new (review, G_MAXUINT, created));
      lane = created;
      summary->lanes_created++;
    }
  g_array_index (lane_keys, guint32, index) = debrief_lane_get_key (lane);
  return debrief_lane_get_key (lane);
}

/* The batch's events the review does not have yet. */
static GArray *
new_events (DebriefImportBatch   *batch,
            DebriefReview        *review,
            DebriefImportSummary *summary)
{
  GArray *fresh = g_array_new (FALSE, FALSE, sizeof (guint));
  SourceSet seen;

  source_set_init (&seen, review, batch);
  for (guint i = 0; i < debrief_import_batch_get_n_events (batch); i++)
    {
      const DebriefEventSpec *spec = debrief_import_batch_get_event (batch, i);

      if (spec->source_type != NULL &&
          !source_set_add (&seen, spec->source_type, spec->source_ref, spec->source_line, spec->start))
        summary->duplicates++;
      else
        g_array_append_val (fresh, i);
    }
  source_set_clear (&seen);
  return fresh;
}

static char *
link_key (const char *type,
          const char *ref)
{
  return g_strconcat (type, "\x1f", ref, NULL);
}

/* Source (type, ref) → event id, for the review's events and the new ones;
 * the first event with a source wins (a log file's lines share one ref, but
 * formats that link give each record its own). */
static GHashTable *
link_targets (DebriefImportBatch *batch,
              DebriefReview      *review,
              GArray             *fresh,
              GPtrArray          *ids)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  GHashTable *targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, i));
      const DebriefEventSource *source = debrief_event_store_get_source (events, event);

      if (source != NULL && source->type != NULL && source->ref != NULL)
        g_hash_table_insert (targets, link_key (source->type, source->ref), (gpointer) event->id);
    }
  for (guint i = 0; i < fresh->len; i++)
    {
      const DebriefEventSpec *spec = debrief_import_batch_get_event (batch, g_array_index (fresh, guint, i));

      if (spec->source_type != NULL && spec->source_ref != NULL)
        g_hash_table_insert (targets, link_key (spec->source_type, spec->source_ref), g_ptr_array_index (ids, i));
    }
  return targets;
}

/* Batch event index → GPtrArray of the ids it links to (borrowed). */
static GHashTable *
resolve_links (DebriefImportBatch *batch,
               DebriefReview      *review,
               GArray             *fresh,
               GPtrArray          *ids)
{
  g_autoptr(GHashTable) targets = NULL;
  GHashTable *resolved = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  if (debrief_import_batch_get_n_links (batch) == 0)
    return resolved;
  targets = link_targets (batch, review, fresh, ids);
  for (guint i = 0; i < debrief_import_batch_get_n_links (batch); i++)
    {
      const DebriefImportLink *link = debrief_import_batch_get_link (batch, i);
      g_autofree char *key = link_key (link->type, link->ref);
      const char *id = g_hash_table_lookup (targets, key);
      GPtrArray *list = g_hash_table_lookup (resolved, GUINT_TO_POINTER (link->event));

      if (id == NULL)
        continue;
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (resolved, GUINT_TO_POINTER (link->event), list);
        }
      g_ptr_array_add (list, (gpointer) id);
    }
  return resolved;
}

/* What the batch's clear does to an event moved out of it: its tags and
 * links arrays are its own; its strings are the batch's. */
static void
clear_moved (gpointer data)
{
  DebriefEventSpec *spec = data;

  g_clear_pointer (&spec->tags, g_free);
  g_clear_pointer (&spec->links, g_free);
}

/* The spec's own links and the resolved ones, NULL-terminated. */
static char **
merged_links (char      **own,
              GPtrArray *resolved)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 0; own != NULL && own[i] != NULL; i++)
    g_ptr_array_add (all, own[i]);
  for (guint i = 0; resolved != NULL && i < resolved->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (resolved, i));
  g_ptr_array_add (all, NULL);
  return (char **) g_ptr_array_free (all, FALSE);
}

/* The new events as the review will get them: lanes and ids given, links
 * resolved. Copies them (the batch stays as it was), or with @take moves
 * them out of the batch, in place: an import then holds one array of its
 * events at its peak instead of two. */
static GArray *
prepare_specs (DebriefImportBatch   *batch,
               DebriefReview        *review,
               DebriefHistory       *history,
               GHashTable           *lane_map,
               GArray               *fresh,
               GPtrArray            *ids,
               GHashTable           *links,
               GPtrArray            *link_lists,
               gboolean              take,
               DebriefImportSummary *summary)
{
  g_autoptr(GArray) lane_keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *specs = take ? debrief_import_batch_steal_events (batch)
                       : g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventSpec), fresh->len);
  guint32 none = DEBRIEF_LANE_KEY_NONE;
  guint kept = 0;

  for (guint i = 0; i < debrief_import_batch_get_n_lanes (batch); i++)
    g_array_append_val (lane_keys, none);
  for (guint i = 0; i < fresh->len; i++)
    {
      guint index = g_array_index (fresh, guint, i);
      DebriefEventSpec spec = take ? g_array_index (specs, DebriefEventSpec, index)
                                   : *debrief_import_batch_get_event (batch, index);
      GPtrArray *resolved = g_hash_table_lookup (links, GUINT_TO_POINTER (index));

      /* The events between two new ones are duplicates: a moved one's arrays
       * go now. Slot @i, written below, is at or before @index: its event was
       * moved already or is one of these. */
      for (; take && kept < index; kept++)
        clear_moved (&g_array_index (specs, DebriefEventSpec, kept));
      kept = index + 1;
      spec.id = g_ptr_array_index (ids, i);
      if (resolved != NULL)
        {
          char **merged = merged_links (spec.links, resolved);

          /* A moved event owns its links array; a copied one borrows the batch's. */
          if (take)
            g_free (spec.links);
          else
            g_ptr_array_add (link_lists, merged);
          spec.links = merged;
        }
      spec.lane = lane_key_for (batch, review, history, lane_map, lane_keys, spec.lane, summary);
      if (take)
        g_array_index (specs, DebriefEventSpec, i) = spec;
      else
        g_array_append_val (specs, spec);
    }
  for (; take && kept < specs->len; kept++)
    clear_moved (&g_array_index (specs, DebriefEventSpec, kept));
  if (take)
    {
      /* Shrinking would clear the slots past the end again: they were
       * cleared above, or moved forward. */
      g_array_set_clear_func (specs, NULL);
      g_array_set_size (specs, fresh->len);
      g_array_set_clear_func (specs, clear_moved);
    }
  return specs;
}

/* "Import 12 Events", "Import 2 Series", or both. */
static char *
step_label (guint n_events,
            guint n_series)
{
  g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %'u Event", "Import %'u Events",
                                                          n_events), n_events);

  if (n_series == 0)
    return g_steal_pointer (&events);
  if (n_events == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Series", "Import %u Series", n_series),
                            n_series);
  /* Translators: "Import 12 Events" followed by how many metric series came with them. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u Series", "%s and %u Series", n_series),
                          events, n_series);
}

/* The new events, as one command. */
static void
add_events (DebriefImportBatch   *batch,
            DebriefReview        *review,
            DebriefHistory       *history,
            GHashTable           *lane_map,
            GArray               *fresh,
            gboolean              take,
            const char           *label,
            DebriefImportSummary *summary)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  g_autoptr(GArray) specs = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) link_lists = NULL;
  g_autoptr(GHashTable) links = NULL;

  /* Ids first, so links can name events not added yet. The store's
   * counter moves on with every id it makes, so they are unique. When the
   * batch gives its events up, their ids join its texts, which the store
   * adopts: a million ids are not allocated one by one, nor copied. */
  ids = g_ptr_array_new_with_free_func (take ? NULL : g_free);
  for (guint i = 0; i < fresh->len; i++)
    {
      char *id = debrief_event_store_make_id (events);

      if (take)
        {
          g_ptr_array_add (ids, debrief_import_batch_keep_string (batch, id));
          g_free (id);
        }
      else
        g_ptr_array_add (ids, id);
    }
  links = resolve_links (batch, review, fresh, ids);

  link_lists = g_ptr_array_new_with_free_func (g_free);
  specs = prepare_specs (batch, review, history, lane_map, fresh, ids, links, link_lists, take, summary);
  /* One command for all the events: sorted and signalled once, and so are
   * its undo and redo. It is applied as it is pushed, so the ids and link
   * lists above need only outlive the push; the batch keeps the strings,
   * or hands them to the store. */
  summary->added = specs->len;
  debrief_history_push (history, debrief_event_add_many_command_new_take (review, g_steal_pointer (&specs),
                                                                           G_OBJECT (batch),
                                                                           take ? debrief_import_batch_steal_strings (batch) : NULL,
                                                                           label));
}

static gboolean
apply (DebriefImportBatch   *batch,
       DebriefReview        *review,
       DebriefHistory       *history,
       GHashTable           *lane_map,
       gboolean              take,
       DebriefImportSummary *summary)
{
  g_autoptr(GArray) fresh = NULL;
  g_autoptr(GArray) fresh_series = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (DEBRIEF_IS_IMPORT_BATCH (batch), FALSE);
  *summary = (DebriefImportSummary) { 0 };

  fresh = new_events (batch, review, summary);
  fresh_series = _debrief_import_fresh_series (batch, review, summary);
  if (fresh->len == 0 && fresh_series->len == 0)
    return FALSE;

  label = step_label (fresh->len, fresh_series->len);
  debrief_history_begin_group (history, label);
  if (fresh->len > 0)
    add_events (batch, review, history, lane_map, fresh, take, label, summary);
  _debrief_import_add_series (batch, review, history, lane_map, fresh_series, summary);
  debrief_history_end_group (history);
  return TRUE;
}

/* Returns FALSE, and changes nothing, when no event and no series was new. The batch is
 * left as it was: it can be previewed or applied again. */
gboolean
debrief_import_apply (DebriefImportBatch   *batch,
                      DebriefReview        *review,
                      DebriefHistory       *history,
                      GHashTable           *lane_map,
                      DebriefImportSummary *summary)
{
  return apply (batch, review, history, lane_map, FALSE, summary);
}

/* As debrief_import_apply(), but when events are added the batch gives
 * them up (it keeps its lanes, skips and counts): for the last use of a
 * batch, at less memory. */
gboolean
debrief_import_apply_take (DebriefImportBatch   *batch,
                           DebriefReview        *review,
                           DebriefHistory       *history,
                           GHashTable           *lane_map,
                           DebriefImportSummary *summary)
{
  return apply (batch, review, history, lane_map, TRUE, summary);
}
