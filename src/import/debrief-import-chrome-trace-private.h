/* debrief-import-chrome-trace-private.h — what the trace importer's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "debrief-importer.h"

G_BEGIN_DECLS

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  const char                 *file_name;
  const char                 *array_path;  /* "traceEvents", or "" for a bare array */
  JsonArray                  *events;
  JsonObject                 *metadata;    /* the root object, or NULL */
  gboolean                    absolute;    /* ts counts from 1970 */
  double                      first_ts;    /* the earliest ts, put at @anchor */
  gint64                      anchor;
  GHashTable                 *names;       /* "pid" or "pid:tid" → name */
  GHashTable                 *lanes;       /* "pid" or "pid:tid" → lane + 1 */
  GHashTable                 *stacks;      /* "pid:tid" → GArray of open B's */
  GHashTable                 *slices;      /* "pid:tid" → GArray of slices added */
  GHashTable                 *flows;       /* "cat id" → GArray of flow steps */
  GPtrArray                  *flow_order;  /* the flows' keys as first seen */
} TraceReader;

JsonNode *_debrief_trace_load            (GFile        *source,
                                          GError      **error);
void      _debrief_trace_reader_init     (TraceReader  *reader);
void      _debrief_trace_reader_clear    (TraceReader  *reader);
gboolean  _debrief_trace_read_names      (TraceReader  *reader);
gboolean  _debrief_trace_choose_anchor   (TraceReader  *reader,
                                          GError      **error);
gint64    _debrief_trace_time            (TraceReader  *reader,
                                          double        ts);
guint     _debrief_trace_thread_lane     (TraceReader  *reader,
                                          gint64        pid,
                                          gint64        tid);
guint     _debrief_trace_process_lane    (TraceReader  *reader,
                                          gint64        pid);
void      _debrief_trace_push            (TraceReader  *reader,
                                          gint64        pid,
                                          gint64        tid,
                                          guint         index,
                                          double        ts);
gboolean  _debrief_trace_pop             (TraceReader  *reader,
                                          gint64        pid,
                                          gint64        tid,
                                          guint        *index,
                                          double       *ts);
void      _debrief_trace_skip_unclosed   (TraceReader  *reader);
void      _debrief_trace_remember_slice  (TraceReader  *reader,
                                          gint64        pid,
                                          gint64        tid,
                                          double        start,
                                          double        end,
                                          const char   *ref,
                                          guint         event);
void      _debrief_trace_remember_flow   (TraceReader  *reader,
                                          guint         index,
                                          JsonObject   *event,
                                          double        ts);
void      _debrief_trace_link_flows      (TraceReader  *reader);

G_END_DECLS
