/* debrief-timeline-hits.c — where an event is drawn, and what is under a point
 *
 * The pointer's questions are answered from the same bins the lanes were
 * drawn with, so a tooltip's count is the count of the mark under it, and
 * an event is found where it is drawn, to the pixel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-timeline-renderer-private.h"

gboolean
_debrief_renderer_event_point (const DebriefGeometry *geometry,
                               DebriefEventRef        ref,
                               double                *out_x,
                               double                *out_y)
{
  const DebriefEvent *event = debrief_event_store_get (geometry->events, ref);
  const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (geometry->frame->layout, event->lane);

  if (row == NULL)
    return FALSE;
  *out_x = _debrief_geometry_x (geometry, event->start);
  if (row->collapsed)
    *out_y = _debrief_geometry_row_top (geometry, row) + row->height / 2;
  else if (_debrief_event_is_span (event))
    *out_y = _debrief_geometry_span_y (geometry, row,
                                       debrief_timeline_layout_get_sub_row (geometry->frame->layout, ref));
  else
    *out_y = _debrief_geometry_point_y (geometry, row);
  return TRUE;
}

static gboolean
hit_span (const DebriefGeometry    *geometry,
          const DebriefTimelineRow *row,
          double                    x,
          double                    y,
          DebriefTimelineHit       *hit)
{
  const DebriefSpanPlacement *spans;
  gint64 time = debrief_time_scale_to_time (&geometry->scale, x - geometry->plot_x);
  gint64 slack = (gint64) (2 * debrief_time_scale_usec_per_px (&geometry->scale));
  guint n, first, end;

  spans = debrief_timeline_layout_get_spans (geometry->frame->layout, row->lane_key, &n);
  debrief_timeline_layout_query_spans (geometry->frame->layout, row->lane_key, time - slack, time + slack,
                                       &first, &end);
  for (guint i = first; i < end; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (geometry->events, spans[i].ref);
      double span_y = _debrief_geometry_span_y (geometry, row, spans[i].sub_row);

      if (fabs (y - span_y) <= geometry->style->span_row_height / 2 &&
          event->start - slack <= time && event->end + slack >= time)
        {
          hit->kind = DEBRIEF_HIT_EVENT;
          hit->ref = spans[i].ref;
          return TRUE;
        }
    }
  return FALSE;
}

/* Counts a bin exactly, without the spans drawn in their own rows. */
static guint
count_points (const DebriefGeometry *geometry,
              const DebriefEventRef *refs,
              const DebriefBin      *bin,
              DebriefEventRef       *out_single)
{
  guint count = 0;

  for (guint i = bin->first; i < bin->first + bin->count; i++)
    if (!_debrief_event_is_span (debrief_event_store_get (geometry->events, refs[i])))
      {
        count++;
        *out_single = refs[i];
      }
  return count;
}

gboolean
_debrief_renderer_hit_lane (DebriefTimelineRenderer  *renderer,
                            const DebriefGeometry    *geometry,
                            const DebriefTimelineRow *row,
                            double                    x,
                            double                    y,
                            DebriefTimelineHit       *hit)
{
  double bin_px = row->collapsed ? geometry->style->cluster_bin / 2 : geometry->style->cluster_bin, x0;
  guint n_bins, n_refs, k;
  const gint64 *starts;
  const DebriefEventRef *refs = debrief_timeline_layout_peek_points (geometry->frame->layout, row->lane_key, &starts, &n_refs);
  DebriefEventRef single = DEBRIEF_EVENT_REF_NONE;
  DebriefBin *bin;
  guint count;

  hit->kind = DEBRIEF_HIT_LANE;
  hit->lane_key = row->lane_key;
  /* Below the point row lie the stacked spans. */
  if (!row->collapsed && y > _debrief_geometry_row_top (geometry, row) + geometry->style->lane_height)
    {
      hit_span (geometry, row, x, y, hit);
      return TRUE;
    }

  n_bins = _debrief_renderer_compute_bins (renderer, geometry, row->lane_key, bin_px, &x0);
  k = _debrief_bin_of_time (renderer, debrief_time_scale_to_time (&geometry->scale, x - geometry->plot_x));
  if (k >= n_bins)
    return TRUE;
  bin = &g_array_index (renderer->bins, DebriefBin, k);
  count = count_points (geometry, refs, bin, &single);
  if (count == 1)
    {
      hit->kind = DEBRIEF_HIT_EVENT;
      hit->ref = single;
    }
  else if (count > 1)
    {
      hit->kind = DEBRIEF_HIT_CLUSTER;
      hit->cluster_count = count;
      hit->cluster_start = _debrief_bin_time (renderer, k);
      hit->cluster_end = _debrief_bin_time (renderer, k + 1);
      hit->ref = refs[bin->first];
    }
  return TRUE;
}
