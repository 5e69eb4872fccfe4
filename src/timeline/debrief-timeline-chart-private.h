/* debrief-timeline-chart-private.h — chart rows, shared by the renderer's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-artefact.h"
#include "debrief-timeline-renderer-private.h"

G_BEGIN_DECLS

void     _debrief_chart_value_range         (DebriefSeries            *series,
                                             double                   *out_low,
                                             double                   *out_high);
void     _debrief_chart_plot_box            (const DebriefGeometry    *geometry,
                                             const DebriefTimelineRow *row,
                                             double                   *out_top,
                                             double                   *out_bottom);
void     _debrief_renderer_draw_chart       (DebriefTimelineRenderer  *renderer,
                                             cairo_t                  *cr,
                                             const DebriefGeometry    *geometry,
                                             const DebriefTimelineRow *row);
void     _debrief_renderer_draw_chart_header (DebriefTimelineRenderer *renderer,
                                             cairo_t                  *cr,
                                             const DebriefGeometry    *geometry,
                                             const DebriefTimelineRow *row);
gboolean _debrief_renderer_hit_chart        (DebriefTimelineRenderer  *renderer,
                                             const DebriefGeometry    *geometry,
                                             const DebriefTimelineRow *row,
                                             double                    x,
                                             double                    y,
                                             DebriefTimelineHit       *hit);

void     _debrief_renderer_draw_chart_hover (DebriefTimelineRenderer  *renderer,
                                             cairo_t                  *cr,
                                             const DebriefGeometry    *geometry,
                                             const DebriefTimelineHit *hit);

/* Artefacts (debrief-timeline-artefacts.c). */
void     _debrief_renderer_draw_artefacts   (DebriefTimelineRenderer  *renderer,
                                             cairo_t                  *cr,
                                             const DebriefGeometry    *geometry);
void     _debrief_renderer_ring_artefact    (cairo_t                  *cr,
                                             const DebriefGeometry    *geometry,
                                             DebriefArtefact          *artefact);
DebriefArtefact *_debrief_renderer_hit_artefact (DebriefTimelineRenderer *renderer,
                                             const DebriefGeometry    *geometry,
                                             double                    x,
                                             double                    y);

G_END_DECLS
