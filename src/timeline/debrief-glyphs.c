/* debrief-glyphs.c — one shape per event kind, on screen, on paper, in the legend
 *
 * A busy review draws tens of thousands of glyphs a frame, so a glyph is a
 * few path calls on precomputed unit shapes: no allocation, no trigonometry
 * (even the circle is four Béziers rather than cairo_arc ()), and no
 * stroking where a fill will do, cairo's stroker being several times
 * slower than its filler. So the edge of a solid shape is not a stroke: the
 * shape is filled in the edge colour, then again in the fill colour, inset
 * by the outline's width. The polygons are tangential (each has an inscribed
 * circle), so the inset is the same polygon scaled about that circle's
 * centre; the note's tab is inset by hand.
 * The ring and the hollow square, which look stroked, are filled bands.
 *
 * Shapes are in units of half the box, so the ink stays in the box. The
 * solid shapes' sizes were tuned by eye, and are held by the tests, so the
 * circle, triangle, diamond, arrowhead and star carry about the same ink:
 * the pointed ones reach further to make up for their thin tips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-glyphs"

#include "config.h"

#include <math.h>

#include "debrief-glyphs-private.h"

typedef struct {
  double x;
  double y;
} UnitPoint;

/* A convex or star polygon with an inscribed circle (every side touches it). */
typedef struct {
  const UnitPoint *points;
  guint            n_points;
  UnitPoint        incentre;
  double           inradius;
} UnitPolygon;

/* In DebriefEventKind order (debrief-event-kind.h); later kinds are
 * custom ones. */
static const DebriefGlyph builtin_kind_glyphs[] = {
  DEBRIEF_GLYPH_CIRCLE,     /* chat */
  DEBRIEF_GLYPH_SQUARE,     /* log */
  DEBRIEF_GLYPH_TRIANGLE,   /* alert */
  DEBRIEF_GLYPH_DIAMOND,    /* deploy */
  DEBRIEF_GLYPH_ARROWHEAD,  /* action */
  DEBRIEF_GLYPH_RING,       /* observation */
  DEBRIEF_GLYPH_STAR,       /* decision */
  DEBRIEF_GLYPH_WAVE,       /* metric */
  DEBRIEF_GLYPH_TAB,        /* note */
};

#define TAB_HALF_WIDTH  0.94
#define TAB_HALF_HEIGHT 0.64
#define TAB_CUT         0.46

/* The polygons below were generated from their vertices (the incentre and
 * inradius with them); areas are in square half-boxes. */

/* Point up, area 1.81. Boxes are centred rather than centroids, so the time
 * axis runs through the middle of every glyph alike. */
static const UnitPoint triangle_points[] = {
  { 0.000000, -0.940000 }, { 0.960000, 0.940000 },
  { -0.960000, 0.940000 },
};
static const UnitPolygon triangle = {
  triangle_points, G_N_ELEMENTS (triangle_points), { 0.000000, 0.352294 }, 0.587706
};

/* ▶, the way time goes; area 1.76. */
static const UnitPoint arrowhead_points[] = {
  { -0.880000, -0.980000 }, { 0.920000, 0.000000 },
  { -0.880000, 0.980000 },
};
static const UnitPolygon arrowhead = {
  arrowhead_points, G_N_ELEMENTS (arrowhead_points), { -0.297723, 0.000000 }, 0.582277
};

/* Area 1.68. */
static const UnitPoint diamond_points[] = {
  { 0.000000, -1.000000 }, { 0.840000, 0.000000 },
  { 0.000000, 1.000000 }, { -0.840000, 0.000000 },
};
static const UnitPolygon diamond = {
  diamond_points, G_N_ELEMENTS (diamond_points), { 0.000000, 0.000000 }, 0.643192
};

/* Points at radius 1.05, notches at half that (plumper than a regular
 * star's 0.38, to read when small), moved down 0.10 to centre its box;
 * area 1.62. */
static const UnitPoint star_points[] = {
  { 0.000000, -0.949734 }, { 0.308587, -0.324468 },
  { 0.998609, -0.224202 }, { 0.499305, 0.262500 },
  { 0.617175, 0.949734 }, { 0.000000, 0.625266 },
  { -0.617175, 0.949734 }, { -0.499305, 0.262500 },
  { -0.998609, -0.224202 }, { -0.308587, -0.324468 },
};
static const UnitPolygon star = {
  star_points, G_N_ELEMENTS (star_points), { 0.000000, 0.100266 }, 0.464694
};

/* One period of −sin from x = −1 to 1, as four cubic Béziers (control,
 * control, end) fitted to each quarter; the wave starts at (−1, 0). */
static const UnitPoint wave[12] = {
  { -0.836934, -0.512287 }, { -0.680954, -1.0 }, { -0.5, -1.0 },
  { -0.319046, -1.0 }, { -0.163066, -0.512287 }, { 0.0, 0.0 },
  { 0.163066, 0.512287 }, { 0.319046, 1.0 }, { 0.5, 1.0 },
  { 0.680954, 1.0 }, { 0.836934, 0.512287 }, { 1.0, 0.0 },
};

/* A quarter circle's Bézier control distance. */
#define KAPPA 0.5522847498

/* √2 − 1: how much further along its sides a 45° cut moves when inset. */
#define CUT_INSET 0.414214

DebriefGlyph
debrief_glyph_for_kind (guint kind)
{
  if (kind < G_N_ELEMENTS (builtin_kind_glyphs))
    return builtin_kind_glyphs[kind];
  return DEBRIEF_GLYPH_GENERIC;
}

/* The edge: a yellow mark still shows on white paper. */
/* @polygon at @half, its sides moved in by @inset. */
static void
path_polygon (cairo_t           *cr,
              const UnitPolygon *polygon,
              double             cx,
              double             cy,
              double             half,
              double             inset)
{
  double scale = half - inset / polygon->inradius;
  double ix = cx + polygon->incentre.x * half, iy = cy + polygon->incentre.y * half;

  cairo_move_to (cr, ix + (polygon->points[0].x - polygon->incentre.x) * scale,
                 iy + (polygon->points[0].y - polygon->incentre.y) * scale);
  for (guint i = 1; i < polygon->n_points; i++)
    cairo_line_to (cr, ix + (polygon->points[i].x - polygon->incentre.x) * scale,
                   iy + (polygon->points[i].y - polygon->incentre.y) * scale);
  cairo_close_path (cr);
}

void
_debrief_glyph_path_circle (cairo_t *cr,
             double   cx,
             double   cy,
             double   r)
{
  double k = r * KAPPA;

  cairo_move_to (cr, cx + r, cy);
  cairo_curve_to (cr, cx + r, cy + k, cx + k, cy + r, cx, cy + r);
  cairo_curve_to (cr, cx - k, cy + r, cx - r, cy + k, cx - r, cy);
  cairo_curve_to (cr, cx - r, cy - k, cx - k, cy - r, cx, cy - r);
  cairo_curve_to (cr, cx + k, cy - r, cx + r, cy - k, cx + r, cy);
  cairo_close_path (cr);
}

void
_debrief_glyph_path_square (cairo_t *cr,
             double   cx,
             double   cy,
             double   half)
{
  cairo_rectangle (cr, cx - half, cy - half, 2.0 * half, 2.0 * half);
}

/* Holes traced the other way round: under the winding rule a band is
 * outer minus hole, and overlapping bands of a batch merge instead of
 * cancelling each other out as they would under even-odd. */
void
_debrief_glyph_path_circle_reversed (cairo_t *cr,
                      double   cx,
                      double   cy,
                      double   r)
{
  double k = r * KAPPA;

  cairo_move_to (cr, cx + r, cy);
  cairo_curve_to (cr, cx + r, cy - k, cx + k, cy - r, cx, cy - r);
  cairo_curve_to (cr, cx - k, cy - r, cx - r, cy - k, cx - r, cy);
  cairo_curve_to (cr, cx - r, cy + k, cx - k, cy + r, cx, cy + r);
  cairo_curve_to (cr, cx + k, cy + r, cx + r, cy + k, cx + r, cy);
  cairo_close_path (cr);
}

void
_debrief_glyph_path_square_reversed (cairo_t *cr,
                      double   cx,
                      double   cy,
                      double   half)
{
  cairo_move_to (cr, cx - half, cy - half);
  cairo_line_to (cr, cx - half, cy + half);
  cairo_line_to (cr, cx + half, cy + half);
  cairo_line_to (cr, cx + half, cy - half);
  cairo_close_path (cr);
}

/* A note card, its top right corner cut off at 45°. */
static void
path_tab (cairo_t *cr,
          double   cx,
          double   cy,
          double   half,
          double   inset)
{
  double w = half * TAB_HALF_WIDTH - inset, h = half * TAB_HALF_HEIGHT - inset;
  double cut = half * TAB_CUT - inset * CUT_INSET;

  cairo_move_to (cr, cx - w, cy - h);
  cairo_line_to (cr, cx + w - cut, cy - h);
  cairo_line_to (cr, cx + w, cy - h + cut);
  cairo_line_to (cr, cx + w, cy + h);
  cairo_line_to (cr, cx - w, cy + h);
  cairo_close_path (cr);
}

static void
path_wave (cairo_t *cr,
           double   cx,
           double   cy,
           double   half_width,
           double   amplitude)
{
  cairo_move_to (cr, cx - half_width, cy);
  for (guint i = 0; i < G_N_ELEMENTS (wave); i += 3)
    cairo_curve_to (cr,
                    cx + wave[i].x * half_width, cy + wave[i].y * amplitude,
                    cx + wave[i + 1].x * half_width, cy + wave[i + 1].y * amplitude,
                    cx + wave[i + 2].x * half_width, cy + wave[i + 2].y * amplitude);
}

/* In half boxes: how far in the outline can go before nothing is left. */
double
_debrief_glyph_solid_inradius (DebriefGlyph glyph)
{
  switch (glyph)
    {
    case DEBRIEF_GLYPH_CIRCLE:
      return GLYPH_CIRCLE_RADIUS;
    case DEBRIEF_GLYPH_SQUARE:
      return GLYPH_SQUARE_HALF;
    case DEBRIEF_GLYPH_TRIANGLE:
      return triangle.inradius;
    case DEBRIEF_GLYPH_DIAMOND:
      return diamond.inradius;
    case DEBRIEF_GLYPH_ARROWHEAD:
      return arrowhead.inradius;
    case DEBRIEF_GLYPH_STAR:
      return star.inradius;
    case DEBRIEF_GLYPH_TAB:
      return TAB_HALF_HEIGHT;
    case DEBRIEF_GLYPH_RING:
    case DEBRIEF_GLYPH_WAVE:
    case DEBRIEF_GLYPH_GENERIC:
    case DEBRIEF_N_GLYPHS:
    default:
      g_assert_not_reached ();
    }
}

void
_debrief_glyph_path_solid (cairo_t      *cr,
            DebriefGlyph  glyph,
            double        cx,
            double        cy,
            double        half,
            double        inset)
{
  switch (glyph)
    {
    case DEBRIEF_GLYPH_CIRCLE:
      _debrief_glyph_path_circle (cr, cx, cy, half * GLYPH_CIRCLE_RADIUS - inset);
      break;
    case DEBRIEF_GLYPH_SQUARE:
      _debrief_glyph_path_square (cr, cx, cy, half * GLYPH_SQUARE_HALF - inset);
      break;
    case DEBRIEF_GLYPH_TRIANGLE:
      path_polygon (cr, &triangle, cx, cy, half, inset);
      break;
    case DEBRIEF_GLYPH_DIAMOND:
      path_polygon (cr, &diamond, cx, cy, half, inset);
      break;
    case DEBRIEF_GLYPH_ARROWHEAD:
      path_polygon (cr, &arrowhead, cx, cy, half, inset);
      break;
    case DEBRIEF_GLYPH_STAR:
      path_polygon (cr, &star, cx, cy, half, inset);
      break;
    case DEBRIEF_GLYPH_TAB:
      path_tab (cr, cx, cy, half, inset);
      break;
    case DEBRIEF_GLYPH_RING:
    case DEBRIEF_GLYPH_WAVE:
    case DEBRIEF_GLYPH_GENERIC:
    case DEBRIEF_N_GLYPHS:
    default:
      g_assert_not_reached ();
    }
}

/* The edge goes under an opaque fill, so no background shows through the
 * antialiased seam between them; under a translucent fill it would show, so
 * there the edge is only the band around the fill. */
static void
draw_solid (cairo_t            *cr,
            DebriefGlyph        glyph,
            double              cx,
            double              cy,
            double              size,
            const DebriefColor *fill,
            const DebriefColor *edge)
{
  double half = size / 2.0, inset = outline_width (size);

  /* Tiny (a star under 7 px, a triangle under 6), a glyph would be all
   * outline: its colour is worth more. */
  if (edge != NULL && inset < _debrief_glyph_solid_inradius (glyph) * half * (2.0 / 3.0))
    {
      _debrief_glyph_path_solid (cr, glyph, cx, cy, half, 0.0);
      if (fill->alpha < 1.0)
        {
          _debrief_glyph_path_solid (cr, glyph, cx, cy, half, inset);
          cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
        }
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
    }
  else
    inset = 0.0;

  _debrief_glyph_path_solid (cr, glyph, cx, cy, half, inset);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
}

/* The ring and the hollow square look stroked, but are bands: between
 * @outer and @inner. The inner edge runs the other way, so the hole stays
 * open under either fill rule (batches fill with WINDING). */
void
_debrief_glyph_path_band (cairo_t      *cr,
                          DebriefGlyph  glyph,
                          double        cx,
                          double        cy,
                          double        outer,
                          double        inner)
{
  if (glyph == DEBRIEF_GLYPH_RING)
    {
      _debrief_glyph_path_circle (cr, cx, cy, outer);
      _debrief_glyph_path_circle_reversed (cr, cx, cy, inner);
    }
  else
    {
      _debrief_glyph_path_square (cr, cx, cy, outer);
      _debrief_glyph_path_square_reversed (cr, cx, cy, inner);
    }
}

/* Where the band's line runs (@out_middle), how wide it is, and the halo
 * of edge colour either side. */
void
_debrief_glyph_band_geometry (DebriefGlyph  glyph,
                              double        size,
                              double       *out_middle,
                              double       *out_width,
                              double       *out_halo)
{
  *out_halo = outline_width (size) / 2.0;
  if (glyph == DEBRIEF_GLYPH_RING)
    {
      *out_width = stroke_width (size);
      *out_middle = (size / 2.0 - *out_width / 2.0 - *out_halo) * GLYPH_RING_RADIUS;
    }
  else
    {
      /* Thinner than the built-ins' lines, so its hole stays open: filled
       * in, it would pass for a log. */
      *out_width = size / 8.0;
      *out_middle = size / 2.0 * GLYPH_GENERIC_HALF - *out_width / 2.0 - *out_halo;
    }
}

/* A halo of the edge colour either side of the line, so it reads on any
 * background; under the line where the fill is opaque, as for solids. */
static void
draw_band (cairo_t            *cr,
           DebriefGlyph        glyph,
           double              cx,
           double              cy,
           double              size,
           const DebriefColor *fill,
           const DebriefColor *edge)
{
  double halo, width, middle;

  _debrief_glyph_band_geometry (glyph, size, &middle, &width, &halo);
  /* EVEN_ODD: under a translucent fill the halo must not cover the line. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (edge != NULL)
    {
      _debrief_glyph_path_band (cr, glyph, cx, cy, middle + width / 2.0 + halo, middle - width / 2.0 - halo);
      if (fill->alpha < 1.0)
        _debrief_glyph_path_band (cr, glyph, cx, cy, middle + width / 2.0, middle - width / 2.0);
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
    }
  _debrief_glyph_path_band (cr, glyph, cx, cy, middle + width / 2.0, middle - width / 2.0);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
}

/* The only stroke: round caps are what make the wave read as a line. */
static void
draw_wave (cairo_t            *cr,
           double              cx,
           double              cy,
           double              size,
           const DebriefColor *fill,
           const DebriefColor *edge)
{
  double width = stroke_width (size), outline = outline_width (size);
  double reach = size / 2.0 - width / 2.0 - outline / 2.0;

  path_wave (cr, cx, cy, reach, reach * GLYPH_WAVE_AMPLITUDE);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (edge != NULL)
    {
      cairo_set_line_width (cr, width + outline);
      debrief_color_set_source (cr, edge);
      cairo_stroke_preserve (cr);
    }
  cairo_set_line_width (cr, width);
  debrief_color_set_source (cr, fill);
  cairo_stroke (cr);
}

/* cairo_save () keeps the caller's source, line width, caps and fill rule,
 * but not the path; a path the caller left half-built (rare) is set aside
 * and put back, the only case that allocates. */
void
debrief_glyph_draw (cairo_t            *cr,
                    DebriefGlyph        glyph,
                    double              cx,
                    double              cy,
                    double              size,
                    const DebriefColor *fill,
                    const DebriefColor *edge)
{
  cairo_path_t *callers_path = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail ((guint) glyph < DEBRIEF_N_GLYPHS);
  g_return_if_fail (fill != NULL);

  if (!(size > 0.0))
    return;

  if (G_UNLIKELY (cairo_has_current_point (cr)))
    {
      callers_path = cairo_copy_path (cr);
      cairo_new_path (cr);
    }

  cairo_save (cr);
  switch (glyph)
    {
    case DEBRIEF_GLYPH_RING:
    case DEBRIEF_GLYPH_GENERIC:
      draw_band (cr, glyph, cx, cy, size, fill, edge);
      break;
    case DEBRIEF_GLYPH_WAVE:
      draw_wave (cr, cx, cy, size, fill, edge);
      break;
    case DEBRIEF_GLYPH_CIRCLE:
    case DEBRIEF_GLYPH_SQUARE:
    case DEBRIEF_GLYPH_TRIANGLE:
    case DEBRIEF_GLYPH_DIAMOND:
    case DEBRIEF_GLYPH_ARROWHEAD:
    case DEBRIEF_GLYPH_STAR:
    case DEBRIEF_GLYPH_TAB:
    case DEBRIEF_N_GLYPHS:
    default:
      draw_solid (cr, glyph, cx, cy, size, fill, edge);
      break;
    }
  cairo_restore (cr);

  if (G_UNLIKELY (callers_path != NULL))
    {
      cairo_append_path (cr, callers_path);
      cairo_path_destroy (callers_path);
    }
}
