/* debrief-timeline-layout-private.h — shared by the layout's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-timeline-layout.h"

G_BEGIN_DECLS

/* The entries of one perspective row: a whole perspective, or (split by
 * kind) the entries of one kind. Built when the review or the choice of
 * perspectives changes; the rows point at these by their slot. */
typedef struct {
  DebriefPerspective *perspective;   /* a reference */
  DebriefLane        *lane;          /* the participant's lane (a reference), or NULL */
  DebriefColor        color;
  guint               position;      /* among the perspectives shown */
  gboolean            split;
  DebriefEntryKind    kind;          /* split slots */
  gboolean            pinned;
  gboolean            first_of_perspective;
  GPtrArray          *keep;          /* the entries placed, referenced */
  GArray             *entries;       /* DebriefEntryPlacement, by start */
  guint               n_sub_rows;
} DebriefPerspectiveSlot;

struct _DebriefTimelineLayout
{
  DebriefReview              *review;
  const DebriefTimelineStyle *style;
  guint64                     generation;
  gboolean                    valid;
  GArray                     *rows;         /* DebriefTimelineRow */
  GPtrArray                  *lanes;        /* LaneContents*, by lane key */
  GArray                     *links;        /* DebriefLink */
  GHashTable                 *sub_rows;     /* ref → sub-row + 1, for spans */
  double                      height;
  gboolean                    collapsed[DEBRIEF_N_LANE_GROUPS];
  guint64                     hidden_kinds;  /* bit k: kind k is filtered out */
  char                      **shown_lanes;   /* lane ids to show (print, export); NULL: the unhidden */

  /* The Perspectives group: what the facilitator chose, and its slots. */
  char                      **perspective_ids;     /* display order; NULL: the group is off */
  gboolean                    split_by_kind;
  char                       *pinned_perspective;
  gboolean                    perspectives_valid;
  GPtrArray                  *perspective_slots;   /* DebriefPerspectiveSlot*, display order */
  char                      **comparison_hidden_lanes; /* lane ids hidden while perspectives show */
  guint                       n_perspectives;

  GPtrArray                  *chart_series;        /* DebriefSeries the chart rows borrow */
};

DebriefColor _debrief_timeline_layout_lane_color         (DebriefLane           *lane,
                                                          guint                  index);
void         _debrief_timeline_layout_init_perspectives  (DebriefTimelineLayout *layout);
void         _debrief_timeline_layout_clear_perspectives (DebriefTimelineLayout *layout);
void         _debrief_timeline_layout_build_perspectives (DebriefTimelineLayout *layout);
gboolean     _debrief_timeline_layout_lane_shown         (DebriefTimelineLayout *layout,
                                                          DebriefLane           *lane);
void         _debrief_timeline_layout_add_perspective_rows (DebriefTimelineLayout *layout,
                                                          double                *y);

void         _debrief_timeline_layout_add_chart_rows     (DebriefTimelineLayout *layout,
                                                          const DebriefTimelineRow *lane_row,
                                                          double                *y);
void         _debrief_timeline_layout_add_metrics_group  (DebriefTimelineLayout *layout,
                                                          double                *y);

G_END_DECLS
