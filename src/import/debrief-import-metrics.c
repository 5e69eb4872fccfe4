/* debrief-import-metrics.c — what the metric importers share
 *
 * Samples arrive in any order and are sorted once, per series, when the
 * file is read (DebriefSamplesBuilder); two samples at one time keep the
 * later, and the batch is told how many were replaced. Values that are not
 * numbers a chart can draw (NaN, ±Inf, null, empty) are gaps.
 *
 * Prometheus leaves out the steps where a series had no value, so a
 * query_range result is given its gaps back: the step is the smallest
 * spacing of the series' samples, and where two samples are more than one
 * and a half steps apart a gap goes one step after the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-import-metrics-private.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

typedef struct {
  char                  *name;
  char                  *lane;
  char                  *unit;
  DebriefSamplesBuilder *builder;
} PendingSeries;

static void
pending_free (gpointer data)
{
  PendingSeries *pending = data;

  g_free (pending->name);
  g_free (pending->lane);
  g_free (pending->unit);
  debrief_samples_builder_free (pending->builder);
  g_free (pending);
}

void
_debrief_metrics_collector_init (DebriefMetricsCollector *collector)
{
  collector->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  collector->order = g_ptr_array_new_with_free_func (pending_free);
}

void
_debrief_metrics_collector_clear (DebriefMetricsCollector *collector)
{
  g_clear_pointer (&collector->by_name, g_hash_table_unref);
  g_clear_pointer (&collector->order, g_ptr_array_unref);
}

void
_debrief_metrics_collector_add (DebriefMetricsCollector *collector,
                                const char              *name,
                                const char              *lane,
                                const char              *unit,
                                gint64                   time,
                                double                   value)
{
  PendingSeries *pending = g_hash_table_lookup (collector->by_name, name);

  if (pending == NULL)
    {
      pending = g_new0 (PendingSeries, 1);
      pending->name = g_strdup (name);
      pending->lane = g_strdup (lane);
      pending->unit = g_strdup (unit);
      pending->builder = debrief_samples_builder_new ();
      g_hash_table_insert (collector->by_name, pending->name, pending);
      g_ptr_array_add (collector->order, pending);
    }
  debrief_samples_builder_add (pending->builder, time, value);
}

/* The samples with a gap wherever a step is missing. */
static DebriefSamples *
with_missing_steps (DebriefSamples *samples)
{
  const gint64 *t = debrief_samples_peek_times (samples);
  const double *v = debrief_samples_peek_values (samples);
  guint n = debrief_samples_get_n (samples);
  g_autoptr(GArray) times = NULL;
  g_autoptr(GArray) values = NULL;
  gint64 step = G_MAXINT64;
  double gap = NAN;

  for (guint i = 1; i < n; i++)
    step = MIN (step, t[i] - t[i - 1]);
  if (n < 3 || step <= 0)
    return debrief_samples_ref (samples);

  times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n + 16);
  values = g_array_sized_new (FALSE, FALSE, sizeof (double), n + 16);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && t[i] - t[i - 1] > step + step / 2)
        {
          gint64 missing = t[i - 1] + step;

          g_array_append_val (times, missing);
          g_array_append_val (values, gap);
        }
      g_array_append_val (times, t[i]);
      g_array_append_val (values, v[i]);
    }
  return debrief_samples_new ((gint64 *) times->data, (double *) values->data, times->len);
}

/* Adds each series to @batch; returns how many. */
guint
_debrief_metrics_collector_finish (DebriefMetricsCollector *collector,
                                   DebriefImportBatch      *batch,
                                   const char              *file_name,
                                   gboolean                 gaps_by_step)
{
  for (guint i = 0; i < collector->order->len; i++)
    {
      PendingSeries *pending = g_ptr_array_index (collector->order, i);
      guint replaced = 0;
      g_autoptr(DebriefSamples) sorted = debrief_samples_builder_finish (pending->builder, &replaced);
      g_autoptr(DebriefSamples) samples = gaps_by_step ? with_missing_steps (sorted) : debrief_samples_ref (sorted);

      if (replaced > 0)
        {
          g_autofree char *where = g_strdup_printf ("%s: %s", file_name, pending->name);
          g_autofree char *reason =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sample at a time given again (the later value kept)",
                                          "%u samples at a time given again (the later values kept)", replaced),
                             replaced);

          debrief_import_batch_skip (batch, where, reason);
        }
      if (debrief_samples_get_n (samples) > 0)
        debrief_import_batch_add_series (batch, pending->name, pending->lane, pending->unit, samples);
    }
  return collector->order->len;
}

/* RFC 3339; a date and time without an offset, in @zone; or a Unix time
 * in seconds (with a fraction), ms, µs or ns. */
gboolean
_debrief_metrics_time_from_text (const char *text,
                                 GTimeZone  *zone,
                                 gint64     *out)
{
  char *end = NULL;
  double number;

  if (text[0] == '\0')
    return FALSE;
  number = g_ascii_strtod (text, &end);
  if (end != NULL && *end == '\0' && end != text)
    return debrief_import_time_from_number (number, out);
  if (debrief_time_parse_rfc3339 (text, out))
    return TRUE;
  return strchr (text, '-') != NULL &&
         debrief_time_entry_parse (text, zone, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, out, NULL);
}

/* A number, or a gap (empty, null, NaN, ±Inf: nothing a chart can draw).
 * FALSE for anything else ("12 ms", "high"). */
gboolean
_debrief_metrics_value_from_text (const char *text,
                                  double     *out)
{
  char *end = NULL;

  if (text[0] == '\0' || g_ascii_strcasecmp (text, "null") == 0 || g_ascii_strcasecmp (text, "nan") == 0 ||
      g_ascii_strcasecmp (text, "+inf") == 0 || g_ascii_strcasecmp (text, "-inf") == 0 ||
      g_ascii_strcasecmp (text, "inf") == 0)
    {
      *out = NAN;
      return TRUE;
    }
  *out = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return FALSE;
  if (!isfinite (*out))
    *out = NAN;
  return TRUE;
}

/* "p99 latency (ms)" → "p99 latency" and "ms"; also "[ms]". */
char *
_debrief_metrics_split_unit (const char  *header,
                             char       **out_unit)
{
  gsize length = strlen (header);
  char close = length > 0 ? header[length - 1] : '\0';
  const char *open = close == ')' ? strrchr (header, '(') : close == ']' ? strrchr (header, '[') : NULL;

  *out_unit = NULL;
  if (open == NULL || open == header || open + 2 > header + length - 1)
    return g_strdup (header);
  *out_unit = g_strndup (open + 1, header + length - 1 - (open + 1));
  return g_strchomp (g_strndup (header, open - header));
}
