/* debrief-glyph-batch.c — many glyphs of one colour drawn together
 *
 * A lane's worth of glyphs costs a few fills instead of two per glyph:
 * the glyphs' outlines are gathered into one path per shape and filled
 * once in the edge colour and once, inset, in the fill colour. Curves and
 * strokes have filled stand-ins (16-gons, wave outlines) because cairo's
 * filler is several times faster than its stroker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-glyphs"

#include "config.h"

#include <math.h>

#include "debrief-glyph-batch.h"
#include "debrief-glyphs-private.h"

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
  double side = MAX (round (size * GLYPH_SQUARE_HALF), 2), inset = MAX (round (outline_width (size)), 1);
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

      outline_wave (&edge_outline, reach, reach * GLYPH_WAVE_AMPLITUDE, width + outline);
      outline_wave (&body_outline, reach, reach * GLYPH_WAVE_AMPLITUDE, width);
      return fill_outlines (cr, xy, n, &edge_outline, &body_outline, fill, edge);
    }

  if (glyph == DEBRIEF_GLYPH_CIRCLE)
    {
      double inset = outline_width (size);
      Outline edge_outline, body_outline;

      outline_circle (&edge_outline, half * GLYPH_CIRCLE_RADIUS);
      outline_circle (&body_outline, half * GLYPH_CIRCLE_RADIUS - inset);
      return fill_outlines (cr, xy, n, &edge_outline, &body_outline, fill, edge);
    }

  if (glyph == DEBRIEF_GLYPH_RING || glyph == DEBRIEF_GLYPH_GENERIC)
    {
      double middle, width, halo;

      _debrief_glyph_band_geometry (glyph, size, &middle, &width, &halo);
      for (guint i = 0; i < n; i++)
        _debrief_glyph_path_band (cr, glyph, xy[2 * i], xy[2 * i + 1], middle + width / 2.0 + halo, middle - width / 2.0 - halo);
      debrief_color_set_source (cr, edge);
      cairo_fill (cr);
      for (guint i = 0; i < n; i++)
        _debrief_glyph_path_band (cr, glyph, xy[2 * i], xy[2 * i + 1], middle + width / 2.0, middle - width / 2.0);
      debrief_color_set_source (cr, fill);
      cairo_fill (cr);
      return 2;
    }

  if (glyph == DEBRIEF_GLYPH_SQUARE)
    return draw_batched_squares (cr, xy, n, size, fill, edge);

  {
    double inset = outline_width (size);
    gboolean with_edge = inset < _debrief_glyph_solid_inradius (glyph) * half * (2.0 / 3.0);

    if (with_edge)
      {
        for (guint i = 0; i < n; i++)
          _debrief_glyph_path_solid (cr, glyph, xy[2 * i], xy[2 * i + 1], half, 0.0);
        debrief_color_set_source (cr, edge);
        cairo_fill (cr);
      }
    for (guint i = 0; i < n; i++)
      _debrief_glyph_path_solid (cr, glyph, xy[2 * i], xy[2 * i + 1], half, with_edge ? inset : 0.0);
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
