/* debrief-window.h — one review in one window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-document.h"
#include "debrief-presenter.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_WINDOW (debrief_window_get_type ())
G_DECLARE_FINAL_TYPE (DebriefWindow, debrief_window, DEBRIEF, WINDOW, AdwApplicationWindow)

DebriefWindow   *debrief_window_new          (DebriefApplication *application);
void             debrief_window_open_file    (DebriefWindow      *self,
                                              GFile              *file);
void             debrief_window_set_document (DebriefWindow      *self,
                                              DebriefDocument    *document);
void             debrief_window_restore_document (DebriefWindow   *self,
                                                  DebriefDocument *document,
                                                  const char      *slot_id);
DebriefDocument *debrief_window_get_document (DebriefWindow      *self);
gboolean         debrief_window_shows_file   (DebriefWindow      *self,
                                              GFile              *file);
gboolean         debrief_window_is_unused    (DebriefWindow      *self);
DebriefPresenter *debrief_window_get_presenter (DebriefWindow     *self);

G_END_DECLS
