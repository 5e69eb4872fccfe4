/* debrief-review-loader-private.h — shared by the three parts of the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-json-scan.h"
#include "debrief-review-loader.h"
#include "debrief-review-reader.h"

G_BEGIN_DECLS

/* Share of the progress bar each stage takes. */
#define SCAN_SHARE 0.10
#define EVENTS_SHARE 0.85

typedef struct {
  const char          *data;
  gsize                length;
  DebriefProblems     *problems;
  DebriefReview       *review;
  DebriefEventStore   *events;
  DebriefJsonScan      scan;
  DebriefLoadProgress  progress;
  gpointer             user_data;
  GCancellable        *cancellable;
  gboolean             release_pages;
  GHashTable          *entry_ids;   /* perspective entry id → path */
} Loader;

GHashTable *_debrief_loader_new_id_set        (void);
gboolean    _debrief_loader_claim_id          (GHashTable          *seen,
                                               const DebriefReader *reader,
                                               const char          *id);
void        _debrief_loader_check_order       (const DebriefReader *reader,
                                               gint64               start,
                                               gint64               end);
guint32     _debrief_loader_resolve_lane      (Loader              *loader,
                                               const DebriefReader *reader,
                                               const char          *member,
                                               const char          *id);
JsonNode   *_debrief_loader_root_member       (JsonObject          *root,
                                               const char          *name);
gboolean    _debrief_loader_read_events       (Loader              *loader,
                                               JsonNode            *skeleton_node,
                                               GError             **error);
void        _debrief_loader_check_event_links (Loader              *loader);
void        _debrief_loader_report_progress   (Loader              *loader,
                                               double               fraction);
void        _debrief_loader_release_pages     (Loader              *loader,
                                               gsize                up_to);
void        _debrief_loader_read_collections  (Loader              *loader,
                                               JsonObject          *root);
void        _debrief_loader_read_series       (Loader              *loader,
                                               JsonObject          *root);

G_END_DECLS
