/* debrief-timeline-playhead.c — "known at time T" on the timeline
 *
 *   [ ]              the playhead to the previous / next event
 *   drag the ruler   move the playhead
 *
 * The viewport holds the playhead, so every view of the review (the
 * projector too) hides the same future; the renderer does the hiding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include "debrief-time.h"
#include "debrief-timeline-view-private.h"

/* Fading leaves a ghost of what comes after T; otherwise it is hidden. */
void
debrief_timeline_view_set_playhead_fades (DebriefTimelineView *self,
                                          gboolean             fades)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  self->playhead_fades = fades;
  gtk_widget_queue_draw (self->chart);
}

/* Keeps T on screen, a fifth in from the right: what comes next is what
 * the room is about to learn. */
static void
keep_playhead_in_view (DebriefTimelineView *self,
                       gint64               playhead)
{
  gint64 start = debrief_timeline_viewport_get_start (self->viewport);
  gint64 end = debrief_timeline_viewport_get_end (self->viewport);
  gint64 span = end - start;

  if (playhead >= start && playhead <= end)
    return;
  debrief_timeline_view_zoom_to (self, playhead - span * 4 / 5, playhead + span / 5, TRUE);
}

static void
move_playhead (DebriefTimelineView *self,
               gint64               playhead)
{
  debrief_timeline_viewport_set_playhead (self->viewport, playhead);
  keep_playhead_in_view (self, playhead);
}

/* On: at the selected event, else the incident's start. Off again. */
void
debrief_timeline_view_toggle_playhead (DebriefTimelineView *self)
{
  DebriefEventStore *events;
  DebriefEventRef selected;
  gint64 start, end;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  if (self->review == NULL)
    return;
  if (debrief_timeline_viewport_get_playhead (self->viewport) != DEBRIEF_TIME_NONE)
    {
      debrief_timeline_viewport_set_playhead (self->viewport, DEBRIEF_TIME_NONE);
      return;
    }
  events = debrief_review_get_events (self->review);
  selected = debrief_timeline_viewport_get_selected_event (self->viewport);
  if (debrief_event_store_is_live (events, selected))
    move_playhead (self, debrief_event_store_get (events, selected)->start);
  else if (debrief_review_get_time_bounds (self->review, &start, &end))
    move_playhead (self, debrief_review_get_incident_start (self->review) != DEBRIEF_TIME_NONE
                         ? debrief_review_get_incident_start (self->review) : start);
}

/* The next event after T (or the last before it): the room learns the
 * incident one thing at a time. */
static gboolean
step_playhead (DebriefTimelineView *self,
               int                  direction)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  gint64 playhead = debrief_timeline_viewport_get_playhead (self->viewport);
  guint n = debrief_event_store_get_n_events (events);
  guint position;

  if (direction > 0)
    {
      position = debrief_event_store_lower_bound (events, playhead + 1);
      if (position >= n)
        return TRUE;
    }
  else
    {
      position = debrief_event_store_lower_bound (events, playhead);
      if (position == 0)
        return TRUE;
      position--;
    }
  move_playhead (self, debrief_event_store_get (events, debrief_event_store_get_nth (events, position))->start);
  return TRUE;
}

gboolean
_debrief_timeline_view_playhead_key (DebriefTimelineView *self,
                                     guint                keyval)
{
  if (debrief_timeline_viewport_get_playhead (self->viewport) == DEBRIEF_TIME_NONE)
    return FALSE;
  if (keyval == GDK_KEY_bracketright)
    return step_playhead (self, 1);
  if (keyval == GDK_KEY_bracketleft)
    return step_playhead (self, -1);
  return FALSE;
}

/* A press on the ruler while the playhead is on picks it up. */
gboolean
_debrief_timeline_view_playhead_drag_begin (DebriefTimelineView *self,
                                            double               x,
                                            double               y)
{
  DebriefTimelineFrame frame;

  if (self->layout == NULL || debrief_timeline_viewport_get_playhead (self->viewport) == DEBRIEF_TIME_NONE)
    return FALSE;
  _debrief_timeline_view_make_frame (self, &frame);
  if (y >= frame.style->ruler_height || x < debrief_timeline_frame_get_plot_x (&frame))
    return FALSE;
  self->dragging_playhead = TRUE;
  debrief_timeline_viewport_set_playhead (self->viewport, _debrief_timeline_view_time_at (self, x));
  return TRUE;
}

void
_debrief_timeline_view_playhead_drag_update (DebriefTimelineView *self,
                                             double               x)
{
  debrief_timeline_viewport_set_playhead (self->viewport, _debrief_timeline_view_time_at (self, x));
}
