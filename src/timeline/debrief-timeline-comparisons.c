/* debrief-timeline-comparisons.c — the facilitator's divergence and
 * agreement marks between perspective entries
 *
 * A mark joins entries of the accounts side by side: each entry gets a ring
 * in the mark's colour, and consecutive entries (top to bottom) a connector
 * with a badge halfway. Divergence is a zig-zag with "≠", agreement a
 * straight dashed line with "=": shape carries the meaning, so it reads in
 * grey and on paper; colour (red-orange, green) only helps. A mark is drawn
 * only when every entry it names is in a shown row (a connector to nowhere
 * would claim what the room cannot see), and not at all when one of its
 * entries lies after the "known at time T" playhead. Dismissed suggestions
 * are never drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-comparison-rules.h"
#include "debrief-timeline-renderer-private.h"

typedef struct {
  double x, y;
} Point;

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  const Point *pa = a, *pb = b;

  return (pa->y > pb->y) - (pa->y < pb->y);
}

/* The points of the mark's entries, top to bottom; FALSE when any entry is
 * gone, not shown, or after the playhead. */
static gboolean
collect_points (const DebriefGeometry *geometry,
                DebriefComparison     *mark,
                GArray                *points)
{
  const char * const *ids = debrief_comparison_get_entries (mark);
  gint64 playhead = geometry->frame->playhead;

  g_array_set_size (points, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      DebriefPerspectiveEntry *entry = NULL;
      Point p;

      if (debrief_review_find_entry (geometry->review, ids[i], &entry) == NULL ||
          (playhead != DEBRIEF_TIME_NONE && debrief_perspective_entry_get_start (entry) > playhead) ||
          !_debrief_renderer_entry_point (geometry, entry, &p.x, &p.y))
        return FALSE;
      g_array_append_val (points, p);
    }
  g_array_sort (points, compare_y);
  return points->len >= 2;
}

static void
zig_zag (cairo_t *cr,
         double   x1,
         double   y1,
         double   x2,
         double   y2,
         double   amplitude)
{
  double length = hypot (x2 - x1, y2 - y1);
  double ux = (x2 - x1) / length, uy = (y2 - y1) / length;
  int teeth = MAX (2, (int) (length / (amplitude * 1.6)));

  cairo_move_to (cr, x1, y1);
  for (int i = 1; i < teeth; i++)
    {
      double t = length * i / teeth, side = (i % 2 ? 1 : -1) * amplitude;

      cairo_line_to (cr, x1 + ux * t - uy * side, y1 + uy * t + ux * side);
    }
  cairo_line_to (cr, x2, y2);
}

/* "≠" or "=" in a disc at (@x, @y). */
static void
draw_badge (cairo_t                    *cr,
            const DebriefTimelineStyle *style,
            const DebriefColor         *color,
            gboolean                    divergence,
            double                      x,
            double                      y)
{
  double r = style->entry_glyph_size * 0.6, bar = r * 0.5;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  debrief_color_set_source (cr, &style->background);
  cairo_fill_preserve (cr);
  debrief_color_set_source (cr, color);
  cairo_set_line_width (cr, style->line_width * 1.5);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_stroke (cr);

  cairo_move_to (cr, x - bar, y - r * 0.22);
  cairo_line_to (cr, x + bar, y - r * 0.22);
  cairo_move_to (cr, x - bar, y + r * 0.22);
  cairo_line_to (cr, x + bar, y + r * 0.22);
  if (divergence)
    {
      cairo_move_to (cr, x + bar * 0.6, y - r * 0.62);
      cairo_line_to (cr, x - bar * 0.6, y + r * 0.62);
    }
  cairo_stroke (cr);
}

static void
draw_mark (DebriefTimelineRenderer *renderer,
           cairo_t                 *cr,
           const DebriefGeometry   *geometry,
           gboolean                 divergence,
           const GArray            *points)
{
  const DebriefTimelineStyle *style = geometry->style;
  const DebriefColor *color = divergence ? &style->divergence : &style->agreement;
  double ring = style->entry_glyph_size * 0.85, width = MAX (style->line_width * 2, 1.5);
  double dash[] = { width * 3, width * 2 };

  cairo_set_line_width (cr, width);
  debrief_color_set_source (cr, color);
  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, p->x, p->y, ring, 0, 2 * G_PI);
    }
  cairo_stroke (cr);

  for (guint i = 0; i + 1 < points->len; i++)
    {
      const Point *a = &g_array_index (points, Point, i), *b = &g_array_index (points, Point, i + 1);
      double length = hypot (b->x - a->x, b->y - a->y);
      double ux, uy;

      if (length <= 2 * ring)
        continue;
      ux = (b->x - a->x) / length;
      uy = (b->y - a->y) / length;
      debrief_color_set_source (cr, color);
      cairo_set_line_width (cr, width);
      if (divergence)
        zig_zag (cr, a->x + ux * ring, a->y + uy * ring, b->x - ux * ring, b->y - uy * ring, ring * 0.45);
      else
        {
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, a->x + ux * ring, a->y + uy * ring);
          cairo_line_to (cr, b->x - ux * ring, b->y - uy * ring);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_badge (cr, style, color, divergence, (a->x + b->x) / 2, (a->y + b->y) / 2);
      _debrief_renderer_count (renderer, 3);
    }
}

/* For the legend: the connector from @x0 to @x1 at @y, with its badge. */
void
_debrief_renderer_draw_comparison_sample (cairo_t                    *cr,
                                          const DebriefTimelineStyle *style,
                                          gboolean                    divergence,
                                          double                      x0,
                                          double                      y,
                                          double                      x1)
{
  const DebriefColor *color = divergence ? &style->divergence : &style->agreement;
  double width = MAX (style->line_width * 2, 1.5), dash[] = { width * 3, width * 2 };

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, width);
  debrief_color_set_source (cr, color);
  if (divergence)
    zig_zag (cr, x0, y, x1, y, style->entry_glyph_size * 0.35);
  else
    {
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, width);
  draw_badge (cr, style, color, divergence, (x0 + x1) / 2, y);
  cairo_restore (cr);
}

void
_debrief_renderer_draw_comparisons (DebriefTimelineRenderer *renderer,
                                    cairo_t                 *cr,
                                    const DebriefGeometry   *geometry)
{
  GListModel *marks = G_LIST_MODEL (debrief_review_get_comparisons (geometry->review));
  guint n = g_list_model_get_n_items (marks);
  g_autoptr(GArray) points = NULL;

  if (n == 0 || debrief_timeline_layout_get_n_perspectives (geometry->frame->layout) == 0)
    return;
  points = g_array_new (FALSE, FALSE, sizeof (Point));
  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, geometry->lanes_y, geometry->plot_width,
                   geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefComparison) mark = g_list_model_get_item (marks, i);
      DebriefComparisonKind kind = debrief_comparison_get_kind (mark);

      if (kind == DEBRIEF_COMPARISON_KIND_DISMISSED || !collect_points (geometry, mark, points))
        continue;
      draw_mark (renderer, cr, geometry, kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE, points);
    }
  cairo_restore (cr);
}
