/* debrief-timeline-marks.c — what sits on top of the chart, the legend and
 * the overview strip
 *
 * The marks (hover, selection, cursor, a selected time range) change with
 * every pointer motion; the screen draws them in a separate layer so the
 * chart below stays cached, and projection and print draw them with the
 * same code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-entry-glyphs.h"
#include "debrief-event-kind.h"
#include "debrief-glyphs.h"
#include "debrief-phase.h"
#include "debrief-time.h"
#include "debrief-timeline-chart-private.h"

/* ---- marks ---------------------------------------------------------------------- */

static void
ring_event (DebriefTimelineRenderer *renderer,
            cairo_t                 *cr,
            const DebriefGeometry   *geometry,
            DebriefEventRef          ref,
            const DebriefColor      *color,
            double                   width)
{
  const DebriefEvent *event = debrief_event_store_get (geometry->events, ref);
  double radius = geometry->style->glyph_size * 0.9, x, y;

  if (!_debrief_renderer_event_point (geometry, ref, &x, &y))
    return;
  if (event->end != DEBRIEF_TIME_NONE && event->end > event->start)
    {
      double x1 = MAX (_debrief_geometry_x (geometry, event->end), x + 2);
      double half = geometry->style->span_row_height / 2;

      cairo_rectangle (cr, x - 2, y - half, x1 - x + 4, 2 * half);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
    }
  debrief_color_set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 1);
}

/* A label in a small rounded box in the ruler, centred on @x. */
static void
ruler_badge (DebriefTimelineRenderer *renderer,
             cairo_t                 *cr,
             const DebriefGeometry   *geometry,
             const char              *text,
             double                   x,
             const DebriefColor      *fill)
{
  const DebriefTimelineStyle *style = geometry->style;
  PangoLayout *layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL_BOLD, text, -1);
  DebriefColor ink = debrief_timeline_style_badge_ink (style, fill);
  int width, height;
  double left, top;

  pango_layout_get_pixel_size (layout, &width, &height);
  left = CLAMP (x - width / 2.0 - 6, geometry->plot_x, geometry->frame->width - width - 12);
  top = style->ruler_height - height - 8;
  cairo_rectangle (cr, left, top, width + 12, height + 4);
  debrief_color_set_source (cr, fill);
  cairo_fill (cr);
  debrief_color_set_source (cr, &ink);
  _debrief_renderer_show_label (renderer, cr, layout, left + 6, top + 2);
}

static void
vertical_line (cairo_t               *cr,
               const DebriefGeometry *geometry,
               double                 x,
               const DebriefColor    *color,
               double                 width)
{
  cairo_move_to (cr, round (x) + 0.5, geometry->frame->show_ruler ? geometry->style->ruler_height : 0);
  cairo_line_to (cr, round (x) + 0.5, geometry->lanes_bottom);
  debrief_color_set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static void
draw_range (DebriefTimelineRenderer    *renderer,
            cairo_t                    *cr,
            const DebriefGeometry      *geometry,
            const DebriefTimelineMarks *marks)
{
  double x0 = _debrief_geometry_x (geometry, MIN (marks->range_start, marks->range_end));
  double x1 = _debrief_geometry_x (geometry, MAX (marks->range_start, marks->range_end));
  g_autofree char *duration = debrief_time_format_duration (ABS (marks->range_end - marks->range_start));

  cairo_rectangle (cr, x0, 0, MAX (x1 - x0, 1), geometry->lanes_bottom);
  debrief_color_set_source (cr, &geometry->style->range_fill);
  cairo_fill (cr);
  vertical_line (cr, geometry, x0, &geometry->style->selection, 1);
  vertical_line (cr, geometry, x1, &geometry->style->selection, 1);
  _debrief_renderer_count (renderer, 3);
  if (geometry->frame->show_ruler)
    ruler_badge (renderer, cr, geometry, duration, (x0 + x1) / 2, &geometry->style->selection);
}

static void
draw_cursor (DebriefTimelineRenderer    *renderer,
             cairo_t                    *cr,
             const DebriefGeometry      *geometry,
             const DebriefTimelineMarks *marks)
{
  double x = _debrief_geometry_x (geometry, marks->cursor);
  g_autofree char *label = NULL;

  if (x < geometry->plot_x || x > geometry->frame->width)
    return;
  vertical_line (cr, geometry, x, &geometry->style->cursor, MAX (geometry->style->line_width, 1));
  _debrief_renderer_count (renderer, 1);
  if (!geometry->frame->show_ruler)
    return;
  label = debrief_time_context_format (&geometry->frame->time, marks->cursor, FALSE);
  ruler_badge (renderer, cr, geometry, label, x, &geometry->style->cursor);
}

static void
draw_hover (DebriefTimelineRenderer    *renderer,
            cairo_t                    *cr,
            const DebriefGeometry      *geometry,
            const DebriefTimelineMarks *marks)
{
  const DebriefTimelineHit *hover = &marks->hover;

  if (hover->kind == DEBRIEF_HIT_EVENT && hover->ref != marks->selected)
    {
      _debrief_renderer_draw_links (renderer, cr, geometry, hover->ref, &geometry->style->hover,
                                    geometry->style->link_width);
      ring_event (renderer, cr, geometry, hover->ref, &geometry->style->hover, 2);
    }
  else if (hover->kind == DEBRIEF_HIT_CLUSTER)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (geometry->frame->layout, hover->lane_key);
      double x0 = _debrief_geometry_x (geometry, hover->cluster_start);
      double x1 = _debrief_geometry_x (geometry, hover->cluster_end);

      if (row == NULL)
        return;
      cairo_rectangle (cr, x0 - 1, _debrief_geometry_point_y (geometry, row) - geometry->style->glyph_size * 0.8,
                       x1 - x0 + 2, geometry->style->glyph_size * 1.6);
      debrief_color_set_source (cr, &geometry->style->hover);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      _debrief_renderer_count (renderer, 1);
    }
  else if (hover->kind == DEBRIEF_HIT_ENTRY && hover->entry != marks->selected_entry)
    _debrief_renderer_draw_entry_marks (renderer, cr, geometry, hover->entry, &geometry->style->hover, 2);
  else if (hover->kind == DEBRIEF_HIT_SERIES)
    _debrief_renderer_draw_chart_hover (renderer, cr, geometry, hover);
}

/* A selected entry: its time on the ruler, a ring, and its links. */
static void
draw_selected_entry (DebriefTimelineRenderer    *renderer,
                     cairo_t                    *cr,
                     const DebriefGeometry      *geometry,
                     const DebriefTimelineMarks *marks)
{
  g_autofree char *label = NULL;
  double x, y;

  if (!_debrief_renderer_entry_point (geometry, marks->selected_entry, &x, &y))
    return;
  vertical_line (cr, geometry, x, &geometry->style->selection, 1);
  _debrief_renderer_draw_entry_marks (renderer, cr, geometry, marks->selected_entry, &geometry->style->selection, 2.5);
  if (geometry->frame->show_ruler && x >= geometry->plot_x)
    {
      label = debrief_time_context_format (&geometry->frame->time,
                                           debrief_perspective_entry_get_start (marks->selected_entry), FALSE);
      ruler_badge (renderer, cr, geometry, label, x, &geometry->style->selection);
    }
}

static void
draw_selection (DebriefTimelineRenderer    *renderer,
                cairo_t                    *cr,
                const DebriefGeometry      *geometry,
                const DebriefTimelineMarks *marks)
{
  const DebriefEvent *event;
  g_autofree char *label = NULL;
  double x, y;

  if (!debrief_event_store_is_live (geometry->events, marks->selected) ||
      !_debrief_renderer_event_point (geometry, marks->selected, &x, &y))
    return;

  event = debrief_event_store_get (geometry->events, marks->selected);
  vertical_line (cr, geometry, x, &geometry->style->selection, 1);
  _debrief_renderer_draw_links (renderer, cr, geometry, marks->selected, &geometry->style->selection,
                                geometry->style->link_width);
  ring_event (renderer, cr, geometry, marks->selected, &geometry->style->selection, 2.5);
  if (marks->focused)
    {
      double dash[] = { 3, 3 };

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, geometry->style->glyph_size * 1.35, 0, 2 * G_PI);
      debrief_color_set_source (cr, &geometry->style->selection);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  if (geometry->frame->show_ruler && x >= geometry->plot_x)
    {
      label = debrief_time_context_format (&geometry->frame->time, event->start, FALSE);
      ruler_badge (renderer, cr, geometry, label, x, &geometry->style->selection);
    }
}

/* First match starting at or after @time: matches are in time order. */
static guint
first_match_from (const DebriefGeometry      *geometry,
                  const DebriefTimelineMarks *marks,
                  gint64                      time)
{
  guint lo = 0, hi = marks->n_matches;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (debrief_event_store_get (geometry->events, marks->matches[mid])->start < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A soft halo behind each match in view, at most a few thousand: past
 * that the halos would only paint the lanes yellow. */
static void
draw_matches (DebriefTimelineRenderer    *renderer,
              cairo_t                    *cr,
              const DebriefGeometry      *geometry,
              const DebriefTimelineMarks *marks)
{
  gint64 margin = (gint64) (geometry->style->glyph_size * debrief_time_scale_usec_per_px (&geometry->scale));
  guint first = first_match_from (geometry, marks, geometry->scale.start - margin), drawn = 0;
  double radius = geometry->style->glyph_size * 1.25;

  for (guint i = first; i < marks->n_matches && drawn < 4000; i++)
    {
      DebriefEventRef ref = marks->matches[i];
      double x, y;

      if (!debrief_event_store_is_live (geometry->events, ref))
        continue;
      if (debrief_event_store_get (geometry->events, ref)->start > geometry->scale.end + margin)
        break;
      if (!_debrief_renderer_event_point (geometry, ref, &x, &y))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      drawn++;
    }
  if (drawn == 0)
    return;
  debrief_color_set_source (cr, &geometry->style->search_match);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

/* The rest of a multiple selection: rings, without the primary's badge. */
static void
draw_more_selected (DebriefTimelineRenderer    *renderer,
                    cairo_t                    *cr,
                    const DebriefGeometry      *geometry,
                    const DebriefTimelineMarks *marks)
{
  for (guint i = 0; i < marks->n_selection; i++)
    {
      DebriefEventRef ref = marks->selection[i];

      if (ref != marks->selected && debrief_event_store_is_live (geometry->events, ref))
        ring_event (renderer, cr, geometry, ref, &geometry->style->selection, 2.5);
    }
}

static void
ghost_bounds (const DebriefTimelineMarks *marks,
              const DebriefEvent         *event,
              gint64                     *start,
              gint64                     *end)
{
  *start = event->start;
  *end = event->end;
  switch (marks->drag_kind)
    {
    case DEBRIEF_DRAG_MOVE:
      *start += marks->drag_offset;
      if (*end != DEBRIEF_TIME_NONE)
        *end += marks->drag_offset;
      break;
    case DEBRIEF_DRAG_RESIZE_START:
      *start = MIN (marks->drag_offset, *end);
      break;
    case DEBRIEF_DRAG_RESIZE_END:
      *end = MAX (marks->drag_offset, *start);
      break;
    default:
      break;
    }
}

/* Where a drag would put each event: a dashed outline, so the room sees
 * the move before it happens. */
static void
draw_drag (DebriefTimelineRenderer    *renderer,
           cairo_t                    *cr,
           const DebriefGeometry      *geometry,
           const DebriefTimelineMarks *marks)
{
  double dash[] = { 4, 3 }, radius = geometry->style->glyph_size * 0.9;

  cairo_save (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, 2);
  debrief_color_set_source (cr, &geometry->style->selection);
  for (guint i = 0; i < marks->n_dragged; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (geometry->events, marks->dragged[i]);
      guint32 lane = event->lane == marks->drag_from_lane ? marks->drag_to_lane : event->lane;
      const DebriefTimelineRow *row = debrief_timeline_layout_find_lane (geometry->frame->layout, lane);
      gint64 start, end;
      double x, y;

      if (row == NULL)
        continue;
      ghost_bounds (marks, event, &start, &end);
      x = _debrief_geometry_x (geometry, start);
      y = event->end != DEBRIEF_TIME_NONE ? _debrief_geometry_span_y (geometry, row, 0)
                                          : _debrief_geometry_point_y (geometry, row);
      if (end != DEBRIEF_TIME_NONE && end > start)
        cairo_rectangle (cr, x, y - geometry->style->span_row_height / 2,
                         MAX (_debrief_geometry_x (geometry, end) - x, 2), geometry->style->span_row_height);
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
        }
    }
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 1);
  cairo_restore (cr);
}

static void
draw_band (DebriefTimelineRenderer    *renderer,
           cairo_t                    *cr,
           const DebriefTimelineMarks *marks,
           const DebriefTimelineStyle *style)
{
  double x = MIN (marks->band_x0, marks->band_x1), y = MIN (marks->band_y0, marks->band_y1);

  cairo_rectangle (cr, x + 0.5, y + 0.5, fabs (marks->band_x1 - marks->band_x0), fabs (marks->band_y1 - marks->band_y0));
  cairo_set_source_rgba (cr, style->selection.red, style->selection.green, style->selection.blue, 0.15);
  cairo_fill_preserve (cr);
  debrief_color_set_source (cr, &style->selection);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 2);
}

/* Where a dragged lane would land: a bar across headers and lanes. */
static void
draw_lane_drop (DebriefTimelineRenderer    *renderer,
                cairo_t                    *cr,
                const DebriefTimelineMarks *marks,
                const DebriefTimelineFrame *frame)
{
  cairo_rectangle (cr, 0, round (marks->lane_drop_y) - 1.5, frame->width, 3);
  debrief_color_set_source (cr, &frame->style->selection);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

/* The playhead: a line and a badge saying what it means. */
static void
draw_playhead (DebriefTimelineRenderer    *renderer,
               cairo_t                    *cr,
               const DebriefGeometry      *geometry,
               const DebriefTimelineMarks *marks)
{
  double x = _debrief_geometry_x (geometry, marks->playhead);
  g_autofree char *time = NULL;
  g_autofree char *label = NULL;

  if (x < geometry->plot_x || x > geometry->frame->width)
    return;
  vertical_line (cr, geometry, x, &geometry->style->text, MAX (geometry->style->line_width * 2, 2));
  _debrief_renderer_count (renderer, 1);
  if (!geometry->frame->show_ruler)
    return;
  time = debrief_time_context_format (&geometry->frame->time, marks->playhead, FALSE);
  /* Translators: the playhead's badge: what the room could know at that time */
  label = g_strdup_printf (_("Known at %s"), time);
  ruler_badge (renderer, cr, geometry, label, x, &geometry->style->text);
}

void
debrief_timeline_renderer_draw_marks (DebriefTimelineRenderer    *renderer,
                                      cairo_t                    *cr,
                                      const DebriefTimelineFrame *frame,
                                      const DebriefTimelineMarks *marks)
{
  DebriefGeometry geometry;

  _debrief_renderer_prepare (renderer, frame->style);
  debrief_timeline_layout_update (frame->layout, frame->style);
  _debrief_geometry_init (&geometry, frame);

  cairo_save (cr);
  cairo_rectangle (cr, geometry.plot_x, 0, geometry.plot_width, frame->height);
  cairo_clip (cr);
  if (marks->range_start != DEBRIEF_TIME_NONE && marks->range_end != DEBRIEF_TIME_NONE)
    draw_range (renderer, cr, &geometry, marks);
  if (marks->cursor != DEBRIEF_TIME_NONE)
    draw_cursor (renderer, cr, &geometry, marks);
  if (marks->playhead != DEBRIEF_TIME_NONE)
    draw_playhead (renderer, cr, &geometry, marks);
  cairo_rectangle (cr, geometry.plot_x, geometry.lanes_y, geometry.plot_width, frame->height - geometry.lanes_y);
  cairo_clip (cr);
  if (marks->n_matches > 0)
    draw_matches (renderer, cr, &geometry, marks);
  draw_hover (renderer, cr, &geometry, marks);
  draw_more_selected (renderer, cr, &geometry, marks);
  if (marks->selected != DEBRIEF_EVENT_REF_NONE)
    draw_selection (renderer, cr, &geometry, marks);
  for (guint i = 0; i < marks->n_selected_entries; i++)
    if (marks->selected_entries[i] != marks->selected_entry)
      _debrief_renderer_draw_entry_marks (renderer, cr, &geometry, marks->selected_entries[i],
                                          &geometry.style->selection, 2.5);
  if (marks->selected_entry != NULL)
    draw_selected_entry (renderer, cr, &geometry, marks);
  if (marks->selected_artefact != NULL)
    _debrief_renderer_ring_artefact (cr, &geometry, marks->selected_artefact);
  if (marks->drag_kind != DEBRIEF_DRAG_NONE && marks->n_dragged > 0)
    draw_drag (renderer, cr, &geometry, marks);
  if (marks->show_band)
    draw_band (renderer, cr, marks, frame->style);
  cairo_restore (cr);
  if (marks->lane_drop_y > 0)
    draw_lane_drop (renderer, cr, marks, frame);
}

/* ---- the legend --------------------------------------------------------------------------- */

typedef enum {
  ENTRY_GLYPH,
  ENTRY_SPAN,
  ENTRY_DENSITY,
  ENTRY_PHASE,
  ENTRY_MARKER,
  ENTRY_LINK,
  ENTRY_ACCOUNT,      /* a kind of perspective entry: its glyph */
  ENTRY_TESTIMONY,    /* an account's bar, told in the review */
  ENTRY_EVIDENCE,     /* an account's bar, found in artefacts */
  ENTRY_DIVERGENCE,   /* the facilitator's marks between accounts */
  ENTRY_AGREEMENT,
} EntryShape;

typedef struct {
  EntryShape  shape;
  guint       kind;
  const char *label;
} LegendEntry;

/* A kind's glyph (solid, as evidence); or a bar with a glyph at its
 * start, both outlined for testimony and solid for evidence. */
static void
draw_account_shape (cairo_t                    *cr,
                    const DebriefTimelineStyle *style,
                    EntryShape                  shape,
                    guint                       kind,
                    double                      x,
                    double                      y)
{
  const DebriefColor *neutral = debrief_lane_color (0);
  DebriefEntryOrigin origin = shape == ENTRY_TESTIMONY ? DEBRIEF_ENTRY_ORIGIN_TESTIMONY : DEBRIEF_ENTRY_ORIGIN_EVIDENCE;
  double size = style->entry_glyph_size, height = round (style->entry_row_height - 4);
  DebriefColor line, hollow;
  DebriefEntryInk ink = { neutral, &style->glyph_edge, &line, &hollow };

  _debrief_entry_ink (style, neutral, &line, &hollow);
  if (shape != ENTRY_ACCOUNT)
    {
      double x0 = round (x + size / 2), x1 = round (x + style->glyph_size * 2.4);

      _debrief_entry_bar_draw (cr, style, neutral, origin, x0, x1, round (y - height / 2), height, x0, x1);
      kind = DEBRIEF_ENTRY_KIND_SAW;
    }
  debrief_entry_glyph_draw (cr, kind, origin, x + size / 2, y, size, &ink);
}

static void
draw_entry_shape (DebriefTimelineRenderer    *renderer,
                  cairo_t                    *cr,
                  const DebriefTimelineStyle *style,
                  EntryShape                  shape,
                  guint                       kind,
                  double                      x,
                  double                      y)
{
  const DebriefColor *neutral = debrief_lane_color (0);
  double size = style->glyph_size;

  switch (shape)
    {
    case ENTRY_GLYPH:
      debrief_glyph_draw (cr, debrief_glyph_for_kind (kind), x + size / 2, y, size, neutral, &style->glyph_edge);
      break;
    case ENTRY_SPAN:
      cairo_rectangle (cr, x, y - size * 0.4, size * 2.2, size * 0.8);
      debrief_color_set_source_alpha (cr, neutral, style->lane_fill_alpha * 0.5);
      cairo_fill_preserve (cr);
      debrief_color_set_source (cr, neutral);
      cairo_set_line_width (cr, style->line_width);
      cairo_stroke (cr);
      break;
    case ENTRY_DENSITY:
      for (int i = 0; i < 5; i++)
        {
          double height = size * (0.5 + 0.12 * ((i * 7) % 5));

          cairo_rectangle (cr, x + i * (size * 0.45), y - height / 2, size * 0.4, height);
        }
      debrief_color_set_source_alpha (cr, neutral, style->lane_fill_alpha);
      cairo_fill (cr);
      break;
    case ENTRY_PHASE:
      cairo_rectangle (cr, x, y - size, size * 2.2, size * 2);
      debrief_color_set_source (cr, &style->phase_fill);
      cairo_fill (cr);
      break;
    case ENTRY_MARKER:
      cairo_rectangle (cr, x + size - style->line_width, y - size, MAX (style->line_width * 1.5, 1.5), size * 2);
      debrief_color_set_source (cr, &style->marker);
      cairo_fill (cr);
      break;
    case ENTRY_ACCOUNT:
    case ENTRY_TESTIMONY:
    case ENTRY_EVIDENCE:
      draw_account_shape (cr, style, shape, kind, x, y);
      break;
    case ENTRY_DIVERGENCE:
    case ENTRY_AGREEMENT:
      _debrief_renderer_draw_comparison_sample (cr, style, shape == ENTRY_DIVERGENCE, x, y, x + size * 2.2);
      break;
    case ENTRY_LINK:
    default:
      cairo_move_to (cr, x, y + size * 0.5);
      cairo_curve_to (cr, x + size, y + size * 0.5, x + size * 1.2, y - size * 0.5, x + size * 2.2, y - size * 0.5);
      cairo_move_to (cr, x + size * 1.7, y - size * 0.8);
      cairo_line_to (cr, x + size * 2.2, y - size * 0.5);
      cairo_line_to (cr, x + size * 1.7, y - size * 0.2);
      debrief_color_set_source (cr, &style->link);
      cairo_set_line_width (cr, style->link_width);
      cairo_stroke (cr);
      break;
    }
  _debrief_renderer_count (renderer, 1);
}

/* The perspectives' part starts a row of its own. */
static guint
add_perspective_entries (LegendEntry *entries,
                         guint        n,
                         guint        per_row)
{
  while (n % per_row != 0)
    entries[n++] = (LegendEntry) { ENTRY_ACCOUNT, G_MAXUINT, NULL };
  for (guint kind = 0; kind <= DEBRIEF_ENTRY_KIND_ASKED; kind++)
    entries[n++] = (LegendEntry) { ENTRY_ACCOUNT, kind, debrief_entry_kind_get_label (kind) };
  entries[n++] = (LegendEntry) { ENTRY_TESTIMONY, 0, _("Told in the review") };
  entries[n++] = (LegendEntry) { ENTRY_EVIDENCE, 0, _("Found in artefacts") };
  entries[n++] = (LegendEntry) { ENTRY_DIVERGENCE, 0, _("Accounts diverge") };
  entries[n++] = (LegendEntry) { ENTRY_AGREEMENT, 0, _("Accounts agree") };
  return n;
}

/**
 * debrief_timeline_renderer_draw_legend_parts:
 *
 * The glyphs and marks of @parts, with what they mean, in rows that fit
 * @max_width.
 * Returns: the height used.
 */
double
debrief_timeline_renderer_draw_legend_parts (DebriefTimelineRenderer    *renderer,
                                             cairo_t                    *cr,
                                             const DebriefTimelineStyle *style,
                                             DebriefLegendParts          parts,
                                             double                      x,
                                             double                      y,
                                             double                      max_width)
{
  double column = style->glyph_size * 3 + style->small_size * 12;
  double row_height = MAX (style->glyph_size * 2, style->small_size * 1.8);
  guint per_row = MAX (1, (guint) (max_width / column)), n = 0;
  g_autofree LegendEntry *entries = g_new0 (LegendEntry, DEBRIEF_N_BUILTIN_EVENT_KINDS + 5 + per_row + 9);

  _debrief_renderer_prepare (renderer, style);
  if (parts & DEBRIEF_LEGEND_EVENTS)
    {
      for (guint kind = 0; kind < DEBRIEF_N_BUILTIN_EVENT_KINDS; kind++)
        entries[n++] = (LegendEntry) { ENTRY_GLYPH, kind, debrief_event_kind_get_label (kind) };
      entries[n++] = (LegendEntry) { ENTRY_SPAN, 0, _("Span, start to end") };
      entries[n++] = (LegendEntry) { ENTRY_DENSITY, 0, _("Several events") };
      entries[n++] = (LegendEntry) { ENTRY_PHASE, 0, _("Phase") };
      entries[n++] = (LegendEntry) { ENTRY_MARKER, 0, _("Marker") };
      entries[n++] = (LegendEntry) { ENTRY_LINK, 0, _("Hand-off") };
    }
  if (parts & DEBRIEF_LEGEND_PERSPECTIVES)
    n = add_perspective_entries (entries, n, per_row);

  for (guint i = 0; i < n; i++)
    {
      double entry_x = x + (i % per_row) * column;
      double entry_y = y + (i / per_row) * row_height + row_height / 2;
      PangoLayout *layout;
      int height;

      if (entries[i].label == NULL)
        continue;
      draw_entry_shape (renderer, cr, style, entries[i].shape, entries[i].kind, entry_x, entry_y);
      layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, entries[i].label,
                                        (int) (column - style->glyph_size * 3));
      pango_layout_get_pixel_size (layout, NULL, &height);
      debrief_color_set_source (cr, &style->text);
      _debrief_renderer_show_label (renderer, cr, layout, entry_x + style->glyph_size * 2.6, entry_y - height / 2.0);
    }
  return ((n + per_row - 1) / per_row) * row_height;
}

/**
 * debrief_timeline_renderer_draw_legend:
 *
 * Every event glyph and mark, with what it means, in rows that fit
 * @max_width.
 * Returns: the height used.
 */
double
debrief_timeline_renderer_draw_legend (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       const DebriefTimelineStyle *style,
                                       double                      x,
                                       double                      y,
                                       double                      max_width)
{
  return debrief_timeline_renderer_draw_legend_parts (renderer, cr, style, DEBRIEF_LEGEND_EVENTS, x, y, max_width);
}

/* ---- the overview strip -------------------------------------------------------------------- */

static void
draw_overview_density (DebriefTimelineRenderer    *renderer,
                       cairo_t                    *cr,
                       const DebriefOverviewFrame *overview,
                       const DebriefTimeScale     *scale)
{
  DebriefEventStore *events = debrief_review_get_events (overview->review);
  guint columns = (guint) ceil (overview->width / 2);
  guint index = debrief_event_store_lower_bound (events, overview->whole_start);
  double bottom = overview->height - 3, room = overview->height - 8;

  for (guint c = 0; c < columns; c++)
    {
      gint64 end = debrief_time_scale_to_time (scale, (c + 1) * 2.0);
      guint next = debrief_event_store_lower_bound (events, end);
      guint count = next - index;

      if (count > 0)
        {
          double height = room * MIN (1.0, 0.25 + log2 ((double) count + 1) / 10.0);

          cairo_rectangle (cr, c * 2.0, bottom - height, 1.6, height);
        }
      index = next;
    }
  debrief_color_set_source (cr, &overview->style->text_dim);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 1);
}

void
debrief_timeline_renderer_draw_overview (DebriefTimelineRenderer    *renderer,
                                         cairo_t                    *cr,
                                         const DebriefOverviewFrame *overview)
{
  const DebriefTimelineStyle *style = overview->style;
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (overview->review));
  DebriefTimeScale scale;
  double x0, x1;

  debrief_time_scale_init (&scale, overview->whole_start, overview->whole_end, overview->width);
  debrief_color_set_source (cr, &style->header_background);
  cairo_paint (cr);

  for (guint i = 0, band = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      if (debrief_phase_get_kind (phase) != DEBRIEF_PHASE_KIND_PHASE || debrief_phase_get_end (phase) == DEBRIEF_TIME_NONE)
        continue;
      x0 = debrief_time_scale_to_x (&scale, debrief_phase_get_start (phase));
      x1 = debrief_time_scale_to_x (&scale, debrief_phase_get_end (phase));
      cairo_rectangle (cr, x0, 0, x1 - x0, overview->height);
      debrief_color_set_source (cr, band++ % 2 ? &style->phase_fill_alt : &style->phase_fill);
      cairo_fill (cr);
    }
  draw_overview_density (renderer, cr, overview, &scale);
  /* The strip must not give away what the playhead hides. */
  if (overview->playhead != DEBRIEF_TIME_NONE && overview->playhead != 0)
    {
      x0 = CLAMP (ceil (debrief_time_scale_to_x (&scale, overview->playhead)), 0, overview->width);
      cairo_rectangle (cr, x0, 0, overview->width - x0, overview->height);
      debrief_color_set_source (cr, &style->header_background);
      cairo_fill (cr);
    }

  /* Outside the visible window is dimmed; the window itself is framed. */
  x0 = CLAMP (debrief_time_scale_to_x (&scale, overview->view_start), 0, overview->width);
  x1 = CLAMP (debrief_time_scale_to_x (&scale, overview->view_end), 0, overview->width);
  x1 = MAX (x1, x0 + 3);
  cairo_rectangle (cr, 0, 0, x0, overview->height);
  cairo_rectangle (cr, x1, 0, overview->width - x1, overview->height);
  debrief_color_set_source_alpha (cr, &style->background, 0.55);
  cairo_fill (cr);
  cairo_rectangle (cr, x0 + 1, 1, x1 - x0 - 2, overview->height - 2);
  debrief_color_set_source (cr, &style->selection);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 3);
}
