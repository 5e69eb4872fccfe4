/* debrief-timeline-renderer-private.h — shared by the renderer's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-glyph-batch.h"
#include "debrief-label-cache.h"
#include "debrief-time.h"
#include "debrief-time-ticks.h"
#include "debrief-timeline-renderer.h"

G_BEGIN_DECLS

#define DEBRIEF_GLYPH_BATCHES 16

/* Events of a lane falling into one bin (a few pixels of the plot). */
typedef struct {
  guint first;   /* lane position of the bin's first event */
  guint count;
} DebriefBin;

struct _DebriefTimelineRenderer
{
  DebriefLabelCache          *labels;
  const DebriefTimelineStyle *fonts_for;   /* the style the fonts were set for */
  DebriefRenderStats          stats;
  GArray                     *bins;        /* DebriefBin, reused lane after lane */
  gint64                      bins_first;  /* when bin 0 starts */
  gint64                      bins_duration;
  /* Glyphs wait here, one batch per lane colour, and are drawn together
   * after all lanes: lanes share the palette's colours, so a frame costs a
   * few fills per colour instead of a few per lane. */
  DebriefGlyphBatch           glyphs[DEBRIEF_GLYPH_BATCHES];
  DebriefColor                glyph_colors[DEBRIEF_GLYPH_BATCHES];
  guint                       n_glyph_colors;
  GArray                     *chart_columns; /* DebriefChartColumn, reused chart after chart */
};

/* What one draw works from, derived once from the frame. */
typedef struct {
  const DebriefTimelineFrame *frame;
  const DebriefTimelineStyle *style;
  DebriefReview              *review;
  DebriefEventStore          *events;
  DebriefTimeScale            scale;         /* over the plot, x from plot_x */
  double                      plot_x;
  double                      plot_width;
  double                      lanes_y;       /* where the lanes area starts on the canvas */
  double                      lanes_bottom;
  /* What the cairo_t's clip lets through, widened by a lane: rows beyond
   * are not drawn at all, so a PNG drawn in strips costs each strip only
   * its rows. Without a clip, the whole canvas. */
  double                      cull_top;
  double                      cull_bottom;
} DebriefGeometry;

void    _debrief_geometry_init        (DebriefGeometry            *geometry,
                                       const DebriefTimelineFrame *frame);
void    _debrief_geometry_cull_to_clip (DebriefGeometry           *geometry,
                                       cairo_t                    *cr);
gboolean _debrief_geometry_y_visible  (const DebriefGeometry      *geometry,
                                       double                      top,
                                       double                      bottom);
double  _debrief_geometry_x           (const DebriefGeometry      *geometry,
                                       gint64                      time);
double  _debrief_geometry_row_top     (const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row);
double  _debrief_geometry_point_y     (const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row);
double  _debrief_geometry_span_y      (const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row,
                                       guint                       sub_row);
gboolean _debrief_geometry_row_visible (const DebriefGeometry     *geometry,
                                       const DebriefTimelineRow   *row);

void    _debrief_renderer_prepare     (DebriefTimelineRenderer    *renderer,
                                       const DebriefTimelineStyle *style);
void    _debrief_renderer_show_label  (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       PangoLayout                *layout,
                                       double                      x,
                                       double                      y);
void    _debrief_renderer_count       (DebriefTimelineRenderer    *renderer,
                                       guint                       primitives);

const char *_debrief_frame_named      (const DebriefTimelineFrame *frame,
                                       const char                 *text,
                                       char                      **owned);

guint   _debrief_frame_count_strip_rows (const DebriefTimelineFrame *frame,
                                         int                        *out_phase_row,
                                         int                        *out_marker_row);

void    _debrief_renderer_draw_stripes (DebriefTimelineRenderer   *renderer,
                                        cairo_t                   *cr,
                                        const DebriefGeometry     *geometry,
                                        double                     left,
                                        double                     right);
void    _debrief_renderer_draw_headers (DebriefTimelineRenderer   *renderer,
                                        cairo_t                   *cr,
                                        const DebriefGeometry     *geometry);
void    _debrief_renderer_draw_ruler  (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry,
                                       DebriefTickSet             *ticks);
void    _debrief_renderer_draw_lanes  (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry);
void    _debrief_renderer_draw_links  (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry,
                                       DebriefEventRef             only,
                                       const DebriefColor         *color,
                                       double                      width);
gboolean _debrief_renderer_hit_lane   (DebriefTimelineRenderer    *renderer,
                                       const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row,
                                       double                      x,
                                       double                      y,
                                       DebriefTimelineHit         *hit);
void    _debrief_renderer_add_arrow   (cairo_t                    *cr,
                                       double                      x1,
                                       double                      y1,
                                       double                      x2,
                                       double                      y2,
                                       double                      size);
gboolean _debrief_renderer_event_point (const DebriefGeometry     *geometry,
                                       DebriefEventRef             ref,
                                       double                     *out_x,
                                       double                     *out_y);
void    _debrief_renderer_flush_glyphs (DebriefTimelineRenderer   *renderer,
                                        cairo_t                   *cr,
                                        const DebriefGeometry     *geometry);
/* Perspective rows (debrief-timeline-entries.c). */
double  _debrief_geometry_entry_y     (const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row,
                                       guint                       sub_row);
void    _debrief_entry_ink            (const DebriefTimelineStyle *style,
                                       const DebriefColor         *color,
                                       DebriefColor               *out_line,
                                       DebriefColor               *out_hollow);
void    _debrief_entry_bar_draw       (cairo_t                    *cr,
                                       const DebriefTimelineStyle *style,
                                       const DebriefColor         *color,
                                       DebriefEntryOrigin          origin,
                                       double                      x0,
                                       double                      x1,
                                       double                      top,
                                       double                      height,
                                       double                      visible_left,
                                       double                      visible_right);
void    _debrief_renderer_draw_perspective (DebriefTimelineRenderer *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row);
gboolean _debrief_renderer_hit_perspective (DebriefTimelineRenderer *renderer,
                                       const DebriefGeometry      *geometry,
                                       const DebriefTimelineRow   *row,
                                       double                      x,
                                       double                      y,
                                       DebriefTimelineHit         *hit);
gboolean _debrief_renderer_entry_point (const DebriefGeometry     *geometry,
                                       DebriefPerspectiveEntry    *entry,
                                       double                     *out_x,
                                       double                     *out_y);
void    _debrief_renderer_draw_entry_marks (DebriefTimelineRenderer *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry,
                                       DebriefPerspectiveEntry    *entry,
                                       const DebriefColor         *color,
                                       double                      width);

void    _debrief_renderer_draw_notes  (DebriefTimelineRenderer    *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry);
/* Divergence and agreement marks (debrief-timeline-comparisons.c). */
void    _debrief_renderer_draw_comparisons (DebriefTimelineRenderer *renderer,
                                       cairo_t                    *cr,
                                       const DebriefGeometry      *geometry);
void    _debrief_renderer_draw_comparison_sample (cairo_t                  *cr,
                                       const DebriefTimelineStyle *style,
                                       gboolean                    divergence,
                                       double                      x0,
                                       double                      y,
                                       double                      x1);

guint   _debrief_renderer_compute_bins (DebriefTimelineRenderer   *renderer,
                                        const DebriefGeometry     *geometry,
                                        guint32                    lane_key,
                                        double                     bin_px,
                                        double                    *out_x0);

/* Bins of the last compute_bins(): where bin @k starts in time and on the
 * canvas, and which bin a time falls in. Positions come from times, never
 * from adding bin widths, which rounding would make drift. */
static inline gint64
_debrief_bin_time (DebriefTimelineRenderer *renderer,
                   guint                    k)
{
  return renderer->bins_first + (gint64) k * renderer->bins_duration;
}

static inline double
_debrief_bin_canvas_x (DebriefTimelineRenderer *renderer,
                       const DebriefGeometry   *geometry,
                       guint                    k)
{
  return _debrief_geometry_x (geometry, _debrief_bin_time (renderer, k));
}

static inline guint
_debrief_bin_of_time (DebriefTimelineRenderer *renderer,
                      gint64                   time)
{
  if (time < renderer->bins_first)
    return G_MAXUINT;
  return (guint) MIN ((time - renderer->bins_first) / renderer->bins_duration, G_MAXUINT - 1);
}

static inline gboolean
_debrief_event_is_span (const DebriefEvent *event)
{
  return event->end != DEBRIEF_TIME_NONE && event->end > event->start;
}

G_END_DECLS
