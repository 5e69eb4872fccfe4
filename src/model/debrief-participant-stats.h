/* debrief-participant-stats.h — who took part, and how much
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-review.h"

G_BEGIN_DECLS

typedef struct {
  DebriefLane *lane;            /* the participant's lane (a reference) */
  char       **lanes;           /* ids of the lanes their events are in, in display order */
  gint64       first_message;   /* their first chat message, DEBRIEF_TIME_NONE: none */
  gint64       last_message;
  guint        n_messages;      /* chat messages they wrote */
  double       message_share;   /* of all chat messages, 0..1 */
  guint        n_entries;       /* entries in their perspectives */
} DebriefParticipantStats;

void       debrief_participant_stats_free (DebriefParticipantStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefParticipantStats, debrief_participant_stats_free)

GPtrArray *debrief_participant_stats_compute (DebriefReview *review);

G_END_DECLS
