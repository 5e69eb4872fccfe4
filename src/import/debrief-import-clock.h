/* debrief-import-clock.h — wall-clock times of logs that do not say their zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns local dates and times into instants, fast enough for a million
 * log lines: the zone's offset is looked up once per minute of local time.
 * Keeps the last instant it gave, to read the hour a DST change repeats. */
typedef struct {
  GTimeZone *zone;          /* NULL: UTC */
  gint64     minute;        /* the cached minute of local time, or G_MININT64 */
  gint32     offset_early;  /* the cached minute's offsets (s): the earlier reading */
  gint32     offset_late;   /* … and the later one; equal unless DST repeats it */
  gint64     previous;      /* the last instant given, or DEBRIEF_TIME_NONE */
} DebriefImportClock;

/* A date and time as a log writes it, in pieces. */
typedef struct {
  int      year, month, day;
  int      hour, minute, second, usec;
  gboolean has_offset;      /* the text said Z or ±HH:MM */
  int      offset;          /* … that many seconds east of UTC */
} DebriefImportCivil;

void         debrief_import_clock_init     (DebriefImportClock       *clock,
                                            GTimeZone                *zone);
gint64       debrief_import_clock_to_time  (DebriefImportClock       *clock,
                                            const DebriefImportCivil *civil);
gboolean     debrief_import_civil_valid    (const DebriefImportCivil *civil);

const char  *debrief_import_parse_digits   (const char               *p,
                                            const char               *end,
                                            guint                     n,
                                            int                      *out);
const char  *debrief_import_parse_clock    (const char               *p,
                                            const char               *end,
                                            gboolean                  seconds_optional,
                                            DebriefImportCivil       *civil);
const char  *debrief_import_parse_iso      (const char               *p,
                                            const char               *end,
                                            char                      separator,
                                            DebriefImportCivil       *civil);
int          debrief_import_parse_month    (const char               *p,
                                            const char               *end);

/* A log's time as JSON lines and CSV write it: a number is seconds,
 * milliseconds, microseconds or nanoseconds since 1970 by its size; text
 * is such a number, RFC 3339, or a date and time in @zone (NULL: UTC). */
gboolean     debrief_import_time_from_number (double                 value,
                                              gint64                *out);
gboolean     debrief_import_time_from_text   (const char            *text,
                                              GTimeZone             *zone,
                                              gint64                *out);

G_END_DECLS
