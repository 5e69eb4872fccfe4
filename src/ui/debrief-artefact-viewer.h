/* debrief-artefact-viewer.h — an attached image, large, with zoom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-artefact.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ARTEFACT_VIEWER (debrief_artefact_viewer_get_type ())
G_DECLARE_FINAL_TYPE (DebriefArtefactViewer, debrief_artefact_viewer, DEBRIEF, ARTEFACT_VIEWER, AdwWindow)

GtkWidget *debrief_artefact_viewer_new         (GtkWindow             *parent,
                                                GFile                 *review_file,
                                                DebriefArtefact       *artefact);
gboolean   debrief_artefact_viewer_shows_image (DebriefArtefactViewer *self);

G_END_DECLS
