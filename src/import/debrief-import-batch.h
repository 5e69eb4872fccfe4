/* debrief-import-batch.h — what an importer read, before it joins a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-event-store.h"
#include "debrief-lane.h"
#include "debrief-samples.h"

G_BEGIN_DECLS

/* A lane the source speaks of: a chat author, a host, a service. */
typedef struct {
  DebriefLaneKind  kind;
  char            *name;       /* as the source names it: "alice", "web-1" */
  char            *tz;         /* IANA zone, or NULL */
} DebriefImportLane;

/* A record left out, and why: "app.log:17", "expected a time in ts". */
typedef struct {
  char *location;
  char *reason;
} DebriefImportSkip;

/* A link from a batch event to another event named by its source, for
 * formats whose records point at each other (a Slack reply at its thread's
 * parent). Event ids only exist once the batch joins a review, so
 * debrief_import_apply() resolves these against the batch and the review. */
typedef struct {
  guint       event;   /* index of the linking event in the batch */
  const char *type;    /* the linked event's source type: "slack" */
  const char *ref;     /* … and reference: "#incident 1773475331.000200" */
} DebriefImportLink;

/* A metric series (from Prometheus, Graphite, a CSV of samples). */
typedef struct {
  char           *name;
  char           *lane;      /* the host or service it measures, as the source says; or NULL */
  char           *unit;      /* or NULL */
  DebriefSamples *samples;
} DebriefImportSeries;

#define DEBRIEF_TYPE_IMPORT_BATCH (debrief_import_batch_get_type ())
G_DECLARE_FINAL_TYPE (DebriefImportBatch, debrief_import_batch, DEBRIEF, IMPORT_BATCH, GObject)

DebriefImportBatch      *debrief_import_batch_new           (void);
guint                    debrief_import_batch_add_lane      (DebriefImportBatch     *self,
                                                             DebriefLaneKind         kind,
                                                             const char             *name);
void                     debrief_import_batch_set_lane_tz   (DebriefImportBatch     *self,
                                                             guint                   lane,
                                                             const char             *tz);
guint                    debrief_import_batch_add_event     (DebriefImportBatch     *self,
                                                             guint                   lane,
                                                             const DebriefEventSpec *spec);
void                     debrief_import_batch_link_source   (DebriefImportBatch     *self,
                                                             guint                   event,
                                                             const char             *source_type,
                                                             const char             *source_ref);
void                     debrief_import_batch_skip          (DebriefImportBatch     *self,
                                                             const char             *location,
                                                             const char             *reason);
void                     debrief_import_batch_skip_line     (DebriefImportBatch     *self,
                                                             const char             *file_name,
                                                             guint                   line,
                                                             const char             *reason);
void                     debrief_import_batch_count_outside (DebriefImportBatch     *self);
GArray                  *debrief_import_batch_steal_events (DebriefImportBatch     *self);
char                    *debrief_import_batch_keep_string  (DebriefImportBatch     *self,
                                                             const char             *text);
GStringChunk            *debrief_import_batch_steal_strings (DebriefImportBatch    *self);

guint                    debrief_import_batch_get_n_lanes   (DebriefImportBatch     *self);
const DebriefImportLane *debrief_import_batch_get_lane      (DebriefImportBatch     *self,
                                                             guint                   index);
guint                    debrief_import_batch_get_n_events  (DebriefImportBatch     *self);
const DebriefEventSpec  *debrief_import_batch_get_event     (DebriefImportBatch     *self,
                                                             guint                   index);
guint                    debrief_import_batch_get_n_links   (DebriefImportBatch     *self);
const DebriefImportLink *debrief_import_batch_get_link      (DebriefImportBatch     *self,
                                                             guint                   index);
guint                    debrief_import_batch_get_n_skipped (DebriefImportBatch     *self);
GPtrArray               *debrief_import_batch_get_skipped   (DebriefImportBatch     *self);
guint                    debrief_import_batch_get_n_outside (DebriefImportBatch     *self);

void                     debrief_import_batch_add_series    (DebriefImportBatch     *self,
                                                             const char             *name,
                                                             const char             *lane,
                                                             const char             *unit,
                                                             DebriefSamples         *samples);
guint                    debrief_import_batch_get_n_series  (DebriefImportBatch     *self);
const DebriefImportSeries *debrief_import_batch_get_series  (DebriefImportBatch     *self,
                                                             guint                   index);

G_END_DECLS
