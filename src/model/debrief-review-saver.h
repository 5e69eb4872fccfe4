/* debrief-review-saver.h — writes `.debrief` files, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-review.h"

G_BEGIN_DECLS

gboolean  debrief_review_write      (DebriefReview  *review,
                                     GOutputStream  *stream,
                                     GCancellable   *cancellable,
                                     GError        **error);
char     *debrief_review_to_string  (DebriefReview  *review);
gboolean  debrief_review_save_file  (DebriefReview  *review,
                                     GFile          *file,
                                     GCancellable   *cancellable,
                                     GError        **error);

G_END_DECLS
