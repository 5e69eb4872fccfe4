/* debrief-timeline-entries.c — perspective rows: entries, their hits and links
 *
 * A perspective row shows one person's account on the timeline's own time
 * axis: each entry at its moment, or as a bar over its span, in stacked
 * sub-rows (laid out by debrief-timeline-layout-perspectives.c).
 *
 *  - the entry's kind is its glyph (debrief-entry-glyphs.c), at its start;
 *  - a span is a hatched bar with an edge, so it reads as an account and
 *    not as a system's span (a translucent bar); the edge is dashed for
 *    testimony and solid for evidence, as the glyph is outlined or solid;
 *  - the text follows the glyph, ellipsised before the next entry of its
 *    sub-row: perspectives hold few entries, so that simple rule keeps
 *    labels apart, and where there are fewer pixels than a word, no label.
 *
 * Entries are tens, not millions: they are drawn one by one, with no bins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <math.h>

#include "debrief-entry-glyphs.h"
#include "debrief-timeline-renderer-private.h"

#define LABEL_GAP 6.0
#define MAX_LABEL_EMS 46.0  /* the longest label, in multiples of the text's size */
#define TINT 0.16          /* how much colour there is in an outline's pale inside */
#define BAR_TINT 0.10      /* and under a bar's hatching */
#define LABEL_GROUND 0.8   /* how much of the hatching a label's ground hides */

/* ---- geometry and ink ----------------------------------------------------------------- */

/* The middle of sub-row @sub_row; the sub-rows sit in the middle of the row. */
double
_debrief_geometry_entry_y (const DebriefGeometry    *geometry,
                           const DebriefTimelineRow *row,
                           guint                     sub_row)
{
  double row_height = geometry->style->entry_row_height;
  guint n = MAX (row->n_span_rows, 1);

  return _debrief_geometry_row_top (geometry, row) + (row->height - n * row_height) / 2 +
         (MIN (sub_row, n - 1) + 0.5) * row_height;
}

/* Outlines in the colour moved towards the text's (darker on light styles,
 * lighter on dark ones), so a yellow outline still reads on white; insides
 * in the background with a little of the colour. */
void
_debrief_entry_ink (const DebriefTimelineStyle *style,
                    const DebriefColor         *color,
                    DebriefColor               *out_line,
                    DebriefColor               *out_hollow)
{
  DebriefColor text = style->text, background = style->background;

  text.alpha = 1;
  background.alpha = 1;
  *out_line = debrief_color_mix (color, &text, 0.3);
  *out_hollow = debrief_color_mix (&background, color, TINT);
}

static double
entry_x (const DebriefGeometry       *geometry,
         const DebriefEntryPlacement *placement)
{
  return _debrief_geometry_x (geometry, placement->start);
}

static double
entry_x1 (const DebriefGeometry       *geometry,
          const DebriefEntryPlacement *placement)
{
  double x = entry_x (geometry, placement);

  if (placement->end == DEBRIEF_TIME_NONE)
    return x;
  return MAX (_debrief_geometry_x (geometry, placement->end), x + 2);
}

static double
bar_height (const DebriefTimelineStyle *style)
{
  return round (style->entry_row_height - 4);
}

/* ---- bars --------------------------------------------------------------------------- */

static double
hatch_spacing (const DebriefTimelineStyle *style)
{
  return MAX (4, round (style->entry_row_height / 3.5));
}

/* Diagonal lines, anchored to the bar's start so they travel with it
 * when the view pans; only the part between @left and @right (what is in
 * view) is hatched. Each line is a thin parallelogram, filled: cairo fills
 * faster than it strokes. */
static void
add_hatching (cairo_t                    *cr,
              const DebriefTimelineStyle *style,
              double                      x0,
              double                      x1,
              double                      top,
              double                      height,
              double                      left,
              double                      right)
{
  double spacing = hatch_spacing (style);
  double width = MAX (style->line_width, 1) * G_SQRT2;  /* across a 45° line */
  double first;

  left = MAX (x0, left - height);
  right = MIN (x1, right);
  first = x0 + floor ((left - x0) / spacing) * spacing;
  for (double x = first; x < right + height; x += spacing)
    {
      cairo_move_to (cr, x - height, top + height);
      cairo_line_to (cr, x - height + width, top + height);
      cairo_line_to (cr, x + width, top);
      cairo_line_to (cr, x, top);
      cairo_close_path (cr);
    }
}

/* The same lines as a repeating tile, one diagonal a tile (drawn thrice,
 * so its ends wrap into the neighbours), anchored at (@x0, @top). */
static cairo_pattern_t *
hatch_tile (const DebriefTimelineStyle *style,
            double                      x0,
            double                      top)
{
  int spacing = (int) hatch_spacing (style);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, spacing, spacing);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * spacing, spacing);
      cairo_line_to (cr, (k + 1) * spacing, 0);
    }
  cairo_set_line_width (cr, MAX (style->line_width, 1));
  cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_translate (&matrix, -x0, -top);
  cairo_pattern_set_matrix (pattern, &matrix);
  return pattern;
}

/* On paper (PDF, PostScript, SVG) the lines themselves, crisp at any
 * resolution; on pixels (an image, or the widget's recording) a tile used
 * as a mask, which costs an eighth as much: a bar is a few hatch lines
 * per 20 pixels. */
static void
draw_hatching (cairo_t                    *cr,
               const DebriefTimelineStyle *style,
               const DebriefColor         *color,
               double                      x0,
               double                      x1,
               double                      top,
               double                      height,
               double                      left,
               double                      right)
{
  cairo_surface_type_t target = cairo_surface_get_type (cairo_get_target (cr));

  debrief_color_set_source_alpha (cr, color, style->entry_hatch_alpha);
  if (target == CAIRO_SURFACE_TYPE_PDF || target == CAIRO_SURFACE_TYPE_PS || target == CAIRO_SURFACE_TYPE_SVG)
    {
      add_hatching (cr, style, x0, x1, top, height, left, right);
      cairo_fill (cr);
    }
  else
    {
      cairo_pattern_t *tile = hatch_tile (style, x0, top);

      cairo_mask (cr, tile);
      cairo_pattern_destroy (tile);
    }
}

/* A horizontal edge from @x0 to @x1, whole or in dashes of @dash with gaps
 * of @gap (@gap 0: whole), as rectangles to fill. */
static void
add_edge (cairo_t *cr,
          double   x0,
          double   x1,
          double   y,
          double   thickness,
          double   dash,
          double   gap)
{
  if (gap <= 0)
    {
      cairo_rectangle (cr, x0, y, x1 - x0, thickness);
      return;
    }
  for (double x = x0; x < x1; x += dash + gap)
    cairo_rectangle (cr, x, y, MIN (dash, x1 - x), thickness);
}

/* An entry's bar from @x0 to @x1 (whole pixels): a faint tint, hatching,
 * and an edge inside the bar (so bars of one sub-row never touch), dashed
 * along its length for testimony. Also drawn by the legend. */
void
_debrief_entry_bar_draw (cairo_t                    *cr,
                         const DebriefTimelineStyle *style,
                         const DebriefColor         *color,
                         DebriefEntryOrigin          origin,
                         double                      x0,
                         double                      x1,
                         double                      top,
                         double                      height,
                         double                      visible_left,
                         double                      visible_right)
{
  double edge = MAX (round (style->line_width * 1.5), 1);
  double gap = origin == DEBRIEF_ENTRY_ORIGIN_TESTIMONY ? 2 * edge : 0;
  double left = MAX (x0, visible_left - 3 * edge), right = MIN (x1, visible_right + 3 * edge);
  DebriefColor line, hollow;

  _debrief_entry_ink (style, color, &line, &hollow);
  cairo_save (cr);
  cairo_rectangle (cr, x0, top, x1 - x0, height);
  cairo_clip_preserve (cr);
  debrief_color_set_source_alpha (cr, color, BAR_TINT);
  cairo_fill (cr);
  draw_hatching (cr, style, color, x0, x1, top, height, visible_left, visible_right);
  cairo_restore (cr);

  if (right <= left)
    return;
  /* Dashes start from the bar's start, so they do not crawl while panning. */
  left = x0 + floor ((left - x0) / (3 * edge + gap)) * (3 * edge + gap);
  add_edge (cr, left, right, top, edge, 3 * edge, gap);
  add_edge (cr, left, right, top + height - edge, edge, 3 * edge, gap);
  cairo_rectangle (cr, x0, top, edge, height);
  cairo_rectangle (cr, x1 - edge, top, edge, height);
  debrief_color_set_source (cr, &line);
  cairo_fill (cr);
}

static void
draw_bar (DebriefTimelineRenderer     *renderer,
          cairo_t                     *cr,
          const DebriefGeometry       *geometry,
          const DebriefTimelineRow    *row,
          const DebriefEntryPlacement *placement,
          double                       y)
{
  double height = bar_height (geometry->style);

  _debrief_entry_bar_draw (cr, geometry->style, &row->color, placement->origin,
                           round (entry_x (geometry, placement)), round (entry_x1 (geometry, placement)),
                           round (y - height / 2), height,
                           geometry->plot_x, geometry->plot_x + geometry->plot_width);
  _debrief_renderer_count (renderer, 3);
}

/* ---- glyphs and labels ----------------------------------------------------------------- */

static void
draw_glyph (DebriefTimelineRenderer     *renderer,
            cairo_t                     *cr,
            const DebriefGeometry       *geometry,
            const DebriefTimelineRow    *row,
            const DebriefEntryPlacement *placement,
            double                       y)
{
  DebriefColor line, hollow;
  DebriefEntryInk ink = { &row->color, &geometry->style->glyph_edge, &line, &hollow };

  _debrief_entry_ink (geometry->style, &row->color, &line, &hollow);
  debrief_entry_glyph_draw (cr, placement->kind, placement->origin, entry_x (geometry, placement), y,
                            geometry->style->entry_glyph_size, &ink);
  _debrief_renderer_count (renderer, 2);
  renderer->stats.items++;
}

/* Up to the next entry's glyph in the same sub-row, or a fixed width after
 * the last (fixed, so a label does not change while panning). */
static double
label_end (const DebriefGeometry       *geometry,
           const DebriefEntryPlacement *placements,
           guint                        n,
           guint                        i)
{
  for (guint k = i + 1; k < n; k++)
    if (placements[k].sub_row == placements[i].sub_row)
      return entry_x (geometry, &placements[k]) - geometry->style->entry_glyph_size / 2 - LABEL_GAP;
  return G_MAXDOUBLE;
}

/* Over a bar, the text gets a pale ground cut to the bar, between its top
 * and bottom edges: hatching (or the bar's end) under letters makes them
 * hard to read, and outside the bar the row's own stripe stays as it is. */
static void
clear_under_label (cairo_t                     *cr,
                   const DebriefGeometry       *geometry,
                   const DebriefEntryPlacement *placement,
                   double                       left,
                   double                       right,
                   double                       y)
{
  const DebriefTimelineStyle *style = geometry->style;
  double edge = MAX (round (style->line_width * 1.5), 1), height = bar_height (style) - 2 * edge;
  double x0 = MAX (round (entry_x (geometry, placement)) + edge, left - 3);
  double x1 = MIN (round (entry_x1 (geometry, placement)), right + 3);

  if (x1 <= x0)
    return;
  cairo_rectangle (cr, x0, round (y - bar_height (style) / 2) + edge, x1 - x0, height);
  debrief_color_set_source_alpha (cr, &style->background, LABEL_GROUND);
  cairo_fill (cr);
}

static void
draw_label (DebriefTimelineRenderer     *renderer,
            cairo_t                     *cr,
            const DebriefGeometry       *geometry,
            const DebriefEntryPlacement *placement,
            double                       end,
            double                       y)
{
  const DebriefTimelineStyle *style = geometry->style;
  g_autofree char *named = NULL;
  const char *text = _debrief_frame_named (geometry->frame, debrief_perspective_entry_get_text (placement->entry), &named);
  double glyph_right = entry_x (geometry, placement) + style->entry_glyph_size / 2 + 4;
  /* A span begun before the view keeps its text in view. */
  double left = placement->end != DEBRIEF_TIME_NONE ? MAX (glyph_right, geometry->plot_x + 4) : glyph_right;
  double width = MIN (end - left, MAX_LABEL_EMS * style->label_size);
  PangoLayout *layout;
  int text_width, height;

  if (text == NULL || *text == '\0' || width < style->label_min_width)
    return;
  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_EVENT, text, (int) width);
  pango_layout_get_pixel_size (layout, &text_width, &height);
  if (placement->end != DEBRIEF_TIME_NONE)
    {
      clear_under_label (cr, geometry, placement, left, left + text_width, y);
      _debrief_renderer_count (renderer, 1);
    }
  debrief_color_set_source (cr, &style->text);
  _debrief_renderer_show_label (renderer, cr, layout, left, y - height / 2.0);
}

static gboolean
in_view (const DebriefGeometry       *geometry,
         const DebriefEntryPlacement *placement)
{
  double reach = geometry->style->entry_glyph_size;

  return entry_x1 (geometry, placement) + reach >= geometry->plot_x &&
         entry_x (geometry, placement) - reach <= geometry->plot_x + geometry->plot_width;
}

/* Bars first, then glyphs over their starts, then the text. */
void
_debrief_renderer_draw_perspective (DebriefTimelineRenderer  *renderer,
                                    cairo_t                  *cr,
                                    const DebriefGeometry    *geometry,
                                    const DebriefTimelineRow *row)
{
  guint n;
  const DebriefEntryPlacement *placements = debrief_timeline_layout_get_entries (geometry->frame->layout, row, &n);

  for (guint i = 0; i < n; i++)
    if (placements[i].end != DEBRIEF_TIME_NONE && in_view (geometry, &placements[i]))
      draw_bar (renderer, cr, geometry, row, &placements[i], _debrief_geometry_entry_y (geometry, row, placements[i].sub_row));
  for (guint i = 0; i < n; i++)
    if (in_view (geometry, &placements[i]))
      draw_glyph (renderer, cr, geometry, row, &placements[i], _debrief_geometry_entry_y (geometry, row, placements[i].sub_row));
  for (guint i = 0; i < n; i++)
    if (in_view (geometry, &placements[i]))
      draw_label (renderer, cr, geometry, &placements[i], label_end (geometry, placements, n, i),
                  _debrief_geometry_entry_y (geometry, row, placements[i].sub_row));
}

/* ---- questions ------------------------------------------------------------------------ */

/* The entry under (@x, @y): its glyph, or its bar, give or take a few
 * pixels; the last drawn wins where they overlap. Elsewhere in the row:
 * the perspective. */
gboolean
_debrief_renderer_hit_perspective (DebriefTimelineRenderer  *renderer,
                                   const DebriefGeometry    *geometry,
                                   const DebriefTimelineRow *row,
                                   double                    x,
                                   double                    y,
                                   DebriefTimelineHit       *hit)
{
  const DebriefTimelineStyle *style = geometry->style;
  double reach = style->entry_glyph_size / 2 + 2;
  guint n;
  const DebriefEntryPlacement *placements = debrief_timeline_layout_get_entries (geometry->frame->layout, row, &n);

  hit->kind = DEBRIEF_HIT_PERSPECTIVE;
  hit->perspective = row->perspective;
  if (x < geometry->plot_x)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      double x0 = entry_x (geometry, &placements[i]), x1 = entry_x1 (geometry, &placements[i]);

      if (fabs (y - _debrief_geometry_entry_y (geometry, row, placements[i].sub_row)) <= style->entry_row_height / 2 &&
          x >= x0 - reach && x <= MAX (x1, x0 + reach))
        {
          hit->kind = DEBRIEF_HIT_ENTRY;
          hit->entry = placements[i].entry;
        }
    }
  return TRUE;
}

/* Where the entry's glyph is; FALSE when its row is not shown. */
gboolean
_debrief_renderer_entry_point (const DebriefGeometry   *geometry,
                               DebriefPerspectiveEntry *entry,
                               double                  *out_x,
                               double                  *out_y)
{
  const DebriefEntryPlacement *placement;
  const DebriefTimelineRow *row = debrief_timeline_layout_find_entry (geometry->frame->layout, entry, &placement);

  if (row == NULL)
    return FALSE;
  *out_x = entry_x (geometry, placement);
  *out_y = _debrief_geometry_entry_y (geometry, row, placement->sub_row);
  return TRUE;
}

gboolean
debrief_timeline_renderer_locate_entry (DebriefTimelineRenderer    *renderer,
                                        const DebriefTimelineFrame *frame,
                                        DebriefPerspectiveEntry    *entry,
                                        double                     *out_x,
                                        double                     *out_y)
{
  DebriefGeometry geometry;

  g_return_val_if_fail (renderer != NULL && frame != NULL, FALSE);
  debrief_timeline_layout_update (frame->layout, frame->style);
  _debrief_geometry_init (&geometry, frame);
  return _debrief_renderer_entry_point (&geometry, entry, out_x, out_y);
}

/* ---- highlight and links ----------------------------------------------------------------- */

static void
ring_entry (cairo_t                     *cr,
            const DebriefGeometry       *geometry,
            const DebriefTimelineRow    *row,
            const DebriefEntryPlacement *placement)
{
  const DebriefTimelineStyle *style = geometry->style;
  double x = entry_x (geometry, placement), y = _debrief_geometry_entry_y (geometry, row, placement->sub_row);
  double radius = style->entry_glyph_size * 0.75;

  if (placement->end != DEBRIEF_TIME_NONE)
    {
      double half = style->entry_row_height / 2;

      cairo_rectangle (cr, x - radius, y - half, entry_x1 (geometry, placement) - x + radius + 2, 2 * half);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
    }
}

/* The entry's links: an arrow from each evidence event it names (in view,
 * and not in a hidden lane or of a hidden kind) to the entry, and a ring
 * on the event, so the room sees what prompted it. */
static void
draw_links_to (DebriefTimelineRenderer *renderer,
               cairo_t                 *cr,
               const DebriefGeometry   *geometry,
               DebriefPerspectiveEntry *entry,
               double                   x2,
               double                   y2)
{
  const DebriefTimelineStyle *style = geometry->style;
  const char * const *links = debrief_perspective_entry_get_links (entry);
  double event_inset = style->glyph_size / 2 + 2, entry_inset = style->entry_glyph_size / 2 + 2;

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      DebriefEventRef ref = debrief_event_store_lookup (geometry->events, links[i]);
      double x1, y1, direction;

      if (ref == DEBRIEF_EVENT_REF_NONE || !debrief_event_store_is_live (geometry->events, ref) ||
          debrief_timeline_layout_is_kind_hidden (geometry->frame->layout, debrief_event_store_get (geometry->events, ref)->kind) ||
          !_debrief_renderer_event_point (geometry, ref, &x1, &y1))
        continue;
      direction = x2 >= x1 ? 1 : -1;
      _debrief_renderer_add_arrow (cr, x1 + direction * event_inset, y1, x2 - direction * entry_inset, y2,
                                   style->glyph_size * 0.5);
      cairo_stroke (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x1, y1, style->glyph_size * 0.9, 0, 2 * G_PI);
      cairo_stroke (cr);
      _debrief_renderer_count (renderer, 2);
    }
}

/* A hovered or selected entry: a ring (or frame, for a span) and its links. */
void
_debrief_renderer_draw_entry_marks (DebriefTimelineRenderer *renderer,
                                    cairo_t                 *cr,
                                    const DebriefGeometry   *geometry,
                                    DebriefPerspectiveEntry *entry,
                                    const DebriefColor      *color,
                                    double                   width)
{
  const DebriefEntryPlacement *placement;
  const DebriefTimelineRow *row = debrief_timeline_layout_find_entry (geometry->frame->layout, entry, &placement);

  if (row == NULL)
    return;
  cairo_save (cr);
  cairo_set_tolerance (cr, 0.5);
  debrief_color_set_source (cr, color);
  cairo_set_line_width (cr, width);
  ring_entry (cr, geometry, row, placement);
  cairo_stroke (cr);
  cairo_set_line_width (cr, geometry->style->link_width);
  draw_links_to (renderer, cr, geometry, entry, entry_x (geometry, placement),
                 _debrief_geometry_entry_y (geometry, row, placement->sub_row));
  cairo_restore (cr);
  _debrief_renderer_count (renderer, 1);
}
