/* debrief-timeline-layout.h — rows of the timeline and what sits in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-perspective.h"
#include "debrief-review.h"
#include "debrief-series.h"
#include "debrief-timeline-style.h"

G_BEGIN_DECLS

/* Perspectives come last in value but first on screen (when any are
 * chosen): the values of the older groups stay as they were. */
typedef enum {
  DEBRIEF_LANE_GROUP_PARTICIPANTS,
  DEBRIEF_LANE_GROUP_COMPONENTS,
  DEBRIEF_LANE_GROUP_PERSPECTIVES,
  DEBRIEF_LANE_GROUP_METRICS,      /* charts of series that stand alone, last */
  DEBRIEF_N_LANE_GROUPS
} DebriefLaneGroup;

typedef enum {
  DEBRIEF_ROW_GROUP,
  DEBRIEF_ROW_LANE,
  DEBRIEF_ROW_PERSPECTIVE,
  DEBRIEF_ROW_CHART,               /* a metric series: under its lane, or in Metrics */
} DebriefRowKind;

typedef struct {
  DebriefRowKind    kind;
  DebriefLaneGroup  group;
  DebriefLane      *lane;          /* lane rows: borrowed from the review */
  guint32           lane_key;
  DebriefColor      color;         /* the lane's colour */
  double            y;             /* top, from the top of the lanes area */
  double            height;
  guint             n_span_rows;   /* rows of stacked spans under the points */
  gboolean          collapsed;
  guint             index;         /* lanes: position among visible lanes (for stripes);
                                      perspective rows: the perspective's position */
  /* Perspective rows (lane is the participant's lane, or NULL; lane_key is
   * DEBRIEF_LANE_KEY_NONE, so nothing takes the row for that lane). */
  DebriefPerspective *perspective; /* borrowed: the layout holds a reference */
  gboolean          split;         /* one entry kind to a row */
  DebriefEntryKind  entry_kind;    /* split rows: the kind this row shows */
  gboolean          pinned;        /* the reference perspective, first of all */
  gboolean          first_of_perspective;
  guint             slot;          /* where the layout keeps the row's entries */
  /* Chart rows (lane is the lane the series sits under, or NULL; lane_key
   * is DEBRIEF_LANE_KEY_NONE, so the row is never taken for the lane's). */
  DebriefSeries    *series;        /* borrowed: the layout holds a reference */
} DebriefTimelineRow;

/* Where a perspective entry sits in its row. Times are copied from the
 * entry when the layout is built (any change to an entry rebuilds it). */
typedef struct {
  DebriefPerspectiveEntry *entry;  /* borrowed: the layout holds a reference */
  gint64                   start;
  gint64                   end;    /* DEBRIEF_TIME_NONE for a moment */
  DebriefEntryKind         kind;
  DebriefEntryOrigin       origin;
  guint                    sub_row;
} DebriefEntryPlacement;

/* Where a span sits: its event and its stacking row. */
typedef struct {
  DebriefEventRef ref;
  guint           sub_row;
} DebriefSpanPlacement;

/* A hand-off: the event `to` answers `from`. */
typedef struct {
  DebriefEventRef from;
  DebriefEventRef to;
} DebriefLink;

typedef struct _DebriefTimelineLayout DebriefTimelineLayout;

DebriefTimelineLayout    *debrief_timeline_layout_new             (DebriefReview               *review);
void                      debrief_timeline_layout_free            (DebriefTimelineLayout       *layout);
DebriefReview            *debrief_timeline_layout_get_review      (DebriefTimelineLayout       *layout);
gboolean                  debrief_timeline_layout_update          (DebriefTimelineLayout       *layout,
                                                                   const DebriefTimelineStyle  *style);
void                      debrief_timeline_layout_invalidate      (DebriefTimelineLayout       *layout);

guint                     debrief_timeline_layout_get_n_rows      (DebriefTimelineLayout       *layout);
const DebriefTimelineRow *debrief_timeline_layout_get_row         (DebriefTimelineLayout       *layout,
                                                                   guint                        index);
guint                     debrief_timeline_layout_row_at_y        (DebriefTimelineLayout       *layout,
                                                                   double                       y);
const DebriefTimelineRow *debrief_timeline_layout_find_lane       (DebriefTimelineLayout       *layout,
                                                                   guint32                      lane_key);
double                    debrief_timeline_layout_get_height      (DebriefTimelineLayout       *layout);
gboolean                  debrief_timeline_layout_get_group_collapsed (DebriefTimelineLayout   *layout,
                                                                       DebriefLaneGroup         group);
void                      debrief_timeline_layout_set_group_collapsed (DebriefTimelineLayout   *layout,
                                                                       DebriefLaneGroup         group,
                                                                       gboolean                 collapsed);

const DebriefSpanPlacement *debrief_timeline_layout_get_spans     (DebriefTimelineLayout       *layout,
                                                                   guint32                      lane_key,
                                                                   guint                       *n_spans);
const DebriefEventRef    *debrief_timeline_layout_get_notable     (DebriefTimelineLayout       *layout,
                                                                   guint32                      lane_key,
                                                                   guint                       *n_notable);
const DebriefLink        *debrief_timeline_layout_get_links       (DebriefTimelineLayout       *layout,
                                                                   guint                       *n_links);
void                      debrief_timeline_layout_query_spans     (DebriefTimelineLayout       *layout,
                                                                   guint32                      lane_key,
                                                                   gint64                       from,
                                                                   gint64                       to,
                                                                   guint                       *first,
                                                                   guint                       *end);
void                      debrief_timeline_layout_query_notable   (DebriefTimelineLayout       *layout,
                                                                   guint32                      lane_key,
                                                                   gint64                       from,
                                                                   gint64                       to,
                                                                   guint                       *first,
                                                                   guint                       *end);
void                      debrief_timeline_layout_peek_span_times (DebriefTimelineLayout     *layout,
                                                                   guint32                      lane_key,
                                                                   const gint64               **out_starts,
                                                                   const gint64               **out_ends);
const gint64             *debrief_timeline_layout_peek_notable_starts (DebriefTimelineLayout   *layout,
                                                                   guint32                      lane_key,
                                                                   guint                       *n_starts);
guint                     debrief_timeline_layout_get_sub_row     (DebriefTimelineLayout       *layout,
                                                                   DebriefEventRef              ref);
gboolean                  debrief_timeline_is_notable_kind        (guint                        kind);

/* Chart rows (debrief-timeline-layout-charts.c). */
double                    debrief_timeline_chart_row_height       (const DebriefTimelineStyle  *style);
const DebriefTimelineRow *debrief_timeline_layout_find_series     (DebriefTimelineLayout       *layout,
                                                                   DebriefSeries               *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefTimelineLayout, debrief_timeline_layout_free)

void                      debrief_timeline_layout_set_hidden_kinds (DebriefTimelineLayout  *layout,
                                                                    guint64                 hidden_kinds);
void                      debrief_timeline_layout_set_shown_lanes  (DebriefTimelineLayout  *layout,
                                                                    const char * const     *lane_ids);
guint64                   debrief_timeline_layout_get_hidden_kinds (DebriefTimelineLayout  *layout);
gboolean                  debrief_timeline_layout_is_kind_hidden   (DebriefTimelineLayout  *layout,
                                                                    guint                   kind);
const DebriefEventRef    *debrief_timeline_layout_peek_points      (DebriefTimelineLayout  *layout,
                                                                    guint32                 lane_key,
                                                                    const gint64          **out_starts,
                                                                    guint                  *n_points);

/* The Perspectives group (debrief-timeline-layout-perspectives.c). */
void                      debrief_timeline_layout_set_perspectives (DebriefTimelineLayout *layout,
                                                                    const char * const    *perspective_ids,
                                                                    gboolean               split_by_kind);
const char * const       *debrief_timeline_layout_get_perspectives (DebriefTimelineLayout *layout);
void                      debrief_timeline_layout_set_comparison_hidden_lanes (DebriefTimelineLayout *layout,
                                                                    const char * const    *lane_ids);
gboolean                  debrief_timeline_layout_get_split_by_kind (DebriefTimelineLayout *layout);
void                      debrief_timeline_layout_set_pinned_perspective (DebriefTimelineLayout *layout,
                                                                          const char            *perspective_id);
const char               *debrief_timeline_layout_get_pinned_perspective (DebriefTimelineLayout *layout);
guint                     debrief_timeline_layout_get_n_perspectives (DebriefTimelineLayout *layout);
const DebriefEntryPlacement *debrief_timeline_layout_get_entries   (DebriefTimelineLayout   *layout,
                                                                    const DebriefTimelineRow *row,
                                                                    guint                  *n_entries);
const DebriefTimelineRow *debrief_timeline_layout_find_entry       (DebriefTimelineLayout   *layout,
                                                                    DebriefPerspectiveEntry *entry,
                                                                    const DebriefEntryPlacement **out_placement);

G_END_DECLS
