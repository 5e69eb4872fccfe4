/* debrief-text-hints.h — language hints underlined in a GtkTextView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-language-rules.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_TEXT_HINTS (debrief_text_hints_get_type ())
G_DECLARE_FINAL_TYPE (DebriefTextHints, debrief_text_hints, DEBRIEF, TEXT_HINTS, GObject)

DebriefTextHints          *debrief_text_hints_new          (GtkTextView      *view);
void                       debrief_text_hints_set_field    (DebriefTextHints *self,
                                                            DebriefReview    *review,
                                                            const char       *where);
guint                      debrief_text_hints_get_n_hints  (DebriefTextHints *self);
const DebriefLanguageRule *debrief_text_hints_get_rule_at  (DebriefTextHints *self,
                                                            int               char_offset);
char                      *debrief_text_hints_dup_tooltip_at (DebriefTextHints *self,
                                                            int               char_offset);

G_END_DECLS
