/* test-time-ticks.c — ruler steps, labels, DST nights, date spans, instants
 *
 * Runs in the C locale so weekday and month names are English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "debrief-time.h"
#include "debrief-time-scale.h"
#include "debrief-time-ticks.h"

#define MS    DEBRIEF_USEC_PER_MSEC
#define SEC   DEBRIEF_USEC_PER_SEC
#define MINUTE DEBRIEF_USEC_PER_MIN
#define HOUR  DEBRIEF_USEC_PER_HOUR
#define DAY   DEBRIEF_USEC_PER_DAY
#define WEEK  (7 * DEBRIEF_USEC_PER_DAY)

#define TICK_CHAR_WIDTH 8.0
#define GAP        12.0

typedef enum {
  IN_UTC,
  IN_BERLIN,
  IN_KOLKATA,
  IN_RELATIVE,
} Display;

/* 2026-03-14T08:00:00Z, a Saturday: the incident's start. */
static gint64
incident_start (void)
{
  return debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
}

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return debrief_time_from_civil (year, month, day, hour, minute, 0, 0);
}

/* Fills @context for @display; FALSE (and the test skipped) without tzdata. */
static gboolean
context_init (DebriefTimeContext *context,
              Display             display)
{
  static GTimeZone *berlin, *kolkata;

  if (berlin == NULL)
    berlin = g_time_zone_new_identifier ("Europe/Berlin");
  if (kolkata == NULL)
    kolkata = g_time_zone_new_identifier ("Asia/Kolkata");

  context->mode = DEBRIEF_TIME_DISPLAY_UTC;
  context->zone = NULL;
  context->origin = incident_start ();
  if (display == IN_RELATIVE)
    context->mode = DEBRIEF_TIME_DISPLAY_RELATIVE;
  if (display == IN_BERLIN || display == IN_KOLKATA)
    {
      context->mode = DEBRIEF_TIME_DISPLAY_ZONE;
      context->zone = display == IN_BERLIN ? berlin : kolkata;
      if (context->zone == NULL)
        {
          g_test_skip ("no tzdata for Europe/Berlin or Asia/Kolkata");
          return FALSE;
        }
    }
  return TRUE;
}

static DebriefTickSet *
make_set (DebriefTimeScale *scale,
          Display           display,
          gint64            start,
          gint64            span,
          double            width,
          double            gap)
{
  DebriefTimeContext context;

  if (!context_init (&context, display))
    return NULL;
  debrief_time_scale_init (scale, start, start + span, width);
  return debrief_tick_set_new (scale, &context, TICK_CHAR_WIDTH, gap);
}

static const DebriefTick *
nth_major (const DebriefTickSet *set,
           guint                 n)
{
  for (guint i = 0; i < set->ticks->len; i++)
    {
      const DebriefTick *tick = &g_array_index (set->ticks, DebriefTick, i);

      if (tick->major && n-- == 0)
        return tick;
    }
  g_assert_not_reached ();
}

static guint
count_majors (const DebriefTickSet *set)
{
  guint n = 0;

  for (guint i = 0; i < set->ticks->len; i++)
    n += g_array_index (set->ticks, DebriefTick, i).major;
  return n;
}

static double
label_px (const DebriefTick *tick,
          double             char_width)
{
  return (double) g_utf8_strlen (tick->label, -1) * char_width;
}

/* The promises every tick set keeps, whatever the view. */
static void
check_ticks (const DebriefTickSet   *set,
             const DebriefTimeScale *scale,
             double                  char_width,
             double                  gap)
{
  double step_px = (double) set->step / debrief_time_scale_usec_per_px (scale);
  const DebriefTick *previous_major = NULL;

  for (guint i = 0; i < set->ticks->len; i++)
    {
      const DebriefTick *tick = &g_array_index (set->ticks, DebriefTick, i);

      if (i > 0)
        g_assert_cmpint (tick->time, >, g_array_index (set->ticks, DebriefTick, i - 1).time);
      g_assert_cmpfloat (tick->x, ==, debrief_time_scale_to_x (scale, tick->time));
      g_assert_cmpfloat (tick->x, >=, -step_px - 1e-6);
      g_assert_cmpfloat (tick->x, <=, scale->width + step_px + 1e-6);
      g_assert_true (tick->major == (tick->label != NULL));
      if (!tick->major)
        continue;
      if (previous_major != NULL)
        g_assert_cmpfloat (tick->x - previous_major->x, >=,
                           MAX (label_px (previous_major, char_width), label_px (tick, char_width))
                           + gap - 1e-6);
      previous_major = tick;
    }
}

static void
check_contexts (const DebriefTickSet   *set,
                const DebriefTimeScale *scale)
{
  for (guint i = 0; i < set->contexts->len; i++)
    {
      const DebriefTickContext *context = &g_array_index (set->contexts, DebriefTickContext, i);

      g_assert_nonnull (context->label);
      g_assert_cmpint (context->start, <, context->end);
      if (i == 0)
        g_assert_cmpint (context->start, ==, scale->start);
      else
        g_assert_cmpint (context->start, ==,
                         g_array_index (set->contexts, DebriefTickContext, i - 1).end);
      if (i == set->contexts->len - 1)
        g_assert_cmpint (context->end, ==, scale->end);
    }
  if (set->step < WEEK)
    g_assert_cmpint (set->spans_days, ==, set->contexts->len > 1);
}

/* ---- steps ------------------------------------------------------------------- */

static void
test_step_table (void)
{
  static const struct {
    Display display;
    gint64  span;
    double  width;
    double  gap;
    gint64  step;
  } cases[] = {
    /* The rule: label chars × 8 px + gap ≤ step px. "09:02" is 40 px. */
    { IN_UTC, 10 * MS, 1600, GAP, 1 * MS },
    { IN_UTC, 1 * SEC, 1600, GAP, 100 * MS },      /* 12 chars: 50 ms is 80 px < 108 */
    { IN_UTC, 1 * MINUTE, 1600, GAP, 5 * SEC },    /* 2 s is 53 px < 76 */
    { IN_UTC, 40 * MINUTE, 1600, GAP, 2 * MINUTE },  /* 80 px ≥ 52 */
    { IN_BERLIN, 40 * MINUTE, 1600, GAP, 2 * MINUTE },
    { IN_RELATIVE, 40 * MINUTE, 1600, GAP, 5 * MINUTE }, /* "T−99d 23:59:59": 124 px */
    { IN_UTC, 6 * HOUR, 400, GAP, 1 * HOUR },
    { IN_UTC, 3 * DAY, 1600, GAP, 3 * HOUR },      /* 67 px ≥ 52 */
    { IN_BERLIN, 3 * DAY, 1600, GAP, 6 * HOUR },   /* 3 h may last 2 h: 44 px < 52 */
    { IN_UTC, 42 * DAY, 1600, GAP, 2 * DAY },      /* "Wed 28": 60 px; 1 d is 38 px */
    { IN_BERLIN, 42 * DAY, 1600, GAP, 2 * DAY },
    { IN_RELATIVE, 42 * DAY, 1600, GAP, 2 * DAY }, /* "T−9999d": 68 px */
    { IN_UTC, 365 * DAY, 1600, GAP, 2 * WEEK },
    { IN_UTC, 20 * 365 * DAY, 1600, GAP, 52 * WEEK },
    /* A wider gap gives sparser labels. */
    { IN_BERLIN, 40 * MINUTE, 1600, 48, 5 * MINUTE },
    { IN_UTC, 1 * MINUTE, 1600, 48, 5 * SEC },
    { IN_UTC, 1 * SEC, 1600, 48, 100 * MS },
    { IN_UTC, 3 * DAY, 1600, 48, 6 * HOUR },
    { IN_UTC, 42 * DAY, 1600, 48, 1 * WEEK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DebriefTickSet) set = NULL;
      DebriefTimeScale scale;

      g_test_message ("case %u", i);
      set = make_set (&scale, cases[i].display, incident_start (), cases[i].span, cases[i].width,
                      cases[i].gap);
      if (set == NULL)
        return;
      g_assert_cmpint (set->step, ==, cases[i].step);
      check_ticks (set, &scale, TICK_CHAR_WIDTH, cases[i].gap);
      check_contexts (set, &scale);
    }
}

static void
test_minor (void)
{
  g_autoptr(DebriefTickSet) hours = NULL;
  g_autoptr(DebriefTickSet) tiny = NULL;
  DebriefTimeScale scale;
  guint minors_between = 0;

  hours = make_set (&scale, IN_UTC, incident_start (), 6 * HOUR, 400, GAP);
  g_assert_cmpint (hours->step, ==, HOUR);
  g_assert_cmpint (hours->minor_step, ==, 15 * MINUTE);
  /* Three quarter hours between two majors; 09:00 is a major, not also a minor. */
  for (guint i = 0; i < hours->ticks->len; i++)
    {
      const DebriefTick *tick = &g_array_index (hours->ticks, DebriefTick, i);

      g_assert_cmpint (tick->time % (15 * MINUTE), ==, 0);
      g_assert_true (tick->major == (tick->time % HOUR == 0));
      if (tick->time > utc (2026, 3, 14, 9, 0) && tick->time < utc (2026, 3, 14, 10, 0))
        minors_between++;
    }
  g_assert_cmpuint (minors_between, ==, 3);

  /* With no font at all, majors are 2 px apart and minors would be closer
   * than 6 px: none. */
  debrief_time_scale_init (&scale, incident_start (), incident_start () + 10 * MS, 20);
  {
    DebriefTimeContext context = { DEBRIEF_TIME_DISPLAY_UTC, NULL, 0 };

    tiny = debrief_tick_set_new (&scale, &context, 0, 0);
  }
  g_assert_cmpint (tiny->step, ==, 1 * MS);
  g_assert_cmpint (tiny->minor_step, ==, 0);
  g_assert_cmpuint (count_majors (tiny), ==, tiny->ticks->len);
}

/* ---- labels ------------------------------------------------------------------ */

static void
test_labels (void)
{
  static const struct {
    Display     display;
    gint64      offset;   /* from the incident start */
    gint64      span;
    double      width;
    const char *labels[5];
  } cases[] = {
    { IN_UTC, 0, 40 * MINUTE, 1600, { "07:58", "08:00", "08:02", "08:04" } },
    { IN_BERLIN, 0, 40 * MINUTE, 1600, { "08:58", "09:00", "09:02", "09:04" } },
    { IN_UTC, 12345678, 1 * MINUTE, 1600, { "08:00:10", "08:00:15", "08:00:20" } },
    { IN_UTC, 12345678, 1 * SEC, 1600, { "08:00:12.300", "08:00:12.400", "08:00:12.500" } },
    { IN_BERLIN, 1234, 10 * MS, 1600, { "09:00:00.001", "09:00:00.002", "09:00:00.003" } },
    { IN_UTC, 0, 3 * DAY, 1600, { "06:00", "09:00", "12:00" } },
    { IN_BERLIN, 0, 3 * DAY, 1600, { "06:00", "12:00", "18:00", "00:00" } },
    { IN_UTC, 0, 42 * DAY, 1600, { "Sat 14", "Mon 16", "Wed 18" } },
    { IN_UTC, 0, 18 * DAY, 1600, { "Sat 14", "Sun 15", "Mon 16" } },
    { IN_UTC, 0, 42 * DAY, 1600 * 0.25, { "9 Mar", "16 Mar", "23 Mar", "30 Mar" } },
    { IN_BERLIN, 0, 365 * DAY, 1600, { "9 Mar", "23 Mar", "6 Apr" } },
    { IN_RELATIVE, -10 * MINUTE, 40 * MINUTE, 1600,
      { "T−00:15:00", "T−00:10:00", "T−00:05:00", "T+00:00:00", "T+00:05:00" } },
    { IN_RELATIVE, -300 * MS, 1 * SEC, 1600,
      { "T−00:00:00.400", "T−00:00:00.300", "T−00:00:00.200", "T−00:00:00.100", "T+00:00:00.000" } },
    { IN_RELATIVE, DAY + HOUR, 40 * MINUTE, 1600, { "T+1d 00:55:00", "T+1d 01:00:00" } },
    { IN_RELATIVE, -DAY, 4 * DAY, 800, { "T−2d", "T−1d", "T+0d", "T+1d" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DebriefTickSet) set = NULL;
      DebriefTimeScale scale;

      g_test_message ("case %u", i);
      set = make_set (&scale, cases[i].display, incident_start () + cases[i].offset, cases[i].span,
                      cases[i].width, GAP);
      if (set == NULL)
        return;
      for (guint n = 0; n < G_N_ELEMENTS (cases[i].labels) && cases[i].labels[n] != NULL; n++)
        g_assert_cmpstr (nth_major (set, n)->label, ==, cases[i].labels[n]);
      check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);
    }
}

/* Week ticks fall on Mondays at midnight of the display clock. */
static void
test_week_anchor (void)
{
  static const Display displays[] = { IN_UTC, IN_BERLIN, IN_KOLKATA };

  for (guint d = 0; d < G_N_ELEMENTS (displays); d++)
    {
      g_autoptr(DebriefTickSet) set = NULL;
      DebriefTimeContext context;
      DebriefTimeScale scale;

      set = make_set (&scale, displays[d], incident_start (), 365 * DAY, 3200, GAP);
      if (set == NULL)
        return;
      context_init (&context, displays[d]);
      g_assert_cmpint (set->step, ==, WEEK);
      for (guint i = 0; i < set->ticks->len; i++)
        {
          const DebriefTick *tick = &g_array_index (set->ticks, DebriefTick, i);
          g_autoptr(GDateTime) local = NULL;

          if (!tick->major)
            continue;
          local = debrief_time_to_date_time (tick->time, context.zone);
          g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 1);
          g_assert_cmpint (g_date_time_get_hour (local), ==, 0);
          g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
        }
      check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);
    }
}

/* ---- panning and zooming ------------------------------------------------------- */

/* The ticks two views share, in the part of time both show. */
static GArray *
ticks_between (const DebriefTickSet *set,
               gint64                from,
               gint64                to)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (DebriefTick));

  for (guint i = 0; i < set->ticks->len; i++)
    {
      const DebriefTick *tick = &g_array_index (set->ticks, DebriefTick, i);

      if (tick->time >= from && tick->time <= to)
        g_array_append_val (ticks, *tick);
    }
  return ticks;
}

static void
check_pan_stable (Display display,
                  gint64  start,
                  gint64  span)
{
  g_autoptr(DebriefTickSet) before = NULL;
  DebriefTimeContext context;
  DebriefTimeScale scale;

  before = make_set (&scale, display, start, span, 1000, GAP);
  if (before == NULL)
    return;
  context_init (&context, display);

  for (int k = 1; k <= 6; k++)
    {
      DebriefTimeScale panned = scale;
      g_autoptr(DebriefTickSet) after = NULL;
      g_autoptr(GArray) old = NULL;
      g_autoptr(GArray) new = NULL;

      debrief_time_scale_pan (&panned, 37.3 * k * (k % 2 ? 1 : -1));
      after = debrief_tick_set_new (&panned, &context, TICK_CHAR_WIDTH, GAP);
      g_assert_cmpint (after->step, ==, before->step);
      g_assert_cmpint (after->minor_step, ==, before->minor_step);

      old = ticks_between (before, MAX (scale.start, panned.start), MIN (scale.end, panned.end));
      new = ticks_between (after, MAX (scale.start, panned.start), MIN (scale.end, panned.end));
      g_assert_cmpuint (old->len, ==, new->len);
      g_assert_cmpuint (old->len, >, 0);
      for (guint i = 0; i < old->len; i++)
        {
          const DebriefTick *a = &g_array_index (old, DebriefTick, i);
          const DebriefTick *b = &g_array_index (new, DebriefTick, i);

          g_assert_cmpint (a->time, ==, b->time);
          g_assert_cmpint (a->major, ==, b->major);
          g_assert_cmpstr (a->label, ==, b->label);
        }
      check_ticks (after, &panned, TICK_CHAR_WIDTH, GAP);
    }
}

static void
test_pan_stable (void)
{
  static const gint64 spans[] = {
    20 * MS, 3 * SEC, 2 * MINUTE, 40 * MINUTE, 7 * HOUR, 3 * DAY, 42 * DAY, 400 * DAY,
  };
  static const Display displays[] = { IN_UTC, IN_BERLIN, IN_KOLKATA, IN_RELATIVE };

  for (guint d = 0; d < G_N_ELEMENTS (displays); d++)
    for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
      {
        g_test_message ("display %u, span %" G_GINT64_FORMAT, d, spans[i]);
        check_pan_stable (displays[d], incident_start () + 1234567, spans[i]);
        /* Across the spring-forward night, too. */
        check_pan_stable (displays[d], utc (2026, 3, 29, 0, 30) + 1234567, spans[i]);
      }
}

/* Every zoom from 10 ms to 20 years, in every display, near DST and far
 * from the origin: ordered, within the margins, labels apart. */
static void
test_zoom_sweep (void)
{
  static const Display displays[] = { IN_UTC, IN_BERLIN, IN_KOLKATA, IN_RELATIVE };
  const gint64 starts[] = {
    incident_start (), utc (2026, 3, 28, 23, 17), utc (2026, 10, 24, 23, 59), utc (1969, 12, 31, 23, 0),
  };

  for (guint d = 0; d < G_N_ELEMENTS (displays); d++)
    for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
      for (double span = 10 * MS; span < 20.0 * 365 * DAY; span *= 1.37)
        {
          g_autoptr(DebriefTickSet) set = NULL;
          DebriefTimeScale scale;

          gint64 distance = ABS (starts[s] - incident_start ());
          double gap = GAP;

          /* Relative labels are budgeted for up to 99 days from the origin
           * ("T+99d 23:59:59"); up to 999 days they take one character of
           * the gap. */
          if (displays[d] == IN_RELATIVE && distance >= 99 * DAY)
            gap -= TICK_CHAR_WIDTH;
          if (displays[d] == IN_RELATIVE && distance >= 999 * DAY)
            continue;
          if (g_test_verbose ())
            g_test_message ("display %u, start %u, span %.0f", d, s, span);
          set = make_set (&scale, displays[d], starts[s] + 777, (gint64) span, 1200, GAP);
          if (set == NULL)
            return;
          check_ticks (set, &scale, TICK_CHAR_WIDTH, gap);
          check_contexts (set, &scale);
          /* Bounded by the width: labels are at least 30 px apart here. */
          g_assert_cmpuint (count_majors (set), <=, 1200 / 30 + 3);
          g_assert_cmpuint (set->ticks->len, <=, (1200 + 2 * 1200) / 6 + 3);
          g_assert_cmpuint (set->contexts->len, <=, 60);
        }
}

/* One tick beyond each edge, so labels slide in rather than pop. */
static void
test_edges (void)
{
  static const gint64 spans[] = { 10 * MS, 1 * SEC, 40 * MINUTE, 3 * DAY, 42 * DAY };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autoptr(DebriefTickSet) set = NULL;
      DebriefTimeScale scale;
      double step_px;
      const DebriefTick *last;

      set = make_set (&scale, IN_UTC, incident_start () + 4321, spans[i], 1000, GAP);
      step_px = (double) set->step / debrief_time_scale_usec_per_px (&scale);
      last = nth_major (set, count_majors (set) - 1);
      g_assert_cmpfloat (nth_major (set, 0)->x, <, 0);
      g_assert_cmpfloat (nth_major (set, 0)->x, >=, -step_px);
      g_assert_cmpfloat (last->x, >, scale.width);
      g_assert_cmpfloat (last->x, <=, scale.width + step_px);
    }
}

/* ---- zones --------------------------------------------------------------------- */

static void
check_major_labels (const DebriefTickSet   *set,
                    const DebriefTimeScale *scale,
                    const char * const     *expected,
                    gint64                  spacing)
{
  guint n = 0;
  gint64 previous = 0;

  for (guint i = 0; i < set->ticks->len; i++)
    {
      const DebriefTick *tick = &g_array_index (set->ticks, DebriefTick, i);

      if (!tick->major || tick->x < 0 || tick->x > scale->width)
        continue;
      g_assert_nonnull (expected[n]);
      g_assert_cmpstr (tick->label, ==, expected[n]);
      if (n > 0)
        g_assert_cmpint (tick->time - previous, ==, spacing);
      previous = tick->time;
      n++;
    }
  g_assert_null (expected[n]);
}

/* 2026-03-29, 01:00Z: 02:00 CET becomes 03:00 CEST. */
static void
test_dst_spring_forward (void)
{
  static const char * const hours[] = {
    "23:00", "00:00", "01:00", "03:00", "04:00", "05:00", "06:00", NULL,
  };
  static const char * const quarters[] = {
    "00:45", "01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", NULL,
  };
  g_autoptr(DebriefTickSet) set = NULL;
  g_autoptr(DebriefTickSet) fine = NULL;
  DebriefTimeScale scale;

  set = make_set (&scale, IN_BERLIN, utc (2026, 3, 28, 22, 0), 6 * HOUR, 400, GAP);
  if (set == NULL)
    return;
  g_assert_cmpint (set->step, ==, HOUR);
  check_major_labels (set, &scale, hours, HOUR);
  check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);

  fine = make_set (&scale, IN_BERLIN, utc (2026, 3, 28, 23, 45), 105 * MINUTE, 450, GAP);
  g_assert_cmpint (fine->step, ==, 15 * MINUTE);
  check_major_labels (fine, &scale, quarters, 15 * MINUTE);
  check_ticks (fine, &scale, TICK_CHAR_WIDTH, GAP);
}

/* 2026-10-25, 01:00Z: 03:00 CEST becomes 02:00 CET; 02:00 happens twice. */
static void
test_dst_fall_back (void)
{
  static const char * const hours[] = {
    "23:00", "00:00", "01:00", "02:00", "02:00", "03:00", "04:00", NULL,
  };
  static const char * const halves[] = {
    "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", NULL,
  };
  g_autoptr(DebriefTickSet) set = NULL;
  g_autoptr(DebriefTickSet) fine = NULL;
  DebriefTimeScale scale;

  set = make_set (&scale, IN_BERLIN, utc (2026, 10, 24, 21, 0), 6 * HOUR, 400, GAP);
  if (set == NULL)
    return;
  g_assert_cmpint (set->step, ==, HOUR);
  check_major_labels (set, &scale, hours, HOUR);
  check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);

  fine = make_set (&scale, IN_BERLIN, utc (2026, 10, 24, 23, 30), 150 * MINUTE, 360, GAP);
  g_assert_cmpint (fine->step, ==, 30 * MINUTE);
  check_major_labels (fine, &scale, halves, 30 * MINUTE);
  check_ticks (fine, &scale, TICK_CHAR_WIDTH, GAP);
}

/* +05:30: hour ticks on local hours, i.e. at half past in UTC. */
static void
test_half_hour_zone (void)
{
  static const char * const hours[] = {
    "06:00", "07:00", "08:00", "09:00", "10:00", "11:00", NULL,
  };
  g_autoptr(DebriefTickSet) set = NULL;
  g_autoptr(DebriefTickSet) days = NULL;
  DebriefTimeScale scale;

  set = make_set (&scale, IN_KOLKATA, utc (2026, 3, 14, 0, 0), 6 * HOUR, 400, GAP);
  if (set == NULL)
    return;
  g_assert_cmpint (set->step, ==, HOUR);
  check_major_labels (set, &scale, hours, HOUR);
  g_assert_cmpint (nth_major (set, 1)->time, ==, utc (2026, 3, 14, 0, 30));
  for (guint i = 0; i < set->ticks->len; i++)
    g_assert_cmpint (g_array_index (set->ticks, DebriefTick, i).time % (15 * MINUTE), ==, 0);

  /* Local midnight is 18:30Z. */
  days = make_set (&scale, IN_KOLKATA, incident_start (), 3 * DAY, 400, GAP);
  g_assert_cmpint (days->step, ==, 12 * HOUR);
  g_assert_cmpstr (nth_major (days, 1)->label, ==, "00:00");
  g_assert_cmpint (nth_major (days, 1)->time, ==, utc (2026, 3, 14, 18, 30));
  g_assert_cmpint (g_array_index (days->contexts, DebriefTickContext, 0).end, ==,
                   utc (2026, 3, 14, 18, 30));
}

/* ---- date spans ------------------------------------------------------------------ */

typedef struct {
  gint64      start;
  gint64      end;
  const char *label;
} ExpectedContext;

static void
check_context_list (const DebriefTickSet  *set,
                    const ExpectedContext *expected,
                    guint                  n_expected)
{
  g_assert_cmpuint (set->contexts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const DebriefTickContext *context = &g_array_index (set->contexts, DebriefTickContext, i);

      g_assert_cmpint (context->start, ==, expected[i].start);
      g_assert_cmpint (context->end, ==, expected[i].end);
      g_assert_cmpstr (context->label, ==, expected[i].label);
    }
}

static void
test_contexts_days (void)
{
  gint64 start = incident_start ();
  const ExpectedContext berlin[] = {
    { start, utc (2026, 3, 14, 23, 0), "Saturday 14 March 2026" },
    { utc (2026, 3, 14, 23, 0), utc (2026, 3, 15, 23, 0), "Sunday 15 March 2026" },
    { utc (2026, 3, 15, 23, 0), utc (2026, 3, 16, 23, 0), "Monday 16 March 2026" },
    { utc (2026, 3, 16, 23, 0), start + 3 * DAY, "Tuesday 17 March 2026" },
  };
  const ExpectedContext in_utc[] = {
    { start, utc (2026, 3, 15, 0, 0), "Saturday 14 March 2026 (UTC)" },
    { utc (2026, 3, 15, 0, 0), start + DAY + HOUR, "Sunday 15 March 2026 (UTC)" },
  };
  const ExpectedContext spring[] = {
    { utc (2026, 3, 28, 12, 0), utc (2026, 3, 28, 23, 0), "Saturday 28 March 2026" },
    { utc (2026, 3, 28, 23, 0), utc (2026, 3, 29, 22, 0), "Sunday 29 March 2026" },
    { utc (2026, 3, 29, 22, 0), utc (2026, 3, 30, 12, 0), "Monday 30 March 2026" },
  };
  g_autoptr(DebriefTickSet) a = NULL;
  g_autoptr(DebriefTickSet) b = NULL;
  g_autoptr(DebriefTickSet) c = NULL;
  g_autoptr(DebriefTickSet) d = NULL;
  DebriefTimeScale scale;

  a = make_set (&scale, IN_BERLIN, start, 3 * DAY, 1600, GAP);
  if (a == NULL)
    return;
  check_context_list (a, berlin, G_N_ELEMENTS (berlin));
  g_assert_true (a->spans_days);

  b = make_set (&scale, IN_UTC, start, DAY + HOUR, 1600, GAP);
  check_context_list (b, in_utc, G_N_ELEMENTS (in_utc));
  g_assert_true (b->spans_days);

  c = make_set (&scale, IN_BERLIN, utc (2026, 3, 28, 12, 0), 2 * DAY, 1600, GAP);
  check_context_list (c, spring, G_N_ELEMENTS (spring));

  /* 09:00–23:00 in Berlin: one day, no boundary. */
  d = make_set (&scale, IN_BERLIN, start, 14 * HOUR, 1600, GAP);
  g_assert_cmpuint (d->contexts->len, ==, 1);
  g_assert_false (d->spans_days);
}

static void
test_contexts_relative (void)
{
  gint64 origin = incident_start ();
  const ExpectedContext days[] = {
    { origin - DAY, origin, "Before the incident" },
    { origin, origin + DAY, "Day 1" },
    { origin + DAY, origin + 2 * DAY, "Day 2" },
    { origin + 2 * DAY, origin + 3 * DAY, "Day 3" },
  };
  const ExpectedContext short_view[] = {
    { origin - 10 * MINUTE, origin, "Before the incident" },
    { origin, origin + 30 * MINUTE, "Day 1" },
  };
  g_autoptr(DebriefTickSet) a = NULL;
  g_autoptr(DebriefTickSet) b = NULL;
  DebriefTimeScale scale;

  a = make_set (&scale, IN_RELATIVE, origin - DAY, 4 * DAY, 800, GAP);
  check_context_list (a, days, G_N_ELEMENTS (days));
  g_assert_true (a->spans_days);

  b = make_set (&scale, IN_RELATIVE, origin - 10 * MINUTE, 40 * MINUTE, 1600, GAP);
  check_context_list (b, short_view, G_N_ELEMENTS (short_view));
}

/* Week steps get months above them, and wider ones years: a span per day
 * would be a few pixels wide. */
static void
test_contexts_coarse (void)
{
  g_autoptr(DebriefTickSet) year = NULL;
  g_autoptr(DebriefTickSet) decades = NULL;
  DebriefTimeScale scale;

  year = make_set (&scale, IN_BERLIN, incident_start (), 365 * DAY, 1600, GAP);
  if (year == NULL)
    return;
  g_assert_cmpuint (year->contexts->len, ==, 13);
  g_assert_cmpstr (g_array_index (year->contexts, DebriefTickContext, 0).label, ==, "March 2026");
  g_assert_cmpstr (g_array_index (year->contexts, DebriefTickContext, 1).label, ==, "April 2026");
  g_assert_cmpint (g_array_index (year->contexts, DebriefTickContext, 1).start, ==,
                   utc (2026, 3, 31, 22, 0));
  g_assert_true (year->spans_days);

  decades = make_set (&scale, IN_UTC, incident_start (), 20 * 365 * DAY, 1600, GAP);
  g_assert_cmpuint (decades->contexts->len, ==, 21);
  g_assert_cmpstr (g_array_index (decades->contexts, DebriefTickContext, 1).label, ==, "2027 (UTC)");
  g_assert_cmpint (g_array_index (decades->contexts, DebriefTickContext, 1).start, ==,
                   utc (2027, 1, 1, 0, 0));
}

/* ---- instants -------------------------------------------------------------------- */

static void
test_format_context (void)
{
  gint64 instant = debrief_time_from_civil (2026, 3, 14, 8, 2, 11, 250999);
  gint64 whole = debrief_time_from_civil (2026, 3, 14, 8, 2, 11, 0);
  gint64 summer = debrief_time_from_civil (2026, 7, 1, 12, 0, 0, 0);
  static const struct {
    Display     display;
    int         which;
    gboolean    with_date;
    const char *expected;
  } cases[] = {
    { IN_BERLIN, 0, FALSE, "09:02:11.250 CET" },
    { IN_BERLIN, 0, TRUE, "Sat 14 Mar 2026 09:02:11.250 CET" },
    { IN_BERLIN, 1, FALSE, "09:02:11 CET" },
    { IN_BERLIN, 2, TRUE, "Wed 1 Jul 2026 14:00:00 CEST" },
    { IN_KOLKATA, 0, FALSE, "13:32:11.250 IST" },
    { IN_UTC, 0, FALSE, "08:02:11.250 UTC" },
    { IN_UTC, 1, TRUE, "Sat 14 Mar 2026 08:02:11 UTC" },
    { IN_RELATIVE, 0, FALSE, "T+00:02:11.250" },
    { IN_RELATIVE, 1, TRUE, "T+00:02:11" },
    { IN_RELATIVE, 3, FALSE, "T−00:02:00.500" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const gint64 times[] = { instant, whole, summer, incident_start () - 2 * MINUTE - 500 * MS };
      DebriefTimeContext context;
      g_autofree char *text = NULL;

      if (!context_init (&context, cases[i].display))
        return;
      text = debrief_time_context_format (&context, times[cases[i].which], cases[i].with_date);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_utc (void)
{
  static const struct {
    gint64      time;
    const char *expected;
  } cases[] = {
    { G_GINT64_CONSTANT (1773475331250000), "2026-03-14 08:02:11.250 UTC" },
    { G_GINT64_CONSTANT (1773475331000000), "2026-03-14 08:02:11 UTC" },
    { G_GINT64_CONSTANT (1773475331000999), "2026-03-14 08:02:11 UTC" },
    { -1000, "1969-12-31 23:59:59.999 UTC" },
    { DEBRIEF_TIME_MIN, "0001-01-01 00:00:00 UTC" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = debrief_time_context_format_utc (cases[i].time);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* ---- nonsense in, nothing out -------------------------------------------------------- */

static void
check_empty (const DebriefTimeScale   *scale,
             const DebriefTimeContext *context)
{
  g_autoptr(DebriefTickSet) set = debrief_tick_set_new (scale, context, TICK_CHAR_WIDTH, GAP);

  g_assert_cmpuint (set->ticks->len, ==, 0);
  g_assert_cmpuint (set->contexts->len, ==, 0);
  g_assert_false (set->spans_days);
}

static void
test_absurd_input (void)
{
  DebriefTimeContext context = { DEBRIEF_TIME_DISPLAY_UTC, NULL, 0 };
  DebriefTimeContext no_zone = { DEBRIEF_TIME_DISPLAY_ZONE, NULL, 0 };
  gint64 start = incident_start ();
  DebriefTimeScale zero_width = { start, start + HOUR, 0.0 };
  DebriefTimeScale nan_width = { start, start + HOUR, NAN };
  DebriefTimeScale empty = { start, start, 800 };
  DebriefTimeScale inverted = { start, start - HOUR, 800 };
  DebriefTimeScale enormous = { G_MININT64 + 1, G_MAXINT64 - 1, 800 };
  DebriefTimeScale scale;

  check_empty (&zero_width, &context);
  check_empty (&nan_width, &context);
  check_empty (&empty, &context);
  check_empty (&inverted, &context);
  check_empty (&enormous, &context);

  /* Odd fonts: NaN and negative sizes count as zero, a huge one gives the
   * widest step; none crashes or floods. */
  debrief_time_scale_init (&scale, start, start + 20 * 365 * DAY, 800);
  {
    g_autoptr(DebriefTickSet) nan_font = debrief_tick_set_new (&scale, &context, NAN, -5);
    g_autoptr(DebriefTickSet) huge_font = debrief_tick_set_new (&scale, &context, 1e9, 1e9);

    check_ticks (nan_font, &scale, 0, 0);
    g_assert_cmpuint (count_majors (nan_font), <=, 800 / 2 + 3);
    g_assert_cmpint (huge_font->step, ==, 1040 * WEEK);
    g_assert_cmpuint (huge_font->ticks->len, <, 20);
  }

  /* A zone display without a zone shows UTC. */
  debrief_time_scale_init (&scale, start, start + 40 * MINUTE, 1600);
  {
    g_autoptr(DebriefTickSet) set = debrief_tick_set_new (&scale, &no_zone, TICK_CHAR_WIDTH, GAP);
    g_autofree char *text = debrief_time_context_format (&no_zone, start, FALSE);

    g_assert_cmpstr (nth_major (set, 1)->label, ==, "08:00");
    g_assert_cmpstr (text, ==, "08:00:00 UTC");
  }

  /* The ends of the representable years. */
  debrief_time_scale_init (&scale, DEBRIEF_TIME_MIN, DEBRIEF_TIME_MIN + 20 * 365 * DAY, 1600);
  {
    g_autoptr(DebriefTickSet) set = debrief_tick_set_new (&scale, &context, TICK_CHAR_WIDTH, GAP);

    check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);
    check_contexts (set, &scale);
  }
  debrief_time_scale_init (&scale, DEBRIEF_TIME_MAX - 3 * DAY, DEBRIEF_TIME_MAX, 1600);
  {
    g_autoptr(DebriefTickSet) set = debrief_tick_set_new (&scale, &context, TICK_CHAR_WIDTH, GAP);

    check_ticks (set, &scale, TICK_CHAR_WIDTH, GAP);
    check_contexts (set, &scale);
    g_assert_cmpstr (g_array_index (set->contexts, DebriefTickContext, 0).label, ==,
                     "Tuesday 28 December 9999 (UTC)");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-ticks/step/table", test_step_table);
  g_test_add_func ("/time-ticks/step/minor", test_minor);
  g_test_add_func ("/time-ticks/labels/table", test_labels);
  g_test_add_func ("/time-ticks/labels/week-anchor", test_week_anchor);
  g_test_add_func ("/time-ticks/pan-stable", test_pan_stable);
  g_test_add_func ("/time-ticks/zoom-sweep", test_zoom_sweep);
  g_test_add_func ("/time-ticks/edges", test_edges);
  g_test_add_func ("/time-ticks/zone/dst-spring-forward", test_dst_spring_forward);
  g_test_add_func ("/time-ticks/zone/dst-fall-back", test_dst_fall_back);
  g_test_add_func ("/time-ticks/zone/half-hour", test_half_hour_zone);
  g_test_add_func ("/time-ticks/contexts/days", test_contexts_days);
  g_test_add_func ("/time-ticks/contexts/relative", test_contexts_relative);
  g_test_add_func ("/time-ticks/contexts/coarse", test_contexts_coarse);
  g_test_add_func ("/time-ticks/format/context", test_format_context);
  g_test_add_func ("/time-ticks/format/utc", test_format_utc);
  g_test_add_func ("/time-ticks/absurd-input", test_absurd_input);

  return g_test_run ();
}
