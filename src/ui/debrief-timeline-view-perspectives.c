/* debrief-timeline-view-perspectives.c — participants' accounts side by side
 *
 * The timeline view keeps which perspectives the facilitator put side by
 * side (and whether split by kind, and which is the reference), so a new
 * layout — another review, a reload — shows them again; the layout draws
 * them (src/timeline/debrief-timeline-layout-perspectives.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include "debrief-timeline-view-private.h"

void
_debrief_timeline_view_apply_perspectives (DebriefTimelineView *self)
{
  if (self->layout == NULL)
    return;
  debrief_timeline_layout_set_perspectives (self->layout, (const char * const *) self->perspectives, self->split_by_kind);
  debrief_timeline_layout_set_pinned_perspective (self->layout, self->pinned);
  debrief_timeline_layout_set_comparison_hidden_lanes (self->layout, (const char * const *) self->comparison_hidden_lanes);
}

/**
 * debrief_timeline_view_set_comparison_hidden_lanes:
 * @lane_ids: (nullable): evidence lanes to leave out while perspectives
 *   are side by side
 */
void
debrief_timeline_view_set_comparison_hidden_lanes (DebriefTimelineView *self,
                                                   const char * const  *lane_ids)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  g_strfreev (self->comparison_hidden_lanes);
  self->comparison_hidden_lanes = lane_ids != NULL && lane_ids[0] != NULL ? g_strdupv ((char **) lane_ids) : NULL;
  _debrief_timeline_view_apply_perspectives (self);
  _debrief_timeline_view_relayout (self);
}

/* Returns: (transfer none) (nullable): the lanes left out while comparing */
const char * const *
debrief_timeline_view_get_comparison_hidden_lanes (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return (const char * const *) self->comparison_hidden_lanes;
}

/**
 * debrief_timeline_view_show_perspectives:
 * @ids: (nullable) (array zero-terminated=1): perspective ids in display
 *   order; %NULL or empty: none
 * @pinned: (nullable): the reference, shown first
 */
void
debrief_timeline_view_show_perspectives (DebriefTimelineView *self,
                                         const char * const  *ids,
                                         gboolean             split_by_kind,
                                         const char          *pinned)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  g_strfreev (self->perspectives);
  self->perspectives = ids != NULL && ids[0] != NULL ? g_strdupv ((char **) ids) : NULL;
  self->split_by_kind = split_by_kind;
  g_free (self->pinned);
  self->pinned = g_strdup (pinned);
  _debrief_timeline_view_apply_perspectives (self);
  _debrief_timeline_view_relayout (self);
}

/* Returns: (transfer none) (nullable): the perspectives shown, in order */
const char * const *
debrief_timeline_view_get_perspectives (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return (const char * const *) self->perspectives;
}

gboolean
debrief_timeline_view_get_split_by_kind (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  return self->split_by_kind;
}

const char *
debrief_timeline_view_get_pinned_perspective (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return self->pinned;
}
