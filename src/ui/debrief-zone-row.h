/* debrief-zone-row.h — a row showing a time zone that opens the zone chooser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ZONE_ROW (debrief_zone_row_get_type ())
G_DECLARE_FINAL_TYPE (DebriefZoneRow, debrief_zone_row, DEBRIEF, ZONE_ROW, AdwActionRow)

GtkWidget *debrief_zone_row_new       (gboolean        clearable);
void       debrief_zone_row_set_zone  (DebriefZoneRow *self,
                                       const char     *zone,
                                       const char     *fallback,
                                       gint64          reference);
void       debrief_zone_row_set_editable (DebriefZoneRow *self,
                                       gboolean        editable);

G_END_DECLS
