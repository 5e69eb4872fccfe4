/* debrief-timeline-view.c — the zoomable swimlane timeline widget
 *
 * A thin GTK shell around the renderer in src/timeline/: it turns the
 * widget's size and the shared viewport into a DebriefTimelineFrame and
 * asks the renderer to draw it. Two drawing areas are stacked: the chart,
 * redrawn only when the view or the review changes, and the marks (hover,
 * cursor, selection), redrawn alone as the pointer moves, so the chart's
 * render node stays cached. Input lives in debrief-timeline-input.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-event-kind.h"
#include "debrief-time.h"
#include "debrief-timeline-view-private.h"

#define ANIMATION_MS 260
#define FIT_MARGIN 0.02

G_DEFINE_FINAL_TYPE (DebriefTimelineView, debrief_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_VIEWPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LANE_ACTIVATED,
  PHASE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- frames ---------------------------------------------------------------------- */

void
_debrief_timeline_view_make_frame (DebriefTimelineView  *self,
                                   DebriefTimelineFrame *frame)
{
  debrief_timeline_frame_init (frame, self->layout, &self->style);
  frame->width = MAX (gtk_widget_get_width (self->chart), 1);
  frame->height = MAX (gtk_widget_get_height (self->chart), 1);
  frame->view_start = debrief_timeline_viewport_get_start (self->viewport);
  frame->view_end = debrief_timeline_viewport_get_end (self->viewport);
  frame->scroll_y = _debrief_timeline_view_get_scroll (self);
  frame->time.mode = debrief_timeline_viewport_get_time_display (self->viewport);
  frame->playhead = debrief_timeline_viewport_get_playhead (self->viewport);
  frame->playhead_fades = self->playhead_fades;
  frame->show_notes = TRUE;
  frame->show_private = self->show_private;
  frame->names = self->pseudonyms;
  frame->thumbnails = self->pseudonyms ? NULL : self->thumbnails;  /* screenshots show names */
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (user_data);
  DebriefTimelineFrame frame;

  if (self->layout == NULL)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_renderer_draw (self->renderer, cr, &frame);
  self->frames_drawn++;
}

static void
draw_marks (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (user_data);
  DebriefTimelineFrame frame;
  DebriefTimelineMarks marks = { 0 };

  if (self->layout == NULL)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  marks.hover = self->hover;
  marks.selected = debrief_timeline_viewport_get_selected_event (self->viewport);
  marks.cursor = self->cursor;
  marks.playhead = debrief_timeline_viewport_get_playhead (self->viewport);
  marks.focused = gtk_widget_has_focus (GTK_WIDGET (self));
  _debrief_timeline_view_fill_edit_marks (self, &marks);
  _debrief_timeline_view_fill_entry_marks (self, &marks);
  marks.selected_artefact = _debrief_timeline_view_get_selected_artefact (self);
  if (self->matches != NULL)
    {
      marks.matches = (const DebriefEventRef *) self->matches->data;
      marks.n_matches = self->matches->len;
    }
  if (!debrief_timeline_viewport_get_range (self->viewport, &marks.range_start, &marks.range_end))
    marks.range_start = marks.range_end = DEBRIEF_TIME_NONE;
  debrief_timeline_renderer_draw_marks (self->renderer, cr, &frame, &marks);
}

/* ---- vertical scrolling -------------------------------------------------------------- */

static void
update_adjustment (DebriefTimelineView *self)
{
  DebriefTimelineFrame frame;
  double content, page, value;

  if (self->layout == NULL)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  content = debrief_timeline_frame_get_content_height (&frame);
  page = frame.height;
  value = CLAMP (frame.scroll_y, 0, MAX (content - page, 0));

  gtk_adjustment_configure (self->vadjustment, value, 0, MAX (content, page), 40, page * 0.9, page);
  gtk_widget_set_visible (self->scrollbar, !self->own_scroll && content > page + 0.5);
  if (value != frame.scroll_y)
    _debrief_timeline_view_store_scroll (self, value);
}

static void
on_vadjustment_changed (GtkAdjustment       *adjustment,
                        DebriefTimelineView *self)
{
  _debrief_timeline_view_store_scroll (self, gtk_adjustment_get_value (adjustment));
}

void
_debrief_timeline_view_scroll_by (DebriefTimelineView *self,
                                  double               dy)
{
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);
}

static void
on_chart_resize (GtkDrawingArea      *area,
                 int                  width,
                 int                  height,
                 DebriefTimelineView *self)
{
  update_adjustment (self);
}

/* ---- changes ------------------------------------------------------------------------ */

static void
redraw_all (DebriefTimelineView *self)
{
  gtk_widget_queue_draw (self->chart);
  gtk_widget_queue_draw (self->marks);
}

static void
update_accessible_description (DebriefTimelineView *self)
{
  DebriefEventRef selected = debrief_timeline_viewport_get_selected_event (self->viewport);
  g_autofree char *description = NULL;

  if (self->review != NULL && debrief_event_store_is_live (debrief_review_get_events (self->review), selected))
    description = _debrief_timeline_view_describe_event (self, selected, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : _("No event selected. Press Tab to move to the first event."),
                                  -1);
}

/* ---- the marked range's bar ---------------------------------------------------- */

/* A marked range offers its zoom as a button, not only as Enter, so that
 * it can be found with the pointer. */
static void
update_range_bar (DebriefTimelineView *self)
{
  g_autofree char *duration = NULL;
  g_autofree char *label = NULL;
  gint64 start, end;
  gboolean marked = debrief_timeline_viewport_get_range (self->viewport, &start, &end);

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->range_bar), marked);
  if (!marked)
    return;
  duration = debrief_time_format_duration (end - start);
  /* Translators: %s is a duration such as “2 min 30 s” */
  label = g_strdup_printf (_("_Zoom to %s"), duration);
  gtk_button_set_label (GTK_BUTTON (self->range_zoom_button), label);
}

static void
on_range_zoom_clicked (GtkButton           *button,
                       DebriefTimelineView *self)
{
  debrief_timeline_view_zoom_to_range (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_range_clear_clicked (GtkButton           *button,
                        DebriefTimelineView *self)
{
  debrief_timeline_viewport_clear_range (self->viewport);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GtkWidget *
build_range_bar (DebriefTimelineView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *clear = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *add_phase;

  self->range_zoom_button = gtk_button_new_with_mnemonic ("");
  gtk_widget_set_tooltip_text (self->range_zoom_button, _("Show only the marked time (Enter)"));
  g_signal_connect (self->range_zoom_button, "clicked", G_CALLBACK (on_range_zoom_clicked), self);
  gtk_widget_set_tooltip_text (clear, _("Clear the marked time (Escape)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear the marked time"), -1);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_range_clear_clicked), self);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (self->range_zoom_button, "osd");
  gtk_widget_add_css_class (clear, "osd");
  add_phase = gtk_button_new_with_mnemonic (_("Add _Phase"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_phase), "win.add-phase");
  gtk_widget_set_tooltip_text (add_phase, _("Name the marked time as a phase of the incident"));
  gtk_widget_add_css_class (add_phase, "osd");
  gtk_box_append (GTK_BOX (box), self->range_zoom_button);
  gtk_box_append (GTK_BOX (box), add_phase);
  gtk_box_append (GTK_BOX (box), clear);

  self->range_bar = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->range_bar), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_child (GTK_REVEALER (self->range_bar), box);
  gtk_widget_set_halign (self->range_bar, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->range_bar, GTK_ALIGN_END);
  gtk_widget_add_css_class (self->range_bar, "range-bar");
  return self->range_bar;
}

static void
on_viewport_notify (DebriefTimelineViewport *viewport,
                    GParamSpec              *pspec,
                    DebriefTimelineView     *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "selected-event"))
    update_accessible_description (self);
  if (g_str_equal (name, "range-start") || g_str_equal (name, "range-end"))
    update_range_bar (self);
  if (g_str_equal (name, "selected-event") || g_str_equal (name, "range-start") || g_str_equal (name, "range-end"))
    {
      gtk_widget_queue_draw (self->marks);
      return;
    }
  if (g_str_equal (name, "scroll-y") && !self->own_scroll)
    gtk_adjustment_set_value (self->vadjustment, debrief_timeline_viewport_get_scroll_y (viewport));
  redraw_all (self);
}

static void
on_review_changed (DebriefReview       *review,
                   DebriefTimelineView *self)
{
  /* A lane renamed or given a role while it is projected. */
  _debrief_timeline_view_update_pseudonyms (self);
  update_adjustment (self);
  redraw_all (self);
}

static void
on_dark_changed (AdwStyleManager     *manager,
                 GParamSpec          *pspec,
                 DebriefTimelineView *self)
{
  if (!self->style_follows_system)
    return;
  self->style_kind = adw_style_manager_get_dark (manager) ? DEBRIEF_TIMELINE_STYLE_SCREEN_DARK
                                                          : DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT;
  _debrief_timeline_view_restyle (self);
}

/* ---- animation ----------------------------------------------------------------------- */

static void
animate_window (double   value,
                gpointer user_data)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (user_data);
  gint64 start = self->animation_from[0] + (gint64) ((self->animation_to[0] - self->animation_from[0]) * value);
  gint64 end = self->animation_from[1] + (gint64) ((self->animation_to[1] - self->animation_from[1]) * value);

  _debrief_timeline_view_set_window (self, start, MAX (end, start + DEBRIEF_TIME_SCALE_MIN_SPAN));
}

/* Applies the zoom limits and the representable years on the way in. */
void
_debrief_timeline_view_set_window (DebriefTimelineView *self,
                                   gint64               start,
                                   gint64               end)
{
  DebriefTimeScale scale;

  debrief_time_scale_init (&scale, start, end, 1000);
  debrief_timeline_viewport_set_window (self->viewport, scale.start, scale.end);
}

void
debrief_timeline_view_zoom_to (DebriefTimelineView *self,
                               gint64               start,
                               gint64               end,
                               gboolean             animate)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  adw_animation_pause (self->animation);   /* reset would jump back to where it started */
  if (!animate || !adw_get_enable_animations (GTK_WIDGET (self)) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      _debrief_timeline_view_set_window (self, start, end);
      return;
    }
  self->animation_from[0] = debrief_timeline_viewport_get_start (self->viewport);
  self->animation_from[1] = debrief_timeline_viewport_get_end (self->viewport);
  self->animation_to[0] = start;
  self->animation_to[1] = end;
  adw_animation_play (self->animation);
}

/* ---- public ------------------------------------------------------------------------- */

/* Zooms to the range marked with Shift+drag and clears the mark; FALSE
 * when no range is marked. */
gboolean
debrief_timeline_view_zoom_to_range (DebriefTimelineView *self)
{
  gint64 start, end;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  if (!debrief_timeline_viewport_get_range (self->viewport, &start, &end))
    return FALSE;
  debrief_timeline_view_zoom_to (self, start, MAX (end, start + DEBRIEF_TIME_SCALE_MIN_SPAN), TRUE);
  debrief_timeline_viewport_clear_range (self->viewport);
  return TRUE;
}

double
debrief_timeline_view_get_plot_x (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), 0);
  return self->style.header_width;
}

/* @pivot_x: in the widget; the time under it stays put. */
void
debrief_timeline_view_zoom (DebriefTimelineView *self,
                            double               factor,
                            double               pivot_x)
{
  DebriefTimelineFrame frame;
  DebriefTimeScale scale;
  double plot_x;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  if (self->layout == NULL)
    return;
  adw_animation_pause (self->animation);   /* reset would jump back to where it started */
  _debrief_timeline_view_make_frame (self, &frame);
  debrief_timeline_frame_get_scale (&frame, &scale);
  plot_x = debrief_timeline_frame_get_plot_x (&frame);
  debrief_time_scale_zoom (&scale, factor, CLAMP (pivot_x - plot_x, 0, scale.width));
  debrief_timeline_viewport_set_window (self->viewport, scale.start, scale.end);
}

/* One step of zoom (+, -, the header bar's buttons), animated, about the
 * pointer when it is over the chart and about the middle otherwise. */
void
debrief_timeline_view_zoom_step (DebriefTimelineView *self,
                                 double               factor)
{
  double plot_x, width, pivot, fraction, span;
  gint64 start, end, time;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  if (self->layout == NULL)
    return;
  plot_x = debrief_timeline_view_get_plot_x (self);
  width = gtk_widget_get_width (self->chart);
  pivot = self->pointer_x > plot_x && self->pointer_x < width ? self->pointer_x : (plot_x + width) / 2;
  start = debrief_timeline_viewport_get_start (self->viewport);
  end = debrief_timeline_viewport_get_end (self->viewport);
  fraction = (pivot - plot_x) / MAX (width - plot_x, 1);
  time = start + (gint64) ((end - start) * fraction);
  span = (end - start) / factor;
  debrief_timeline_view_zoom_to (self, time - (gint64) (span * fraction), time + (gint64) (span * (1 - fraction)), TRUE);
}

void
debrief_timeline_view_fit (DebriefTimelineView *self,
                           gboolean             animate)
{
  DebriefTimeScale scale;
  gint64 start, end;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  if (self->review == NULL || !debrief_review_get_time_bounds (self->review, &start, &end))
    return;
  debrief_time_scale_init (&scale, start, end, 1000);
  debrief_time_scale_fit (&scale, start, end, FIT_MARGIN);
  debrief_timeline_view_zoom_to (self, scale.start, scale.end, animate);
}

/* Keeps the event's lane on screen, scrolling as little as possible. */
void
_debrief_timeline_view_scroll_to_lane (DebriefTimelineView *self,
                                       guint32              lane_key)
{
  const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (self->layout, lane_key);
  DebriefTimelineFrame frame;
  double lanes_y, visible, scroll;

  if (row == NULL)
    return;
  _debrief_timeline_view_make_frame (self, &frame);
  lanes_y = debrief_timeline_frame_get_lanes_y (&frame);
  visible = frame.height - lanes_y;
  scroll = frame.scroll_y;
  if (row->y < scroll)
    scroll = row->y;
  else if (row->y + row->height > scroll + visible)
    scroll = row->y + row->height - visible;
  gtk_adjustment_set_value (self->vadjustment, scroll);
}

/* Pans (keeping the zoom) so the event sits in the middle third. */
static void
keep_in_view (DebriefTimelineView *self,
              DebriefEventRef      ref)
{
  const DebriefEvent *event = debrief_event_store_get (debrief_review_get_events (self->review), ref);
  gint64 start = debrief_timeline_viewport_get_start (self->viewport);
  gint64 end = debrief_timeline_viewport_get_end (self->viewport);
  gint64 span = end - start;

  debrief_timeline_layout_update (self->layout, &self->style);
  _debrief_timeline_view_scroll_to_lane (self, event->lane);
  if (event->start >= start + span / 6 && event->start <= end - span / 6)
    return;
  debrief_timeline_view_zoom_to (self, event->start - span / 2, event->start - span / 2 + span, TRUE);
}

void
debrief_timeline_view_select (DebriefTimelineView *self,
                              DebriefEventRef      ref,
                              gboolean             keep_visible)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  debrief_timeline_viewport_set_selected_event (self->viewport, ref);
  if (keep_visible && self->review != NULL &&
      debrief_event_store_is_live (debrief_review_get_events (self->review), ref))
    keep_in_view (self, ref);
}

gboolean
debrief_timeline_view_get_event_position (DebriefTimelineView *self,
                                          DebriefEventRef      ref,
                                          double              *out_x,
                                          double              *out_y)
{
  DebriefTimelineFrame frame;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), FALSE);
  if (self->layout == NULL)
    return FALSE;
  _debrief_timeline_view_make_frame (self, &frame);
  return debrief_timeline_renderer_locate_event (self->renderer, &frame, ref, out_x, out_y);
}

/* Chart redraws so far: tests use it to check that hovering does not
 * redraw the chart. */
guint
debrief_timeline_view_get_frames_drawn (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), 0);
  return self->frames_drawn;
}

DebriefReview *
debrief_timeline_view_get_review (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return self->review;
}

void
debrief_timeline_view_set_review (DebriefTimelineView *self,
                                  DebriefReview       *review)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));

  if (self->review == review)
    return;
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_clear_pointer (&self->layout, debrief_timeline_layout_free);
  _debrief_timeline_view_clear_hover (self);

  if (review != NULL)
    {
      self->layout = debrief_timeline_layout_new (review);
      debrief_timeline_layout_set_hidden_kinds (self->layout, self->hidden_kinds);
      _debrief_timeline_view_apply_perspectives (self);
      g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
      debrief_timeline_viewport_set_selected_event (self->viewport, DEBRIEF_EVENT_REF_NONE);
      debrief_timeline_viewport_clear_range (self->viewport);
      debrief_timeline_view_fit (self, FALSE);
    }
  _debrief_timeline_view_update_pseudonyms (self);
  update_adjustment (self);
  update_accessible_description (self);
  redraw_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

DebriefTimelineViewport *
debrief_timeline_view_get_viewport (DebriefTimelineView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self), NULL);
  return self->viewport;
}

/* Views of one review share one viewport (see DebriefTimelineViewport). */
void
debrief_timeline_view_set_viewport (DebriefTimelineView     *self,
                                    DebriefTimelineViewport *viewport)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (viewport));

  if (self->viewport == viewport)
    return;
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_set_object (&self->viewport, viewport);
  g_signal_connect_object (viewport, "notify", G_CALLBACK (on_viewport_notify), self, 0);
  g_signal_connect_object (viewport, "selection-changed", G_CALLBACK (gtk_widget_queue_draw), self->marks, G_CONNECT_SWAPPED);
  update_adjustment (self);
  redraw_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEWPORT]);
}

void
_debrief_timeline_view_activate_lane (DebriefTimelineView *self,
                                      guint32              lane_key)
{
  g_signal_emit (self, signals[LANE_ACTIVATED], 0, lane_key);
}

void
_debrief_timeline_view_activate_phase (DebriefTimelineView *self,
                                       DebriefPhase        *phase)
{
  g_signal_emit (self, signals[PHASE_ACTIVATED], 0, phase);
}

/* The rows changed (perspectives shown, kinds hidden): heights, hover and
 * both layers follow. */
void
_debrief_timeline_view_relayout (DebriefTimelineView *self)
{
  _debrief_timeline_view_clear_hover (self);
  update_adjustment (self);
  redraw_all (self);
  _debrief_timeline_view_emit_rows_changed (self);
}

/* The search's matches (in time order; NULL: none) get a halo. */
void
debrief_timeline_view_set_matches (DebriefTimelineView *self,
                                   GArray              *matches)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_clear_pointer (&self->matches, g_array_unref);
  if (matches != NULL)
    self->matches = g_array_ref (matches);
  gtk_widget_queue_draw (self->marks);
}

/* Kinds filtered out of the timeline (bit k: kind k of the review's
 * store); nothing is deleted. */
void
debrief_timeline_view_set_hidden_kinds (DebriefTimelineView *self,
                                        guint64              hidden_kinds)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  self->hidden_kinds = hidden_kinds;
  if (self->layout != NULL)
    debrief_timeline_layout_set_hidden_kinds (self->layout, hidden_kinds);
  _debrief_timeline_view_relayout (self);
}

/* Edits made on the timeline go to @history; without one (a projector
 * view, a read-only review) the timeline only shows. */
void
debrief_timeline_view_set_history (DebriefTimelineView *self,
                                   DebriefHistory      *history)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  g_set_object (&self->history, history);
}

/* A fixed look (projection, print preview) instead of following the
 * system's light or dark style. */
void
debrief_timeline_view_set_style_kind (DebriefTimelineView     *self,
                                      DebriefTimelineStyleKind kind)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEW (self));
  self->style_follows_system = FALSE;
  self->style_kind = kind;
  _debrief_timeline_view_restyle (self);
}

/* ---- lifecycle ----------------------------------------------------------------------- */

static void
debrief_timeline_view_dispose (GObject *object)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (object);

  g_clear_pointer (&self->pseudonyms, debrief_pseudonyms_free);
  g_clear_object (&self->animation);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->viewport);
  g_clear_object (&self->history);
  g_clear_object (&self->dragged_lane);
  g_clear_pointer (&self->dragged, g_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->perspectives, g_strfreev);
  g_clear_pointer (&self->pinned, g_free);
  g_clear_pointer (&self->comparison_hidden_lanes, g_strfreev);
  g_clear_pointer (&self->selected_entries, g_ptr_array_unref);
  g_clear_pointer (&self->layout, debrief_timeline_layout_free);
  g_clear_pointer (&self->renderer, debrief_timeline_renderer_free);
  g_clear_object (&self->thumbnails);

  G_OBJECT_CLASS (debrief_timeline_view_parent_class)->dispose (object);
}

static void
debrief_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW: g_value_set_object (value, self->review); break;
    case PROP_VIEWPORT: g_value_set_object (value, self->viewport); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DebriefTimelineView *self = DEBRIEF_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW: debrief_timeline_view_set_review (self, g_value_get_object (value)); break;
    case PROP_VIEWPORT: debrief_timeline_view_set_viewport (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_timeline_view_class_init (DebriefTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_timeline_view_dispose;
  object_class->get_property = debrief_timeline_view_get_property;
  object_class->set_property = debrief_timeline_view_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, DEBRIEF_TYPE_REVIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEWPORT] =
    g_param_spec_object ("viewport", NULL, NULL, DEBRIEF_TYPE_TIMELINE_VIEWPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A click on a lane's header: the window shows the lane to edit. */
  signals[LANE_ACTIVATED] = g_signal_new ("lane-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* A click on a phase or marker under the ruler. */
  signals[PHASE_ACTIVATED] = g_signal_new ("phase-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_PHASE);
  /* A click on a chart (the input emits it); an image's marker has its own. */
  g_signal_new ("series-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_SERIES);
  _debrief_timeline_view_images_class_init (klass);

  _debrief_timeline_view_entries_class_init (object_class);
  widget_class->focus = _debrief_timeline_view_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  _debrief_timeline_view_present_class_init (klass);
}

static void
build_children (DebriefTimelineView *self)
{
  GtkWidget *overlay = gtk_overlay_new ();

  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  g_signal_connect (self->chart, "resize", G_CALLBACK (on_chart_resize), self);
  self->marks = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->marks), draw_marks, self, NULL);
  gtk_widget_set_can_target (self->marks, FALSE);
  gtk_widget_set_hexpand (self->chart, TRUE);
  gtk_widget_set_vexpand (self->chart, TRUE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->chart);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->marks);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), build_range_bar (self));

  self->vadjustment = gtk_adjustment_new (0, 0, 1, 40, 400, 1);
  g_signal_connect (self->vadjustment, "value-changed", G_CALLBACK (on_vadjustment_changed), self);
  self->scrollbar = gtk_scrollbar_new (GTK_ORIENTATION_VERTICAL, self->vadjustment);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (self->box), overlay);
  gtk_box_append (GTK_BOX (self->box), self->scrollbar);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

static void
debrief_timeline_view_init (DebriefTimelineView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(DebriefTimelineViewport) viewport = debrief_timeline_viewport_new ();

  self->renderer = debrief_timeline_renderer_new ();
  self->dragged = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  self->cursor = DEBRIEF_TIME_NONE;
  self->hover.kind = DEBRIEF_HIT_NONE;
  self->style_follows_system = TRUE;
  self->style_scale = 1.0;
  self->show_private = TRUE;
  build_children (self);
  debrief_timeline_view_set_viewport (self, viewport);

  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, ANIMATION_MS,
                                             adw_callback_animation_target_new (animate_window, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed), self, 0);
  on_dark_changed (style_manager, NULL, self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);
  _debrief_timeline_view_setup_input (self);
  _debrief_timeline_view_setup_thumbnails (self);
}

GtkWidget *
debrief_timeline_view_new (void)
{
  return g_object_new (DEBRIEF_TYPE_TIMELINE_VIEW, NULL);
}
