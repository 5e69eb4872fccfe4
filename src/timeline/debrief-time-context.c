/* debrief-time-context.c — an instant, shown in the chosen time display
 *
 * Tooltips, the cursor's badge and the Events list show instants to the
 * millisecond (milliseconds only when there are some): in the review's
 * zone with its abbreviation, in UTC, or relative to the incident start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time-ticks"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-time.h"
#include "debrief-time-context.h"

/* Milliseconds, truncated like the seconds; none when they are zero. */
static char *
append_millis (char *text,
               int   millis,
               const char *suffix)
{
  char *result;

  if (millis == 0)
    result = g_strconcat (text, suffix, NULL);
  else
    result = g_strdup_printf ("%s.%03d%s", text, millis, suffix);
  g_free (text);
  return result;
}

static char *
format_wall_clock (gint64     time,
                   GTimeZone *zone,
                   gboolean   with_date)
{
  g_autoptr(GDateTime) date_time = debrief_time_to_date_time (time, zone);
  g_autofree char *abbreviation = NULL;
  g_autofree char *suffix = NULL;
  char *clock;

  if (date_time == NULL)
    return g_strdup ("?");

  clock = g_date_time_format (date_time, with_date
                              /* Translators: the cursor's instant; see g_date_time_format() */
                              ? C_("instant", "%a %-d %b %Y %H:%M:%S")
                              : "%H:%M:%S");
  abbreviation = g_date_time_format (date_time, "%Z");
  suffix = g_strconcat (" ", abbreviation, NULL);
  return append_millis (clock, g_date_time_get_microsecond (date_time) / 1000, suffix);
}

/**
 * debrief_time_context_format:
 * @with_date: also name the day (ignored for relative times)
 *
 * "09:02:11.250 CET", "Sat 14 Mar 2026 09:02:11.250 CET", "T+00:14:05.250":
 * an instant for tooltips and the cursor, to the millisecond.
 */
char *
debrief_time_context_format (const DebriefTimeContext *context,
                             gint64                    time,
                             gboolean                  with_date)
{
  gint64 magnitude;

  g_return_val_if_fail (context != NULL, NULL);

  if (context->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    {
      magnitude = time < context->origin ? context->origin - time : time - context->origin;
      return append_millis (debrief_time_format_relative (time, context->origin),
                            (int) (magnitude % DEBRIEF_USEC_PER_SEC / DEBRIEF_USEC_PER_MSEC), "");
    }
  return format_wall_clock (time, context->mode == DEBRIEF_TIME_DISPLAY_ZONE ? context->zone : NULL,
                            with_date);
}

/* "2026-03-14 08:02:11.250 UTC": unambiguous, for copying into reports. */
char *
debrief_time_context_format_utc (gint64 time)
{
  int year, month, day, hour, minute, second, micro;
  char *text;

  debrief_time_to_civil (time, &year, &month, &day, &hour, &minute, &second, &micro);
  text = g_strdup_printf ("%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
  return append_millis (text, micro / 1000, " UTC");
}
