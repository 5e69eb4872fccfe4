/* debrief-cli-export-private.h — shared by the parts of `debrief export`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-report.h"
#include "debrief-timeline-renderer.h"

G_BEGIN_DECLS

typedef enum {
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
  FORMAT_MARKDOWN,
  FORMAT_CSV,
} Format;

typedef struct {
  char                       *output;
  int                         width;
  int                         height;
  char                       *from;
  char                       *to;
  char                       *range;
  char                       *style_name;
  char                       *display;
  gboolean                    legend;
  gboolean                    no_legend;
  char                       *perspectives;
  gboolean                    split_kinds;
  char                       *pin;
  int                         pages;          /* PDF: pages across; 0: fit on one */
  char                       *paper;
  gboolean                    portrait;
  char                       *lanes;
  char                       *pseudonymise;   /* NULL: off; "roles" or "letters" */
  gboolean                    notes;
  gboolean                    no_notes;
  gboolean                    append_images;  /* PDF: each attached image on a page of its own */
} Options;

typedef struct {
  Options                    *options;
  Format                      format;
  DebriefReview              *review;
  DebriefTimelineLayout      *layout;
  DebriefTimelineRenderer    *renderer;
  DebriefTimelineFrame        frame;
  double                      title_height;
  double                      legend_height;
  char                      **lane_ids;       /* --lanes; NULL: every lane */
  DebriefPseudonyms          *names;          /* --pseudonymise; NULL: real names */
  gint64                      range_from;     /* --range; DEBRIEF_TIME_NONE: not given */
  gint64                      range_to;
  GFile                      *review_file;    /* its folder holds the images */
  DebriefThumbnailCache      *thumbnails;     /* synchronous: the picture needs them all before it is drawn */
} Export;

gboolean _debrief_cli_export_parse_extras (Export         *export,
                                           GError        **error);
gboolean _debrief_cli_export_text        (Export         *export,
                                          GFile          *output,
                                          GError        **error);
gboolean _debrief_cli_export_pages       (Export         *export,
                                          GFile          *output,
                                          GError        **error);
void     _debrief_cli_export_clear       (Export         *export);

G_END_DECLS
