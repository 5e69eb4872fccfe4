/* debrief-search.h — finding events by text, kind, tag and lane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-review.h"

G_BEGIN_DECLS

typedef struct _DebriefSearch DebriefSearch;

DebriefSearch *debrief_search_new       (const char    *query);
void           debrief_search_free      (DebriefSearch *search);
gboolean       debrief_search_is_empty  (DebriefSearch *search);
gboolean       debrief_search_matches   (DebriefSearch *search,
                                         DebriefReview *review,
                                         DebriefEventRef ref);
GArray        *debrief_search_run       (DebriefSearch *search,
                                         DebriefReview *review);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefSearch, debrief_search_free)

G_END_DECLS
