/* fuzz-review.c — the review loader (scanner, lexer, json-glib, checks)
 *
 * Whatever the bytes, loading must either fail with a message or give a
 * review; a review it gives must save and load again to the same bytes
 * (fuzz_check_round_trip), so the loader never accepts what the saver
 * cannot write back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "debrief-review-loader.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_data ((const char *) data, size, "fuzz.debrief",
                                                              NULL, NULL, NULL, &error);

  FUZZ_REQUIRE ((review == NULL) != (error == NULL), "a review and an error at once, or neither");
  if (review == NULL)
    FUZZ_REQUIRE (error->message != NULL && *error->message != '\0', "an error without a message");
  else
    fuzz_check_round_trip (review);
  return 0;
}
