/* debrief-event-kind.h — the kinds of timeline events Debrief knows by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The built-in kinds. Files may carry other kinds (an importer's "join" or
 * "bot"); those are kept by name and drawn with a generic glyph. The numbers
 * are the first entries of every event store's kind table. */
typedef enum {
  DEBRIEF_EVENT_KIND_CHAT,
  DEBRIEF_EVENT_KIND_LOG,
  DEBRIEF_EVENT_KIND_ALERT,
  DEBRIEF_EVENT_KIND_DEPLOY,
  DEBRIEF_EVENT_KIND_ACTION,
  DEBRIEF_EVENT_KIND_OBSERVATION,
  DEBRIEF_EVENT_KIND_DECISION,
  DEBRIEF_EVENT_KIND_METRIC,
  DEBRIEF_EVENT_KIND_NOTE,
  DEBRIEF_N_BUILTIN_EVENT_KINDS
} DebriefEventKind;

const char *debrief_event_kind_get_name  (DebriefEventKind  kind);
const char *debrief_event_kind_get_label (DebriefEventKind  kind);
gboolean    debrief_event_kind_from_name (const char       *name,
                                          DebriefEventKind *out_kind);

G_END_DECLS
