/* debrief-export-dialog.h — export the timeline or a report to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-print.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_EXPORT_PDF,
  DEBRIEF_EXPORT_SVG,
  DEBRIEF_EXPORT_PNG,
  DEBRIEF_EXPORT_MARKDOWN,
  DEBRIEF_EXPORT_CSV,
} DebriefExportFormat;

#define DEBRIEF_TYPE_EXPORT_DIALOG (debrief_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DebriefExportDialog, debrief_export_dialog, DEBRIEF, EXPORT_DIALOG, AdwWindow)

DebriefExportDialog *debrief_export_dialog_new   (GtkWindow                *parent,
                                                  AdwToastOverlay          *toasts,
                                                  const DebriefPrintSource *source);
/* Writes @file as the dialog is set now (what "Export…" does after the
 * file chooser); for tests and the dialog itself. */
gboolean             debrief_export_dialog_write (DebriefExportDialog      *self,
                                                  DebriefExportFormat       format,
                                                  GFile                    *file,
                                                  GError                  **error);

G_END_DECLS
