/* test-event-store.c — the compact event store: order, lanes, queries, edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-event-item.h"
#include "debrief-event-store.h"
#include "debrief-time.h"

#define SEC DEBRIEF_USEC_PER_SEC

static DebriefEventSpec
spec_for (const char *id,
          guint32     lane,
          gint64      start,
          gint64      end)
{
  DebriefEventSpec spec = { 0 };

  spec.id = (char *) id;
  spec.lane = lane;
  spec.author = DEBRIEF_LANE_KEY_NONE;
  spec.start = start;
  spec.end = end;
  spec.kind = (char *) "chat";
  spec.text = (char *) "hello";
  return spec;
}

static void
assert_sorted (DebriefEventStore *store)
{
  guint n = debrief_event_store_get_n_events (store);

  for (guint i = 1; i < n; i++)
    {
      const DebriefEvent *a = debrief_event_store_get (store, debrief_event_store_get_nth (store, i - 1));
      const DebriefEvent *b = debrief_event_store_get (store, debrief_event_store_get_nth (store, i));

      g_assert_true (a->start < b->start || (a->start == b->start && g_strcmp0 (a->id, b->id) < 0));
    }
}

static void
test_add_remove_restore (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec a = spec_for ("a", 0, 10 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec b = spec_for ("b", 1, 5 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec again = spec_for ("a", 1, 1 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventRef ref_a, ref_b;
  guint64 generation;

  ref_a = debrief_event_store_add (store, &a);
  ref_b = debrief_event_store_add (store, &b);
  g_assert_cmpuint (ref_a, !=, DEBRIEF_EVENT_REF_NONE);
  g_assert_cmpuint (debrief_event_store_get_n_events (store), ==, 2);
  g_assert_cmpuint (debrief_event_store_get_nth (store, 0), ==, ref_b);
  g_assert_cmpuint (debrief_event_store_get_position (store, ref_a), ==, 1);
  g_assert_cmpuint (debrief_event_store_lookup (store, "a"), ==, ref_a);

  /* A live id cannot be taken twice. */
  g_assert_cmpuint (debrief_event_store_add (store, &again), ==, DEBRIEF_EVENT_REF_NONE);

  generation = debrief_event_store_get_generation (store);
  debrief_event_store_remove (store, ref_a);
  g_assert_cmpuint (debrief_event_store_get_generation (store), >, generation);
  g_assert_cmpuint (debrief_event_store_get_n_events (store), ==, 1);
  g_assert_cmpuint (debrief_event_store_lookup (store, "a"), ==, DEBRIEF_EVENT_REF_NONE);
  g_assert_false (debrief_event_store_is_live (store, ref_a));
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (store, 0), ==, 0);

  debrief_event_store_restore (store, ref_a);
  g_assert_cmpuint (debrief_event_store_lookup (store, "a"), ==, ref_a);
  g_assert_cmpuint (debrief_event_store_get_position (store, ref_a), ==, 1);
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (store, 0), ==, 1);
  g_assert_cmpstr (debrief_event_store_get (store, ref_a)->text, ==, "hello");
}

static void
test_update_moves (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec a = spec_for ("a", 0, 10 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec b = spec_for ("b", 0, 20 * SEC, DEBRIEF_TIME_NONE);
  g_autoptr(DebriefEventSpec) copy = NULL;
  const char *tags[] = { "customer-impact", NULL };
  DebriefEventRef ref_a;

  ref_a = debrief_event_store_add (store, &a);
  debrief_event_store_add (store, &b);

  copy = debrief_event_store_dup_spec (store, ref_a);
  copy->start = 30 * SEC;
  copy->lane = 3;
  g_free (copy->text);
  copy->text = g_strdup ("moved");
  copy->tags = g_strdupv ((char **) tags);
  debrief_event_store_update (store, ref_a, copy);

  g_assert_cmpuint (debrief_event_store_get_position (store, ref_a), ==, 1);
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (store, 0), ==, 1);
  g_assert_cmpuint (debrief_event_store_lane_get_n_events (store, 3), ==, 1);
  g_assert_cmpstr (debrief_event_store_get (store, ref_a)->text, ==, "moved");
  g_assert_cmpstr (debrief_event_store_get_extras (store, debrief_event_store_get (store, ref_a))->tags[0],
                   ==, "customer-impact");
  g_assert_cmpstr (debrief_event_store_get (store, ref_a)->id, ==, "a");
}

typedef struct {
  guint position, removed, added, calls;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *record = user_data;

  record->position = position;
  record->removed = removed;
  record->added = added;
  record->calls++;
}

static void
test_list_model (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec a = spec_for ("a", 0, 10 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec b = spec_for ("b", 0, 5 * SEC, DEBRIEF_TIME_NONE);
  ItemsChanged record = { 0 };
  g_autoptr(DebriefEventItem) item = NULL;
  DebriefEventRef ref_b;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == DEBRIEF_TYPE_EVENT_ITEM);
  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed), &record);

  debrief_event_store_add (store, &a);
  ref_b = debrief_event_store_add (store, &b);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);

  item = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpuint (debrief_event_item_get_ref (item), ==, ref_b);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (store), 2));

  debrief_event_store_remove (store, ref_b);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_cmpuint (record.calls, ==, 3);
}

/* The lane query must return a superset of the overlapping events, found
 * by binary search; checked against brute force on random spans. */
static void
test_lane_query_matches_brute_force (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  guint n = 3000;

  debrief_event_store_load_reserve (store, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      gint64 start = g_test_rand_int_range (0, 100000) * SEC;
      gint64 end = g_test_rand_int_range (0, 4) == 0 ? start + g_test_rand_int_range (0, 5000) * SEC
                                                     : DEBRIEF_TIME_NONE;
      DebriefEventSpec spec = spec_for (id, g_test_rand_int_range (0, 5), start, end);

      debrief_event_store_load_append (store, &spec, NULL);
    }
  debrief_event_store_load_finish (store);
  assert_sorted (store);

  for (guint q = 0; q < 300; q++)
    {
      gint64 from = g_test_rand_int_range (0, 100000) * SEC;
      gint64 to = from + g_test_rand_int_range (0, 20000) * SEC;
      guint32 lane = g_test_rand_int_range (0, 5);
      guint first, end, n_refs, expected = 0, found = 0;
      const DebriefEventRef *refs = debrief_event_store_lane_peek_refs (store, lane, &n_refs);

      debrief_event_store_lane_query (store, lane, from, to, &first, &end);
      for (guint i = 0; i < n_refs; i++)
        {
          const DebriefEvent *event = debrief_event_store_get (store, refs[i]);
          gint64 event_end = event->end == DEBRIEF_TIME_NONE ? event->start : event->end;
          gboolean overlaps = event->start <= to && event_end >= from;

          expected += overlaps;
          if (overlaps)
            {
              g_assert_cmpuint (i, >=, first);
              g_assert_cmpuint (i, <, end);
            }
          if (i >= first && i < end && overlaps)
            found++;
        }
      g_assert_cmpuint (found, ==, expected);
    }
}

static void
test_load_unsorted_and_duplicates (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec late = spec_for ("late", 0, 50 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec early = spec_for ("early", 1, 5 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventSpec dup = spec_for ("late", 1, 7 * SEC, DEBRIEF_TIME_NONE);
  DebriefEventRef duplicate_of = 0;
  gint64 start, end;

  debrief_event_store_load_append (store, &late, &duplicate_of);
  g_assert_cmpuint (duplicate_of, ==, DEBRIEF_EVENT_REF_NONE);
  debrief_event_store_load_append (store, &early, &duplicate_of);
  debrief_event_store_load_append (store, &dup, &duplicate_of);
  g_assert_cmpuint (duplicate_of, ==, 0);

  debrief_event_store_load_finish (store);
  g_assert_cmpstr (debrief_event_store_get (store, debrief_event_store_get_nth (store, 0))->id, ==, "early");
  g_assert_true (debrief_event_store_get_bounds (store, &start, &end));
  g_assert_cmpint (start, ==, 5 * SEC);
  g_assert_cmpint (end, ==, 50 * SEC);
  g_assert_cmpuint (debrief_event_store_lower_bound (store, 6 * SEC), ==, 1);
  g_assert_cmpuint (debrief_event_store_lane_lower_bound (store, 1, 6 * SEC), ==, 1);
}

static void
test_kinds_and_sources (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec a = spec_for ("a", 0, 1, DEBRIEF_TIME_NONE);
  DebriefEventSpec b = spec_for ("b", 0, 2, DEBRIEF_TIME_NONE);
  const DebriefEventSource *source_a, *source_b;
  DebriefEventRef ref_a, ref_b;

  a.kind = (char *) "channel_join";
  a.source_type = b.source_type = (char *) "log";
  a.source_ref = b.source_ref = (char *) "api.log";
  a.source_line = 10;
  b.source_line = 11;
  ref_a = debrief_event_store_add (store, &a);
  ref_b = debrief_event_store_add (store, &b);

  g_assert_cmpstr (debrief_event_store_get_kind_name (store, debrief_event_store_get (store, ref_a)->kind),
                   ==, "channel_join");
  g_assert_cmpstr (debrief_event_store_get_kind_name (store, debrief_event_store_get (store, ref_b)->kind),
                   ==, "chat");
  source_a = debrief_event_store_get_source (store, debrief_event_store_get (store, ref_a));
  source_b = debrief_event_store_get_source (store, debrief_event_store_get (store, ref_b));
  /* Repeated sources are shared. */
  g_assert_true (source_a == source_b);
  g_assert_cmpstr (source_a->ref, ==, "api.log");
  g_assert_cmpuint (debrief_event_store_get (store, ref_b)->source_line, ==, 11);
}

static void
test_make_id (void)
{
  g_autoptr(DebriefEventStore) store = debrief_event_store_new ();
  DebriefEventSpec e1 = spec_for ("e1", 0, 1, DEBRIEF_TIME_NONE);
  g_autofree char *id = NULL;

  debrief_event_store_add (store, &e1);
  id = debrief_event_store_make_id (store);
  g_assert_cmpstr (id, ==, "e2");
}

static void
test_compact (void)
{
  g_assert_cmpuint (sizeof (DebriefEvent), ==, 56);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-store/add-remove-restore", test_add_remove_restore);
  g_test_add_func ("/event-store/update-moves", test_update_moves);
  g_test_add_func ("/event-store/list-model", test_list_model);
  g_test_add_func ("/event-store/lane-query", test_lane_query_matches_brute_force);
  g_test_add_func ("/event-store/load-unsorted-and-duplicates", test_load_unsorted_and_duplicates);
  g_test_add_func ("/event-store/kinds-and-sources", test_kinds_and_sources);
  g_test_add_func ("/event-store/make-id", test_make_id);
  g_test_add_func ("/event-store/compact", test_compact);

  return g_test_run ();
}
