/* debrief-artefact-files.h — artefacts' files, kept beside the review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean debrief_artefact_path_is_relative_inside (const char  *path);
char    *debrief_artefact_folder_name             (GFile       *review_file);
GFile   *debrief_artefact_resolve                 (GFile       *review_file,
                                                   const char  *path,
                                                   GError     **error);
char    *debrief_artefact_copy_in                 (GFile       *review_file,
                                                   GFile       *source,
                                                   GError     **error);
gboolean debrief_artefact_files_carry             (GListModel  *artefacts,
                                                   GFile       *from,
                                                   GFile       *to,
                                                   GHashTable **out_undo,
                                                   GError     **error);
void     debrief_artefact_files_rename            (GListModel  *artefacts,
                                                   GHashTable  *renames);

G_END_DECLS
