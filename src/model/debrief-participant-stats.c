/* debrief-participant-stats.c — who took part, and how much
 *
 * For each participant lane: the lanes their events are in (their own, and
 * any lane where they are the author — a command they ran shows in the
 * service's lane), their first and last chat message, their share of all
 * chat messages, and how many perspective entries they gave. One pass over
 * the events: a million-event review costs one scan, done when the panel
 * is shown, not on every frame. A chat message is theirs when they are its
 * author, or, without an author, when it is in their lane.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-participant-stats"

#include "config.h"

#include "debrief-participant-stats.h"
#include "debrief-perspective.h"
#include "debrief-time.h"

typedef struct {
  gint64  first;
  gint64  last;
  guint   n_messages;
  GArray *lane_seen;   /* gboolean per lane key */
} Tally;

void
debrief_participant_stats_free (DebriefParticipantStats *stats)
{
  if (stats == NULL)
    return;
  g_clear_object (&stats->lane);
  g_strfreev (stats->lanes);
  g_free (stats);
}

static guint
chat_kind (DebriefEventStore *store)
{
  for (guint k = 0; k < debrief_event_store_get_n_kinds (store); k++)
    if (g_strcmp0 (debrief_event_store_get_kind_name (store, k), "chat") == 0)
      return k;
  return G_MAXUINT;
}

static void
mark_lane (Tally   *tally,
           guint32  key)
{
  if (key >= tally->lane_seen->len)
    g_array_set_size (tally->lane_seen, key + 1);
  g_array_index (tally->lane_seen, gboolean, key) = TRUE;
}

static void
count_event (GHashTable         *tallies,
             const DebriefEvent *event,
             guint               chat,
             guint              *total_chat)
{
  Tally *own = g_hash_table_lookup (tallies, GUINT_TO_POINTER (event->lane));
  Tally *author = event->author != DEBRIEF_LANE_KEY_NONE
                  ? g_hash_table_lookup (tallies, GUINT_TO_POINTER (event->author)) : NULL;
  Tally *writer = event->author != DEBRIEF_LANE_KEY_NONE ? author : own;

  if (own != NULL)
    mark_lane (own, event->lane);
  if (author != NULL)
    mark_lane (author, event->lane);
  if (event->kind != chat)
    return;
  (*total_chat)++;
  if (writer == NULL)
    return;
  writer->n_messages++;
  if (writer->first == DEBRIEF_TIME_NONE || event->start < writer->first)
    writer->first = event->start;
  writer->last = MAX (writer->last, event->start);
}

static void
tally_free (gpointer data)
{
  Tally *tally = data;

  g_array_unref (tally->lane_seen);
  g_free (tally);
}

static guint
count_entries (DebriefReview *review,
               const char    *participant)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (perspectives); i++)
    {
      g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (perspectives, i);

      if (g_strcmp0 (debrief_perspective_get_participant (perspective), participant) == 0)
        n += g_list_model_get_n_items (debrief_perspective_get_entries (perspective));
    }
  return n;
}

static DebriefParticipantStats *
make_stats (DebriefReview *review,
            DebriefLane   *lane,
            Tally         *tally,
            guint          total_chat)
{
  DebriefParticipantStats *stats = g_new0 (DebriefParticipantStats, 1);
  GListModel *lanes = debrief_review_get_lanes (review);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) other = g_list_model_get_item (lanes, i);
      guint32 key = debrief_lane_get_key (other);

      if (key < tally->lane_seen->len && g_array_index (tally->lane_seen, gboolean, key))
        g_strv_builder_add (ids, debrief_item_get_id (DEBRIEF_ITEM (other)));
    }
  stats->lane = g_object_ref (lane);
  stats->lanes = g_strv_builder_end (ids);
  stats->first_message = tally->first;
  stats->last_message = tally->first == DEBRIEF_TIME_NONE ? DEBRIEF_TIME_NONE : tally->last;
  stats->n_messages = tally->n_messages;
  stats->message_share = total_chat > 0 ? (double) tally->n_messages / total_chat : 0.0;
  stats->n_entries = count_entries (review, debrief_item_get_id (DEBRIEF_ITEM (lane)));
  return stats;
}

/**
 * debrief_participant_stats_compute:
 *
 * Returns: (transfer full) (element-type DebriefParticipantStats): one
 * element per participant lane, in display order
 */
GPtrArray *
debrief_participant_stats_compute (DebriefReview *review)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_participant_stats_free);
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (NULL, NULL, NULL, tally_free);
  DebriefEventStore *store;
  GListModel *lanes;
  guint total_chat = 0, chat;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), out);

  store = debrief_review_get_events (review);
  lanes = debrief_review_get_lanes (review);
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      Tally *tally;

      if (debrief_lane_get_kind (lane) != DEBRIEF_LANE_KIND_PARTICIPANT)
        continue;
      tally = g_new0 (Tally, 1);
      tally->first = tally->last = DEBRIEF_TIME_NONE;
      tally->lane_seen = g_array_new (FALSE, TRUE, sizeof (gboolean));
      g_hash_table_insert (tallies, GUINT_TO_POINTER (debrief_lane_get_key (lane)), tally);
    }

  chat = chat_kind (store);
  for (DebriefEventRef ref = 0; ref < debrief_event_store_get_n_events (store); ref++)
    if (debrief_event_store_is_live (store, ref))
      count_event (tallies, debrief_event_store_get (store, ref), chat, &total_chat);

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      Tally *tally = g_hash_table_lookup (tallies, GUINT_TO_POINTER (debrief_lane_get_key (lane)));

      if (tally != NULL && debrief_lane_get_kind (lane) == DEBRIEF_LANE_KIND_PARTICIPANT)
        g_ptr_array_add (out, make_stats (review, lane, tally, total_chat));
    }
  return out;
}
