/* debrief-time.h — instants as gint64 microseconds since the Unix epoch, UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "No time": a point event's end, an absent incident bound. */
#define DEBRIEF_TIME_NONE G_MININT64

#define DEBRIEF_USEC_PER_MSEC  G_GINT64_CONSTANT (1000)
#define DEBRIEF_USEC_PER_SEC   G_GINT64_CONSTANT (1000000)
#define DEBRIEF_USEC_PER_MIN   (60 * DEBRIEF_USEC_PER_SEC)
#define DEBRIEF_USEC_PER_HOUR  (60 * DEBRIEF_USEC_PER_MIN)
#define DEBRIEF_USEC_PER_DAY   (24 * DEBRIEF_USEC_PER_HOUR)

/* The representable range: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59.999999Z,
 * the years RFC 3339 can write with four digits. */
#define DEBRIEF_TIME_MIN  G_GINT64_CONSTANT (-62135596800000000)
#define DEBRIEF_TIME_MAX  G_GINT64_CONSTANT (253402300799999999)

gboolean  debrief_time_parse_rfc3339         (const char   *text,
                                              gint64       *out_usec);
void      debrief_time_append_rfc3339        (GString      *out,
                                              gint64        usec);
char     *debrief_time_format_rfc3339        (gint64        usec);
gboolean  debrief_time_from_double_usec      (double        usec,
                                              gint64       *out_usec);
gint64    debrief_time_clamp_double_usec     (double        usec);

gint64    debrief_time_from_civil            (int           year,
                                              int           month,
                                              int           day,
                                              int           hour,
                                              int           minute,
                                              int           second,
                                              int           usec);
void      debrief_time_to_civil              (gint64        usec,
                                              int          *year,
                                              int          *month,
                                              int          *day,
                                              int          *hour,
                                              int          *minute,
                                              int          *second,
                                              int          *micro);

GDateTime *debrief_time_to_date_time         (gint64        usec,
                                              GTimeZone    *zone);
char      *debrief_time_format_relative      (gint64        usec,
                                              gint64        origin);
char      *debrief_time_format_duration      (gint64        usec);
char      *debrief_time_format_clock         (gint64        usec,
                                              GTimeZone    *zone,
                                              gboolean      with_date,
                                              gboolean      with_fraction);

G_END_DECLS
