/* debrief-import-dialog-private.h — the import dialog's parts, for its halves
 *
 * debrief-import-dialog.c builds the dialog and imports; the preview half,
 * debrief-import-dialog-preview.c, reads the sources off the UI thread
 * and shows what would come in and where it would go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-import-batch.h"
#include "debrief-import-dialog.h"
#include "debrief-importer.h"

G_BEGIN_DECLS

struct _DebriefImportDialog
{
  AdwWindow           parent_instance;

  AdwToastOverlay    *toasts;
  GtkWidget          *import_button;
  GtkWidget          *sources_list;
  GtkWidget          *format_row;      /* AdwComboRow: detect, or one importer */
  GtkWidget          *from_row;
  GtkWidget          *to_row;
  GtkWidget          *zone_row;        /* AdwEntryRow: an IANA zone */
  GtkWidget          *date_row;
  GtkWidget          *channels_row;
  char              **channels;        /* what channels_row names; NULL: all */
  GtkWidget          *columns_row;     /* a table's columns: "time=When, text=Body" */
  char              **columns;         /* what columns_row names; NULL: guessed */
  GtkWidget          *status_label;
  GtkWidget          *spinner;
  GtkWidget          *progress;        /* how much of the sources is read */
  GtkWidget          *preview_list;
  GtkWidget          *lanes_group;
  GPtrArray          *lane_rows;       /* AdwComboRow per batch lane */

  DebriefReview      *review;
  DebriefHistory     *history;
  GPtrArray          *sources;         /* GFile */
  DebriefImportBatch *batch;           /* the last complete read; NULL while reading */
  GCancellable       *reading;
  guint               reread_timeout;
  guint               applying_frames;  /* frames since "Adding…"; 0: not applying */
};

void _debrief_import_dialog_reread        (DebriefImportDialog *self);
void _debrief_import_dialog_cancel_read   (DebriefImportDialog *self);
GHashTable *_debrief_import_dialog_lane_map (DebriefImportDialog *self);
gboolean _debrief_import_dialog_read_options (DebriefImportDialog  *self,
                                             DebriefImportOptions *options,
                                             GTimeZone           **out_zone);

G_END_DECLS
