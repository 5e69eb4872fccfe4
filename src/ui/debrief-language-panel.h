/* debrief-language-panel.h — every language hint of the review, in a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-language-hints.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_LANGUAGE_PANEL (debrief_language_panel_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLanguagePanel, debrief_language_panel, DEBRIEF, LANGUAGE_PANEL, GtkWidget)

GtkWidget                 *debrief_language_panel_new        (void);
void                       debrief_language_panel_set_review (DebriefLanguagePanel *self,
                                                              DebriefReview        *review,
                                                              DebriefHistory       *history);
guint                      debrief_language_panel_get_n_hints (DebriefLanguagePanel *self);
const DebriefLanguageHint *debrief_language_panel_get_hint   (DebriefLanguagePanel *self,
                                                              guint                 index);
GtkListBox                *debrief_language_panel_get_list   (DebriefLanguagePanel *self);

G_END_DECLS
