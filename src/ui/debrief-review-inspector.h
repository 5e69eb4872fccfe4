/* debrief-review-inspector.h — the review's own fields and its lanes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_REVIEW_INSPECTOR (debrief_review_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefReviewInspector, debrief_review_inspector, DEBRIEF, REVIEW_INSPECTOR, GtkWidget)

GtkWidget *debrief_review_inspector_new        (void);
void       debrief_review_inspector_set_review (DebriefReviewInspector *self,
                                                DebriefReview          *review,
                                                DebriefHistory         *history);

G_END_DECLS
