/* debrief-import-clock.c — wall-clock times of logs that do not say their zone
 *
 * Syslog's BSD form and chat logs write local time with no offset; the
 * person names the zone. A GTimeZone lookup walks the zone's transitions,
 * too slow to do for each of a million lines, so the offsets are kept for
 * the minute last asked about: log lines come in order, and most share
 * their minute with the line before.
 *
 * When clocks go back, an hour of local time happens twice. The earlier
 * reading is taken unless it would put the line well before the one
 * before it (a log runs forwards): then it is the repeat. Times the
 * clocks skip are read as GLib adjusts them (moved forward).
 *
 * The parsers read fixed-width digits from a byte range that is not
 * NUL-terminated (a mapped file) and return where they stopped, or NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

/* Jitter between lines is forgiven up to this; the repeated hour is
 * an hour back. */
#define REPEAT_SLACK (30 * DEBRIEF_USEC_PER_MIN)

void
debrief_import_clock_init (DebriefImportClock *clock,
                           GTimeZone          *zone)
{
  *clock = (DebriefImportClock) { zone, G_MININT64, 0, 0, DEBRIEF_TIME_NONE };
}

/* Seconds east of UTC for local time @local (s), as @type reads it. */
static gint32
offset_at (GTimeZone *zone,
           GTimeType  type,
           gint64     local)
{
  gint interval = g_time_zone_find_interval (zone, type, local);
  gint64 adjusted = local;

  if (interval >= 0)
    return g_time_zone_get_offset (zone, interval);
  /* Skipped by the clocks: GLib moves it forward; keep that instant. */
  interval = g_time_zone_adjust_time (zone, type, &adjusted);
  return (gint32) (local - (adjusted - g_time_zone_get_offset (zone, interval)));
}

static void
look_up_minute (DebriefImportClock *clock,
                gint64              minute)
{
  gint32 summer = offset_at (clock->zone, G_TIME_TYPE_DAYLIGHT, minute * 60);
  gint32 standard = offset_at (clock->zone, G_TIME_TYPE_STANDARD, minute * 60);

  clock->minute = minute;
  clock->offset_early = MAX (summer, standard);
  clock->offset_late = MIN (summer, standard);
}

gint64
debrief_import_clock_to_time (DebriefImportClock       *clock,
                              const DebriefImportCivil *civil)
{
  gint64 local = debrief_time_from_civil (civil->year, civil->month, civil->day, civil->hour,
                                          civil->minute, civil->second, civil->usec);
  gint64 minute, early, late;

  if (civil->has_offset)
    return local - civil->offset * DEBRIEF_USEC_PER_SEC;
  if (clock->zone == NULL)
    return local;
  minute = local >= 0 ? local / DEBRIEF_USEC_PER_MIN : (local + 1) / DEBRIEF_USEC_PER_MIN - 1;
  if (minute != clock->minute)
    look_up_minute (clock, minute);
  early = local - clock->offset_early * DEBRIEF_USEC_PER_SEC;
  late = local - clock->offset_late * DEBRIEF_USEC_PER_SEC;
  if (early != late && clock->previous != DEBRIEF_TIME_NONE && early < clock->previous - REPEAT_SLACK)
    early = late;
  clock->previous = early;
  return early;
}

gboolean
debrief_import_civil_valid (const DebriefImportCivil *civil)
{
  return civil->year >= 1 && civil->year <= 9999 &&
         civil->month >= 1 && civil->month <= 12 &&
         civil->day >= 1 && civil->day <= g_date_get_days_in_month (civil->month, civil->year) &&
         civil->hour < 24 && civil->minute < 60 && civil->second < 60 &&
         civil->offset > -24 * 3600 && civil->offset < 24 * 3600;
}

const char *
debrief_import_parse_digits (const char *p,
                             const char *end,
                             guint       n,
                             int        *out)
{
  int value = 0;

  if (p == NULL || end - p < (gssize) n)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      if (p[i] < '0' || p[i] > '9')
        return NULL;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return p + n;
}

/* ".123" → µs; digits past the sixth are dropped. */
static const char *
parse_fraction (const char *p,
                const char *end,
                int        *usec)
{
  int scale = 100000;

  *usec = 0;
  if (p >= end || (*p != '.' && *p != ',') || p + 1 >= end || !g_ascii_isdigit (p[1]))
    return p;
  for (p++; p < end && g_ascii_isdigit (*p); p++, scale /= 10)
    *usec += (*p - '0') * scale;
  return p;
}

/* HH:MM:SS[.frac], or HH:MM when @seconds_optional. A leap second (60)
 * is read as the last microsecond of its minute. */
const char *
debrief_import_parse_clock (const char         *p,
                            const char         *end,
                            gboolean            seconds_optional,
                            DebriefImportCivil *civil)
{
  const char *after_minute;

  civil->second = civil->usec = 0;
  p = debrief_import_parse_digits (p, end, 2, &civil->hour);
  if (p == NULL || p >= end || *p != ':')
    return NULL;
  after_minute = p = debrief_import_parse_digits (p + 1, end, 2, &civil->minute);
  if (p != NULL && p < end && *p == ':')
    p = debrief_import_parse_digits (p + 1, end, 2, &civil->second);
  else if (!seconds_optional)
    return NULL;
  if (p == NULL)
    return seconds_optional ? after_minute : NULL;
  p = parse_fraction (p, end, &civil->usec);
  if (civil->second == 60)
    civil->second = 59, civil->usec = 999999;
  return p;
}

/* Z, ±HH:MM or ±HHMM; nothing there leaves the time local. */
static const char *
parse_offset (const char         *p,
              const char         *end,
              DebriefImportCivil *civil)
{
  int hours, minutes, sign;
  const char *q;

  civil->has_offset = FALSE;
  civil->offset = 0;
  if (p < end && (*p == 'Z' || *p == 'z'))
    {
      civil->has_offset = TRUE;
      return p + 1;
    }
  if (p >= end || (*p != '+' && *p != '-'))
    return p;
  sign = *p == '-' ? -1 : 1;
  q = debrief_import_parse_digits (p + 1, end, 2, &hours);
  if (q != NULL && q < end && *q == ':')
    q++;
  q = debrief_import_parse_digits (q, end, 2, &minutes);
  if (q == NULL)
    return NULL;
  civil->has_offset = TRUE;
  civil->offset = sign * (hours * 3600 + minutes * 60);
  return q;
}

/* YYYY-MM-DD, @separator (or 'T' when it is 'T'), a clock, an offset. */
const char *
debrief_import_parse_iso (const char         *p,
                          const char         *end,
                          char                separator,
                          DebriefImportCivil *civil)
{
  p = debrief_import_parse_digits (p, end, 4, &civil->year);
  if (p == NULL || p >= end || *p != '-')
    return NULL;
  p = debrief_import_parse_digits (p + 1, end, 2, &civil->month);
  if (p == NULL || p >= end || *p != '-')
    return NULL;
  p = debrief_import_parse_digits (p + 1, end, 2, &civil->day);
  if (p == NULL || p >= end || (*p != separator && !(separator == 'T' && *p == 't')))
    return NULL;
  p = debrief_import_parse_clock (p + 1, end, FALSE, civil);
  return p ? parse_offset (p, end, civil) : NULL;
}

/* "Mar" → 3; 0 for anything else. */
int
debrief_import_parse_month (const char *p,
                            const char *end)
{
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

  if (end - p < 3)
    return 0;
  for (int i = 0; i < 12; i++)
    if (memcmp (p, months + 3 * i, 3) == 0)
      return i + 1;
  return 0;
}

/* By size: 1.7e9 is seconds, 1.7e12 ms, 1.7e15 µs, 1.7e18 ns (dates
 * between 1973 and 2286 are told apart this way). */
gboolean
debrief_import_time_from_number (double  value,
                                 gint64 *out)
{
  double usec;

  if (value < 1e11)
    usec = value * 1e6;
  else if (value < 1e14)
    usec = value * 1e3;
  else if (value < 1e17)
    usec = value;
  else
    usec = value / 1e3;
  return debrief_time_from_double_usec (usec, out);
}

gboolean
debrief_import_time_from_text (const char *text,
                               GTimeZone  *zone,
                               gint64     *out)
{
  gsize digits = strspn (text, "0123456789");
  char *number_end = NULL;

  if (digits > 0 && text[digits] == '\0')
    return debrief_import_time_from_number (g_ascii_strtod (text, NULL), out);
  /* Seconds with a fraction, as Python's time.time() writes them. */
  if (digits > 0 && text[digits] == '.' && g_ascii_isdigit (text[digits + 1]) &&
      (g_ascii_strtod (text, &number_end), *number_end == '\0'))
    return debrief_import_time_from_number (g_ascii_strtod (text, NULL), out);
  if (debrief_time_parse_rfc3339 (text, out))
    return TRUE;
  /* A date and time without an offset: in @zone. */
  return strchr (text, '-') != NULL &&
         debrief_time_entry_parse (text, zone, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, out, NULL);
}
