/* test-search.c — finding events by text, kind, tag and lane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-review-loader.h"
#include "debrief-search.h"

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static guint
count (DebriefReview *review,
       const char    *query)
{
  g_autoptr(DebriefSearch) search = debrief_search_new (query);
  g_autoptr(GArray) matches = debrief_search_run (search, review);

  return matches->len;
}

static void
test_search_fields (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  g_autoptr(DebriefSearch) lag = debrief_search_new ("REPLICATION lag");
  g_autoptr(GArray) matches = debrief_search_run (lag, review);

  g_assert_cmpuint (matches->len, >, 3);
  for (guint i = 0; i < matches->len; i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, g_array_index (matches, DebriefEventRef, i));
      g_autofree char *folded = g_utf8_casefold (event->text, -1);

      g_assert_nonnull (strstr (folded, "replication"));
      if (i > 0)
        g_assert_cmpint (debrief_event_store_get (events, g_array_index (matches, DebriefEventRef, i - 1))->start, <=, event->start);
    }

  g_assert_cmpuint (count (review, "kind:alert"), >, 3);
  g_assert_cmpuint (count (review, "kind:alert"), <, count (review, "alert"));
  g_assert_cmpuint (count (review, "tag:retry"), >, 2);
  g_assert_cmpuint (count (review, "lane:tomas"), ==, debrief_event_store_lane_get_n_events (events, debrief_lane_get_key (debrief_review_lookup_lane (review, "tomas"))));
  g_assert_cmpuint (count (review, "lane:tomas kind:chat"), <=, count (review, "lane:tomas"));
  g_assert_cmpuint (count (review, "\"replication lag 12 s\""), ==, 1);
  g_assert_cmpuint (count (review, "Tomás"), >, 0);          /* non-ASCII, casefolded */
  g_assert_cmpuint (count (review, "TOMÁS"), ==, count (review, "tomás"));
  g_assert_cmpuint (count (review, "no such words anywhere"), ==, 0);
  g_assert_cmpuint (count (review, "   "), ==, 0);
  g_assert_cmpuint (count (review, "kind:"), ==, count (review, "kind:"));  /* a bare prefix is a word */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/search/fields", test_search_fields);
  return g_test_run ();
}
