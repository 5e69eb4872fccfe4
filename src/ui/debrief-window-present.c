/* debrief-window-present.c — the window's side of presenter mode
 *
 * "win.present" (F5, the header bar's Present button, the main menu) starts
 * and stops a DebriefPresenter over the window's timeline. While it runs,
 * the presenter's keys work in this window too — the facilitator drives
 * from the laptop — except while typing (the quick-entry bar, the
 * inspector's fields), where every key belongs to the text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-presenter.h"
#include "debrief-window-private.h"

static void
set_presenting_state (DebriefWindow *self,
                      gboolean       presenting)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "present");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (presenting));
}

static void
on_presenter_stopped (DebriefPresenter *presenter,
                      DebriefWindow    *self)
{
  g_signal_handlers_disconnect_by_data (presenter, self);
  g_clear_object (&self->presenter);
  set_presenting_state (self, FALSE);
  gtk_window_present (GTK_WINDOW (self));
}

/* On another monitor the facilitator cannot see the projector go black. */
static void on_pseudonyms_changed (GSettings     *settings,
                                   const char    *key,
                                   DebriefWindow *self);
static void on_projection_dark_changed (GSettings     *settings,
                                        const char    *key,
                                        DebriefWindow *self);

static void
on_blanked (DebriefPresenterWindow *projector,
            GParamSpec             *pspec,
            DebriefWindow          *self)
{
  if (!debrief_presenter_window_get_blanked (projector) || debrief_presenter_is_in_place (self->presenter))
    return;
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("The projector is blank. Press any key to show the timeline again.")));
}

static void
stop_presenting (DebriefWindow *self)
{
  if (self->presenter != NULL)
    debrief_presenter_stop (self->presenter);
}

static void
start_presenting (DebriefWindow *self)
{
  double scale = g_settings_get_double (self->settings, "projection-scale");

  if (self->document == NULL || self->presenter != NULL)
    return;
  self->presenter = debrief_presenter_new (self->timeline_view, scale);
  g_signal_connect_object (self->presenter, "stopped", G_CALLBACK (on_presenter_stopped), self, 0);
  set_presenting_state (self, TRUE);
  debrief_presenter_start (self->presenter, GTK_WINDOW (self));
  g_signal_connect_object (debrief_presenter_get_window (self->presenter), "notify::blanked",
                           G_CALLBACK (on_blanked), self, 0);
  on_pseudonyms_changed (self->settings, "projector-pseudonyms", self);
  on_projection_dark_changed (self->settings, "projection-dark", self);
}

static void
present_changed (GSimpleAction *action,
                 GVariant      *state,
                 gpointer       user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  if (g_variant_get_boolean (state))
    start_presenting (self);
  else
    stop_presenting (self);
}

/* Typing goes to the text, and a popover's keys (Space on its check
 * buttons) to the popover, not to the presenter. */
static gboolean
typing (DebriefWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
                           gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL);
}

static gboolean
on_key_pressed (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DebriefWindow         *self)
{
  if (self->presenter == NULL || typing (self))
    return FALSE;
  return debrief_presenter_handle_key (self->presenter, keyval, state);
}

static void
on_fades_changed (GSettings     *settings,
                  const char    *key,
                  DebriefWindow *self)
{
  DebriefPresenterWindow *projector;

  if (self->presenter == NULL || (projector = debrief_presenter_get_window (self->presenter)) == NULL)
    return;
  debrief_timeline_view_mirror_rows (debrief_presenter_window_get_view (projector), self->timeline_view);
}

static void
on_pseudonyms_changed (GSettings     *settings,
                       const char    *key,
                       DebriefWindow *self)
{
  DebriefPresenterWindow *projector;

  if (self->presenter == NULL || (projector = debrief_presenter_get_window (self->presenter)) == NULL)
    return;
  debrief_timeline_view_set_pseudonymise (debrief_presenter_window_get_view (projector),
                                          g_settings_get_boolean (settings, key));
}

/* Light on black or black on white, switched while presenting if the room
 * is dimmed: the projector follows at once. */
static void
on_projection_dark_changed (GSettings     *settings,
                            const char    *key,
                            DebriefWindow *self)
{
  DebriefPresenterWindow *projector;

  if (self->presenter == NULL || (projector = debrief_presenter_get_window (self->presenter)) == NULL)
    return;
  debrief_timeline_view_set_style_kind (debrief_presenter_window_get_view (projector),
                                        g_settings_get_boolean (settings, key) ? DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK
                                                                               : DEBRIEF_TIMELINE_STYLE_PROJECTION);
}

/* The scale can be tried out while presenting: the room sees it at once. */
static void
on_scale_changed (GSettings     *settings,
                  const char    *key,
                  DebriefWindow *self)
{
  DebriefPresenterWindow *projector;

  if (self->presenter == NULL || (projector = debrief_presenter_get_window (self->presenter)) == NULL)
    return;
  debrief_timeline_view_set_style_scale (debrief_presenter_window_get_view (projector),
                                         g_settings_get_double (settings, key));
}

static const GActionEntry present_entries[] = {
  { "present", NULL, NULL, "false", present_changed },
};

/* Another review: the projector showed the old one. */
void
_debrief_window_present_document (DebriefWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "present");

  stop_presenting (self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
}

void
_debrief_window_setup_present (DebriefWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GAction *action;

  g_action_map_add_action_entries (G_ACTION_MAP (self), present_entries, G_N_ELEMENTS (present_entries), self);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "present");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
  /* Capture: before the timeline takes → and Space for its own uses. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (self->settings, "changed::playhead-fades", G_CALLBACK (on_fades_changed), self,
                           G_CONNECT_AFTER);
  g_signal_connect_object (self->settings, "changed::projection-scale", G_CALLBACK (on_scale_changed), self, 0);
  g_signal_connect_object (self->settings, "changed::projector-pseudonyms", G_CALLBACK (on_pseudonyms_changed), self, 0);
  g_signal_connect_object (self->settings, "changed::projection-dark", G_CALLBACK (on_projection_dark_changed), self, 0);
}

void
_debrief_window_present_dispose (DebriefWindow *self)
{
  if (self->presenter != NULL)
    g_signal_handlers_disconnect_by_data (self->presenter, self);
  if (self->presenter != NULL)
    debrief_presenter_stop (self->presenter);
  g_clear_object (&self->presenter);
}

/* Returns: (transfer none) (nullable): the presenter while presenting */
DebriefPresenter *
debrief_window_get_presenter (DebriefWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_WINDOW (self), NULL);
  return self->presenter;
}
