/* slack-zip.h — zips for the Slack importer's tests, written with libarchive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean slack_zip_folder  (const char  *zip_path,
                            const char  *folder,
                            const char  *prefix,
                            GError     **error);
gboolean slack_zip_entries (const char  *zip_path,
                            const char * const *names,
                            GBytes     **contents,
                            GError     **error);
gboolean slack_zip_hostile (const char  *zip_path,
                            const char  *kind,
                            GError     **error);

G_END_DECLS
