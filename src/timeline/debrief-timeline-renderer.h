/* debrief-timeline-renderer.h — the one renderer: screen, print and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "debrief-artefact.h"
#include "debrief-phase.h"
#include "debrief-pseudonyms.h"
#include "debrief-time-ticks.h"
#include "debrief-timeline-layout.h"
#include "debrief-timeline-style.h"
#include "debrief-thumbnail-cache.h"

G_BEGIN_DECLS

/* One picture of the timeline: which review, in which look, which window
 * of time, on how large a canvas. Everything the renderer draws follows
 * from this; it keeps no state of its own but caches. */
typedef struct {
  DebriefTimelineLayout      *layout;
  const DebriefTimelineStyle *style;
  DebriefTimeContext          time;
  gint64                      view_start;
  gint64                      view_end;
  double                      width;
  double                      height;
  double                      scroll_y;       /* px scrolled down the lanes */
  gboolean                    show_headers;   /* the lane header column */
  gboolean                    show_ruler;     /* the ruler and phase strip */
  /* "Known at time T": nothing after it is drawn, or (fading) only as a
   * ghost — against hindsight. DEBRIEF_TIME_NONE: off. */
  gint64                      playhead;
  gboolean                    playhead_fades;
  /* The review's notes on the chart, beside what they are about (the
   * widget and the projector); and among them the facilitator's private
   * notes, which only their own window shows — never the projector, print
   * or export. Both FALSE unless asked. */
  gboolean                    show_notes;
  gboolean                    show_private;
  /* Participants' names replaced (lane names, labels) for a review shared
   * beyond the room; NULL: real names. Borrowed. */
  const DebriefPseudonyms    *names;
  /* Where image artefacts' thumbnails come from (the renderer reads no
   * files itself); NULL: the plain picture marker. Borrowed. */
  DebriefThumbnailCache      *thumbnails;
} DebriefTimelineFrame;

typedef struct {
  guint primitives;        /* fills and strokes */
  guint layouts_created;   /* new text layouts (the expensive part) */
  guint labels;            /* labels drawn */
  guint items;             /* events drawn one by one */
  guint clusters;          /* density marks drawn for several events */
} DebriefRenderStats;

typedef enum {
  DEBRIEF_HIT_NONE,
  DEBRIEF_HIT_EVENT,
  DEBRIEF_HIT_CLUSTER,
  DEBRIEF_HIT_LANE,
  DEBRIEF_HIT_LANE_HEADER,
  DEBRIEF_HIT_GROUP_HEADER,
  DEBRIEF_HIT_RULER,
  DEBRIEF_HIT_PHASE,
  DEBRIEF_HIT_ENTRY,         /* a perspective's entry */
  DEBRIEF_HIT_PERSPECTIVE,   /* a perspective row (header or plot) away from its entries */
  DEBRIEF_HIT_SERIES,        /* a chart row (header or plot) */
  DEBRIEF_HIT_ARTEFACT,      /* an image's marker */
} DebriefHitKind;

typedef struct {
  DebriefHitKind   kind;
  DebriefEventRef  ref;            /* EVENT */
  guint32          lane_key;       /* EVENT, CLUSTER, LANE, LANE_HEADER */
  DebriefLaneGroup group;          /* GROUP_HEADER */
  gint64           time;           /* the time under the point */
  gint64           cluster_start;  /* CLUSTER: the time range it stands for */
  gint64           cluster_end;
  guint            cluster_count;  /* CLUSTER: how many events, exactly */
  DebriefPhase    *phase;          /* PHASE: a phase or marker, borrowed from the review */
  DebriefPerspective      *perspective;  /* ENTRY, PERSPECTIVE: borrowed from the layout */
  DebriefPerspectiveEntry *entry;        /* ENTRY: borrowed from the layout */
  /* SERIES: the series (borrowed from the layout); the sample nearest the
   * pointer's time (G_MAXUINT: none, or past the playhead); and the pixel
   * column's envelope over cluster_count samples in cluster_start..end. */
  DebriefSeries   *series;
  guint            sample;
  double           value_min;
  double           value_max;
  DebriefArtefact *artefact;       /* ARTEFACT: borrowed from the review */
} DebriefTimelineHit;

typedef enum {
  DEBRIEF_DRAG_NONE,
  DEBRIEF_DRAG_MOVE,
  DEBRIEF_DRAG_RESIZE_START,
  DEBRIEF_DRAG_RESIZE_END,
} DebriefDragKind;

/* What the overlay shows on top of the chart (redrawn alone when the
 * pointer moves, so the chart itself stays cached). */
typedef struct {
  DebriefTimelineHit hover;
  DebriefEventRef    selected;
  gint64             cursor;        /* DEBRIEF_TIME_NONE: no cursor */
  gint64             range_start;   /* DEBRIEF_TIME_NONE: no range */
  gint64             range_end;
  gboolean           focused;       /* the selection has keyboard focus */
  const DebriefEventRef *matches;   /* what the search found, in time order */
  guint              n_matches;
  const DebriefEventRef *selection; /* every selected event (selected among them) */
  guint              n_selection;
  /* A drag in progress: the events drawn where they would land. */
  const DebriefEventRef *dragged;
  guint              n_dragged;
  DebriefDragKind    drag_kind;
  gint64             drag_offset;     /* MOVE: by how much; RESIZE_*: the edge's new time */
  guint32            drag_from_lane;  /* MOVE: events in this lane go to drag_to_lane */
  guint32            drag_to_lane;
  gint64             playhead;        /* its line and badge; DEBRIEF_TIME_NONE: none */
  /* A lane header being dragged: where it would go (widget y; < 0: none). */
  double             lane_drop_y;
  /* A rubber band being drawn, in widget pixels. */
  gboolean           show_band;
  double             band_x0, band_y0, band_x1, band_y1;
  /* A selected perspective entry (its links are drawn; NULL: none). */
  DebriefPerspectiveEntry *selected_entry;
  /* Every selected entry (selected_entry among them): each gets a ring. */
  DebriefPerspectiveEntry * const *selected_entries;
  guint              n_selected_entries;
  /* A selected image (its marker gets a ring; NULL: none). */
  DebriefArtefact   *selected_artefact;
} DebriefTimelineMarks;

/* What the legend explains: the events, and (when the chart shows the
 * Perspectives group) the kinds of entries and testimony against evidence. */
typedef enum {
  DEBRIEF_LEGEND_EVENTS       = 1 << 0,
  DEBRIEF_LEGEND_PERSPECTIVES = 1 << 1,
} DebriefLegendParts;

/* The overview strip: the whole incident, with the visible window. */
typedef struct {
  DebriefReview              *review;
  const DebriefTimelineStyle *style;
  gint64                      whole_start;
  gint64                      whole_end;
  gint64                      view_start;
  gint64                      view_end;
  double                      width;
  double                      height;
  gint64                      playhead;  /* nothing after it is shown; 0 or NONE: off */
} DebriefOverviewFrame;

typedef struct _DebriefTimelineRenderer DebriefTimelineRenderer;

DebriefTimelineRenderer  *debrief_timeline_renderer_new          (void);
void                      debrief_timeline_renderer_free         (DebriefTimelineRenderer    *renderer);

void                      debrief_timeline_frame_init            (DebriefTimelineFrame       *frame,
                                                                  DebriefTimelineLayout      *layout,
                                                                  const DebriefTimelineStyle *style);
double                    debrief_timeline_frame_get_plot_x      (const DebriefTimelineFrame *frame);
double                    debrief_timeline_frame_get_lanes_y     (const DebriefTimelineFrame *frame);
void                      debrief_timeline_frame_get_scale       (const DebriefTimelineFrame *frame,
                                                                  DebriefTimeScale           *scale);
double                    debrief_timeline_frame_get_content_height (const DebriefTimelineFrame *frame);

void                      debrief_timeline_renderer_draw         (DebriefTimelineRenderer    *renderer,
                                                                  cairo_t                    *cr,
                                                                  const DebriefTimelineFrame *frame);
void                      debrief_timeline_renderer_draw_marks   (DebriefTimelineRenderer    *renderer,
                                                                  cairo_t                    *cr,
                                                                  const DebriefTimelineFrame *frame,
                                                                  const DebriefTimelineMarks *marks);
double                    debrief_timeline_renderer_draw_legend  (DebriefTimelineRenderer    *renderer,
                                                                  cairo_t                    *cr,
                                                                  const DebriefTimelineStyle *style,
                                                                  double                      x,
                                                                  double                      y,
                                                                  double                      max_width);
double                    debrief_timeline_renderer_draw_legend_parts (DebriefTimelineRenderer *renderer,
                                                                  cairo_t                    *cr,
                                                                  const DebriefTimelineStyle *style,
                                                                  DebriefLegendParts          parts,
                                                                  double                      x,
                                                                  double                      y,
                                                                  double                      max_width);
void                      debrief_timeline_renderer_draw_overview (DebriefTimelineRenderer   *renderer,
                                                                  cairo_t                    *cr,
                                                                  const DebriefOverviewFrame *overview);
gboolean                  debrief_timeline_renderer_hit_test     (DebriefTimelineRenderer    *renderer,
                                                                  const DebriefTimelineFrame *frame,
                                                                  double                      x,
                                                                  double                      y,
                                                                  DebriefTimelineHit         *hit);
gboolean                  debrief_timeline_renderer_locate_event (DebriefTimelineRenderer    *renderer,
                                                                  const DebriefTimelineFrame *frame,
                                                                  DebriefEventRef             ref,
                                                                  double                     *out_x,
                                                                  double                     *out_y);
gboolean                  debrief_timeline_renderer_locate_entry (DebriefTimelineRenderer    *renderer,
                                                                  const DebriefTimelineFrame *frame,
                                                                  DebriefPerspectiveEntry    *entry,
                                                                  double                     *out_x,
                                                                  double                     *out_y);
const DebriefRenderStats *debrief_timeline_renderer_get_stats    (DebriefTimelineRenderer    *renderer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefTimelineRenderer, debrief_timeline_renderer_free)

G_END_DECLS
