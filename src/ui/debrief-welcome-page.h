/* debrief-welcome-page.h — what a window shows before a review is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_WELCOME_PAGE (debrief_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (DebriefWelcomePage, debrief_welcome_page, DEBRIEF, WELCOME_PAGE, AdwBin)

void debrief_welcome_page_refresh (DebriefWelcomePage *self);

G_END_DECLS
