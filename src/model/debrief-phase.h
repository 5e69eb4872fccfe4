/* debrief-phase.h — a named span of the incident (phase) or a moment (marker)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_PHASE_KIND_PHASE,
  DEBRIEF_PHASE_KIND_MARKER,
} DebriefPhaseKind;

#define DEBRIEF_TYPE_PHASE (debrief_phase_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPhase, debrief_phase, DEBRIEF, PHASE, DebriefItem)

DebriefPhase     *debrief_phase_new              (const char       *id,
                                                  DebriefPhaseKind  kind,
                                                  const char       *name,
                                                  gint64            start,
                                                  gint64            end);

DebriefPhaseKind  debrief_phase_get_kind         (DebriefPhase     *self);
void              debrief_phase_set_kind         (DebriefPhase     *self,
                                                  DebriefPhaseKind  kind);
const char       *debrief_phase_get_name         (DebriefPhase     *self);
void              debrief_phase_set_name         (DebriefPhase     *self,
                                                  const char       *name);
gint64            debrief_phase_get_start        (DebriefPhase     *self);
void              debrief_phase_set_start        (DebriefPhase     *self,
                                                  gint64            start);
gint64            debrief_phase_get_end          (DebriefPhase     *self);
void              debrief_phase_set_end          (DebriefPhase     *self,
                                                  gint64            end);
const char       *debrief_phase_get_color        (DebriefPhase     *self);
void              debrief_phase_set_color        (DebriefPhase     *self,
                                                  const char       *color);

const char       *debrief_phase_kind_to_string   (DebriefPhaseKind  kind);
gboolean          debrief_phase_kind_from_string (const char       *text,
                                                  DebriefPhaseKind *out_kind);

G_END_DECLS
