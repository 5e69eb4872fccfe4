/* debrief-report-markdown.c — the review as a Markdown report for a wiki
 *
 * Title, summary, the incident window, phases, the timeline as a table,
 * perspectives side by side as a table (a column per account, a row per
 * moment), the shared notes and the action items. GitHub-flavoured tables:
 * in a cell "|" is escaped, line breaks become <br> and "<" is written as
 * &lt; (so a chat line's "<@U123>" is not swallowed as HTML). Private
 * notes are never written. The output depends only on the review and the
 * options (no "generated at" line), so a snapshot can hold it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-report"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-action-item.h"
#include "debrief-event-kind.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-perspective-entry.h"
#include "debrief-phase.h"
#include "debrief-report.h"
#include "debrief-time.h"

typedef struct {
  DebriefReview              *review;
  const DebriefReportOptions *options;
  GString                    *out;
  gboolean                    with_date;  /* the review spans days */
} Report;

/* ---- cells and times ----------------------------------------------------------- */

static void
append_cell (Report     *report,
             const char *text)
{
  g_autofree char *named = debrief_pseudonyms_apply (report->options->names, text ? text : "");

  for (const char *c = named; *c != '\0'; c++)
    {
      switch (*c)
        {
        case '|':  g_string_append (report->out, "\\|"); break;
        case '\\': g_string_append (report->out, "\\\\"); break;
        case '<':  g_string_append (report->out, "&lt;"); break;
        case '\r': break;
        case '\n': g_string_append (report->out, "<br>"); break;
        default:   g_string_append_c (report->out, *c); break;
        }
    }
}

static char *
format_time (Report *report,
             gint64  time)
{
  if (time == DEBRIEF_TIME_NONE)
    return g_strdup ("");
  return debrief_time_format_clock (time, debrief_review_get_time_zone (report->review), report->with_date, FALSE);
}

static void
append_time_cell (Report *report,
                  gint64  time)
{
  g_autofree char *text = format_time (report, time);

  g_string_append (report->out, text);
}

static void
spans_days (Report *report)
{
  gint64 start, end;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;

  if (!debrief_review_get_time_bounds (report->review, &start, &end))
    return;
  first = debrief_time_to_date_time (start, debrief_review_get_time_zone (report->review));
  last = debrief_time_to_date_time (end, debrief_review_get_time_zone (report->review));
  report->with_date = first != NULL && last != NULL &&
                      g_date_time_get_day_of_year (first) != g_date_time_get_day_of_year (last);
}

static gboolean
in_range (Report *report,
          gint64  start,
          gint64  end)
{
  const DebriefReportOptions *options = report->options;

  if (end == DEBRIEF_TIME_NONE)
    end = start;
  return (options->from == DEBRIEF_TIME_NONE || end >= options->from) &&
         (options->to == DEBRIEF_TIME_NONE || start <= options->to);
}

/* ---- the head -------------------------------------------------------------------- */

static void
append_window (Report *report)
{
  gint64 start = debrief_review_get_incident_start (report->review);
  gint64 end = debrief_review_get_incident_end (report->review);
  g_autofree char *from = NULL, *to = NULL, *length = NULL;

  if (start == DEBRIEF_TIME_NONE || end == DEBRIEF_TIME_NONE)
    debrief_review_get_time_bounds (report->review, &start, &end);
  from = debrief_time_format_clock (start, debrief_review_get_time_zone (report->review), TRUE, FALSE);
  to = format_time (report, end);
  length = debrief_time_format_duration (end - start);
  g_string_append_printf (report->out, "| %s | %s – %s (%s, %s) |\n", _("Incident window"), from, to,
                          debrief_review_get_timezone (report->review) ? debrief_review_get_timezone (report->review) : "UTC",
                          length);
}

static void
append_participants (Report *report)
{
  GListModel *lanes = debrief_review_get_lanes (report->review);
  gboolean first = TRUE;

  g_string_append_printf (report->out, "| %s | ", _("Participants"));
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      const char *role = debrief_lane_get_role (lane);

      if (debrief_lane_get_kind (lane) != DEBRIEF_LANE_KIND_PARTICIPANT)
        continue;
      g_string_append (report->out, first ? "" : ", ");
      first = FALSE;
      append_cell (report, debrief_pseudonyms_lane_name (report->options->names, lane));
      if (report->options->names == NULL && role != NULL && *role != '\0')
        {
          g_string_append (report->out, " (");
          append_cell (report, role);
          g_string_append (report->out, ")");
        }
    }
  g_string_append (report->out, " |\n");
}

static void
append_head (Report *report)
{
  const char *title = debrief_review_get_title (report->review);
  const char *summary = debrief_review_get_summary (report->review);
  const char *facilitator = debrief_review_get_facilitator (report->review);
  g_autofree char *named_title = debrief_pseudonyms_apply (report->options->names, title ? title : _("Untitled Review"));

  g_string_append_printf (report->out, "# %s\n\n", named_title);
  if (summary != NULL && *summary != '\0')
    {
      g_autofree char *named = debrief_pseudonyms_apply (report->options->names, summary);

      g_string_append_printf (report->out, "%s\n\n", named);
    }
  g_string_append (report->out, "| | |\n|---|---|\n");
  append_window (report);
  if (facilitator != NULL && *facilitator != '\0')
    {
      g_string_append_printf (report->out, "| %s | ", _("Facilitator"));
      /* The facilitator is no lane; pseudonymised, the role is all that is said. */
      append_cell (report, report->options->names != NULL ? _("Facilitator") : facilitator);
      g_string_append (report->out, " |\n");
    }
  append_participants (report);
}

/* ---- phases and the timeline ------------------------------------------------------------ */

static void
append_phases (Report *report)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (report->review));
  guint n = g_list_model_get_n_items (phases);

  if (n == 0)
    return;
  g_string_append_printf (report->out, "\n## %s\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n",
                          _("Phases"), _("Phase"), _("Start"), _("End"), _("Duration"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);
      gint64 start = debrief_phase_get_start (phase), end = debrief_phase_get_end (phase);
      g_autofree char *length = end != DEBRIEF_TIME_NONE ? debrief_time_format_duration (end - start) : g_strdup (_("moment"));

      g_string_append (report->out, "| ");
      append_cell (report, debrief_phase_get_name (phase));
      g_string_append (report->out, " | ");
      append_time_cell (report, start);
      g_string_append (report->out, " | ");
      append_time_cell (report, end);
      g_string_append_printf (report->out, " | %s |\n", length);
    }
}

static void
append_event_row (Report             *report,
                  const DebriefEvent *event)
{
  DebriefEventStore *events = debrief_review_get_events (report->review);
  DebriefLane *lane = debrief_review_get_lane_by_key (report->review, event->lane);

  g_string_append (report->out, "| ");
  append_time_cell (report, event->start);
  g_string_append (report->out, " | ");
  append_time_cell (report, event->end);
  g_string_append (report->out, " | ");
  append_cell (report, lane != NULL ? debrief_pseudonyms_lane_name (report->options->names, lane) : "");
  g_string_append (report->out, " | ");
  append_cell (report, debrief_event_store_get_kind_name (events, event->kind));
  g_string_append (report->out, " | ");
  append_cell (report, event->text);
  g_string_append (report->out, " |\n");
}

static void
append_timeline (Report *report)
{
  DebriefEventStore *events = debrief_review_get_events (report->review);
  guint n = debrief_event_store_get_n_events (events);

  g_string_append_printf (report->out, "\n## %s\n\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
                          _("Timeline"), _("Time"), _("Until"), _("Lane"), _("Kind"), _("Event"));
  for (guint i = 0; i < n; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, i));

      if (_debrief_report_includes (report->review, report->options, event))
        append_event_row (report, event);
    }
}

/* ---- perspectives side by side ---------------------------------------------------------- */

typedef struct {
  gint64                   start;
  guint                    column;
  DebriefPerspectiveEntry *entry;   /* borrowed: the perspective holds it */
} Cell;

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const Cell *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->column > y->column) - (x->column < y->column);
}

static const char *
perspective_heading (Report             *report,
                     DebriefPerspective *perspective)
{
  const char *participant = debrief_perspective_get_participant (perspective);
  DebriefLane *lane = participant != NULL ? debrief_review_lookup_lane (report->review, participant) : NULL;

  if (lane != NULL)
    return debrief_pseudonyms_lane_name (report->options->names, lane);
  if (debrief_perspective_get_title (perspective) != NULL)
    return debrief_perspective_get_title (perspective);
  return debrief_item_get_id (DEBRIEF_ITEM (perspective));
}

static GArray *
collect_cells (Report     *report,
               GListModel *perspectives)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (Cell));

  for (guint p = 0; p < g_list_model_get_n_items (perspectives); p++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, p);
      GListModel *entries = debrief_perspective_get_entries (perspective);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (entries, e);
          Cell cell = { debrief_perspective_entry_get_start (entry), p, entry };

          if (in_range (report, cell.start, debrief_perspective_entry_get_end (entry)))
            g_array_append_val (cells, cell);
        }
    }
  g_array_sort (cells, compare_cells);
  return cells;
}

static void
append_entry (Report                  *report,
              DebriefPerspectiveEntry *entry)
{
  g_string_append_printf (report->out, "**%s**%s ", debrief_entry_kind_get_label (debrief_perspective_entry_get_kind (entry)),
                          debrief_perspective_entry_get_origin (entry) == DEBRIEF_ENTRY_ORIGIN_EVIDENCE ? " ◆" : "");
  append_cell (report, debrief_perspective_entry_get_text (entry));
}

/* A row per moment, a column per account: what each person saw, believed
 * and did at the same time reads across. */
static void
append_cell_rows (Report *report,
                  GArray *cells,
                  guint   n_columns)
{
  for (guint i = 0; i < cells->len;)
    {
      gint64 start = g_array_index (cells, Cell, i).start;

      g_string_append (report->out, "| ");
      append_time_cell (report, start);
      for (guint column = 0; column < n_columns; column++)
        {
          gboolean first = TRUE;

          g_string_append (report->out, " | ");
          for (; i < cells->len && g_array_index (cells, Cell, i).start == start &&
                 g_array_index (cells, Cell, i).column == column; i++)
            {
              g_string_append (report->out, first ? "" : "<br>");
              first = FALSE;
              append_entry (report, g_array_index (cells, Cell, i).entry);
            }
        }
      g_string_append (report->out, " |\n");
    }
}

static void
append_perspectives (Report *report)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (report->review));
  guint n = g_list_model_get_n_items (perspectives);
  g_autoptr(GArray) cells = NULL;

  if (n == 0)
    return;
  g_string_append_printf (report->out, "\n## %s\n\n", _("Perspectives"));
  /* Translators: ◆ marks an entry found in the evidence, not told in the room. */
  g_string_append_printf (report->out, "%s\n\n| %s", _("◆: found in the evidence; the rest was told in the review."), _("Time"));
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, p);

      g_string_append (report->out, " | ");
      append_cell (report, perspective_heading (report, perspective));
    }
  g_string_append (report->out, " |\n|---");
  for (guint p = 0; p < n; p++)
    g_string_append (report->out, "|---");
  g_string_append (report->out, "|\n");
  cells = collect_cells (report, perspectives);
  append_cell_rows (report, cells, n);
}

/* ---- notes and action items ----------------------------------------------------------------- */

static void
append_note (Report      *report,
             DebriefNote *note,
             gint64       time)
{
  const char *author = debrief_note_get_author (note);
  g_autofree char *text = debrief_pseudonyms_apply (report->options->names, debrief_note_get_text (note));
  g_autofree char *clock = format_time (report, time);
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autofree char *indented = g_strjoinv ("\n  ", lines);

  g_string_append (report->out, "- ");
  if (time != DEBRIEF_TIME_NONE)
    g_string_append_printf (report->out, "**%s** ", clock);
  if (author != NULL)
    {
      DebriefLane *lane = debrief_review_lookup_lane (report->review, author);

      g_string_append_printf (report->out, "(%s) ", lane ? debrief_pseudonyms_lane_name (report->options->names, lane)
                                                         : debrief_pseudonyms_name (report->options->names, author));
    }
  g_string_append_printf (report->out, "%s\n", indented);
}

/* Shared notes only: a private note (facilitator prep, questions) never
 * leaves the facilitator's copy, whatever the options say. */
static void
append_notes (Report *report)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (report->review));
  gboolean heading = FALSE;

  if (report->options->skip_notes)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      gint64 time = debrief_report_note_time (report->review, note);

      if (debrief_note_get_private (note) || (time != DEBRIEF_TIME_NONE && !in_range (report, time, time)))
        continue;
      if (!heading)
        g_string_append_printf (report->out, "\n## %s\n\n", _("Notes"));
      heading = TRUE;
      append_note (report, note, time);
    }
}

static void
append_action_items (Report *report)
{
  GListModel *items = G_LIST_MODEL (debrief_review_get_action_items (report->review));
  guint n = g_list_model_get_n_items (items);

  if (n == 0)
    return;
  g_string_append_printf (report->out, "\n## %s\n\n| # | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
                          _("Action items"), _("Action"), _("Owner"), _("Status"), _("Due"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefActionItem) item = g_list_model_get_item (items, i);
      gint64 due = debrief_action_item_get_due (item);
      g_autofree char *due_text = due != DEBRIEF_TIME_NONE
                                  ? debrief_time_format_clock (due, debrief_review_get_time_zone (report->review), TRUE, FALSE)
                                  : g_strdup ("");

      g_string_append_printf (report->out, "| %u | ", i + 1);
      append_cell (report, debrief_action_item_get_text (item));
      g_string_append (report->out, " | ");
      append_cell (report, debrief_pseudonyms_name (report->options->names, debrief_action_item_get_owner (item)));
      g_string_append_printf (report->out, " | %s | %s |\n", debrief_action_status_to_string (debrief_action_item_get_status (item)),
                              due_text);
    }
}

char *
debrief_report_markdown (DebriefReview              *review,
                         const DebriefReportOptions *options)
{
  Report report = { review, options, g_string_new (NULL), FALSE };

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  spans_days (&report);
  append_head (&report);
  append_phases (&report);
  append_timeline (&report);
  append_perspectives (&report);
  append_notes (&report);
  append_action_items (&report);
  return g_string_free (report.out, FALSE);
}
