/* debrief-perspective.h — one participant's account, entries ordered by time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-item.h"
#include "debrief-perspective-entry.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_PERSPECTIVE (debrief_perspective_get_type ())
G_DECLARE_FINAL_TYPE (DebriefPerspective, debrief_perspective, DEBRIEF, PERSPECTIVE, DebriefItem)

DebriefPerspective      *debrief_perspective_new             (const char              *id,
                                                              const char              *participant);

const char              *debrief_perspective_get_participant (DebriefPerspective      *self);
void                     debrief_perspective_set_participant (DebriefPerspective      *self,
                                                              const char              *participant);
const char              *debrief_perspective_get_title       (DebriefPerspective      *self);
void                     debrief_perspective_set_title       (DebriefPerspective      *self,
                                                              const char              *title);

GListModel              *debrief_perspective_get_entries     (DebriefPerspective      *self);
void                     debrief_perspective_append_entry    (DebriefPerspective      *self,
                                                              DebriefPerspectiveEntry *entry);
void                     debrief_perspective_insert_entry    (DebriefPerspective      *self,
                                                              guint                    position,
                                                              DebriefPerspectiveEntry *entry);
void                     debrief_perspective_remove_entry    (DebriefPerspective      *self,
                                                              guint                    position);
DebriefPerspectiveEntry *debrief_perspective_find_entry      (DebriefPerspective      *self,
                                                              const char              *id);

G_END_DECLS
