/* debrief-questions.c — the facilitator's prepared questions
 *
 * A prepared question is a note with "question": true, always private (it
 * is the facilitator's preparation, so never projected or printed),
 * anchored to an event, a phase or marker, a perspective entry, or a time.
 * Listed in the order of the moments they are about, so the facilitator
 * can walk the incident with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-questions"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-comparison-rules.h"
#include "debrief-edit-commands.h"
#include "debrief-phase.h"
#include "debrief-questions.h"
#include "debrief-time.h"

static char *
make_note_id (DebriefReview *review)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (review));
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefItem) note = g_list_model_get_item (notes, i);

      g_hash_table_add (used, g_strdup (debrief_item_get_id (note)));
    }
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", n);

      if (!g_hash_table_contains (used, id))
        return g_steal_pointer (&id);
    }
}

/**
 * debrief_question_add_command_new:
 *
 * A command adding a private prepared question anchored to whichever of
 * @event_id, @phase_id, @entry_id and @time is given (the first of them
 * that is set); push it to the history.
 */
DebriefCommand *
debrief_question_add_command_new (DebriefReview *review,
                                  const char    *text,
                                  const char    *event_id,
                                  const char    *phase_id,
                                  const char    *entry_id,
                                  gint64         time)
{
  g_autofree char *id = NULL;
  g_autoptr(DebriefNote) note = NULL;
  GListStore *notes;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  notes = debrief_review_get_notes (review);
  id = make_note_id (review);
  note = debrief_note_new (id, text);
  debrief_note_set_private (note, TRUE);
  debrief_note_set_question (note, TRUE);
  if (event_id != NULL)
    debrief_note_set_event (note, event_id);
  else if (phase_id != NULL)
    debrief_note_set_phase (note, phase_id);
  else if (entry_id != NULL)
    debrief_note_set_entry (note, entry_id);
  else
    debrief_note_set_time (note, time);
  return debrief_list_insert_command_new (notes, g_list_model_get_n_items (G_LIST_MODEL (notes)), note,
                                          _("Add Question"));
}

static gint64
phase_start (DebriefReview *review,
             const char    *id)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (review));

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      if (g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (phase)), id))
        return debrief_phase_get_start (phase);
    }
  return DEBRIEF_TIME_NONE;
}

/* The moment @note is about: its event's, phase's or entry's start, or its
 * own time; DEBRIEF_TIME_NONE when it has no anchor. */
gint64
debrief_note_get_anchor_time (DebriefReview *review,
                              DebriefNote   *note)
{
  const char *event = debrief_note_get_event (note);
  const char *phase = debrief_note_get_phase (note);
  const char *entry_id = debrief_note_get_entry (note);
  DebriefPerspectiveEntry *entry = NULL;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), DEBRIEF_TIME_NONE);

  if (event != NULL)
    {
      DebriefEventStore *events = debrief_review_get_events (review);
      DebriefEventRef ref = debrief_event_store_lookup (events, event);

      if (ref != DEBRIEF_EVENT_REF_NONE)
        return debrief_event_store_get (events, ref)->start;
    }
  if (phase != NULL)
    return phase_start (review, phase);
  if (entry_id != NULL && debrief_review_find_entry (review, entry_id, &entry) != NULL)
    return debrief_perspective_entry_get_start (entry);
  return debrief_note_get_time (note);
}

typedef struct {
  DebriefNote *note;
  gint64       time;
  guint        position;
} Ordered;

static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *oa = a, *ob = b;

  /* Unanchored questions last; equal moments keep the list's order. */
  if (oa->time != ob->time)
    return oa->time == DEBRIEF_TIME_NONE ? 1 : ob->time == DEBRIEF_TIME_NONE ? -1 : (oa->time > ob->time) - (oa->time < ob->time);
  return (oa->position > ob->position) - (oa->position < ob->position);
}

/**
 * debrief_questions_list:
 *
 * Returns: (transfer full) (element-type DebriefNote): the prepared
 * questions, in the order of the moments they are about
 */
GPtrArray *
debrief_questions_list (DebriefReview *review)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (review));
  g_autoptr(GArray) ordered = g_array_new (FALSE, FALSE, sizeof (Ordered));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      Ordered item = { note, debrief_note_get_anchor_time (review, note), i };

      if (debrief_note_get_question (note))
        g_array_append_val (ordered, item);
    }
  g_array_sort (ordered, compare_ordered);
  for (guint i = 0; i < ordered->len; i++)
    g_ptr_array_add (out, g_object_ref (g_array_index (ordered, Ordered, i).note));
  return out;
}
