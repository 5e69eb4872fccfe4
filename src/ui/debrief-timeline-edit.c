/* debrief-timeline-edit.c — changing the review on the timeline itself
 *
 *   drag an event               move it in time, and to another lane
 *   drag a span's edge          resize it
 *   Alt while dragging          snap to the ruler's ticks
 *   double-click a lane         add an event there
 *   Ctrl+click                  add to / take from the selection
 *   Ctrl+Shift+drag             select the events in a rectangle
 *   drag a lane's header        reorder the lanes
 *   Delete                      delete the selection
 *   Alt+← →                     move the selection by one ruler step
 *   Alt+↑ ↓                     move the selection to the lane above / below
 *   Alt+Shift+← →               shorten / lengthen the selected event's end
 *   Insert                      add an event beside the selection (or mid-view)
 *   Ctrl+Shift+arrows           extend the selection to the next event (the
 *                               keyboard's Ctrl+click)
 *
 * A drag draws where the events would land and changes the review only
 * when it ends, as one undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include <math.h>

#include "debrief-edits.h"
#include "debrief-time-ticks.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"

/* How close to a span's end the pointer must be to grab the edge. */
#define EDGE_GRAB_PX 6.0

static gboolean
can_edit (DebriefTimelineView *self)
{
  return self->history != NULL && self->review != NULL && self->layout != NULL &&
         !debrief_review_get_read_only (self->review);
}

gint64
_debrief_timeline_view_time_at (DebriefTimelineView *self,
                                double               x)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;

  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  return debrief_time_scale_to_time (&scale, x - debrief_timeline_frame_get_plot_x (&frame));
}

static gboolean
hit_at (DebriefTimelineView *self,
        double               x,
        double               y,
        DebriefTimelineHit  *hit)
{
  DebriefTimelineFrame frame;

  _debrief_timeline_view_make_frame (self, &frame);
  return debrief_timeline_renderer_hit_test (self->renderer, &frame, x, y, hit);
}

/* The ruler's step at this zoom: Alt-dragging and Alt+arrows move by it. */
static gint64
ruler_step (DebriefTimelineView *self)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;
  g_autoptr(DebriefTickSet) ticks = NULL;

  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  ticks = debrief_tick_set_new (&scale, &frame.time, 8, 80);
  return MAX (ticks->minor_step > 0 ? ticks->minor_step : ticks->step, 1);
}

static gint64
snap (gint64 time,
      gint64 step)
{
  gint64 rest = time % step;

  if (rest < 0)
    rest += step;
  return rest * 2 >= step ? time - rest + step : time - rest;
}

/* Times picked with the pointer are only as precise as a pixel: round
 * them to the coarsest of 1 ms, 10 ms, 100 ms or 1 s that a pixel spans,
 * so an event added at 09:00:40 is not at 09:00:40.550. */
static gint64
pointer_precision (DebriefTimelineView *self)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;
  double per_px;
  gint64 unit = DEBRIEF_USEC_PER_SEC;

  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  per_px = debrief_time_scale_usec_per_px (&scale);
  while (unit > DEBRIEF_USEC_PER_MSEC && unit > per_px)
    unit /= 10;
  return unit;
}

/* ---- dragging events ------------------------------------------------------------------- */

static DebriefDragKind
grab_kind (DebriefTimelineView *self,
           DebriefEventRef      ref,
           double               x)
{
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (self->review), ref);
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;
  double plot_x, x_start, x_end;

  if (event->end == DEBRIEF_TIME_NONE)
    return DEBRIEF_DRAG_MOVE;
  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  plot_x = debrief_timeline_frame_get_plot_x (&frame);
  x_start = plot_x + debrief_time_scale_to_x (&scale, event->start);
  x_end = plot_x + debrief_time_scale_to_x (&scale, event->end);
  if (x_end - x_start < 3 * EDGE_GRAB_PX)
    return DEBRIEF_DRAG_MOVE;
  if (fabs (x - x_end) <= EDGE_GRAB_PX)
    return DEBRIEF_DRAG_RESIZE_END;
  if (fabs (x - x_start) <= EDGE_GRAB_PX)
    return DEBRIEF_DRAG_RESIZE_START;
  return DEBRIEF_DRAG_MOVE;
}

/* The grabbed event drags the whole selection when it is part of it. */
static void
collect_dragged (DebriefTimelineView *self,
                 DebriefEventRef      grabbed)
{
  g_array_set_size (self->dragged, 0);
  if (debrief_timeline_viewport_is_selected (self->viewport, grabbed))
    {
      guint n;
      const DebriefEventRef *refs = debrief_timeline_viewport_get_selection (self->viewport, &n);

      g_array_append_vals (self->dragged, refs, n);
    }
  else
    {
      g_array_append_val (self->dragged, grabbed);
      debrief_timeline_viewport_set_selected_event (self->viewport, grabbed);
    }
}

static gboolean
begin_event_drag (DebriefTimelineView *self,
                  double               x,
                  double               y)
{
  DebriefTimelineHit hit;
  const DebriefEvent *event;

  if (!hit_at (self, x, y, &hit) || hit.kind != DEBRIEF_HIT_EVENT)
    return FALSE;
  event = debrief_event_store_get (debrief_review_get_events (self->review), hit.ref);
  self->edit_drag = grab_kind (self, hit.ref, x);
  if (self->edit_drag == DEBRIEF_DRAG_MOVE)
    collect_dragged (self, hit.ref);
  else
    {
      g_array_set_size (self->dragged, 0);
      g_array_append_val (self->dragged, hit.ref);
      debrief_timeline_viewport_set_selected_event (self->viewport, hit.ref);
    }
  self->edit_origin = self->edit_drag == DEBRIEF_DRAG_RESIZE_END ? event->end : event->start;
  self->edit_value = self->edit_drag == DEBRIEF_DRAG_MOVE ? 0 : self->edit_origin;
  self->edit_from_lane = self->edit_to_lane = event->lane;
  return TRUE;
}

/* ---- dragging lane headers ----------------------------------------------------------- */

static gboolean
begin_lane_drag (DebriefTimelineView *self,
                 double               x,
                 double               y)
{
  DebriefTimelineHit hit;

  if (!hit_at (self, x, y, &hit) || hit.kind != DEBRIEF_HIT_LANE_HEADER)
    return FALSE;
  g_set_object (&self->dragged_lane, debrief_review_get_lane_by_key (self->review, hit.lane_key));
  self->lane_drop_y = -1;
  return self->dragged_lane != NULL;
}

/* The lane row under @y, of the dragged lane's kind: it takes that row's
 * place in the review's order. */
static void
update_lane_drag (DebriefTimelineView *self,
                  double               y)
{
  DebriefTimelineFrame frame;
  double top;
  guint index;
  const DebriefTimelineRow *row;

  _debrief_timeline_view_make_frame (self, &frame);
  top = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y;
  index = debrief_timeline_layout_row_at_y (self->layout, y - top);
  self->lane_drop_y = -1;
  if (index == G_MAXUINT)
    return;
  row = debrief_timeline_layout_get_row (self->layout, index);
  if (row->kind != DEBRIEF_ROW_LANE || row->lane == NULL ||
      debrief_lane_get_kind (row->lane) != debrief_lane_get_kind (self->dragged_lane))
    return;
  self->lane_drop_position = debrief_review_get_lane_position (self->review, row->lane);
  /* Moving down, the lane goes below the row; moving up, above it. */
  self->lane_drop_y = top + row->y +
                      (self->lane_drop_position > debrief_review_get_lane_position (self->review, self->dragged_lane)
                       ? row->height : 0);
}

static void
finish_lane_drag (DebriefTimelineView *self)
{
  if (self->lane_drop_y > 0 &&
      self->lane_drop_position != debrief_review_get_lane_position (self->review, self->dragged_lane))
    debrief_edits_move_lane (self->history, self->review, self->dragged_lane, self->lane_drop_position);
  g_clear_object (&self->dragged_lane);
  self->lane_drop_y = -1;
}

gboolean
_debrief_timeline_view_edit_drag_begin (DebriefTimelineView *self,
                                        double               x,
                                        double               y,
                                        GdkModifierType      state)
{
  if (!can_edit (self) && !(state & GDK_CONTROL_MASK && state & GDK_SHIFT_MASK))
    return FALSE;
  if ((state & GDK_CONTROL_MASK) && (state & GDK_SHIFT_MASK))
    {
      self->banding = TRUE;
      self->band[0] = self->band[2] = x;
      self->band[1] = self->band[3] = y;
      return TRUE;
    }
  if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK))
    return FALSE;
  self->band[0] = x;
  self->band[1] = y;
  return begin_lane_drag (self, x, y) || begin_event_drag (self, x, y);
}

static void
update_event_drag (DebriefTimelineView *self,
                   double               x,
                   double               y,
                   gboolean             snapping)
{
  gint64 time = _debrief_timeline_view_time_at (self, x);
  gint64 grabbed_at = _debrief_timeline_view_time_at (self, self->band[0]);
  DebriefTimelineHit hit;

  if (self->edit_drag == DEBRIEF_DRAG_MOVE)
    {
      gint64 target = self->edit_origin + (time - grabbed_at);

      target = snap (target, snapping ? ruler_step (self) : pointer_precision (self));
      self->edit_value = target - self->edit_origin;
      if (hit_at (self, x, y, &hit) && hit.lane_key != DEBRIEF_LANE_KEY_NONE &&
          (hit.kind == DEBRIEF_HIT_EVENT || hit.kind == DEBRIEF_HIT_CLUSTER || hit.kind == DEBRIEF_HIT_LANE))
        self->edit_to_lane = hit.lane_key;
    }
  else
    self->edit_value = snap (time, snapping ? ruler_step (self) : pointer_precision (self));
}

void
_debrief_timeline_view_edit_drag_update (DebriefTimelineView *self,
                                         double               x,
                                         double               y,
                                         GdkModifierType      state)
{
  if (self->banding)
    {
      self->band[2] = x;
      self->band[3] = y;
    }
  else if (self->dragged_lane != NULL)
    update_lane_drag (self, y);
  else if (self->edit_drag != DEBRIEF_DRAG_NONE)
    {
      /* band[0..1] keep where the drag began, for both kinds of drag; a
       * click that wobbles a pixel or two moves nothing. */
      if (fabs (x - self->band[0]) + fabs (y - self->band[1]) >= 3)
        update_event_drag (self, x, y, (state & GDK_ALT_MASK) != 0);
    }
  gtk_widget_queue_draw (self->marks);
}

/* The events whose glyphs lie in the rubber band. */
static void
select_band (DebriefTimelineView *self)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  DebriefTimelineFrame frame;
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  gint64 t0 = _debrief_timeline_view_time_at (self, MIN (self->band[0], self->band[2]));
  gint64 t1 = _debrief_timeline_view_time_at (self, MAX (self->band[0], self->band[2]));
  double y0 = MIN (self->band[1], self->band[3]), y1 = MAX (self->band[1], self->band[3]);
  double top;

  _debrief_timeline_view_make_frame (self, &frame);
  top = debrief_timeline_frame_get_lanes_y (&frame) - frame.scroll_y;
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (self->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (self->layout, i);
      guint first, end;

      if (row->kind != DEBRIEF_ROW_LANE || row->collapsed ||
          top + row->y + row->height < y0 || top + row->y > y1)
        continue;
      guint n_lane;
      const DebriefEventRef *lane_refs;

      if (row->kind != DEBRIEF_ROW_LANE)
        continue;
      lane_refs = debrief_event_store_lane_peek_refs (events, row->lane_key, &n_lane);
      debrief_event_store_lane_query (events, row->lane_key, t0, t1, &first, &end);
      for (guint k = first; k < end && k < n_lane; k++)
        {
          DebriefEventRef ref = lane_refs[k];

          if (debrief_event_store_get (events, ref)->start >= t0)
            g_array_append_val (refs, ref);
        }
    }
  debrief_timeline_viewport_select_many (self->viewport, (DebriefEventRef *) refs->data, refs->len, TRUE);
}

static void
finish_event_drag (DebriefTimelineView *self)
{
  const DebriefEventRef *refs = (const DebriefEventRef *) self->dragged->data;
  DebriefEventRef ref = refs[0];
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (self->review), ref);

  switch (self->edit_drag)
    {
    case DEBRIEF_DRAG_MOVE:
      if (self->edit_value != 0 || self->edit_from_lane != self->edit_to_lane)
        debrief_edits_move_events (self->history, self->review, refs, self->dragged->len, self->edit_value,
                                   self->edit_from_lane, self->edit_to_lane);
      break;
    case DEBRIEF_DRAG_RESIZE_START:
      if (self->edit_value != event->start)
        debrief_edits_set_event_span (self->history, self->review, ref, MIN (self->edit_value, event->end), event->end);
      break;
    case DEBRIEF_DRAG_RESIZE_END:
      if (self->edit_value != event->end)
        debrief_edits_set_event_span (self->history, self->review, ref, event->start, MAX (self->edit_value, event->start));
      break;
    default:
      break;
    }
}

void
_debrief_timeline_view_edit_drag_end (DebriefTimelineView *self)
{
  if (self->banding && self->review != NULL && self->layout != NULL)
    select_band (self);
  else if (self->dragged_lane != NULL)
    finish_lane_drag (self);
  else if (self->edit_drag != DEBRIEF_DRAG_NONE && self->dragged->len > 0)
    finish_event_drag (self);
  self->banding = FALSE;
  self->edit_drag = DEBRIEF_DRAG_NONE;
  g_array_set_size (self->dragged, 0);
  gtk_widget_queue_draw (self->marks);
}

void
_debrief_timeline_view_fill_edit_marks (DebriefTimelineView  *self,
                                        DebriefTimelineMarks *marks)
{
  marks->selection = debrief_timeline_viewport_get_selection (self->viewport, &marks->n_selection);
  if (self->edit_drag != DEBRIEF_DRAG_NONE)
    {
      marks->drag_kind = self->edit_drag;
      marks->dragged = (const DebriefEventRef *) self->dragged->data;
      marks->n_dragged = self->dragged->len;
      marks->drag_offset = self->edit_value;
      marks->drag_from_lane = self->edit_from_lane;
      marks->drag_to_lane = self->edit_to_lane;
    }
  marks->lane_drop_y = self->dragged_lane != NULL ? self->lane_drop_y : -1;
  if (self->banding)
    {
      marks->show_band = TRUE;
      marks->band_x0 = self->band[0];
      marks->band_y0 = self->band[1];
      marks->band_x1 = self->band[2];
      marks->band_y1 = self->band[3];
    }
}

/* ---- clicks ------------------------------------------------------------------------------- */

static void
add_event_at (DebriefTimelineView *self,
              guint32              lane,
              gint64               time)
{
  DebriefEventRef ref = debrief_edits_add_event (self->history, self->review, lane, time, "observation", "");

  if (ref != DEBRIEF_EVENT_REF_NONE)
    {
      debrief_timeline_viewport_set_selected_event (self->viewport, ref);
      /* The inspector takes the new event's text from here. */
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-selection", NULL);
    }
}

gboolean
_debrief_timeline_view_edit_click (DebriefTimelineView *self,
                                   int                  n_press,
                                   double               x,
                                   double               y,
                                   GdkModifierType      state)
{
  DebriefTimelineHit hit;

  if (self->layout == NULL || !hit_at (self, x, y, &hit))
    return FALSE;
  if (n_press == 1 && (state & GDK_CONTROL_MASK) && hit.kind == DEBRIEF_HIT_EVENT)
    {
      debrief_timeline_viewport_toggle_selected (self->viewport, hit.ref);
      return TRUE;
    }
  if (n_press == 2 && can_edit (self) && hit.kind == DEBRIEF_HIT_LANE)
    {
      add_event_at (self, hit.lane_key, snap (hit.time, pointer_precision (self)));
      return TRUE;
    }
  if (n_press == 2 && hit.kind == DEBRIEF_HIT_EVENT)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-selection", NULL);
      return TRUE;
    }
  return FALSE;
}

/* ---- keys --------------------------------------------------------------------------------- */

static GArray *
live_selection (DebriefTimelineView *self)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  guint n;
  const DebriefEventRef *selected = debrief_timeline_viewport_get_selection (self->viewport, &n);

  for (guint i = 0; i < n; i++)
    if (debrief_event_store_is_live (events, selected[i]))
      g_array_append_val (refs, selected[i]);
  return refs;
}

/* The visible lane @delta rows from @lane, or NONE at the edges. */
static guint32
lane_beside (DebriefTimelineView *self,
             guint32              lane,
             int                  delta)
{
  guint n = debrief_timeline_layout_get_n_rows (self->layout);
  int index = -1;

  for (guint i = 0; i < n && index < 0; i++)
    if (debrief_timeline_layout_get_row (self->layout, i)->lane_key == lane)
      index = i;
  for (int i = index + delta; index >= 0 && i >= 0 && i < (int) n; i += delta)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (self->layout, i);

      if (row->kind == DEBRIEF_ROW_LANE && !row->collapsed)
        return row->lane_key;
    }
  return DEBRIEF_LANE_KEY_NONE;
}

static gboolean
nudge (DebriefTimelineView *self,
       GArray              *refs,
       guint                keyval)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  DebriefEventRef primary = debrief_timeline_viewport_get_selected_event (self->viewport);
  guint32 lane, target;

  if (!debrief_event_store_is_live (events, primary))
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right)
    {
      gint64 step = ruler_step (self);

      debrief_edits_move_events (self->history, self->review, (DebriefEventRef *) refs->data, refs->len,
                                 keyval == GDK_KEY_Left ? -step : step, DEBRIEF_LANE_KEY_NONE, DEBRIEF_LANE_KEY_NONE);
      return TRUE;
    }
  lane = debrief_event_store_get (events, primary)->lane;
  target = lane_beside (self, lane, keyval == GDK_KEY_Up ? -1 : 1);
  if (target != DEBRIEF_LANE_KEY_NONE)
    debrief_edits_move_events (self->history, self->review, (DebriefEventRef *) refs->data, refs->len, 0, lane, target);
  return TRUE;
}

/* Alt+Shift+arrows: the keyboard's way to drag a span's end. A point
 * event grows into a span; a span shrunk to nothing becomes a point. */
static gboolean
resize_by_key (DebriefTimelineView *self,
               guint                keyval)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  DebriefEventRef ref = debrief_timeline_viewport_get_selected_event (self->viewport);
  const DebriefEvent *event;
  gint64 step = ruler_step (self), end;

  if (!debrief_event_store_is_live (events, ref))
    return FALSE;
  event = debrief_event_store_get (events, ref);
  end = (event->end != DEBRIEF_TIME_NONE ? event->end : event->start) + (keyval == GDK_KEY_Left ? -step : step);
  debrief_edits_set_event_span (self->history, self->review, ref, event->start, end > event->start ? end : DEBRIEF_TIME_NONE);
  return TRUE;
}

/* Insert: a new event a little after the selected one, in its lane, or
 * in the middle of the view in the first lane. */
static gboolean
add_by_key (DebriefTimelineView *self)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  DebriefEventRef ref = debrief_timeline_viewport_get_selected_event (self->viewport);
  gint64 start = debrief_timeline_viewport_get_start (self->viewport);
  gint64 middle = start + (debrief_timeline_viewport_get_end (self->viewport) - start) / 2;
  guint32 lane = DEBRIEF_LANE_KEY_NONE;

  if (debrief_event_store_is_live (events, ref))
    {
      lane = debrief_event_store_get (events, ref)->lane;
      middle = debrief_event_store_get (events, ref)->start + DEBRIEF_USEC_PER_SEC;
    }
  for (guint i = 0; lane == DEBRIEF_LANE_KEY_NONE && i < debrief_timeline_layout_get_n_rows (self->layout); i++)
    if (debrief_timeline_layout_get_row (self->layout, i)->kind == DEBRIEF_ROW_LANE)
      lane = debrief_timeline_layout_get_row (self->layout, i)->lane_key;
  if (lane == DEBRIEF_LANE_KEY_NONE)
    return FALSE;
  add_event_at (self, lane, snap (middle, DEBRIEF_USEC_PER_SEC));
  return TRUE;
}

/* Moves the primary selection as the plain arrows would, keeping what
 * was selected: the new event joins the selection. */
static gboolean
extend_by_key (DebriefTimelineView *self,
               guint                keyval)
{
  guint n;
  const DebriefEventRef *selected = debrief_timeline_viewport_get_selection (self->viewport, &n);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  DebriefEventRef next;
  GtkDirectionType direction = keyval == GDK_KEY_Left ? GTK_DIR_LEFT : keyval == GDK_KEY_Right ? GTK_DIR_RIGHT
                               : keyval == GDK_KEY_Up ? GTK_DIR_UP : GTK_DIR_DOWN;

  g_array_append_vals (kept, selected, n);
  _debrief_timeline_view_move_focus (self, direction, direction == GTK_DIR_UP || direction == GTK_DIR_DOWN);
  next = debrief_timeline_viewport_get_selected_event (self->viewport);
  g_array_append_val (kept, next);
  /* The last one listed is the primary: the one just reached. */
  debrief_timeline_viewport_select_many (self->viewport, (DebriefEventRef *) kept->data, kept->len, FALSE);
  return TRUE;
}

gboolean
_debrief_timeline_view_edit_key (DebriefTimelineView *self,
                                 guint                keyval,
                                 GdkModifierType      state)
{
  g_autoptr(GArray) refs = NULL;

  if ((state & GDK_MODIFIER_MASK) == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) && self->review != NULL &&
      (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_Up || keyval == GDK_KEY_Down))
    return extend_by_key (self, keyval);
  if (!can_edit (self))
    return FALSE;
  refs = live_selection (self);
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) && !(state & GDK_MODIFIER_MASK))
    {
      if (refs->len > 0)
        debrief_edits_delete_events (self->history, self->review, (DebriefEventRef *) refs->data, refs->len);
      return refs->len > 0;
    }
  if ((keyval == GDK_KEY_Insert || keyval == GDK_KEY_KP_Insert) && !(state & GDK_MODIFIER_MASK))
    return add_by_key (self);
  if ((state & GDK_MODIFIER_MASK) == (GDK_ALT_MASK | GDK_SHIFT_MASK) && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right))
    return resize_by_key (self, keyval);
  if ((state & GDK_MODIFIER_MASK) == GDK_ALT_MASK && refs->len > 0 &&
      (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_Up || keyval == GDK_KEY_Down))
    return nudge (self, refs, keyval);
  return FALSE;
}
