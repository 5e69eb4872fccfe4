/* debrief-artefact-path.h — where an artefact's file may be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  debrief_artefact_path_is_safe (const char  *path);
GFile    *debrief_artefact_path_resolve (GFile       *review_folder,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
