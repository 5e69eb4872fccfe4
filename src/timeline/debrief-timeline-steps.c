/* debrief-timeline-steps.c — the presenter's steps: events and markers in
 * time order
 *
 * Space and → in presenter mode go to the next event or marker, ← back.
 * The order is (time, markers before events, then the store's order), so
 * a marker at the same moment as events announces them, and every item is
 * reached exactly once going forward and once going back. Events of a
 * hidden kind or in a hidden lane are not steps: the room cannot see them.
 * No GTK: the order is tested headless.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-steps"

#include "config.h"

#include "debrief-time.h"
#include "debrief-timeline-steps.h"

/* The order of steps; a bare time comes after everything at that time. */
typedef struct {
  gint64 time;
  int    rank;      /* 0 marker, 1 event, 2 a bare time */
  guint  position;  /* markers: index among phases; events: position in the store's order */
} StepKey;

static int
compare_keys (const StepKey *a,
              const StepKey *b)
{
  if (a->time != b->time)
    return a->time < b->time ? -1 : 1;
  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;
  return a->position < b->position ? -1 : a->position > b->position ? 1 : 0;
}

void
debrief_step_init_time (DebriefStep *step,
                        gint64       time)
{
  *step = (DebriefStep) { .time = time, .ref = DEBRIEF_EVENT_REF_NONE, .marker = NULL };
}

static guint
marker_index (DebriefReview *review,
              DebriefPhase  *marker)
{
  guint index = G_MAXUINT;

  g_list_store_find (debrief_review_get_phases (review), marker, &index);
  return index;
}

static StepKey
key_of (DebriefReview     *review,
        const DebriefStep *step)
{
  DebriefEventStore *events = debrief_review_get_events (review);

  if (debrief_event_store_is_live (events, step->ref))
    return (StepKey) { debrief_event_store_get (events, step->ref)->start, 1,
                       debrief_event_store_get_position (events, step->ref) };
  if (step->marker != NULL)
    return (StepKey) { debrief_phase_get_start (step->marker), 0, marker_index (review, step->marker) };
  return (StepKey) { step->time, 2, 0 };
}

static gboolean
event_is_shown (DebriefReview      *review,
                guint64             hidden_kinds,
                const DebriefEvent *event)
{
  DebriefLane *lane;

  if (event->kind < 64 && (hidden_kinds & (G_GUINT64_CONSTANT (1) << event->kind)) != 0)
    return FALSE;
  lane = debrief_review_get_lane_by_key (review, event->lane);
  return lane == NULL || !debrief_lane_get_hidden (lane);
}

/* The first shown event after @from (@direction 1) or the last before it
 * (-1), as a key; FALSE if there is none. */
static gboolean
next_event (DebriefReview *review,
            guint64        hidden_kinds,
            const StepKey *from,
            int            direction,
            StepKey       *out_key)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);
  gint64 position;

  if (from->rank == 1)
    position = (gint64) from->position + direction;
  else if (direction > 0)
    position = debrief_event_store_lower_bound (events, from->rank == 2 ? from->time + 1 : from->time);
  else
    position = (gint64) debrief_event_store_lower_bound (events, from->rank == 2 ? from->time + 1 : from->time) - 1;

  for (; position >= 0 && position < n; position += direction)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, position));

      if (event_is_shown (review, hidden_kinds, event))
        {
          *out_key = (StepKey) { event->start, 1, (guint) position };
          return TRUE;
        }
    }
  return FALSE;
}

/* The nearest marker after @from (or before it): there are few. */
static gboolean
next_marker (DebriefReview *review,
             const StepKey *from,
             int            direction,
             StepKey       *out_key)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (review));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);
      StepKey key = { debrief_phase_get_start (phase), 0, i };

      if (debrief_phase_get_kind (phase) != DEBRIEF_PHASE_KIND_MARKER || compare_keys (&key, from) * direction <= 0)
        continue;
      if (!found || compare_keys (&key, out_key) * direction < 0)
        *out_key = key;
      found = TRUE;
    }
  return found;
}

/**
 * debrief_timeline_step:
 * @hidden_kinds: bit k set: events of kind k are not shown (as the layout's)
 * @direction: 1 for the next step, -1 for the previous
 *
 * Returns: %FALSE (and leaves @out_step alone) when there is no further step
 */
gboolean
debrief_timeline_step (DebriefReview     *review,
                       guint64            hidden_kinds,
                       const DebriefStep *from,
                       int                direction,
                       DebriefStep       *out_step)
{
  StepKey here, event = { 0 }, marker = { 0 };
  gboolean has_event, has_marker;
  DebriefEventStore *events;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (from != NULL && out_step != NULL, FALSE);
  g_return_val_if_fail (direction == 1 || direction == -1, FALSE);

  events = debrief_review_get_events (review);
  here = key_of (review, from);
  has_event = next_event (review, hidden_kinds, &here, direction, &event);
  has_marker = next_marker (review, &here, direction, &marker);
  if (!has_event && !has_marker)
    return FALSE;
  if (has_marker && (!has_event || compare_keys (&marker, &event) * direction < 0))
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_phases (review)), marker.position);

      debrief_step_init_time (out_step, marker.time);
      out_step->marker = phase;  /* the review holds it */
      return TRUE;
    }
  debrief_step_init_time (out_step, event.time);
  out_step->ref = debrief_event_store_get_nth (events, event.position);
  return TRUE;
}
