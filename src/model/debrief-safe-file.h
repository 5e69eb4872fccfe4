/* debrief-safe-file.h — replace a file so that a crash never leaves half of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*DebriefWriteFunc) (GOutputStream  *stream,
                                      gpointer        user_data,
                                      GCancellable   *cancellable,
                                      GError        **error);

typedef enum {
  DEBRIEF_SAFE_FILE_NONE        = 0,
  DEBRIEF_SAFE_FILE_KEEP_BACKUP = 1 << 0,  /* keep the previous version as FILE~ */
} DebriefSafeFileFlags;

gboolean debrief_safe_file_replace (GFile                 *file,
                                    const char            *label,
                                    DebriefSafeFileFlags   flags,
                                    DebriefWriteFunc       write,
                                    gpointer               user_data,
                                    GCancellable          *cancellable,
                                    GError               **error);

G_END_DECLS
