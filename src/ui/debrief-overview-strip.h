/* debrief-overview-strip.h — the whole incident in one strip, with the
 * visible window as a frame one can drag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-review.h"
#include "debrief-timeline-viewport.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_OVERVIEW_STRIP (debrief_overview_strip_get_type ())
G_DECLARE_FINAL_TYPE (DebriefOverviewStrip, debrief_overview_strip, DEBRIEF, OVERVIEW_STRIP, GtkWidget)

GtkWidget *debrief_overview_strip_new          (void);
void       debrief_overview_strip_set_review   (DebriefOverviewStrip    *self,
                                                DebriefReview           *review);
void       debrief_overview_strip_set_viewport (DebriefOverviewStrip    *self,
                                                DebriefTimelineViewport *viewport);

G_END_DECLS
