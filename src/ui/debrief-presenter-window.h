/* debrief-presenter-window.h — the projector: the timeline, as the room sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-timeline-view.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_PRESENTER_WINDOW (debrief_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPresenterWindow, debrief_presenter_window, DEBRIEF, PRESENTER_WINDOW, GtkWindow)

DebriefPresenterWindow *debrief_presenter_window_new             (DebriefTimelineView    *source,
                                                                  double                  scale);
DebriefTimelineView    *debrief_presenter_window_get_view        (DebriefPresenterWindow *self);
gboolean                debrief_presenter_window_get_blanked     (DebriefPresenterWindow *self);
void                    debrief_presenter_window_set_blanked     (DebriefPresenterWindow *self,
                                                                  gboolean                blanked);
gboolean                debrief_presenter_window_get_spotlight   (DebriefPresenterWindow *self);
void                    debrief_presenter_window_set_spotlight   (DebriefPresenterWindow *self,
                                                                  gboolean                spotlight);
void                    debrief_presenter_window_move_spotlight  (DebriefPresenterWindow *self,
                                                                  double                  x,
                                                                  double                  y);

G_END_DECLS
