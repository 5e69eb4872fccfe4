/* fuzz-common.c — the round-trip invariant the fuzz targets check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "fuzz-common.h"

/* Saved, loaded again and saved again, a review gives the same bytes. */
void
fuzz_check_round_trip (gpointer review)
{
  g_autofree char *text = debrief_review_to_string (review);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) again = debrief_review_load_data (text, strlen (text), "saved.debrief",
                                                             NULL, NULL, NULL, &error);
  g_autofree char *text_again = NULL;

  FUZZ_REQUIRE (again != NULL, "a saved review does not load: %s\n%s", error->message, text);
  text_again = debrief_review_to_string (again);
  FUZZ_REQUIRE (strcmp (text, text_again) == 0, "saving a reloaded review changed it:\n%s\n---\n%s",
                text, text_again);
}
