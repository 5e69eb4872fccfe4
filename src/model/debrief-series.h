/* debrief-series.h — a metric series shown as a chart lane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-item.h"
#include "debrief-samples.h"

G_BEGIN_DECLS

#define DEBRIEF_TYPE_SERIES (debrief_series_get_type ())
G_DECLARE_FINAL_TYPE (DebriefSeries, debrief_series, DEBRIEF, SERIES, DebriefItem)

DebriefSeries  *debrief_series_new               (const char     *id,
                                                  const char     *name,
                                                  DebriefSamples *samples);

const char     *debrief_series_get_name          (DebriefSeries  *self);
void            debrief_series_set_name          (DebriefSeries  *self,
                                                  const char     *name);
const char     *debrief_series_get_unit          (DebriefSeries  *self);
void            debrief_series_set_unit          (DebriefSeries  *self,
                                                  const char     *unit);
const char     *debrief_series_get_color         (DebriefSeries  *self);
void            debrief_series_set_color         (DebriefSeries  *self,
                                                  const char     *color);
const char     *debrief_series_get_lane          (DebriefSeries  *self);
void            debrief_series_set_lane          (DebriefSeries  *self,
                                                  const char     *lane);
gboolean        debrief_series_get_has_threshold (DebriefSeries  *self);
double          debrief_series_get_threshold     (DebriefSeries  *self);
void            debrief_series_set_threshold     (DebriefSeries  *self,
                                                  gboolean        has_threshold,
                                                  double          threshold);
DebriefSamples *debrief_series_get_samples       (DebriefSeries  *self);
void            debrief_series_set_samples       (DebriefSeries  *self,
                                                  DebriefSamples *samples);

G_END_DECLS
