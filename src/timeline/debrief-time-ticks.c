/* debrief-time-ticks.c — ruler ticks and their labels, from ms to weeks
 *
 * The ruler has to read like a clock on the wall, so ticks sit on round
 * values of the *display* clock (local wall time, UTC, or T+), never on
 * the view's start: panning slides the same ticks along instead of
 * rounding afresh every frame. The step depends only on the zoom, and each
 * step's label format has a fixed widest label, so labels cannot overlap
 * wherever the view is panned to.
 *
 * Wall time is not a linear function of UTC: the zone's offset changes at
 * DST and other transitions. Ticks are found by walking forward in UTC
 * with the offset known to hold; when the next round local value would lie
 * past a transition, the walk first hops to the transition (found by
 * bisection on whole seconds). So a local hour that does not exist gets no
 * tick, one that happens twice gets two, and every tick is a real instant
 * at which the wall clock shows that round value. Day and week ticks (and
 * the date spans above them) want the *start* of each local day instead,
 * which exists even when a transition skips its midnight.
 *
 * GDateTime is used only for names (weekdays, months, zone abbreviations);
 * the arithmetic is on µs and the zone's offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time-ticks"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-time.h"
#include "debrief-time-ticks.h"

#define MILLI   DEBRIEF_USEC_PER_MSEC
#define SECOND  DEBRIEF_USEC_PER_SEC
#define MINUTE  DEBRIEF_USEC_PER_MIN
#define HOUR    DEBRIEF_USEC_PER_HOUR
#define DAY     DEBRIEF_USEC_PER_DAY
#define WEEK    (7 * DEBRIEF_USEC_PER_DAY)

/* 1969-12-29, the Monday before the epoch: calendar weeks count from it. */
#define MONDAY_ANCHOR  (-3 * DAY)

/* Closer minor ticks blur into a grey band. */
#define MIN_MINOR_PX  6.0
/* Whatever the font, majors keep this far apart, so the number of ticks
 * stays bounded by the width even for a zero-sized font. */
#define MIN_MAJOR_PX  2.0

typedef enum {
  STYLE_MSEC,   /* 09:02:11.250 */
  STYLE_SEC,    /* 09:02:11 */
  STYLE_MIN,    /* 09:02, for minute and hour steps */
  STYLE_DAY,    /* Sat 14 */
  STYLE_WEEK,   /* 16 Mar */
  N_STYLES
} LabelStyle;

typedef struct {
  gint64     step;
  LabelStyle style;
  gint64     minors[3];   /* subdivisions, finest first; 0 ends the list */
} StepInfo;

/* Every minor divides its major, so with a common anchor every major is
 * also a minor position (and is then kept once, as major). */
static const StepInfo steps[] = {
  { 1 * MILLI, STYLE_MSEC, { 200, 500 } },
  { 2 * MILLI, STYLE_MSEC, { 500, 1 * MILLI } },
  { 5 * MILLI, STYLE_MSEC, { 1 * MILLI } },
  { 10 * MILLI, STYLE_MSEC, { 2 * MILLI, 5 * MILLI } },
  { 20 * MILLI, STYLE_MSEC, { 5 * MILLI, 10 * MILLI } },
  { 50 * MILLI, STYLE_MSEC, { 10 * MILLI } },
  { 100 * MILLI, STYLE_MSEC, { 20 * MILLI, 50 * MILLI } },
  { 200 * MILLI, STYLE_MSEC, { 50 * MILLI, 100 * MILLI } },
  { 500 * MILLI, STYLE_MSEC, { 100 * MILLI } },
  { 1 * SECOND, STYLE_SEC, { 200 * MILLI, 500 * MILLI } },
  { 2 * SECOND, STYLE_SEC, { 500 * MILLI, 1 * SECOND } },
  { 5 * SECOND, STYLE_SEC, { 1 * SECOND } },
  { 10 * SECOND, STYLE_SEC, { 2 * SECOND, 5 * SECOND } },
  { 15 * SECOND, STYLE_SEC, { 5 * SECOND } },
  { 30 * SECOND, STYLE_SEC, { 5 * SECOND, 10 * SECOND } },
  { 1 * MINUTE, STYLE_MIN, { 10 * SECOND, 30 * SECOND } },
  { 2 * MINUTE, STYLE_MIN, { 30 * SECOND, 1 * MINUTE } },
  { 5 * MINUTE, STYLE_MIN, { 1 * MINUTE } },
  { 10 * MINUTE, STYLE_MIN, { 2 * MINUTE, 5 * MINUTE } },
  { 15 * MINUTE, STYLE_MIN, { 5 * MINUTE } },
  { 30 * MINUTE, STYLE_MIN, { 5 * MINUTE, 10 * MINUTE } },
  { 1 * HOUR, STYLE_MIN, { 15 * MINUTE, 30 * MINUTE } },
  { 2 * HOUR, STYLE_MIN, { 30 * MINUTE, 1 * HOUR } },
  { 3 * HOUR, STYLE_MIN, { 1 * HOUR } },
  { 6 * HOUR, STYLE_MIN, { 1 * HOUR, 3 * HOUR } },
  { 12 * HOUR, STYLE_MIN, { 3 * HOUR, 6 * HOUR } },
  { 1 * DAY, STYLE_DAY, { 6 * HOUR, 12 * HOUR } },
  { 2 * DAY, STYLE_DAY, { 6 * HOUR, 12 * HOUR, 1 * DAY } },
  { 1 * WEEK, STYLE_WEEK, { 1 * DAY } },
  { 2 * WEEK, STYLE_WEEK, { 1 * DAY, 1 * WEEK } },
  { 4 * WEEK, STYLE_WEEK, { 1 * WEEK } },
  { 8 * WEEK, STYLE_WEEK, { 1 * WEEK, 4 * WEEK } },
  { 16 * WEEK, STYLE_WEEK, { 4 * WEEK, 8 * WEEK } },
  { 26 * WEEK, STYLE_WEEK, { 2 * WEEK, 13 * WEEK } },
  { 52 * WEEK, STYLE_WEEK, { 4 * WEEK, 13 * WEEK, 26 * WEEK } },
  { 104 * WEEK, STYLE_WEEK, { 13 * WEEK, 52 * WEEK } },
  { 260 * WEEK, STYLE_WEEK, { 52 * WEEK } },
  { 520 * WEEK, STYLE_WEEK, { 104 * WEEK, 260 * WEEK } },
  { 1040 * WEEK, STYLE_WEEK, { 208 * WEEK, 520 * WEEK } },
};

/* The display clock. `display = utc + offset`, where the offset is the
 * zone's (it varies), 0 for UTC or −origin for T+ (both constant). */
typedef struct {
  DebriefTimeDisplay  mode;
  GTimeZone          *zone;    /* NULL unless the offset varies */
  gint64              shift;   /* the constant offset otherwise */
  gint64              origin;
} Clock;

/* One series of ticks (the majors, or the minors) to emit in [from, to]. */
typedef struct {
  const Clock    *clock;
  gint64          from;
  gint64          to;
  gint64          step;
  gint64          anchor;   /* display time of one tick of the series */
  const StepInfo *info;     /* labels the ticks; NULL for minors */
  GArray         *ticks;
} Series;

typedef enum {
  CONTEXT_NONE,
  CONTEXT_DAY,
  CONTEXT_WEEK,
  CONTEXT_MONTH,
  CONTEXT_YEAR,
} ContextUnit;

/* ---- arithmetic ---------------------------------------------------------- */

static inline gint64
floor_div (gint64 value,
           gint64 divisor)
{
  gint64 quotient = value / divisor;

  return value % divisor < 0 ? quotient - 1 : quotient;
}

static inline gint64
floor_to (gint64 value,
          gint64 step,
          gint64 anchor)
{
  return anchor + floor_div (value - anchor, step) * step;
}

static inline gint64
ceil_to (gint64 value,
         gint64 step,
         gint64 anchor)
{
  gint64 below = floor_to (value, step, anchor);

  return below == value ? value : below + step;
}

/* ---- the display clock ----------------------------------------------------- */

static void
clock_init (Clock                    *clock,
            const DebriefTimeContext *context)
{
  clock->mode = context->mode;
  clock->zone = NULL;
  clock->shift = 0;
  clock->origin = context->origin;

  /* A ZONE context without a zone shows UTC rather than crashing. */
  if (clock->mode == DEBRIEF_TIME_DISPLAY_ZONE && context->zone == NULL)
    clock->mode = DEBRIEF_TIME_DISPLAY_UTC;
  if (clock->mode == DEBRIEF_TIME_DISPLAY_ZONE)
    clock->zone = context->zone;
  else if (clock->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    clock->shift = -context->origin;
}

static gint64
clock_offset (const Clock *clock,
              gint64       time)
{
  gint interval;

  if (clock->zone == NULL)
    return clock->shift;
  interval = g_time_zone_find_interval (clock->zone, G_TIME_TYPE_UNIVERSAL, floor_div (time, SECOND));
  return g_time_zone_get_offset (clock->zone, interval) * SECOND;
}

/* The first whole second in (from, to] at which the offset is no longer
 * @offset; the caller has seen that it differs at @to. Transitions fall on
 * whole seconds, so bisecting seconds finds one exactly. */
static gint64
next_transition (const Clock *clock,
                 gint64       from,
                 gint64       to,
                 gint64       offset)
{
  gint64 low = floor_div (from, SECOND);
  gint64 high = floor_div (to, SECOND);

  while (high - low > 1)
    {
      gint64 middle = low + (high - low) / 2;

      if (clock_offset (clock, middle * SECOND) == offset)
        low = middle;
      else
        high = middle;
    }
  return high * SECOND;
}

/* The first instant from @from on at which the display reads @local or
 * later: the start of a local day even when a transition skipped its
 * midnight. */
static gint64
first_at_or_after (const Clock *clock,
                   gint64       from,
                   gint64       local)
{
  gint64 time = from;

  /* Each round crosses one transition; a day or a month holds one or two. */
  for (int round = 0; round < 16; round++)
    {
      gint64 offset = clock_offset (clock, time);
      gint64 candidate = local - offset;

      if (candidate <= time)
        return time;
      if (clock_offset (clock, candidate) == offset)
        return candidate;
      time = next_transition (clock, time, candidate, offset);
    }
  return time;
}

/* ---- labels ---------------------------------------------------------------- */

/* @local is a display time read as if it were UTC: names without zone rules. */
static char *
format_local_date (gint64      local,
                   const char *format)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day, hour, minute, second, micro;

  debrief_time_to_civil (local, &year, &month, &day, &hour, &minute, &second, &micro);
  date_time = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (date_time == NULL)
    return g_strdup ("?");
  return g_date_time_format (date_time, format);
}

static const char *
day_tick_format (void)
{
  /* Translators: a day on the timeline ruler, "Sat 14"; see g_date_time_format().
   * xgettext:no-c-format (a strftime-like format, not printf's) */
  return C_("ruler tick", "%a %-d");
}

static const char *
week_tick_format (void)
{
  /* Translators: the Monday of a week on the timeline ruler, "16 Mar"; see g_date_time_format() */
  return C_("ruler tick", "%-d %b");
}

static char *
format_relative_label (LabelStyle style,
                       gint64     time,
                       gint64     origin)
{
  gint64 delta = time - origin;
  gint64 magnitude = delta < 0 ? -delta : delta;
  g_autofree char *clock = NULL;

  if (style == STYLE_DAY || style == STYLE_WEEK)
    return g_strdup_printf ("T%s%" G_GINT64_FORMAT "d", delta < 0 ? "−" : "+", magnitude / DAY);

  clock = debrief_time_format_relative (time, origin);
  if (style != STYLE_MSEC)
    return g_steal_pointer (&clock);
  return g_strdup_printf ("%s.%03d", clock, (int) (magnitude % SECOND / MILLI));
}

static char *
format_label (const Clock *clock,
              LabelStyle   style,
              gint64       time,
              gint64       local)
{
  int year, month, day, hour, minute, second, micro;

  if (clock->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    return format_relative_label (style, time, clock->origin);

  debrief_time_to_civil (local, &year, &month, &day, &hour, &minute, &second, &micro);
  switch (style)
    {
    case STYLE_MSEC:
      return g_strdup_printf ("%02d:%02d:%02d.%03d", hour, minute, second, micro / 1000);
    case STYLE_SEC:
      return g_strdup_printf ("%02d:%02d:%02d", hour, minute, second);
    case STYLE_MIN:
      return g_strdup_printf ("%02d:%02d", hour, minute);
    case STYLE_DAY:
      return format_local_date (local, day_tick_format ());
    case STYLE_WEEK:
    case N_STYLES:
    default:
      return format_local_date (local, week_tick_format ());
    }
}

static int
date_label_chars (gint64      local,
                  const char *format)
{
  g_autofree char *label = format_local_date (local, format);

  return (int) g_utf8_strlen (label, -1);
}

/* The most characters a label of @style can take. Relative labels grow
 * with the distance from the origin ("T+00:05:00", "T+12d 00:05:00"); they
 * are measured as if up to 99 days away, so the step does not change as
 * the view pans past T+1d. Further out they are a character wider than
 * budgeted, which the gap absorbs. */
static int
style_width (const Clock *clock,
             LabelStyle   style)
{
  static const char * const relative[N_STYLES] = {
    "T−99d 23:59:59.999", "T−99d 23:59:59", "T−99d 23:59:59", "T−9999d", "T−9999d",
  };
  static const char * const wall[] = { "00:00:00.000", "00:00:00", "00:00" };
  int widest = 0;

  if (clock->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    return (int) g_utf8_strlen (relative[style], -1);

  /* Every weekday, or every month, with a two-digit day. */
  if (style == STYLE_DAY)
    for (int day = 23; day <= 29; day++)
      widest = MAX (widest, date_label_chars (debrief_time_from_civil (2026, 3, day, 0, 0, 0, 0),
                                              day_tick_format ()));
  else if (style == STYLE_WEEK)
    for (int month = 1; month <= 12; month++)
      widest = MAX (widest, date_label_chars (debrief_time_from_civil (2026, month, 28, 0, 0, 0, 0),
                                              week_tick_format ()));
  else
    widest = (int) g_utf8_strlen (wall[style], -1);
  return widest;
}

/* ---- steps ----------------------------------------------------------------- */

/* The least real time between two ticks of @step. In a zone, DST can take
 * an hour from any step longer than one: a 23-hour day, or 00:00 → 03:00
 * in two hours on the night the clocks go forward. */
static gint64
shortest_step (const Clock *clock,
               gint64       step)
{
  if (clock->zone != NULL && step > HOUR)
    return step - HOUR;
  return step;
}

/* The finest step whose widest label, plus the gap, fits between ticks
 * however short DST makes them. */
static const StepInfo *
choose_step (const Clock *clock,
             double       usec_per_px,
             double       char_width_px,
             double       min_gap_px)
{
  int widths[N_STYLES] = { -1, -1, -1, -1, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const StepInfo *info = &steps[i];
      double needed;

      if (widths[info->style] < 0)
        widths[info->style] = style_width (clock, info->style);
      needed = MAX (widths[info->style] * char_width_px + min_gap_px, MIN_MAJOR_PX);
      if ((double) shortest_step (clock, info->step) / usec_per_px >= needed)
        return info;
    }
  return &steps[G_N_ELEMENTS (steps) - 1];
}

static gint64
choose_minor_step (const StepInfo *info,
                   double          usec_per_px)
{
  for (guint i = 0; i < G_N_ELEMENTS (info->minors) && info->minors[i] != 0; i++)
    if ((double) info->minors[i] / usec_per_px >= MIN_MINOR_PX)
      return info->minors[i];
  return 0;
}

/* ---- ticks ----------------------------------------------------------------- */

static void
series_emit (Series *series,
             gint64  time,
             gint64  local)
{
  DebriefTick tick = { time, 0.0, series->info != NULL, NULL };

  if (series->info != NULL)
    tick.label = format_label (series->clock, series->info->style, time, local);
  g_array_append_val (series->ticks, tick);
  /* The array owns the label now (freed with the tick set). */
  /* cppcheck-suppress memleak */
}

/* Every instant at which the display shows a multiple of the step: none
 * in a skipped hour, two in a repeated one. */
static void
add_wall_clock_ticks (Series *series)
{
  const Clock *clock = series->clock;
  gint64 time = series->from;
  gint64 offset = clock_offset (clock, time);

  while (time <= series->to)
    {
      gint64 local = ceil_to (time + offset, series->step, series->anchor);
      gint64 candidate = local - offset;

      if (clock_offset (clock, candidate) != offset)
        {
          time = next_transition (clock, time, candidate, offset);
          offset = clock_offset (clock, time);
          continue;
        }
      if (candidate > series->to)
        break;
      series_emit (series, candidate, local);
      time = candidate + 1;
    }
}

/* The start of every local day (or week) that is a multiple of the step:
 * one tick a day, even when midnight is skipped or repeated. */
static void
add_day_start_ticks (Series *series)
{
  const Clock *clock = series->clock;
  gint64 time = series->from;
  gint64 local = ceil_to (time + clock_offset (clock, time), series->step, series->anchor);

  for (;; local += series->step)
    {
      time = first_at_or_after (clock, time, local);
      if (time > series->to)
        break;
      /* A day a transition skipped altogether (Samoa, 2011) has no start. */
      if (time + clock_offset (clock, time) >= local + series->step)
        continue;
      series_emit (series, time, local);
    }
}

static void
add_series (Series *series)
{
  if (series->step % DAY == 0)
    add_day_start_ticks (series);
  else
    add_wall_clock_ticks (series);
}

static int
compare_ticks (gconstpointer a,
               gconstpointer b)
{
  const DebriefTick *ta = a, *tb = b;

  if (ta->time != tb->time)
    return ta->time < tb->time ? -1 : 1;
  return tb->major - ta->major;
}

/* Majors and minors in one time order; a time that is both stays major. */
static void
merge_ticks (GArray                 *ticks,
             const DebriefTimeScale *scale)
{
  guint kept = 0;

  g_array_sort (ticks, compare_ticks);
  for (guint i = 0; i < ticks->len; i++)
    {
      DebriefTick *tick = &g_array_index (ticks, DebriefTick, i);

      if (kept > 0 && g_array_index (ticks, DebriefTick, kept - 1).time == tick->time)
        {
          g_free (tick->label);
          continue;
        }
      tick->x = debrief_time_scale_to_x (scale, tick->time);
      g_array_index (ticks, DebriefTick, kept++) = *tick;
    }
  g_array_set_size (ticks, kept);
}

static void
add_ticks (DebriefTickSet         *set,
           const Clock            *clock,
           const DebriefTimeScale *scale,
           const StepInfo         *info)
{
  gboolean calendar_weeks = info->style == STYLE_WEEK && clock->mode != DEBRIEF_TIME_DISPLAY_RELATIVE;
  Series series = {
    .clock = clock,
    .from = scale->start - info->step,
    .to = scale->end + info->step,
    .step = info->step,
    .anchor = calendar_weeks ? MONDAY_ANCHOR : 0,
    .info = info,
    .ticks = set->ticks,
  };

  add_series (&series);
  if (set->minor_step != 0)
    {
      series.step = set->minor_step;
      series.info = NULL;
      add_series (&series);
    }
  merge_ticks (set->ticks, scale);
}

/* ---- contexts -------------------------------------------------------------- */

/* Spans about as coarse as the ticks below them, so there are about as
 * many spans as ticks, each wide enough for its label: days up to day
 * steps, then months, then years. Relative time has no months; past a
 * week step it has no spans at all. */
static ContextUnit
choose_context_unit (const Clock *clock,
                     gint64       step)
{
  if (step < WEEK)
    return CONTEXT_DAY;
  if (clock->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    return step == WEEK ? CONTEXT_WEEK : CONTEXT_NONE;
  return step <= 4 * WEEK ? CONTEXT_MONTH : CONTEXT_YEAR;
}

static gint64
unit_floor (ContextUnit unit,
            gint64      local)
{
  int year, month, day, hour, minute, second, micro;

  if (unit == CONTEXT_DAY)
    return floor_to (local, DAY, 0);
  if (unit == CONTEXT_WEEK)
    return floor_to (local, WEEK, 0);
  debrief_time_to_civil (local, &year, &month, &day, &hour, &minute, &second, &micro);
  return debrief_time_from_civil (year, unit == CONTEXT_MONTH ? month : 1, 1, 0, 0, 0, 0);
}

static gint64
unit_next (ContextUnit unit,
           gint64      local)
{
  int year, month, day, hour, minute, second, micro;

  if (unit == CONTEXT_DAY)
    return local + DAY;
  if (unit == CONTEXT_WEEK)
    return local + WEEK;
  debrief_time_to_civil (local, &year, &month, &day, &hour, &minute, &second, &micro);
  if (unit == CONTEXT_YEAR)
    return debrief_time_from_civil (year + 1, 1, 1, 0, 0, 0, 0);
  return debrief_time_from_civil (month == 12 ? year + 1 : year, month % 12 + 1, 1, 0, 0, 0, 0);
}

static char *
relative_context_label (ContextUnit unit,
                        gint64      local)
{
  gint64 number = floor_div (local, unit == CONTEXT_WEEK ? WEEK : DAY) + 1;

  if (number <= 0)
    return g_strdup (_("Before the incident"));
  if (unit == CONTEXT_WEEK)
    /* Translators: a week of the incident on the timeline ruler, counted from its start */
    return g_strdup_printf (_("Week %d"), (int) MIN (number, G_MAXINT));
  /* Translators: a day of the incident on the timeline ruler, counted from its start */
  return g_strdup_printf (_("Day %d"), (int) MIN (number, G_MAXINT));
}

static char *
context_label (const Clock *clock,
               ContextUnit  unit,
               gint64       local)
{
  g_autofree char *label = NULL;

  if (clock->mode == DEBRIEF_TIME_DISPLAY_RELATIVE)
    return relative_context_label (unit, local);

  if (unit == CONTEXT_DAY)
    /* Translators: a date above the timeline ruler, "Saturday 14 March 2026"; see g_date_time_format() */
    label = format_local_date (local, C_("ruler date", "%A %-d %B %Y"));
  else if (unit == CONTEXT_MONTH)
    /* Translators: a month above the timeline ruler, "March 2026"; see g_date_time_format() */
    label = format_local_date (local, C_("ruler date", "%B %Y"));
  else
    label = format_local_date (local, "%Y");

  if (clock->mode == DEBRIEF_TIME_DISPLAY_UTC)
    /* Translators: a date above the ruler when times are shown in UTC */
    return g_strdup_printf (_("%s (UTC)"), label);
  return g_steal_pointer (&label);
}

/* The display's days (or coarser units) that intersect the view, clipped
 * to it. */
static void
add_contexts (DebriefTickSet         *set,
              const Clock            *clock,
              const DebriefTimeScale *scale,
              ContextUnit             unit)
{
  gint64 begin = scale->start;
  gint64 local;

  if (unit == CONTEXT_NONE)
    return;

  local = unit_floor (unit, begin + clock_offset (clock, begin));
  while (begin < scale->end)
    {
      gint64 next_local = unit_next (unit, local);
      gint64 next = first_at_or_after (clock, begin, next_local);

      if (next > begin)
        {
          DebriefTickContext context = { begin, MIN (next, scale->end), NULL };

          context.label = context_label (clock, unit, local);
          g_array_append_val (set->contexts, context);
          /* The array owns the label now (freed with the tick set). */
          /* cppcheck-suppress memleak */
        }
      begin = next;
      local = next_local;
    }
}

static gboolean
crosses_midnight (const Clock            *clock,
                  const DebriefTimeScale *scale)
{
  gint64 start = scale->start;
  gint64 midnight = floor_to (start + clock_offset (clock, start), DAY, 0) + DAY;

  return first_at_or_after (clock, start, midnight) < scale->end;
}

/* ---- public ------------------------------------------------------------------ */

/* Views the scale cannot produce (empty, inverted, far outside the
 * representable years) give an empty set rather than overflowing. */
static gboolean
scale_is_sane (const DebriefTimeScale *scale)
{
  gint64 margin = DEBRIEF_TIME_SCALE_MAX_SPAN;

  return isfinite (scale->width) && scale->width >= 1.0
         && scale->start < scale->end
         && scale->start >= DEBRIEF_TIME_MIN - margin
         && scale->end <= DEBRIEF_TIME_MAX + margin
         && scale->end - scale->start <= 2 * margin;
}

/**
 * debrief_tick_set_new:
 * @char_width_px: the advance of one (tabular) digit of the ruler font
 * @min_gap_px: the least space between two labels
 *
 * Ticks for the ruler of @scale, one step beyond each edge so labels slide
 * in rather than pop, and the date spans above them.
 */
DebriefTickSet *
debrief_tick_set_new (const DebriefTimeScale   *scale,
                      const DebriefTimeContext *context,
                      double                    char_width_px,
                      double                    min_gap_px)
{
  DebriefTickSet *set = g_new0 (DebriefTickSet, 1);
  const StepInfo *info;
  double usec_per_px;
  Clock clock;

  set->ticks = g_array_new (FALSE, FALSE, sizeof (DebriefTick));
  set->contexts = g_array_new (FALSE, FALSE, sizeof (DebriefTickContext));

  g_return_val_if_fail (scale != NULL, set);
  g_return_val_if_fail (context != NULL, set);
  if (!scale_is_sane (scale))
    return set;

  clock_init (&clock, context);
  usec_per_px = debrief_time_scale_usec_per_px (scale);
  /* NaN and negative sizes count as 0; !(x > 0) catches both. */
  info = choose_step (&clock, usec_per_px, !(char_width_px > 0) ? 0 : char_width_px,
                      !(min_gap_px > 0) ? 0 : min_gap_px);
  set->step = info->step;
  set->minor_step = choose_minor_step (info, usec_per_px);

  add_ticks (set, &clock, scale, info);
  add_contexts (set, &clock, scale, choose_context_unit (&clock, info->step));
  set->spans_days = crosses_midnight (&clock, scale);
  return set;
}

void
debrief_tick_set_free (DebriefTickSet *set)
{
  if (set == NULL)
    return;

  for (guint i = 0; i < set->ticks->len; i++)
    g_free (g_array_index (set->ticks, DebriefTick, i).label);
  for (guint i = 0; i < set->contexts->len; i++)
    g_free (g_array_index (set->contexts, DebriefTickContext, i).label);
  g_array_unref (set->ticks);
  g_array_unref (set->contexts);
  g_free (set);
}
