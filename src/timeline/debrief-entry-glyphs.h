/* debrief-entry-glyphs.h — one shape per kind of perspective entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "debrief-color.h"
#include "debrief-perspective-entry.h"

G_BEGIN_DECLS

/* What a person saw, believed, expected, did or asked: shapes unlike any
 * event glyph (● ■ ▲ ◆ ▶ ★ ○ ∿ ▭), told apart in grey.
 *
 *   saw       an eye (an almond with a pupil)
 *   believed  a thought cloud
 *   expected  an hourglass
 *   did       a chevron ›
 *   asked     a question mark in a disc
 *
 * Evidence (found in artefacts) is solid, with a dark edge, like events;
 * testimony (told in the review) is the same shape in outline over a pale
 * tint: lighter, as a recollection is. */
typedef struct {
  const DebriefColor *fill;     /* the participant's colour */
  const DebriefColor *edge;     /* solid glyphs' edge: the style's glyph edge */
  const DebriefColor *line;     /* outlines, and the marks inside them: the colour, inked */
  const DebriefColor *hollow;   /* inside outlines, and the marks on solids: a pale tint */
} DebriefEntryInk;

void debrief_entry_glyph_draw (cairo_t               *cr,
                               DebriefEntryKind       kind,
                               DebriefEntryOrigin     origin,
                               double                 cx,
                               double                 cy,
                               double                 size,
                               const DebriefEntryInk *ink);

G_END_DECLS
