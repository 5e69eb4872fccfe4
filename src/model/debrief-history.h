/* debrief-history.h — the one undo/redo history of a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "debrief-command.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_HISTORY (debrief_history_get_type ())
G_DECLARE_FINAL_TYPE (DebriefHistory, debrief_history, DEBRIEF, HISTORY, GObject)

/* Typing into one field merges into one step while pauses stay shorter
 * than this. */
#define DEBRIEF_HISTORY_MERGE_WINDOW_USEC (2 * G_USEC_PER_SEC)

DebriefHistory *debrief_history_new            (void);
void            debrief_history_push           (DebriefHistory *self,
                                                DebriefCommand *command);
gboolean        debrief_history_undo           (DebriefHistory *self);
gboolean        debrief_history_redo           (DebriefHistory *self);
gboolean        debrief_history_can_undo       (DebriefHistory *self);
gboolean        debrief_history_can_redo       (DebriefHistory *self);
const char     *debrief_history_get_undo_label (DebriefHistory *self);
const char     *debrief_history_get_redo_label (DebriefHistory *self);
void            debrief_history_begin_group    (DebriefHistory *self,
                                                const char     *label);
void            debrief_history_end_group      (DebriefHistory *self);
void            debrief_history_seal           (DebriefHistory *self);
guint64         debrief_history_get_state      (DebriefHistory *self);
gboolean        debrief_history_is_applying    (DebriefHistory *self);
void            debrief_history_clear          (DebriefHistory *self);

G_END_DECLS
