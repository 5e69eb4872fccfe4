/* test-time.c — RFC 3339 parsing and formatting, relative times, durations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "debrief-time.h"

static void
test_parse_valid (void)
{
  static const struct {
    const char *text;
    gint64      expected;
  } cases[] = {
    { "1970-01-01T00:00:00Z", 0 },
    { "1970-01-01T00:00:01Z", 1000000 },
    { "2026-03-14T09:02:11.250Z", G_GINT64_CONSTANT (1773478931250000) },
    { "2026-03-14T10:02:11.250+01:00", G_GINT64_CONSTANT (1773478931250000) },
    { "2026-03-14t09:02:11.25z", G_GINT64_CONSTANT (1773478931250000) },
    { "2026-03-14 09:02:11.250000Z", G_GINT64_CONSTANT (1773478931250000) },
    { "2026-03-14T09:02:11.250000999Z", G_GINT64_CONSTANT (1773478931250000) },
    { "2026-03-14T04:02:11.25-05:00", G_GINT64_CONSTANT (1773478931250000) },
    { "1969-12-31T23:59:59.999999Z", -1 },
    { "2024-02-29T00:00:00Z", G_GINT64_CONSTANT (1709164800000000) },
    { "0001-01-01T00:00:00Z", DEBRIEF_TIME_MIN },
    { "9999-12-31T23:59:59.999999Z", DEBRIEF_TIME_MAX },
    { "2016-12-31T23:59:60Z", G_GINT64_CONSTANT (1483228800000000) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 value = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_true (debrief_time_parse_rfc3339 (cases[i].text, &value));
      g_assert_cmpint (value, ==, cases[i].expected);
    }
}

static void
test_parse_invalid (void)
{
  static const char * const cases[] = {
    "", "yesterday", "2026-03-14", "2026-03-14T09:02Z", "2026-03-14T09:02:11",
    "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z",
    "2026-03-14T24:00:00Z", "2026-03-14T09:60:00Z", "2026-03-14T09:02:61Z",
    "2026-03-14T09:02:11.Z", "2026-03-14T09:02:11.1234567890Z", "2026-03-14T09:02:11+1:00",
    "2026-03-14T09:02:11+24:00", "2026-03-14T09:02:11Z ", " 2026-03-14T09:02:11Z",
    "0000-12-31T23:59:59Z", "10000-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:00:00+01:00", "２０２６-03-14T09:02:11Z",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 value = 42;

      g_test_message ("%s", cases[i]);
      g_assert_false (debrief_time_parse_rfc3339 (cases[i], &value));
      g_assert_cmpint (value, ==, 42);
    }
}

static void
test_format_shortest (void)
{
  static const struct {
    gint64      usec;
    const char *expected;
  } cases[] = {
    { 0, "1970-01-01T00:00:00Z" },
    { G_GINT64_CONSTANT (1773478931000000), "2026-03-14T09:02:11Z" },
    { G_GINT64_CONSTANT (1773478931250000), "2026-03-14T09:02:11.250Z" },
    { G_GINT64_CONSTANT (1773478931250001), "2026-03-14T09:02:11.250001Z" },
    { -1, "1969-12-31T23:59:59.999999Z" },
    { DEBRIEF_TIME_MIN, "0001-01-01T00:00:00Z" },
    { DEBRIEF_TIME_MAX, "9999-12-31T23:59:59.999999Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = debrief_time_format_rfc3339 (cases[i].usec);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Every day of four centuries, and random instants, survive a round trip. */
static void
test_round_trip (void)
{
  for (gint64 day = -146097 * 2; day < 146097 * 2; day += 13)
    {
      gint64 usec = day * DEBRIEF_USEC_PER_DAY + g_test_rand_int_range (0, 86400) * DEBRIEF_USEC_PER_SEC
                    + g_test_rand_int_range (0, 1000000);
      g_autofree char *text = debrief_time_format_rfc3339 (usec);
      gint64 back = 0;

      g_assert_true (debrief_time_parse_rfc3339 (text, &back));
      g_assert_cmpint (back, ==, usec);
    }
}

static void
test_agrees_with_gdatetime (void)
{
  for (guint i = 0; i < 2000; i++)
    {
      gint64 seconds = (gint64) g_test_rand_double_range (-2e9, 4e9);
      g_autoptr(GDateTime) date_time = g_date_time_new_from_unix_utc (seconds);
      int year, month, day, hour, minute, second, micro;

      debrief_time_to_civil (seconds * DEBRIEF_USEC_PER_SEC, &year, &month, &day, &hour, &minute,
                             &second, &micro);
      g_assert_cmpint (year, ==, g_date_time_get_year (date_time));
      g_assert_cmpint (month, ==, g_date_time_get_month (date_time));
      g_assert_cmpint (day, ==, g_date_time_get_day_of_month (date_time));
      g_assert_cmpint (hour, ==, g_date_time_get_hour (date_time));
      g_assert_cmpint (minute, ==, g_date_time_get_minute (date_time));
      g_assert_cmpint (second, ==, g_date_time_get_second (date_time));
    }
}

static void
test_relative (void)
{
  gint64 origin = G_GINT64_CONSTANT (1773478800000000);
  g_autofree char *zero = debrief_time_format_relative (origin, origin);
  g_autofree char *later = debrief_time_format_relative (origin + 14 * DEBRIEF_USEC_PER_MIN
                                                         + 5 * DEBRIEF_USEC_PER_SEC + 999999, origin);
  g_autofree char *before = debrief_time_format_relative (origin - 2 * DEBRIEF_USEC_PER_MIN, origin);
  g_autofree char *days = debrief_time_format_relative (origin + DEBRIEF_USEC_PER_DAY + DEBRIEF_USEC_PER_HOUR,
                                                        origin);

  g_assert_cmpstr (zero, ==, "T+00:00:00");
  g_assert_cmpstr (later, ==, "T+00:14:05");
  g_assert_cmpstr (before, ==, "T−00:02:00");
  g_assert_cmpstr (days, ==, "T+1d 01:00:00");
}

static void
test_duration (void)
{
  static const struct {
    gint64      usec;
    const char *expected;
  } cases[] = {
    { 850, "850 µs" },
    { 850 * DEBRIEF_USEC_PER_MSEC, "850 ms" },
    { 42 * DEBRIEF_USEC_PER_SEC + 500000, "42.5 s" },
    { 3 * DEBRIEF_USEC_PER_MIN + 5 * DEBRIEF_USEC_PER_SEC, "3 min 05 s" },
    { 2 * DEBRIEF_USEC_PER_HOUR + 14 * DEBRIEF_USEC_PER_MIN, "2 h 14 min" },
    { 3 * DEBRIEF_USEC_PER_DAY + 4 * DEBRIEF_USEC_PER_HOUR, "3 d 4 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = debrief_time_format_duration (cases[i].usec);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* (double) DEBRIEF_TIME_MAX rounds up to a µs past the range: a trace
 * "dur" of 5e102 once became an end that saved as "" (found by fuzzing). */
static void
test_from_double (void)
{
  gint64 time = 0;

  g_assert_true (debrief_time_from_double_usec (1.5e15, &time));
  g_assert_cmpint (time, ==, G_GINT64_CONSTANT (1500000000000000));
  g_assert_true (debrief_time_from_double_usec (0.6, &time));
  g_assert_cmpint (time, ==, 1);
  g_assert_false (debrief_time_from_double_usec ((double) DEBRIEF_TIME_MAX, &time));
  g_assert_false (debrief_time_from_double_usec ((double) DEBRIEF_TIME_MIN - 1e6, &time));
  g_assert_false (debrief_time_from_double_usec (5e102, &time));
  g_assert_false (debrief_time_from_double_usec (NAN, &time));
  g_assert_false (debrief_time_from_double_usec (-INFINITY, &time));

  g_assert_cmpint (debrief_time_clamp_double_usec (5e102), ==, DEBRIEF_TIME_MAX);
  g_assert_cmpint (debrief_time_clamp_double_usec ((double) DEBRIEF_TIME_MAX), ==, DEBRIEF_TIME_MAX);
  g_assert_cmpint (debrief_time_clamp_double_usec (-5e102), ==, DEBRIEF_TIME_MIN);
  g_assert_cmpint (debrief_time_clamp_double_usec (NAN), ==, DEBRIEF_TIME_MIN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/parse/valid", test_parse_valid);
  g_test_add_func ("/time/parse/invalid", test_parse_invalid);
  g_test_add_func ("/time/format/shortest", test_format_shortest);
  g_test_add_func ("/time/round-trip", test_round_trip);
  g_test_add_func ("/time/agrees-with-gdatetime", test_agrees_with_gdatetime);
  g_test_add_func ("/time/relative", test_relative);
  g_test_add_func ("/time/duration", test_duration);
  g_test_add_func ("/time/from-double", test_from_double);

  return g_test_run ();
}
