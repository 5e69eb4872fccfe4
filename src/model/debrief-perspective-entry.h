/* debrief-perspective-entry.h — one entry of a participant's account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_ENTRY_KIND_SAW,
  DEBRIEF_ENTRY_KIND_BELIEVED,
  DEBRIEF_ENTRY_KIND_EXPECTED,
  DEBRIEF_ENTRY_KIND_DID,
  DEBRIEF_ENTRY_KIND_ASKED,
} DebriefEntryKind;

typedef enum {
  DEBRIEF_ENTRY_ORIGIN_TESTIMONY,
  DEBRIEF_ENTRY_ORIGIN_EVIDENCE,
} DebriefEntryOrigin;

#define DEBRIEF_TYPE_PERSPECTIVE_ENTRY (debrief_perspective_entry_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPerspectiveEntry, debrief_perspective_entry,
                      DEBRIEF, PERSPECTIVE_ENTRY, DebriefItem)

DebriefPerspectiveEntry *debrief_perspective_entry_new        (const char              *id,
                                                               DebriefEntryKind         kind,
                                                               gint64                   start,
                                                               const char              *text);

DebriefEntryKind         debrief_perspective_entry_get_kind   (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_kind   (DebriefPerspectiveEntry *self,
                                                               DebriefEntryKind         kind);
gint64                   debrief_perspective_entry_get_start  (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_start  (DebriefPerspectiveEntry *self,
                                                               gint64                   start);
gint64                   debrief_perspective_entry_get_end    (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_end    (DebriefPerspectiveEntry *self,
                                                               gint64                   end);
const char              *debrief_perspective_entry_get_text   (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_text   (DebriefPerspectiveEntry *self,
                                                               const char              *text);
const char * const      *debrief_perspective_entry_get_links  (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_links  (DebriefPerspectiveEntry *self,
                                                               const char * const      *links);
const char * const      *debrief_perspective_entry_get_tags   (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_tags   (DebriefPerspectiveEntry *self,
                                                               const char * const      *tags);
DebriefEntryOrigin       debrief_perspective_entry_get_origin (DebriefPerspectiveEntry *self);
void                     debrief_perspective_entry_set_origin (DebriefPerspectiveEntry *self,
                                                               DebriefEntryOrigin       origin);

const char              *debrief_entry_kind_to_string         (DebriefEntryKind         kind);
gboolean                 debrief_entry_kind_from_string       (const char              *text,
                                                               DebriefEntryKind        *out_kind);
const char              *debrief_entry_kind_get_label         (DebriefEntryKind         kind);
const char              *debrief_entry_origin_to_string       (DebriefEntryOrigin       origin);
gboolean                 debrief_entry_origin_from_string     (const char              *text,
                                                               DebriefEntryOrigin      *out_origin);

G_END_DECLS
