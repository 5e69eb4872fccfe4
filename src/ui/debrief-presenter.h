/* debrief-presenter.h — presenter mode: the facilitator drives, the room watches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-presenter-window.h"
#include "debrief-timeline-view.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_PRESENTER (debrief_presenter_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPresenter, debrief_presenter, DEBRIEF, PRESENTER, GObject)

DebriefPresenter       *debrief_presenter_new                 (DebriefTimelineView *source,
                                                               double               scale);
void                    debrief_presenter_start               (DebriefPresenter    *self,
                                                               GtkWindow           *facilitator);
void                    debrief_presenter_stop                (DebriefPresenter    *self);
gboolean                debrief_presenter_is_running          (DebriefPresenter    *self);
gboolean                debrief_presenter_is_in_place         (DebriefPresenter    *self);
DebriefPresenterWindow *debrief_presenter_get_window          (DebriefPresenter    *self);

gboolean                debrief_presenter_handle_key          (DebriefPresenter    *self,
                                                               guint                keyval,
                                                               GdkModifierType      state);
gboolean                debrief_presenter_step                (DebriefPresenter    *self,
                                                               int                  direction);
void                    debrief_presenter_toggle_zoom         (DebriefPresenter    *self);
void                    debrief_presenter_toggle_perspectives (DebriefPresenter    *self);
void                    debrief_presenter_toggle_blank        (DebriefPresenter    *self);
void                    debrief_presenter_toggle_spotlight    (DebriefPresenter    *self);

G_END_DECLS
