/* debrief-png-scaled.h — a PNG read straight to a smaller size, a row at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_surface_t *debrief_png_read_scaled (const char  *path,
                                          int          width,
                                          int          height,
                                          gboolean    *out_interlaced,
                                          GError     **error);

G_END_DECLS
