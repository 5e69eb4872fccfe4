/* debrief-inspector-fields-private.h — what the review and lane inspectors'
 * fields share: rows whose Ctrl+Z belongs to the history, Escape to revert,
 * invalid input marked in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* The owner's history at this moment; NULL while read-only. */
typedef DebriefHistory *(*DebriefHistoryGetter) (gpointer owner);

GtkWidget *_debrief_inspector_group           (const char          *title);
GtkWidget *_debrief_inspector_entry_row       (const char          *title,
                                               GCallback            on_changed,
                                               gpointer             owner);
GtkWidget *_debrief_inspector_text_frame      (const char          *accessible_label,
                                               GtkWidget          **out_text_view);
void       _debrief_inspector_watch_field     (GtkWidget           *field,
                                               DebriefHistoryGetter get_history,
                                               gpointer             owner);
char      *_debrief_inspector_field_get_text  (GtkWidget           *field);
void       _debrief_inspector_field_set_text  (GtkWidget           *field,
                                               const char          *text);
gboolean   _debrief_inspector_field_has_focus (GtkWidget           *field);
void       _debrief_inspector_set_editable    (GtkWidget           *field,
                                               gboolean             editable);
void       _debrief_inspector_mark_invalid    (GtkWidget           *row,
                                               const char          *message);
void       _debrief_inspector_seal            (DebriefHistory      *history);
void       _debrief_inspector_fill_lanes      (GtkWidget           *combo_row,
                                               GtkStringList       *names,
                                               GPtrArray           *ids,
                                               DebriefReview       *review,
                                               const char          *none_label,
                                               const char          *current);

G_END_DECLS
