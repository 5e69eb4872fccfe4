/* debrief-edits.h — the edits a facilitator makes, as undoable steps
 *
 * Each function builds the commands for one user gesture and pushes them
 * to @history as one step. Views call these; nothing else changes a review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

DebriefEventRef debrief_edits_add_event      (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              guint32                lane,
                                              gint64                 start,
                                              const char            *kind,
                                              const char            *text);
void            debrief_edits_update_event   (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefEventRef        ref,
                                              const DebriefEventSpec *spec,
                                              const char            *field);
void            debrief_edits_delete_events  (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              const DebriefEventRef *refs,
                                              guint                  n_refs);
void            debrief_edits_shift_events   (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              const DebriefEventRef *refs,
                                              guint                  n_refs,
                                              gint64                 offset);
void            debrief_edits_move_events    (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              const DebriefEventRef *refs,
                                              guint                  n_refs,
                                              gint64                 offset,
                                              guint32                from_lane,
                                              guint32                to_lane);
void            debrief_edits_set_event_span (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefEventRef        ref,
                                              gint64                 start,
                                              gint64                 end);
DebriefLane    *debrief_edits_add_lane       (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefLaneKind        kind,
                                              const char            *name,
                                              guint                  position);
void            debrief_edits_remove_lane    (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefLane           *lane);
void            debrief_edits_merge_lanes    (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefLane           *from,
                                              DebriefLane           *into);
void            debrief_edits_move_lane      (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              DebriefLane           *lane,
                                              guint                  position);
void            debrief_edits_set_property   (DebriefHistory        *history,
                                              gpointer               object,
                                              const char            *property,
                                              const GValue          *value,
                                              const char            *label);
void            debrief_edits_set_string     (DebriefHistory        *history,
                                              gpointer               object,
                                              const char            *property,
                                              const char            *value,
                                              const char            *label);
gboolean        debrief_edits_dismiss_hint   (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              const char            *where,
                                              const char            *rule,
                                              const char            *phrase);
gboolean        debrief_edits_restore_hint   (DebriefHistory        *history,
                                              DebriefReview         *review,
                                              const char            *where,
                                              const char            *rule,
                                              const char            *phrase);

G_END_DECLS
