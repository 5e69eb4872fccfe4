/* debrief-overview-strip.c — the whole incident in one strip, with the
 * visible window as a frame one can drag
 *
 * Drawn by the same renderer as the timeline (event density per column,
 * phases). Pressing inside the frame drags it; pressing elsewhere centres
 * the window there. It shares the timeline's viewport, so both always agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-overview-strip"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "debrief-time.h"
#include "debrief-timeline-renderer.h"
#include "debrief-overview-strip.h"

#define MARGIN 0.02

struct _DebriefOverviewStrip
{
  GtkWidget                parent_instance;

  DebriefReview           *review;
  DebriefTimelineViewport *viewport;
  DebriefTimelineRenderer *renderer;
  gint64                   drag_start;   /* window start when a drag began */
  gint64                   drag_end;
  gint64                   whole_start;
  gint64                   whole_end;
};

G_DEFINE_FINAL_TYPE (DebriefOverviewStrip, debrief_overview_strip, GTK_TYPE_WIDGET)

/* The strip shows the review and whatever the window shows beyond it. */
static void
compute_whole (DebriefOverviewStrip *self)
{
  gint64 start = 0, end = DEBRIEF_USEC_PER_HOUR, margin;

  if (self->review != NULL)
    debrief_review_get_time_bounds (self->review, &start, &end);
  margin = (gint64) (MAX (end - start, DEBRIEF_USEC_PER_MIN) * MARGIN);
  self->whole_start = start - margin;
  self->whole_end = end + margin;
  if (self->viewport != NULL)
    {
      self->whole_start = MIN (self->whole_start, debrief_timeline_viewport_get_start (self->viewport));
      self->whole_end = MAX (self->whole_end, debrief_timeline_viewport_get_end (self->viewport));
    }
}

static void
debrief_overview_strip_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  DebriefOverviewStrip *self = DEBRIEF_OVERVIEW_STRIP (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  DebriefOverviewFrame frame = { 0 };
  cairo_t *cr;

  if (self->review == NULL || self->viewport == NULL || width <= 0 || height <= 0)
    return;

  compute_whole (self);
  frame.review = self->review;
  frame.style = debrief_timeline_style_get (adw_style_manager_get_dark (adw_style_manager_get_default ())
                                            ? DEBRIEF_TIMELINE_STYLE_SCREEN_DARK
                                            : DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  frame.whole_start = self->whole_start;
  frame.whole_end = self->whole_end;
  frame.view_start = debrief_timeline_viewport_get_start (self->viewport);
  frame.view_end = debrief_timeline_viewport_get_end (self->viewport);
  frame.playhead = debrief_timeline_viewport_get_playhead (self->viewport);
  frame.width = width;
  frame.height = height;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  debrief_timeline_renderer_draw_overview (self->renderer, cr, &frame);
  cairo_destroy (cr);
}

static gint64
time_at (DebriefOverviewStrip *self,
         double                x)
{
  double width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  return self->whole_start + (gint64) ((self->whole_end - self->whole_start) * (x / width));
}

static void
move_window (DebriefOverviewStrip *self,
             gint64                start,
             gint64                end)
{
  if (self->viewport != NULL)
    debrief_timeline_viewport_set_window (self->viewport, start, end);
}

static void
on_drag_begin (GtkGestureDrag       *gesture,
               double                x,
               double                y,
               DebriefOverviewStrip *self)
{
  gint64 start, end, time;

  if (self->viewport == NULL)
    return;
  start = debrief_timeline_viewport_get_start (self->viewport);
  end = debrief_timeline_viewport_get_end (self->viewport);
  time = time_at (self, x);
  /* Outside the frame: jump there first, then drag from the middle. */
  if (time < start || time > end)
    {
      start = time - (end - start) / 2;
      end = start + (debrief_timeline_viewport_get_end (self->viewport) - debrief_timeline_viewport_get_start (self->viewport));
      move_window (self, start, end);
    }
  self->drag_start = start;
  self->drag_end = end;
}

static void
on_drag_update (GtkGestureDrag       *gesture,
                double                dx,
                double                dy,
                DebriefOverviewStrip *self)
{
  double width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  gint64 shift = (gint64) ((self->whole_end - self->whole_start) * (dx / width));

  move_window (self, self->drag_start + shift, self->drag_end + shift);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DebriefOverviewStrip  *self)
{
  gint64 start, end, step;

  if (self->viewport == NULL || (keyval != GDK_KEY_Left && keyval != GDK_KEY_Right))
    return FALSE;
  start = debrief_timeline_viewport_get_start (self->viewport);
  end = debrief_timeline_viewport_get_end (self->viewport);
  step = (end - start) / 4 * (keyval == GDK_KEY_Left ? -1 : 1);
  move_window (self, start + step, end + step);
  return TRUE;
}

static void
on_viewport_notify (DebriefTimelineViewport *viewport,
                    GParamSpec              *pspec,
                    DebriefOverviewStrip    *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_review_changed (DebriefReview        *review,
                   DebriefOverviewStrip *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
debrief_overview_strip_set_review (DebriefOverviewStrip *self,
                                   DebriefReview        *review)
{
  g_return_if_fail (DEBRIEF_IS_OVERVIEW_STRIP (self));

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
debrief_overview_strip_set_viewport (DebriefOverviewStrip    *self,
                                     DebriefTimelineViewport *viewport)
{
  g_return_if_fail (DEBRIEF_IS_OVERVIEW_STRIP (self));

  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_set_object (&self->viewport, viewport);
  if (viewport != NULL)
    {
      g_signal_connect_object (viewport, "notify::start", G_CALLBACK (on_viewport_notify), self, 0);
      g_signal_connect_object (viewport, "notify::end", G_CALLBACK (on_viewport_notify), self, 0);
      g_signal_connect_object (viewport, "notify::playhead", G_CALLBACK (on_viewport_notify), self, 0);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
debrief_overview_strip_dispose (GObject *object)
{
  DebriefOverviewStrip *self = DEBRIEF_OVERVIEW_STRIP (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_clear_object (&self->review);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->renderer, debrief_timeline_renderer_free);

  G_OBJECT_CLASS (debrief_overview_strip_parent_class)->dispose (object);
}

static void
debrief_overview_strip_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? 40 : 120;
}

static void
debrief_overview_strip_class_init (DebriefOverviewStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_overview_strip_dispose;
  widget_class->snapshot = debrief_overview_strip_snapshot;
  widget_class->measure = debrief_overview_strip_measure;
  gtk_widget_class_set_css_name (widget_class, "overviewstrip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SCROLLBAR);
}

static void
debrief_overview_strip_init (DebriefOverviewStrip *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->renderer = debrief_timeline_renderer_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("The whole incident: drag the frame to move through it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overview of the whole incident"), -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
debrief_overview_strip_new (void)
{
  return g_object_new (DEBRIEF_TYPE_OVERVIEW_STRIP, NULL);
}
