/* debrief-zone-chooser.h — pick an IANA time zone by typing part of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ZONE_CHOOSER (debrief_zone_chooser_get_type ())
G_DECLARE_FINAL_TYPE (DebriefZoneChooser, debrief_zone_chooser, DEBRIEF, ZONE_CHOOSER, AdwWindow)

GtkWidget *debrief_zone_chooser_new (GtkWindow  *parent,
                                     const char *current,
                                     gint64      reference);

G_END_DECLS
