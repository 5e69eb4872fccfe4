/* debrief-comparison-panel.h — divergences, agreements, suggestions,
 * prepared questions and participants, each a way into the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_COMPARISON_PANEL (debrief_comparison_panel_get_type ())
G_DECLARE_FINAL_TYPE (DebriefComparisonPanel, debrief_comparison_panel, DEBRIEF, COMPARISON_PANEL, GtkWidget)

void debrief_comparison_panel_set_review (DebriefComparisonPanel *self,
                                          DebriefReview          *review,
                                          DebriefHistory         *history);
void debrief_comparison_panel_refresh    (DebriefComparisonPanel *self);

G_END_DECLS
