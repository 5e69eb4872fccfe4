/* debrief-import-dialog.h — bring chat transcripts and logs into a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_IMPORT_DIALOG (debrief_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DebriefImportDialog, debrief_import_dialog, DEBRIEF, IMPORT_DIALOG, AdwWindow)

GtkWidget *debrief_import_dialog_new        (GtkWindow           *parent,
                                             DebriefReview       *review,
                                             DebriefHistory      *history);
void       debrief_import_dialog_add_source (DebriefImportDialog *self,
                                             GFile               *source);

G_END_DECLS
