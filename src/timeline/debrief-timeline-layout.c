/* debrief-timeline-layout.c — rows of the timeline and what sits in them
 *
 * Rows are lanes under group headers (Perspectives, when the facilitator
 * chose some — debrief-timeline-layout-perspectives.c —, then Participants
 * and Components). Per lane,
 * three things are worked out once per change of the review, never per
 * frame:
 *
 *  - spans stacked into sub-rows (greedy, by start; a span goes to the first
 *    sub-row free at its start), so stacking does not change with zoom;
 *  - the notable events (alerts, deploys, actions, decisions, observations,
 *    notes): where chat and logs merge into density marks, these keep their
 *    glyphs, so an alert is never lost in a log storm;
 *  - the hand-off links, resolved to event refs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-layout"

#include "config.h"

#include "debrief-event-kind.h"
#include "debrief-time.h"
#include "debrief-timeline-layout-private.h"

/* More stacked rows would make a lane taller than a screen; later spans
 * share the last row. */
#define MAX_SPAN_ROWS 4

typedef struct {
  GArray *spans;          /* DebriefSpanPlacement, by start */
  GArray *span_starts;    /* gint64, for binary search */
  GArray *span_ends;      /* gint64: read without touching the events */
  GArray *span_max_end;   /* gint64: running maximum of the spans' ends */
  GArray *notable;        /* DebriefEventRef, by start */
  GArray *notable_starts; /* gint64 */
  GArray *shown_refs;     /* with kinds hidden: the lane's other events, by start */
  GArray *shown_starts;   /* gint64 */
  guint   n_span_rows;
} LaneContents;

static void
lane_contents_free (gpointer data)
{
  LaneContents *contents = data;

  if (contents == NULL)
    return;
  g_array_unref (contents->spans);
  g_array_unref (contents->span_starts);
  g_array_unref (contents->span_ends);
  g_array_unref (contents->span_max_end);
  g_array_unref (contents->notable);
  g_array_unref (contents->notable_starts);
  g_clear_pointer (&contents->shown_refs, g_array_unref);
  g_clear_pointer (&contents->shown_starts, g_array_unref);
  g_free (contents);
}

DebriefTimelineLayout *
debrief_timeline_layout_new (DebriefReview *review)
{
  DebriefTimelineLayout *layout = g_new0 (DebriefTimelineLayout, 1);

  layout->review = g_object_ref (review);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (DebriefTimelineRow));
  layout->lanes = g_ptr_array_new_with_free_func (lane_contents_free);
  layout->links = g_array_new (FALSE, FALSE, sizeof (DebriefLink));
  layout->sub_rows = g_hash_table_new (NULL, NULL);
  layout->chart_series = g_ptr_array_new_with_free_func (g_object_unref);
  _debrief_timeline_layout_init_perspectives (layout);
  return layout;
}

void
debrief_timeline_layout_free (DebriefTimelineLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_object (&layout->review);
  g_array_unref (layout->rows);
  g_ptr_array_unref (layout->lanes);
  g_array_unref (layout->links);
  g_hash_table_unref (layout->sub_rows);
  g_ptr_array_unref (layout->chart_series);
  _debrief_timeline_layout_clear_perspectives (layout);
  g_strfreev (layout->shown_lanes);
  g_free (layout);
}

DebriefReview *
debrief_timeline_layout_get_review (DebriefTimelineLayout *layout)
{
  return layout->review;
}

/* Chat, logs and metrics come in floods; everything else is rare and
 * matters: it keeps its glyph when its neighbours merge. Kinds a file
 * invented (joins, bots) count as floods. */
gboolean
debrief_timeline_is_notable_kind (guint kind)
{
  return kind < DEBRIEF_N_BUILTIN_EVENT_KINDS && kind != DEBRIEF_EVENT_KIND_CHAT &&
         kind != DEBRIEF_EVENT_KIND_LOG && kind != DEBRIEF_EVENT_KIND_METRIC;
}

/* ---- per-lane contents --------------------------------------------------------- */

static void
stack_span (LaneContents       *contents,
            gint64             *row_ends,
            DebriefEventRef     ref,
            const DebriefEvent *event)
{
  DebriefSpanPlacement placement = { ref, MAX_SPAN_ROWS - 1 };
  gint64 max_end = event->end;

  if (contents->span_max_end->len > 0)
    max_end = MAX (max_end, g_array_index (contents->span_max_end, gint64, contents->span_max_end->len - 1));
  g_array_append_val (contents->span_starts, event->start);
  g_array_append_val (contents->span_ends, event->end);
  g_array_append_val (contents->span_max_end, max_end);

  for (guint row = 0; row < MAX_SPAN_ROWS; row++)
    if (row_ends[row] < event->start)
      {
        placement.sub_row = row;
        break;
      }
  row_ends[placement.sub_row] = MAX (row_ends[placement.sub_row], event->end);
  contents->n_span_rows = MAX (contents->n_span_rows, placement.sub_row + 1);
  g_array_append_val (contents->spans, placement);
}

static LaneContents *
build_lane_contents (DebriefTimelineLayout *layout,
                     guint32                lane_key)
{
  DebriefEventStore *events = debrief_review_get_events (layout->review);
  LaneContents *contents = g_new0 (LaneContents, 1);
  gint64 row_ends[MAX_SPAN_ROWS];
  const DebriefEventRef *refs;
  guint n;

  contents->spans = g_array_new (FALSE, FALSE, sizeof (DebriefSpanPlacement));
  contents->span_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  contents->span_ends = g_array_new (FALSE, FALSE, sizeof (gint64));
  contents->span_max_end = g_array_new (FALSE, FALSE, sizeof (gint64));
  contents->notable = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  contents->notable_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < MAX_SPAN_ROWS; i++)
    row_ends[i] = G_MININT64;

  if (layout->hidden_kinds != 0)
    {
      contents->shown_refs = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
      contents->shown_starts = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  refs = debrief_event_store_lane_peek_refs (events, lane_key, &n);
  for (guint i = 0; i < n; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, refs[i]);

      if (debrief_timeline_layout_is_kind_hidden (layout, event->kind))
        continue;
      if (contents->shown_refs != NULL)
        {
          g_array_append_val (contents->shown_refs, refs[i]);
          g_array_append_val (contents->shown_starts, event->start);
        }
      if (event->end != DEBRIEF_TIME_NONE && event->end > event->start)
        {
          stack_span (contents, row_ends, refs[i], event);
          g_hash_table_insert (layout->sub_rows, GUINT_TO_POINTER (refs[i]),
                               GUINT_TO_POINTER (g_array_index (contents->spans, DebriefSpanPlacement,
                                                                contents->spans->len - 1).sub_row + 1));
        }
      else if (debrief_timeline_is_notable_kind (event->kind))
        {
          g_array_append_val (contents->notable, refs[i]);
          g_array_append_val (contents->notable_starts, event->start);
        }
    }
  return contents;
}

static void
collect_links (DebriefTimelineLayout *layout)
{
  DebriefEventStore *events = debrief_review_get_events (layout->review);
  guint n = debrief_event_store_get_n_events (events);

  g_array_set_size (layout->links, 0);
  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (events, i);
      const DebriefEventExtras *extras =
        debrief_event_store_get_extras (events, debrief_event_store_get (events, ref));

      if (extras == NULL || extras->links == NULL ||
          debrief_timeline_layout_is_kind_hidden (layout, debrief_event_store_get (events, ref)->kind))
        continue;
      for (guint k = 0; extras->links[k] != NULL; k++)
        {
          DebriefLink link = { debrief_event_store_lookup (events, extras->links[k]), ref };

          if (link.from != DEBRIEF_EVENT_REF_NONE &&
              !debrief_timeline_layout_is_kind_hidden (layout, debrief_event_store_get (events, link.from)->kind))
            g_array_append_val (layout->links, link);
        }
    }
}

/* ---- rows ------------------------------------------------------------------------ */

DebriefColor
_debrief_timeline_layout_lane_color (DebriefLane *lane,
                                     guint        index)
{
  DebriefColor color;

  if (!debrief_color_parse (debrief_lane_get_color (lane), &color))
    color = *debrief_lane_color (index);
  return color;
}

static double
lane_row_height (const DebriefTimelineStyle *style,
                 gboolean                    collapsed,
                 guint                       n_span_rows)
{
  if (collapsed)
    return style->collapsed_height;
  return style->lane_height + n_span_rows * style->span_row_height;
}

static void
add_group (DebriefTimelineLayout *layout,
           DebriefLaneGroup       group,
           double                *y)
{
  GListModel *lanes = debrief_review_get_lanes (layout->review);
  const DebriefTimelineStyle *style = layout->style;
  DebriefTimelineRow header = { DEBRIEF_ROW_GROUP, group };
  DebriefLaneKind kind = group == DEBRIEF_LANE_GROUP_PARTICIPANTS ? DEBRIEF_LANE_KIND_PARTICIPANT
                                                                  : DEBRIEF_LANE_KIND_COMPONENT;
  guint n = g_list_model_get_n_items (lanes);
  guint index = 0, members = 0;

  /* A group without a single shown lane gets no header either. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      members += debrief_lane_get_kind (lane) == kind && _debrief_timeline_layout_lane_shown (layout, lane);
    }
  if (members == 0)
    return;

  header.y = *y;
  header.height = style->group_height;
  header.collapsed = layout->collapsed[group];
  g_array_append_val (layout->rows, header);
  *y += header.height;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      DebriefTimelineRow row = { DEBRIEF_ROW_LANE, group };
      LaneContents *contents;

      if (debrief_lane_get_kind (lane) != kind || !_debrief_timeline_layout_lane_shown (layout, lane))
        continue;
      contents = g_ptr_array_index (layout->lanes, debrief_lane_get_key (lane));
      row.lane = lane;
      row.lane_key = debrief_lane_get_key (lane);
      row.color = _debrief_timeline_layout_lane_color (lane, i);
      row.collapsed = debrief_lane_get_collapsed (lane);
      row.n_span_rows = contents ? contents->n_span_rows : 0;
      row.index = index++;
      row.y = *y;
      row.height = lane_row_height (style, row.collapsed, row.n_span_rows);
      if (!layout->collapsed[group])
        {
          g_array_append_val (layout->rows, row);
          *y += row.height;
          if (!row.collapsed)
            _debrief_timeline_layout_add_chart_rows (layout, &row, y);
        }
    }
}

/* Print and export choose lanes by id; the window shows the unhidden. */
void
debrief_timeline_layout_set_shown_lanes (DebriefTimelineLayout *layout,
                                         const char * const    *lane_ids)
{
  g_strfreev (layout->shown_lanes);
  layout->shown_lanes = g_strdupv ((char **) lane_ids);
  layout->valid = FALSE;
}

/* Perspectives first: what people said happened, above the record. */
static void
build_rows (DebriefTimelineLayout *layout)
{
  double y = 0;

  g_array_set_size (layout->rows, 0);
  g_ptr_array_set_size (layout->chart_series, 0);
  _debrief_timeline_layout_add_perspective_rows (layout, &y);
  add_group (layout, DEBRIEF_LANE_GROUP_PARTICIPANTS, &y);
  add_group (layout, DEBRIEF_LANE_GROUP_COMPONENTS, &y);
  _debrief_timeline_layout_add_metrics_group (layout, &y);
  layout->height = y;
}

static void
build_contents (DebriefTimelineLayout *layout)
{
  GListModel *lanes = debrief_review_get_lanes (layout->review);
  guint n = g_list_model_get_n_items (lanes);

  g_ptr_array_set_size (layout->lanes, 0);
  g_hash_table_remove_all (layout->sub_rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      guint32 key = debrief_lane_get_key (lane);

      if (key >= layout->lanes->len)
        g_ptr_array_set_size (layout->lanes, key + 1);
      g_ptr_array_index (layout->lanes, key) = build_lane_contents (layout, key);
    }
  collect_links (layout);
}

/**
 * debrief_timeline_layout_update:
 *
 * Brings the layout up to date with the review and @style.
 * Returns: %TRUE if anything was recomputed.
 */
gboolean
debrief_timeline_layout_update (DebriefTimelineLayout      *layout,
                                const DebriefTimelineStyle *style)
{
  /* A new text or tag needs a new frame, not a new layout. */
  guint64 generation = debrief_review_get_shape_generation (layout->review);
  gboolean contents = !layout->valid || layout->generation != generation;

  if (!contents && layout->style == style && layout->perspectives_valid)
    return FALSE;

  if (contents)
    build_contents (layout);
  /* Choosing perspectives rebuilds them alone, never the lanes. */
  if (contents || !layout->perspectives_valid)
    _debrief_timeline_layout_build_perspectives (layout);
  layout->style = style;
  build_rows (layout);
  layout->generation = generation;
  layout->valid = TRUE;
  layout->perspectives_valid = TRUE;
  return TRUE;
}

void
debrief_timeline_layout_invalidate (DebriefTimelineLayout *layout)
{
  layout->valid = FALSE;
}

/* ---- queries ---------------------------------------------------------------------- */

guint
debrief_timeline_layout_get_n_rows (DebriefTimelineLayout *layout)
{
  return layout->rows->len;
}

const DebriefTimelineRow *
debrief_timeline_layout_get_row (DebriefTimelineLayout *layout,
                                 guint                  index)
{
  g_return_val_if_fail (index < layout->rows->len, NULL);
  return &g_array_index (layout->rows, DebriefTimelineRow, index);
}

/* The row at @y (from the top of the lanes area), or G_MAXUINT. */
guint
debrief_timeline_layout_row_at_y (DebriefTimelineLayout *layout,
                                  double                 y)
{
  guint lo = 0, hi = layout->rows->len;

  if (y < 0 || y >= layout->height)
    return G_MAXUINT;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (layout->rows, DebriefTimelineRow, mid).y <= y)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

const DebriefTimelineRow *
debrief_timeline_layout_find_lane (DebriefTimelineLayout *layout,
                                   guint32                lane_key)
{
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const DebriefTimelineRow *row = &g_array_index (layout->rows, DebriefTimelineRow, i);

      if (row->kind == DEBRIEF_ROW_LANE && row->lane_key == lane_key)
        return row;
    }
  return NULL;
}

double
debrief_timeline_layout_get_height (DebriefTimelineLayout *layout)
{
  return layout->height;
}

gboolean
debrief_timeline_layout_get_group_collapsed (DebriefTimelineLayout *layout,
                                             DebriefLaneGroup       group)
{
  g_return_val_if_fail (group < DEBRIEF_N_LANE_GROUPS, FALSE);
  return layout->collapsed[group];
}

void
debrief_timeline_layout_set_group_collapsed (DebriefTimelineLayout *layout,
                                             DebriefLaneGroup       group,
                                             gboolean               collapsed)
{
  g_return_if_fail (group < DEBRIEF_N_LANE_GROUPS);
  layout->collapsed[group] = collapsed;
  if (layout->style != NULL)
    build_rows (layout);
}

static LaneContents *
peek_contents (DebriefTimelineLayout *layout,
               guint32                lane_key)
{
  return lane_key < layout->lanes->len ? g_ptr_array_index (layout->lanes, lane_key) : NULL;
}

const DebriefSpanPlacement *
debrief_timeline_layout_get_spans (DebriefTimelineLayout *layout,
                                   guint32                lane_key,
                                   guint                 *n_spans)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *n_spans = contents ? contents->spans->len : 0;
  return contents ? (const DebriefSpanPlacement *) contents->spans->data : NULL;
}

const DebriefEventRef *
debrief_timeline_layout_get_notable (DebriefTimelineLayout *layout,
                                     guint32                lane_key,
                                     guint                 *n_notable)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *n_notable = contents ? contents->notable->len : 0;
  return contents ? (const DebriefEventRef *) contents->notable->data : NULL;
}

const DebriefLink *
debrief_timeline_layout_get_links (DebriefTimelineLayout *layout,
                                   guint                 *n_links)
{
  *n_links = layout->links->len;
  return (const DebriefLink *) layout->links->data;
}

/* A span's stacking row; 0 for a point. (Stored plus one: a hash table
 * cannot tell a stored 0 from an absent key.) */
guint
debrief_timeline_layout_get_sub_row (DebriefTimelineLayout *layout,
                                     DebriefEventRef        ref)
{
  guint stored = GPOINTER_TO_UINT (g_hash_table_lookup (layout->sub_rows, GUINT_TO_POINTER (ref)));

  return stored > 0 ? stored - 1 : 0;
}

static guint
lower_bound (GArray *values,
             gint64  time)
{
  guint lo = 0, hi = values->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (values, gint64, mid) < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Spans of the lane that may overlap [from, to]: [*first, *end) of the
 * array get_spans() returns. Both bounds are binary searches. */
void
debrief_timeline_layout_query_spans (DebriefTimelineLayout *layout,
                                     guint32                lane_key,
                                     gint64                 from,
                                     gint64                 to,
                                     guint                 *first,
                                     guint                 *end)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *first = *end = 0;
  if (contents == NULL)
    return;
  *first = lower_bound (contents->span_max_end, from);
  *end = MAX (*first, lower_bound (contents->span_starts, to == G_MAXINT64 ? to : to + 1));
}

/* Notable events of the lane starting in [from, to]. */
void
debrief_timeline_layout_query_notable (DebriefTimelineLayout *layout,
                                       guint32                lane_key,
                                       gint64                 from,
                                       gint64                 to,
                                       guint                 *first,
                                       guint                 *end)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *first = *end = 0;
  if (contents == NULL)
    return;
  *first = lower_bound (contents->notable_starts, from);
  *end = MAX (*first, lower_bound (contents->notable_starts, to == G_MAXINT64 ? to : to + 1));
}

/* The starts and ends of the lane's spans (in get_spans() order), and the
 * starts of its notable events: contiguous, so a frame reads them without
 * touching a million scattered events. */
void
debrief_timeline_layout_peek_span_times (DebriefTimelineLayout  *layout,
                                         guint32                 lane_key,
                                         const gint64          **out_starts,
                                         const gint64          **out_ends)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *out_starts = contents ? (const gint64 *) contents->span_starts->data : NULL;
  *out_ends = contents ? (const gint64 *) contents->span_ends->data : NULL;
}

const gint64 *
debrief_timeline_layout_peek_notable_starts (DebriefTimelineLayout *layout,
                                             guint32                lane_key,
                                             guint                 *n_starts)
{
  LaneContents *contents = peek_contents (layout, lane_key);

  *n_starts = contents ? contents->notable_starts->len : 0;
  return contents ? (const gint64 *) contents->notable_starts->data : NULL;
}

/* ---- filtering kinds ------------------------------------------------------------- */

/* Hiding kinds (system noise: joins, bots, debug logs) leaves the review
 * alone: the layout keeps, per lane, the events still shown, and every
 * frame reads those instead of the store's own arrays. Kinds past the
 * 64th cannot be hidden. */
void
debrief_timeline_layout_set_hidden_kinds (DebriefTimelineLayout *layout,
                                          guint64                hidden_kinds)
{
  if (layout->hidden_kinds == hidden_kinds)
    return;
  layout->hidden_kinds = hidden_kinds;
  layout->valid = FALSE;
}

guint64
debrief_timeline_layout_get_hidden_kinds (DebriefTimelineLayout *layout)
{
  return layout->hidden_kinds;
}

gboolean
debrief_timeline_layout_is_kind_hidden (DebriefTimelineLayout *layout,
                                        guint                  kind)
{
  return kind < 64 && (layout->hidden_kinds & (G_GUINT64_CONSTANT (1) << kind)) != 0;
}

/* The lane's shown events, by start: the store's own arrays when nothing
 * is hidden. */
const DebriefEventRef *
debrief_timeline_layout_peek_points (DebriefTimelineLayout *layout,
                                     guint32                lane_key,
                                     const gint64         **out_starts,
                                     guint                 *n_points)
{
  LaneContents *contents = lane_key < layout->lanes->len ? g_ptr_array_index (layout->lanes, lane_key) : NULL;
  DebriefEventStore *events = debrief_review_get_events (layout->review);

  if (contents == NULL || contents->shown_refs == NULL)
    {
      *out_starts = debrief_event_store_lane_peek_starts (events, lane_key, n_points);
      return debrief_event_store_lane_peek_refs (events, lane_key, n_points);
    }
  *out_starts = (const gint64 *) contents->shown_starts->data;
  *n_points = contents->shown_refs->len;
  return (const DebriefEventRef *) contents->shown_refs->data;
}
