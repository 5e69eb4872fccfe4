/* debrief-import-apply-private.h — shared by the parts of debrief_import_apply()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-import-apply.h"

G_BEGIN_DECLS

GArray *_debrief_import_fresh_series (DebriefImportBatch   *batch,
                                      DebriefReview        *review,
                                      DebriefImportSummary *summary);
void    _debrief_import_add_series   (DebriefImportBatch   *batch,
                                      DebriefReview        *review,
                                      DebriefHistory       *history,
                                      GHashTable           *lane_map,
                                      GArray               *fresh,
                                      DebriefImportSummary *summary);

G_END_DECLS
