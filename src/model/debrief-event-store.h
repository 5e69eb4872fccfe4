/* debrief-event-store.h — every event of a review, stored compactly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A stable handle to an event for the life of the store. Removing an event
 * keeps its slot (undo brings it back under the same ref). */
typedef guint32 DebriefEventRef;
#define DEBRIEF_EVENT_REF_NONE G_MAXUINT32

/* Lanes are named by the small integer key their review gave them. */
#define DEBRIEF_LANE_KEY_NONE G_MAXUINT32

typedef enum {
  DEBRIEF_EVENT_FLAG_REMOVED = 1 << 0,
} DebriefEventFlags;

/* 56 bytes. Strings live in the store's string chunk; kind, source and
 * extras are indexes into shared tables, so repeated values cost nothing. */
typedef struct {
  gint64       start;
  gint64       end;          /* DEBRIEF_TIME_NONE for a point event */
  const char  *id;
  const char  *text;
  guint32      source;       /* index into the source table, 0: none */
  guint32      source_line;  /* 0: none */
  guint32      lane;         /* lane key */
  guint32      author;       /* lane key of a participant, or NONE */
  guint16      kind;         /* index into the kind table */
  guint16      flags;
  guint32      extras;       /* index into the extras table, 0: none */
} DebriefEvent;

typedef struct {
  const char *type;
  const char *ref;
} DebriefEventSource;

/* What few events have: tags, links, members Debrief does not know. */
typedef struct {
  const char **tags;            /* NULL-terminated, interned */
  const char **links;           /* NULL-terminated event ids */
  JsonObject  *unknown;         /* members of the event Debrief does not know */
  JsonObject  *source_unknown;  /* members of its source Debrief does not know */
} DebriefEventExtras;

/* Everything about one event, as a caller hands it in or gets a copy out.
 * A spec on the stack borrows its strings; one from
 * debrief_event_store_dup_spec() or debrief_event_spec_copy() owns them. */
typedef struct {
  char        *id;
  gint64       start;
  gint64       end;
  guint32      lane;
  guint32      author;
  char        *kind;
  char        *text;
  char        *source_type;
  char        *source_ref;
  guint32      source_line;
  char       **tags;
  char       **links;
  JsonObject  *unknown;
  JsonObject  *source_unknown;
} DebriefEventSpec;

DebriefEventSpec *debrief_event_spec_copy (const DebriefEventSpec *spec);
void              debrief_event_spec_free (DebriefEventSpec       *spec);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefEventSpec, debrief_event_spec_free)

#define DEBRIEF_TYPE_EVENT_STORE (debrief_event_store_get_type ())
G_DECLARE_FINAL_TYPE (DebriefEventStore, debrief_event_store, DEBRIEF, EVENT_STORE, GObject)

DebriefEventStore        *debrief_event_store_new              (void);

/* Reading */
guint                     debrief_event_store_get_n_events     (DebriefEventStore *self);
const DebriefEvent       *debrief_event_store_get              (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
gboolean                  debrief_event_store_is_live          (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
DebriefEventRef           debrief_event_store_get_nth          (DebriefEventStore *self,
                                                                guint              position);
guint                     debrief_event_store_get_position     (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
guint                     debrief_event_store_lower_bound      (DebriefEventStore *self,
                                                                gint64             time);
DebriefEventRef           debrief_event_store_lookup           (DebriefEventStore *self,
                                                                const char        *id);
const char               *debrief_event_store_get_kind_name    (DebriefEventStore *self,
                                                                guint              kind);
guint                     debrief_event_store_get_n_kinds      (DebriefEventStore *self);
const DebriefEventSource *debrief_event_store_get_source       (DebriefEventStore *self,
                                                                const DebriefEvent *event);
const DebriefEventExtras *debrief_event_store_get_extras       (DebriefEventStore *self,
                                                                const DebriefEvent *event);
DebriefEventSpec         *debrief_event_store_dup_spec         (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
gboolean                  debrief_event_store_get_bounds       (DebriefEventStore *self,
                                                                gint64            *out_start,
                                                                gint64            *out_end);
guint64                   debrief_event_store_get_generation   (DebriefEventStore *self);
guint64                   debrief_event_store_get_shape_generation (DebriefEventStore *self);
char                     *debrief_event_store_make_id          (DebriefEventStore *self);
gsize                     debrief_event_store_get_index_memory (DebriefEventStore *self);

/* By lane, in time order: positions index the lane's own sorted arrays. */
guint                     debrief_event_store_lane_get_n_events (DebriefEventStore *self,
                                                                 guint32            lane);
const DebriefEventRef    *debrief_event_store_lane_peek_refs    (DebriefEventStore *self,
                                                                 guint32            lane,
                                                                 guint             *n_refs);
const gint64             *debrief_event_store_lane_peek_starts  (DebriefEventStore *self,
                                                                 guint32            lane,
                                                                 guint             *n_starts);
guint                     debrief_event_store_lane_lower_bound  (DebriefEventStore *self,
                                                                 guint32            lane,
                                                                 gint64             time);
void                      debrief_event_store_lane_query        (DebriefEventStore *self,
                                                                 guint32            lane,
                                                                 gint64             from,
                                                                 gint64             to,
                                                                 guint             *out_first,
                                                                 guint             *out_end);
guint                     debrief_event_store_lane_get_position (DebriefEventStore *self,
                                                                 DebriefEventRef    ref);

/* Loading: append in file order, then finish once. No signals until then. */
void                      debrief_event_store_load_reserve     (DebriefEventStore *self,
                                                                guint              n_events);
DebriefEventRef           debrief_event_store_load_append      (DebriefEventStore *self,
                                                                const DebriefEventSpec *spec,
                                                                DebriefEventRef   *out_duplicate_of);
guint16                   debrief_event_store_intern_kind      (DebriefEventStore *self,
                                                                const char        *kind);
void                      debrief_event_store_load_finish      (DebriefEventStore *self);

/* Editing: the review's commands call these; each emits items-changed and
 * ::changed. */
DebriefEventRef           debrief_event_store_add              (DebriefEventStore *self,
                                                                const DebriefEventSpec *spec);
void                      debrief_event_store_remove           (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
void                      debrief_event_store_restore          (DebriefEventStore *self,
                                                                DebriefEventRef    ref);
void                      debrief_event_store_update           (DebriefEventStore *self,
                                                                DebriefEventRef    ref,
                                                                const DebriefEventSpec *spec);

/* Many at once (an import, its undo): sorted and signalled once. */
void                      debrief_event_store_add_many         (DebriefEventStore      *self,
                                                                const DebriefEventSpec *specs,
                                                                guint                   n_specs,
                                                                DebriefEventRef        *out_refs);
void                      debrief_event_store_add_many_adopting (DebriefEventStore      *self,
                                                                 const DebriefEventSpec *specs,
                                                                 guint                   n_specs,
                                                                 DebriefEventRef        *out_refs,
                                                                 GStringChunk           *strings);
void                      debrief_event_store_remove_many      (DebriefEventStore      *self,
                                                                const DebriefEventRef  *refs,
                                                                guint                   n_refs);
void                      debrief_event_store_restore_many     (DebriefEventStore      *self,
                                                                const DebriefEventRef  *refs,
                                                                guint                   n_refs);

G_END_DECLS
