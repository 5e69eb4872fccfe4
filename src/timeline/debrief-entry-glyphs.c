/* debrief-entry-glyphs.c — one shape per kind of perspective entry
 *
 * Event glyphs are drawn by the ten thousand, so they avoid strokes and
 * arcs (debrief-glyphs.c). Entries are drawn by the dozen, so these shapes
 * are plain cairo paths, filled and stroked. Each is a single outline in
 * units of half its box (so the ink stays in the box), drawn smaller by
 * half its stroke, so the stroke stays in the box too.
 *
 * The shapes avoid the event glyphs' silhouettes: the eye is wide and low
 * where the chat circle is round, the cloud has a bumpy top and a flat
 * base, the hourglass is a diamond turned inside out, the chevron is an
 * arrowhead with a notch, and the question's disc carries its "?".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-glyphs"

#include "config.h"

#include <math.h>

#include "debrief-entry-glyphs.h"

typedef struct {
  double x;
  double y;
  double r;
} Circle;

/* The eye: two arcs meeting at (±1, 0), 0.62 high. Each arc's centre is
 * ALMOND_C on the far side of the axis; its radius reaches the tips. */
#define ALMOND_HEIGHT 0.62
#define ALMOND_C      ((1.0 - ALMOND_HEIGHT * ALMOND_HEIGHT) / (2.0 * ALMOND_HEIGHT))
#define ALMOND_R      (ALMOND_HEIGHT + ALMOND_C)
#define PUPIL_R       0.32

/* The cloud: three bumps on a flat base, centred in the box. */
static const Circle cloud[3] = {
  { -0.52, 0.25, 0.44 }, { 0.0, -0.09, 0.60 }, { 0.52, 0.25, 0.44 },
};
#define CLOUD_BASE 0.69

/* The chevron ›: its two arms are parallel-sided. */
static const double chevron[][2] = {
  { -0.85, -0.95 }, { 0.05, -0.95 }, { 0.90, 0.0 }, { 0.05, 0.95 }, { -0.85, 0.95 }, { 0.0, 0.0 },
};

/* ---- outlines ------------------------------------------------------------------ */

static void
path_eye (cairo_t *cr,
          double   cx,
          double   cy,
          double   h)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy + ALMOND_C * h, ALMOND_R * h, atan2 (-ALMOND_C, -1.0), atan2 (-ALMOND_C, 1.0));
  cairo_arc (cr, cx, cy - ALMOND_C * h, ALMOND_R * h, atan2 (ALMOND_C, 1.0), atan2 (ALMOND_C, -1.0));
  cairo_close_path (cr);
}

/* The upper of the two points where circles @a and @b cross. */
static void
upper_crossing (const Circle *a,
                const Circle *b,
                double       *out_x,
                double       *out_y)
{
  double dx = b->x - a->x, dy = b->y - a->y, d = hypot (dx, dy);
  double along = (a->r * a->r - b->r * b->r + d * d) / (2.0 * d);
  double across = sqrt (MAX (a->r * a->r - along * along, 0.0));
  double mx = a->x + along * dx / d, my = a->y + along * dy / d;
  double x1 = mx - across * dy / d, y1 = my + across * dx / d;
  double x2 = mx + across * dy / d, y2 = my - across * dx / d;

  *out_x = y1 < y2 ? x1 : x2;
  *out_y = y1 < y2 ? y1 : y2;
}

/* Left bump from its bottom, over the top bump, down the right bump, and
 * back along the base: one outline, so its stroke is the cloud's edge and
 * not the circles' overlaps. */
static void
path_cloud (cairo_t *cr,
            double   cx,
            double   cy,
            double   h)
{
  double x1, y1, x2, y2;

  upper_crossing (&cloud[0], &cloud[1], &x1, &y1);
  upper_crossing (&cloud[1], &cloud[2], &x2, &y2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx + cloud[0].x * h, cy + cloud[0].y * h, cloud[0].r * h,
             G_PI / 2, atan2 (y1 - cloud[0].y, x1 - cloud[0].x));
  cairo_arc (cr, cx + cloud[1].x * h, cy + cloud[1].y * h, cloud[1].r * h,
             atan2 (y1 - cloud[1].y, x1 - cloud[1].x), atan2 (y2 - cloud[1].y, x2 - cloud[1].x));
  cairo_arc (cr, cx + cloud[2].x * h, cy + cloud[2].y * h, cloud[2].r * h,
             atan2 (y2 - cloud[2].y, x2 - cloud[2].x), G_PI / 2);
  cairo_line_to (cr, cx + cloud[0].x * h, cy + CLOUD_BASE * h);
  cairo_close_path (cr);
}

/* Two triangles meeting at their tips. */
static void
path_hourglass (cairo_t *cr,
                double   cx,
                double   cy,
                double   h)
{
  for (int side = -1; side <= 1; side += 2)
    {
      cairo_move_to (cr, cx - 0.80 * h, cy + side * 0.95 * h);
      cairo_line_to (cr, cx + 0.80 * h, cy + side * 0.95 * h);
      cairo_line_to (cr, cx, cy);
      cairo_close_path (cr);
    }
}

static void
path_chevron (cairo_t *cr,
              double   cx,
              double   cy,
              double   h)
{
  cairo_move_to (cr, cx + chevron[0][0] * h, cy + chevron[0][1] * h);
  for (guint i = 1; i < G_N_ELEMENTS (chevron); i++)
    cairo_line_to (cr, cx + chevron[i][0] * h, cy + chevron[i][1] * h);
  cairo_close_path (cr);
}

static void
path_outline (cairo_t          *cr,
              DebriefEntryKind  kind,
              double            cx,
              double            cy,
              double            h)
{
  switch (kind)
    {
    case DEBRIEF_ENTRY_KIND_SAW:
      path_eye (cr, cx, cy, h);
      break;
    case DEBRIEF_ENTRY_KIND_BELIEVED:
      path_cloud (cr, cx, cy, h);
      break;
    case DEBRIEF_ENTRY_KIND_EXPECTED:
      path_hourglass (cr, cx, cy, h);
      break;
    case DEBRIEF_ENTRY_KIND_DID:
      path_chevron (cr, cx, cy, h);
      break;
    case DEBRIEF_ENTRY_KIND_ASKED:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, 0.95 * h, 0, 2 * G_PI);
      break;
    }
}

/* ---- marks inside ---------------------------------------------------------------- */

/* The eye's pupil and the question's "?", in @color, scaled to the box
 * (not to the outline), so both versions carry the same mark. */
static void
draw_mark (cairo_t            *cr,
           DebriefEntryKind    kind,
           double              cx,
           double              cy,
           double              half,
           const DebriefColor *color)
{
  debrief_color_set_source (cr, color);
  if (kind == DEBRIEF_ENTRY_KIND_SAW)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, PUPIL_R * half, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else if (kind == DEBRIEF_ENTRY_KIND_ASKED)
    {
      cairo_set_line_width (cr, MAX (1.2, half * 0.24));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy - 0.25 * half, 0.28 * half, G_PI * 1.1, G_PI * 2.5);
      cairo_line_to (cr, cx, cy + 0.16 * half);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy + 0.50 * half, MAX (0.75, 0.13 * half), 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* ---- the glyph ------------------------------------------------------------------------ */

static double
outline_width (double size)
{
  return MAX (1.0, size / 10.0);
}

static double
line_width (double size)
{
  return MAX (1.2, size / 11.0);
}

/* cairo_save () keeps the caller's state but not its path: the caller
 * passes none (entries are drawn one at a time, between paths). */
void
debrief_entry_glyph_draw (cairo_t               *cr,
                          DebriefEntryKind       kind,
                          DebriefEntryOrigin     origin,
                          double                 cx,
                          double                 cy,
                          double                 size,
                          const DebriefEntryInk *ink)
{
  double half = size / 2.0;

  g_return_if_fail (cr != NULL && ink != NULL);
  if (!(size > 0.0))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (origin == DEBRIEF_ENTRY_ORIGIN_EVIDENCE)
    {
      path_outline (cr, kind, cx, cy, half - outline_width (size) / 2.0);
      debrief_color_set_source (cr, ink->fill);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, outline_width (size));
      debrief_color_set_source (cr, ink->edge);
      cairo_stroke (cr);
      draw_mark (cr, kind, cx, cy, half, ink->hollow);
    }
  else
    {
      path_outline (cr, kind, cx, cy, half - line_width (size) / 2.0);
      debrief_color_set_source (cr, ink->hollow);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, line_width (size));
      debrief_color_set_source (cr, ink->line);
      cairo_stroke (cr);
      draw_mark (cr, kind, cx, cy, half, ink->line);
    }
  cairo_restore (cr);
}
