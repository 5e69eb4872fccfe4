/* debrief-timeline-pages.h — the timeline cut into printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-timeline-renderer.h"

G_BEGIN_DECLS

/* What to print and on what paper. Sizes are in the units of the cairo_t
 * the pages are drawn on: points (1/72 inch) for PDF and GtkPrintContext
 * (GTK_UNIT_POINTS). The area is what may be printed on: margins are the
 * caller's (the print dialog's page set-up, or the export's own). */
typedef struct {
  DebriefTimelineLayout      *layout;        /* borrowed; lanes and perspectives chosen */
  const DebriefTimelineStyle *style;
  DebriefTimeDisplay          display;
  gint64                      from;
  gint64                      to;
  double                      width;
  double                      height;
  guint                       pages_across;  /* pages along the time axis; 0: all on one page */
  gboolean                    legend;
  gboolean                    notes;         /* shared notes on pages after the chart */
  const DebriefPseudonyms    *names;         /* borrowed; NULL: real names */
  gint64                      printed_at;    /* the footer's date; DEBRIEF_TIME_NONE: none */
  GFile                      *review_file;   /* borrowed; its folder holds the images; NULL: never saved */
  gboolean                    images;        /* each attached image on a page of its own, at the end */
} DebriefPageSetup;

typedef struct _DebriefTimelinePages DebriefTimelinePages;

void                  debrief_page_setup_init          (DebriefPageSetup           *setup,
                                                        DebriefTimelineLayout      *layout);

DebriefTimelinePages *debrief_timeline_pages_new       (const DebriefPageSetup     *setup);
void                  debrief_timeline_pages_free      (DebriefTimelinePages       *pages);
guint                 debrief_timeline_pages_get_n_pages (DebriefTimelinePages     *pages);
gboolean              debrief_timeline_pages_get_window (DebriefTimelinePages      *pages,
                                                        guint                       page,
                                                        gint64                     *out_from,
                                                        gint64                     *out_to);
double                debrief_timeline_pages_get_natural_height (DebriefTimelinePages *pages);
guint                 debrief_timeline_pages_draw      (DebriefTimelinePages       *pages,
                                                        DebriefTimelineRenderer    *renderer,
                                                        cairo_t                    *cr,
                                                        guint                       page);

/* Whole files (debrief-timeline-pages-output.c): the pages as a PDF on
 * paper of @paper_width × @paper_height points with @margin all round
 * (the setup's size is set from them), or the chart as one picture
 * @width_px wide at @dpi (PNG) or in points (SVG). */
gboolean              debrief_timeline_pages_write_pdf (DebriefPageSetup          *setup,
                                                        double                     paper_width,
                                                        double                     paper_height,
                                                        double                     margin,
                                                        const char                *title,
                                                        GOutputStream             *stream,
                                                        GError                   **error);
gboolean              debrief_timeline_pages_write_picture (DebriefPageSetup      *setup,
                                                        gboolean                   svg,
                                                        int                        width_px,
                                                        double                     dpi,
                                                        GOutputStream             *stream,
                                                        guint                     *out_drawn,
                                                        GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefTimelinePages, debrief_timeline_pages_free)

G_END_DECLS
