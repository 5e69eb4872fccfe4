/* debrief-timeline-margins.c — the fixed parts: lane headers and the ruler
 *
 * The lane header column on the left and the ruler on top stay put while
 * the lanes scroll and zoom under them. The header column names each lane
 * (colour chip, name, role or group) and each perspective (the
 * participant's name and the perspective's title, or, split by kind, the
 * kind) under its group's title; the ruler
 * shows the ticks, the date or day they belong to, the time display in use,
 * and the titles of the phase and marker strips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-entry-glyphs.h"
#include "debrief-time.h"
#include "debrief-timeline-chart-private.h"
#include "debrief-timeline-layout-private.h"
#include "debrief-timeline-renderer-private.h"

/* ---- the lane header column ------------------------------------------------------------ */

static char *
group_title (const DebriefGeometry *geometry,
             DebriefLaneGroup       group)
{
  GListModel *lanes = debrief_review_get_lanes (geometry->review);
  DebriefLaneKind kind = group == DEBRIEF_LANE_GROUP_PARTICIPANTS ? DEBRIEF_LANE_KIND_PARTICIPANT
                                                                  : DEBRIEF_LANE_KIND_COMPONENT;
  guint count = 0;

  if (group == DEBRIEF_LANE_GROUP_PERSPECTIVES)
    return g_strdup_printf ("%s  %u", _("Perspectives"),
                            debrief_timeline_layout_get_n_perspectives (geometry->frame->layout));
  if (group == DEBRIEF_LANE_GROUP_METRICS)
    return g_strdup (_("Metrics"));
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      count += debrief_lane_get_kind (lane) == kind &&
               _debrief_timeline_layout_lane_shown (geometry->frame->layout, lane);
    }
  return g_strdup_printf ("%s  %u", group == DEBRIEF_LANE_GROUP_PARTICIPANTS ? _("Participants")
                                                                          : _("Components"), count);
}

static void
draw_group_header (DebriefTimelineRenderer  *renderer,
                   cairo_t                  *cr,
                   const DebriefGeometry    *geometry,
                   const DebriefTimelineRow *row)
{
  const DebriefTimelineStyle *style = geometry->style;
  double top = _debrief_geometry_row_top (geometry, row), middle = top + row->height / 2;
  double size = style->small_size * 0.45;
  g_autofree char *title = group_title (geometry, row->group);
  PangoLayout *layout;
  int height;

  cairo_rectangle (cr, 0, top, geometry->frame->width, row->height);
  debrief_color_set_source (cr, &style->header_background);
  cairo_fill (cr);
  cairo_rectangle (cr, 0, top, geometry->frame->width, style->line_width);
  debrief_color_set_source (cr, &style->separator);
  cairo_fill (cr);

  /* ▾ expanded, ▸ collapsed. */
  if (row->collapsed)
    {
      cairo_move_to (cr, 12, middle - size);
      cairo_line_to (cr, 12 + size * 1.6, middle);
      cairo_line_to (cr, 12, middle + size);
    }
  else
    {
      cairo_move_to (cr, 10, middle - size * 0.7);
      cairo_line_to (cr, 10 + size * 2, middle - size * 0.7);
      cairo_line_to (cr, 10 + size, middle + size * 0.9);
    }
  cairo_close_path (cr);
  debrief_color_set_source (cr, &style->text_dim);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 3);

  layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL_BOLD, title,
                                    (int) (style->header_width - 34));
  pango_layout_get_pixel_size (layout, NULL, &height);
  _debrief_renderer_show_label (renderer, cr, layout, 14 + size * 2.5, middle - height / 2.0);
}

/* Participants (and their perspectives) get a round chip, components a
 * square one: the difference is in shape, not only colour. */
static void
draw_lane_chip (DebriefTimelineRenderer  *renderer,
                cairo_t                  *cr,
                const DebriefGeometry    *geometry,
                const DebriefTimelineRow *row,
                double                    x,
                double                    middle)
{
  double size = MIN (geometry->style->header_size, row->height - 4) * 0.8;

  cairo_new_path (cr);
  if (row->group == DEBRIEF_LANE_GROUP_PARTICIPANTS || row->kind == DEBRIEF_ROW_PERSPECTIVE)
    cairo_arc (cr, x + size / 2, middle, size / 2, 0, 2 * G_PI);
  else
    cairo_rectangle (cr, x, middle - size / 2, size, size);
  debrief_color_set_source (cr, &row->color);
  cairo_fill_preserve (cr);
  debrief_color_set_source (cr, &geometry->style->glyph_edge);
  cairo_set_line_width (cr, geometry->style->line_width);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 2);
}

/* A name (or nothing) over a dimmer detail (or nothing), centred on @middle. */
static void
draw_header_text (DebriefTimelineRenderer  *renderer,
                  cairo_t                  *cr,
                  const DebriefGeometry    *geometry,
                  const char               *name_text,
                  DebriefLabelRole          name_role,
                  const char               *detail,
                  double                    middle)
{
  const DebriefTimelineStyle *style = geometry->style;
  double text_x = 14 + style->header_size;
  int width = (int) (style->header_width - text_x - 8), name_height = 0, detail_height = 0;
  PangoLayout *name = NULL, *detail_layout = NULL;

  if (name_text != NULL)
    {
      name = debrief_label_cache_get (renderer->labels, name_role, name_text, width);
      pango_layout_get_pixel_size (name, NULL, &name_height);
    }
  if (detail != NULL && style->lane_height >= MAX (name_height, style->small_size) * 1.8)
    {
      detail_layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, detail, width);
      pango_layout_get_pixel_size (detail_layout, NULL, &detail_height);
    }

  if (name != NULL)
    {
      debrief_color_set_source (cr, &style->text);
      _debrief_renderer_show_label (renderer, cr, name, text_x, middle - (name_height + detail_height) / 2.0);
    }
  if (detail_layout != NULL)
    {
      debrief_color_set_source (cr, &style->text_dim);
      _debrief_renderer_show_label (renderer, cr, detail_layout, text_x,
                                    middle - (name_height + detail_height) / 2.0 + name_height);
    }
}

static void
draw_lane_header (DebriefTimelineRenderer  *renderer,
                  cairo_t                  *cr,
                  const DebriefGeometry    *geometry,
                  const DebriefTimelineRow *row)
{
  double middle = _debrief_geometry_row_top (geometry, row) +
                  (row->collapsed ? row->height : geometry->style->lane_height) / 2;
  const char *detail = row->group == DEBRIEF_LANE_GROUP_PARTICIPANTS ? debrief_lane_get_role (row->lane)
                                                                     : debrief_lane_get_group (row->lane);

  /* Pseudonymised, a participant is named by role already: no repeat. */
  if (geometry->frame->names != NULL && row->group == DEBRIEF_LANE_GROUP_PARTICIPANTS)
    detail = NULL;
  draw_lane_chip (renderer, cr, geometry, row, 10, middle);
  draw_header_text (renderer, cr, geometry, debrief_pseudonyms_lane_name (geometry->frame->names, row->lane),
                    row->collapsed ? DEBRIEF_LABEL_SMALL : DEBRIEF_LABEL_HEADER,
                    row->collapsed ? NULL : detail, middle);
}

/* Whose account: the participant's name, else the perspective's title or id. */
static const char *
perspective_name (const DebriefGeometry    *geometry,
                  const DebriefTimelineRow *row)
{
  if (row->lane != NULL)
    return debrief_pseudonyms_lane_name (geometry->frame->names, row->lane);
  if (debrief_perspective_get_title (row->perspective) != NULL)
    return debrief_perspective_get_title (row->perspective);
  return debrief_item_get_id (DEBRIEF_ITEM (row->perspective));
}

/* The kind's glyph as the chip of a split row; the participant's round
 * chip otherwise. The reference gets a bar of its colour down the edge. */
static void
draw_perspective_chip (DebriefTimelineRenderer  *renderer,
                       cairo_t                  *cr,
                       const DebriefGeometry    *geometry,
                       const DebriefTimelineRow *row,
                       double                    middle)
{
  const DebriefTimelineStyle *style = geometry->style;
  double size = MIN (style->header_size, row->height - 4) * 0.8;

  if (row->pinned)
    {
      cairo_rectangle (cr, 0, _debrief_geometry_row_top (geometry, row), MAX (3, style->line_width * 3), row->height);
      debrief_color_set_source (cr, &row->color);
      cairo_fill (cr);
      _debrief_renderer_count (renderer, 1);
    }
  if (row->split)
    {
      DebriefColor line, hollow;
      DebriefEntryInk ink = { &row->color, &style->glyph_edge, &line, &hollow };

      _debrief_entry_ink (style, &row->color, &line, &hollow);
      debrief_entry_glyph_draw (cr, row->entry_kind, DEBRIEF_ENTRY_ORIGIN_EVIDENCE, 10 + size / 2, middle,
                                size * 1.15, &ink);
      _debrief_renderer_count (renderer, 2);
    }
  else
    draw_lane_chip (renderer, cr, geometry, row, 10, middle);
}

/* Unsplit: the name over the title. Split: the name on the first row of
 * the perspective only, each row's kind under it; rows of one perspective
 * share a stripe, and a line parts one perspective from the next. */
static void
draw_perspective_header (DebriefTimelineRenderer  *renderer,
                         cairo_t                  *cr,
                         const DebriefGeometry    *geometry,
                         const DebriefTimelineRow *row)
{
  double top = _debrief_geometry_row_top (geometry, row), middle = top + geometry->style->lane_height / 2;
  const char *detail = row->split ? debrief_entry_kind_get_label (row->entry_kind)
                                  : debrief_perspective_get_title (row->perspective);
  g_autofree char *reference = NULL;
  g_autofree char *named = NULL;

  if (!row->split)
    detail = _debrief_frame_named (geometry->frame, detail, &named);
  /* Translators: the perspective the others are read against; %s is its title. */
  if (row->pinned && row->first_of_perspective)
    detail = reference = detail ? g_strdup_printf (_("Reference · %s"), detail) : g_strdup (_("Reference"));
  if (row->split && row->first_of_perspective && row->index > 0)
    {
      cairo_rectangle (cr, 0, top, geometry->frame->width, geometry->style->line_width);
      debrief_color_set_source (cr, &geometry->style->separator);
      cairo_fill (cr);
      _debrief_renderer_count (renderer, 1);
    }
  draw_perspective_chip (renderer, cr, geometry, row, middle);
  draw_header_text (renderer, cr, geometry, row->first_of_perspective ? perspective_name (geometry, row) : NULL,
                    DEBRIEF_LABEL_HEADER, detail, middle);
}

void
_debrief_renderer_draw_headers (DebriefTimelineRenderer *renderer,
                                cairo_t                 *cr,
                                const DebriefGeometry   *geometry)
{
  DebriefTimelineLayout *layout = geometry->frame->layout;
  const DebriefTimelineStyle *style = geometry->style;
  guint n = debrief_timeline_layout_get_n_rows (layout);

  cairo_save (cr);
  cairo_rectangle (cr, 0, geometry->lanes_y, geometry->frame->width, geometry->lanes_bottom - geometry->lanes_y);
  cairo_clip (cr);

  if (geometry->frame->show_headers)
    {
      cairo_rectangle (cr, 0, geometry->lanes_y, style->header_width, geometry->lanes_bottom - geometry->lanes_y);
      debrief_color_set_source (cr, &style->header_background);
      cairo_fill (cr);
      _debrief_renderer_draw_stripes (renderer, cr, geometry, 0, style->header_width);
    }

  for (guint i = 0; i < n; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (!_debrief_geometry_row_visible (geometry, row))
        continue;
      if (row->kind == DEBRIEF_ROW_GROUP)
        draw_group_header (renderer, cr, geometry, row);
      else if (row->kind == DEBRIEF_ROW_PERSPECTIVE && geometry->frame->show_headers)
        draw_perspective_header (renderer, cr, geometry, row);
      else if (row->kind == DEBRIEF_ROW_CHART && geometry->frame->show_headers)
        _debrief_renderer_draw_chart_header (renderer, cr, geometry, row);
      else if (geometry->frame->show_headers)
        draw_lane_header (renderer, cr, geometry, row);
    }

  if (geometry->frame->show_headers)
    {
      cairo_rectangle (cr, style->header_width - style->line_width, geometry->lanes_y, style->line_width,
                       geometry->lanes_bottom - geometry->lanes_y);
      debrief_color_set_source (cr, &style->separator);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* ---- the ruler ---------------------------------------------------------------------------- */

static void
draw_tick_labels (DebriefTimelineRenderer *renderer,
                  cairo_t                 *cr,
                  const DebriefGeometry   *geometry,
                  DebriefTickSet          *ticks)
{
  const DebriefTimelineStyle *style = geometry->style;
  double bottom = style->ruler_height;

  for (guint i = 0; i < ticks->ticks->len; i++)
    {
      DebriefTick *tick = &g_array_index (ticks->ticks, DebriefTick, i);
      double x = round (geometry->plot_x + tick->x) + 0.5;

      cairo_move_to (cr, x, bottom - (tick->major ? style->ruler_height * 0.22 : style->ruler_height * 0.1));
      cairo_line_to (cr, x, bottom);
    }
  cairo_set_line_width (cr, 1);
  debrief_color_set_source (cr, &style->text_dim);
  cairo_stroke (cr);
  _debrief_renderer_count (renderer, 1);

  debrief_color_set_source (cr, &style->text);
  for (guint i = 0; i < ticks->ticks->len; i++)
    {
      DebriefTick *tick = &g_array_index (ticks->ticks, DebriefTick, i);
      PangoLayout *layout;
      int height;

      /* A label whose tick has scrolled off would show as a stub (“6” of
       * “08:56”), which reads as a different time. */
      if (tick->label == NULL || tick->x < 0)
        continue;
      layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, tick->label, -1);
      pango_layout_get_pixel_size (layout, NULL, &height);
      _debrief_renderer_show_label (renderer, cr, layout, geometry->plot_x + tick->x + 4,
                                    bottom - style->ruler_height * 0.22 - height + 2);
    }
}

/* The date (or day) of the ticks below, kept in view while panning. */
static void
draw_tick_contexts (DebriefTimelineRenderer *renderer,
                    cairo_t                 *cr,
                    const DebriefGeometry   *geometry,
                    DebriefTickSet          *ticks)
{
  const DebriefTimelineStyle *style = geometry->style;

  for (guint i = 0; i < ticks->contexts->len; i++)
    {
      DebriefTickContext *context = &g_array_index (ticks->contexts, DebriefTickContext, i);
      double x0 = MAX (_debrief_geometry_x (geometry, context->start), geometry->plot_x);
      double x1 = MIN (_debrief_geometry_x (geometry, context->end), geometry->frame->width);
      PangoLayout *layout;

      if (x1 - x0 < 30)
        continue;
      if (i > 0)
        {
          cairo_rectangle (cr, round (x0), 2, 1, style->ruler_height * 0.45);
          debrief_color_set_source (cr, &style->separator);
          cairo_fill (cr);
        }
      layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL_BOLD, context->label,
                                        (int) (x1 - x0 - 10));
      debrief_color_set_source (cr, &style->text_dim);
      _debrief_renderer_show_label (renderer, cr, layout, x0 + 6, style->ruler_height * 0.08);
    }
}

static const char *
describe_display (const DebriefGeometry *geometry,
                  char                 **to_free)
{
  const DebriefTimeContext *time = &geometry->frame->time;

  switch (time->mode)
    {
    case DEBRIEF_TIME_DISPLAY_UTC:
      return "UTC";
    case DEBRIEF_TIME_DISPLAY_RELATIVE:
      {
        g_autofree char *origin = debrief_time_context_format (&(DebriefTimeContext) {
            DEBRIEF_TIME_DISPLAY_ZONE, debrief_review_get_time_zone (geometry->review), 0 },
          time->origin, FALSE);

        return *to_free = g_strdup_printf (_("T+0 = %s"), origin);
      }
    case DEBRIEF_TIME_DISPLAY_ZONE:
    default:
      return debrief_review_get_timezone (geometry->review);
    }
}

/* Under the ruler's corner: what the strip's rows hold. */
static void
draw_strip_titles (DebriefTimelineRenderer *renderer,
                   cairo_t                 *cr,
                   const DebriefGeometry   *geometry)
{
  const DebriefTimelineStyle *style = geometry->style;
  const char *titles[2] = { _("Phases"), _("Markers") };
  int rows[2];

  _debrief_frame_count_strip_rows (geometry->frame, &rows[0], &rows[1]);
  cairo_rectangle (cr, 0, style->ruler_height, style->header_width, geometry->lanes_y - style->ruler_height);
  debrief_color_set_source (cr, &style->header_background);
  cairo_fill (cr);
  for (guint i = 0; i < 2; i++)
    if (rows[i] >= 0 && geometry->frame->show_headers)
      {
        PangoLayout *layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL, titles[i],
                                                       (int) style->header_width - 24);
        int height;

        pango_layout_get_pixel_size (layout, NULL, &height);
        debrief_color_set_source (cr, &style->text_dim);
        _debrief_renderer_show_label (renderer, cr, layout, 12,
                                      style->ruler_height + rows[i] * style->phase_strip_height +
                                      (style->phase_strip_height - height) / 2.0);
      }
}

void
_debrief_renderer_draw_ruler (DebriefTimelineRenderer *renderer,
                              cairo_t                 *cr,
                              const DebriefGeometry   *geometry,
                              DebriefTickSet          *ticks)
{
  const DebriefTimelineStyle *style = geometry->style;
  g_autofree char *to_free = NULL;
  PangoLayout *layout;

  if (geometry->frame->show_headers)
    draw_strip_titles (renderer, cr, geometry);

  cairo_rectangle (cr, 0, 0, geometry->frame->width, style->ruler_height);
  debrief_color_set_source (cr, &style->ruler_background);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot_x, 0, geometry->plot_width, style->ruler_height);
  cairo_clip (cr);
  draw_tick_contexts (renderer, cr, geometry, ticks);
  draw_tick_labels (renderer, cr, geometry, ticks);
  cairo_restore (cr);

  cairo_rectangle (cr, 0, geometry->lanes_y - style->line_width, geometry->frame->width, style->line_width);
  debrief_color_set_source (cr, &style->separator);
  cairo_fill (cr);
  _debrief_renderer_count (renderer, 2);

  if (geometry->frame->show_headers)
    {
      layout = debrief_label_cache_get (renderer->labels, DEBRIEF_LABEL_SMALL,
                                        describe_display (geometry, &to_free), (int) style->header_width - 20);
      debrief_color_set_source (cr, &style->text_dim);
      _debrief_renderer_show_label (renderer, cr, layout, 12,
                                    style->ruler_height - style->ruler_height * 0.22 - style->small_size * 1.3);
    }
}
