/* debrief-entry-inspector.h — a perspective entry, editable, and the marks
 * comparing it with other accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-perspective-entry.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ENTRY_INSPECTOR (debrief_entry_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefEntryInspector, debrief_entry_inspector, DEBRIEF, ENTRY_INSPECTOR, GtkWidget)

void debrief_entry_inspector_set_review  (DebriefEntryInspector *self,
                                          DebriefReview         *review,
                                          DebriefHistory        *history);
void debrief_entry_inspector_set_entries (DebriefEntryInspector *self,
                                          GPtrArray             *entries);

G_END_DECLS
