/* debrief-pseudonyms.h — participants' names replaced by roles or letters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-review.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_PSEUDONYMS_ROLES,    /* "DBA", "DBA 1"/"DBA 2"; "Participant A" without a role */
  DEBRIEF_PSEUDONYMS_LETTERS,  /* "Participant A", "Participant B"… */
} DebriefPseudonymStyle;

typedef struct _DebriefPseudonyms DebriefPseudonyms;

DebriefPseudonyms *debrief_pseudonyms_new         (DebriefReview           *review,
                                                   DebriefPseudonymStyle    style);
void               debrief_pseudonyms_free        (DebriefPseudonyms       *self);

/* Every function takes NULL for "not pseudonymised" and then passes the
 * real names through, so callers need no branch of their own. */
const char        *debrief_pseudonyms_get_alias   (const DebriefPseudonyms *self,
                                                   const char              *lane_id);
const char        *debrief_pseudonyms_lane_name   (const DebriefPseudonyms *self,
                                                   DebriefLane             *lane);
const char        *debrief_pseudonyms_name        (const DebriefPseudonyms *self,
                                                   const char              *name_or_id);
char              *debrief_pseudonyms_apply       (const DebriefPseudonyms *self,
                                                   const char              *text);
gboolean           debrief_pseudonyms_style_from_string (const char        *text,
                                                   DebriefPseudonymStyle   *out_style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefPseudonyms, debrief_pseudonyms_free)

G_END_DECLS
