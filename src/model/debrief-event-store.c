/* debrief-event-store.c — every event of a review, stored compactly
 *
 * A review may hold a million events (imported logs), so events are plain
 * 56-byte structs in one array, addressed by a stable ref, never GObjects.
 * Around them:
 *
 *  - `order`: live refs sorted by (start, id) — the Events list and saving;
 *  - per lane: refs, their starts and a running maximum of their ends, so a
 *    time range is found by binary search, spans included;
 *  - an id index (open addressing, 4 bytes a slot);
 *  - string tables: ids and texts in a GStringChunk, kinds, tags and sources
 *    interned once.
 *
 * The store is also the GListModel of the Events list: it makes a small
 * DebriefEventItem only for the rows a list widget asks for.
 *
 * This file reads; debrief-event-store-write.c loads and edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-event-store"

#include "config.h"

#include <string.h>

#include "debrief-event-item.h"
#include "debrief-event-kind.h"
#include "debrief-event-store-private.h"
#include "debrief-id-index.h"
#include "debrief-time.h"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DebriefEventStore, debrief_event_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/* ---- specs ------------------------------------------------------------- */

DebriefEventSpec *
debrief_event_spec_copy (const DebriefEventSpec *spec)
{
  DebriefEventSpec *copy = g_new0 (DebriefEventSpec, 1);

  *copy = *spec;
  copy->id = g_strdup (spec->id);
  copy->kind = g_strdup (spec->kind);
  copy->text = g_strdup (spec->text);
  copy->source_type = g_strdup (spec->source_type);
  copy->source_ref = g_strdup (spec->source_ref);
  copy->tags = g_strdupv (spec->tags);
  copy->links = g_strdupv (spec->links);
  copy->unknown = spec->unknown ? json_object_ref (spec->unknown) : NULL;
  copy->source_unknown = spec->source_unknown ? json_object_ref (spec->source_unknown) : NULL;
  return copy;
}

void
debrief_event_spec_free (DebriefEventSpec *spec)
{
  if (spec == NULL)
    return;
  g_free (spec->id);
  g_free (spec->kind);
  g_free (spec->text);
  g_free (spec->source_type);
  g_free (spec->source_ref);
  g_strfreev (spec->tags);
  g_strfreev (spec->links);
  g_clear_pointer (&spec->unknown, json_object_unref);
  g_clear_pointer (&spec->source_unknown, json_object_unref);
  g_free (spec);
}

/* ---- lifecycle ----------------------------------------------------------- */

static void
lane_index_free (gpointer data)
{
  LaneIndex *lane = data;

  if (lane == NULL)
    return;
  g_array_unref (lane->refs);
  g_array_unref (lane->starts);
  g_array_unref (lane->max_end);
  g_free (lane);
}

LaneIndex *
_debrief_lane_index_new (guint reserve)
{
  LaneIndex *lane = g_new (LaneIndex, 1);

  lane->refs = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventRef), reserve);
  lane->starts = g_array_sized_new (FALSE, FALSE, sizeof (gint64), reserve);
  lane->max_end = g_array_sized_new (FALSE, FALSE, sizeof (gint64), reserve);
  return lane;
}

void
_debrief_event_extras_free (gpointer data)
{
  DebriefEventExtras *extras = data;

  if (extras == NULL)
    return;
  g_free (extras->tags);
  g_free (extras->links);
  g_clear_pointer (&extras->unknown, json_object_unref);
  g_clear_pointer (&extras->source_unknown, json_object_unref);
  g_free (extras);
}

static guint
source_key_hash (gconstpointer data)
{
  const SourceKey *key = data;

  return g_direct_hash (key->type) * 31 + g_direct_hash (key->ref);
}

static gboolean
source_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const SourceKey *ka = a, *kb = b;

  return ka->type == kb->type && ka->ref == kb->ref;
}

static const char *
get_event_id (gconstpointer owner,
              guint32       ref)
{
  const DebriefEventStore *self = owner;

  return SLOT (self, ref)->id;
}

static void
debrief_event_store_finalize (GObject *object)
{
  DebriefEventStore *self = DEBRIEF_EVENT_STORE (object);

  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_clear_pointer (&self->source_lookup, g_hash_table_unref);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->adopted_strings, g_ptr_array_unref);
  debrief_id_index_clear (&self->ids);

  G_OBJECT_CLASS (debrief_event_store_parent_class)->finalize (object);
}

static void
debrief_event_store_class_init (DebriefEventStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_event_store_finalize;

  /**
   * DebriefEventStore::changed:
   *
   * Emitted after any edit (not while loading). The generation counter has
   * moved on; caches keyed by it are stale.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
debrief_event_store_init (DebriefEventStore *self)
{
  DebriefEventSource none = { NULL, NULL };

  self->slots = g_array_new (FALSE, FALSE, sizeof (DebriefEvent));
  self->order = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  self->lanes = g_ptr_array_new_with_free_func (lane_index_free);
  self->kinds = g_ptr_array_new ();
  self->sources = g_array_new (FALSE, FALSE, sizeof (DebriefEventSource));
  g_array_append_val (self->sources, none);
  self->source_lookup = g_hash_table_new_full (source_key_hash, source_key_equal, g_free, NULL);
  self->extras = g_ptr_array_new_with_free_func (_debrief_event_extras_free);
  g_ptr_array_add (self->extras, NULL);
  self->strings = g_string_chunk_new (64 * 1024);
  self->adopted_strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_string_chunk_free);
  debrief_id_index_init (&self->ids, get_event_id, self);
  self->next_id_number = 1;

  for (guint i = 0; i < DEBRIEF_N_BUILTIN_EVENT_KINDS; i++)
    g_ptr_array_add (self->kinds,
                     g_string_chunk_insert_const (self->strings, debrief_event_kind_get_name (i)));
}

DebriefEventStore *
debrief_event_store_new (void)
{
  return g_object_new (DEBRIEF_TYPE_EVENT_STORE, NULL);
}

/* ---- GListModel -------------------------------------------------------- */

static GType
list_model_get_item_type (GListModel *model)
{
  return DEBRIEF_TYPE_EVENT_ITEM;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return DEBRIEF_EVENT_STORE (model)->order->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  DebriefEventStore *self = DEBRIEF_EVENT_STORE (model);

  if (position >= self->order->len)
    return NULL;
  return debrief_event_item_new (self, g_array_index (self->order, DebriefEventRef, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

/* ---- reading ------------------------------------------------------------- */

guint
debrief_event_store_get_n_events (DebriefEventStore *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  return self->order->len;
}

const DebriefEvent *
debrief_event_store_get (DebriefEventStore *self,
                         DebriefEventRef    ref)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  g_return_val_if_fail (ref < self->slots->len, NULL);
  return SLOT (self, ref);
}

gboolean
debrief_event_store_is_live (DebriefEventStore *self,
                             DebriefEventRef    ref)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), FALSE);
  return ref < self->slots->len && !(SLOT (self, ref)->flags & DEBRIEF_EVENT_FLAG_REMOVED);
}

DebriefEventRef
debrief_event_store_get_nth (DebriefEventStore *self,
                             guint              position)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), DEBRIEF_EVENT_REF_NONE);
  if (position >= self->order->len)
    return DEBRIEF_EVENT_REF_NONE;
  return g_array_index (self->order, DebriefEventRef, position);
}

guint
_debrief_event_store_refs_lower_bound (DebriefEventStore  *self,
                                       GArray             *refs,
                                       const DebriefEvent *key)
{
  guint lo = 0, hi = refs->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_events (SLOT (self, g_array_index (refs, DebriefEventRef, mid)), key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Returns G_MAXUINT for a removed or unknown ref. */
guint
debrief_event_store_get_position (DebriefEventStore *self,
                                  DebriefEventRef    ref)
{
  guint position;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), G_MAXUINT);
  if (!debrief_event_store_is_live (self, ref))
    return G_MAXUINT;

  position = _debrief_event_store_refs_lower_bound (self, self->order, SLOT (self, ref));
  g_assert (g_array_index (self->order, DebriefEventRef, position) == ref);
  return position;
}

/* The first position in time order whose event starts at or after @time. */
guint
debrief_event_store_lower_bound (DebriefEventStore *self,
                                 gint64             time)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);

  hi = self->order->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (SLOT (self, g_array_index (self->order, DebriefEventRef, mid))->start < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

DebriefEventRef
debrief_event_store_lookup (DebriefEventStore *self,
                            const char        *id)
{
  guint32 ref;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), DEBRIEF_EVENT_REF_NONE);
  g_return_val_if_fail (id != NULL, DEBRIEF_EVENT_REF_NONE);

  ref = debrief_id_index_lookup (&self->ids, id);
  if (ref == DEBRIEF_ID_INDEX_EMPTY || (SLOT (self, ref)->flags & DEBRIEF_EVENT_FLAG_REMOVED))
    return DEBRIEF_EVENT_REF_NONE;
  return ref;
}

const char *
debrief_event_store_get_kind_name (DebriefEventStore *self,
                                   guint              kind)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  g_return_val_if_fail (kind < self->kinds->len, NULL);
  return g_ptr_array_index (self->kinds, kind);
}

guint
debrief_event_store_get_n_kinds (DebriefEventStore *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  return self->kinds->len;
}

const DebriefEventSource *
debrief_event_store_get_source (DebriefEventStore  *self,
                                const DebriefEvent *event)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  if (event->source == 0)
    return NULL;
  return &g_array_index (self->sources, DebriefEventSource, event->source);
}

const DebriefEventExtras *
debrief_event_store_get_extras (DebriefEventStore  *self,
                                const DebriefEvent *event)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  if (event->extras == 0)
    return NULL;
  return g_ptr_array_index (self->extras, event->extras);
}

DebriefEventSpec *
debrief_event_store_dup_spec (DebriefEventStore *self,
                              DebriefEventRef    ref)
{
  const DebriefEvent *event;
  const DebriefEventSource *source;
  const DebriefEventExtras *extras;
  DebriefEventSpec spec = { 0 };

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  g_return_val_if_fail (ref < self->slots->len, NULL);

  event = SLOT (self, ref);
  source = debrief_event_store_get_source (self, event);
  extras = debrief_event_store_get_extras (self, event);

  spec.id = (char *) event->id;
  spec.start = event->start;
  spec.end = event->end;
  spec.lane = event->lane;
  spec.author = event->author;
  spec.kind = g_ptr_array_index (self->kinds, event->kind);
  spec.text = (char *) event->text;
  spec.source_type = source ? (char *) source->type : NULL;
  spec.source_ref = source ? (char *) source->ref : NULL;
  spec.source_line = event->source_line;
  if (extras != NULL)
    {
      spec.tags = (char **) extras->tags;
      spec.links = (char **) extras->links;
      spec.unknown = extras->unknown;
      spec.source_unknown = extras->source_unknown;
    }
  return debrief_event_spec_copy (&spec);
}

/**
 * debrief_event_store_get_bounds:
 *
 * The earliest start and latest end (or start) of all live events.
 * Returns: %FALSE when there are no events.
 */
gboolean
debrief_event_store_get_bounds (DebriefEventStore *self,
                                gint64            *out_start,
                                gint64            *out_end)
{
  gint64 end = G_MININT64;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), FALSE);
  if (self->order->len == 0)
    return FALSE;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      LaneIndex *lane = g_ptr_array_index (self->lanes, i);

      if (lane != NULL && lane->max_end->len > 0)
        end = MAX (end, g_array_index (lane->max_end, gint64, lane->max_end->len - 1));
    }

  *out_start = SLOT (self, g_array_index (self->order, DebriefEventRef, 0))->start;
  *out_end = end;
  return TRUE;
}

guint64
debrief_event_store_get_generation (DebriefEventStore *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  return self->generation;
}

/* A fresh id of the form "e123" that no event (live or removed) uses. */
char *
debrief_event_store_make_id (DebriefEventStore *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);

  for (;;)
    {
      char *id = g_strdup_printf ("e%u", self->next_id_number++);

      if (debrief_id_index_lookup (&self->ids, id) == DEBRIEF_ID_INDEX_EMPTY)
        return id;
      g_free (id);
    }
}

/* Bytes spent on structs and indexes (not on the text itself). */
gsize
debrief_event_store_get_index_memory (DebriefEventStore *self)
{
  gsize total;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);

  total = (gsize) self->slots->len * sizeof (DebriefEvent)
          + (gsize) self->order->len * sizeof (DebriefEventRef)
          + debrief_id_index_get_memory_size (&self->ids);
  for (guint i = 0; i < self->lanes->len; i++)
    {
      LaneIndex *lane = g_ptr_array_index (self->lanes, i);

      if (lane != NULL)
        total += (gsize) lane->refs->len * (sizeof (DebriefEventRef) + 2 * sizeof (gint64));
    }
  return total;
}

/* ---- per-lane queries ---------------------------------------------------- */

LaneIndex *
_debrief_event_store_peek_lane (DebriefEventStore *self,
                                guint32            lane)
{
  if (lane >= self->lanes->len)
    return NULL;
  return g_ptr_array_index (self->lanes, lane);
}

guint
debrief_event_store_lane_get_n_events (DebriefEventStore *self,
                                       guint32            lane)
{
  LaneIndex *index;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  index = _debrief_event_store_peek_lane (self, lane);
  return index ? index->refs->len : 0;
}

const DebriefEventRef *
debrief_event_store_lane_peek_refs (DebriefEventStore *self,
                                    guint32            lane,
                                    guint             *n_refs)
{
  LaneIndex *index;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  index = _debrief_event_store_peek_lane (self, lane);
  *n_refs = index ? index->refs->len : 0;
  return index ? (const DebriefEventRef *) index->refs->data : NULL;
}

const gint64 *
debrief_event_store_lane_peek_starts (DebriefEventStore *self,
                                      guint32            lane,
                                      guint             *n_starts)
{
  LaneIndex *index;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  index = _debrief_event_store_peek_lane (self, lane);
  *n_starts = index ? index->starts->len : 0;
  return index ? (const gint64 *) index->starts->data : NULL;
}

static guint
starts_lower_bound (GArray *starts,
                    gint64  time)
{
  guint lo = 0, hi = starts->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (starts, gint64, mid) < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The first position in the lane whose event starts at or after @time. */
guint
debrief_event_store_lane_lower_bound (DebriefEventStore *self,
                                      guint32            lane,
                                      gint64             time)
{
  LaneIndex *index;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  index = _debrief_event_store_peek_lane (self, lane);
  return index ? starts_lower_bound (index->starts, time) : 0;
}

/**
 * debrief_event_store_lane_query:
 * @out_first: (out): first lane position that may overlap [@from, @to]
 * @out_end: (out): one past the last lane position that starts at or before @to
 *
 * Every event of the lane that overlaps [@from, @to] lies in
 * [@out_first, @out_end). Because spans nest, a few in that range may end
 * before @from; callers that care test each one. Both bounds are binary
 * searches: the running maximum of ends makes the first one exact for spans.
 */
void
debrief_event_store_lane_query (DebriefEventStore *self,
                                guint32            lane,
                                gint64             from,
                                gint64             to,
                                guint             *out_first,
                                guint             *out_end)
{
  LaneIndex *index;
  guint lo = 0, hi;

  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

  index = _debrief_event_store_peek_lane (self, lane);
  if (index == NULL)
    {
      *out_first = *out_end = 0;
      return;
    }

  hi = index->max_end->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (index->max_end, gint64, mid) < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  *out_first = lo;
  *out_end = to == G_MAXINT64 ? index->starts->len : starts_lower_bound (index->starts, to + 1);
  if (*out_end < *out_first)
    *out_end = *out_first;
}

guint
debrief_event_store_lane_get_position (DebriefEventStore *self,
                                       DebriefEventRef    ref)
{
  LaneIndex *index;
  guint position;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), G_MAXUINT);
  if (!debrief_event_store_is_live (self, ref))
    return G_MAXUINT;

  index = _debrief_event_store_peek_lane (self, SLOT (self, ref)->lane);
  g_assert (index != NULL);
  position = _debrief_event_store_refs_lower_bound (self, index->refs, SLOT (self, ref));
  g_assert (g_array_index (index->refs, DebriefEventRef, position) == ref);
  return position;
}

/* ---- signals ----------------------------------------------------------- */

void
_debrief_event_store_emit_changed (DebriefEventStore *self)
{
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Before emitting: the change moves, adds or removes events, or changes
 * their kind or links, so what is drawn where must be worked out again. */
void
_debrief_event_store_touch_shape (DebriefEventStore *self)
{
  self->shape_generation++;
}

/* Counts only the changes that alter where and how events are drawn; a
 * new text or tag leaves it alone, so a timeline need not lay out a
 * million events again for a keystroke. */
guint64
debrief_event_store_get_shape_generation (DebriefEventStore *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), 0);
  return self->shape_generation;
}

