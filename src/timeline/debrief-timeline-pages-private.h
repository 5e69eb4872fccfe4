/* debrief-timeline-pages-private.h — shared by the printed pages' parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "debrief-timeline-pages.h"

G_BEGIN_DECLS

#define GAP 8.0

typedef struct {
  double top;      /* layout y of the slice's first row */
  double bottom;   /* and of the end of its last */
} LaneSlice;

typedef struct {
  gint64  time;
  char   *text;
  double  height;
} NoteLine;

struct _DebriefTimelinePages
{
  DebriefPageSetup   setup;
  DebriefTimelineStyle style;        /* the setup's, with bins sized for the paper */
  DebriefReview     *review;
  DebriefTimeContext time;
  double             unit;           /* cairo units per style pixel */
  double             canvas_width;   /* the page in style pixels */
  double             canvas_height;
  double             head_height;
  double             foot_height;
  double             legend_height;
  double             chart_height;
  double             lanes_y;        /* where the lanes start in a frame */
  guint              n_across;
  GArray            *lane_slices;    /* LaneSlice */
  GPtrArray         *notes;          /* NoteLine, shared notes in time order */
  GArray            *note_pages;     /* guint: the first note of each notes page */
  GFile             *image_folder;   /* the review's folder; NULL: never saved */
  DebriefThumbnailCache *thumbnails; /* synchronous: a page needs its thumbnails before it is drawn */
  GPtrArray         *images;         /* DebriefArtefact: one page each after the notes */
};

PangoLayout *_debrief_pages_make_text   (DebriefTimelinePages *pages,
                                         cairo_t              *cr,
                                         const char           *text,
                                         double                size,
                                         gboolean              bold,
                                         double                width);
double       _debrief_pages_show_text   (DebriefTimelinePages *pages,
                                         cairo_t              *cr,
                                         const char           *text,
                                         double                size,
                                         gboolean              bold,
                                         double                x,
                                         double                y,
                                         double                right);
void         _debrief_pages_draw_head   (DebriefTimelinePages *pages,
                                         cairo_t              *cr,
                                         guint                 page,
                                         const char           *subtitle);
char        *_debrief_pages_window_text (DebriefTimelinePages *pages,
                                         gint64                from,
                                         gint64                to);

/* Attached images, a page each (debrief-timeline-pages-images.c). */
void         _debrief_pages_collect_images (DebriefTimelinePages *pages);
void         _debrief_pages_draw_image      (DebriefTimelinePages *pages,
                                             cairo_t              *cr,
                                             guint                 page,
                                             guint                 index);

G_END_DECLS
