/* debrief-time-entry.h — instants as a person types them into a time field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DEBRIEF_TIME_ENTRY_ERROR (debrief_time_entry_error_quark ())

typedef enum {
  DEBRIEF_TIME_ENTRY_ERROR_EMPTY,       /* nothing but white space */
  DEBRIEF_TIME_ENTRY_ERROR_SYNTAX,      /* none of the accepted forms */
  DEBRIEF_TIME_ENTRY_ERROR_RANGE,       /* hour 24, minute 60, 30 February, or past 0001..9999 */
  DEBRIEF_TIME_ENTRY_ERROR_NONEXISTENT, /* a wall-clock time the clocks skip (DST gap) */
  DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN,   /* relative with no incident start, or a time of day
                                         * with neither a reference nor an incident start */
} DebriefTimeEntryError;

GQuark    debrief_time_entry_error_quark (void);

gboolean  debrief_time_entry_parse       (const char  *text,
                                          GTimeZone   *zone,
                                          gint64       reference,
                                          gint64       incident_start,
                                          gint64      *out_usec,
                                          GError     **error);
char     *debrief_time_entry_format      (gint64       usec,
                                          GTimeZone   *zone,
                                          gint64       reference);

G_END_DECLS
