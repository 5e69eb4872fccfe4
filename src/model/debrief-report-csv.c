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
