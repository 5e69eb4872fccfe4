/* bench-language.c — what checking a review's texts costs
 *
 * Collects every hint of the example review many times, against a baseline
 * in the same process: casefolding the same texts (what search does once).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-language-hints.h"
#include "debrief-review-loader.h"

#define ROUNDS 200

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/examples/checkout-latency.debrief");
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
  DebriefLanguageRules *rules = debrief_language_rules_get_default ();
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events), hints = 0;
  gint64 t0, t1, t2;

  t0 = g_get_monotonic_time ();
  for (guint r = 0; r < ROUNDS; r++)
    for (guint i = 0; i < n; i++)
      g_free (g_utf8_casefold (debrief_event_store_get (events, debrief_event_store_get_nth (events, i))->text, -1));
  t1 = g_get_monotonic_time ();
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(GPtrArray) found = debrief_language_hints_collect (review, rules, FALSE);

      hints = found->len;
    }
  t2 = g_get_monotonic_time ();
  g_print ("%u events × %u rounds: casefold %.2f µs/event, hints %.2f µs/event (%.1f× casefold), %u hints\n",
           n, ROUNDS, (double) (t1 - t0) / (n * ROUNDS), (double) (t2 - t1) / (n * ROUNDS),
           (double) (t2 - t1) / MAX (1, t1 - t0), hints);
  return 0;
}
