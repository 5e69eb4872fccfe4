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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-event-store"

#include "config.h"

#include <string.h>

#include "debrief-event-item.h"
#include "debrief-event-kind.h"
#include "debrief-event-store.h"
#include "debrief-id-index.h"
#include "debrief-time.h"

typedef struct {
  GArray *refs;     /* DebriefEventRef, sorted by (start, id) */
  GArray *starts;   /* gint64: the refs' starts, searched without touching slots */
  GArray *max_end;  /* gint64: running maximum of the effective ends */
} LaneIndex;

typedef struct {
  const char *type;
  const char *ref;
} SourceKey;

struct _DebriefEventStore
{
  GObject         parent_instance;

  GArray         *slots;          /* DebriefEvent, indexed by ref */
  GArray         *order;          /* DebriefEventRef of live events, by (start, id) */
  GPtrArray      *lanes;          /* LaneIndex*, indexed by lane key */
  GPtrArray      *kinds;          /* const char*, interned */
  GArray         *sources;        /* DebriefEventSource; [0] is "none" */
  GHashTable     *source_lookup;  /* SourceKey* → index */
  guint32         last_source;    /* a one-entry cache: log lines repeat sources */
  GPtrArray      *extras;         /* DebriefEventExtras*; [0] is unused */
  GStringChunk   *strings;
  DebriefIdIndex  ids;
  guint64         generation;
  guint           next_id_number;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DebriefEventStore, debrief_event_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SLOT(self, ref) (&g_array_index ((self)->slots, DebriefEvent, (ref)))

static inline gint64
effective_end (const DebriefEvent *event)
{
  return event->end == DEBRIEF_TIME_NONE ? event->start : event->end;
}

static inline int
compare_events (const DebriefEvent *a,
                const DebriefEvent *b)
{
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return strcmp (a->id, b->id);
}

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

static LaneIndex *
lane_index_new (guint reserve)
{
  LaneIndex *lane = g_new (LaneIndex, 1);

  lane->refs = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventRef), reserve);
  lane->starts = g_array_sized_new (FALSE, FALSE, sizeof (gint64), reserve);
  lane->max_end = g_array_sized_new (FALSE, FALSE, sizeof (gint64), reserve);
  return lane;
}

static void
extras_free (gpointer data)
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
  self->extras = g_ptr_array_new_with_free_func (extras_free);
  g_ptr_array_add (self->extras, NULL);
  self->strings = g_string_chunk_new (64 * 1024);
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

static guint
refs_lower_bound (DebriefEventStore  *self,
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

  position = refs_lower_bound (self, self->order, SLOT (self, ref));
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

static LaneIndex *
peek_lane (DebriefEventStore *self,
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
  index = peek_lane (self, lane);
  return index ? index->refs->len : 0;
}

const DebriefEventRef *
debrief_event_store_lane_peek_refs (DebriefEventStore *self,
                                    guint32            lane,
                                    guint             *n_refs)
{
  LaneIndex *index;

  g_return_val_if_fail (DEBRIEF_IS_EVENT_STORE (self), NULL);
  index = peek_lane (self, lane);
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
  index = peek_lane (self, lane);
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
  index = peek_lane (self, lane);
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

  index = peek_lane (self, lane);
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

  index = peek_lane (self, SLOT (self, ref)->lane);
  g_assert (index != NULL);
  position = refs_lower_bound (self, index->refs, SLOT (self, ref));
  g_assert (g_array_index (index->refs, DebriefEventRef, position) == ref);
  return position;
}

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
          extras_free (g_ptr_array_index (self->extras, event->extras));
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

/* Everything but the id, which never changes once an event exists. */
static void
fill_event (DebriefEventStore      *self,
            DebriefEvent           *event,
            const DebriefEventSpec *spec)
{
  guint16 kind = debrief_event_store_intern_kind (self, spec->kind ? spec->kind : "note");

  event->start = spec->start;
  event->end = spec->end;
  event->text = spec->text ? g_string_chunk_insert (self->strings, spec->text) : "";
  event->source = intern_source (self, spec->source_type, spec->source_ref);
  event->source_line = spec->source_line;
  event->lane = spec->lane;
  event->author = spec->author;
  event->kind = kind == G_MAXUINT16 ? DEBRIEF_EVENT_KIND_NOTE : kind;
  set_extras (self, event, spec);
}

static DebriefEventRef
append_slot (DebriefEventStore      *self,
             const DebriefEventSpec *spec)
{
  DebriefEvent event = { 0 };

  event.id = g_string_chunk_insert (self->strings, spec->id);
  fill_event (self, &event, spec);
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
  ref = append_slot (self, spec);
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
    g_ptr_array_add (self->lanes, counts[lane] > 0 ? lane_index_new (counts[lane]) : NULL);

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
void
debrief_event_store_load_finish (DebriefEventStore *self)
{
  gboolean sorted = TRUE;

  g_return_if_fail (DEBRIEF_IS_EVENT_STORE (self));

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
  self->generation++;
}

/* ---- editing ----------------------------------------------------------- */

static LaneIndex *
ensure_lane (DebriefEventStore *self,
             guint32            lane)
{
  if (lane >= self->lanes->len)
    g_ptr_array_set_size (self->lanes, lane + 1);
  if (g_ptr_array_index (self->lanes, lane) == NULL)
    g_ptr_array_index (self->lanes, lane) = lane_index_new (8);
  return g_ptr_array_index (self->lanes, lane);
}

static guint
index_insert (DebriefEventStore *self,
              DebriefEventRef    ref)
{
  const DebriefEvent *event = SLOT (self, ref);
  LaneIndex *lane = ensure_lane (self, event->lane);
  guint position = refs_lower_bound (self, lane->refs, event);
  guint order_position = refs_lower_bound (self, self->order, event);
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
  LaneIndex *lane = peek_lane (self, event->lane);
  guint position, order_position;

  g_assert (lane != NULL);
  position = refs_lower_bound (self, lane->refs, event);
  order_position = refs_lower_bound (self, self->order, event);

  g_assert (g_array_index (lane->refs, DebriefEventRef, position) == ref);
  g_assert (g_array_index (self->order, DebriefEventRef, order_position) == ref);

  g_array_remove_index (lane->refs, position);
  g_array_remove_index (lane->starts, position);
  g_array_remove_index (lane->max_end, position);
  recompute_max_end (self, lane, position);

  g_array_remove_index (self->order, order_position);
  return order_position;
}

static void
emit_changed (DebriefEventStore *self)
{
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0);
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

  ref = append_slot (self, spec);
  debrief_id_index_insert (&self->ids, ref);
  position = index_insert (self, ref);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  emit_changed (self);
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
  emit_changed (self);
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
  emit_changed (self);
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
  old_position = index_remove (self, ref);
  fill_event (self, event, spec);
  new_position = index_insert (self, ref);

  if (old_position == new_position)
    g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), new_position, 0, 1);
    }
  emit_changed (self);
}
