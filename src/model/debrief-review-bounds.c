/* debrief-review-bounds.c — the time a review spans
 *
 * What "the whole incident" means for zooming to fit, the overview strip,
 * presenting and printing: the incident window, the events, the phases and
 * the perspective entries; metric series only when there is nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review"

#include "config.h"

#include "debrief-perspective-entry.h"
#include "debrief-perspective.h"
#include "debrief-phase.h"
#include "debrief-review.h"
#include "debrief-series.h"
#include "debrief-time.h"

static void
widen (gint64 *start,
       gint64 *end,
       gint64  from,
       gint64  to)
{
  if (from == DEBRIEF_TIME_NONE)
    return;
  if (to == DEBRIEF_TIME_NONE)
    to = from;
  *start = MIN (*start, from);
  *end = MAX (*end, to);
}

/**
 * debrief_review_get_time_bounds:
 *
 * The span that holds everything: the incident window, every event,
 * phase and perspective entry.
 *
 * Returns: %FALSE for a review with no times at all.
 */
gboolean
debrief_review_get_time_bounds (DebriefReview *self,
                                gint64        *out_start,
                                gint64        *out_end)
{
  gint64 start = G_MAXINT64, end = G_MININT64;
  gint64 events_start, events_end;
  guint n;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), FALSE);

  widen (&start, &end, debrief_review_get_incident_start (self), debrief_review_get_incident_end (self));
  if (debrief_event_store_get_bounds (debrief_review_get_events (self), &events_start, &events_end))
    widen (&start, &end, events_start, events_end);

  n = g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_phases (self)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_phases (self)), i);

      widen (&start, &end, debrief_phase_get_start (phase), debrief_phase_get_end (phase));
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_perspectives (self)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefPerspective) perspective =
        g_list_model_get_item (G_LIST_MODEL (debrief_review_get_perspectives (self)), i);
      GListModel *entries = debrief_perspective_get_entries (perspective);

      for (guint k = 0; k < g_list_model_get_n_items (entries); k++)
        {
          g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (entries, k);

          widen (&start, &end, debrief_perspective_entry_get_start (entry),
                 debrief_perspective_entry_get_end (entry));
        }
    }

  /* Metric series usually run well before and after the incident: they are
   * context, reached by panning, unless the review has nothing else. */
  n = start > end ? g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_series (self))) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefSeries) series = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (self)), i);
      DebriefSamples *samples = debrief_series_get_samples (series);
      guint count = debrief_samples_get_n (samples);

      if (count > 0)
        widen (&start, &end, debrief_samples_peek_times (samples)[0], debrief_samples_peek_times (samples)[count - 1]);
    }

  if (start > end)
    return FALSE;
  *out_start = start;
  *out_end = end;
  return TRUE;
}
