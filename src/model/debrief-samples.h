/* debrief-samples.h — a metric's samples: sorted times and values, with
 * per-block summaries so the min/max of any range is cheap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Immutable once made, and shared by reference: a review, its undo history
 * and a layout may all hold the same million samples. A value that is NaN
 * is a gap (the source had no value there). */
typedef struct _DebriefSamples DebriefSamples;

#define DEBRIEF_TYPE_SAMPLES (debrief_samples_get_type ())
GType           debrief_samples_get_type      (void) G_GNUC_CONST;

DebriefSamples *debrief_samples_new           (const gint64    *times,
                                               const double    *values,
                                               guint            n);
DebriefSamples *debrief_samples_ref           (DebriefSamples  *samples);
void            debrief_samples_unref         (DebriefSamples  *samples);

guint           debrief_samples_get_n         (const DebriefSamples *samples);
const gint64   *debrief_samples_peek_times    (const DebriefSamples *samples);
const double   *debrief_samples_peek_values   (const DebriefSamples *samples);
guint           debrief_samples_lower_bound   (const DebriefSamples *samples,
                                               gint64                time);
gboolean        debrief_samples_range_min_max (const DebriefSamples *samples,
                                               guint                 first,
                                               guint                 end,
                                               double               *out_min,
                                               double               *out_max);
gboolean        debrief_samples_get_bounds    (const DebriefSamples *samples,
                                               double               *out_min,
                                               double               *out_max);
guint           debrief_samples_at_time       (const DebriefSamples *samples,
                                               gint64                time);
gboolean        debrief_samples_equal         (const DebriefSamples *a,
                                               const DebriefSamples *b);

/* Collects samples in any order (importers), then sorts them; of samples
 * with the same time the last one given wins. */
typedef struct _DebriefSamplesBuilder DebriefSamplesBuilder;

DebriefSamplesBuilder *debrief_samples_builder_new    (void);
void                   debrief_samples_builder_add    (DebriefSamplesBuilder *builder,
                                                       gint64                 time,
                                                       double                 value);
guint                  debrief_samples_builder_get_n  (DebriefSamplesBuilder *builder);
DebriefSamples        *debrief_samples_builder_finish (DebriefSamplesBuilder *builder,
                                                       guint                 *out_replaced);
void                   debrief_samples_builder_free   (DebriefSamplesBuilder *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefSamples, debrief_samples_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefSamplesBuilder, debrief_samples_builder_free)

G_END_DECLS
