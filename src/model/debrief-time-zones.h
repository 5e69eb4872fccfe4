/* debrief-time-zones.h — the IANA time zones this system knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char **debrief_time_zones_list (void);

G_END_DECLS
