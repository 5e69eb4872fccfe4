/* debrief-import-chrome-trace-support.c — a trace's lanes, clock, open slices and flows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "debrief-import-chrome-trace-private.h"
#include "debrief-import-clock.h"
#include "debrief-import-json.h"
#include "debrief-time.h"

/* ts at or past this is µs since 1970 (2001-09-09), not since a boot. */
#define ABSOLUTE_TS 1e15

typedef struct {
  guint  index;     /* the B event */
  double ts;
} OpenSlice;

typedef struct {
  double  start, end;
  char   *ref;
  guint   event;    /* in the batch */
} Slice;

typedef struct {
  double  ts;
  gint64  pid, tid;
  guint   index;
} FlowStep;

static void
slice_clear (gpointer data)
{
  g_free (((Slice *) data)->ref);
}

static GArray *
slices_new (void)
{
  GArray *slices = g_array_new (FALSE, FALSE, sizeof (Slice));

  g_array_set_clear_func (slices, slice_clear);
  return slices;
}

void
_debrief_trace_reader_init (TraceReader *reader)
{
  reader->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader->lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader->stacks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  reader->slices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  reader->flows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  reader->flow_order = g_ptr_array_new ();
}

void
_debrief_trace_reader_clear (TraceReader *reader)
{
  g_clear_pointer (&reader->names, g_hash_table_unref);
  g_clear_pointer (&reader->lanes, g_hash_table_unref);
  g_clear_pointer (&reader->stacks, g_hash_table_unref);
  g_clear_pointer (&reader->slices, g_hash_table_unref);
  g_clear_pointer (&reader->flow_order, g_ptr_array_unref);
  g_clear_pointer (&reader->flows, g_hash_table_unref);
}

/* A trace cut short (Chrome's array form may end without "]", and a
 * recording killed mid-write ends in a comma) is read as far as it goes. */
JsonNode *
_debrief_trace_load (GFile   *source,
                     GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (source);
  gsize length = 0;
  char *text;

  if (!g_file_load_contents (source, NULL, &contents, &length, NULL, error))
    return NULL;
  text = g_strchug (contents + (length >= 3 && memcmp (contents, "\xef\xbb\xbf", 3) == 0 ? 3 : 0));
  if (!json_parser_load_from_data (parser, text, -1, &local_error) && text[0] == '[')
    {
      g_autofree char *closed = NULL;

      g_strchomp (text);
      if (g_str_has_suffix (text, ","))
        text[strlen (text) - 1] = '\0';
      closed = g_strconcat (text, "]", NULL);
      if (json_parser_load_from_data (parser, closed, -1, NULL))
        g_clear_error (&local_error);
    }
  if (local_error != NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: not JSON: %s"), name, local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING, _("%s: empty, expected a trace"), name);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static char *
thread_key (gint64 pid,
            gint64 tid)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, pid, tid);
}

static char *
process_key (gint64 pid)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, pid);
}

static void
read_name (TraceReader *reader,
           JsonObject  *event)
{
  const char *what = member_string (event, "name");
  const char *name = nonempty (debrief_import_json_path_string (event, "args.name"));
  gint64 pid = member_id (event, "pid", 0), tid = member_id (event, "tid", 0);

  if (name == NULL)
    return;
  if (g_strcmp0 (what, "process_name") == 0)
    g_hash_table_insert (reader->names, process_key (pid), g_strdup (name));
  else if (g_strcmp0 (what, "thread_name") == 0)
    g_hash_table_insert (reader->names, thread_key (pid, tid), g_strdup (name));
}

/* The names from M events, and the earliest time, before any lane is made. */
gboolean
_debrief_trace_read_names (TraceReader *reader)
{
  gboolean any = FALSE;

  for (guint i = 0; i < json_array_get_length (reader->events); i++)
    {
      JsonNode *node = json_array_get_element (reader->events, i);
      JsonObject *event = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *phase = member_string (event, "ph");
      double ts;

      if (g_strcmp0 (phase, "M") == 0)
        read_name (reader, event);
      else if (member_number (event, "ts", &ts) && isfinite (ts) && (!any || ts < reader->first_ts))
        {
          reader->first_ts = ts;
          any = TRUE;
        }
    }
  return TRUE;
}

/* Chrome writes "2026-3-14 9:02:11" (no zero padding) in its metadata. */
static gboolean
parse_capture_time (const char *text,
                    GTimeZone  *zone,
                    gint64     *out)
{
  DebriefImportCivil civil = { 0 };
  DebriefImportClock clock;
  char end = '\0';

  if (debrief_import_time_from_text (text, zone, out))
    return TRUE;
  if (sscanf (text, "%d-%d-%d %d:%d:%d%c", &civil.year, &civil.month, &civil.day,
              &civil.hour, &civil.minute, &civil.second, &end) != 6 ||
      !debrief_import_civil_valid (&civil))
    return FALSE;
  debrief_import_clock_init (&clock, zone);
  *out = debrief_import_clock_to_time (&clock, &civil);
  return TRUE;
}

static gboolean
metadata_anchor (TraceReader *reader,
                 gint64      *out)
{
  static const char * const holders[] = { "otherData", "metadata", NULL };
  static const char * const keys[] = {
    "trace-capture-datetime", "capture-datetime", "startTime", "start_time", "traceStartTime", NULL,
  };

  for (guint h = 0; holders[h] != NULL; h++)
    for (guint k = 0; keys[k] != NULL; k++)
      {
        const char *text = member_string (member_object (reader->metadata, holders[h]), keys[k]);

        if (text != NULL && parse_capture_time (text, reader->options->zone, out))
          return TRUE;
      }
  return FALSE;
}

gboolean
_debrief_trace_choose_anchor (TraceReader *reader,
                              GError     **error)
{
  const DebriefImportOptions *options = reader->options;

  reader->absolute = reader->first_ts >= ABSOLUTE_TS;
  if (reader->absolute)
    return TRUE;
  if (options->anchor != DEBRIEF_TIME_NONE)
    reader->anchor = options->anchor;
  else if (metadata_anchor (reader, &reader->anchor))
    return TRUE;
  else if (options->year != 0 && options->month != 0 && options->day != 0)
    {
      DebriefImportCivil civil = { options->year, options->month, options->day, 0, 0, 0, 0, FALSE, 0 };
      DebriefImportClock clock;

      debrief_import_clock_init (&clock, options->zone);
      reader->anchor = debrief_import_clock_to_time (&clock, &civil);
    }
  else
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE,
                   _("%s: the trace’s times count from when it was recorded and it does not say when that was; "
                     "give the date and time it started"), reader->file_name);
      return FALSE;
    }
  return TRUE;
}

gint64
_debrief_trace_time (TraceReader *reader,
                     double       ts)
{
  double usec = reader->absolute ? ts : (double) reader->anchor + (ts - reader->first_ts);

  return debrief_time_clamp_double_usec (usec);
}

static guint
lane_for (TraceReader *reader,
          char        *key,
          const char  *name)
{
  gpointer found = g_hash_table_lookup (reader->lanes, key);
  guint lane;

  if (found != NULL)
    {
      g_free (key);
      return GPOINTER_TO_UINT (found) - 1;
    }
  lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, name);
  g_hash_table_insert (reader->lanes, key, GUINT_TO_POINTER (lane + 1));
  return lane;
}

static char *
process_name (TraceReader *reader,
              gint64       pid)
{
  g_autofree char *key = process_key (pid);
  const char *name = g_hash_table_lookup (reader->names, key);

  /* %lld, not G_GINT64_FORMAT: xgettext cannot see through the macro, so the
   * message would reach translators cut short and never be found at run time. */
  return name ? g_strdup (name) : g_strdup_printf (_("Process %lld"), (long long) pid);
}

guint
_debrief_trace_thread_lane (TraceReader *reader,
                            gint64       pid,
                            gint64       tid)
{
  char *key = thread_key (pid, tid);
  const char *thread = g_hash_table_lookup (reader->names, key);
  g_autofree char *process = NULL;
  g_autofree char *name = NULL;

  if (g_hash_table_contains (reader->lanes, key))
    return lane_for (reader, key, NULL);
  process = process_name (reader, pid);
  name = thread ? g_strdup_printf ("%s / %s", process, thread)
                : g_strdup_printf (_("%s / thread %lld"), process, (long long) tid);
  return lane_for (reader, key, name);
}

guint
_debrief_trace_process_lane (TraceReader *reader,
                             gint64       pid)
{
  g_autofree char *name = process_name (reader, pid);

  return lane_for (reader, process_key (pid), name);
}

void
_debrief_trace_push (TraceReader *reader,
                     gint64       pid,
                     gint64       tid,
                     guint        index,
                     double       ts)
{
  char *key = thread_key (pid, tid);
  GArray *stack = g_hash_table_lookup (reader->stacks, key);
  OpenSlice open = { index, ts };

  if (stack == NULL)
    {
      stack = g_array_new (FALSE, FALSE, sizeof (OpenSlice));
      g_hash_table_insert (reader->stacks, key, stack);
    }
  else
    g_free (key);
  g_array_append_val (stack, open);
}

gboolean
_debrief_trace_pop (TraceReader *reader,
                    gint64       pid,
                    gint64       tid,
                    guint       *index,
                    double      *ts)
{
  g_autofree char *key = thread_key (pid, tid);
  GArray *stack = g_hash_table_lookup (reader->stacks, key);
  OpenSlice *top;

  if (stack == NULL || stack->len == 0)
    return FALSE;
  top = &g_array_index (stack, OpenSlice, stack->len - 1);
  *index = top->index;
  *ts = top->ts;
  g_array_set_size (stack, stack->len - 1);
  return TRUE;
}

/* A B never ended has no span to show: say so rather than guess an end. */
void
_debrief_trace_skip_unclosed (TraceReader *reader)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, reader->stacks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *stack = value;

      for (guint i = 0; i < stack->len; i++)
        {
          g_autofree char *where = g_strdup_printf ("%s: %s[%u]", reader->file_name, reader->array_path,
                                                    g_array_index (stack, OpenSlice, i).index);

          debrief_import_batch_skip (reader->batch, where, _("a B (begin) that no E (end) closes"));
        }
    }
}

void
_debrief_trace_remember_slice (TraceReader *reader,
                               gint64       pid,
                               gint64       tid,
                               double       start,
                               double       end,
                               const char  *ref,
                               guint        event)
{
  char *key = thread_key (pid, tid);
  GArray *slices = g_hash_table_lookup (reader->slices, key);
  Slice slice = { start, end, g_strdup (ref), event };

  if (slices == NULL)
    {
      slices = slices_new ();
      g_hash_table_insert (reader->slices, key, slices);
    }
  else
    g_free (key);
  g_array_append_val (slices, slice);
}

void
_debrief_trace_remember_flow (TraceReader *reader,
                              guint        index,
                              JsonObject  *event,
                              double       ts)
{
  JsonNode *id = member_node (event, "id");
  g_autofree char *id_text = NULL;
  char *key;
  GArray *steps;
  FlowStep step = { ts, member_id (event, "pid", 0), member_id (event, "tid", 0), index };

  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id))
    {
      g_autofree char *where = g_strdup_printf ("%s: %s[%u]", reader->file_name, reader->array_path, index);

      debrief_import_batch_skip (reader->batch, where, _("expected the flow’s id"));
      return;
    }
  /* Ids are strings ("0x1f") or numbers; a number is never cast (it may not fit). */
  id_text = json_node_get_value_type (id) == G_TYPE_STRING ? g_strdup (json_node_get_string (id))
            : json_node_get_value_type (id) == G_TYPE_INT64 ? g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id))
            : g_strdup_printf ("%.17g", json_node_get_double (id));
  key = g_strdup_printf ("%s %s", member_string (event, "cat") ? member_string (event, "cat") : "", id_text);
  if ((steps = g_hash_table_lookup (reader->flows, key)) == NULL)
    {
      steps = g_array_new (FALSE, FALSE, sizeof (FlowStep));
      g_hash_table_insert (reader->flows, key, steps);
      g_ptr_array_add (reader->flow_order, key);
    }
  else
    g_free (key);
  g_array_append_val (steps, step);
}

/* By start; of two starting together, the outer (longer) first, so the
 * search below, walking back, meets the inner one first. */
static int
compare_slices (gconstpointer a,
                gconstpointer b)
{
  const Slice *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

/* The innermost slice on the step's thread that holds its time: of those
 * starting at or before it (found by bisection: a trace has many flows),
 * the latest that has not ended. */
static const Slice *
enclosing_slice (TraceReader    *reader,
                 const FlowStep *step)
{
  g_autofree char *key = thread_key (step->pid, step->tid);
  GArray *slices = g_hash_table_lookup (reader->slices, key);
  guint low = 0, high = slices ? slices->len : 0;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (slices, Slice, middle).start <= step->ts)
        low = middle + 1;
      else
        high = middle;
    }
  while (low-- > 0)
    if (g_array_index (slices, Slice, low).end >= step->ts)
      return &g_array_index (slices, Slice, low);
  return NULL;
}

static void
sort_slices (TraceReader *reader)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, reader->slices);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_sort (value, compare_slices);
}

static int
compare_steps (gconstpointer a,
               gconstpointer b)
{
  const FlowStep *x = a, *y = b;

  return x->ts < y->ts ? -1 : x->ts > y->ts ? 1 : (int) x->index - (int) y->index;
}

void
_debrief_trace_link_flows (TraceReader *reader)
{
  if (reader->flow_order->len > 0)
    sort_slices (reader);
  for (guint f = 0; f < reader->flow_order->len; f++)
    {
      GArray *steps = g_hash_table_lookup (reader->flows, g_ptr_array_index (reader->flow_order, f));
      const Slice *previous = NULL;

      g_array_sort (steps, compare_steps);
      for (guint i = 0; i < steps->len; i++)
        {
          const FlowStep *step = &g_array_index (steps, FlowStep, i);
          const Slice *slice = enclosing_slice (reader, step);

          if (slice == NULL)
            {
              g_autofree char *where = g_strdup_printf ("%s: %s[%u]", reader->file_name, reader->array_path, step->index);

              debrief_import_batch_skip (reader->batch, where, _("a flow step with no slice around it on its thread"));
              continue;
            }
          if (previous != NULL && previous != slice)
            debrief_import_batch_link_source (reader->batch, slice->event, "trace", previous->ref);
          previous = slice;
        }
    }
}
