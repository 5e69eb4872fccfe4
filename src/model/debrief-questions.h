/* debrief-questions.h — the facilitator's prepared questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-command.h"
#include "debrief-note.h"
#include "debrief-review.h"

G_BEGIN_DECLS

DebriefCommand *debrief_question_add_command_new (DebriefReview *review,
                                                  const char    *text,
                                                  const char    *event_id,
                                                  const char    *phase_id,
                                                  const char    *entry_id,
                                                  gint64         time);
gint64          debrief_note_get_anchor_time     (DebriefReview *review,
                                                  DebriefNote   *note);
GPtrArray      *debrief_questions_list           (DebriefReview *review);

G_END_DECLS
