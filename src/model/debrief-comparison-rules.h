/* debrief-comparison-rules.h — which accounts could diverge, and marking them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-command.h"
#include "debrief-comparison.h"
#include "debrief-perspective.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* A suggested divergence: two entries, in two perspectives, that give the
 * same tag key different values. Only shown; the facilitator confirms. */
typedef struct {
  DebriefPerspectiveEntry *entry_a;   /* the earlier perspective's */
  DebriefPerspectiveEntry *entry_b;
  char                    *key;       /* "cause" */
  char                    *value_a;   /* "network" */
  char                    *value_b;   /* "database" */
} DebriefDivergenceSuggestion;

void        debrief_divergence_suggestion_free (DebriefDivergenceSuggestion *suggestion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefDivergenceSuggestion, debrief_divergence_suggestion_free)

gboolean    debrief_entries_overlap            (DebriefPerspectiveEntry *a,
                                                DebriefPerspectiveEntry *b);
gboolean    debrief_entry_kind_is_comparable   (DebriefEntryKind         kind);
gboolean    debrief_entries_tag_conflict       (DebriefPerspectiveEntry *a,
                                                DebriefPerspectiveEntry *b,
                                                char                   **out_key,
                                                char                   **out_value_a,
                                                char                   **out_value_b);
GPtrArray  *debrief_comparison_suggest         (DebriefReview           *review);

DebriefPerspective      *debrief_review_find_entry (DebriefReview            *review,
                                                    const char               *entry_id,
                                                    DebriefPerspectiveEntry **out_entry);
DebriefComparison       *debrief_comparison_find   (DebriefReview            *review,
                                                    const char               *entry_a,
                                                    const char               *entry_b);
char                    *debrief_comparison_make_id (DebriefReview           *review);
DebriefCommand          *debrief_comparison_mark_command_new (DebriefReview         *review,
                                                              DebriefComparisonKind  kind,
                                                              const char * const    *entries,
                                                              const char            *note);

G_END_DECLS
