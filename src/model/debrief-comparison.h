/* debrief-comparison.h — the facilitator's mark that accounts diverge or agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

/* DISMISSED records that the facilitator looked at a suggested divergence
 * and decided it is not one, so it is not suggested again; it is never
 * drawn. */
typedef enum {
  DEBRIEF_COMPARISON_KIND_DIVERGENCE,
  DEBRIEF_COMPARISON_KIND_AGREEMENT,
  DEBRIEF_COMPARISON_KIND_DISMISSED,
} DebriefComparisonKind;

#define DEBRIEF_TYPE_COMPARISON (debrief_comparison_get_type ())
G_DECLARE_FINAL_TYPE (DebriefComparison, debrief_comparison, DEBRIEF, COMPARISON, DebriefItem)

DebriefComparison    *debrief_comparison_new         (const char            *id,
                                                      DebriefComparisonKind  kind,
                                                      const char * const    *entries);

DebriefComparisonKind debrief_comparison_get_kind    (DebriefComparison     *self);
void                  debrief_comparison_set_kind    (DebriefComparison     *self,
                                                      DebriefComparisonKind  kind);
const char * const   *debrief_comparison_get_entries (DebriefComparison     *self);
void                  debrief_comparison_set_entries (DebriefComparison     *self,
                                                      const char * const    *entries);
const char           *debrief_comparison_get_note    (DebriefComparison     *self);
void                  debrief_comparison_set_note    (DebriefComparison     *self,
                                                      const char            *note);
gboolean              debrief_comparison_has_entry   (DebriefComparison     *self,
                                                      const char            *entry);

const char           *debrief_comparison_kind_to_string (DebriefComparisonKind kind);

G_END_DECLS
