/* debrief-png-strips.h — a large picture drawn and encoded a strip at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Draws the whole picture onto @cr, in the picture's own pixels (0, 0 at
 * its top left). The writer calls it once per strip, with @cr translated
 * and clipped to the strip: anything outside costs only its culling. */
typedef void (*DebriefPngDrawFunc) (cairo_t  *cr,
                                    gpointer  user_data);

/* How the PNG is made. Zero in every field means the defaults, which were
 * measured on a 10,000 px wide chart (see docs/ARCHITECTURE.md). */
typedef struct {
  int strip_height;   /* pixel rows drawn at a time */
  int level;          /* zlib level, 1–9; 0: the default */
  int filter;         /* a PNG_FILTER_* mask of libpng; 0: the default */
  int strategy;       /* zlib's Z_FILTERED, Z_RLE…; 0: the default */
  int buffers;        /* strips in flight, 1 or 2: with 1, drawing and
                       * encoding take turns; 0: the default (2) */
} DebriefPngTuning;

/* Writes the @width × @height picture @draw draws to @stream as a PNG,
 * holding one strip of pixels at a time. @opaque: the picture paints an
 * opaque background under everything, so it is drawn on RGB24 strips and
 * the PNG is RGB; otherwise ARGB32 and RGBA, un-premultiplied as
 * cairo_surface_write_to_png() does. */
gboolean debrief_png_write_strips        (int                      width,
                                          int                      height,
                                          gboolean                 opaque,
                                          DebriefPngDrawFunc       draw,
                                          gpointer                 user_data,
                                          GOutputStream           *stream,
                                          GError                 **error);
gboolean debrief_png_write_strips_tuned  (int                      width,
                                          int                      height,
                                          gboolean                 opaque,
                                          DebriefPngDrawFunc       draw,
                                          gpointer                 user_data,
                                          const DebriefPngTuning  *tuning,
                                          GOutputStream           *stream,
                                          GError                 **error);

G_END_DECLS
