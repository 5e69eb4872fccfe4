/* debrief-event-store-write.c — filling the event store
 *
 * Loading appends slots in bulk and builds the indexes once at the end
 * (load_reserve, load_append, load_finish); editing adds, removes, restores
 * and updates one event at a time, keeping every index sorted as it goes.
 * Both intern strings (kinds, sources, tags) so that a million log lines
 * from one source cost one copy of its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-event-store"

#include "config.h"

#include "debrief-event-kind.h"
#include "debrief-event-store-private.h"

/* ---- filling slots ----------------------------------------------------- */

guint16
debrief_event_store_intern_kind (DebriefEventStore *self,
                                 const char        *kind)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), G_MAXUINT16);

  for (guint i = 0; i < self->kinds->len; i++)
    if (strcmp (g_ptr_array_index (self->kinds, i), kind) == 0)
      return (guint16) i;

  /* Kinds are a small vocabulary; a file with thousands is not a review. */
  if (self->kinds->len >= G_MAXUINT16 - 1)
    return G_MAXUINT16;

  g_ptr_array_add (self->kinds, g_string_chunk_insert_const (self->strings, kind));
  return (guint16) (self->kinds->len - 1);
}

static guint32
intern_source (DebriefEventStore *self,
               const char        *type,
               const char        *ref)
{
  DebriefEventSource *last;
  SourceKey key;
  gpointer found;

  if (type == NULL && ref == NULL)
    return 0;

  last = &g_array_index (self->sources, DebriefEventSource, self->last_source);
  if (self->last_source != 0 && g_strcmp0 (last->type, type) == 0 && g_strcmp0 (last->ref, ref) == 0)
    return self->last_source;

  key.type = type ? g_string_chunk_insert_const (self->strings, type) : NULL;
  key.ref = ref ? g_string_chunk_insert_const (self->strings, ref) : NULL;

  if (g_hash_table_lookup_extended (self->source_lookup, &key, NULL, &found))
    {
      self->last_source = GPOINTER_TO_UINT (found);
      return self->last_source;
    }

  g_array_append_val (self->sources, key);
  self->last_source = self->sources->len - 1;
  g_hash_table_insert (self->source_lookup, g_memdup2 (&key, sizeof key),
                       GUINT_TO_POINTER (self->last_source));
  return self->last_source;
}

static const char **
intern_strv (DebriefEventStore  *self,
             char              **strv,
             gboolean            interned)
{
  guint n;
  const char **result;

  if (strv == NULL || strv[0] == NULL)
    return NULL;

  n = g_strv_length (strv);
  result = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    result[i] = interned ? g_string_chunk_insert_const (self->strings, strv[i])
                         : g_string_chunk_insert (self->strings, strv[i]);
  result[n] = NULL;
  return result;
}

static gboolean
spec_has_extras (const DebriefEventSpec *spec)
{
  return (spec->tags != NULL && spec->tags[0] != NULL) ||
         (spec->links != NULL && spec->links[0] != NULL) ||
         (spec->unknown != NULL && json_object_get_size (spec->unknown) > 0) ||
         (spec->source_unknown != NULL && json_object_get_size (spec->source_unknown) > 0);
}

/* Fills the extras of @event from @spec, reusing its extras entry: an entry
 * belongs to one event only. */
static void
set_extras (DebriefEventStore      *self,
            DebriefEvent           *event,
            const DebriefEventSpec *spec)
{
  DebriefEventExtras *extras;

  if (!spec_has_extras (spec))
    {
      if (event->extras != 0)
        {
          _debrief_event_extras_free (g_ptr_array_index (self->extras, event->extras));
          g_ptr_array_index (self->extras, event->extras) = NULL;
          event->extras = 0;
        }
      return;
    }

  if (event->extras == 0)
    {
      g_ptr_array_add (self->extras, g_new0 (DebriefEventExtras, 1));
      event->extras = self->extras->len - 1;
    }
  else if (g_ptr_array_index (self->extras, event->extras) == NULL)
    g_ptr_array_index (self->extras, event->extras) = g_new0 (DebriefEventExtras, 1);

  extras = g_ptr_array_index (self->extras, event->extras);
  g_free (extras->tags);
  g_free (extras->links);
  g_clear_pointer (&extras->unknown, json_object_unref);
  g_clear_pointer (&extras->source_unknown, json_object_unref);

  extras->tags = intern_strv (self, spec->tags, TRUE);
  extras->links = intern_strv (self, spec->links, FALSE);
  if (spec->unknown != NULL && json_object_get_size (spec->unknown) > 0)
    extras->unknown = json_object_ref (spec->unknown);
  if (spec->source_unknown != NULL && json_object_get_size (spec->source_unknown) > 0)
    extras->source_unknown = json_object_ref (spec->source_unknown);
}

/* Everything but the id, which never changes once an event exists.
 * With @adopt the text stays where the spec has it: in a chunk the store
 * has adopted (debrief_event_store_add_many_adopting()). */
static void
fill_event (DebriefEventStore      *self,
            DebriefEvent           *event,
            const DebriefEventSpec *spec,
            gboolean                adopt)
{
  guint16 kind = debrief_event_store_intern_kind (self, spec->kind ? spec->kind : "note");

  event->start = spec->start;
  event->end = spec->end;
  event->text = spec->text == NULL ? "" : adopt ? spec->text : g_string_chunk_insert (self->strings, spec->text);
  event->source = intern_source (self, spec->source_type, spec->source_ref);
  event->source_line = spec->source_line;
  event->lane = spec->lane;
  event->author = spec->author;
  event->kind = kind == G_MAXUINT16 ? DEBRIEF_EVENT_KIND_NOTE : kind;
  set_extras (self, event, spec);
}

static DebriefEventRef
append_slot (DebriefEventStore      *self,
             const DebriefEventSpec *spec,
             gboolean                adopt)
{
  DebriefEvent event = { 0 };

  event.id = adopt ? spec->id : g_string_chunk_insert (self->strings, spec->id);
  fill_event (self, &event, spec, adopt);
  g_array_append_val (self->slots, event);
  return self->slots->len - 1;
}

/* ---- loading ----------------------------------------------------------- */

void
debrief_event_store_load_reserve (DebriefEventStore *self,
                                  guint              n_events)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));
  g_return_if_fail (self->slots->len == 0);

  /* Exact sizes: a doubling array would leave up to half its room unused. */
  g_array_unref (self->slots);
  self->slots = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEvent), n_events);
  g_array_unref (self->order);
  self->order = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventRef), n_events);
}

/**
 * debrief_event_store_load_append:
 * @out_duplicate_of: (out): the earlier event with the same id, or NONE
 *
 * Appends without sorting or indexing by lane (see load_finish()). The ref
 * equals the number of events appended before, so a loader can map refs
 * back to positions in its file. A duplicate id is stored but not indexed.
 */
DebriefEventRef
debrief_event_store_load_append (DebriefEventStore      *self,
                                 const DebriefEventSpec *spec,
                                 DebriefEventRef        *out_duplicate_of)
{
  DebriefEventRef ref, existing;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), DEBRIEF_EVENT_REF_NONE);
  g_return_val_if_fail (spec->id != NULL, DEBRIEF_EVENT_REF_NONE);

  existing = debrief_id_index_lookup (&self->ids, spec->id);
  ref = append_slot (self, spec, FALSE);
  if (existing == DEBRIEF_ID_INDEX_EMPTY)
    debrief_id_index_insert (&self->ids, ref);

  if (out_duplicate_of != NULL)
    *out_duplicate_of = existing == DEBRIEF_ID_INDEX_EMPTY ? DEBRIEF_EVENT_REF_NONE : existing;
  return ref;
}

static int
compare_refs (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  DebriefEventStore *self = data;

  return compare_events (SLOT (self, *(const DebriefEventRef *) a),
                         SLOT (self, *(const DebriefEventRef *) b));
}

static void
recompute_max_end (DebriefEventStore *self,
                   LaneIndex         *lane,
                   guint              from)
{
  gint64 running = from > 0 ? g_array_index (lane->max_end, gint64, from - 1) : G_MININT64;

  for (guint i = from; i < lane->refs->len; i++)
    {
      running = MAX (running, effective_end (SLOT (self, g_array_index (lane->refs, DebriefEventRef, i))));
      g_array_index (lane->max_end, gint64, i) = running;
    }
}

static void
build_lane_indexes (DebriefEventStore *self)
{
  g_autofree guint *counts = NULL;
  guint n_lanes = 0;

  for (guint i = 0; i < self->order->len; i++)
    n_lanes = MAX (n_lanes, SLOT (self, g_array_index (self->order, DebriefEventRef, i))->lane + 1);

  counts = g_new0 (guint, n_lanes);
  for (guint i = 0; i < self->order->len; i++)
    counts[SLOT (self, g_array_index (self->order, DebriefEventRef, i))->lane]++;

  g_ptr_array_set_size (self->lanes, 0);
  for (guint lane = 0; lane < n_lanes; lane++)
    g_ptr_array_add (self->lanes, counts[lane] > 0 ? _debrief_lane_index_new (counts[lane]) : NULL);

  for (guint i = 0; i < self->order->len; i++)
    {
      DebriefEventRef ref = g_array_index (self->order, DebriefEventRef, i);
      const DebriefEvent *event = SLOT (self, ref);
      LaneIndex *lane = g_ptr_array_index (self->lanes, event->lane);

      g_array_append_val (lane->refs, ref);
      g_array_append_val (lane->starts, event->start);
    }

  for (guint lane = 0; lane < n_lanes; lane++)
    if (g_ptr_array_index (self->lanes, lane) != NULL)
      {
        LaneIndex *index = g_ptr_array_index (self->lanes, lane);

        g_array_set_size (index->max_end, index->refs->len);
        recompute_max_end (self, index, 0);
      }
}

/**
 * debrief_event_store_load_finish:
 *
 * Sorts (files written by Debrief are sorted already, which is checked in
 * one pass) and builds the lane indexes. Events whose lane is NONE are
 * left out of every index; a loader that let them in has failed anyway.
 */
static void
reindex (DebriefEventStore *self)
{
  gboolean sorted = TRUE;

  g_array_set_size (self->order, 0);
  for (DebriefEventRef ref = 0; ref < self->slots->len; ref++)
    {
      const DebriefEvent *event = SLOT (self, ref);

      if (event->lane == DEBRIEF_LANE_KEY_NONE || (event->flags & DEBRIEF_EVENT_FLAG_REMOVED))
        continue;
      if (sorted && self->order->len > 0 &&
          compare_events (SLOT (self, g_array_index (self->order, DebriefEventRef,
                                                     self->order->len - 1)), event) > 0)
        sorted = FALSE;
      g_array_append_val (self->order, ref);
    }

  if (!sorted)
    g_array_sort_with_data (self->order, compare_refs, self);

  build_lane_indexes (self);
}

void
debrief_event_store_load_finish (DebriefEventStore *self)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

  reindex (self);
  self->generation++;
  self->shape_generation++;
}

/* ---- editing ----------------------------------------------------------- */

static LaneIndex *
ensure_lane (DebriefEventStore *self,
             guint32            lane)
{
  if (lane >= self->lanes->len)
    g_ptr_array_set_size (self->lanes, lane + 1);
  if (g_ptr_array_index (self->lanes, lane) == NULL)
    g_ptr_array_index (self->lanes, lane) = _debrief_lane_index_new (8);
  return g_ptr_array_index (self->lanes, lane);
}

static guint
index_insert (DebriefEventStore *self,
              DebriefEventRef    ref)
{
  const DebriefEvent *event = SLOT (self, ref);
  LaneIndex *lane = ensure_lane (self, event->lane);
  guint position = _debrief_event_store_refs_lower_bound (self, lane->refs, event);
  guint order_position = _debrief_event_store_refs_lower_bound (self, self->order, event);
  gint64 unused = 0;

  g_array_insert_val (lane->refs, position, ref);
  g_array_insert_val (lane->starts, position, event->start);
  g_array_insert_val (lane->max_end, position, unused);
  recompute_max_end (self, lane, position);

  g_array_insert_val (self->order, order_position, ref);
  return order_position;
}

static guint
index_remove (DebriefEventStore *self,
              DebriefEventRef    ref)
{
  const DebriefEvent *event = SLOT (self, ref);
  LaneIndex *lane = _debrief_event_store_peek_lane (self, event->lane);
  guint position, order_position;

  g_assert (lane != NULL);
  position = _debrief_event_store_refs_lower_bound (self, lane->refs, event);
  order_position = _debrief_event_store_refs_lower_bound (self, self->order, event);

  g_assert (g_array_index (lane->refs, DebriefEventRef, position) == ref);
  g_assert (g_array_index (self->order, DebriefEventRef, order_position) == ref);

  g_array_remove_index (lane->refs, position);
  g_array_remove_index (lane->starts, position);
  g_array_remove_index (lane->max_end, position);
  recompute_max_end (self, lane, position);

  g_array_remove_index (self->order, order_position);
  return order_position;
}

/**
 * debrief_event_store_add:
 *
 * Returns: the new event, or NONE if its id is taken by a live event.
 */
DebriefEventRef
debrief_event_store_add (DebriefEventStore      *self,
                         const DebriefEventSpec *spec)
{
  DebriefEventRef ref;
  guint position;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), DEBRIEF_EVENT_REF_NONE);
  g_return_val_if_fail (spec->id != NULL, DEBRIEF_EVENT_REF_NONE);
  g_return_val_if_fail (spec->lane != DEBRIEF_LANE_KEY_NONE, DEBRIEF_EVENT_REF_NONE);

  if (debrief_event_store_lookup (self, spec->id) != DEBRIEF_EVENT_REF_NONE)
    return DEBRIEF_EVENT_REF_NONE;

  ref = append_slot (self, spec, FALSE);
  debrief_id_index_insert (&self->ids, ref);
  position = index_insert (self, ref);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  _debrief_event_store_touch_shape (self);
  _debrief_event_store_emit_changed (self);
  return ref;
}

void
debrief_event_store_remove (DebriefEventStore *self,
                            DebriefEventRef    ref)
{
  guint position;

  g_return_if_fail (debrief_event_store_is_live (self, ref));

  position = index_remove (self, ref);
  SLOT (self, ref)->flags |= DEBRIEF_EVENT_FLAG_REMOVED;

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  _debrief_event_store_touch_shape (self);
  _debrief_event_store_emit_changed (self);
}

void
debrief_event_store_restore (DebriefEventStore *self,
                             DebriefEventRef    ref)
{
  guint position;

  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));
  g_return_if_fail (ref < self->slots->len);
  g_return_if_fail (SLOT (self, ref)->flags & DEBRIEF_EVENT_FLAG_REMOVED);

  SLOT (self, ref)->flags &= ~DEBRIEF_EVENT_FLAG_REMOVED;
  debrief_id_index_insert (&self->ids, ref);
  position = index_insert (self, ref);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  _debrief_event_store_touch_shape (self);
  _debrief_event_store_emit_changed (self);
}

static gboolean
same_strv (const char * const *a,
           const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || *a == NULL) && (b == NULL || *b == NULL);
  return g_strv_equal (a, b);
}

/* Whether @spec would move @event, or change its kind, links or author:
 * what the timeline's layout is made of. */
static gboolean
changes_shape (DebriefEventStore      *self,
               const DebriefEvent     *event,
               const DebriefEventSpec *spec)
{
  const DebriefEventExtras *extras = debrief_event_store_get_extras (self, event);

  return event->start != spec->start || event->end != spec->end || event->lane != spec->lane ||
         event->author != spec->author ||
         g_strcmp0 (debrief_event_store_get_kind_name (self, event->kind), spec->kind) != 0 ||
         !same_strv (extras ? (const char * const *) extras->links : NULL, (const char * const *) spec->links);
}

/**
 * debrief_event_store_update:
 *
 * Replaces everything about the event but its id with @spec. The event
 * keeps its ref; if its time or lane changed it moves in the indexes.
 */
void
debrief_event_store_update (DebriefEventStore      *self,
                            DebriefEventRef         ref,
                            const DebriefEventSpec *spec)
{
  DebriefEvent *event;
  guint old_position, new_position;

  g_return_if_fail (debrief_event_store_is_live (self, ref));
  g_return_if_fail (spec->lane != DEBRIEF_LANE_KEY_NONE);

  event = SLOT (self, ref);
  if (changes_shape (self, event, spec))
    _debrief_event_store_touch_shape (self);
  old_position = index_remove (self, ref);
  fill_event (self, event, spec, FALSE);
  new_position = index_insert (self, ref);

  /* One signal for the whole stretch the event crossed: two (removed here,
   * added there) would let a list widget see the count disagree with the
   * signal in between. */
  {
    guint first = MIN (old_position, new_position);
    guint n = MAX (old_position, new_position) - first + 1;

    g_list_model_items_changed (G_LIST_MODEL (self), first, n, n);
  }
  _debrief_event_store_emit_changed (self);
}

/* ---- many at once ------------------------------------------------------------- */

/* An import adds thousands of events, its undo removes them: one by one,
 * each would shift the sorted arrays (quadratic) and signal every view.
 * These change the slots, sort and index once, and signal once. */
static void
reindexed (DebriefEventStore *self,
           guint              old_n_items)
{
  reindex (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->order->len);
  _debrief_event_store_touch_shape (self);
  _debrief_event_store_emit_changed (self);
}

static void
add_many (DebriefEventStore      *self,
          const DebriefEventSpec *specs,
          guint                   n_specs,
          DebriefEventRef        *out_refs,
          gboolean                adopt)
{
  guint old_n_items = self->order->len;

  for (guint i = 0; i < n_specs; i++)
    {
      out_refs[i] = DEBRIEF_EVENT_REF_NONE;
      if (specs[i].id == NULL || specs[i].lane == DEBRIEF_LANE_KEY_NONE ||
          debrief_event_store_lookup (self, specs[i].id) != DEBRIEF_EVENT_REF_NONE)
        continue;
      out_refs[i] = append_slot (self, &specs[i], adopt);
      debrief_id_index_insert (&self->ids, out_refs[i]);
    }
  reindexed (self, old_n_items);
}

/**
 * debrief_event_store_add_many:
 * @out_refs: (out caller-allocates) (array length=n_specs): the new events,
 *   NONE where a spec's id is taken
 */
void
debrief_event_store_add_many (DebriefEventStore      *self,
                              const DebriefEventSpec *specs,
                              guint                   n_specs,
                              DebriefEventRef        *out_refs)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

  add_many (self, specs, n_specs, out_refs, FALSE);
}

/**
 * debrief_event_store_add_many_adopting:
 * @strings: (transfer full): the chunk holding every spec's id and text
 *
 * As debrief_event_store_add_many(), but the events keep their ids and
 * texts where @strings has them, and the store keeps @strings for as long
 * as it lives: an import of a million log lines then holds its texts once
 * at its peak, not twice (the batch's and the store's copies).
 */
void
debrief_event_store_add_many_adopting (DebriefEventStore      *self,
                                       const DebriefEventSpec *specs,
                                       guint                   n_specs,
                                       DebriefEventRef        *out_refs,
                                       GStringChunk           *strings)
{
  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));
  g_return_if_fail (strings != NULL);

  g_ptr_array_add (self->adopted_strings, strings);
  add_many (self, specs, n_specs, out_refs, TRUE);
}

void
debrief_event_store_remove_many (DebriefEventStore     *self,
                                 const DebriefEventRef *refs,
                                 guint                  n_refs)
{
  guint old_n_items;

  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

  old_n_items = self->order->len;
  for (guint i = 0; i < n_refs; i++)
    if (debrief_event_store_is_live (self, refs[i]))
      SLOT (self, refs[i])->flags |= DEBRIEF_EVENT_FLAG_REMOVED;
  reindexed (self, old_n_items);
}

void
debrief_event_store_restore_many (DebriefEventStore     *self,
                                  const DebriefEventRef *refs,
                                  guint                  n_refs)
{
  guint old_n_items;

  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

  old_n_items = self->order->len;
  for (guint i = 0; i < n_refs; i++)
    if (refs[i] < self->slots->len && (SLOT (self, refs[i])->flags & DEBRIEF_EVENT_FLAG_REMOVED))
      {
        SLOT (self, refs[i])->flags &= ~DEBRIEF_EVENT_FLAG_REMOVED;
        debrief_id_index_insert (&self->ids, refs[i]);
      }
  reindexed (self, old_n_items);
}
