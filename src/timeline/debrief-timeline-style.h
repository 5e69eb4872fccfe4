/* debrief-timeline-style.h — how the timeline looks: data, not drawing code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "debrief-color.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT,
  DEBRIEF_TIMELINE_STYLE_SCREEN_DARK,
  DEBRIEF_TIMELINE_STYLE_PROJECTION,
  DEBRIEF_TIMELINE_STYLE_PRINT,
  DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK,
  DEBRIEF_N_TIMELINE_STYLES
} DebriefTimelineStyleKind;

/* Every size is in logical pixels (1/96 inch on screen; the print code
 * scales). The renderer reads these and never branches on the kind. */
typedef struct {
  DebriefTimelineStyleKind kind;
  const char  *name;                 /* "screen", "print"… for the command line */

  /* type */
  const char  *font_family;
  double       label_size;           /* event labels */
  double       header_size;          /* lane names */
  double       small_size;           /* roles, ruler, phase names */

  /* geometry */
  double       header_width;         /* the lane header column */
  double       ruler_height;         /* date row + tick row */
  double       phase_strip_height;   /* phase and marker names under the ruler */
  double       group_height;         /* "Participants", "Components" rows */
  double       lane_height;          /* a lane's row of point events */
  double       collapsed_height;     /* a collapsed lane: a density strip */
  double       span_row_height;      /* each row of stacked spans */
  double       glyph_size;
  double       line_width;           /* grid, outlines; never a hairline */
  double       link_width;
  double       cluster_bin;          /* px: closer items merge into one mark */
  double       label_min_width;      /* no label where less room than this */
  double       entry_row_height;     /* each stacked row of a perspective's entries */
  double       entry_glyph_size;     /* entries are few and are the point: larger than events */

  /* colours */
  DebriefColor background;
  DebriefColor lane_stripe;          /* every other lane */
  DebriefColor header_background;
  DebriefColor ruler_background;
  DebriefColor text;
  DebriefColor text_dim;
  DebriefColor grid;
  DebriefColor grid_major;
  DebriefColor separator;
  DebriefColor glyph_edge;           /* outline that keeps light fills visible */
  DebriefColor phase_fill;           /* alternating with phase_fill_alt */
  DebriefColor phase_fill_alt;
  DebriefColor marker;
  DebriefColor link;
  DebriefColor outside_incident;     /* dims time before and after the incident */
  DebriefColor selection;
  DebriefColor search_match;         /* a halo behind events the search found */
  DebriefColor hover;
  DebriefColor cursor;
  DebriefColor range_fill;
  double       lane_fill_alpha;      /* span bars and cluster marks */
  double       entry_hatch_alpha;    /* the hatching of an entry's bar */
  DebriefColor divergence;           /* the facilitator's divergence marks (zig-zag) */
  DebriefColor agreement;            /* agreement marks (a straight dashed link) */
} DebriefTimelineStyle;

const DebriefTimelineStyle *debrief_timeline_style_get         (DebriefTimelineStyleKind  kind);
const DebriefTimelineStyle *debrief_timeline_style_from_name   (const char               *name);
void                        debrief_timeline_style_scale       (const DebriefTimelineStyle *style,
                                                                double                      scale,
                                                                DebriefTimelineStyle       *out_scaled);
DebriefColor                debrief_timeline_style_badge_ink   (const DebriefTimelineStyle *style,
                                                                const DebriefColor         *fill);

/* The contrast every text of the projection style reaches against every
 * ground it can be drawn on (WCAG 2 "AAA"). */
#define DEBRIEF_PROJECTION_MIN_CONTRAST 7.0

G_END_DECLS
