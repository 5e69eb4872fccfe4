/* debrief-timeline-style.c — how the timeline looks: data, not drawing code
 *
 * Five looks. Screen light and dark follow libadwaita's palette. Projection
 * is for the back row of a meeting room: large type (event text 24 px, as
 * read on a 1024×768 projector), thick strokes, text at ≥ 7:1 contrast;
 * its dark twin, light on black, is for a dimmed room, where a white screen
 * glares. Print is white and ink-light: tints, not fills.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-style"

#include "config.h"

#include "debrief-timeline-style.h"

#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const DebriefTimelineStyle styles[DEBRIEF_N_TIMELINE_STYLES] = {
  [DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT] = {
    .kind = DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT, .name = "screen",
    .font_family = "Cantarell, Adwaita Sans, DejaVu Sans, sans-serif",
    .label_size = 12, .header_size = 13, .small_size = 11,
    .header_width = 210, .ruler_height = 44, .phase_strip_height = 20, .group_height = 28,
    .lane_height = 34, .collapsed_height = 14, .span_row_height = 14, .glyph_size = 11,
    .line_width = 1, .link_width = 1.5, .cluster_bin = 6, .label_min_width = 56,
    .entry_row_height = 22, .entry_glyph_size = 15,
    .background = RGBA (0xffffff, 1), .lane_stripe = RGBA (0x000000, 0.025),
    .header_background = RGBA (0xfafafa, 1), .ruler_background = RGBA (0xfafafa, 1),
    .text = RGBA (0x000000, 0.85), .text_dim = RGBA (0x000000, 0.55),
    .grid = RGBA (0x000000, 0.05), .grid_major = RGBA (0x000000, 0.12),
    .separator = RGBA (0x000000, 0.15), .glyph_edge = RGBA (0x000000, 0.45),
    .phase_fill = RGBA (0x3584e4, 0.07), .phase_fill_alt = RGBA (0x9141ac, 0.06),
    .marker = RGBA (0xc01c28, 0.85), .link = RGBA (0x000000, 0.16),
    .outside_incident = RGBA (0x000000, 0.035),
    .search_match = RGBA (0xf6d32d, 0.55), .selection = RGBA (0x3584e4, 1), .hover = RGBA (0x3584e4, 0.55), .cursor = RGBA (0xc01c28, 0.8),
    .range_fill = RGBA (0x3584e4, 0.15), .lane_fill_alpha = 0.75, .entry_hatch_alpha = 0.45,
    .divergence = RGBA (0xe66100, 1), .agreement = RGBA (0x26a269, 1),
  },
  [DEBRIEF_TIMELINE_STYLE_SCREEN_DARK] = {
    .kind = DEBRIEF_TIMELINE_STYLE_SCREEN_DARK, .name = "dark",
    .font_family = "Cantarell, Adwaita Sans, DejaVu Sans, sans-serif",
    .label_size = 12, .header_size = 13, .small_size = 11,
    .header_width = 210, .ruler_height = 44, .phase_strip_height = 20, .group_height = 28,
    .lane_height = 34, .collapsed_height = 14, .span_row_height = 14, .glyph_size = 11,
    .line_width = 1, .link_width = 1.5, .cluster_bin = 6, .label_min_width = 56,
    .entry_row_height = 22, .entry_glyph_size = 15,
    .background = RGBA (0x1e1e1e, 1), .lane_stripe = RGBA (0xffffff, 0.03),
    .header_background = RGBA (0x242424, 1), .ruler_background = RGBA (0x242424, 1),
    .text = RGBA (0xffffff, 0.92), .text_dim = RGBA (0xffffff, 0.60),
    .grid = RGBA (0xffffff, 0.05), .grid_major = RGBA (0xffffff, 0.12),
    .separator = RGBA (0xffffff, 0.15), .glyph_edge = RGBA (0x000000, 0.6),
    .phase_fill = RGBA (0x62a0ea, 0.09), .phase_fill_alt = RGBA (0xc061cb, 0.08),
    .marker = RGBA (0xff7b63, 0.9), .link = RGBA (0xffffff, 0.18),
    .outside_incident = RGBA (0x000000, 0.18),
    .search_match = RGBA (0xf8e45c, 0.45), .selection = RGBA (0x78aeed, 1), .hover = RGBA (0x78aeed, 0.6), .cursor = RGBA (0xff7b63, 0.85),
    .range_fill = RGBA (0x78aeed, 0.18), .lane_fill_alpha = 0.8, .entry_hatch_alpha = 0.5,
    .divergence = RGBA (0xff7800, 1), .agreement = RGBA (0x57e389, 1),
  },
  [DEBRIEF_TIMELINE_STYLE_PROJECTION] = {
    .kind = DEBRIEF_TIMELINE_STYLE_PROJECTION, .name = "projection",
    .font_family = "Cantarell, Adwaita Sans, DejaVu Sans, sans-serif",
    .label_size = 24, .header_size = 26, .small_size = 20,
    .header_width = 300, .ruler_height = 72, .phase_strip_height = 32, .group_height = 40,
    .lane_height = 60, .collapsed_height = 20, .span_row_height = 26, .glyph_size = 22,
    .line_width = 2, .link_width = 3.5, .cluster_bin = 12, .label_min_width = 120,
    .entry_row_height = 40, .entry_glyph_size = 28,
    .background = RGBA (0xffffff, 1), .lane_stripe = RGBA (0x000000, 0.05),
    .header_background = RGBA (0xf0f0f0, 1), .ruler_background = RGBA (0xf0f0f0, 1),
    .text = RGBA (0x000000, 1), .text_dim = RGBA (0x303030, 1),
    .grid = RGBA (0x000000, 0.10), .grid_major = RGBA (0x000000, 0.30),
    .separator = RGBA (0x000000, 0.5), .glyph_edge = RGBA (0x000000, 0.9),
    .phase_fill = RGBA (0x1c71d8, 0.10), .phase_fill_alt = RGBA (0x813d9c, 0.09),
    .marker = RGBA (0xa51d2d, 1), .link = RGBA (0x000000, 0.30),
    .outside_incident = RGBA (0x000000, 0.05),
    .search_match = RGBA (0xe5a50a, 0.6), .selection = RGBA (0x1c4f95, 1), .hover = RGBA (0x1c4f95, 0.7), .cursor = RGBA (0xa51d2d, 1),
    /* A span's bar is tinted at half this: light enough under black type
     * whatever the lane's colour (tests/test-projection.c checks). */
    .range_fill = RGBA (0x1a5fb4, 0.18), .lane_fill_alpha = 0.6, .entry_hatch_alpha = 0.55,
    .divergence = RGBA (0xc64600, 1), .agreement = RGBA (0x1c7a43, 1),
  },
  [DEBRIEF_TIMELINE_STYLE_PRINT] = {
    .kind = DEBRIEF_TIMELINE_STYLE_PRINT, .name = "print",
    .font_family = "Cantarell, Adwaita Sans, DejaVu Sans, sans-serif",
    .label_size = 9, .header_size = 10, .small_size = 8,
    .header_width = 170, .ruler_height = 36, .phase_strip_height = 16, .group_height = 22,
    .lane_height = 26, .collapsed_height = 10, .span_row_height = 11, .glyph_size = 8,
    .line_width = 0.75, .link_width = 1, .cluster_bin = 4, .label_min_width = 40,
    .entry_row_height = 16, .entry_glyph_size = 11,
    .background = RGBA (0xffffff, 1), .lane_stripe = RGBA (0x000000, 0.0),
    .header_background = RGBA (0xffffff, 1), .ruler_background = RGBA (0xffffff, 1),
    .text = RGBA (0x000000, 1), .text_dim = RGBA (0x444444, 1),
    .grid = RGBA (0x000000, 0.08), .grid_major = RGBA (0x000000, 0.2),
    .separator = RGBA (0x000000, 0.35), .glyph_edge = RGBA (0x000000, 0.7),
    .phase_fill = RGBA (0x3584e4, 0.06), .phase_fill_alt = RGBA (0x9141ac, 0.05),
    .marker = RGBA (0xa51d2d, 1), .link = RGBA (0x000000, 0.35),
    .outside_incident = RGBA (0x000000, 0.0),
    .search_match = RGBA (0xf6d32d, 0.6), .selection = RGBA (0x1a5fb4, 1), .hover = RGBA (0x1a5fb4, 0.6), .cursor = RGBA (0xa51d2d, 1),
    .range_fill = RGBA (0x1a5fb4, 0.12), .lane_fill_alpha = 0.55, .entry_hatch_alpha = 0.4,
    .divergence = RGBA (0xc64600, 1), .agreement = RGBA (0x1c7a43, 1),
  },
  [DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK] = {
    .kind = DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK, .name = "projection-dark",
    .font_family = "Cantarell, Adwaita Sans, DejaVu Sans, sans-serif",
    .label_size = 24, .header_size = 26, .small_size = 20,
    .header_width = 300, .ruler_height = 72, .phase_strip_height = 32, .group_height = 40,
    .lane_height = 60, .collapsed_height = 20, .span_row_height = 26, .glyph_size = 22,
    .line_width = 2, .link_width = 3.5, .cluster_bin = 12, .label_min_width = 120,
    .entry_row_height = 40, .entry_glyph_size = 28,
    .background = RGBA (0x000000, 1), .lane_stripe = RGBA (0xffffff, 0.07),
    .header_background = RGBA (0x1a1a1a, 1), .ruler_background = RGBA (0x1a1a1a, 1),
    .text = RGBA (0xffffff, 1), .text_dim = RGBA (0xd0d0d0, 1),
    /* Glyphs are outlined in white: a dark lane colour on black must still
     * show its shape. */
    .grid = RGBA (0xffffff, 0.14), .grid_major = RGBA (0xffffff, 0.35),
    .separator = RGBA (0xffffff, 0.5), .glyph_edge = RGBA (0xffffff, 0.95),
    .phase_fill = RGBA (0x62a0ea, 0.16), .phase_fill_alt = RGBA (0xc061cb, 0.14),
    .marker = RGBA (0xff7b63, 1), .link = RGBA (0xffffff, 0.35),
    .outside_incident = RGBA (0x000000, 0.45),
    .search_match = RGBA (0xf8e45c, 0.45), .selection = RGBA (0x1c4f95, 1), .hover = RGBA (0x99c1f1, 0.8), .cursor = RGBA (0xa51d2d, 1),
    .range_fill = RGBA (0x3584e4, 0.3), .lane_fill_alpha = 0.45, .entry_hatch_alpha = 0.55,
    .divergence = RGBA (0xff7800, 1), .agreement = RGBA (0x57e389, 1),
  },
};

const DebriefTimelineStyle *
debrief_timeline_style_get (DebriefTimelineStyleKind kind)
{
  g_return_val_if_fail (kind < DEBRIEF_N_TIMELINE_STYLES, &styles[0]);
  return &styles[kind];
}

/* "screen", "dark", "projection", "print"; NULL if no such style. */
const DebriefTimelineStyle *
debrief_timeline_style_from_name (const char *name)
{
  for (guint i = 0; i < DEBRIEF_N_TIMELINE_STYLES; i++)
    if (g_strcmp0 (styles[i].name, name) == 0)
      return &styles[i];
  return NULL;
}

/* The same look, every size multiplied by @scale: the projector's setting
 * (projection-scale) makes type and strokes larger for a far back row or
 * smaller for a small room. Colours are untouched, so contrast holds. */
void
debrief_timeline_style_scale (const DebriefTimelineStyle *style,
                              double                      scale,
                              DebriefTimelineStyle       *out_scaled)
{
  g_return_if_fail (style != NULL && out_scaled != NULL);
  g_return_if_fail (scale > 0);

  *out_scaled = *style;
  out_scaled->label_size *= scale;
  out_scaled->header_size *= scale;
  out_scaled->small_size *= scale;
  out_scaled->header_width *= scale;
  out_scaled->ruler_height *= scale;
  out_scaled->phase_strip_height *= scale;
  out_scaled->group_height *= scale;
  out_scaled->lane_height *= scale;
  out_scaled->collapsed_height *= scale;
  out_scaled->span_row_height *= scale;
  out_scaled->glyph_size *= scale;
  out_scaled->line_width *= scale;
  out_scaled->link_width *= scale;
  out_scaled->cluster_bin *= scale;
  out_scaled->label_min_width *= scale;
  out_scaled->entry_row_height *= scale;
  out_scaled->entry_glyph_size *= scale;
}

/* White type, as on GNOME's accent-coloured buttons, unless it falls below
 * 3:1 on @fill as the ruler shows it; then whichever reads better. The
 * playhead's badge is filled with the text colour, white in the dark
 * styles, where white type on it could not be read at all. */
DebriefColor
debrief_timeline_style_badge_ink (const DebriefTimelineStyle *style,
                                  const DebriefColor         *fill)
{
  DebriefColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 };
  DebriefColor ground = style->ruler_background, opaque = *fill, shown;

  ground.alpha = opaque.alpha = 1;
  shown = debrief_color_mix (&ground, &opaque, fill->alpha);
  shown.alpha = 1;
  if (debrief_color_contrast_ratio (&white, &shown) >= 3.0)
    return white;
  return debrief_color_contrast_ratio (&white, &shown) >= debrief_color_contrast_ratio (&black, &shown) ? white : black;
}
