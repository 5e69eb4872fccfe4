/* debrief-series-inspector.h — one metric series (a chart row), editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-history.h"
#include "debrief-review.h"
#include "debrief-series.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_SERIES_INSPECTOR (debrief_series_inspector_get_type ())
G_DECLARE_FINAL_TYPE (DebriefSeriesInspector, debrief_series_inspector, DEBRIEF, SERIES_INSPECTOR, GtkWidget)

GtkWidget     *debrief_series_inspector_new        (void);
void           debrief_series_inspector_set_review (DebriefSeriesInspector *self,
                                                    DebriefReview          *review,
                                                    DebriefHistory         *history);
void           debrief_series_inspector_set_series (DebriefSeriesInspector *self,
                                                    DebriefSeries          *series);
DebriefSeries *debrief_series_inspector_get_series (DebriefSeriesInspector *self);

G_END_DECLS
