/* debrief-timeline-steps.h — the presenter's steps: events and markers in
 * time order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-phase.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* Where the presenter is: an event, a marker, or just a time (before the
 * first step, or the playhead with nothing selected). */
typedef struct {
  gint64           time;
  DebriefEventRef  ref;     /* DEBRIEF_EVENT_REF_NONE unless at an event */
  DebriefPhase    *marker;  /* NULL unless at a marker; borrowed from the review */
} DebriefStep;

void     debrief_step_init_time (DebriefStep   *step,
                                 gint64         time);
gboolean debrief_timeline_step  (DebriefReview *review,
                                 guint64        hidden_kinds,
                                 const DebriefStep *from,
                                 int            direction,
                                 DebriefStep   *out_step);

G_END_DECLS
