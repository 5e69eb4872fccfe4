/* debrief-time-ticks.h — ruler ticks and their labels, from ms to weeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "debrief-time-context.h"
#include "debrief-time-scale.h"

G_BEGIN_DECLS

/* One tick of the ruler. Major ticks carry a label; minor ones divide the
 * space between them. */
typedef struct {
  gint64   time;
  double   x;
  gboolean major;
  char    *label;   /* NULL for minor ticks */
} DebriefTick;

/* A span of the upper ruler row: the date (or, relative, the day) that the
 * ticks below belong to. Drawn whenever the view crosses midnight. */
typedef struct {
  gint64  start;
  gint64  end;
  char   *label;    /* "Saturday 14 March 2026", "Day 2" */
} DebriefTickContext;

typedef struct {
  gint64     step;          /* µs between major ticks (calendar steps: nominal) */
  gint64     minor_step;    /* µs between minor ticks, 0 when none */
  GArray    *ticks;         /* DebriefTick, in time order */
  GArray    *contexts;      /* DebriefTickContext, in time order */
  gboolean   spans_days;    /* the view crosses a day boundary in the display */
} DebriefTickSet;

DebriefTickSet *debrief_tick_set_new   (const DebriefTimeScale   *scale,
                                        const DebriefTimeContext *context,
                                        double                    char_width_px,
                                        double                    min_gap_px);
void            debrief_tick_set_free  (DebriefTickSet           *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefTickSet, debrief_tick_set_free)

G_END_DECLS
