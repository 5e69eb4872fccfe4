/* debrief-window-timeline.c — the window's timeline: actions, legend, sync
 *
 * The header bar's zoom buttons and time-display menu act on the timeline
 * through the "timeline" action group; the legend popover draws with the
 * timeline's own renderer; and the timeline, the overview strip and the
 * Events list are kept showing one selection and one time display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include "debrief-window-private.h"

static void
zoom_in_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  debrief_timeline_view_zoom_step (DEBRIEF_WINDOW (user_data)->timeline_view, DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);
}

static void
zoom_out_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  debrief_timeline_view_zoom_step (DEBRIEF_WINDOW (user_data)->timeline_view, 1 / DEBRIEF_TIMELINE_VIEW_ZOOM_STEP);
}

static void
zoom_fit_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  debrief_timeline_view_fit (DEBRIEF_WINDOW (user_data)->timeline_view, TRUE);
}

static const GActionEntry timeline_entries[] = {
  { "zoom-in", zoom_in_activated, NULL, NULL, NULL },
  { "zoom-out", zoom_out_activated, NULL, NULL, NULL },
  { "zoom-fit", zoom_fit_activated, NULL, NULL, NULL },
};

/* The timeline and the Events list show one selection. */
static void
on_timeline_selection (DebriefTimelineViewport *viewport,
                       GParamSpec              *pspec,
                       DebriefWindow           *self)
{
  debrief_events_view_set_selected_event (self->events_view, debrief_timeline_viewport_get_selected_event (viewport));
}

static void
on_list_selection (DebriefEventsView *events_view,
                   GParamSpec        *pspec,
                   DebriefWindow     *self)
{
  DebriefEventRef ref = debrief_events_view_get_selected_event (events_view);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);

  if (ref != debrief_timeline_viewport_get_selected_event (viewport))
    debrief_timeline_view_select (self->timeline_view, ref, TRUE);
}

static void
draw_legend (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const DebriefTimelineStyle *style = debrief_timeline_style_get (dark ? DEBRIEF_TIMELINE_STYLE_SCREEN_DARK
                                                                       : DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);

  debrief_timeline_renderer_draw_legend (self->legend_renderer, cr, style, 12, 12, width - 24);
}

static void
on_time_display_changed (DebriefTimelineViewport *viewport,
                         GParamSpec              *pspec,
                         DebriefWindow           *self)
{
  debrief_events_view_set_time_display (self->events_view, debrief_timeline_viewport_get_time_display (viewport));
}

static void
on_view_changed (AdwViewStack  *stack,
                 GParamSpec    *pspec,
                 DebriefWindow *self)
{
  _debrief_window_update_timeline_controls (self);
}

void
_debrief_window_setup_timeline (DebriefWindow *self)
{
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  g_autoptr(GPropertyAction) display = g_property_action_new ("time-display", viewport, "time-display");

  self->timeline_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->timeline_actions), timeline_entries,
                                   G_N_ELEMENTS (timeline_entries), self);
  g_action_map_add_action (G_ACTION_MAP (self->timeline_actions), G_ACTION (display));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "timeline", G_ACTION_GROUP (self->timeline_actions));

  debrief_overview_strip_set_viewport (self->overview_strip, viewport);
  g_signal_connect_object (viewport, "notify::selected-event", G_CALLBACK (on_timeline_selection), self, 0);
  g_signal_connect_object (self->events_view, "notify::selected-event", G_CALLBACK (on_list_selection), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_view_changed), self, 0);
  g_signal_connect_object (viewport, "notify::time-display", G_CALLBACK (on_time_display_changed), self, 0);
  /* How times read is the reader's preference: every window follows it, and
   * the next start keeps it. */
  g_settings_bind (self->settings, "time-display", viewport, "time-display", G_SETTINGS_BIND_DEFAULT);

  self->legend_renderer = debrief_timeline_renderer_new ();
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend, self, NULL);
}
