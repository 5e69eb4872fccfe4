/* debrief-tag-suggestions.h — the tags a review already uses, one click away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-review.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_TAG_SUGGESTIONS (debrief_tag_suggestions_get_type ())
G_DECLARE_FINAL_TYPE (DebriefTagSuggestions, debrief_tag_suggestions, DEBRIEF, TAG_SUGGESTIONS, GtkWidget)

GtkWidget *debrief_tag_suggestions_new        (void);
void       debrief_tag_suggestions_set_review (DebriefTagSuggestions *self,
                                               DebriefReview         *review);
void       debrief_tag_suggestions_update     (DebriefTagSuggestions *self,
                                               const char            *typed);

G_END_DECLS
