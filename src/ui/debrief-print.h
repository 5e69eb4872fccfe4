/* debrief-print.h — printing the timeline, and exporting it from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-print-options.h"
#include "debrief-timeline-pages.h"

G_BEGIN_DECLS

/* What the window shows now, for the ranges "visible" and "selection" and
 * the perspectives side by side. */
typedef struct {
  DebriefReview       *review;
  gint64               visible_from;
  gint64               visible_to;
  gint64               selection_from;   /* DEBRIEF_TIME_NONE: no selection */
  gint64               selection_to;
  const char * const  *perspectives;     /* NULL: none */
  gboolean             split_by_kind;
  const char          *pinned;
  GFile               *review_file;      /* its folder holds the images; NULL: never saved */
} DebriefPrintSource;

/* The session's print settings and page set-up (landscape by default),
 * read from and written to $XDG_CONFIG_HOME/debrief/ so they outlive it. */
GtkPrintSettings *debrief_print_get_settings   (void);
GtkPageSetup     *debrief_print_get_page_setup (void);
void              debrief_print_remember       (GtkPrintSettings         *settings,
                                                GtkPageSetup             *page_setup);

/* A layout and page set-up for @choice; the caller frees *out_layout and
 * *out_names after the pages are done with them. */
void              debrief_print_configure      (const DebriefPrintSource *source,
                                                const DebriefPrintChoice *choice,
                                                DebriefPageSetup         *setup,
                                                DebriefTimelineLayout   **out_layout,
                                                DebriefPseudonyms       **out_names);

GtkPrintOperationResult debrief_print_run      (GtkWindow                *parent,
                                                const DebriefPrintSource *source,
                                                GtkPrintOperationAction   action,
                                                const char               *export_filename,
                                                GError                  **error);

G_END_DECLS
