/* debrief-presenter-window.c — the projector: the timeline, as the room sees it
 *
 * A window with nothing but a read-only timeline view in the projection
 * style. It shares the facilitator's viewport (the visible window, the
 * selection, the playhead, the time display), so zooming, panning,
 * selecting and stepping on the laptop move the projector at once, and it
 * mirrors the facilitator's rows (perspectives side by side, hidden kinds,
 * collapsed groups) and the row at the top. Over the chart: a spotlight
 * (everything but a circle around the pointer darkened) and a blank (a
 * black screen, for when the room should look at each other).
 *
 * It never draws private notes (debrief_timeline_view_set_projector), and
 * it is given no history, so nothing can be edited from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-presenter-window.h"

#define SPOTLIGHT_RADIUS 0.14  /* of the shorter side */
#define SPOTLIGHT_DIM 0.72

struct _DebriefPresenterWindow
{
  GtkWindow            parent_instance;

  DebriefTimelineView *view;
  DebriefTimelineView *source;
  GtkWidget           *spotlight_area;
  GtkWidget           *blank;
  gboolean             spotlight;
  double               spot_x;      /* < 0: the middle */
  double               spot_y;
};

G_DEFINE_FINAL_TYPE (DebriefPresenterWindow, debrief_presenter_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BLANKED,
  PROP_SPOTLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- spotlight ------------------------------------------------------------------ */

static void
draw_spotlight (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  DebriefPresenterWindow *self = DEBRIEF_PRESENTER_WINDOW (user_data);
  double radius = MIN (width, height) * SPOTLIGHT_RADIUS;
  double x = self->spot_x >= 0 ? self->spot_x : width / 2.0;
  double y = self->spot_y >= 0 ? self->spot_y : height / 2.0;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0, 0, 0, SPOTLIGHT_DIM);
  cairo_fill (cr);
}

void
debrief_presenter_window_move_spotlight (DebriefPresenterWindow *self,
                                         double                  x,
                                         double                  y)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self));
  self->spot_x = x;
  self->spot_y = y;
  if (self->spotlight)
    gtk_widget_queue_draw (self->spotlight_area);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           DebriefPresenterWindow   *self)
{
  debrief_presenter_window_move_spotlight (self, x, y);
}

gboolean
debrief_presenter_window_get_spotlight (DebriefPresenterWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self), FALSE);
  return self->spotlight;
}

void
debrief_presenter_window_set_spotlight (DebriefPresenterWindow *self,
                                        gboolean                spotlight)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self));
  spotlight = !!spotlight;
  if (self->spotlight == spotlight)
    return;
  self->spotlight = spotlight;
  gtk_widget_set_visible (self->spotlight_area, spotlight);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPOTLIGHT]);
}

/* ---- blank ---------------------------------------------------------------------- */

gboolean
debrief_presenter_window_get_blanked (DebriefPresenterWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self), FALSE);
  return gtk_widget_get_visible (self->blank);
}

void
debrief_presenter_window_set_blanked (DebriefPresenterWindow *self,
                                      gboolean                blanked)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self));
  if (debrief_presenter_window_get_blanked (self) == !!blanked)
    return;
  gtk_widget_set_visible (self->blank, blanked);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANKED]);
}

/* ---- following the facilitator --------------------------------------------------- */

static void
on_source_rows_changed (DebriefTimelineView    *source,
                        DebriefPresenterWindow *self)
{
  debrief_timeline_view_mirror_rows (self->view, source);
  debrief_timeline_view_follow_scroll (self->view, source);
}

static void
on_source_scrolled (DebriefTimelineViewport *viewport,
                    GParamSpec              *pspec,
                    DebriefPresenterWindow  *self)
{
  debrief_timeline_view_follow_scroll (self->view, self->source);
}

static void
follow (DebriefPresenterWindow *self,
        DebriefTimelineView    *source)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (source);

  self->source = g_object_ref (source);
  /* The review first, then the shared viewport: giving a view a review
   * fits it and clears the selection, which must not happen to the
   * facilitator's. */
  debrief_timeline_view_set_review (self->view, debrief_timeline_view_get_review (source));
  debrief_timeline_view_set_viewport (self->view, viewport);
  debrief_timeline_view_share_thumbnails (self->view, source);
  on_source_rows_changed (source, self);
  g_signal_connect_object (source, "rows-changed", G_CALLBACK (on_source_rows_changed), self, 0);
  g_signal_connect_object (viewport, "notify::scroll-y", G_CALLBACK (on_source_scrolled), self, 0);
}

/* ---- lifecycle --------------------------------------------------------------------- */

static void
debrief_presenter_window_dispose (GObject *object)
{
  DebriefPresenterWindow *self = DEBRIEF_PRESENTER_WINDOW (object);

  g_clear_object (&self->source);
  G_OBJECT_CLASS (debrief_presenter_window_parent_class)->dispose (object);
}

static void
debrief_presenter_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DebriefPresenterWindow *self = DEBRIEF_PRESENTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BLANKED: g_value_set_boolean (value, debrief_presenter_window_get_blanked (self)); break;
    case PROP_SPOTLIGHT: g_value_set_boolean (value, self->spotlight); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_presenter_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DebriefPresenterWindow *self = DEBRIEF_PRESENTER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BLANKED: debrief_presenter_window_set_blanked (self, g_value_get_boolean (value)); break;
    case PROP_SPOTLIGHT: debrief_presenter_window_set_spotlight (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_presenter_window_class_init (DebriefPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = debrief_presenter_window_dispose;
  object_class->get_property = debrief_presenter_window_get_property;
  object_class->set_property = debrief_presenter_window_set_property;

  properties[PROP_BLANKED] =
    g_param_spec_boolean ("blanked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPOTLIGHT] =
    g_param_spec_boolean ("spotlight", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_presenter_window_init (DebriefPresenterWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->spot_x = self->spot_y = -1;
  self->view = DEBRIEF_TIMELINE_VIEW (debrief_timeline_view_new ());
  debrief_timeline_view_set_projector (self->view);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));

  self->spotlight_area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->spotlight_area), draw_spotlight, self, NULL);
  gtk_widget_set_can_target (self->spotlight_area, FALSE);
  gtk_widget_set_visible (self->spotlight_area, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->spotlight_area);

  self->blank = gtk_drawing_area_new ();
  gtk_widget_add_css_class (self->blank, "presenter-blank");
  gtk_widget_set_visible (self->blank, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->blank);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_window_set_title (GTK_WINDOW (self), _("Debrief Projector"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenter");
}

/* A projector of @source's timeline, sizes times @scale. */
DebriefPresenterWindow *
debrief_presenter_window_new (DebriefTimelineView *source,
                              double               scale)
{
  DebriefPresenterWindow *self;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  self = g_object_new (DEBRIEF_TYPE_PRESENTER_WINDOW, NULL);
  debrief_timeline_view_set_style_scale (self->view, scale);
  follow (self, source);
  return self;
}

DebriefTimelineView *
debrief_presenter_window_get_view (DebriefPresenterWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER_WINDOW (self), NULL);
  return self->view;
}
