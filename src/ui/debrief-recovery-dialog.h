/* debrief-recovery-dialog.h — offers the reviews a crash left unsaved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-recovery.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_RECOVERY_DIALOG (debrief_recovery_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DebriefRecoveryDialog, debrief_recovery_dialog, DEBRIEF, RECOVERY_DIALOG, AdwWindow)

GtkWidget *debrief_recovery_dialog_new (DebriefRecovery *recovery,
                                        GPtrArray       *entries);

G_END_DECLS
