/* debrief-report.h — the review as text: a Markdown report, a CSV of events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-pseudonyms.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* What goes into a report. Private notes never do, whatever is asked. */
typedef struct {
  gint64                   from;        /* DEBRIEF_TIME_NONE: from the first event */
  gint64                   to;          /* DEBRIEF_TIME_NONE: to the last */
  const char * const      *lane_ids;    /* NULL: every lane */
  const DebriefPseudonyms *names;       /* NULL: real names */
  gboolean                 skip_notes;  /* leave out even the shared notes */
} DebriefReportOptions;

void      debrief_report_options_init (DebriefReportOptions       *options);

char     *debrief_report_markdown     (DebriefReview              *review,
                                       const DebriefReportOptions *options);
GString  *debrief_report_csv          (DebriefReview              *review,
                                       const DebriefReportOptions *options);

/* For the writers (debrief-report-*.c). */
gboolean  _debrief_report_includes    (DebriefReview              *review,
                                       const DebriefReportOptions *options,
                                       const DebriefEvent         *event);

G_END_DECLS
