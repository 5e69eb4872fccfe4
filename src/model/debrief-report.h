/* debrief-report.h — the review as text: a Markdown report, a CSV of events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-note.h"
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

/* "all" (every event), "incident" (the incident window, else all) or
 * "phase:NAME" (a phase by name, any case). */
gboolean  debrief_report_resolve_range (DebriefReview             *review,
                                       const char                 *spec,
                                       gint64                     *out_from,
                                       gint64                     *out_to,
                                       GError                    **error);

/* When a note is about: its own time, else its event's, else its
 * perspective entry's; DEBRIEF_TIME_NONE when none is known. */
gint64    debrief_report_note_time    (DebriefReview              *review,
                                       DebriefNote                *note);

/* For the writers (debrief-report-*.c). */
gboolean  _debrief_report_includes    (DebriefReview              *review,
                                       const DebriefReportOptions *options,
                                       const DebriefEvent         *event);

G_END_DECLS
