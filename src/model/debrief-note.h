/* debrief-note.h — discussion captured during the review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_NOTE (debrief_note_get_type ())
G_DECLARE_FINAL_TYPE (DebriefNote, debrief_note, DEBRIEF, NOTE, DebriefItem)

DebriefNote *debrief_note_new         (const char  *id,
                                       const char  *text);

const char  *debrief_note_get_text    (DebriefNote *self);
void         debrief_note_set_text    (DebriefNote *self,
                                       const char  *text);
gboolean     debrief_note_get_private (DebriefNote *self);
void         debrief_note_set_private (DebriefNote *self,
                                       gboolean     is_private);
gint64       debrief_note_get_time    (DebriefNote *self);
void         debrief_note_set_time    (DebriefNote *self,
                                       gint64       time);
const char  *debrief_note_get_event   (DebriefNote *self);
void         debrief_note_set_event   (DebriefNote *self,
                                       const char  *event);
const char  *debrief_note_get_entry   (DebriefNote *self);
void         debrief_note_set_entry   (DebriefNote *self,
                                       const char  *entry);
const char  *debrief_note_get_phase   (DebriefNote *self);
void         debrief_note_set_phase   (DebriefNote *self,
                                       const char  *phase);
gboolean     debrief_note_get_question (DebriefNote *self);
void         debrief_note_set_question (DebriefNote *self,
                                        gboolean     question);
const char  *debrief_note_get_author  (DebriefNote *self);
void         debrief_note_set_author  (DebriefNote *self,
                                       const char  *author);

G_END_DECLS
