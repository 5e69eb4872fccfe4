/* debrief-timeline-viewport.c — what part of the timeline is shown, and what
 * is selected: shared by every view of one review
 *
 * The window's timeline, its overview strip, the Events list and (in a
 * meeting) the projector all show one viewport: zooming, panning and
 * selecting anywhere moves them all. It holds times and refs only — widths
 * in pixels belong to each view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-viewport"

#include "config.h"

#include "debrief-time.h"
#include "debrief-timeline-enums.h"
#include "debrief-timeline-viewport.h"

struct _DebriefTimelineViewport
{
  GObject            parent_instance;

  gint64             start;
  gint64             end;
  double             scroll_y;
  DebriefEventRef    selected;   /* the one the keyboard and inspector act on */
  GArray            *selection;  /* DebriefEventRef: every selected event, selected included */
  gint64             range_start;
  gint64             range_end;
  DebriefTimeDisplay display;
  gint64             playhead;   /* "known at": DEBRIEF_TIME_NONE when off */
};

G_DEFINE_FINAL_TYPE (DebriefTimelineViewport, debrief_timeline_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_SCROLL_Y,
  PROP_SELECTED_EVENT,
  PROP_RANGE_START,
  PROP_RANGE_END,
  PROP_TIME_DISPLAY,
  PROP_PLAYHEAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
debrief_timeline_viewport_finalize (GObject *object)
{
  DebriefTimelineViewport *self = DEBRIEF_TIMELINE_VIEWPORT (object);

  g_array_unref (self->selection);
  G_OBJECT_CLASS (debrief_timeline_viewport_parent_class)->finalize (object);
}

static void
debrief_timeline_viewport_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DebriefTimelineViewport *self = DEBRIEF_TIMELINE_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_START: g_value_set_int64 (value, self->start); break;
    case PROP_END: g_value_set_int64 (value, self->end); break;
    case PROP_SCROLL_Y: g_value_set_double (value, self->scroll_y); break;
    case PROP_SELECTED_EVENT: g_value_set_uint (value, self->selected); break;
    case PROP_RANGE_START: g_value_set_int64 (value, self->range_start); break;
    case PROP_RANGE_END: g_value_set_int64 (value, self->range_end); break;
    case PROP_TIME_DISPLAY: g_value_set_enum (value, self->display); break;
    case PROP_PLAYHEAD: g_value_set_int64 (value, self->playhead); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_timeline_viewport_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DebriefTimelineViewport *self = DEBRIEF_TIMELINE_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_SCROLL_Y: debrief_timeline_viewport_set_scroll_y (self, g_value_get_double (value)); break;
    case PROP_SELECTED_EVENT: debrief_timeline_viewport_set_selected_event (self, g_value_get_uint (value)); break;
    case PROP_TIME_DISPLAY: debrief_timeline_viewport_set_time_display (self, g_value_get_enum (value)); break;
    case PROP_PLAYHEAD: debrief_timeline_viewport_set_playhead (self, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_timeline_viewport_class_init (DebriefTimelineViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags readable = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags writable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = debrief_timeline_viewport_finalize;
  object_class->get_property = debrief_timeline_viewport_get_property;
  object_class->set_property = debrief_timeline_viewport_set_property;

  properties[PROP_START] = g_param_spec_int64 ("start", NULL, NULL, G_MININT64, G_MAXINT64, 0, readable);
  properties[PROP_END] = g_param_spec_int64 ("end", NULL, NULL, G_MININT64, G_MAXINT64, 0, readable);
  properties[PROP_SCROLL_Y] = g_param_spec_double ("scroll-y", NULL, NULL, 0, G_MAXDOUBLE, 0, writable);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_uint ("selected-event", NULL, NULL, 0, G_MAXUINT32, DEBRIEF_EVENT_REF_NONE, writable);
  properties[PROP_RANGE_START] =
    g_param_spec_int64 ("range-start", NULL, NULL, G_MININT64, G_MAXINT64, DEBRIEF_TIME_NONE, readable);
  properties[PROP_RANGE_END] =
    g_param_spec_int64 ("range-end", NULL, NULL, G_MININT64, G_MAXINT64, DEBRIEF_TIME_NONE, readable);
  properties[PROP_TIME_DISPLAY] =
    g_param_spec_enum ("time-display", NULL, NULL, DEBRIEF_TYPE_TIME_DISPLAY, DEBRIEF_TIME_DISPLAY_ZONE, writable);

  properties[PROP_PLAYHEAD] =
    g_param_spec_int64 ("playhead", NULL, NULL, G_MININT64, G_MAXINT64, DEBRIEF_TIME_NONE, writable);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any change to the set of selected events, the primary one included. */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_timeline_viewport_init (DebriefTimelineViewport *self)
{
  self->end = DEBRIEF_USEC_PER_HOUR;
  self->selected = DEBRIEF_EVENT_REF_NONE;
  self->selection = g_array_new (FALSE, FALSE, sizeof (DebriefEventRef));
  self->range_start = self->range_end = DEBRIEF_TIME_NONE;
  self->playhead = DEBRIEF_TIME_NONE;
}

DebriefTimelineViewport *
debrief_timeline_viewport_new (void)
{
  return g_object_new (DEBRIEF_TYPE_TIMELINE_VIEWPORT, NULL);
}

gint64
debrief_timeline_viewport_get_start (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), 0);
  return self->start;
}

gint64
debrief_timeline_viewport_get_end (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), 0);
  return self->end;
}

/* Both ends at once: listeners hear one change, not a half-moved window. */
void
debrief_timeline_viewport_set_window (DebriefTimelineViewport *self,
                                      gint64                   start,
                                      gint64                   end)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  g_return_if_fail (start < end);

  if (self->start == start && self->end == end)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

double
debrief_timeline_viewport_get_scroll_y (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), 0);
  return self->scroll_y;
}

void
debrief_timeline_viewport_set_scroll_y (DebriefTimelineViewport *self,
                                        double                   scroll_y)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));

  scroll_y = MAX (scroll_y, 0);
  if (self->scroll_y == scroll_y)
    return;
  self->scroll_y = scroll_y;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCROLL_Y]);
}

static void
set_primary (DebriefTimelineViewport *self,
             DebriefEventRef          ref)
{
  if (self->selected != ref)
    {
      self->selected = ref;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
    }
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

DebriefEventRef
debrief_timeline_viewport_get_selected_event (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), DEBRIEF_EVENT_REF_NONE);
  return self->selected;
}

void
debrief_timeline_viewport_set_selected_event (DebriefTimelineViewport *self,
                                              DebriefEventRef          ref)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  if (self->selected == ref && self->selection->len == (ref != DEBRIEF_EVENT_REF_NONE))
    return;
  g_array_set_size (self->selection, 0);
  if (ref != DEBRIEF_EVENT_REF_NONE)
    g_array_append_val (self->selection, ref);
  set_primary (self, ref);
}

/**
 * debrief_timeline_viewport_get_selection:
 *
 * Returns: (array length=n_refs): every selected event, in the order they
 * were selected
 */
const DebriefEventRef *
debrief_timeline_viewport_get_selection (DebriefTimelineViewport *self,
                                         guint                   *n_refs)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), NULL);
  *n_refs = self->selection->len;
  return (const DebriefEventRef *) self->selection->data;
}

static gboolean
find_selected (DebriefTimelineViewport *self,
               DebriefEventRef          ref,
               guint                   *out_index)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_array_index (self->selection, DebriefEventRef, i) == ref)
      {
        *out_index = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
debrief_timeline_viewport_is_selected (DebriefTimelineViewport *self,
                                       DebriefEventRef          ref)
{
  guint index;

  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), FALSE);
  return find_selected (self, ref, &index);
}

/* Ctrl+click: add the event to the selection, or take it out. */
void
debrief_timeline_viewport_toggle_selected (DebriefTimelineViewport *self,
                                           DebriefEventRef          ref)
{
  guint index;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  if (find_selected (self, ref, &index))
    {
      g_array_remove_index (self->selection, index);
      set_primary (self, self->selection->len > 0 ? g_array_index (self->selection, DebriefEventRef, self->selection->len - 1)
                                                  : DEBRIEF_EVENT_REF_NONE);
      return;
    }
  g_array_append_val (self->selection, ref);
  set_primary (self, ref);
}

/* A rubber band: @refs join the selection (or replace it). */
void
debrief_timeline_viewport_select_many (DebriefTimelineViewport *self,
                                       const DebriefEventRef   *refs,
                                       guint                    n_refs,
                                       gboolean                 extend)
{
  guint index;

  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  if (!extend)
    g_array_set_size (self->selection, 0);
  for (guint i = 0; i < n_refs; i++)
    if (!find_selected (self, refs[i], &index))
      g_array_append_val (self->selection, refs[i]);
  set_primary (self, self->selection->len > 0 ? g_array_index (self->selection, DebriefEventRef, self->selection->len - 1)
                                              : DEBRIEF_EVENT_REF_NONE);
}

gboolean
debrief_timeline_viewport_get_range (DebriefTimelineViewport *self,
                                     gint64                  *out_start,
                                     gint64                  *out_end)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), FALSE);
  if (self->range_start == DEBRIEF_TIME_NONE)
    return FALSE;
  *out_start = MIN (self->range_start, self->range_end);
  *out_end = MAX (self->range_start, self->range_end);
  return TRUE;
}

void
debrief_timeline_viewport_set_range (DebriefTimelineViewport *self,
                                     gint64                   start,
                                     gint64                   end)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->range_start != start)
    {
      self->range_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_START]);
    }
  if (self->range_end != end)
    {
      self->range_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
debrief_timeline_viewport_clear_range (DebriefTimelineViewport *self)
{
  debrief_timeline_viewport_set_range (self, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE);
}

DebriefTimeDisplay
debrief_timeline_viewport_get_time_display (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), DEBRIEF_TIME_DISPLAY_ZONE);
  return self->display;
}

void
debrief_timeline_viewport_set_time_display (DebriefTimelineViewport *self,
                                            DebriefTimeDisplay       display)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  if (self->display == display)
    return;
  self->display = display;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_DISPLAY]);
}

/* "Known at time T": every view of the review shows only what came before
 * T (the projector too). DEBRIEF_TIME_NONE turns it off. */
gint64
debrief_timeline_viewport_get_playhead (DebriefTimelineViewport *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self), DEBRIEF_TIME_NONE);
  return self->playhead;
}

void
debrief_timeline_viewport_set_playhead (DebriefTimelineViewport *self,
                                        gint64                   playhead)
{
  g_return_if_fail (DEBRIEF_IS_TIMELINE_VIEWPORT (self));
  if (self->playhead == playhead)
    return;
  self->playhead = playhead;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYHEAD]);
}
