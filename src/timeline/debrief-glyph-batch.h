/* debrief-glyph-batch.h — many glyphs of one colour drawn together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-glyphs.h"

G_BEGIN_DECLS

/* Glyphs of one colour collected, then drawn together: a lane's worth of
 * glyphs costs a few fills instead of two per glyph. */
typedef struct {
  GArray *centres[DEBRIEF_N_GLYPHS];   /* doubles: x, y, x, y… */
} DebriefGlyphBatch;

void  debrief_glyph_batch_init  (DebriefGlyphBatch  *batch);
void  debrief_glyph_batch_clear (DebriefGlyphBatch  *batch);
void  debrief_glyph_batch_add   (DebriefGlyphBatch  *batch,
                                 DebriefGlyph        glyph,
                                 double              cx,
                                 double              cy);
guint debrief_glyph_batch_draw  (DebriefGlyphBatch  *batch,
                                 cairo_t            *cr,
                                 double              size,
                                 const DebriefColor *fill,
                                 const DebriefColor *edge);

G_END_DECLS
