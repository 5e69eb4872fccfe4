/* debrief-presenter.c — presenter mode: the facilitator drives, the room watches
 *
 * Present (F5) opens a projector (DebriefPresenterWindow) full screen on
 * another monitor than the facilitator's, or full screen in place when
 * there is only one. The facilitator's window keeps every control, the
 * private notes and the prepared questions; the projector shows the same
 * timeline, read-only, in the projection style.
 *
 * The keys, in either window while presenting:
 *
 *   Space, →, Page Down   the next event or marker (the playhead follows)
 *   ←, Backspace, Page Up the previous one
 *   Z                     the whole incident ↔ the current moment
 *   P                     perspectives side by side, or not
 *   B, .                  a black screen; any key brings the timeline back
 *   S                     a spotlight around the pointer
 *   Escape                stop presenting
 *
 * (Page Up/Down, B and . are what presentation clickers send.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-presenter"

#include "config.h"

#include "debrief-presenter.h"
#include "debrief-time.h"
#include "debrief-timeline-steps.h"

#define WHOLE_THRESHOLD 0.9   /* a view holding this much of the incident shows "the whole" */
#define MOMENT_SHARE 12       /* the first "current moment": a twelfth of the incident */

struct _DebriefPresenter
{
  GObject                 parent_instance;

  DebriefTimelineView    *source;
  DebriefPresenterWindow *window;       /* NULL once stopped */
  GtkEventController     *source_motion;
  gboolean                in_place;
  DebriefStep             here;         /* the last step taken (its marker, when at one) */
  gint64                  moment_span;  /* the zoom Z comes back to; 0: none yet */
};

G_DEFINE_FINAL_TYPE (DebriefPresenter, debrief_presenter, G_TYPE_OBJECT)

enum {
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DebriefTimelineViewport *
viewport_of (DebriefPresenter *self)
{
  return debrief_timeline_view_get_viewport (self->source);
}

static DebriefTimelineView *
projector_view (DebriefPresenter *self)
{
  return debrief_presenter_window_get_view (self->window);
}

/* ---- stepping ------------------------------------------------------------------------ */

/* Where the presenter is now: the selected event (the facilitator may have
 * clicked one), else the marker last stepped to, else the playhead, else
 * just before the visible window. */
static DebriefStep
current_step (DebriefPresenter *self)
{
  DebriefTimelineViewport *viewport = viewport_of (self);
  DebriefReview *review = debrief_timeline_view_get_review (self->source);
  DebriefEventStore *events = debrief_review_get_events (review);
  DebriefEventRef selected = debrief_timeline_viewport_get_selected_event (viewport);
  gint64 playhead = debrief_timeline_viewport_get_playhead (viewport);
  DebriefStep step;

  if (debrief_event_store_is_live (events, selected))
    {
      debrief_step_init_time (&step, debrief_event_store_get (events, selected)->start);
      step.ref = selected;
      return step;
    }
  if (self->here.marker != NULL)
    return self->here;
  debrief_step_init_time (&step, playhead != DEBRIEF_TIME_NONE ? playhead
                                                               : debrief_timeline_viewport_get_start (viewport) - 1);
  return step;
}

/* Pans (keeping the zoom) so @time sits in the middle — or, with the
 * playhead on, three quarters across, since nothing after it shows. */
static void
pan_to (DebriefPresenter *self,
        gint64            time,
        gint64            span)
{
  gboolean playhead = debrief_timeline_viewport_get_playhead (viewport_of (self)) != DEBRIEF_TIME_NONE;
  gint64 before = playhead ? span / 4 * 3 : span / 2;

  debrief_timeline_view_zoom_to (projector_view (self), time - before, time - before + span, TRUE);
}

static void
go_to (DebriefPresenter  *self,
       const DebriefStep *step)
{
  DebriefTimelineViewport *viewport = viewport_of (self);

  self->here = *step;
  /* "Known at T" moves with the story — first, since the Events list can
   * only select what is known. */
  if (debrief_timeline_viewport_get_playhead (viewport) != DEBRIEF_TIME_NONE)
    debrief_timeline_viewport_set_playhead (viewport, step->time);
  debrief_timeline_viewport_set_selected_event (viewport, step->ref);
  if (step->ref != DEBRIEF_EVENT_REF_NONE)
    {
      debrief_timeline_view_scroll_to_event (self->source, step->ref);
      debrief_timeline_view_scroll_to_event (projector_view (self), step->ref);
    }
  pan_to (self, step->time, debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport));
}

/* @direction: 1 the next event or marker, -1 the previous. FALSE at the end. */
gboolean
debrief_presenter_step (DebriefPresenter *self,
                        int               direction)
{
  DebriefReview *review;
  DebriefStep from, to;

  g_return_val_if_fail (DEBRIEF_IS_PRESENTER (self), FALSE);
  review = debrief_timeline_view_get_review (self->source);
  if (self->window == NULL || review == NULL)
    return FALSE;
  from = current_step (self);
  if (!debrief_timeline_step (review, debrief_timeline_view_get_hidden_kinds (self->source), &from, direction, &to))
    return FALSE;
  go_to (self, &to);
  return TRUE;
}

/* ---- zoom, perspectives, blank, spotlight ---------------------------------------------- */

static gint64
moment_time (DebriefPresenter *self)
{
  DebriefTimelineViewport *viewport = viewport_of (self);
  DebriefStep step = current_step (self);

  if (step.ref != DEBRIEF_EVENT_REF_NONE || step.marker != NULL ||
      debrief_timeline_viewport_get_playhead (viewport) != DEBRIEF_TIME_NONE)
    return step.time;
  return debrief_timeline_viewport_get_start (viewport) +
         (debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport)) / 2;
}

static gboolean
shows_whole (DebriefTimelineViewport *viewport,
             gint64                   start,
             gint64                   end)
{
  gint64 shown = MIN (end, debrief_timeline_viewport_get_end (viewport)) -
                 MAX (start, debrief_timeline_viewport_get_start (viewport));

  return shown >= (end - start) * WHOLE_THRESHOLD;
}

/* Z: from the current moment out to the whole incident, and back to the
 * same zoom around whatever is current then. */
void
debrief_presenter_toggle_zoom (DebriefPresenter *self)
{
  DebriefTimelineViewport *viewport;
  DebriefReview *review;
  gint64 start, end, span;

  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  review = debrief_timeline_view_get_review (self->source);
  if (self->window == NULL || review == NULL || !debrief_review_get_time_bounds (review, &start, &end))
    return;
  viewport = viewport_of (self);
  span = debrief_timeline_viewport_get_end (viewport) - debrief_timeline_viewport_get_start (viewport);
  if (!shows_whole (viewport, start, end))
    {
      if (span < (end - start) * WHOLE_THRESHOLD)
        self->moment_span = span;
      debrief_timeline_view_fit (projector_view (self), TRUE);
      return;
    }
  pan_to (self, moment_time (self), self->moment_span > 0 ? self->moment_span : MAX ((end - start) / MOMENT_SHARE, DEBRIEF_USEC_PER_SEC));
}

/* P: the facilitator's own action, so the laptop shows what the room does. */
void
debrief_presenter_toggle_perspectives (DebriefPresenter *self)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  gtk_widget_activate_action (GTK_WIDGET (self->source), "win.toggle-perspectives", NULL);
}

void
debrief_presenter_toggle_blank (DebriefPresenter *self)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  if (self->window != NULL)
    debrief_presenter_window_set_blanked (self->window, !debrief_presenter_window_get_blanked (self->window));
}

void
debrief_presenter_toggle_spotlight (DebriefPresenter *self)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  if (self->window != NULL)
    debrief_presenter_window_set_spotlight (self->window, !debrief_presenter_window_get_spotlight (self->window));
}

/* The facilitator points on the laptop; the spotlight follows on the
 * projector, at the same time and row. */
static void
on_source_motion (GtkEventControllerMotion *motion,
                  double                    x,
                  double                    y,
                  DebriefPresenter         *self)
{
  double px, py;

  if (self->window == NULL || !debrief_presenter_window_get_spotlight (self->window))
    return;
  if (debrief_timeline_view_map_point (projector_view (self), self->source, x, y, &px, &py))
    debrief_presenter_window_move_spotlight (self->window, px, py);
}

/* ---- keys ----------------------------------------------------------------------------- */

static gboolean
is_modifier (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Shift_L: case GDK_KEY_Shift_R: case GDK_KEY_Control_L: case GDK_KEY_Control_R:
    case GDK_KEY_Alt_L: case GDK_KEY_Alt_R: case GDK_KEY_Super_L: case GDK_KEY_Super_R:
    case GDK_KEY_Meta_L: case GDK_KEY_Meta_R: case GDK_KEY_ISO_Level3_Shift: case GDK_KEY_Caps_Lock:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Returns: TRUE if the key was a presenter's key (and has been acted on). */
gboolean
debrief_presenter_handle_key (DebriefPresenter *self,
                              guint             keyval,
                              GdkModifierType   state)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER (self), FALSE);

  if (self->window == NULL || is_modifier (keyval))
    return FALSE;
  if (debrief_presenter_window_get_blanked (self->window))
    {
      debrief_presenter_window_set_blanked (self->window, FALSE);
      return TRUE;
    }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return FALSE;
  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_space: case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      debrief_presenter_step (self, 1);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_BackSpace: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
      debrief_presenter_step (self, -1);
      return TRUE;
    case GDK_KEY_z: debrief_presenter_toggle_zoom (self); return TRUE;
    case GDK_KEY_p: debrief_presenter_toggle_perspectives (self); return TRUE;
    case GDK_KEY_b: case GDK_KEY_period: debrief_presenter_toggle_blank (self); return TRUE;
    case GDK_KEY_s: debrief_presenter_toggle_spotlight (self); return TRUE;
    case GDK_KEY_Escape: debrief_presenter_stop (self); return TRUE;
    default: return FALSE;
    }
}

/* Full screen in place, the facilitator's window is hidden: its shortcuts
 * (Ctrl+K for the playhead, [ and ], Ctrl+Shift+P…) work from the
 * projector too. */
static gboolean
forward_shortcut (DebriefPresenter *self,
                  guint             keyval,
                  GdkModifierType   state)
{
  GtkWidget *facilitator = gtk_widget_get_ancestor (GTK_WIDGET (self->source), GTK_TYPE_APPLICATION_WINDOW);
  GtkApplication *application = facilitator != NULL ? gtk_window_get_application (GTK_WINDOW (facilitator)) : NULL;
  g_autofree char *accel = NULL;
  g_auto(GStrv) actions = NULL;

  if (application == NULL)
    return FALSE;
  accel = gtk_accelerator_name (gdk_keyval_to_lower (keyval), state & gtk_accelerator_get_default_mod_mask ());
  actions = gtk_application_get_actions_for_accel (application, accel);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      if (g_action_parse_detailed_name (actions[i], &name, &target, NULL) &&
          gtk_widget_activate_action_variant (facilitator, name, target))
        return TRUE;
    }
  return FALSE;
}

static gboolean
on_projector_key (GtkEventControllerKey *keys,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  DebriefPresenter      *self)
{
  return debrief_presenter_handle_key (self, keyval, state) || forward_shortcut (self, keyval, state);
}

/* ---- starting and stopping ---------------------------------------------------------------- */

static GdkMonitor *
monitor_of (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL)
    return NULL;
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)), surface);
}

/* A monitor other than the facilitator's; NULL when there is only one. */
static GdkMonitor *
other_monitor (GtkWindow *facilitator)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (facilitator)));
  GdkMonitor *mine = monitor_of (facilitator);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != mine)
        return g_steal_pointer (&monitor);
    }
  return NULL;
}

/* The monitor's size, should no window manager make the window full
 * screen (a bare X server, a kiosk). */
static void
size_for (GtkWindow  *window,
          GdkMonitor *monitor)
{
  GdkRectangle area;

  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_set_default_size (window, area.width, area.height);
}

static gboolean
on_projector_close (GtkWindow        *window,
                    DebriefPresenter *self)
{
  debrief_presenter_stop (self);
  return TRUE;
}

/* Full screen on the projector, or in place (over @facilitator) with one
 * monitor: then the keys reach the projector itself. */
void
debrief_presenter_start (DebriefPresenter *self,
                         GtkWindow        *facilitator)
{
  g_autoptr(GdkMonitor) monitor = NULL;
  GtkEventController *keys;

  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  g_return_if_fail (GTK_IS_WINDOW (facilitator));
  g_return_if_fail (self->window != NULL);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_projector_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->window), keys);
  g_signal_connect (self->window, "close-request", G_CALLBACK (on_projector_close), self);

  monitor = other_monitor (facilitator);
  self->in_place = monitor == NULL;
  size_for (GTK_WINDOW (self->window), self->in_place ? monitor_of (facilitator) : monitor);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->window), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self->window));
  gtk_window_present (GTK_WINDOW (self->window));
  gtk_widget_grab_focus (GTK_WIDGET (projector_view (self)));
}

void
debrief_presenter_stop (DebriefPresenter *self)
{
  g_return_if_fail (DEBRIEF_IS_PRESENTER (self));
  if (self->window == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->window, self);
  gtk_window_destroy (GTK_WINDOW (self->window));
  g_clear_object (&self->window);
  if (self->source_motion != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self->source), self->source_motion);
  self->source_motion = NULL;
  g_signal_emit (self, signals[STOPPED], 0);
}

gboolean
debrief_presenter_is_running (DebriefPresenter *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER (self), FALSE);
  return self->window != NULL;
}

/* TRUE when the projector covers the facilitator's screen (one monitor). */
gboolean
debrief_presenter_is_in_place (DebriefPresenter *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER (self), FALSE);
  return self->in_place;
}

/* Returns: (transfer none) (nullable): the projector; NULL once stopped */
DebriefPresenterWindow *
debrief_presenter_get_window (DebriefPresenter *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PRESENTER (self), NULL);
  return self->window;
}

static void
debrief_presenter_dispose (GObject *object)
{
  DebriefPresenter *self = DEBRIEF_PRESENTER (object);

  debrief_presenter_stop (self);
  g_clear_object (&self->source);
  G_OBJECT_CLASS (debrief_presenter_parent_class)->dispose (object);
}

static void
debrief_presenter_class_init (DebriefPresenterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = debrief_presenter_dispose;

  /* The projector closed (Escape, or by the window manager). */
  signals[STOPPED] = g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_presenter_init (DebriefPresenter *self)
{
  debrief_step_init_time (&self->here, DEBRIEF_TIME_NONE);
}

/* A presenter for @source's timeline; its projector is made now (so tests
 * can look at it) and shown by debrief_presenter_start(). */
DebriefPresenter *
debrief_presenter_new (DebriefTimelineView *source,
                       double               scale)
{
  DebriefPresenter *self;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEW (source), NULL);
  g_return_val_if_fail (debrief_timeline_view_get_review (source) != NULL, NULL);

  self = g_object_new (DEBRIEF_TYPE_PRESENTER, NULL);
  self->source = g_object_ref (source);
  self->window = g_object_ref (debrief_presenter_window_new (source, scale));  /* GTK owns toplevels */
  self->source_motion = gtk_event_controller_motion_new ();
  g_signal_connect (self->source_motion, "motion", G_CALLBACK (on_source_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (source), self->source_motion);
  return self;
}
