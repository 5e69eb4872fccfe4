/* debrief-recovery-private.h — what the store's files share, and the seams tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-recovery.h"

G_BEGIN_DECLS

#define DEBRIEF_RECOVERY_FORMAT_NAME    "debrief-recovery"
#define DEBRIEF_RECOVERY_FORMAT_VERSION 1
#define DEBRIEF_RECOVERY_COPY_SUFFIX    ".debrief"
#define DEBRIEF_RECOVERY_META_SUFFIX    ".json"

/* Whether @pid is a Debrief still running: its slots belong to a live window. */
typedef gboolean (*DebriefRecoveryLiveFunc) (int pid);

gboolean                debrief_recovery_pid_is_live_debrief (int              pid);
void                    debrief_recovery_set_live_func       (DebriefRecovery *self,
                                                              DebriefRecoveryLiveFunc func);
DebriefRecoveryLiveFunc debrief_recovery_get_live_func       (DebriefRecovery *self);
const char             *debrief_recovery_get_path            (DebriefRecovery *self);
char                   *debrief_recovery_slot_path           (DebriefRecovery *self,
                                                              const char      *slot_id,
                                                              const char      *suffix);
DebriefRecoveryEntry   *debrief_recovery_entry_new           (const char      *slot_id,
                                                              const char      *copy_path);

G_END_DECLS
