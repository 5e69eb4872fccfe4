/* debrief-glyphs-private.h — the unit shapes the glyphs and the batches share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-glyphs.h"

G_BEGIN_DECLS

#define GLYPH_CIRCLE_RADIUS   0.80  /* area 2.01 */
#define GLYPH_SQUARE_HALF     0.60  /* 0.6 of the box: logs are many, so small */
#define GLYPH_RING_RADIUS     0.96  /* of the reach left by stroke and halo */
#define GLYPH_WAVE_AMPLITUDE  0.50  /* of its half width */
#define GLYPH_GENERIC_HALF    0.75  /* halo included */

static inline double
outline_width (double size)
{
  return MAX (1.0, size / 10.0);
}

static inline double
stroke_width (double size)
{
  return size / 6.0;
}

/* Unit shapes as paths (no fill): circles and squares, the reversed ones
 * for cutting holes with the winding rule, and the solid shapes inset by
 * @inset about their inscribed circle. */
void   _debrief_glyph_path_circle          (cairo_t      *cr,
                                            double        cx,
                                            double        cy,
                                            double        r);
void   _debrief_glyph_path_circle_reversed (cairo_t      *cr,
                                            double        cx,
                                            double        cy,
                                            double        r);
void   _debrief_glyph_path_square          (cairo_t      *cr,
                                            double        cx,
                                            double        cy,
                                            double        half);
void   _debrief_glyph_path_square_reversed (cairo_t      *cr,
                                            double        cx,
                                            double        cy,
                                            double        half);
void   _debrief_glyph_path_solid           (cairo_t      *cr,
                                            DebriefGlyph  glyph,
                                            double        cx,
                                            double        cy,
                                            double        half,
                                            double        inset);
double _debrief_glyph_solid_inradius       (DebriefGlyph  glyph);
void   _debrief_glyph_path_band            (cairo_t      *cr,
                                            DebriefGlyph  glyph,
                                            double        cx,
                                            double        cy,
                                            double        outer,
                                            double        inner);
void   _debrief_glyph_band_geometry        (DebriefGlyph  glyph,
                                            double        size,
                                            double       *out_middle,
                                            double       *out_width,
                                            double       *out_halo);

G_END_DECLS
