/* debrief-artefact-inspector.h — one attached image, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-artefact.h"
#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ARTEFACT_INSPECTOR (debrief_artefact_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefArtefactInspector, debrief_artefact_inspector, DEBRIEF, ARTEFACT_INSPECTOR, GtkWidget)

GtkWidget       *debrief_artefact_inspector_new          (void);
void             debrief_artefact_inspector_set_review   (DebriefArtefactInspector *self,
                                                          DebriefReview            *review,
                                                          DebriefHistory           *history);
void             debrief_artefact_inspector_set_folder   (DebriefArtefactInspector *self,
                                                          GFile                    *folder);
void             debrief_artefact_inspector_set_artefact (DebriefArtefactInspector *self,
                                                          DebriefArtefact          *artefact);
DebriefArtefact *debrief_artefact_inspector_get_artefact (DebriefArtefactInspector *self);

G_END_DECLS
