/* debrief-timeline-view-present.c — what a timeline needs to be projected
 *
 * A projector is a second DebriefTimelineView over the facilitator's
 * viewport (one visible window, selection, playhead, time display), drawn
 * in the projection style at the projection scale. What cannot be shared
 * through the viewport is mirrored from the facilitator's view here: the
 * rows (perspectives side by side, hidden kinds, collapsed groups) and the
 * vertical scroll, which is kept per view because projected rows are
 * taller — the projector shows the same top row instead of the same pixel.
 * A projector never draws private notes, tooltips or editing chrome.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include "debrief-timeline-view-private.h"

enum {
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_debrief_timeline_view_present_class_init (DebriefTimelineViewClass *klass)
{
  /* The rows changed: perspectives, hidden kinds or a collapsed group. */
  signals[ROWS_CHANGED] = g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
_debrief_timeline_view_emit_rows_changed (DebriefTimelineView *self)
{
  g_signal_emit (self, signals[ROWS_CHANGED], 0);
}

/* The renderer and the layout know a style by its address, which is the
 * view's own and does not change: both start afresh. */
void
_debrief_timeline_view_restyle (DebriefTimelineView *self)
{
  debrief_timeline_style_scale (debrief_timeline_style_get (self->style_kind), self->style_scale, &self->style);
  g_clear_pointer (&self->renderer, debrief_timeline_renderer_free);
  self->renderer = debrief_timeline_renderer_new ();
  if (self->layout != NULL)
    debrief_timeline_layout_invalidate (self->layout);
  _debrief_timeline_view_relayout (self);
}

double
_debrief_timeline_view_get_scroll (DebriefTimelineView *self)
{
  return self->own_scroll ? self->scroll_y : debrief_timeline_viewport_get_scroll_y (self->viewport);
}

void
_debrief_timeline_view_store_scroll (DebriefTimelineView *self,
                                     double               scroll_y)
{
  if (!self->own_scroll)
    {
      debrief_timeline_viewport_set_scroll_y (self->viewport, scroll_y);
      return;
    }
  if (self->scroll_y == scroll_y)
    return;
  self->scroll_y = scroll_y;
  gtk_widget_queue_draw (self->chart);
  gtk_widget_queue_draw (self->marks);
}

/* Type and strokes times @scale (the projection-scale setting). */
void
debrief_timeline_view_set_style_scale (DebriefTimelineView *self,
                                       double               scale)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_return_if_fail (scale > 0);

  if (self->style_scale == scale)
    return;
  self->style_scale = scale;
  _debrief_timeline_view_restyle (self);
}

double
debrief_timeline_view_get_style_scale (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), 1.0);
  return self->style_scale;
}

/* Makes the view a projector: the projection style, its own scroll, no
 * private notes, no pointer input, no scrollbar or range buttons. It stays
 * read-only as long as it is given no history. */
void
debrief_timeline_view_set_projector (DebriefTimelineView *self)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  self->own_scroll = TRUE;
  self->show_private = FALSE;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  /* No pointer reaches it: no hover, cursor, drag or click — the room sees
   * what the facilitator does, not where the mouse happens to be. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (self->range_bar, FALSE);
  debrief_timeline_view_set_style_kind (self, DEBRIEF_TIMELINE_STYLE_PROJECTION);
}

gboolean
debrief_timeline_view_get_shows_private (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  return self->show_private;
}

guint64
debrief_timeline_view_get_hidden_kinds (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), 0);
  return self->hidden_kinds;
}

/* Shows the rows @source shows: its perspectives, hidden kinds and
 * collapsed groups; and hides (or fades) the future past the playhead as
 * it does. */
void
debrief_timeline_view_mirror_rows (DebriefTimelineView *self,
                                   DebriefTimelineView *source)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source));

  if (self->layout != NULL && source->layout != NULL)
    for (guint group = 0; group < DEBRIEF_N_LANE_GROUPS; group++)
      debrief_timeline_layout_set_group_collapsed (self->layout, group,
                                                   debrief_timeline_layout_get_group_collapsed (source->layout, group));
  if (self->layout != NULL)
    debrief_timeline_layout_set_hidden_kinds (self->layout, source->hidden_kinds);
  self->hidden_kinds = source->hidden_kinds;
  debrief_timeline_view_set_playhead_fades (self, source->playhead_fades);
  debrief_timeline_view_show_perspectives (self, (const char * const *) source->perspectives,
                                           source->split_by_kind, source->pinned);
}

/* Which row is at the top of the lanes, and how far into it (0 to 1). */
static gboolean
top_row (DebriefTimelineView *self,
         guint               *out_index,
         double              *out_fraction)
{
  const DebriefTimelineRow *row;
  double scroll = _debrief_timeline_view_get_scroll (self);

  if (self->layout == NULL)
    return FALSE;
  debrief_timeline_layout_update (self->layout, &self->style);
  *out_index = debrief_timeline_layout_row_at_y (self->layout, scroll);
  if (*out_index == G_MAXUINT)
    return FALSE;
  row = debrief_timeline_layout_get_row (self->layout, *out_index);
  *out_fraction = row->height > 0 ? (scroll - row->y) / row->height : 0;
  return TRUE;
}

/* Scrolls so the same row as in @source is at the top. */
void
debrief_timeline_view_follow_scroll (DebriefTimelineView *self,
                                     DebriefTimelineView *source)
{
  const DebriefTimelineRow *row;
  guint index;
  double fraction;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source));

  if (!top_row (source, &index, &fraction) || self->layout == NULL)
    return;
  debrief_timeline_layout_update (self->layout, &self->style);
  if (index >= debrief_timeline_layout_get_n_rows (self->layout))
    return;
  row = debrief_timeline_layout_get_row (self->layout, index);
  gtk_adjustment_set_value (self->vadjustment, row->y + fraction * row->height);
}

/* Scrolls (only up or down) so the event's lane is on screen. */
void
debrief_timeline_view_scroll_to_event (DebriefTimelineView *self,
                                       DebriefEventRef      ref)
{
  DebriefEventStore *events;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  if (self->review == NULL || self->layout == NULL)
    return;
  events = debrief_review_get_events (self->review);
  if (!debrief_event_store_is_live (events, ref))
    return;
  debrief_timeline_layout_update (self->layout, &self->style);
  _debrief_timeline_view_scroll_to_lane (self, debrief_event_store_get (events, ref)->lane);
}

/* Where the pointer last was over the chart; FALSE if it is not there. */
gboolean
debrief_timeline_view_get_pointer (DebriefTimelineView *self,
                                   double              *out_x,
                                   double              *out_y)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  *out_x = self->pointer_x;
  *out_y = self->pointer_y;
  return self->pointer_x >= 0 && self->pointer_y >= 0;
}

/* The point of @self that shows what (@x, @y) shows in @source: the same
 * time across, the same place in the same row down. */
gboolean
debrief_timeline_view_map_point (DebriefTimelineView *self,
                                 DebriefTimelineView *source,
                                 double               x,
                                 double               y,
                                 double              *out_x,
                                 double              *out_y)
{
  DebriefTimelineFrame from, to;
  DebriefTimeScale from_scale, to_scale;
  const DebriefTimelineRow *row, *target;
  double from_lanes, to_lanes, fraction;
  guint index;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source), FALSE);
  if (self->layout == NULL || source->layout == NULL)
    return FALSE;
  _debrief_timeline_view_make_frame (source, &from);
  _debrief_timeline_view_make_frame (self, &to);
  debrief_timeline_layout_update (source->layout, from.style);
  debrief_timeline_layout_update (self->layout, to.style);
  debrief_timeline_frame_get_scale (&from, &from_scale);
  debrief_timeline_frame_get_scale (&to, &to_scale);
  *out_x = debrief_timeline_frame_get_plot_x (&to) +
           debrief_time_scale_to_x (&to_scale, debrief_time_scale_to_time (&from_scale, x - debrief_timeline_frame_get_plot_x (&from)));
  from_lanes = debrief_timeline_frame_get_lanes_y (&from);
  to_lanes = debrief_timeline_frame_get_lanes_y (&to);
  index = debrief_timeline_layout_row_at_y (source->layout, y - from_lanes + from.scroll_y);
  if (y < from_lanes || index == G_MAXUINT || index >= debrief_timeline_layout_get_n_rows (self->layout))
    {
      *out_y = y * to.style->ruler_height / MAX (from.style->ruler_height, 1);
      return TRUE;
    }
  row = debrief_timeline_layout_get_row (source->layout, index);
  target = debrief_timeline_layout_get_row (self->layout, index);
  fraction = (y - from_lanes + from.scroll_y - row->y) / MAX (row->height, 1);
  *out_y = to_lanes - to.scroll_y + target->y + fraction * target->height;
  return TRUE;
}
