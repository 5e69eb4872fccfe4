/* debrief-phase-inspector.h — one phase or marker, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-phase.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_PHASE_INSPECTOR (debrief_phase_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPhaseInspector, debrief_phase_inspector, DEBRIEF, PHASE_INSPECTOR, GtkWidget)

void          debrief_phase_inspector_set_review (DebriefPhaseInspector *self,
                                                  DebriefReview         *review,
                                                  DebriefHistory        *history);
void          debrief_phase_inspector_set_phase  (DebriefPhaseInspector *self,
                                                  DebriefPhase          *phase);
DebriefPhase *debrief_phase_inspector_get_phase  (DebriefPhaseInspector *self);
void          debrief_phase_inspector_focus_name (DebriefPhaseInspector *self);

G_END_DECLS
