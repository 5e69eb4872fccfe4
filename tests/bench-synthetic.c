/* bench-synthetic.c — the synthetic reviews the benchmarks measure
 *
 * Events spread at random over six hours and @n_lanes lanes (the first ten
 * participants), mostly logs and chat, one in fifty a span; seeded, so
 * every run measures the same review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-synthetic.h"
#include "debrief-time.h"

static const char * const kinds[] = { "log", "log", "log", "log", "chat", "chat", "metric", "alert", "action" };

DebriefReview *
bench_make_review (guint n_events,
                   guint n_lanes)
{
  DebriefReview *review = debrief_review_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  GRand *rand = g_rand_new_with_seed (7);
  gint64 start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  gint64 span = 6 * DEBRIEF_USEC_PER_HOUR;

  for (guint i = 0; i < n_lanes; i++)
    {
      g_autofree char *id = g_strdup_printf ("lane-%02u", i);
      g_autofree char *name = g_strdup_printf ("%s %u", i < 10 ? "Person" : "Service", i);
      g_autoptr(DebriefLane) lane = debrief_lane_new (id, i < 10 ? DEBRIEF_LANE_KIND_PARTICIPANT
                                                                 : DEBRIEF_LANE_KIND_COMPONENT, name);

      debrief_review_append_lane (review, lane);
    }

  debrief_event_store_load_reserve (events, n_events);
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *text = g_strdup_printf ("request %u took %u ms on worker %u", i,
                                               g_rand_int_range (rand, 1, 5000), g_rand_int_range (rand, 1, 64));
      DebriefEventSpec spec = { 0 };

      spec.id = id;
      spec.lane = g_rand_int_range (rand, 0, n_lanes);
      spec.author = DEBRIEF_LANE_KEY_NONE;
      spec.start = start + (gint64) (g_rand_double (rand) * span);
      spec.end = g_rand_int_range (rand, 0, 50) == 0 ? spec.start + g_rand_int_range (rand, 1, 300) * DEBRIEF_USEC_PER_SEC
                                                     : DEBRIEF_TIME_NONE;
      spec.kind = (char *) kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
      spec.text = text;
      debrief_event_store_load_append (events, &spec, NULL);
    }
  debrief_event_store_load_finish (events);
  g_rand_free (rand);
  return review;
}

