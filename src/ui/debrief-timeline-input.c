/* debrief-timeline-input.c — pointer, touchpad and keyboard for the timeline
 *
 *   Ctrl+wheel, pinch, + and -   zoom about the pointer (or the middle)
 *   0                            fit the whole incident
 *   wheel, Shift+wheel, drag     pan (the wheel scrolls lanes when they overflow)
 *   Shift+drag                   select a time range; Enter zooms to it
 *   click                        select an event; on a cluster, zoom in
 *   Tab, Shift+Tab               next / previous event in time
 *   ← →                          previous / next event in the same lane
 *   ↑ ↓                          the nearest event in the lane above / below
 *   Home, End, Page Up/Down      first / last event, pan a screen
 *   Escape                       clear the selection and the range
 *
 * Editing gestures (moving, resizing, adding, deleting, selecting several)
 * are in debrief-timeline-edit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-event-kind.h"
#include "debrief-label-cache.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"

#define WHEEL_ZOOM 1.25
#define WHEEL_PAN_PX 60.0

/* ---- describing events ------------------------------------------------------------ */

static const char *
kind_label (DebriefEventStore  *events,
            const DebriefEvent *event)
{
  if (event->kind < DEBRIEF_N_BUILTIN_EVENT_KINDS)
    return debrief_event_kind_get_label (event->kind);
  return debrief_event_store_get_kind_name (events, event->kind);
}

static void
append_source (GString            *out,
               DebriefEventStore  *events,
               const DebriefEvent *event,
               gboolean            markup)
{
  const DebriefEventSource *source = debrief_event_store_get_source (events, event);
  g_autofree char *text = NULL;

  if (source == NULL)
    return;
  if (event->source_line > 0)
    text = g_strdup_printf (_("Source: %s %s, line %u"), source->type ? source->type : "",
                            source->ref ? source->ref : "", event->source_line);
  else
    text = g_strdup_printf (_("Source: %s %s"), source->type ? source->type : "", source->ref ? source->ref : "");
  g_string_append_c (out, '\n');
  if (markup)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      g_string_append_printf (out, "<small>%s</small>", escaped);
    }
  else
    g_string_append (out, text);
}

/* Who, what, when (in the display and in UTC), the text, the source. */
char *
_debrief_timeline_view_describe_event (DebriefTimelineView *self,
                                       DebriefEventRef      ref,
                                       gboolean             markup)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  const DebriefEvent *event = debrief_event_store_get (events, ref);
  DebriefLane *lane = debrief_review_get_lane_by_key (self->review, event->lane);
  DebriefTimelineFrame frame;
  g_autofree char *when = NULL, *utc = NULL, *text = NULL, *head = NULL;
  GString *out = g_string_new (NULL);

  _debrief_timeline_view_make_frame (self, &frame);
  when = debrief_time_context_format (&frame.time, event->start, TRUE);
  utc = debrief_time_context_format_utc (event->start);
  /* Names and texts come from other people's files: shown inertly (bidi
   * controls and control characters out, as the chart does), and each
   * isolated (U+2068 FSI … U+2069 PDI), so right-to-left words in one
   * cannot reorder the times and labels around it. */
  {
    g_autofree char *name = debrief_label_sanitize (lane ? debrief_lane_get_name (lane) : "", 200);
    g_autofree char *inert = debrief_label_sanitize_lines (event->text, 600);
    g_autofree char *kind = debrief_label_sanitize (kind_label (events, event), 200);

    head = g_strdup_printf ("\u2068%s\u2069 · %s", name, kind);
    text = g_strdup_printf ("\u2068%s\u2069", inert);
  }

  if (markup)
    {
      g_autofree char *head_e = g_markup_escape_text (head, -1);
      g_autofree char *text_e = g_markup_escape_text (text, -1);

      g_string_append_printf (out, "<b>%s</b>\n%s\n<small>%s</small>", head_e, when, utc);
      if (event->end != DEBRIEF_TIME_NONE && event->end > event->start)
        {
          g_autofree char *duration = debrief_time_format_duration (event->end - event->start);

          g_string_append_printf (out, "\n<small>%s</small>", duration);
        }
      g_string_append_printf (out, "\n\n%s", text_e);
    }
  else
    g_string_append_printf (out, "%s, %s: %s", head, when, text);

  append_source (out, events, event, markup);
  return g_string_free (out, FALSE);
}

/* "37 events, 09:19:02 – 09:19:04: 20 Log lines, 12 Alerts…" */
static char *
describe_cluster (DebriefTimelineView      *self,
                  const DebriefTimelineHit *hit)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  guint n, first = debrief_event_store_lane_lower_bound (events, hit->lane_key, hit->cluster_start);
  guint end = debrief_event_store_lane_lower_bound (events, hit->lane_key, hit->cluster_end);
  const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (events, hit->lane_key, &n);
  g_autofree guint *counts = g_new0 (guint, debrief_event_store_get_n_kinds (events));
  DebriefTimelineFrame frame;
  g_autofree char *from = NULL, *to = NULL;
  GString *out = g_string_new (NULL);

  for (guint i = first; i < end; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, refs[i]);

      if (event->end == DEBRIEF_TIME_NONE || event->end <= event->start)
        counts[event->kind]++;
    }

  _debrief_timeline_view_make_frame (self, &frame);
  from = debrief_time_context_format (&frame.time, hit->cluster_start, FALSE);
  to = debrief_time_context_format (&frame.time, hit->cluster_end, FALSE);
  g_string_append_printf (out, ngettext ("<b>%'u event</b>", "<b>%'u events</b>", hit->cluster_count),
                          hit->cluster_count);
  g_string_append_printf (out, "\n%s – %s", from, to);
  for (guint kind = 0; kind < debrief_event_store_get_n_kinds (events); kind++)
    if (counts[kind] > 0)
      {
        const char *name = kind < DEBRIEF_N_BUILTIN_EVENT_KINDS ? debrief_event_kind_get_label (kind)
                                                                : debrief_event_store_get_kind_name (events, kind);
        g_autofree char *escaped = g_markup_escape_text (name, -1);

        g_string_append_printf (out, "\n%u × %s", counts[kind], escaped);
      }
  g_string_append_printf (out, "\n<small>%s</small>", _("Click or zoom in to see each one"));
  return g_string_free (out, FALSE);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (widget);
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  g_autofree char *markup = NULL;

  if (self->layout == NULL)
    return FALSE;
  _debrief_timeline_view_make_frame (self, &frame);
  if (!debrief_timeline_renderer_hit_test (self->renderer, &frame, x, y, &hit))
    return FALSE;
  if (hit.kind == DEBRIEF_HIT_EVENT)
    markup = _debrief_timeline_view_describe_event (self, hit.ref, TRUE);
  else if (hit.kind == DEBRIEF_HIT_CLUSTER)
    markup = describe_cluster (self, &hit);
  else if (hit.kind == DEBRIEF_HIT_SERIES && x >= debrief_timeline_frame_get_plot_x (&frame))
    markup = _debrief_timeline_view_describe_series (self, &hit);
  else if (hit.kind == DEBRIEF_HIT_ARTEFACT)
    markup = _debrief_timeline_view_describe_artefact (self, hit.artefact);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* ---- hover -------------------------------------------------------------------------- */

void
_debrief_timeline_view_update_hover (DebriefTimelineView *self,
                                     double               x,
                                     double               y)
{
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->layout == NULL)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  if (!debrief_timeline_renderer_hit_test (self->renderer, &frame, x, y, &hit))
    hit.kind = DEBRIEF_HIT_NONE;
  self->hover = hit;
  self->cursor = x >= debrief_timeline_frame_get_plot_x (&frame) &&
                 (hit.kind == DEBRIEF_HIT_RULER || hit.kind == DEBRIEF_HIT_LANE || hit.kind == DEBRIEF_HIT_EVENT ||
                  hit.kind == DEBRIEF_HIT_CLUSTER || hit.kind == DEBRIEF_HIT_SERIES) ? hit.time : DEBRIEF_TIME_NONE;
  gtk_widget_queue_draw (self->marks);
}

void
_debrief_timeline_view_clear_hover (DebriefTimelineView *self)
{
  self->hover.kind = DEBRIEF_HIT_NONE;
  self->cursor = DEBRIEF_TIME_NONE;
  if (self->marks != NULL)
    gtk_widget_queue_draw (self->marks);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DebriefTimelineView      *self)
{
  _debrief_timeline_view_update_hover (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          DebriefTimelineView      *self)
{
  /* Keyboard and header-bar zooms pivot on the pointer only while it is
   * over the chart. */
  self->pointer_x = self->pointer_y = -1;
  _debrief_timeline_view_clear_hover (self);
}

/* ---- wheel, touchpad and pinch -------------------------------------------------------- */

static void
pan_px (DebriefTimelineView *self,
        double               dx)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;

  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  debrief_time_scale_pan (&scale, dx);
  debrief_timeline_viewport_set_window (self->viewport, scale.start, scale.end);
}

static gboolean
lanes_overflow (DebriefTimelineView *self)
{
  return gtk_adjustment_get_upper (self->vadjustment) > gtk_adjustment_get_page_size (self->vadjustment) + 0.5;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DebriefTimelineView      *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL ? WHEEL_PAN_PX : 1.0;

  if (self->layout == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    debrief_timeline_view_zoom (self, pow (WHEEL_ZOOM, -dy * (step == 1.0 ? 0.05 : 1.0)), self->pointer_x);
  else if (state & GDK_SHIFT_MASK)
    pan_px (self, (dy + dx) * step);
  else
    {
      if (dx != 0)
        pan_px (self, dx * step);
      if (dy != 0 && lanes_overflow (self))
        _debrief_timeline_view_scroll_by (self, dy * step);
      else if (dy != 0)
        pan_px (self, dy * step);
    }
  _debrief_timeline_view_update_hover (self, self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_zoom_begin (GtkGesture          *gesture,
               GdkEventSequence    *sequence,
               DebriefTimelineView *self)
{
  self->zoom_origin_start = debrief_timeline_viewport_get_start (self->viewport);
  self->zoom_origin_span = (double) (debrief_timeline_viewport_get_end (self->viewport) - self->zoom_origin_start);
}

static void
on_zoom_scale_changed (GtkGestureZoom      *gesture,
                       double               scale_factor,
                       DebriefTimelineView *self)
{
  DebriefTimelineFrame frame;
  double center_x, center_y, plot_x, fraction, span;
  gint64 pivot;

  if (self->layout == NULL || scale_factor <= 0 ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &center_x, &center_y))
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  plot_x = debrief_timeline_frame_get_plot_x (&frame);
  fraction = CLAMP ((center_x - plot_x) / MAX (frame.width - plot_x, 1), 0, 1);
  pivot = self->zoom_origin_start + (gint64) (self->zoom_origin_span * fraction);
  span = self->zoom_origin_span / scale_factor;
  _debrief_timeline_view_set_window (self, pivot - (gint64) (span * fraction),
                                     pivot + (gint64) (span * (1 - fraction)));
}

/* ---- dragging: pan, or with Shift a time range ---------------------------------------- */


static void
on_drag_begin (GtkGestureDrag      *gesture,
               double               x,
               double               y,
               DebriefTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (self->layout != NULL && _debrief_timeline_view_playhead_drag_begin (self, x, y))
    return;
  if (self->layout != NULL && _debrief_timeline_view_edit_drag_begin (self, x, y, state))
    return;
  if (self->layout == NULL || x < debrief_timeline_view_get_plot_x (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  adw_animation_pause (self->animation);   /* reset would jump back to where it started */
  self->dragging_range = (state & GDK_SHIFT_MASK) != 0;
  self->drag_start_time = _debrief_timeline_view_time_at (self, x);
  self->drag_origin_start = debrief_timeline_viewport_get_start (self->viewport);
  self->drag_origin_end = debrief_timeline_viewport_get_end (self->viewport);
  self->drag_origin_scroll = gtk_adjustment_get_value (self->vadjustment);
}

static void
on_drag_update (GtkGestureDrag      *gesture,
                double               dx,
                double               dy,
                DebriefTimelineView *self)
{
  double start_x, start_y;

  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  if (self->dragging_playhead)
    {
      _debrief_timeline_view_playhead_drag_update (self, start_x + dx);
      return;
    }
  if (self->edit_drag != DEBRIEF_DRAG_NONE || self->banding || self->dragged_lane != NULL)
    {
      GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

      _debrief_timeline_view_edit_drag_update (self, start_x + dx, start_y + dy, state);
      return;
    }
  if (self->dragging_range)
    {
      debrief_timeline_viewport_set_range (self->viewport, self->drag_start_time, _debrief_timeline_view_time_at (self, start_x + dx));
      return;
    }
  if (fabs (dx) + fabs (dy) < 3)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  debrief_timeline_viewport_set_window (self->viewport, self->drag_origin_start, self->drag_origin_end);
  pan_px (self, -dx);
  gtk_adjustment_set_value (self->vadjustment, self->drag_origin_scroll - dy);
}

static void
on_drag_end (GtkGestureDrag      *gesture,
             double               dx,
             double               dy,
             DebriefTimelineView *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  if (self->dragging_playhead)
    {
      self->dragging_playhead = FALSE;
      return;
    }
  if (self->edit_drag != DEBRIEF_DRAG_NONE || self->banding || self->dragged_lane != NULL)
    {
      _debrief_timeline_view_edit_drag_end (self);
      return;
    }
  if (self->dragging_range && fabs (dx) < 3)
    debrief_timeline_viewport_clear_range (self->viewport);
  self->dragging_range = FALSE;
}

/* ---- clicks ------------------------------------------------------------------------- */

static void
on_click_pressed (GtkGestureClick     *gesture,
                  int                  n_press,
                  double               x,
                  double               y,
                  DebriefTimelineView *self)
{
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;

  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (_debrief_timeline_view_edit_click (self, n_press, x, y, state))
    return;
  if (self->layout == NULL || n_press > 2)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  if (!debrief_timeline_renderer_hit_test (self->renderer, &frame, x, y, &hit))
    hit.kind = DEBRIEF_HIT_NONE;
  if (_debrief_timeline_view_click_artefact (self, hit.kind == DEBRIEF_HIT_ARTEFACT ? hit.artefact : NULL, n_press) ||
      n_press != 1 || hit.kind == DEBRIEF_HIT_NONE)
    return;

  switch (hit.kind)
    {
    case DEBRIEF_HIT_EVENT:
      debrief_timeline_view_select_entry (self, NULL, FALSE);
      debrief_timeline_view_select (self, hit.ref, FALSE);
      break;
    case DEBRIEF_HIT_CLUSTER:
      debrief_timeline_view_zoom (self, 4.0, x);
      break;
    case DEBRIEF_HIT_ENTRY:
      _debrief_timeline_view_click_entry (self, hit.entry, state);
      break;
    case DEBRIEF_HIT_GROUP_HEADER:
      debrief_timeline_layout_set_group_collapsed (self->layout, hit.group,
                                                   !debrief_timeline_layout_get_group_collapsed (self->layout, hit.group));
      _debrief_timeline_view_relayout (self);
      break;
    case DEBRIEF_HIT_LANE:
      debrief_timeline_viewport_set_selected_event (self->viewport, DEBRIEF_EVENT_REF_NONE);
      debrief_timeline_view_select_entry (self, NULL, FALSE);
      break;
    case DEBRIEF_HIT_PERSPECTIVE:
      debrief_timeline_view_select_entry (self, NULL, FALSE);
      break;
    case DEBRIEF_HIT_LANE_HEADER:
      _debrief_timeline_view_activate_lane (self, hit.lane_key);
      break;
    case DEBRIEF_HIT_PHASE:
      _debrief_timeline_view_activate_phase (self, hit.phase);
      break;
    case DEBRIEF_HIT_SERIES:
      g_signal_emit_by_name (self, "series-activated", hit.series);
      break;
    default:
      break;
    }
}

/* ---- keyboard -------------------------------------------------------------------------- */

static gboolean
is_shown (DebriefTimelineView *self,
          DebriefEventRef      ref)
{
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (self->review), ref);

  return debrief_timeline_layout_find_lane (self->layout, event->lane) != NULL;
}

/* The next event in time order (Tab) that is in a shown lane. */
static DebriefEventRef
step_in_time (DebriefTimelineView *self,
              DebriefEventRef      from,
              int                  direction)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  guint n = debrief_event_store_get_n_events (events);
  gint64 position;

  if (from == DEBRIEF_EVENT_REF_NONE || !debrief_event_store_is_live (events, from))
    position = direction > 0 ? (gint64) debrief_event_store_lower_bound (events, debrief_timeline_viewport_get_start (self->viewport)) - 1
                             : (gint64) debrief_event_store_lower_bound (events, debrief_timeline_viewport_get_end (self->viewport));
  else
    position = debrief_event_store_get_position (events, from);

  for (position += direction; position >= 0 && position < n; position += direction)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, (guint) position);

      if (is_shown (self, ref))
        return ref;
    }
  return DEBRIEF_EVENT_REF_NONE;
}

static DebriefEventRef
step_in_lane (DebriefTimelineView *self,
              DebriefEventRef      from,
              int                  direction)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  const DebriefEvent *event = debrief_event_store_get (events, from);
  guint n, position = debrief_event_store_lane_get_position (events, from);
  const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (events, event->lane, &n);

  if ((direction < 0 && position == 0) || (direction > 0 && position + 1 >= n))
    return DEBRIEF_EVENT_REF_NONE;
  return refs[position + direction];
}

/* In the nearest shown lane above or below that has events, the event
 * closest in time. */
static DebriefEventRef
step_across_lanes (DebriefTimelineView *self,
                   DebriefEventRef      from,
                   int                  direction)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  const DebriefEvent *event = debrief_event_store_get (events, from);
  const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (self->layout, event->lane);
  guint n_rows = debrief_timeline_layout_get_n_rows (self->layout);
  gint64 index = row ? debrief_timeline_layout_row_at_y (self->layout, row->y) : 0;

  for (index += direction; index >= 0 && index < n_rows; index += direction)
    {
      const DebriefTimelineRow *other = debrief_timeline_layout_get_row (self->layout, (guint) index);
      guint n, position;
      const DebriefEventRef *refs;

      if (other->kind != DEBRIEF_ROW_LANE)
        continue;
      refs = debrief_event_store_lane_peek_refs (events, other->lane_key, &n);
      if (n == 0)
        continue;
      position = debrief_event_store_lane_lower_bound (events, other->lane_key, event->start);
      if (position == n ||
          (position > 0 && event->start - debrief_event_store_get (events, refs[position - 1])->start <
                           debrief_event_store_get (events, refs[position])->start - event->start))
        position--;
      return refs[position];
    }
  return DEBRIEF_EVENT_REF_NONE;
}

void
_debrief_timeline_view_move_focus (DebriefTimelineView *self,
                                   GtkDirectionType     direction,
                                   gboolean             across_lanes)
{
  DebriefEventRef selected = debrief_timeline_viewport_get_selected_event (self->viewport);
  gboolean has_selection = debrief_event_store_is_live (debrief_review_get_events (self->review), selected);
  DebriefEventRef next = DEBRIEF_EVENT_REF_NONE;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      next = step_in_time (self, selected, 1);
      break;
    case GTK_DIR_TAB_BACKWARD:
      next = step_in_time (self, selected, -1);
      break;
    case GTK_DIR_RIGHT:
      next = has_selection ? step_in_lane (self, selected, 1) : step_in_time (self, selected, 1);
      break;
    case GTK_DIR_LEFT:
      next = has_selection ? step_in_lane (self, selected, -1) : step_in_time (self, selected, -1);
      break;
    case GTK_DIR_DOWN:
    case GTK_DIR_UP:
      next = has_selection ? step_across_lanes (self, selected, direction == GTK_DIR_DOWN ? 1 : -1)
                           : step_in_time (self, selected, 1);
      break;
    default:
      break;
    }
  if (next != DEBRIEF_EVENT_REF_NONE)
    debrief_timeline_view_select (self, next, TRUE);
}

static gboolean
handle_zoom_keys (DebriefTimelineView *self,
                  guint                keyval)
{
  switch (keyval)
    {
    case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
      debrief_timeline_view_zoom_step (self, DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);
      return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      debrief_timeline_view_zoom_step (self, 1 / DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);
      return TRUE;
    case GDK_KEY_0: case GDK_KEY_KP_0:
      debrief_timeline_view_fit (self, TRUE);
      return TRUE;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      return debrief_timeline_view_zoom_to_range (self);
    case GDK_KEY_Escape:
      debrief_timeline_viewport_clear_range (self->viewport);
      debrief_timeline_viewport_set_selected_event (self->viewport, DEBRIEF_EVENT_REF_NONE);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
handle_navigation_keys (DebriefTimelineView *self,
                        guint                keyval,
                        GdkModifierType      state)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  double width = gtk_widget_get_width (self->chart) - debrief_timeline_view_get_plot_x (self);
  guint n = debrief_event_store_get_n_events (events);

  if (state & GDK_SHIFT_MASK && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right))
    {
      pan_px (self, (keyval == GDK_KEY_Left ? -0.1 : 0.1) * width);
      return TRUE;
    }
  switch (keyval)
    {
    case GDK_KEY_Left: _debrief_timeline_view_move_focus (self, GTK_DIR_LEFT, FALSE); return TRUE;
    case GDK_KEY_Right: _debrief_timeline_view_move_focus (self, GTK_DIR_RIGHT, FALSE); return TRUE;
    case GDK_KEY_Up: _debrief_timeline_view_move_focus (self, GTK_DIR_UP, TRUE); return TRUE;
    case GDK_KEY_Down: _debrief_timeline_view_move_focus (self, GTK_DIR_DOWN, TRUE); return TRUE;
    case GDK_KEY_Page_Up: pan_px (self, -0.9 * width); return TRUE;
    case GDK_KEY_Page_Down: pan_px (self, 0.9 * width); return TRUE;
    case GDK_KEY_Home:
      if (n > 0)
        debrief_timeline_view_select (self, debrief_event_store_get_nth (events, 0), TRUE);
      return TRUE;
    case GDK_KEY_End:
      if (n > 0)
        debrief_timeline_view_select (self, debrief_event_store_get_nth (events, n - 1), TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DebriefTimelineView   *self)
{
  if (self->review == NULL)
    return FALSE;
  if (_debrief_timeline_view_edit_key (self, keyval, state))
    return TRUE;
  if (!(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) && _debrief_timeline_view_playhead_key (self, keyval))
    return TRUE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (_debrief_timeline_view_artefact_key (self, keyval))
    return TRUE;
  return handle_zoom_keys (self, keyval) || handle_navigation_keys (self, keyval, state);
}

/* Tab walks the events; past the last one, focus leaves the timeline as
 * usual, so keyboard users are never trapped. */
gboolean
_debrief_timeline_view_focus (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (widget);
  DebriefEventRef next;

  /* is_focus, not has_focus: the window need not be the active one. */
  if (!gtk_widget_is_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      return TRUE;
    }
  if (self->review == NULL || (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD))
    return FALSE;
  next = step_in_time (self, debrief_timeline_viewport_get_selected_event (self->viewport),
                       direction == GTK_DIR_TAB_FORWARD ? 1 : -1);
  if (next == DEBRIEF_EVENT_REF_NONE)
    return FALSE;
  debrief_timeline_view_select (self, next, TRUE);
  return TRUE;
}

static void
on_focus_changed (GtkEventControllerFocus *controller,
                  DebriefTimelineView     *self)
{
  gtk_widget_queue_draw (self->marks);
}

void
_debrief_timeline_view_setup_input (DebriefTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_zoom_new ());
  g_signal_connect (controller, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (controller, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (widget, controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_drag_new ());
  g_signal_connect (controller, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (controller, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (controller, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
