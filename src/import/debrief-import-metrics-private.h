/* debrief-import-metrics-private.h — shared by the metric importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-importer.h"

G_BEGIN_DECLS

/* Samples gathered per series name, in any order, until the file is read. */
typedef struct {
  GHashTable *by_name;   /* name → PendingSeries* */
  GPtrArray  *order;     /* PendingSeries*, in the order first seen */
} DebriefMetricsCollector;

void     _debrief_metrics_collector_init   (DebriefMetricsCollector    *collector);
void     _debrief_metrics_collector_clear  (DebriefMetricsCollector    *collector);
void     _debrief_metrics_collector_add    (DebriefMetricsCollector    *collector,
                                            const char                 *name,
                                            const char                 *lane,
                                            const char                 *unit,
                                            gint64                      time,
                                            double                      value);
guint    _debrief_metrics_collector_finish (DebriefMetricsCollector    *collector,
                                            DebriefImportBatch         *batch,
                                            const char                 *file_name,
                                            gboolean                    gaps_by_step);

gboolean _debrief_metrics_time_from_text   (const char                 *text,
                                            GTimeZone                  *zone,
                                            gint64                     *out);
char    *_debrief_metrics_split_unit       (const char                 *header,
                                            char                      **out_unit);
gboolean _debrief_metrics_value_from_text  (const char                 *text,
                                            double                     *out);

G_END_DECLS
