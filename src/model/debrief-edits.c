/* debrief-edits.c — the edits a facilitator makes, as undoable steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "debrief-dismissed-hint.h"
#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-time.h"

DebriefEventRef
debrief_edits_add_event (DebriefHistory *history,
                         DebriefReview  *review,
                         guint32         lane,
                         gint64          start,
                         const char     *kind,
                         const char     *text)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autofree char *id = debrief_event_store_make_id (store);
  DebriefEventSpec spec = {
    .id = id, .start = start, .end = DEBRIEF_TIME_NONE, .lane = lane,
    .author = DEBRIEF_LANE_KEY_NONE, .kind = (char *) kind, .text = (char *) text,
  };
  DebriefCommand *command = debrief_event_add_command_new (review, &spec);

  debrief_history_push (history, command);
  return debrief_event_add_command_get_ref (command);
}

/* Consecutive changes to one field of one event are one step: a typing
 * burst in the inspector, a spin of the end time. */
void
debrief_edits_update_event (DebriefHistory         *history,
                            DebriefReview          *review,
                            DebriefEventRef         ref,
                            const DebriefEventSpec *spec,
                            const char             *field)
{
  DebriefCommand *command = debrief_event_update_command_new (review, ref, spec, NULL);
  g_autofree char *key = NULL;

  if (field != NULL)
    {
      key = g_strdup_printf ("event:%u:%s", ref, field);
      debrief_command_set_merge_key (command, key);
    }
  debrief_history_push (history, command);
}

void
debrief_edits_delete_events (DebriefHistory        *history,
                             DebriefReview         *review,
                             const DebriefEventRef *refs,
                             guint                  n_refs)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete Event", "Delete %u Events", n_refs), n_refs);

  debrief_history_begin_group (history, label);
  for (guint i = 0; i < n_refs; i++)
    if (debrief_event_store_is_live (store, refs[i]))
      debrief_history_push (history, debrief_event_remove_command_new (review, refs[i]));
  debrief_history_end_group (history);
}

static gint64
shifted (gint64 time,
         gint64 offset)
{
  if (time == DEBRIEF_TIME_NONE)
    return time;
  return CLAMP (time + offset, DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX);
}

static void
push_moved (DebriefHistory  *history,
            DebriefReview   *review,
            DebriefEventRef  ref,
            gint64           offset,
            guint32          from_lane,
            guint32          to_lane)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (store, ref);

  spec->start = shifted (spec->start, offset);
  spec->end = shifted (spec->end, offset);
  if (from_lane != DEBRIEF_LANE_KEY_NONE && spec->lane == from_lane)
    spec->lane = to_lane;
  debrief_history_push (history, debrief_event_update_command_new (review, ref, spec, NULL));
}

/* "Shift times": backfilling a clock skew in one source. */
void
debrief_edits_shift_events (DebriefHistory        *history,
                            DebriefReview         *review,
                            const DebriefEventRef *refs,
                            guint                  n_refs,
                            gint64                 offset)
{
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Shift Event", "Shift %u Events", n_refs), n_refs);

  debrief_history_begin_group (history, label);
  for (guint i = 0; i < n_refs; i++)
    push_moved (history, review, refs[i], offset, DEBRIEF_LANE_KEY_NONE, DEBRIEF_LANE_KEY_NONE);
  debrief_history_end_group (history);
}

/* A drag: every dragged event moves by the same time; those in the lane
 * the pointer grabbed follow it to the lane it was dropped on. */
void
debrief_edits_move_events (DebriefHistory        *history,
                           DebriefReview         *review,
                           const DebriefEventRef *refs,
                           guint                  n_refs,
                           gint64                 offset,
                           guint32                from_lane,
                           guint32                to_lane)
{
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move Event", "Move %u Events", n_refs), n_refs);

  if (from_lane == to_lane)
    from_lane = to_lane = DEBRIEF_LANE_KEY_NONE;
  debrief_history_begin_group (history, label);
  for (guint i = 0; i < n_refs; i++)
    push_moved (history, review, refs[i], offset, from_lane, to_lane);
  debrief_history_end_group (history);
}

/* Resizing a span; an end at or before the start makes a point event. */
void
debrief_edits_set_event_span (DebriefHistory  *history,
                              DebriefReview   *review,
                              DebriefEventRef  ref,
                              gint64           start,
                              gint64           end)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (store, ref);

  spec->start = start;
  spec->end = end != DEBRIEF_TIME_NONE && end > start ? end : DEBRIEF_TIME_NONE;
  debrief_history_push (history, debrief_event_update_command_new (review, ref, spec, _("Resize Event")));
}

static char *
make_lane_id (DebriefReview *review,
              const char    *name)
{
  g_autofree char *base = g_ascii_strdown (name != NULL && *name ? name : "lane", -1);
  char *id;

  g_strcanon (base, "abcdefghijklmnopqrstuvwxyz0123456789-", '-');
  id = g_strdup (base);
  for (guint n = 2; debrief_review_lookup_lane (review, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

/* Returns: (transfer none): the new lane */
DebriefLane *
debrief_edits_add_lane (DebriefHistory  *history,
                        DebriefReview   *review,
                        DebriefLaneKind  kind,
                        const char      *name,
                        guint            position)
{
  g_autofree char *id = make_lane_id (review, name);
  g_autoptr(DebriefLane) lane = debrief_lane_new (id, kind, name);

  debrief_history_push (history, debrief_lane_insert_command_new (review, position, lane));
  return lane;
}

static GArray *
lane_refs (DebriefReview *review,
           DebriefLane   *lane)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  guint n = 0;
  const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (store, debrief_lane_get_key (lane), &n);
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (DebriefEventRef), n);

  /* A copy: the lane's own array changes under us as events leave it. */
  g_array_append_vals (copy, refs, n);
  return copy;
}

/* Events elsewhere whose author was @from_key name @into_key instead
 * (NONE: no author), so no event names a lane that is gone. */
static void
retarget_authors (DebriefHistory *history,
                  DebriefReview  *review,
                  guint32         from_key,
                  guint32         into_key)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autoptr(GArray) authored = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  guint n = debrief_event_store_get_n_events (store);

  for (guint i = 0; i < n; i++)
    {
      DebriefEventRef ref = debrief_event_store_get_nth (store, i);

      if (debrief_event_store_get (store, ref)->author == from_key)
        g_array_append_val (authored, ref);
    }
  for (guint i = 0; i < authored->len; i++)
    {
      DebriefEventRef ref = g_array_index (authored, DebriefEventRef, i);
      g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (store, ref);

      spec->author = into_key;
      debrief_history_push (history, debrief_event_update_command_new (review, ref, spec, NULL));
    }
}

/* Removing a lane removes its events with it, in one step. */
void
debrief_edits_remove_lane (DebriefHistory *history,
                           DebriefReview  *review,
                           DebriefLane    *lane)
{
  g_autoptr(GArray) refs = lane_refs (review, lane);

  debrief_history_begin_group (history, _("Remove Lane"));
  debrief_edits_delete_events (history, review, (DebriefEventRef *) refs->data, refs->len);
  retarget_authors (history, review, debrief_lane_get_key (lane), DEBRIEF_LANE_KEY_NONE);
  debrief_history_push (history, debrief_lane_remove_command_new (review, lane));
  debrief_history_end_group (history);
}

/* Two lanes that turn out to be one (a nick and a real name): the events
 * move over and @from goes. Authors naming @from follow too. */
void
debrief_edits_merge_lanes (DebriefHistory *history,
                           DebriefReview  *review,
                           DebriefLane    *from,
                           DebriefLane    *into)
{
  DebriefEventStore *store = debrief_review_get_events (review);
  g_autoptr(GArray) refs = lane_refs (review, from);
  guint32 from_key = debrief_lane_get_key (from), into_key = debrief_lane_get_key (into);

  g_return_if_fail (from != into);

  debrief_history_begin_group (history, _("Merge Lanes"));
  for (guint i = 0; i < refs->len; i++)
    {
      DebriefEventRef ref = g_array_index (refs, DebriefEventRef, i);
      g_autoptr(DebriefEventSpec) spec = debrief_event_store_dup_spec (store, ref);

      spec->lane = into_key;
      debrief_history_push (history, debrief_event_update_command_new (review, ref, spec, NULL));
    }
  retarget_authors (history, review, from_key, into_key);
  debrief_history_push (history, debrief_lane_remove_command_new (review, from));
  debrief_history_end_group (history);
}

void
debrief_edits_move_lane (DebriefHistory *history,
                         DebriefReview  *review,
                         DebriefLane    *lane,
                         guint           position)
{
  guint n = g_list_model_get_n_items (debrief_review_get_lanes (review));

  position = MIN (position, n - 1);
  if (position == debrief_review_get_lane_position (review, lane))
    return;
  debrief_history_push (history, debrief_lane_move_command_new (review, lane, position));
}

void
debrief_edits_set_property (DebriefHistory *history,
                            gpointer        object,
                            const char     *property,
                            const GValue   *value,
                            const char     *label)
{
  debrief_history_push (history, debrief_property_command_new (object, property, value, label));
}

void
debrief_edits_set_string (DebriefHistory *history,
                          gpointer        object,
                          const char     *property,
                          const char     *value,
                          const char     *label)
{
  debrief_history_push (history, debrief_property_command_new_string (object, property, value, label));
}

/* Keeps the review's list sorted, so the file's list is too. FALSE when the
 * hint was already dismissed (nothing to undo). */
gboolean
debrief_edits_dismiss_hint (DebriefHistory *history,
                            DebriefReview  *review,
                            const char     *where,
                            const char     *rule,
                            const char     *phrase)
{
  GListStore *store = debrief_review_get_dismissed_hints (review);
  g_autoptr(DebriefDismissedHint) hint = NULL;
  guint position;

  if (debrief_dismissed_hints_find (G_LIST_MODEL (store), where, rule, phrase, &position))
    return FALSE;
  hint = debrief_dismissed_hint_new (where, rule, phrase);
  debrief_history_push (history, debrief_list_insert_command_new (store, position, hint,
                                                                  _("Dismiss Language Hint")));
  return TRUE;
}

gboolean
debrief_edits_restore_hint (DebriefHistory *history,
                            DebriefReview  *review,
                            const char     *where,
                            const char     *rule,
                            const char     *phrase)
{
  GListStore *store = debrief_review_get_dismissed_hints (review);
  g_autoptr(GObject) hint = NULL;
  guint position;

  if (!debrief_dismissed_hints_find (G_LIST_MODEL (store), where, rule, phrase, &position))
    return FALSE;
  hint = g_list_model_get_item (G_LIST_MODEL (store), position);
  debrief_history_push (history, debrief_list_remove_command_new (store, hint, _("Show Language Hint")));
  return TRUE;
}
