/* debrief-review-loader.h — reads `.debrief` files, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-problems.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* Larger files are refused with a clear message: a million events take
 * about 190 MB, so 512 MiB leaves room for long texts. */
#define DEBRIEF_MAX_FILE_SIZE (G_GINT64_CONSTANT (512) * 1024 * 1024)

/* Called from the loading thread with the share done, 0.0 to 1.0. */
typedef void (*DebriefLoadProgress) (double   fraction,
                                     gpointer user_data);

DebriefReview *debrief_review_load_data (const char           *data,
                                         gsize                 length,
                                         const char           *label,
                                         DebriefLoadProgress   progress,
                                         gpointer              user_data,
                                         GCancellable         *cancellable,
                                         GError              **error);
DebriefReview *debrief_review_load_file (GFile                *file,
                                         const char           *label,
                                         DebriefLoadProgress   progress,
                                         gpointer              user_data,
                                         GCancellable         *cancellable,
                                         GError              **error);

G_END_DECLS
