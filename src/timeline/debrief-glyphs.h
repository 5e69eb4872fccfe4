/* debrief-glyphs.h — one shape per event kind, on screen, on paper, in the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "debrief-color.h"

G_BEGIN_DECLS

/* Shape carries the meaning, so a chart printed in grey still reads; colour
 * (the lane's) only helps. */
typedef enum {
  DEBRIEF_GLYPH_CIRCLE,     /* chat        ● */
  DEBRIEF_GLYPH_SQUARE,     /* log         ■ (small) */
  DEBRIEF_GLYPH_TRIANGLE,   /* alert       ▲ */
  DEBRIEF_GLYPH_DIAMOND,    /* deploy      ◆ */
  DEBRIEF_GLYPH_ARROWHEAD,  /* action      ▶ */
  DEBRIEF_GLYPH_RING,       /* observation ○ */
  DEBRIEF_GLYPH_STAR,       /* decision    ★ */
  DEBRIEF_GLYPH_WAVE,       /* metric      ∿ */
  DEBRIEF_GLYPH_TAB,        /* note        ▭ */
  DEBRIEF_GLYPH_GENERIC,    /* any other kind: a small hollow square */
  DEBRIEF_N_GLYPHS
} DebriefGlyph;

/* @kind: an index into an event store's kind table (built-ins come first,
 * in DebriefEventKind order). */
DebriefGlyph debrief_glyph_for_kind (guint               kind);

/* Draws @glyph centred on (@cx, @cy) inside a box @size wide and high,
 * filled with @fill and edged with @edge (a thin outline that keeps light
 * fills visible on white). Strokes scale with @size. */
void         debrief_glyph_draw     (cairo_t            *cr,
                                     DebriefGlyph        glyph,
                                     double              cx,
                                     double              cy,
                                     double              size,
                                     const DebriefColor *fill,
                                     const DebriefColor *edge);

G_END_DECLS
