/* debrief-print-options.h — what to print or export: the print dialog's tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "debrief-review.h"

G_BEGIN_DECLS

/* The choices, kept between prints in the session's GtkPrintSettings
 * (all but the lanes, which belong to one review). */
typedef struct {
  char     *range;          /* "incident", "visible", "selection" or "phase:NAME" */
  int       pages_across;   /* 0: fit to one page */
  gboolean  legend;
  gboolean  notes;          /* shared notes only: private ones are never printed */
  gboolean  append_images;  /* each attached image on a page of its own (pages only, not pictures) */
  gboolean  pseudonymise;
  gboolean  screen_style;   /* else the white print style */
  char    **lanes;          /* NULL: every lane */
  int       png_width;
  int       png_dpi;
} DebriefPrintChoice;

void debrief_print_choice_load  (DebriefPrintChoice       *choice,
                                 GtkPrintSettings         *settings);
void debrief_print_choice_save  (const DebriefPrintChoice *choice,
                                 GtkPrintSettings         *settings);
void debrief_print_choice_clear (DebriefPrintChoice       *choice);

#define DEBRIEF_TYPE_PRINT_OPTIONS (debrief_print_options_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPrintOptions, debrief_print_options, DEBRIEF, PRINT_OPTIONS, GtkBox)

DebriefPrintOptions *debrief_print_options_new        (DebriefReview            *review,
                                                       gboolean                  has_selection,
                                                       const DebriefPrintChoice *choice);
void                 debrief_print_options_get_choice (DebriefPrintOptions      *self,
                                                       DebriefPrintChoice       *choice);
void                 debrief_print_options_show_picture_size (DebriefPrintOptions *self,
                                                       gboolean                  show);
void                 debrief_print_options_show_pages_only (DebriefPrintOptions *self,
                                                       gboolean                  show);

G_END_DECLS
