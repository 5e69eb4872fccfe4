/* debrief-dismissed-hint.h — a language hint the writer chose to keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_DISMISSED_HINT (debrief_dismissed_hint_get_type ())
G_DECLARE_FINAL_TYPE (DebriefDismissedHint, debrief_dismissed_hint, DEBRIEF, DISMISSED_HINT, DebriefItem)

DebriefDismissedHint *debrief_dismissed_hint_new        (const char           *where,
                                                         const char           *rule,
                                                         const char           *phrase);

const char           *debrief_dismissed_hint_get_where  (DebriefDismissedHint *self);
const char           *debrief_dismissed_hint_get_rule   (DebriefDismissedHint *self);
const char           *debrief_dismissed_hint_get_phrase (DebriefDismissedHint *self);

int                   debrief_dismissed_hint_compare    (DebriefDismissedHint *a,
                                                         DebriefDismissedHint *b);

/* The position of (@where, @rule, @phrase) in @list, which is kept sorted;
 * %TRUE when it is there, else where it would go. */
gboolean              debrief_dismissed_hints_find      (GListModel           *list,
                                                         const char           *where,
                                                         const char           *rule,
                                                         const char           *phrase,
                                                         guint                *out_position);

G_END_DECLS
