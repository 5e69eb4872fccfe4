/* debrief-recent.h — recently used review files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DEBRIEF_MIME_TYPE "application/x-debrief+json"

GPtrArray *debrief_recent_list (guint  max_items);
void       debrief_recent_add  (GFile *file);

G_END_DECLS
