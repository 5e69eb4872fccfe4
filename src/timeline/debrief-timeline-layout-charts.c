/* debrief-timeline-layout-charts.c — rows for metric series
 *
 * A series that names a lane (the database it measures) is charted right
 * under that lane, on the lane's stripe, so the graph people looked at sits
 * beside what the component logged. A series with no lane, or one whose
 * lane is gone, goes to the Metrics group after Components. A hidden or
 * collapsed lane hides its charts too: collapsing is how a facilitator says
 * "not this one now".
 *
 * Series are few; each layout build walks them once per lane, which costs
 * nothing next to the lanes' events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-layout"

#include "config.h"

#include "debrief-timeline-layout-private.h"

/* Twice a lane: room for a curve to say something, and for min and max. */
double
debrief_timeline_chart_row_height (const DebriefTimelineStyle *style)
{
  return style->lane_height * 2;
}

static void
append_chart_row (DebriefTimelineLayout *layout,
                  DebriefSeries         *series,
                  DebriefLaneGroup       group,
                  DebriefLane           *lane,
                  const DebriefColor    *lane_color,
                  guint                  index,
                  double                *y)
{
  DebriefTimelineRow row = { DEBRIEF_ROW_CHART, group };

  g_ptr_array_add (layout->chart_series, g_object_ref (series));
  row.series = series;
  row.lane = lane;
  row.lane_key = DEBRIEF_LANE_KEY_NONE;
  if (!debrief_color_parse (debrief_series_get_color (series), &row.color))
    row.color = lane_color != NULL ? *lane_color : *debrief_lane_color (index);
  row.index = index;
  row.y = *y;
  row.height = debrief_timeline_chart_row_height (layout->style);
  g_array_append_val (layout->rows, row);
  *y += row.height;
}

/* The charts under @lane_row, just appended. */
void
_debrief_timeline_layout_add_chart_rows (DebriefTimelineLayout    *layout,
                                         const DebriefTimelineRow *lane_row,
                                         double                   *y)
{
  GListModel *all = G_LIST_MODEL (debrief_review_get_series (layout->review));
  const char *lane_id = debrief_item_get_id (DEBRIEF_ITEM (lane_row->lane));
  DebriefTimelineRow copy = *lane_row;  /* appending may move the rows array */

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DebriefSeries) series = g_list_model_get_item (all, i);

      if (g_strcmp0 (debrief_series_get_lane (series), lane_id) == 0)
        append_chart_row (layout, series, copy.group, copy.lane, &copy.color, copy.index, y);
    }
}

static gboolean
stands_alone (DebriefTimelineLayout *layout,
              DebriefSeries         *series)
{
  const char *lane = debrief_series_get_lane (series);

  return lane == NULL || debrief_review_lookup_lane (layout->review, lane) == NULL;
}

void
_debrief_timeline_layout_add_metrics_group (DebriefTimelineLayout *layout,
                                            double                *y)
{
  GListModel *all = G_LIST_MODEL (debrief_review_get_series (layout->review));
  DebriefTimelineRow header = { DEBRIEF_ROW_GROUP, DEBRIEF_LANE_GROUP_METRICS };
  guint members = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DebriefSeries) series = g_list_model_get_item (all, i);

      members += stands_alone (layout, series);
    }
  if (members == 0)
    return;

  header.y = *y;
  header.height = layout->style->group_height;
  header.collapsed = layout->collapsed[DEBRIEF_LANE_GROUP_METRICS];
  g_array_append_val (layout->rows, header);
  *y += header.height;
  if (header.collapsed)
    return;

  for (guint i = 0, index = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DebriefSeries) series = g_list_model_get_item (all, i);

      if (stands_alone (layout, series))
        append_chart_row (layout, series, DEBRIEF_LANE_GROUP_METRICS, NULL, NULL, index++, y);
    }
}

const DebriefTimelineRow *
debrief_timeline_layout_find_series (DebriefTimelineLayout *layout,
                                     DebriefSeries         *series)
{
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (row->kind == DEBRIEF_ROW_CHART && row->series == series)
        return row;
    }
  return NULL;
}
