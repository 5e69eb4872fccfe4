/* debrief-artefact.h — an image, chart or file anchored in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ARTEFACT (debrief_artefact_get_type ())
G_DECLARE_FINAL_TYPE (DebriefArtefact, debrief_artefact, DEBRIEF, ARTEFACT, DebriefItem)

DebriefArtefact *debrief_artefact_new       (const char      *id,
                                             const char      *path);

const char      *debrief_artefact_get_path  (DebriefArtefact *self);
void             debrief_artefact_set_path  (DebriefArtefact *self,
                                             const char      *path);
const char      *debrief_artefact_get_title (DebriefArtefact *self);
void             debrief_artefact_set_title (DebriefArtefact *self,
                                             const char      *title);
const char      *debrief_artefact_get_kind  (DebriefArtefact *self);
void             debrief_artefact_set_kind  (DebriefArtefact *self,
                                             const char      *kind);
gint64           debrief_artefact_get_start (DebriefArtefact *self);
void             debrief_artefact_set_start (DebriefArtefact *self,
                                             gint64           start);
gint64           debrief_artefact_get_end   (DebriefArtefact *self);
void             debrief_artefact_set_end   (DebriefArtefact *self,
                                             gint64           end);
const char      *debrief_artefact_get_lane  (DebriefArtefact *self);
void             debrief_artefact_set_lane  (DebriefArtefact *self,
                                             const char      *lane);

G_END_DECLS
