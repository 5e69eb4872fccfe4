/* bench-synthetic.h — the synthetic reviews the benchmarks measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-review.h"

DebriefReview *bench_make_review (guint n_events,
                                  guint n_lanes);
