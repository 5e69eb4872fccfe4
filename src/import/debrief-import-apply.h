/* debrief-import-apply.h — a batch joins a review, as one undoable step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-history.h"
#include "debrief-import-batch.h"
#include "debrief-review.h"

G_BEGIN_DECLS

typedef struct {
  guint added;          /* events now in the review */
  guint duplicates;     /* already there from an earlier import of the same source */
  guint lanes_created;
  guint lanes_matched;
  guint series_added;       /* metric series now in the review */
  guint series_duplicates;  /* … already there (same name, same samples) */
} DebriefImportSummary;

gboolean debrief_import_apply (DebriefImportBatch   *batch,
                               DebriefReview        *review,
                               DebriefHistory       *history,
                               GHashTable           *lane_map,
                               DebriefImportSummary *summary);
gboolean debrief_import_apply_take (DebriefImportBatch   *batch,
                                    DebriefReview        *review,
                                    DebriefHistory       *history,
                                    GHashTable           *lane_map,
                                    DebriefImportSummary *summary);

G_END_DECLS
