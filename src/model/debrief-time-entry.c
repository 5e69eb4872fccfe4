/* debrief-time-entry.c — instants as a person types them into a time field
 *
 * The inspector's time fields accept (surrounding white space ignored):
 *
 *   09:02:11, 9:02:11.250, 09:02    a wall-clock time in the review's zone, on
 *                                   the local day of the reference (the value
 *                                   being edited, else the incident start)
 *   2026-03-14 09:02[:11[.250]]     a local date and time in the review's zone;
 *   2026-03-14T09:02[:11[.250]]     `T`, `t` or a space between the two
 *   +00:14:05, -00:02:00.5,         relative to the incident start; hours may
 *   T+26:00:00, T−1d 02:00:00       pass 24, a day count may lead (as
 *                                   debrief_time_format_relative() writes),
 *                                   U+2212 MINUS SIGN counts as a minus
 *   2026-03-14T09:02:11Z,           RFC 3339 with an offset, read by
 *   2026-03-14T10:02:11+01:00       debrief_time_parse_rfc3339()
 *
 * Relative times need all three fields: "+14:05" reads as fourteen minutes to
 * some and as fourteen hours to others, and a wrong guess moves an event
 * silently, so it is refused with a message that shows the full form.
 * Fractions take up to nine digits (pasted from logs); past the sixth they are
 * dropped. Leap seconds are refused here (the file loader still takes them).
 *
 * Daylight saving: a wall-clock time in a spring-forward gap is refused with
 * NONEXISTENT; one that happens twice at a fall-back means the first (earlier)
 * instant, which is the summer-time reading. The formatter adds the offset to
 * the second one's text, so every instant can be typed back.
 *
 * Zone rules come from GTimeZone's intervals, read in universal time only:
 * g_time_zone_find_interval() with STANDARD/DAYLIGHT chooses by the DST flag,
 * not by which reading comes first, and GDateTime quietly moves a time in a
 * gap to a real one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-time.h"
#include "debrief-time-entry.h"

G_DEFINE_QUARK (debrief-time-entry-error-quark, debrief_time_entry_error)

/* tzdata's offsets stay within 16 hours of UTC, so every instant a wall-clock
 * reading can mean lies within this many seconds of it (read as UTC). */
#define ZONE_REACH_SECONDS (26 * 3600)

/* Digits beyond these cannot land in 0001..9999, and keep the sum in gint64. */
#define MAX_DAY_DIGITS  7
#define MAX_HOUR_DIGITS 9

#define MINUS_SIGN "\xe2\x88\x92"  /* U+2212, as debrief_time_format_relative() writes it */

typedef struct {
  gboolean has_date;
  gboolean has_seconds;
  int year, month, day;
  int hour, minute, second, usec;
} Fields;

static gboolean
fail (GError     **error,
      int          code,
      const char  *message)
{
  g_set_error_literal (error, DEBRIEF_TIME_ENTRY_ERROR, code, message);
  return FALSE;
}

static gboolean
fail_syntax (GError **error)
{
  return fail (error, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX,
               _("Expected a time such as 09:02:11, +00:14:05 or 2026-03-14T09:02:11Z"));
}

static gboolean
fail_out_of_range (GError **error)
{
  return fail (error, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
               _("Expected a time between the years 0001 and 9999"));
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b < 0);
}

/* Offset from UTC in seconds at an instant; universal time has no gaps. */
static gint64
offset_at (GTimeZone *zone,
           gint64     usec)
{
  gint64 seconds = floor_div (usec, DEBRIEF_USEC_PER_SEC);

  return g_time_zone_get_offset (zone, g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL,
                                                                  seconds));
}

/* The wall-clock reading in @zone, counted like a UTC instant. */
static gint64
to_local (GTimeZone *zone,
          gint64     usec)
{
  return usec + offset_at (zone, usec) * DEBRIEF_USEC_PER_SEC;
}

/* The earliest instant (seconds) whose wall clock in @zone reads @local.
 * Each interval has one offset, so an interval holds a reading at most once:
 * try every interval within reach, keep the first whose own offset maps the
 * reading back into it. None does in a gap; two do at a fall-back. */
static gboolean
local_to_utc (GTimeZone *zone,
              gint64     local,
              gint64    *out_utc)
{
  int first = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, local - ZONE_REACH_SECONDS);
  int last = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, local + ZONE_REACH_SECONDS);

  for (int i = first; i <= last; i++)
    {
      gint64 utc = local - g_time_zone_get_offset (zone, i);

      if (g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, utc) == i)
        {
          *out_utc = utc;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
check_range (gint64   usec,
             gint64  *out_usec,
             GError **error)
{
  if (usec < DEBRIEF_TIME_MIN || usec > DEBRIEF_TIME_MAX)
    return fail_out_of_range (error);
  *out_usec = usec;
  return TRUE;
}

static int
count_digits (const char *p)
{
  int n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Between @min and @max ASCII digits (so "٣" or "３" are not numbers here). */
static gboolean
read_number (const char **p,
             int          min_digits,
             int          max_digits,
             int         *out)
{
  int n = count_digits (*p);
  int value = 0;

  if (n < min_digits || n > max_digits)
    return FALSE;
  for (int i = 0; i < n; i++)
    value = value * 10 + ((*p)[i] - '0');
  *p += n;
  *out = value;
  return TRUE;
}

static gboolean
expect (const char **p,
        char         c)
{
  if (**p != c)
    return FALSE;
  *p += 1;
  return TRUE;
}

/* Optional ".f" of one to nine digits, as debrief_time_parse_rfc3339() takes. */
static gboolean
read_fraction (const char **p,
               int         *usec)
{
  int n;

  *usec = 0;
  if (!expect (p, '.'))
    return TRUE;
  n = count_digits (*p);
  if (n == 0 || n > 9)
    return FALSE;
  for (int i = 0; i < 6; i++)
    *usec = *usec * 10 + (i < n ? (*p)[i] - '0' : 0);
  *p += n;
  return TRUE;
}

/* H:MM, H:MM:SS or H:MM:SS.f with a one- or two-digit hour. */
static gboolean
read_clock (const char **p,
            Fields      *fields)
{
  if (!read_number (p, 1, 2, &fields->hour) || !expect (p, ':') ||
      !read_number (p, 2, 2, &fields->minute))
    return FALSE;
  fields->has_seconds = expect (p, ':');
  if (!fields->has_seconds)
    return TRUE;
  return read_number (p, 2, 2, &fields->second) && read_fraction (p, &fields->usec);
}

/* YYYY-MM-DD and the separator before the time. */
static gboolean
read_date (const char **p,
           Fields      *fields)
{
  fields->has_date = TRUE;
  return read_number (p, 4, 4, &fields->year) && expect (p, '-') &&
         read_number (p, 2, 2, &fields->month) && expect (p, '-') &&
         read_number (p, 2, 2, &fields->day) &&
         (expect (p, 'T') || expect (p, 't') || expect (p, ' '));
}

static gboolean
check_fields (const Fields  *fields,
              GError       **error)
{
  if (fields->has_date && !g_date_valid_dmy ((GDateDay) fields->day, (GDateMonth) fields->month,
                                             (GDateYear) fields->year))
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                 _("No such date; expected one such as 2026-03-14"));
  if (fields->hour > 23)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_RANGE, _("Expected hours from 00 to 23"));
  if (fields->minute > 59 || fields->second > 59)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                 _("Expected minutes and seconds from 00 to 59"));
  return TRUE;
}

/* "Z" or "+HH:MM" as RFC 3339 writes them. */
static gboolean
is_offset (const char *p)
{
  int hours, minutes;

  if (g_ascii_strcasecmp (p, "Z") == 0)
    return TRUE;
  if (!expect (&p, '+') && !expect (&p, '-'))
    return FALSE;
  return read_number (&p, 2, 2, &hours) && expect (&p, ':') &&
         read_number (&p, 2, 2, &minutes) && *p == '\0' && hours <= 23 && minutes <= 59;
}

/* Text after the time. debrief_time_parse_rfc3339() has already refused the
 * whole, so an offset here means it is out of range or lacks seconds. */
static gboolean
explain_trailing (const char    *rest,
                  const Fields  *fields,
                  GError       **error)
{
  if (!fields->has_date || !is_offset (rest))
    return fail_syntax (error);
  if (!fields->has_seconds)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX,
                 _("Expected seconds before a zone offset, as in 2026-03-14T09:02:11Z"));
  if (!check_fields (fields, error))
    return FALSE;
  return fail_out_of_range (error);
}

/* A time of day goes on the reference's local calendar day. */
static gboolean
take_day_of (GTimeZone  *zone,
             gint64      reference,
             Fields     *fields,
             GError    **error)
{
  int hour, minute, second, usec;

  if (reference == DEBRIEF_TIME_NONE)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN,
                 _("Expected a date as well, such as 2026-03-14 09:02:11"));
  debrief_time_to_civil (to_local (zone, reference), &fields->year, &fields->month, &fields->day,
                         &hour, &minute, &second, &usec);
  return TRUE;
}

static gboolean
fail_nonexistent (GTimeZone     *zone,
                  const Fields  *fields,
                  GError       **error)
{
  g_autofree char *when = g_strdup_printf ("%04d-%02d-%02d %02d:%02d:%02d",
                                           fields->year, fields->month, fields->day,
                                           fields->hour, fields->minute, fields->second);

  g_set_error (error, DEBRIEF_TIME_ENTRY_ERROR, DEBRIEF_TIME_ENTRY_ERROR_NONEXISTENT,
               /* Translators: a local date and time, then a zone such as Europe/Berlin */
               _("%s does not exist in %s: the clocks jump forward over it"),
               when, g_time_zone_get_identifier (zone));
  return FALSE;
}

static gboolean
resolve_local (GTimeZone     *zone,
               const Fields  *fields,
               gint64        *out_usec,
               GError       **error)
{
  gint64 local = debrief_time_from_civil (fields->year, fields->month, fields->day, fields->hour,
                                          fields->minute, fields->second, 0) / DEBRIEF_USEC_PER_SEC;
  gint64 utc;

  if (!local_to_utc (zone, local, &utc))
    return fail_nonexistent (zone, fields, error);
  return check_range (utc * DEBRIEF_USEC_PER_SEC + fields->usec, out_usec, error);
}

static gboolean
parse_local (const char  *text,
             GTimeZone   *zone,
             gint64       reference,
             gint64      *out_usec,
             GError     **error)
{
  Fields fields = { 0 };
  const char *p = text;

  /* Four digits and a dash start a date; an hour has at most two digits. */
  if (count_digits (p) == 4 && p[4] == '-' && !read_date (&p, &fields))
    return fail_syntax (error);
  if (!read_clock (&p, &fields))
    return fail_syntax (error);
  if (*p != '\0')
    return explain_trailing (p, &fields, error);
  if (!check_fields (&fields, error))
    return FALSE;
  if (!fields.has_date && !take_day_of (zone, reference, &fields, error))
    return FALSE;
  return resolve_local (zone, &fields, out_usec, error);
}

/* The sign, after an optional "T"; returns the text after it, or NULL. */
static const char *
skip_relative_sign (const char *text,
                    int        *sign)
{
  if (*text == 'T' || *text == 't')
    text++;
  *sign = *text == '+' ? 1 : -1;
  if (*text == '+' || *text == '-')
    return text + 1;
  if (g_str_has_prefix (text, MINUS_SIGN))
    return text + strlen (MINUS_SIGN);
  return NULL;
}

static gboolean
fail_relative_syntax (GError **error)
{
  return fail (error, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX,
               _("Expected hours, minutes and seconds after the sign, such as +00:14:05"));
}

/* [Nd ]H:MM:SS[.f], hours unbounded; too many digits is out of range, not
 * a typing mistake. */
static gboolean
read_duration (const char  *p,
               gint64      *out_usec,
               GError     **error)
{
  int days = 0, hours, minutes, seconds, usec;

  if (count_digits (p) > 0 && p[count_digits (p)] == 'd')
    {
      if (!read_number (&p, 1, MAX_DAY_DIGITS, &days))
        return fail_out_of_range (error);
      for (p++; *p == ' '; p++)
        ;
    }
  if (count_digits (p) > MAX_HOUR_DIGITS)
    return fail_out_of_range (error);
  if (!read_number (&p, 1, MAX_HOUR_DIGITS, &hours) || !expect (&p, ':') ||
      !read_number (&p, 2, 2, &minutes) || !expect (&p, ':') ||
      !read_number (&p, 2, 2, &seconds) || !read_fraction (&p, &usec) || *p != '\0')
    return fail_relative_syntax (error);
  if (minutes > 59 || seconds > 59)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                 _("Expected minutes and seconds from 00 to 59"));

  *out_usec = days * DEBRIEF_USEC_PER_DAY + hours * DEBRIEF_USEC_PER_HOUR
              + minutes * DEBRIEF_USEC_PER_MIN + seconds * DEBRIEF_USEC_PER_SEC + usec;
  return TRUE;
}

/* @p: the text after the sign, which skip_relative_sign() found. */
static gboolean
parse_relative (const char  *p,
                int          sign,
                gint64       incident_start,
                gint64      *out_usec,
                GError     **error)
{
  gint64 delta;

  if (!read_duration (p, &delta, error))
    return FALSE;
  if (incident_start == DEBRIEF_TIME_NONE)
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN,
                 _("Set the incident start to enter times relative to it"));
  return check_range (incident_start + sign * delta, out_usec, error);
}

/**
 * debrief_time_entry_parse:
 * @text: what the person typed; see the top of this file for the forms
 * @zone: (nullable): the review's display zone; UTC when %NULL
 * @reference: the instant whose local day a bare time of day goes on (the
 *   value being edited), or %DEBRIEF_TIME_NONE to use @incident_start
 * @incident_start: the origin of relative times, or %DEBRIEF_TIME_NONE
 * @out_usec: (out): the instant; untouched on error
 *
 * Returns: %TRUE, or %FALSE with a short, translated @error in
 *   %DEBRIEF_TIME_ENTRY_ERROR that says what was expected.
 */
gboolean
debrief_time_entry_parse (const char  *text,
                          GTimeZone   *zone,
                          gint64       reference,
                          gint64       incident_start,
                          gint64      *out_usec,
                          GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  const char *after_sign;
  int sign;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_usec != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  if (zone == NULL)
    zone = utc = g_time_zone_new_utc ();

  if (*trimmed == '\0')
    return fail (error, DEBRIEF_TIME_ENTRY_ERROR_EMPTY,
                 _("Expected a time such as 09:02:11, +00:14:05 or 2026-03-14T09:02:11Z"));
  /* The sign is found once and what follows it handed on (gcc -fanalyzer
   * could not tell that a second search finds it again). */
  after_sign = skip_relative_sign (trimmed, &sign);
  if (after_sign != NULL)
    return parse_relative (after_sign, sign, incident_start, out_usec, error);
  if (debrief_time_parse_rfc3339 (trimmed, out_usec))
    return TRUE;
  return parse_local (trimmed, zone, reference != DEBRIEF_TIME_NONE ? reference : incident_start,
                      out_usec, error);
}

/* Shortest exact: none, milliseconds, or microseconds. */
static void
append_fraction (GString *out,
                 int      usec)
{
  if (usec != 0 && usec % 1000 == 0)
    g_string_append_printf (out, ".%03d", usec / 1000);
  else if (usec != 0)
    g_string_append_printf (out, ".%06d", usec);
}

static gint64
local_day (GTimeZone *zone,
           gint64     usec)
{
  return floor_div (to_local (zone, usec), DEBRIEF_USEC_PER_DAY);
}

/* Whether a wall-clock reading has a four-digit year (near the ends of the
 * range the local date can be in year 0 or 10000). */
static gboolean
in_calendar (gint64 local)
{
  return local >= DEBRIEF_TIME_MIN && local <= DEBRIEF_TIME_MAX;
}

/* Whether the plain local text means @usec again: not so for the second
 * reading of a fall-back hour, nor outside the four-digit years. */
static gboolean
local_text_reads_back (GTimeZone *zone,
                       gint64     usec)
{
  gint64 local = to_local (zone, usec);
  gint64 utc;

  return in_calendar (local) &&
         local_to_utc (zone, floor_div (local, DEBRIEF_USEC_PER_SEC), &utc) &&
         utc == floor_div (usec, DEBRIEF_USEC_PER_SEC);
}

static void
append_local (GString   *out,
              GTimeZone *zone,
              gint64     usec,
              gboolean   with_date)
{
  int year, month, day, hour, minute, second, micro;

  debrief_time_to_civil (to_local (zone, usec), &year, &month, &day, &hour, &minute, &second,
                         &micro);
  if (with_date)
    g_string_append_printf (out, "%04d-%02d-%02d ", year, month, day);
  g_string_append_printf (out, "%02d:%02d:%02d", hour, minute, second);
  append_fraction (out, micro);
}

/* Local time with its offset, "2026-10-25 02:30:00+01:00"; UTC when the
 * offset has seconds (old local mean times), which RFC 3339 cannot write. */
static char *
format_with_offset (GTimeZone *zone,
                    gint64     usec)
{
  gint64 offset = offset_at (zone, usec);
  gint64 magnitude = ABS (offset);
  GString *out;

  if (offset % 60 != 0 || !in_calendar (to_local (zone, usec)))
    return debrief_time_format_rfc3339 (usec);

  out = g_string_sized_new (40);
  append_local (out, zone, usec, TRUE);
  g_string_append_printf (out, "%c%02d:%02d", offset < 0 ? '-' : '+',
                          (int) (magnitude / 3600), (int) (magnitude / 60 % 60));
  return g_string_free (out, FALSE);
}

/**
 * debrief_time_entry_format:
 * @zone: (nullable): the review's display zone; UTC when %NULL
 * @reference: the instant the field is relative to (see
 *   debrief_time_entry_parse()), or %DEBRIEF_TIME_NONE
 *
 * The field's canonical text: "09:02:11", "09:02:11.250", with the date
 * ("2026-03-14 09:02:11") when @usec is on another local day than
 * @reference, and with the offset when the wall-clock text alone would mean
 * another instant (the second 02:30 of a fall-back). Parsing it with the same
 * zone and reference gives @usec back. An absent time is the empty string.
 */
char *
debrief_time_entry_format (gint64     usec,
                           GTimeZone *zone,
                           gint64     reference)
{
  g_autoptr(GTimeZone) utc = NULL;
  GString *out;
  gboolean with_date;

  if (usec == DEBRIEF_TIME_NONE)
    return g_strdup ("");
  g_return_val_if_fail (usec >= DEBRIEF_TIME_MIN && usec <= DEBRIEF_TIME_MAX, NULL);
  if (zone == NULL)
    zone = utc = g_time_zone_new_utc ();

  if (!local_text_reads_back (zone, usec))
    return format_with_offset (zone, usec);

  with_date = reference == DEBRIEF_TIME_NONE || local_day (zone, usec) != local_day (zone, reference);
  out = g_string_sized_new (32);
  append_local (out, zone, usec, with_date);
  return g_string_free (out, FALSE);
}
