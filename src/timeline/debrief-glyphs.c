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

#include "debrief-glyphs.h"

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

#define CIRCLE_RADIUS   0.80  /* area 2.01 */
#define SQUARE_HALF     0.60  /* 0.6 of the box: logs are many, so small */
#define TAB_HALF_WIDTH  0.94
#define TAB_HALF_HEIGHT 0.64
#define TAB_CUT         0.46
#define RING_RADIUS     0.96  /* of the reach left by stroke and halo */
#define WAVE_AMPLITUDE  0.50  /* of its half width */
#define GENERIC_HALF    0.75  /* halo included */

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

static void
path_circle (cairo_t *cr,
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

static void
path_square (cairo_t *cr,
             double   cx,
             double   cy,
             double   half)
{
  cairo_rectangle (cr, cx - half, cy - half, 2.0 * half, 2.0 * half);
}

/* Holes traced the other way round: under the winding rule a band is
 * outer minus hole, and overlapping bands of a batch merge instead of
 * cancelling each other out as they would under even-odd. */
static void
path_circle_reversed (cairo_t *cr,
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

static void
path_square_reversed (cairo_t *cr,
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
static double
solid_inradius (DebriefGlyph glyph)
{
  switch (glyph)
    {
    case DEBRIEF_GLYPH_CIRCLE:
      return CIRCLE_RADIUS;
    case DEBRIEF_GLYPH_SQUARE:
      return SQUARE_HALF;
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

static void
path_solid (cairo_t      *cr,
            DebriefGlyph  glyph,
            double        cx,
            double        cy,
            double        half,
            double        inset)
{
  switch (glyph)
    {
    case DEBRIEF_GLYPH_CIRCLE:
      path_circle (cr, cx, cy, half * CIRCLE_RADIUS - inset);
      break;
    case DEBRIEF_GLYPH_SQUARE:
      path_square (cr, cx, cy, half * SQUARE_HALF - inset);
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
  if (edge != NULL && inset < solid_inradius (glyph) * half * (2.0 / 3.0))
    {
      path_solid (cr, glyph, cx, cy, half, 0.0);
      if (fill->alpha < 1.0)
        {
          path_solid (cr, glyph, cx, cy, half, inset);
          cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
        }
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
    }
  else
    inset = 0.0;

  path_solid (cr, glyph, cx, cy, half, inset);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
}

/* The ring and the hollow square look stroked, but are bands: between
 * @outer and @inner. */
static void
path_band (cairo_t      *cr,
           DebriefGlyph  glyph,
           double        cx,
           double        cy,
           double        outer,
           double        inner)
{
  if (glyph == DEBRIEF_GLYPH_RING)
    {
      path_circle (cr, cx, cy, outer);
      path_circle (cr, cx, cy, inner);
    }
  else
    {
      path_square (cr, cx, cy, outer);
      path_square (cr, cx, cy, inner);
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
  double halo = outline_width (size) / 2.0;
  double width, middle;

  if (glyph == DEBRIEF_GLYPH_RING)
    {
      width = stroke_width (size);
      middle = (size / 2.0 - width / 2.0 - halo) * RING_RADIUS;
    }
  else
    {
      /* Thinner than the built-ins' lines, so its hole stays open: filled
       * in, it would pass for a log. */
      width = size / 8.0;
      middle = size / 2.0 * GENERIC_HALF - width / 2.0 - halo;
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (edge != NULL)
    {
      path_band (cr, glyph, cx, cy, middle + width / 2.0 + halo, middle - width / 2.0 - halo);
      if (fill->alpha < 1.0)
        path_band (cr, glyph, cx, cy, middle + width / 2.0, middle - width / 2.0);
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
    }
  path_band (cr, glyph, cx, cy, middle + width / 2.0, middle - width / 2.0);
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

  path_wave (cr, cx, cy, reach, reach * WAVE_AMPLITUDE);
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

/* ---- batches ----------------------------------------------------------------- */

/* The band of a ring or hollow square as one winding sub-path pair. */
static void
path_band_winding (cairo_t      *cr,
                   DebriefGlyph  glyph,
                   double        cx,
                   double        cy,
                   double        outer,
                   double        inner)
{
  if (glyph == DEBRIEF_GLYPH_RING)
    {
      path_circle (cr, cx, cy, outer);
      path_circle_reversed (cr, cx, cy, inner);
    }
  else
    {
      path_square (cr, cx, cy, outer);
      path_square_reversed (cr, cx, cy, inner);
    }
}

static void
band_geometry (DebriefGlyph  glyph,
               double        size,
               double       *out_middle,
               double       *out_width,
               double       *out_halo)
{
  *out_halo = outline_width (size) / 2.0;
  if (glyph == DEBRIEF_GLYPH_RING)
    {
      *out_width = stroke_width (size);
      *out_middle = (size / 2.0 - *out_width / 2.0 - *out_halo) * RING_RADIUS;
    }
  else
    {
      *out_width = size / 8.0;
      *out_middle = size / 2.0 * GENERIC_HALF - *out_width / 2.0 - *out_halo;
    }
}

void
debrief_glyph_batch_init (DebriefGlyphBatch *batch)
{
  for (guint i = 0; i < DEBRIEF_N_GLYPHS; i++)
    batch->centres[i] = g_array_new (FALSE, FALSE, sizeof (double));
}

void
debrief_glyph_batch_clear (DebriefGlyphBatch *batch)
{
  for (guint i = 0; i < DEBRIEF_N_GLYPHS; i++)
    g_clear_pointer (&batch->centres[i], g_array_unref);
}

void
debrief_glyph_batch_add (DebriefGlyphBatch *batch,
                         DebriefGlyph       glyph,
                         double             cx,
                         double             cy)
{
  double centre[2] = { cx, cy };

  g_array_append_vals (batch->centres[glyph], centre, 2);
}

/* ---- filled stand-ins for curves and strokes, for batches ----------------- */

#define OUTLINE_MAX 80

typedef struct {
  double x[OUTLINE_MAX];
  double y[OUTLINE_MAX];
  guint  n;
} Outline;

static void
outline_add (Outline *outline,
             double   x,
             double   y)
{
  if (outline->n < OUTLINE_MAX)
    {
      outline->x[outline->n] = x;
      outline->y[outline->n] = y;
      outline->n++;
    }
}

/* A circle of radius @r as a 16-gon: at glyph sizes the same to the eye,
 * and a handful of edges for cairo instead of four flattened curves. */
static void
outline_circle (Outline *outline,
                double   r)
{
  outline->n = 0;
  for (guint i = 0; i < 16; i++)
    outline_add (outline, r * cos (i * G_PI / 8), r * sin (i * G_PI / 8));
}

/* The area a stroke of @width along one period of −sin covers, with round
 * ends: the same shape the single-glyph path strokes, as a polygon, so a
 * batch of waves is filled rather than stroked (cairo's stroker being the
 * slowest thing it does). */
static void
outline_wave (Outline *outline,
              double   half_width,
              double   amplitude,
              double   width)
{
  const guint steps = 16;
  double px[17], py[17], nx[17], ny[17];

  outline->n = 0;
  for (guint i = 0; i <= steps; i++)
    {
      double t = -1.0 + 2.0 * i / steps;
      double dx = 1.0, dy = -amplitude / half_width * G_PI * cos (G_PI * t);
      double length = sqrt (dx * dx + dy * dy);

      px[i] = t * half_width;
      py[i] = -amplitude * sin (G_PI * t);
      nx[i] = -dy / length * width / 2;
      ny[i] = dx / length * width / 2;
    }
  for (guint i = 0; i <= steps; i++)
    outline_add (outline, px[i] + nx[i], py[i] + ny[i]);
  for (guint i = 1; i < 8; i++)   /* the round end on the right */
    {
      double angle = atan2 (ny[steps], nx[steps]) - i * G_PI / 8;

      outline_add (outline, px[steps] + cos (angle) * width / 2, py[steps] + sin (angle) * width / 2);
    }
  for (guint i = steps + 1; i-- > 0;)
    outline_add (outline, px[i] - nx[i], py[i] - ny[i]);
  for (guint i = 1; i < 8; i++)   /* and on the left */
    {
      double angle = atan2 (-ny[0], -nx[0]) - i * G_PI / 8;

      outline_add (outline, px[0] + cos (angle) * width / 2, py[0] + sin (angle) * width / 2);
    }
}

static void
path_outline (cairo_t       *cr,
              const Outline *outline,
              double         cx,
              double         cy)
{
  cairo_move_to (cr, cx + outline->x[0], cy + outline->y[0]);
  for (guint i = 1; i < outline->n; i++)
    cairo_line_to (cr, cx + outline->x[i], cy + outline->y[i]);
  cairo_close_path (cr);
}

static guint
fill_outlines (cairo_t            *cr,
               const double       *xy,
               guint               n,
               const Outline      *edge_outline,
               const Outline      *body_outline,
               const DebriefColor *fill,
               const DebriefColor *edge)
{
  for (guint i = 0; i < n; i++)
    path_outline (cr, edge_outline, xy[2 * i], xy[2 * i + 1]);
  debrief_color_set_source (cr, edge);
  cairo_fill (cr);
  for (guint i = 0; i < n; i++)
    path_outline (cr, body_outline, xy[2 * i], xy[2 * i + 1]);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
  return 2;
}

/* Log squares, the commonest glyph of a busy review, on whole pixels:
 * cairo fills aligned boxes without building coverage masks. */
static guint
draw_batched_squares (cairo_t            *cr,
                      const double       *xy,
                      guint               n,
                      double              size,
                      const DebriefColor *fill,
                      const DebriefColor *edge)
{
  double side = MAX (round (size * SQUARE_HALF), 2), inset = MAX (round (outline_width (size)), 1);
  gboolean with_edge = side > 2 * inset + 1;

  for (guint i = 0; i < n; i++)
    cairo_rectangle (cr, round (xy[2 * i] - side / 2), round (xy[2 * i + 1] - side / 2), side, side);
  debrief_color_set_source (cr, with_edge ? edge : fill);
  cairo_fill (cr);
  if (!with_edge)
    return 1;
  for (guint i = 0; i < n; i++)
    cairo_rectangle (cr, round (xy[2 * i] - side / 2) + inset, round (xy[2 * i + 1] - side / 2) + inset,
                     side - 2 * inset, side - 2 * inset);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
  return 2;
}

/* One glyph shape, every centre: an edge pass and a body pass. */
static guint
draw_batched_shape (cairo_t            *cr,
                    DebriefGlyph        glyph,
                    GArray             *centres,
                    double              size,
                    const DebriefColor *fill,
                    const DebriefColor *edge)
{
  const double *xy = (const double *) centres->data;
  guint n = centres->len / 2;
  double half = size / 2.0;

  if (glyph == DEBRIEF_GLYPH_WAVE)
    {
      double width = stroke_width (size), outline = outline_width (size);
      double reach = size / 2.0 - width / 2.0 - outline / 2.0;
      Outline edge_outline, body_outline;

      outline_wave (&edge_outline, reach, reach * WAVE_AMPLITUDE, width + outline);
      outline_wave (&body_outline, reach, reach * WAVE_AMPLITUDE, width);
      return fill_outlines (cr, xy, n, &edge_outline, &body_outline, fill, edge);
    }

  if (glyph == DEBRIEF_GLYPH_CIRCLE)
    {
      double inset = outline_width (size);
      Outline edge_outline, body_outline;

      outline_circle (&edge_outline, half * CIRCLE_RADIUS);
      outline_circle (&body_outline, half * CIRCLE_RADIUS - inset);
      return fill_outlines (cr, xy, n, &edge_outline, &body_outline, fill, edge);
    }

  if (glyph == DEBRIEF_GLYPH_RING || glyph == DEBRIEF_GLYPH_GENERIC)
    {
      double middle, width, halo;

      band_geometry (glyph, size, &middle, &width, &halo);
      for (guint i = 0; i < n; i++)
        path_band_winding (cr, glyph, xy[2 * i], xy[2 * i + 1], middle + width / 2.0 + halo, middle - width / 2.0 - halo);
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
      for (guint i = 0; i < n; i++)
        path_band_winding (cr, glyph, xy[2 * i], xy[2 * i + 1], middle + width / 2.0, middle - width / 2.0);
      debrief_color_set_source (cr, fill);
      cairo_fill (cr);
      return 2;
    }

  if (glyph == DEBRIEF_GLYPH_SQUARE)
    return draw_batched_squares (cr, xy, n, size, fill, edge);

  {
    double inset = outline_width (size);
    gboolean with_edge = inset < solid_inradius (glyph) * half * (2.0 / 3.0);

    if (with_edge)
      {
        for (guint i = 0; i < n; i++)
          path_solid (cr, glyph, xy[2 * i], xy[2 * i + 1], half, 0.0);
        debrief_color_set_source (cr, edge);
        cairo_fill (cr);
      }
    for (guint i = 0; i < n; i++)
      path_solid (cr, glyph, xy[2 * i], xy[2 * i + 1], half, with_edge ? inset : 0.0);
    debrief_color_set_source (cr, fill);
    cairo_fill (cr);
    return with_edge ? 2 : 1;
  }
}

/**
 * debrief_glyph_batch_draw:
 * @fill: opaque (a batch draws each glyph's edge under its body, which a
 *   translucent fill would show)
 *
 * Draws every glyph added since the last draw, a few fills per shape
 * rather than two per glyph, and empties the batch. Glyphs of a batch may
 * overlap: their edges then lie under every body, as when drawn one by one
 * in an order where later ones sit on top.
 *
 * Returns: the number of fills and strokes made
 */
guint
debrief_glyph_batch_draw (DebriefGlyphBatch  *batch,
                          cairo_t            *cr,
                          double              size,
                          const DebriefColor *fill,
                          const DebriefColor *edge)
{
  guint primitives = 0;

  g_return_val_if_fail (fill != NULL && edge != NULL, 0);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  /* A quarter pixel is exact enough for shapes this small; and cairo's
   * faster scan converter is indistinguishable at glyph sizes (compared
   * side by side at 3×) while a busy frame's glyphs take a quarter less.
   * Vector surfaces (print, PDF, SVG) ignore both. */
  cairo_set_tolerance (cr, 0.25);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    {
      if (batch->centres[glyph]->len == 0)
        continue;
      primitives += draw_batched_shape (cr, glyph, batch->centres[glyph], size, fill, edge);
      g_array_set_size (batch->centres[glyph], 0);
    }
  cairo_restore (cr);
  return primitives;
}
