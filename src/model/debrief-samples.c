/* debrief-samples.c — a metric's samples, with min/max summaries
 *
 * A chart draws at most one envelope per pixel column, however many samples
 * fall into it: a million samples across 1,500 columns must not cost a
 * million comparisons a frame. So the values are summarised in blocks of
 * FANOUT samples, those in blocks of FANOUT blocks, and so on (a min/max
 * pyramid, 1/15 of the values' size). The min/max of any index range is
 * then the samples at its ragged ends plus at most 2·(FANOUT−1) summaries
 * per level: O(FANOUT·log n), exact, whatever the range.
 *
 * NaN is a gap. Comparisons with NaN are false, so gaps fall out of every
 * min and max by themselves; a block of nothing but gaps summarises to
 * (+∞, −∞), which no real value loses to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-samples"

#include "config.h"

#include <math.h>
#include <string.h>

#include "debrief-samples.h"

#define FANOUT 16

typedef struct {
  double min;
  double max;
} Extent;

struct _DebriefSamples
{
  gatomicrefcount  ref_count;
  guint            n;
  gint64          *times;
  double          *values;
  guint            n_levels;
  Extent         **levels;     /* level k: blocks of FANOUT^(k+1) samples */
  guint           *level_len;
  Extent           bounds;     /* of every value */
};

G_DEFINE_BOXED_TYPE (DebriefSamples, debrief_samples, debrief_samples_ref, debrief_samples_unref)

static inline void
extent_add (Extent *extent,
            double  min,
            double  max)
{
  if (min < extent->min)
    extent->min = min;
  if (max > extent->max)
    extent->max = max;
}

static const Extent empty_extent = { INFINITY, -INFINITY };

static void
build_level (DebriefSamples *samples,
             guint           level)
{
  guint below = level == 0 ? samples->n : samples->level_len[level - 1];
  guint len = (below + FANOUT - 1) / FANOUT;
  Extent *out = g_new (Extent, MAX (len, 1));

  for (guint b = 0; b < len; b++)
    {
      Extent extent = empty_extent;

      for (guint i = b * FANOUT; i < MIN (below, (b + 1) * FANOUT); i++)
        {
          if (level == 0)
            extent_add (&extent, samples->values[i], samples->values[i]);
          else
            extent_add (&extent, samples->levels[level - 1][i].min, samples->levels[level - 1][i].max);
        }
      out[b] = extent;
    }
  samples->levels[level] = out;
  samples->level_len[level] = len;
}

static void
build_pyramid (DebriefSamples *samples)
{
  guint n_levels = 0;

  for (guint len = samples->n; len > 1; len = (len + FANOUT - 1) / FANOUT)
    n_levels++;
  samples->n_levels = n_levels;
  samples->levels = g_new0 (Extent *, MAX (n_levels, 1));
  samples->level_len = g_new0 (guint, MAX (n_levels, 1));
  for (guint k = 0; k < n_levels; k++)
    build_level (samples, k);

  samples->bounds = empty_extent;
  if (n_levels > 0)
    for (guint b = 0; b < samples->level_len[n_levels - 1]; b++)
      extent_add (&samples->bounds, samples->levels[n_levels - 1][b].min, samples->levels[n_levels - 1][b].max);
  else if (samples->n == 1)
    extent_add (&samples->bounds, samples->values[0], samples->values[0]);
}

/**
 * debrief_samples_new:
 * @times: (array length=n): strictly increasing µs since the epoch
 * @values: (array length=n): NaN for a gap
 *
 * Copies the arrays. Returns: (transfer full): the samples
 */
DebriefSamples *
debrief_samples_new (const gint64 *times,
                     const double *values,
                     guint         n)
{
  DebriefSamples *samples;

  for (guint i = 1; i < n; i++)
    g_return_val_if_fail (times[i - 1] < times[i], NULL);

  samples = g_new0 (DebriefSamples, 1);
  g_atomic_ref_count_init (&samples->ref_count);
  samples->n = n;
  samples->times = g_memdup2 (times, sizeof (gint64) * MAX (n, 1));
  samples->values = g_memdup2 (values, sizeof (double) * MAX (n, 1));
  build_pyramid (samples);
  return samples;
}

DebriefSamples *
debrief_samples_ref (DebriefSamples *samples)
{
  g_return_val_if_fail (samples != NULL, NULL);
  g_atomic_ref_count_inc (&samples->ref_count);
  return samples;
}

void
debrief_samples_unref (DebriefSamples *samples)
{
  g_return_if_fail (samples != NULL);
  if (!g_atomic_ref_count_dec (&samples->ref_count))
    return;
  for (guint k = 0; k < samples->n_levels; k++)
    g_free (samples->levels[k]);
  g_free (samples->levels);
  g_free (samples->level_len);
  g_free (samples->times);
  g_free (samples->values);
  g_free (samples);
}

guint
debrief_samples_get_n (const DebriefSamples *samples)
{
  return samples->n;
}

const gint64 *
debrief_samples_peek_times (const DebriefSamples *samples)
{
  return samples->times;
}

const double *
debrief_samples_peek_values (const DebriefSamples *samples)
{
  return samples->values;
}

/* The first sample at or after @time (n if none). */
guint
debrief_samples_lower_bound (const DebriefSamples *samples,
                             gint64                time)
{
  guint lo = 0, hi = samples->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (samples->times[mid] < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The last sample at or before @time, or G_MAXUINT. */
guint
debrief_samples_at_time (const DebriefSamples *samples,
                         gint64                time)
{
  guint after = debrief_samples_lower_bound (samples, time);

  if (after < samples->n && samples->times[after] == time)
    return after;
  return after == 0 ? G_MAXUINT : after - 1;
}

/* Summaries of level @level (−1: the samples) at @index. */
static inline Extent
element (const DebriefSamples *samples,
         int                   level,
         guint                 index)
{
  if (level < 0)
    return (Extent) { samples->values[index], samples->values[index] };
  return samples->levels[level][index];
}

/**
 * debrief_samples_range_min_max:
 *
 * The smallest and largest value of the samples [@first, @end), gaps left
 * out. Returns: %FALSE if the range holds no value (empty, or all gaps)
 */
gboolean
debrief_samples_range_min_max (const DebriefSamples *samples,
                               guint                 first,
                               guint                 end,
                               double               *out_min,
                               double               *out_max)
{
  Extent extent = empty_extent;
  guint lo = first, hi = MIN (end, samples->n);
  int level = -1;

  while (lo < hi)
    {
      /* Only whole blocks may go up a level: nibble the ragged ends. */
      if (level + 1 >= (int) samples->n_levels)
        {
          for (; lo < hi; lo++)
            {
              Extent e = element (samples, level, lo);
              extent_add (&extent, e.min, e.max);
            }
          break;
        }
      for (; lo < hi && lo % FANOUT != 0; lo++)
        {
          Extent e = element (samples, level, lo);
          extent_add (&extent, e.min, e.max);
        }
      for (; hi > lo && hi % FANOUT != 0; hi--)
        {
          Extent e = element (samples, level, hi - 1);
          extent_add (&extent, e.min, e.max);
        }
      lo /= FANOUT;
      hi /= FANOUT;
      level++;
    }

  *out_min = extent.min;
  *out_max = extent.max;
  return extent.min <= extent.max;
}

gboolean
debrief_samples_get_bounds (const DebriefSamples *samples,
                            double               *out_min,
                            double               *out_max)
{
  *out_min = samples->bounds.min;
  *out_max = samples->bounds.max;
  return samples->bounds.min <= samples->bounds.max;
}

/* Same times, and the same values bit for bit (so a gap equals a gap). */
gboolean
debrief_samples_equal (const DebriefSamples *a,
                       const DebriefSamples *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->n != b->n)
    return FALSE;
  return memcmp (a->times, b->times, sizeof (gint64) * a->n) == 0 &&
         memcmp (a->values, b->values, sizeof (double) * a->n) == 0;
}

/* ---- the builder ----------------------------------------------------------------- */

typedef struct {
  gint64 time;
  double value;
  guint  order;   /* position given: of equal times the last wins */
} Pending;

struct _DebriefSamplesBuilder
{
  GArray *pending;
};

DebriefSamplesBuilder *
debrief_samples_builder_new (void)
{
  DebriefSamplesBuilder *builder = g_new0 (DebriefSamplesBuilder, 1);

  builder->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  return builder;
}

void
debrief_samples_builder_add (DebriefSamplesBuilder *builder,
                             gint64                 time,
                             double                 value)
{
  Pending pending = { time, isfinite (value) ? value : NAN, builder->pending->len };

  g_array_append_val (builder->pending, pending);
}

guint
debrief_samples_builder_get_n (DebriefSamplesBuilder *builder)
{
  return builder->pending->len;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *x = a, *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Returns: (transfer full): the samples in time order; @out_replaced
 * counts those an equal time given later replaced. */
DebriefSamples *
debrief_samples_builder_finish (DebriefSamplesBuilder *builder,
                                guint                 *out_replaced)
{
  guint n = builder->pending->len, kept = 0;
  g_autofree gint64 *times = g_new (gint64, MAX (n, 1));
  g_autofree double *values = g_new (double, MAX (n, 1));

  g_array_sort (builder->pending, compare_pending);
  for (guint i = 0; i < n; i++)
    {
      const Pending *p = &g_array_index (builder->pending, Pending, i);

      if (kept > 0 && times[kept - 1] == p->time)
        kept--;
      times[kept] = p->time;
      values[kept] = p->value;
      kept++;
    }
  if (out_replaced != NULL)
    *out_replaced = n - kept;
  g_array_set_size (builder->pending, 0);
  return debrief_samples_new (times, values, kept);
}

void
debrief_samples_builder_free (DebriefSamplesBuilder *builder)
{
  if (builder == NULL)
    return;
  g_array_unref (builder->pending);
  g_free (builder);
}
