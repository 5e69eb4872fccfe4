/* debrief-event-store-private.h — the store's insides, for its two halves
 *
 * debrief-event-store.c reads (queries, the list model); the writing half,
 * debrief-event-store-write.c, fills slots in bulk and edits them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "debrief-event-store.h"
#include "debrief-id-index.h"
#include "debrief-time.h"

G_BEGIN_DECLS

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
  GPtrArray      *adopted_strings;  /* GStringChunk*: ids and texts of imports */
  DebriefIdIndex  ids;
  guint64         generation;
  guint64         shape_generation;  /* changes that move, add or remove events */
  guint           next_id_number;
};

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

LaneIndex *_debrief_lane_index_new                (guint               reserve);
void       _debrief_event_extras_free             (gpointer            data);
LaneIndex *_debrief_event_store_peek_lane         (DebriefEventStore  *self,
                                                   guint32             lane);
guint      _debrief_event_store_refs_lower_bound  (DebriefEventStore  *self,
                                                   GArray             *refs,
                                                   const DebriefEvent *key);
void       _debrief_event_store_emit_changed      (DebriefEventStore  *self);
void       _debrief_event_store_touch_shape       (DebriefEventStore  *self);

G_END_DECLS
