/* debrief-time.c — instants as gint64 microseconds since the Unix epoch, UTC
 *
 * Parsing and formatting are written out by hand rather than through GDateTime:
 * a large review holds a million times, and GDateTime allocates per call.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time"

#include "config.h"

#include "debrief-time.h"

#include <math.h>

/* Howard Hinnant's days_from_civil: proleptic Gregorian, no tables. */
static gint64
days_from_civil (gint64 year,
                 int    month,
                 int    day)
{
  gint64 era;
  gint64 year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + day_of_era - 719468;
}

static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, day_of_era, year_of_era, day_of_year, mp, y;

  days += 719468;
  era = (days >= 0 ? days : days - 146096) / 146097;
  day_of_era = days - era * 146097;
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  y = year_of_era + era * 400;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  mp = (5 * day_of_year + 2) / 153;

  *day = (int) (day_of_year - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (y + (*month <= 2));
}

static int
days_in_month (int year,
               int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
    return 29;
  return days[month - 1];
}

gint64
debrief_time_from_civil (int year,
                         int month,
                         int day,
                         int hour,
                         int minute,
                         int second,
                         int usec)
{
  gint64 days = days_from_civil (year, month, day);

  return days * DEBRIEF_USEC_PER_DAY
         + hour * DEBRIEF_USEC_PER_HOUR
         + minute * DEBRIEF_USEC_PER_MIN
         + second * DEBRIEF_USEC_PER_SEC
         + usec;
}

void
debrief_time_to_civil (gint64  usec,
                       int    *year,
                       int    *month,
                       int    *day,
                       int    *hour,
                       int    *minute,
                       int    *second,
                       int    *micro)
{
  gint64 days = usec / DEBRIEF_USEC_PER_DAY;
  gint64 rest = usec % DEBRIEF_USEC_PER_DAY;

  if (rest < 0)
    {
      rest += DEBRIEF_USEC_PER_DAY;
      days -= 1;
    }

  civil_from_days (days, year, month, day);
  *hour = (int) (rest / DEBRIEF_USEC_PER_HOUR);
  *minute = (int) (rest / DEBRIEF_USEC_PER_MIN % 60);
  *second = (int) (rest / DEBRIEF_USEC_PER_SEC % 60);
  *micro = (int) (rest % DEBRIEF_USEC_PER_SEC);
}

static gboolean
read_digits (const char **p,
             int          n,
             int         *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      char c = (*p)[i];

      if (c < '0' || c > '9')
        return FALSE;
      value = value * 10 + (c - '0');
    }

  *p += n;
  *out = value;
  return TRUE;
}

static gboolean
expect_char (const char **p,
             char         c)
{
  if (**p != c)
    return FALSE;
  *p += 1;
  return TRUE;
}

/* Fraction of a second: up to nine digits are accepted (logs often carry
 * nanoseconds); digits past the sixth are dropped. */
static gboolean
read_fraction (const char **p,
               int         *usec)
{
  int digits = 0;
  int value = 0;

  *usec = 0;
  if (**p != '.')
    return TRUE;
  *p += 1;

  while (**p >= '0' && **p <= '9')
    {
      if (digits < 6)
        value = value * 10 + (**p - '0');
      digits++;
      *p += 1;
    }

  if (digits == 0 || digits > 9)
    return FALSE;
  for (int i = digits; i < 6; i++)
    value *= 10;

  *usec = value;
  return TRUE;
}

static gboolean
read_offset (const char **p,
             int         *offset_minutes)
{
  int sign, hours, minutes;

  if (**p == 'Z' || **p == 'z')
    {
      *p += 1;
      *offset_minutes = 0;
      return TRUE;
    }

  if (**p != '+' && **p != '-')
    return FALSE;
  sign = **p == '-' ? -1 : 1;
  *p += 1;

  if (!read_digits (p, 2, &hours) || !expect_char (p, ':') || !read_digits (p, 2, &minutes))
    return FALSE;
  if (hours > 23 || minutes > 59)
    return FALSE;

  *offset_minutes = sign * (hours * 60 + minutes);
  return TRUE;
}

/**
 * debrief_time_parse_rfc3339:
 * @text: a time such as `2026-03-14T09:02:11.250Z` or `2026-03-14T10:02:11+01:00`
 * @out_usec: (out): the instant, microseconds since the epoch, UTC
 *
 * Accepts RFC 3339 date-times (upper or lower case `T`/`Z`, or a space between
 * date and time as RFC 3339 allows). Rejects everything else, including times
 * outside the years 0001–9999.
 */
gboolean
debrief_time_parse_rfc3339 (const char *text,
                            gint64     *out_usec)
{
  const char *p = text;
  int year, month, day, hour, minute, second, usec, offset;
  gint64 result;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_usec != NULL, FALSE);

  if (!read_digits (&p, 4, &year) || !expect_char (&p, '-') ||
      !read_digits (&p, 2, &month) || !expect_char (&p, '-') ||
      !read_digits (&p, 2, &day))
    return FALSE;
  if (*p != 'T' && *p != 't' && *p != ' ')
    return FALSE;
  p++;
  if (!read_digits (&p, 2, &hour) || !expect_char (&p, ':') ||
      !read_digits (&p, 2, &minute) || !expect_char (&p, ':') ||
      !read_digits (&p, 2, &second))
    return FALSE;
  if (!read_fraction (&p, &usec) || !read_offset (&p, &offset) || *p != '\0')
    return FALSE;

  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month (year, month))
    return FALSE;
  /* Second 60 is a leap second; it is folded into the next second. */
  if (hour > 23 || minute > 59 || second > 60)
    return FALSE;

  result = debrief_time_from_civil (year, month, day, hour, minute, second, usec)
           - offset * DEBRIEF_USEC_PER_MIN;
  if (result < DEBRIEF_TIME_MIN || result > DEBRIEF_TIME_MAX)
    return FALSE;

  *out_usec = result;
  return TRUE;
}

static void
append_padded (GString *out,
               int      value,
               int      width)
{
  char buf[12];
  int i = width;

  buf[i] = '\0';
  while (i > 0)
    {
      buf[--i] = (char) ('0' + value % 10);
      value /= 10;
    }
  g_string_append_len (out, buf, width);
}

/**
 * debrief_time_append_rfc3339:
 *
 * Writes the shortest exact form: no fraction for whole seconds, three
 * digits for whole milliseconds, six otherwise. The same instant always
 * gives the same bytes, which keeps saved reviews stable.
 */
void
debrief_time_append_rfc3339 (GString *out,
                             gint64   usec)
{
  int year, month, day, hour, minute, second, micro;

  g_return_if_fail (usec >= DEBRIEF_TIME_MIN && usec <= DEBRIEF_TIME_MAX);

  debrief_time_to_civil (usec, &year, &month, &day, &hour, &minute, &second, &micro);
  append_padded (out, year, 4);
  g_string_append_c (out, '-');
  append_padded (out, month, 2);
  g_string_append_c (out, '-');
  append_padded (out, day, 2);
  g_string_append_c (out, 'T');
  append_padded (out, hour, 2);
  g_string_append_c (out, ':');
  append_padded (out, minute, 2);
  g_string_append_c (out, ':');
  append_padded (out, second, 2);

  if (micro % 1000 == 0 && micro != 0)
    {
      g_string_append_c (out, '.');
      append_padded (out, micro / 1000, 3);
    }
  else if (micro != 0)
    {
      g_string_append_c (out, '.');
      append_padded (out, micro, 6);
    }
  g_string_append_c (out, 'Z');
}

char *
debrief_time_format_rfc3339 (gint64 usec)
{
  GString *out = g_string_sized_new (32);

  debrief_time_append_rfc3339 (out, usec);
  return g_string_free (out, FALSE);
}

/**
 * debrief_time_from_double_usec:
 *
 * Takes a time in µs held as a double, as importers get them from JSON
 * numbers and Unix times; %FALSE outside DEBRIEF_TIME_MIN..MAX. The bounds
 * are checked on the rounded integer: (double) DEBRIEF_TIME_MAX rounds up
 * past the last instant, so a double comparison let year 10000 through.
 */
gboolean
debrief_time_from_double_usec (double  usec,
                               gint64 *out_usec)
{
  gint64 rounded;

  /* ±9.2e18 is out of gint64's reach, and far out of the range anyway. */
  if (!(usec > -9.2e18 && usec < 9.2e18))
    return FALSE;
  rounded = (gint64) llround (usec);
  if (rounded < DEBRIEF_TIME_MIN || rounded > DEBRIEF_TIME_MAX)
    return FALSE;
  *out_usec = rounded;
  return TRUE;
}

/* The nearest representable instant (NaN counts as the earliest). */
gint64
debrief_time_clamp_double_usec (double usec)
{
  gint64 time;

  if (debrief_time_from_double_usec (usec, &time))
    return time;
  return usec > 0 ? DEBRIEF_TIME_MAX : DEBRIEF_TIME_MIN;
}

/**
 * debrief_time_to_date_time:
 * @zone: (nullable): the zone to express the instant in; UTC when %NULL
 *
 * For display only (GDateTime knows the zone rules); the model keeps µs.
 */
GDateTime *
debrief_time_to_date_time (gint64     usec,
                           GTimeZone *zone)
{
  g_autoptr(GDateTime) utc = NULL;
  gint64 seconds = usec / DEBRIEF_USEC_PER_SEC;
  gint64 micro = usec % DEBRIEF_USEC_PER_SEC;

  if (micro < 0)
    {
      micro += DEBRIEF_USEC_PER_SEC;
      seconds -= 1;
    }

  utc = g_date_time_new_from_unix_utc (seconds);
  if (utc == NULL)
    return NULL;
  if (micro != 0)
    {
      GDateTime *with_micro = g_date_time_add (utc, micro);

      g_date_time_unref (utc);
      utc = with_micro;
    }

  if (zone == NULL)
    return g_steal_pointer (&utc);
  return g_date_time_to_timezone (utc, zone);
}

/* "T+00:14:05", "T−00:02:00", or "T+1d 02:00:00" past a day. Seconds are
 * truncated toward the origin so T+0 starts exactly at the origin. */
char *
debrief_time_format_relative (gint64 usec,
                              gint64 origin)
{
  gint64 delta = usec - origin;
  const char *sign = delta < 0 ? "−" : "+";
  gint64 magnitude = delta < 0 ? -delta : delta;
  gint64 total_seconds = magnitude / DEBRIEF_USEC_PER_SEC;
  gint64 days = total_seconds / 86400;
  int hours = (int) (total_seconds / 3600 % 24);
  int minutes = (int) (total_seconds / 60 % 60);
  int seconds = (int) (total_seconds % 60);

  if (days > 0)
    return g_strdup_printf ("T%s%" G_GINT64_FORMAT "d %02d:%02d:%02d",
                            sign, days, hours, minutes, seconds);
  return g_strdup_printf ("T%s%02d:%02d:%02d", sign, hours, minutes, seconds);
}

/* A human duration for selections and spans: "850 ms", "42 s", "3 min 05 s",
 * "2 h 14 min", "3 d 4 h". */
char *
debrief_time_format_duration (gint64 usec)
{
  gint64 magnitude = usec < 0 ? -usec : usec;

  if (magnitude < DEBRIEF_USEC_PER_MSEC)
    return g_strdup_printf ("%" G_GINT64_FORMAT " µs", magnitude);
  if (magnitude < DEBRIEF_USEC_PER_SEC)
    return g_strdup_printf ("%" G_GINT64_FORMAT " ms", magnitude / DEBRIEF_USEC_PER_MSEC);
  if (magnitude < DEBRIEF_USEC_PER_MIN)
    return g_strdup_printf ("%.1f s", (double) magnitude / DEBRIEF_USEC_PER_SEC);
  if (magnitude < DEBRIEF_USEC_PER_HOUR)
    return g_strdup_printf ("%" G_GINT64_FORMAT " min %02" G_GINT64_FORMAT " s",
                            magnitude / DEBRIEF_USEC_PER_MIN,
                            magnitude / DEBRIEF_USEC_PER_SEC % 60);
  if (magnitude < DEBRIEF_USEC_PER_DAY)
    return g_strdup_printf ("%" G_GINT64_FORMAT " h %02" G_GINT64_FORMAT " min",
                            magnitude / DEBRIEF_USEC_PER_HOUR,
                            magnitude / DEBRIEF_USEC_PER_MIN % 60);
  return g_strdup_printf ("%" G_GINT64_FORMAT " d %" G_GINT64_FORMAT " h",
                          magnitude / DEBRIEF_USEC_PER_DAY,
                          magnitude / DEBRIEF_USEC_PER_HOUR % 24);
}

/**
 * debrief_time_format_clock:
 * @zone: (nullable): the display zone; UTC when %NULL
 * @with_date: prefix the (ISO) date
 * @with_fraction: add milliseconds
 *
 * "09:02:11", "2026-03-14 09:02:11.250": wall-clock time in @zone.
 */
char *
debrief_time_format_clock (gint64     usec,
                           GTimeZone *zone,
                           gboolean   with_date,
                           gboolean   with_fraction)
{
  g_autoptr(GDateTime) date_time = debrief_time_to_date_time (usec, zone);
  g_autofree char *clock = NULL;

  if (date_time == NULL)
    return g_strdup ("?");

  clock = g_date_time_format (date_time, with_date ? "%Y-%m-%d %H:%M:%S" : "%H:%M:%S");
  if (!with_fraction)
    return g_steal_pointer (&clock);
  return g_strdup_printf ("%s.%03d", clock, g_date_time_get_microsecond (date_time) / 1000);
}
