/* debrief-timeline-layout-perspectives.c — the Perspectives group of the layout
 *
 * The facilitator chooses which perspectives to set side by side, in which
 * order, and pins one as the reference; the layout keeps that choice (a
 * view setting, like hidden kinds: the review is not touched) and turns it
 * into rows above the Participants. A perspective is one row, or, split by
 * kind, one row for each kind of entry it holds (saw, believed, expected,
 * did, asked), so the room can read what everyone believed on one line.
 *
 * Entries are few (tens, not millions), so each row simply keeps its
 * entries sorted by start and stacked into sub-rows the way event spans
 * are: greedily, by time, so stacking never changes with zoom. A moment
 * takes a sub-row at its instant, a span for its length.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-layout"

#include "config.h"

#include "debrief-time.h"
#include "debrief-timeline-layout-private.h"

/* Beyond this, later entries share the last sub-row: a row stays shorter
 * than a screen even for a long account. */
#define MAX_ENTRY_ROWS 6

/* For stacking, an entry claims at least this share of the review's time
 * after its start: the room its text needs. A moment 15 s before the next
 * entry would otherwise share its sub-row and never show its words. It is
 * a share of the review, not of the view, so stacking does not change
 * with zoom. */
#define TEXT_ROOM_SHARE (1.0 / 24.0)

static void
slot_free (gpointer data)
{
  DebriefPerspectiveSlot *slot = data;

  g_clear_object (&slot->perspective);
  g_clear_object (&slot->lane);
  g_ptr_array_unref (slot->keep);
  g_array_unref (slot->entries);
  g_free (slot);
}

void
_debrief_timeline_layout_init_perspectives (DebriefTimelineLayout *layout)
{
  layout->perspective_slots = g_ptr_array_new_with_free_func (slot_free);
}

void
_debrief_timeline_layout_clear_perspectives (DebriefTimelineLayout *layout)
{
  g_clear_pointer (&layout->perspective_slots, g_ptr_array_unref);
  g_clear_pointer (&layout->perspective_ids, g_strfreev);
  g_clear_pointer (&layout->comparison_hidden_lanes, g_strfreev);
  g_clear_pointer (&layout->pinned_perspective, g_free);
}

/* ---- the choice -------------------------------------------------------------------- */

/**
 * debrief_timeline_layout_set_perspectives:
 * @perspective_ids: (nullable): ids of the perspectives to show, in display
 *   order; NULL or empty: no Perspectives group
 * @split_by_kind: one row for each kind of entry a perspective holds
 *
 * Ids the review does not hold are left out (a perspective removed while
 * chosen simply disappears), and so are repeats.
 */
void
debrief_timeline_layout_set_perspectives (DebriefTimelineLayout *layout,
                                          const char * const    *perspective_ids,
                                          gboolean               split_by_kind)
{
  g_return_if_fail (layout != NULL);

  g_clear_pointer (&layout->perspective_ids, g_strfreev);
  if (perspective_ids != NULL && perspective_ids[0] != NULL)
    layout->perspective_ids = g_strdupv ((char **) perspective_ids);
  layout->split_by_kind = !!split_by_kind;
  layout->perspectives_valid = FALSE;
}

/**
 * debrief_timeline_layout_set_comparison_hidden_lanes:
 * @lane_ids: (nullable): lanes to leave out while perspectives are shown
 *
 * The evidence lanes a comparison does not need. A view setting, like the
 * perspectives: the lanes' own "hidden" is not touched, so when no
 * perspective is shown every lane comes back as it was.
 */
void
debrief_timeline_layout_set_comparison_hidden_lanes (DebriefTimelineLayout *layout,
                                                     const char * const    *lane_ids)
{
  g_return_if_fail (layout != NULL);

  g_clear_pointer (&layout->comparison_hidden_lanes, g_strfreev);
  if (lane_ids != NULL && lane_ids[0] != NULL)
    layout->comparison_hidden_lanes = g_strdupv ((char **) lane_ids);
  layout->perspectives_valid = FALSE;
}

gboolean
_debrief_timeline_layout_lane_shown (DebriefTimelineLayout *layout,
                                     DebriefLane           *lane)
{
  /* A printout's choice of lanes stands over the lanes' own hidden state. */
  if (layout->shown_lanes != NULL)
    return g_strv_contains ((const char * const *) layout->shown_lanes, debrief_item_get_id (DEBRIEF_ITEM (lane)));
  if (debrief_lane_get_hidden (lane))
    return FALSE;
  return layout->perspective_ids == NULL || layout->comparison_hidden_lanes == NULL ||
         !g_strv_contains ((const char * const *) layout->comparison_hidden_lanes,
                           debrief_item_get_id (DEBRIEF_ITEM (lane)));
}

/* Returns: (nullable) (transfer none): the chosen ids, or NULL. */
const char * const *
debrief_timeline_layout_get_perspectives (DebriefTimelineLayout *layout)
{
  return (const char * const *) layout->perspective_ids;
}

gboolean
debrief_timeline_layout_get_split_by_kind (DebriefTimelineLayout *layout)
{
  return layout->split_by_kind;
}

/**
 * debrief_timeline_layout_set_pinned_perspective:
 * @perspective_id: (nullable): the reference perspective, or NULL
 *
 * The pinned perspective is the one the others are read against: it goes
 * first. Pinning only orders: a pinned perspective that is not chosen is
 * not shown, and comes back first when it is chosen again.
 */
void
debrief_timeline_layout_set_pinned_perspective (DebriefTimelineLayout *layout,
                                                const char            *perspective_id)
{
  g_return_if_fail (layout != NULL);

  if (g_strcmp0 (layout->pinned_perspective, perspective_id) == 0)
    return;
  g_free (layout->pinned_perspective);
  layout->pinned_perspective = g_strdup (perspective_id);
  layout->perspectives_valid = FALSE;
}

const char *
debrief_timeline_layout_get_pinned_perspective (DebriefTimelineLayout *layout)
{
  return layout->pinned_perspective;
}

/* How many perspectives the group shows (not rows: split, one has several). */
guint
debrief_timeline_layout_get_n_perspectives (DebriefTimelineLayout *layout)
{
  return layout->n_perspectives;
}

/* ---- slots ----------------------------------------------------------------------- */

static DebriefPerspective *
find_perspective (DebriefReview *review,
                  const char    *id)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);

      if (g_strcmp0 (debrief_item_get_id (DEBRIEF_ITEM (perspective)), id) == 0)
        return perspective;  /* the review holds it */
    }
  return NULL;
}

static int
compare_placements (gconstpointer a,
                    gconstpointer b)
{
  const DebriefEntryPlacement *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return g_strcmp0 (debrief_item_get_id (DEBRIEF_ITEM (x->entry)), debrief_item_get_id (DEBRIEF_ITEM (y->entry)));
}

/* Greedy, like event spans: the first sub-row free at the entry's start. */
static void
stack_entries (DebriefPerspectiveSlot *slot,
               gint64                  text_room)
{
  gint64 row_ends[MAX_ENTRY_ROWS];

  for (guint r = 0; r < MAX_ENTRY_ROWS; r++)
    row_ends[r] = G_MININT64;
  for (guint i = 0; i < slot->entries->len; i++)
    {
      DebriefEntryPlacement *placement = &g_array_index (slot->entries, DebriefEntryPlacement, i);
      gint64 end = MAX (placement->end != DEBRIEF_TIME_NONE ? placement->end : placement->start,
                        placement->start + text_room);

      placement->sub_row = MAX_ENTRY_ROWS - 1;
      for (guint r = 0; r < MAX_ENTRY_ROWS; r++)
        if (row_ends[r] < placement->start)
          {
            placement->sub_row = r;
            break;
          }
      row_ends[placement->sub_row] = MAX (row_ends[placement->sub_row], end);
      slot->n_sub_rows = MAX (slot->n_sub_rows, placement->sub_row + 1);
    }
}

/* The entries of @slot (all, or its kind's), placed. An entry without a
 * time cannot be drawn on a time axis and is left out. */
static void
place_entries (DebriefPerspectiveSlot *slot,
               gint64                  text_room)
{
  GListModel *entries = debrief_perspective_get_entries (slot->perspective);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      DebriefPerspectiveEntry *entry = g_list_model_get_item (entries, i);
      DebriefEntryPlacement placement = { entry, debrief_perspective_entry_get_start (entry),
                                          debrief_perspective_entry_get_end (entry),
                                          debrief_perspective_entry_get_kind (entry),
                                          debrief_perspective_entry_get_origin (entry), 0 };

      g_ptr_array_add (slot->keep, entry);
      if (placement.start == DEBRIEF_TIME_NONE || (slot->split && placement.kind != slot->kind))
        continue;
      if (placement.end != DEBRIEF_TIME_NONE && placement.end <= placement.start)
        placement.end = DEBRIEF_TIME_NONE;
      g_array_append_val (slot->entries, placement);
    }
  g_array_sort (slot->entries, compare_placements);
  stack_entries (slot, text_room);
}

static gint64
layout_text_room (DebriefTimelineLayout *layout)
{
  gint64 start, end;

  if (!debrief_review_get_time_bounds (layout->review, &start, &end))
    return 0;
  return (gint64) ((end - start) * TEXT_ROOM_SHARE);
}

static void
add_slot (DebriefTimelineLayout *layout,
          DebriefPerspective    *perspective,
          gboolean               split,
          DebriefEntryKind       kind,
          gboolean               first)
{
  DebriefPerspectiveSlot *slot = g_new0 (DebriefPerspectiveSlot, 1);
  DebriefLane *lane = debrief_review_lookup_lane (layout->review, debrief_perspective_get_participant (perspective));
  guint lane_position = lane ? debrief_review_get_lane_position (layout->review, lane) : G_MAXUINT;

  slot->perspective = g_object_ref (perspective);
  slot->lane = lane ? g_object_ref (lane) : NULL;
  slot->position = layout->n_perspectives;
  /* The participant's own colour, so an account and its author's lane match. */
  slot->color = lane_position != G_MAXUINT ? _debrief_timeline_layout_lane_color (lane, lane_position)
                                           : *debrief_lane_color (slot->position);
  slot->split = split;
  slot->kind = kind;
  slot->pinned = g_strcmp0 (layout->pinned_perspective, debrief_item_get_id (DEBRIEF_ITEM (perspective))) == 0;
  slot->first_of_perspective = first;
  slot->keep = g_ptr_array_new_with_free_func (g_object_unref);
  slot->entries = g_array_new (FALSE, FALSE, sizeof (DebriefEntryPlacement));
  place_entries (slot, layout_text_room (layout));
  g_ptr_array_add (layout->perspective_slots, slot);
}

/* One slot, or one for each kind present (in the order of the kinds:
 * saw, believed, expected, did, asked). A perspective without entries
 * keeps a row, so what was chosen is always seen. */
static void
add_perspective (DebriefTimelineLayout *layout,
                 DebriefPerspective    *perspective)
{
  GListModel *entries = debrief_perspective_get_entries (perspective);
  guint present = 0, added = 0;

  if (layout->split_by_kind)
    for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
      {
        g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (entries, i);

        if (debrief_perspective_entry_get_start (entry) != DEBRIEF_TIME_NONE)
          present |= 1u << debrief_perspective_entry_get_kind (entry);
      }
  for (guint kind = 0; kind <= DEBRIEF_ENTRY_KIND_ASKED; kind++)
    if (present & (1u << kind))
      add_slot (layout, perspective, TRUE, kind, added++ == 0);
  if (added == 0)
    add_slot (layout, perspective, FALSE, DEBRIEF_ENTRY_KIND_SAW, TRUE);
  layout->n_perspectives++;
}

/* The chosen perspectives the review holds, the pinned one first, each once. */
static GPtrArray *
chosen_in_order (DebriefTimelineLayout *layout)
{
  GPtrArray *chosen = g_ptr_array_new ();
  DebriefPerspective *pinned = NULL;

  if (layout->pinned_perspective != NULL &&
      g_strv_contains ((const char * const *) layout->perspective_ids, layout->pinned_perspective))
    pinned = find_perspective (layout->review, layout->pinned_perspective);
  if (pinned != NULL)
    g_ptr_array_add (chosen, pinned);
  for (guint i = 0; layout->perspective_ids[i] != NULL; i++)
    {
      DebriefPerspective *perspective = find_perspective (layout->review, layout->perspective_ids[i]);

      if (perspective != NULL && !g_ptr_array_find (chosen, perspective, NULL))
        g_ptr_array_add (chosen, perspective);
    }
  return chosen;
}

void
_debrief_timeline_layout_build_perspectives (DebriefTimelineLayout *layout)
{
  g_autoptr(GPtrArray) chosen = NULL;

  g_ptr_array_set_size (layout->perspective_slots, 0);
  layout->n_perspectives = 0;
  if (layout->perspective_ids == NULL)
    return;
  chosen = chosen_in_order (layout);
  for (guint i = 0; i < chosen->len; i++)
    add_perspective (layout, g_ptr_array_index (chosen, i));
}

/* ---- rows -------------------------------------------------------------------------- */

/* Sub-rows and a little air above and below; never lower than a lane, so
 * the header's name and title fit. */
static double
slot_height (const DebriefTimelineStyle   *style,
             const DebriefPerspectiveSlot *slot)
{
  return MAX (style->lane_height, slot->n_sub_rows * style->entry_row_height + style->entry_row_height / 2);
}

static DebriefTimelineRow
slot_row (DebriefTimelineLayout        *layout,
          const DebriefPerspectiveSlot *slot,
          guint                         index,
          double                        y)
{
  DebriefTimelineRow row = { DEBRIEF_ROW_PERSPECTIVE, DEBRIEF_LANE_GROUP_PERSPECTIVES };

  row.lane = slot->lane;
  row.lane_key = DEBRIEF_LANE_KEY_NONE;
  row.color = slot->color;
  row.y = y;
  row.height = slot_height (layout->style, slot);
  row.n_span_rows = slot->n_sub_rows;
  row.index = slot->position;
  row.perspective = slot->perspective;
  row.split = slot->split;
  row.entry_kind = slot->kind;
  row.pinned = slot->pinned;
  row.first_of_perspective = slot->first_of_perspective;
  row.slot = index;
  return row;
}

void
_debrief_timeline_layout_add_perspective_rows (DebriefTimelineLayout *layout,
                                               double                *y)
{
  DebriefTimelineRow header = { DEBRIEF_ROW_GROUP, DEBRIEF_LANE_GROUP_PERSPECTIVES };

  if (layout->perspective_slots->len == 0)
    return;
  header.lane_key = DEBRIEF_LANE_KEY_NONE;
  header.y = *y;
  header.height = layout->style->group_height;
  header.collapsed = layout->collapsed[DEBRIEF_LANE_GROUP_PERSPECTIVES];
  g_array_append_val (layout->rows, header);
  *y += header.height;
  if (header.collapsed)
    return;

  for (guint i = 0; i < layout->perspective_slots->len; i++)
    {
      DebriefTimelineRow row = slot_row (layout, g_ptr_array_index (layout->perspective_slots, i), i, *y);

      g_array_append_val (layout->rows, row);
      *y += row.height;
    }
}

/* ---- queries ----------------------------------------------------------------------- */

/* The entries of a perspective row, by start; NULL for other rows. */
const DebriefEntryPlacement *
debrief_timeline_layout_get_entries (DebriefTimelineLayout    *layout,
                                     const DebriefTimelineRow *row,
                                     guint                    *n_entries)
{
  DebriefPerspectiveSlot *slot;

  *n_entries = 0;
  if (row->kind != DEBRIEF_ROW_PERSPECTIVE || row->slot >= layout->perspective_slots->len)
    return NULL;
  slot = g_ptr_array_index (layout->perspective_slots, row->slot);
  *n_entries = slot->entries->len;
  return (const DebriefEntryPlacement *) slot->entries->data;
}

/**
 * debrief_timeline_layout_find_entry:
 * @out_placement: (out) (optional): where the entry sits in its row
 *
 * Returns: (nullable): the row showing @entry, or NULL when it is not
 *   shown (its perspective not chosen, or the group collapsed)
 */
const DebriefTimelineRow *
debrief_timeline_layout_find_entry (DebriefTimelineLayout        *layout,
                                    DebriefPerspectiveEntry      *entry,
                                    const DebriefEntryPlacement **out_placement)
{
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const DebriefTimelineRow *row = &g_array_index (layout->rows, DebriefTimelineRow, i);
      const DebriefEntryPlacement *placements;
      guint n;

      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      placements = debrief_timeline_layout_get_entries (layout, row, &n);
      for (guint k = 0; k < n; k++)
        if (placements[k].entry == entry)
          {
            if (out_placement != NULL)
              *out_placement = &placements[k];
            return row;
          }
    }
  return NULL;
}
