/* debrief-timeline-layout.h — rows of the timeline and what sits in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-review.h"
#include "debrief-timeline-style.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_LANE_GROUP_PARTICIPANTS,
  DEBRIEF_LANE_GROUP_COMPONENTS,
  DEBRIEF_N_LANE_GROUPS
} DebriefLaneGroup;

typedef enum {
  DEBRIEF_ROW_GROUP,
  DEBRIEF_ROW_LANE,
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
  guint             index;         /* lanes: position among visible lanes (for stripes) */
} DebriefTimelineRow;

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefTimelineLayout, debrief_timeline_layout_free)

void                      debrief_timeline_layout_set_hidden_kinds (DebriefTimelineLayout  *layout,
                                                                    guint64                 hidden_kinds);
guint64                   debrief_timeline_layout_get_hidden_kinds (DebriefTimelineLayout  *layout);
gboolean                  debrief_timeline_layout_is_kind_hidden   (DebriefTimelineLayout  *layout,
                                                                    guint                   kind);
const DebriefEventRef    *debrief_timeline_layout_peek_points      (DebriefTimelineLayout  *layout,
                                                                    guint32                 lane_key,
                                                                    const gint64          **out_starts,
                                                                    guint                  *n_points);

G_END_DECLS
