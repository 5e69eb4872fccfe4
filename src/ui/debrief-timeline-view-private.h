/* debrief-timeline-view-private.h — shared by the view and its input handling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-timeline-renderer.h"
#include "debrief-pseudonyms.h"
#include "debrief-timeline-view.h"

G_BEGIN_DECLS

struct _DebriefTimelineView
{
  GtkWidget                 parent_instance;

  GtkWidget                *box;
  GtkWidget                *chart;        /* GtkDrawingArea: the cached chart */
  GtkWidget                *marks;        /* GtkDrawingArea: hover, selection, cursor */
  GtkWidget                *scrollbar;
  GtkWidget                *range_bar;    /* GtkRevealer: zoom to / clear the range */
  GtkWidget                *range_zoom_button;
  GtkAdjustment            *vadjustment;

  DebriefReview            *review;
  DebriefTimelineViewport  *viewport;
  DebriefTimelineLayout    *layout;
  DebriefTimelineRenderer  *renderer;
  DebriefThumbnailCache    *thumbnails;    /* images' thumbnails, loaded off the UI thread */
  DebriefTimelineStyleKind  style_kind;
  gboolean                  style_follows_system;

  DebriefTimelineHit        hover;
  gint64                    cursor;
  double                    pointer_x;
  double                    pointer_y;

  /* gestures in progress */
  gboolean                  dragging_range;
  gint64                    drag_start_time;
  gint64                    drag_origin_start;
  gint64                    drag_origin_end;
  double                    drag_origin_scroll;
  double                    zoom_origin_span;
  gint64                    zoom_origin_start;

  GArray                   *matches;       /* DebriefEventRef the search found, in time order */
  char                    **perspectives;  /* shown side by side, in order; NULL: none */
  gboolean                  split_by_kind;
  gboolean                  playhead_fades;
  gboolean                  dragging_playhead;
  char                     *pinned;
  char                    **comparison_hidden_lanes;  /* lane ids left out while comparing */
  guint64                   hidden_kinds;
  GPtrArray                *selected_entries;  /* DebriefPerspectiveEntry, NULL until the first */

  /* editing; history NULL: the review is read-only here */
  DebriefHistory           *history;
  DebriefDragKind           edit_drag;
  GArray                   *dragged;         /* DebriefEventRef */
  gint64                    edit_origin;     /* MOVE: the grabbed event's start; RESIZE: the edge's time */
  gint64                    edit_value;      /* MOVE: the offset; RESIZE: the edge's new time */
  guint32                   edit_from_lane;
  guint32                   edit_to_lane;
  gboolean                  banding;
  DebriefLane              *dragged_lane;    /* a lane header being dragged */
  double                    lane_drop_y;
  guint                     lane_drop_position;
  double                    band[4];

  AdwAnimation             *animation;
  gint64                    animation_from[2];
  gint64                    animation_to[2];

  guint                     frames_drawn;

  /* debrief-timeline-view-present.c */
  DebriefTimelineStyle      style;         /* style_kind's look, sizes times style_scale */
  double                    style_scale;
  gboolean                  show_private;  /* the facilitator's private notes (never projected) */
  gboolean                  pseudonymise;  /* participants' names replaced by their roles */
  DebriefPseudonyms        *pseudonyms;    /* NULL: real names */
  gboolean                  own_scroll;    /* a projector scrolls alone: its rows are taller */
  double                    scroll_y;      /* own_scroll: how far down the lanes */
};

void  _debrief_timeline_view_setup_input   (DebriefTimelineView *self);
gboolean _debrief_timeline_view_focus      (GtkWidget           *widget,
                                            GtkDirectionType     direction);
void  _debrief_timeline_view_make_frame    (DebriefTimelineView *self,
                                            DebriefTimelineFrame *frame);
void  _debrief_timeline_view_set_window    (DebriefTimelineView *self,
                                            gint64               start,
                                            gint64               end);
void  _debrief_timeline_view_scroll_by     (DebriefTimelineView *self,
                                            double               dy);
void  _debrief_timeline_view_update_hover  (DebriefTimelineView *self,
                                            double               x,
                                            double               y);
void  _debrief_timeline_view_clear_hover   (DebriefTimelineView *self);
void  _debrief_timeline_view_move_focus    (DebriefTimelineView *self,
                                            GtkDirectionType     direction,
                                            gboolean             across_lanes);
/* debrief-timeline-edit.c */
gboolean _debrief_timeline_view_edit_drag_begin  (DebriefTimelineView *self,
                                                  double               x,
                                                  double               y,
                                                  GdkModifierType      state);
void     _debrief_timeline_view_edit_drag_update (DebriefTimelineView *self,
                                                  double               x,
                                                  double               y,
                                                  GdkModifierType      state);
void     _debrief_timeline_view_edit_drag_end    (DebriefTimelineView *self);
gboolean _debrief_timeline_view_edit_click       (DebriefTimelineView *self,
                                                  int                  n_press,
                                                  double               x,
                                                  double               y,
                                                  GdkModifierType      state);
gboolean _debrief_timeline_view_edit_key         (DebriefTimelineView *self,
                                                  guint                keyval,
                                                  GdkModifierType      state);
void     _debrief_timeline_view_fill_edit_marks  (DebriefTimelineView *self,
                                                  DebriefTimelineMarks *marks);
gint64   _debrief_timeline_view_time_at          (DebriefTimelineView *self,
                                                  double               x);

/* debrief-timeline-view-present.c */
void     _debrief_timeline_view_present_class_init (DebriefTimelineViewClass *klass);
void     _debrief_timeline_view_restyle          (DebriefTimelineView *self);
void     _debrief_timeline_view_update_pseudonyms (DebriefTimelineView *self);
double   _debrief_timeline_view_get_scroll       (DebriefTimelineView *self);
void     _debrief_timeline_view_store_scroll     (DebriefTimelineView *self,
                                                  double               scroll_y);
void     _debrief_timeline_view_emit_rows_changed (DebriefTimelineView *self);
void     _debrief_timeline_view_scroll_to_lane   (DebriefTimelineView *self,
                                                  guint32              lane_key);

/* debrief-timeline-playhead.c */
gboolean _debrief_timeline_view_playhead_key     (DebriefTimelineView *self,
                                                  guint                keyval);
gboolean _debrief_timeline_view_playhead_drag_begin (DebriefTimelineView *self,
                                                  double               x,
                                                  double               y);
void     _debrief_timeline_view_playhead_drag_update (DebriefTimelineView *self,
                                                  double               x);

/* debrief-timeline-view-entries.c */
void     _debrief_timeline_view_entries_class_init (GObjectClass      *object_class);
void     _debrief_timeline_view_click_entry      (DebriefTimelineView *self,
                                                  DebriefPerspectiveEntry *entry,
                                                  GdkModifierType      state);
void     _debrief_timeline_view_fill_entry_marks (DebriefTimelineView *self,
                                                  DebriefTimelineMarks *marks);

void     _debrief_timeline_view_relayout         (DebriefTimelineView *self);
void     _debrief_timeline_view_apply_perspectives (DebriefTimelineView *self);
void     _debrief_timeline_view_activate_lane    (DebriefTimelineView *self,
                                                  guint32              lane_key);

void     _debrief_timeline_view_activate_phase   (DebriefTimelineView *self,
                                                  DebriefPhase        *phase);

/* debrief-timeline-view-images.c */
void     _debrief_timeline_view_setup_thumbnails (DebriefTimelineView *self);
void     _debrief_timeline_view_images_class_init (DebriefTimelineViewClass *klass);
gboolean _debrief_timeline_view_click_artefact   (DebriefTimelineView *self,
                                                  DebriefArtefact     *artefact,
                                                  int                  n_press);
DebriefArtefact *_debrief_timeline_view_get_selected_artefact (DebriefTimelineView *self);
gboolean _debrief_timeline_view_artefact_key     (DebriefTimelineView *self,
                                                  guint                keyval);

char *_debrief_timeline_view_describe_artefact (DebriefTimelineView *self,
                                                DebriefArtefact     *artefact);
char *_debrief_timeline_view_describe_series (DebriefTimelineView      *self,
                                              const DebriefTimelineHit *hit);
char *_debrief_timeline_view_describe_event (DebriefTimelineView *self,
                                            DebriefEventRef      ref,
                                            gboolean             markup);

G_END_DECLS
