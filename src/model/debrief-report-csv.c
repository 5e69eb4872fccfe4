/* debrief-report-csv.c — the events as CSV, for spreadsheets
 *
 * RFC 4180: a header row, CRLF line ends, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. UTF-8 without a byte
 * order mark (the RFC's own advice; spreadsheets ask for the encoding).
 * Times are RFC 3339 in UTC, as in the review file, so a sheet sorts them
 * as text; the lane's name and the author follow the pseudonyms.
 *
 * Also home to what both writers share: which events a report includes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "debrief-perspective.h"
#include "debrief-phase.h"
#include "debrief-report.h"
#include "debrief-time.h"

void
debrief_report_options_init (DebriefReportOptions *options)
{
  *options = (DebriefReportOptions) { 0 };
  options->from = DEBRIEF_TIME_NONE;
  options->to = DEBRIEF_TIME_NONE;
}

static gboolean
resolve_phase (DebriefReview  *review,
               const char     *name,
               gint64         *out_from,
               gint64         *out_to,
               GError        **error)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (review));
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      if (debrief_phase_get_kind (phase) != DEBRIEF_PHASE_KIND_PHASE || debrief_phase_get_end (phase) == DEBRIEF_TIME_NONE)
        continue;
      if (g_ascii_strcasecmp (debrief_phase_get_name (phase), name) == 0)
        {
          *out_from = debrief_phase_get_start (phase);
          *out_to = debrief_phase_get_end (phase);
          return TRUE;
        }
      g_string_append_printf (known, "%s%s", known->len ? ", " : "", debrief_phase_get_name (phase));
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("the review has no phase “%s” (it has: %s)"),
               name, known->len ? known->str : _("none"));
  return FALSE;
}

gboolean
debrief_report_resolve_range (DebriefReview  *review,
                              const char     *spec,
                              gint64         *out_from,
                              gint64         *out_to,
                              GError        **error)
{
  gint64 start = debrief_review_get_incident_start (review), end = debrief_review_get_incident_end (review);

  if (g_str_has_prefix (spec, "phase:"))
    return resolve_phase (review, spec + strlen ("phase:"), out_from, out_to, error);
  if (g_str_equal (spec, "incident") && start != DEBRIEF_TIME_NONE && end != DEBRIEF_TIME_NONE && end > start)
    {
      *out_from = start;
      *out_to = end;
      return TRUE;
    }
  if (g_str_equal (spec, "all") || g_str_equal (spec, "incident"))
    {
      if (!debrief_review_get_time_bounds (review, out_from, out_to))
        *out_to = *out_from + DEBRIEF_USEC_PER_HOUR;
      *out_to = MAX (*out_to, *out_from + DEBRIEF_USEC_PER_MIN);
      return TRUE;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("expected all, incident, phase:NAME or FROM..TO, found “%s”"), spec);
  return FALSE;
}

static gint64
entry_time (DebriefReview *review,
            const char    *entry_id)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);
      DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (perspective, entry_id);

      if (entry != NULL)
        return debrief_perspective_entry_get_start (entry);
    }
  return DEBRIEF_TIME_NONE;
}

gint64
debrief_report_note_time (DebriefReview *review,
                          DebriefNote   *note)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  DebriefEventRef ref = DEBRIEF_EVENT_REF_NONE;

  if (debrief_note_get_time (note) != DEBRIEF_TIME_NONE)
    return debrief_note_get_time (note);
  if (debrief_note_get_event (note) != NULL)
    ref = debrief_event_store_lookup (events, debrief_note_get_event (note));
  if (ref != DEBRIEF_EVENT_REF_NONE)
    return debrief_event_store_get (events, ref)->start;
  if (debrief_note_get_entry (note) != NULL)
    return entry_time (review, debrief_note_get_entry (note));
  return DEBRIEF_TIME_NONE;
}

static gboolean
lane_included (DebriefReview              *review,
               const DebriefReportOptions *options,
               guint32                     key)
{
  DebriefLane *lane;

  if (options->lane_ids == NULL)
    return TRUE;
  lane = debrief_review_get_lane_by_key (review, key);
  return lane != NULL && g_strv_contains (options->lane_ids, debrief_item_get_id (DEBRIEF_ITEM (lane)));
}

/* In the range (a span only has to overlap it) and in a chosen lane. */
gboolean
_debrief_report_includes (DebriefReview              *review,
                          const DebriefReportOptions *options,
                          const DebriefEvent         *event)
{
  gint64 end = event->end != DEBRIEF_TIME_NONE ? event->end : event->start;

  if (options->from != DEBRIEF_TIME_NONE && end < options->from)
    return FALSE;
  if (options->to != DEBRIEF_TIME_NONE && event->start > options->to)
    return FALSE;
  return lane_included (review, options, event->lane);
}

static void
append_field (GString    *out,
              const char *text)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

static void
append_time (GString *out,
             gint64   time)
{
  if (time != DEBRIEF_TIME_NONE)
    debrief_time_append_rfc3339 (out, time);
}

static char *
joined_tags (const DebriefEventExtras *extras)
{
  if (extras == NULL || extras->tags == NULL)
    return g_strdup ("");
  return g_strjoinv (" ", (char **) extras->tags);
}

static const char *
lane_name (DebriefReview              *review,
           const DebriefReportOptions *options,
           guint32                     key)
{
  DebriefLane *lane = key != DEBRIEF_LANE_KEY_NONE ? debrief_review_get_lane_by_key (review, key) : NULL;

  return lane != NULL ? debrief_pseudonyms_lane_name (options->names, lane) : "";
}

static const char *
lane_id (DebriefReview *review,
         guint32        key)
{
  DebriefLane *lane = key != DEBRIEF_LANE_KEY_NONE ? debrief_review_get_lane_by_key (review, key) : NULL;

  return lane != NULL ? debrief_item_get_id (DEBRIEF_ITEM (lane)) : "";
}

static void
append_event (GString                    *out,
              DebriefReview              *review,
              const DebriefReportOptions *options,
              const DebriefEvent         *event)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefEventSource *source = debrief_event_store_get_source (events, event);
  g_autofree char *text = debrief_pseudonyms_apply (options->names, event->text);
  g_autofree char *tags = joined_tags (debrief_event_store_get_extras (events, event));
  g_autofree char *line = event->source_line > 0 ? g_strdup_printf ("%u", event->source_line) : NULL;

  append_field (out, event->id);
  g_string_append_c (out, ',');
  append_time (out, event->start);
  g_string_append_c (out, ',');
  append_time (out, event->end);
  g_string_append_c (out, ',');
  append_field (out, lane_id (review, event->lane));
  g_string_append_c (out, ',');
  append_field (out, lane_name (review, options, event->lane));
  g_string_append_c (out, ',');
  append_field (out, debrief_event_store_get_kind_name (events, event->kind));
  g_string_append_c (out, ',');
  append_field (out, lane_name (review, options, event->author));
  g_string_append_c (out, ',');
  append_field (out, text);
  g_string_append_c (out, ',');
  append_field (out, source != NULL ? source->type : NULL);
  g_string_append_c (out, ',');
  append_field (out, source != NULL && options->names == NULL ? source->ref : NULL);
  g_string_append_c (out, ',');
  append_field (out, line);
  g_string_append_c (out, ',');
  append_field (out, tags);
  g_string_append (out, "\r\n");
}

/* One row per event in time order. Pseudonymised, the source reference
 * is left out: a Slack link or a log path can name people too. */
GString *
debrief_report_csv (DebriefReview              *review,
                    const DebriefReportOptions *options)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);
  GString *out = g_string_sized_new (64 + (gsize) n * 160);

  g_string_append (out, "id,start,end,lane,lane_name,kind,author,text,source_type,source_ref,source_line,tags\r\n");
  for (guint i = 0; i < n; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, i));

      if (_debrief_report_includes (review, options, event))
        append_event (out, review, options, event);
    }
  return out;
}
