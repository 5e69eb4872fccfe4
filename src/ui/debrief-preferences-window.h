/* debrief-preferences-window.h — the app's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_PREFERENCES_WINDOW (debrief_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPreferencesWindow, debrief_preferences_window, DEBRIEF, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *debrief_preferences_window_new (GtkWindow *parent);

G_END_DECLS
