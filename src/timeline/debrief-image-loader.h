/* debrief-image-loader.h — an artefact's image, decoded at the size it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Larger images are refused, not decoded: a shared review must not make
 * whoever opens it allocate gigabytes (about 16k × 16k; a 4K screenshot is
 * 8.3 M pixels). */
#define DEBRIEF_IMAGE_MAX_PIXELS (256 * 1024 * 1024)

cairo_surface_t *debrief_image_load_fitted (GFile       *review_folder,
                                            const char  *path,
                                            int          max_width,
                                            int          max_height,
                                            gint64      *out_mtime,
                                            GError     **error);
gboolean         debrief_image_query_mtime (GFile       *review_folder,
                                            const char  *path,
                                            gint64      *out_mtime);

G_END_DECLS
