/* debrief-chart-columns.h — a series cut into pixel columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-samples.h"
#include "debrief-time-scale.h"

G_BEGIN_DECLS

/* The samples of one pixel column and their envelope. */
typedef struct {
  guint  first;   /* samples [first, end) fall in the column */
  guint  end;
  double min;     /* of their values, gaps left out; min > max: no value */
  double max;
} DebriefChartColumn;

void debrief_chart_columns (const DebriefSamples   *samples,
                            const DebriefTimeScale *scale,
                            double                  x0,
                            guint                   n_columns,
                            DebriefChartColumn     *out_columns);

static inline gboolean
debrief_chart_column_has_value (const DebriefChartColumn *column)
{
  return column->min <= column->max;
}

char *debrief_chart_format_value (double      value,
                                  const char *unit);

G_END_DECLS
