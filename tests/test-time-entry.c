/* test-time-entry.c — typed times: clock, local date, relative, RFC 3339, DST
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-time.h"
#include "debrief-time-entry.h"

#define OK (-1)

/* The reference (the value being edited) and the incident start most rows use:
 * 10:00 CET in Berlin, 05:00 EDT in New York, 14:30 IST in Kolkata. */
#define REF   "2026-03-14T09:00:00Z"
#define START "2026-03-14T08:47:06Z"

typedef struct {
  const char *text;
  const char *zone;
  const char *reference;      /* RFC 3339, or NULL for DEBRIEF_TIME_NONE */
  const char *start;          /* likewise */
  int         code;           /* OK or a DebriefTimeEntryError */
  const char *expected;       /* RFC 3339 when code is OK */
} Case;

static const Case cases[] = {
  /* Time of day on the reference's local day. */
  { "09:02:11", "UTC", REF, START, OK, "2026-03-14T09:02:11Z" },
  { "  09:02:11\t\n", "UTC", REF, START, OK, "2026-03-14T09:02:11Z" },
  { "9:02:11.250", "UTC", REF, START, OK, "2026-03-14T09:02:11.250Z" },
  { "09:02", "UTC", REF, START, OK, "2026-03-14T09:02:00Z" },
  { "9:02", "UTC", REF, START, OK, "2026-03-14T09:02:00Z" },
  { "09:02:11.123456789", "UTC", REF, START, OK, "2026-03-14T09:02:11.123456Z" },
  { "09:02:11", "Europe/Berlin", REF, START, OK, "2026-03-14T08:02:11Z" },
  { "09:02:11", "America/New_York", REF, START, OK, "2026-03-14T13:02:11Z" },
  { "09:02:11", "Asia/Kolkata", REF, START, OK, "2026-03-14T03:32:11Z" },
  { "00:00:00", "UTC", REF, START, OK, "2026-03-14T00:00:00Z" },
  { "23:59:59.999999", "UTC", REF, START, OK, "2026-03-14T23:59:59.999999Z" },
  /* The local day, not the UTC one: Berlin is already on the 15th. */
  { "00:00", "Europe/Berlin", "2026-03-14T23:30:00Z", START, OK, "2026-03-14T23:00:00Z" },
  /* Kolkata is on the 15th at 01:30, New York still on the 14th at 22:00. */
  { "23:59:59", "Asia/Kolkata", "2026-03-14T20:00:00Z", START, OK, "2026-03-15T18:29:59Z" },
  { "23:30", "America/New_York", "2026-03-15T02:00:00Z", START, OK, "2026-03-15T03:30:00Z" },
  /* No reference: the incident start's day. */
  { "09:02:11", "Europe/Berlin", NULL, START, OK, "2026-03-14T08:02:11Z" },

  /* Local date and time. */
  { "2026-03-14 09:02:11", "Europe/Berlin", REF, START, OK, "2026-03-14T08:02:11Z" },
  { "2026-03-14T09:02", "America/New_York", REF, START, OK, "2026-03-14T13:02:00Z" },
  { "2026-03-14t09:02:11.5", "Asia/Kolkata", REF, START, OK, "2026-03-14T03:32:11.500Z" },
  { "2026-01-10 9:00", "America/New_York", NULL, NULL, OK, "2026-01-10T14:00:00Z" },
  { "2026-07-01 12:00:00", "Europe/Berlin", NULL, NULL, OK, "2026-07-01T10:00:00Z" },
  { "2024-02-29 12:00", "UTC", REF, START, OK, "2024-02-29T12:00:00Z" },
  { "2026-12-31 23:59:59", "Asia/Kolkata", REF, START, OK, "2026-12-31T18:29:59Z" },
  { "0001-01-01 00:00", "UTC", REF, START, OK, "0001-01-01T00:00:00Z" },
  { "9999-12-31 23:59:59.999999", "UTC", REF, START, OK, "9999-12-31T23:59:59.999999Z" },

  /* Relative to the incident start, whatever the zone. */
  { "+00:14:05", "UTC", REF, START, OK, "2026-03-14T09:01:11Z" },
  { "-00:02:00", "UTC", REF, START, OK, "2026-03-14T08:45:06Z" },
  { "T+00:14:05", "Europe/Berlin", REF, START, OK, "2026-03-14T09:01:11Z" },
  { "t-00:00:00.5", "UTC", REF, START, OK, "2026-03-14T08:47:05.500Z" },
  { "+26:00:00", "Asia/Kolkata", REF, START, OK, "2026-03-15T10:47:06Z" },
  { "+0:00:00", "UTC", REF, START, OK, START },
  { "T\xe2\x88\x92" "00:02:00", "UTC", REF, START, OK, "2026-03-14T08:45:06Z" },
  { "T+1d 01:00:00", "America/New_York", REF, START, OK, "2026-03-15T09:47:06Z" },
  { "+00:14:05", "UTC", NULL, START, OK, "2026-03-14T09:01:11Z" },

  /* RFC 3339 with an offset: the zone does not matter. */
  { "2026-03-14T09:02:11Z", "Europe/Berlin", REF, START, OK, "2026-03-14T09:02:11Z" },
  { "2026-03-14T10:02:11+01:00", "America/New_York", REF, START, OK, "2026-03-14T09:02:11Z" },
  { "2026-03-14T14:32:11.250+05:30", "UTC", NULL, NULL, OK, "2026-03-14T09:02:11.250Z" },
  { "2026-03-14 04:02:11-05:00", "Asia/Kolkata", REF, START, OK, "2026-03-14T09:02:11Z" },

  /* Daylight saving: the edges of the gap exist, the fall-back hour means
   * its first (summer-time) reading. */
  { "2026-03-29 01:59:59", "Europe/Berlin", REF, START, OK, "2026-03-29T00:59:59Z" },
  { "2026-03-29 03:00", "Europe/Berlin", REF, START, OK, "2026-03-29T01:00:00Z" },
  { "2026-03-08 03:00", "America/New_York", REF, START, OK, "2026-03-08T07:00:00Z" },
  { "2026-10-25 02:30", "Europe/Berlin", REF, START, OK, "2026-10-25T00:30:00Z" },
  { "02:30", "Europe/Berlin", "2026-10-25T12:00:00Z", START, OK, "2026-10-25T00:30:00Z" },
  { "2026-10-25 01:59:59", "Europe/Berlin", REF, START, OK, "2026-10-24T23:59:59Z" },
  { "2026-10-25 03:00", "Europe/Berlin", REF, START, OK, "2026-10-25T02:00:00Z" },
  { "2026-11-01 01:30", "America/New_York", REF, START, OK, "2026-11-01T05:30:00Z" },
  { "2026-10-25T02:30:00+01:00", "Europe/Berlin", REF, START, OK, "2026-10-25T01:30:00Z" },
  { "2026-03-29 02:30", "Europe/Berlin", REF, START, DEBRIEF_TIME_ENTRY_ERROR_NONEXISTENT, NULL },
  { "02:00", "Europe/Berlin", "2026-03-29T12:00:00Z", START, DEBRIEF_TIME_ENTRY_ERROR_NONEXISTENT, NULL },
  { "2026-03-08 02:59:59.9", "America/New_York", REF, START, DEBRIEF_TIME_ENTRY_ERROR_NONEXISTENT, NULL },

  /* Nothing, or not a time. */
  { "", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_EMPTY, NULL },
  { " \t ", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_EMPTY, NULL },
  { "yesterday", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "9", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:2", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "123:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:02:11 pm", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:02:11Z", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:02:11.", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:02:11.1234567890", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "09:02.5", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "\xef\xbc\x90\xef\xbc\x99:02", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "T09:02", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "2026-03-14", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "2026-3-14 09:02", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "2026-03-14T09:02Z", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "2026-03-14T09:02:11+1:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "2026-03-14T09:02:11 Europe/Berlin", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },

  /* Fields and results out of range. */
  { "24:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "09:60", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "09:02:60", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "2026-03-14 24:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "2026-02-29 09:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "2026-13-01 09:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "2026-04-31T09:00:00Z", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "0000-12-31 23:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "0001-01-01 00:00", "Asia/Kolkata", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "9999-12-31 23:59:59", "America/New_York", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "9999-12-31T23:59:59-01:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "+00:60:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "-00:00:60", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "-20000000:00:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },
  { "+99999999999999999999:00:00", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_RANGE, NULL },

  /* Relative times: all three fields, and an incident start. */
  { "+14:05", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "+", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "+00:14:05x", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "T+1d", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "++00:14:05", "UTC", REF, START, DEBRIEF_TIME_ENTRY_ERROR_SYNTAX, NULL },
  { "+00:14:05", "UTC", REF, NULL, DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN, NULL },
  { "T-00:02:00", "Europe/Berlin", NULL, NULL, DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN, NULL },
  { "09:02:11", "UTC", NULL, NULL, DEBRIEF_TIME_ENTRY_ERROR_NO_ORIGIN, NULL },
};

static gint64
instant (const char *text)
{
  gint64 usec = DEBRIEF_TIME_NONE;

  if (text != NULL)
    g_assert_true (debrief_time_parse_rfc3339 (text, &usec));
  return usec;
}

static void
test_parse_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (c->zone);
      g_autoptr(GError) error = NULL;
      gint64 value = 42;
      gboolean ok;

      g_test_message ("row %u: \"%s\" in %s", i, c->text, c->zone);
      g_assert_nonnull (zone);
      ok = debrief_time_entry_parse (c->text, zone, instant (c->reference), instant (c->start),
                                     &value, &error);
      if (c->code == OK)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (value, ==, instant (c->expected));
        }
      else
        {
          g_assert_error (error, DEBRIEF_TIME_ENTRY_ERROR, c->code);
          g_assert_false (ok);
          g_assert_cmpint (value, ==, 42);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 40);
}

/* The messages say what went wrong in words a person can act on. */
static void
test_messages (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GError) gap = NULL;
  g_autoptr(GError) syntax = NULL;
  gint64 value;

  g_assert_false (debrief_time_entry_parse ("2026-03-29 02:30", berlin, DEBRIEF_TIME_NONE,
                                            DEBRIEF_TIME_NONE, &value, &gap));
  g_assert_nonnull (strstr (gap->message, "2026-03-29 02:30:00"));
  g_assert_nonnull (strstr (gap->message, "does not exist"));
  g_assert_nonnull (strstr (gap->message, "Europe/Berlin"));

  g_assert_false (debrief_time_entry_parse ("soon", berlin, DEBRIEF_TIME_NONE,
                                            DEBRIEF_TIME_NONE, &value, &syntax));
  g_assert_cmpstr (syntax->message, ==,
                   "Expected a time such as 09:02:11, +00:14:05 or 2026-03-14T09:02:11Z");
}

/* A NULL zone is UTC, as in debrief_time_to_date_time(). */
static void
test_null_zone (void)
{
  gint64 value = 0;
  g_autofree char *text = NULL;

  g_assert_true (debrief_time_entry_parse ("09:02:11", NULL, instant (REF), DEBRIEF_TIME_NONE,
                                           &value, NULL));
  g_assert_cmpint (value, ==, instant ("2026-03-14T09:02:11Z"));
  text = debrief_time_entry_format (value, NULL, instant (REF));
  g_assert_cmpstr (text, ==, "09:02:11");
}

static void
test_format (void)
{
  static const struct {
    const char *usec;
    const char *zone;
    const char *reference;
    const char *expected;
  } formats[] = {
    { "2026-03-14T09:02:11Z", "UTC", REF, "09:02:11" },
    { "2026-03-14T09:02:11.250Z", "UTC", REF, "09:02:11.250" },
    { "2026-03-14T09:02:11.000250Z", "UTC", REF, "09:02:11.000250" },
    { "2026-03-14T08:02:11Z", "Europe/Berlin", REF, "09:02:11" },
    { "2026-03-15T09:02:11Z", "UTC", REF, "2026-03-15 09:02:11" },
    { "2026-03-14T09:02:11Z", "UTC", NULL, "2026-03-14 09:02:11" },
    /* 23:30 UTC is tomorrow in Berlin and Kolkata, today in New York. */
    { "2026-03-14T23:30:00Z", "Europe/Berlin", REF, "2026-03-15 00:30:00" },
    { "2026-03-14T23:30:00Z", "Asia/Kolkata", REF, "2026-03-15 05:00:00" },
    { "2026-03-14T23:30:00Z", "America/New_York", REF, "19:30:00" },
    /* The second 02:30 of a fall-back carries its offset; the first does not. */
    { "2026-10-25T00:30:00Z", "Europe/Berlin", "2026-10-25T12:00:00Z", "02:30:00" },
    { "2026-10-25T01:30:00Z", "Europe/Berlin", "2026-10-25T12:00:00Z", "2026-10-25 02:30:00+01:00" },
    { "2026-11-01T06:30:00.5Z", "America/New_York", NULL, "2026-11-01 01:30:00.500-05:00" },
    /* Near the ends of the range the local year has no four digits. */
    { "0001-01-01T00:00:00Z", "America/New_York", NULL, "0001-01-01T00:00:00Z" },
    { "9999-12-31T23:59:59.999999Z", "Asia/Kolkata", NULL, "9999-12-31T23:59:59.999999Z" },
  };
  g_autofree char *none = debrief_time_entry_format (DEBRIEF_TIME_NONE, NULL, DEBRIEF_TIME_NONE);

  g_assert_cmpstr (none, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (formats[i].zone);
      g_autofree char *text = debrief_time_entry_format (instant (formats[i].usec), zone,
                                                         instant (formats[i].reference));

      g_assert_cmpstr (text, ==, formats[i].expected);
    }
}

static void
assert_round_trip (GTimeZone *zone,
                   gint64     usec,
                   gint64     reference)
{
  g_autofree char *text = debrief_time_entry_format (usec, zone, reference);
  g_autoptr(GError) error = NULL;
  gint64 back = 0;

  if (!debrief_time_entry_parse (text, zone, reference, DEBRIEF_TIME_NONE, &back, &error))
    g_error ("\"%s\" in %s: %s", text, g_time_zone_get_identifier (zone), error->message);
  if (back != usec)
    g_error ("\"%s\" in %s: %" G_GINT64_FORMAT " came back as %" G_GINT64_FORMAT,
             text, g_time_zone_get_identifier (zone), usec, back);
}

/* parse (format (x)) == x: random instants, every half hour around this
 * year's transitions (both readings of the repeated hour), and the ends. */
static void
test_round_trip (void)
{
  static const char * const zones[] = { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata" };
  static const char * const transitions[] = {
    "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z", "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z",
  };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zones[z]);

      for (guint i = 0; i < 2000; i++)
        {
          /* Clamped: DEBRIEF_TIME_MAX as a double rounds up past it. */
          gint64 usec = CLAMP ((gint64) g_test_rand_double_range ((double) DEBRIEF_TIME_MIN,
                                                                  (double) DEBRIEF_TIME_MAX),
                               DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX);
          gint64 nearby = CLAMP (usec + (gint64) g_test_rand_double_range (-2e11, 2e11),
                                 DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX);
          gint64 whole = usec - usec % DEBRIEF_USEC_PER_SEC;

          assert_round_trip (zone, usec, usec);
          assert_round_trip (zone, usec, nearby);
          assert_round_trip (zone, usec, DEBRIEF_TIME_NONE);
          assert_round_trip (zone, whole, nearby);
        }
      for (guint t = 0; t < G_N_ELEMENTS (transitions); t++)
        for (int step = -8; step <= 8; step++)
          {
            gint64 usec = instant (transitions[t]) + step * 30 * DEBRIEF_USEC_PER_MIN;

            assert_round_trip (zone, usec, usec);
            assert_round_trip (zone, usec - 1, usec);
          }
      assert_round_trip (zone, DEBRIEF_TIME_MIN, DEBRIEF_TIME_MIN);
      assert_round_trip (zone, DEBRIEF_TIME_MAX, DEBRIEF_TIME_MAX);
    }
}

/* The wall clock agrees with GDateTime's wherever that is unambiguous. */
static void
test_agrees_with_gdatetime (void)
{
  static const char * const zones[] = { "Europe/Berlin", "America/New_York", "Asia/Kolkata" };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zones[z]);

      for (guint i = 0; i < 1000; i++)
        {
          gint64 seconds = (gint64) g_test_rand_double_range (-2e9, 4e9);
          g_autoptr(GDateTime) date_time = g_date_time_new_from_unix_utc (seconds);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (date_time, zone);
          g_autofree char *expected = g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
          g_autofree char *text = debrief_time_entry_format (seconds * DEBRIEF_USEC_PER_SEC, zone,
                                                             DEBRIEF_TIME_NONE);

          g_assert_true (g_str_has_prefix (text, expected));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-entry/parse/table", test_parse_table);
  g_test_add_func ("/time-entry/parse/messages", test_messages);
  g_test_add_func ("/time-entry/null-zone", test_null_zone);
  g_test_add_func ("/time-entry/format", test_format);
  g_test_add_func ("/time-entry/round-trip", test_round_trip);
  g_test_add_func ("/time-entry/agrees-with-gdatetime", test_agrees_with_gdatetime);

  return g_test_run ();
}
