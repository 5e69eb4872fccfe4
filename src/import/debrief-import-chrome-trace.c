/* debrief-import-chrome-trace.c — Chrome's trace event format (chrome://tracing, Perfetto JSON)
 *
 * {"traceEvents": [...], "otherData": {...}} or a bare array (which may
 * lack its closing bracket, as a trace cut short leaves it). Each event
 * has "ph" (its phase), "ts" (µs), "pid", "tid", "name" and "cat":
 *   B … E   a slice, matched per thread as a stack: a span event
 *   X       a complete slice, ts + "dur": a span event
 *   i, I    an instant event
 *   C       a counter: a "metric" event whose text is the values in "args"
 *   s t f   a flow (by "id"): a link from the slice enclosing each step to
 *           the slice enclosing the step before it
 *   M       process_name / thread_name: the lanes' names
 * Other phases (async b/e/n, objects N/O/D, samples P) are skipped, each
 * with its phase named.
 * Slices and instants are kind "trace". Lanes are components: a thread
 * ("Renderer / CrRendererMain"), or a process for its counters.
 *
 * Trace times count from an arbitrary start (often the machine's boot),
 * so they need an anchor: the instant given (--date with a time, the
 * import dialog's date), else a capture time in the trace's metadata,
 * else midnight of the date given. The earliest event is put at the
 * anchor. Without any of these the read fails with NEEDS_DATE: a trace
 * placed at a guessed time would line up with nothing. Times already
 * since 1970 (≥ 10¹⁵ µs, past 2001) need no anchor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "debrief-import-chrome-trace-private.h"
#include "debrief-import-json.h"
#include "debrief-time.h"

static void
skip_event (TraceReader *reader,
            guint        index,
            const char  *reason)
{
  g_autofree char *where = g_strdup_printf ("%s: %s[%u]", reader->file_name, reader->array_path, index);

  debrief_import_batch_skip (reader->batch, where, reason);
}

static char *
event_ref (TraceReader *reader,
           guint        index)
{
  return g_strdup_printf ("%s %s[%u]", reader->file_name, reader->array_path, index);
}

static void
event_ids (JsonObject *event,
           gint64     *pid,
           gint64     *tid)
{
  *pid = member_id (event, "pid", 0);
  *tid = member_id (event, "tid", 0);
}

static void
add_slice (TraceReader *reader,
           guint        index,
           JsonObject  *event,
           double       start,
           double       end)
{
  gint64 pid, tid;
  gint64 time = _debrief_trace_time (reader, start);
  g_autofree char *ref = event_ref (reader, index);
  const char *cat = nonempty (member_string (event, "cat"));
  char *tags[2] = { (char *) cat, NULL };
  guint lane, added;

  event_ids (event, &pid, &tid);
  if (!debrief_import_options_keeps (reader->options, time))
    return debrief_import_batch_count_outside (reader->batch);
  lane = _debrief_trace_thread_lane (reader, pid, tid);
  added = debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = time, .end = end > start ? _debrief_trace_time (reader, end) : DEBRIEF_TIME_NONE,
    .kind = (char *) "trace", .text = (char *) (member_string (event, "name") ? member_string (event, "name") : ""),
    .source_type = (char *) "trace", .source_ref = ref, .tags = cat ? tags : NULL,
  });
  _debrief_trace_remember_slice (reader, pid, tid, start, end, ref, added);
}

/* "heap: used 12.5, total 40" */
static void
add_counter (TraceReader *reader,
             guint        index,
             JsonObject  *event,
             double       ts)
{
  JsonObject *args = member_object (event, "args");
  g_autoptr(GList) names = args ? json_object_get_members (args) : NULL;
  g_autoptr(GString) text = g_string_new (member_string (event, "name"));
  g_autofree char *ref = event_ref (reader, index);
  gint64 time = _debrief_trace_time (reader, ts);
  gint64 pid, tid;
  guint n = 0;

  event_ids (event, &pid, &tid);
  for (GList *l = names; l != NULL; l = l->next)
    {
      double value;

      if (!member_number (args, l->data, &value))
        continue;
      g_string_append_printf (text, "%s %s %g", n++ == 0 ? ":" : ",", (const char *) l->data, value);
    }
  if (n == 0)
    return skip_event (reader, index, _("expected numbers in a counter’s args"));
  if (!debrief_import_options_keeps (reader->options, time))
    return debrief_import_batch_count_outside (reader->batch);
  debrief_import_batch_add_event (reader->batch, _debrief_trace_process_lane (reader, pid), &(DebriefEventSpec) {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) "metric", .text = text->str,
    .source_type = (char *) "trace", .source_ref = ref,
  });
}

static void
begin_slice (TraceReader *reader,
             guint        index,
             JsonObject  *event,
             double       ts)
{
  gint64 pid, tid;

  event_ids (event, &pid, &tid);
  _debrief_trace_push (reader, pid, tid, index, ts);
}

static void
end_slice (TraceReader *reader,
           guint        index,
           JsonObject  *event,
           double       ts)
{
  gint64 pid, tid;
  guint begin;
  double start;

  event_ids (event, &pid, &tid);
  if (!_debrief_trace_pop (reader, pid, tid, &begin, &start))
    return skip_event (reader, index, _("an E (end) with no B (begin) open on its thread"));
  add_slice (reader, begin, json_array_get_object_element (reader->events, begin), start, MAX (ts, start));
}

static void
read_event (TraceReader *reader,
            guint        index)
{
  JsonNode *node = json_array_get_element (reader->events, index);
  JsonObject *event = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *phase = member_string (event, "ph");
  double ts, dur;

  if (event == NULL)
    return skip_event (reader, index, _("expected an event object"));
  if (phase == NULL || phase[0] == '\0' || phase[1] != '\0')
    return skip_event (reader, index, _("expected its phase in ph"));
  if (phase[0] == 'M')
    return;  /* names, read before */
  if (!member_number (event, "ts", &ts) || !isfinite (ts))
    return skip_event (reader, index, _("expected ts, its time in microseconds"));
  switch (phase[0])
    {
    case 'B': return begin_slice (reader, index, event, ts);
    case 'E': return end_slice (reader, index, event, ts);
    case 'X':
      if (!member_number (event, "dur", &dur) || !(dur >= 0) || !isfinite (dur))
        dur = 0;
      return add_slice (reader, index, event, ts, ts + dur);
    case 'i': case 'I': case 'R': case 'n':
      return add_slice (reader, index, event, ts, ts);
    case 'C': return add_counter (reader, index, event, ts);
    case 's': case 't': case 'f':
      return _debrief_trace_remember_flow (reader, index, event, ts);
    default:
      {
        g_autofree char *reason = g_strdup_printf (_("a phase Debrief does not read (%s)"), phase);

        return skip_event (reader, index, reason);
      }
    }
}

static gboolean
find_events (TraceReader *reader,
             JsonNode    *root,
             GError     **error)
{
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      reader->events = json_node_get_array (root);
      reader->array_path = "";
    }
  else if (JSON_NODE_HOLDS_OBJECT (root) &&
           (reader->events = member_array (json_node_get_object (root), "traceEvents")) != NULL)
    {
      reader->array_path = "traceEvents";
      reader->metadata = json_node_get_object (root);
    }
  if (reader->events != NULL)
    return TRUE;
  g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
               _("%s: expected a trace: {\"traceEvents\": […]} or an array of events"), reader->file_name);
  return FALSE;
}

static gboolean
trace_read (GFile                      *source,
            const DebriefImportOptions *options,
            DebriefImportBatch         *batch,
            GError                    **error)
{
  g_autoptr(JsonNode) root = _debrief_trace_load (source, error);
  g_autofree char *file_name = g_file_get_basename (source);
  TraceReader reader = { .options = options, .batch = batch, .file_name = file_name };
  gboolean ok;

  if (root == NULL || !find_events (&reader, root, error))
    return FALSE;
  _debrief_trace_reader_init (&reader);
  ok = _debrief_trace_read_names (&reader) && _debrief_trace_choose_anchor (&reader, error);
  for (guint i = 0; ok && i < json_array_get_length (reader.events); i++)
    {
      if (!debrief_import_options_go_on (options, i, json_array_get_length (reader.events)))
        break;
      read_event (&reader, i);
    }
  if (ok)
    {
      _debrief_trace_skip_unclosed (&reader);
      _debrief_trace_link_flows (&reader);
    }
  _debrief_trace_reader_clear (&reader);
  return ok && !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

static guint
trace_sniff (GFile      *source,
             const char *head,
             gsize       head_len)
{
  char start = debrief_import_json_head_start (head, head_len);

  if (start == '{' && debrief_import_json_head_has (head, head_len, "traceEvents"))
    return 95;
  if ((start == '[' || start == '{') && debrief_import_json_head_has (head, head_len, "ph") &&
      debrief_import_json_head_has (head, head_len, "ts") && debrief_import_json_head_has (head, head_len, "pid"))
    return 85;
  return 0;
}

const DebriefImporter debrief_importer_chrome_trace = {
  .name = "chrome-trace",
  .label = N_("Chrome trace (JSON)"),
  .sniff = trace_sniff,
  .read = trace_read,
};
