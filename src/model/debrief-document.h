/* debrief-document.h — a review, where it lives, and whether it is saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-history.h"
#include "debrief-review.h"
#include "debrief-review-loader.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_DOCUMENT (debrief_document_get_type ())
G_DECLARE_FINAL_TYPE (DebriefDocument, debrief_document, DEBRIEF, DOCUMENT, GObject)

/* What tells one version of a file on disk from another; query these to
 * compare with debrief_document_is_disk_version(). */
#define DEBRIEF_DOCUMENT_DISK_ATTRIBUTES \
  G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_UNIX_INODE

DebriefDocument *debrief_document_new               (void);
DebriefDocument *debrief_document_new_for_review    (DebriefReview        *review,
                                                     GFile                *file);

void             debrief_document_open_async        (GFile                *file,
                                                     DebriefLoadProgress   progress,
                                                     gpointer              progress_data,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
DebriefDocument *debrief_document_open_finish       (GAsyncResult         *result,
                                                     GError              **error);

void             debrief_document_save_async        (DebriefDocument      *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean         debrief_document_save_finish       (DebriefDocument      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

DebriefReview   *debrief_document_get_review        (DebriefDocument      *self);
DebriefHistory  *debrief_document_get_history       (DebriefDocument      *self);
GFile           *debrief_document_get_file          (DebriefDocument      *self);
const char      *debrief_document_get_display_name  (DebriefDocument      *self);
gboolean         debrief_document_get_modified      (DebriefDocument      *self);
void             debrief_document_set_modified      (DebriefDocument      *self,
                                                     gboolean              modified);
gboolean         debrief_document_get_read_only     (DebriefDocument      *self);
gboolean         debrief_document_get_busy          (DebriefDocument      *self);
gboolean         debrief_document_is_blank          (DebriefDocument      *self);

const char      *debrief_document_get_disk_etag     (DebriefDocument      *self);
gboolean         debrief_document_is_disk_version   (DebriefDocument      *self,
                                                     GFileInfo            *info);
void             debrief_document_set_disk_version  (DebriefDocument      *self,
                                                     GFileInfo            *info);

G_END_DECLS
