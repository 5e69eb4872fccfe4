/* debrief-review.c — the review document
 *
 * Holds the metadata, the lanes (in display order, each with a key events
 * refer to), the event store, and the smaller collections. Any change to
 * any of them bumps a generation counter and emits ::changed once, which is
 * all a view needs to know to redraw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review"

#include "config.h"

#include "debrief-action-item.h"
#include "debrief-artefact.h"
#include "debrief-series.h"
#include "debrief-dismissed-hint.h"
#include "debrief-comparison.h"
#include "debrief-lane-private.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-phase.h"
#include "debrief-review.h"
#include "debrief-time.h"
#include "debrief-view-state.h"

struct _DebriefReview
{
  GObject            parent_instance;

  char              *title;
  char              *summary;
  char              *timezone;
  GTimeZone         *time_zone;
  char              *facilitator;
  gint64             incident_start;
  gint64             incident_end;

  gint64             format_version;
  gboolean           read_only;
  char              *read_only_reason;
  JsonObject        *unknown;

  GListStore        *lanes;
  GHashTable        *lanes_by_id;   /* id → DebriefLane (borrowed from lanes_by_key) */
  GPtrArray         *lanes_by_key;  /* key → DebriefLane, kept after removal for undo */
  DebriefEventStore *events;
  GListStore        *perspectives;
  GListStore        *phases;
  GListStore        *notes;
  GListStore        *action_items;
  GListStore        *artefacts;
  GListStore        *series;
  GListStore        *dismissed_hints;
  GListStore        *comparisons;
  DebriefViewState  *view_state;

  guint64            generation;
  guint64            shape_generation;       /* changes a timeline must lay out anew */
  guint64            events_shape_seen;      /* the store's shape generation last counted */
};

G_DEFINE_FINAL_TYPE (DebriefReview, debrief_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_TIMEZONE,
  PROP_FACILITATOR,
  PROP_INCIDENT_START,
  PROP_INCIDENT_END,
  PROP_FORMAT_VERSION,
  PROP_READ_ONLY,
  PROP_READ_ONLY_REASON,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GQuark watched_quark;

static void
emit_changed (DebriefReview *self)
{
  self->generation++;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Lanes, phases and the review's own fields are few: any change to them
 * counts as one a timeline must lay out again. */
static void
emit_shape_changed (DebriefReview *self)
{
  self->shape_generation++;
  emit_changed (self);
}

static void
on_item_notify (GObject    *item,
                GParamSpec *pspec,
                gpointer    user_data)
{
  emit_shape_changed (DEBRIEF_REVIEW (user_data));
}

static void watch_list (DebriefReview *self,
                        GListModel    *list);

/* Each item is watched once for the review's life, even if it is removed
 * and put back by undo. */
static void
watch_item (DebriefReview *self,
            GObject       *item)
{
  if (g_object_get_qdata (item, watched_quark) == self)
    return;
  g_object_set_qdata (item, watched_quark, self);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), self, 0);
  if (DEBRIEF_IS_PERSPECTIVE (item))
    watch_list (self, debrief_perspective_get_entries (DEBRIEF_PERSPECTIVE (item)));
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  DebriefReview *self = DEBRIEF_REVIEW (user_data);

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      watch_item (self, item);
    }
  emit_shape_changed (self);
}

static void
watch_list (DebriefReview *self,
            GListModel    *list)
{
  guint n = g_list_model_get_n_items (list);

  g_signal_connect_object (list, "items-changed", G_CALLBACK (on_items_changed), self, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      watch_item (self, item);
    }
}

static void
on_events_changed (DebriefEventStore *events,
                   gpointer           user_data)
{
  DebriefReview *self = DEBRIEF_REVIEW (user_data);
  guint64 shape = debrief_event_store_get_shape_generation (events);

  if (shape != self->events_shape_seen)
    {
      self->events_shape_seen = shape;
      self->shape_generation++;
    }
  emit_changed (self);
}

static void
debrief_review_dispose (GObject *object)
{
  DebriefReview *self = DEBRIEF_REVIEW (object);

  g_clear_object (&self->lanes);
  g_clear_pointer (&self->lanes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->lanes_by_key, g_ptr_array_unref);
  g_clear_object (&self->events);
  g_clear_object (&self->perspectives);
  g_clear_object (&self->phases);
  g_clear_object (&self->notes);
  g_clear_object (&self->action_items);
  g_clear_object (&self->artefacts);
  g_clear_object (&self->series);
  g_clear_object (&self->dismissed_hints);
  g_clear_object (&self->comparisons);
  g_clear_object (&self->view_state);

  G_OBJECT_CLASS (debrief_review_parent_class)->dispose (object);
}

static void
debrief_review_finalize (GObject *object)
{
  DebriefReview *self = DEBRIEF_REVIEW (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->timezone, g_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->facilitator, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (debrief_review_parent_class)->finalize (object);
}

static void
debrief_review_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DebriefReview *self = DEBRIEF_REVIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_TIMEZONE: g_value_set_string (value, self->timezone); break;
    case PROP_FACILITATOR: g_value_set_string (value, self->facilitator); break;
    case PROP_INCIDENT_START: g_value_set_int64 (value, self->incident_start); break;
    case PROP_INCIDENT_END: g_value_set_int64 (value, self->incident_end); break;
    case PROP_FORMAT_VERSION: g_value_set_int64 (value, self->format_version); break;
    case PROP_READ_ONLY: g_value_set_boolean (value, self->read_only); break;
    case PROP_READ_ONLY_REASON: g_value_set_string (value, self->read_only_reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_review_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DebriefReview *self = DEBRIEF_REVIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE: debrief_review_set_title (self, g_value_get_string (value)); break;
    case PROP_SUMMARY: debrief_review_set_summary (self, g_value_get_string (value)); break;
    case PROP_TIMEZONE: debrief_review_set_timezone (self, g_value_get_string (value)); break;
    case PROP_FACILITATOR: debrief_review_set_facilitator (self, g_value_get_string (value)); break;
    case PROP_INCIDENT_START: debrief_review_set_incident_start (self, g_value_get_int64 (value)); break;
    case PROP_INCIDENT_END: debrief_review_set_incident_end (self, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
time_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, DEBRIEF_TIME_MAX, DEBRIEF_TIME_NONE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_review_class_init (DebriefReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = debrief_review_dispose;
  object_class->finalize = debrief_review_finalize;
  object_class->get_property = debrief_review_get_property;
  object_class->set_property = debrief_review_set_property;

  properties[PROP_TITLE] = string_param ("title");
  properties[PROP_SUMMARY] = string_param ("summary");
  properties[PROP_TIMEZONE] = string_param ("timezone");
  properties[PROP_FACILITATOR] = string_param ("facilitator");
  properties[PROP_INCIDENT_START] = time_param ("incident-start");
  properties[PROP_INCIDENT_END] = time_param ("incident-end");
  properties[PROP_FORMAT_VERSION] =
    g_param_spec_int64 ("format-version", NULL, NULL, 0, G_MAXINT64, DEBRIEF_FORMAT_VERSION,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY_REASON] =
    g_param_spec_string ("read-only-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DebriefReview::changed:
   *
   * Emitted once for any change anywhere in the review.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  watched_quark = g_quark_from_static_string ("debrief-review-watched");
}

static void
debrief_review_init (DebriefReview *self)
{
  self->incident_start = DEBRIEF_TIME_NONE;
  self->incident_end = DEBRIEF_TIME_NONE;
  self->format_version = DEBRIEF_FORMAT_VERSION;
  self->timezone = g_strdup ("UTC");

  self->lanes = g_list_store_new (DEBRIEF_TYPE_LANE);
  self->lanes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->lanes_by_key = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = debrief_event_store_new ();
  self->perspectives = g_list_store_new (DEBRIEF_TYPE_PERSPECTIVE);
  self->phases = g_list_store_new (DEBRIEF_TYPE_PHASE);
  self->notes = g_list_store_new (DEBRIEF_TYPE_NOTE);
  self->action_items = g_list_store_new (DEBRIEF_TYPE_ACTION_ITEM);
  self->artefacts = g_list_store_new (DEBRIEF_TYPE_ARTEFACT);
  self->series = g_list_store_new (DEBRIEF_TYPE_SERIES);
  self->dismissed_hints = g_list_store_new (DEBRIEF_TYPE_DISMISSED_HINT);
  self->comparisons = g_list_store_new (DEBRIEF_TYPE_COMPARISON);
  self->view_state = debrief_view_state_new ();

  watch_list (self, G_LIST_MODEL (self->lanes));
  watch_list (self, G_LIST_MODEL (self->perspectives));
  watch_list (self, G_LIST_MODEL (self->phases));
  watch_list (self, G_LIST_MODEL (self->notes));
  watch_list (self, G_LIST_MODEL (self->action_items));
  watch_list (self, G_LIST_MODEL (self->artefacts));
  watch_list (self, G_LIST_MODEL (self->series));
  watch_list (self, G_LIST_MODEL (self->dismissed_hints));
  watch_list (self, G_LIST_MODEL (self->comparisons));
  /* Not a shape change: the views apply the view state themselves. */
  g_signal_connect_object (self->view_state, "notify", G_CALLBACK (emit_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->events, "changed", G_CALLBACK (on_events_changed), self, 0);
  g_signal_connect (self, "notify", G_CALLBACK (on_item_notify), self);
}

DebriefReview *
debrief_review_new (void)
{
  return g_object_new (DEBRIEF_TYPE_REVIEW, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                   \
const char *                                                            \
debrief_review_get_##field (DebriefReview *self)                        \
{                                                                       \
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);                \
  return self->field;                                                   \
}                                                                       \
                                                                        \
void                                                                    \
debrief_review_set_##field (DebriefReview *self,                        \
                            const char    *value)                       \
{                                                                       \
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));                          \
  if (g_strcmp0 (self->field, value) == 0)                              \
    return;                                                             \
  g_free (self->field);                                                 \
  self->field = g_strdup (value);                                       \
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);         \
}

STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (summary, PROP_SUMMARY)
STRING_ACCESSORS (facilitator, PROP_FACILITATOR)

const char *
debrief_review_get_timezone (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->timezone;
}

/* An IANA name ("Europe/Berlin"). A name the system does not know falls
 * back to UTC for display; the name itself is kept. */
void
debrief_review_set_timezone (DebriefReview *self,
                             const char    *zone_name)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));

  if (zone_name == NULL)
    zone_name = "UTC";
  if (g_strcmp0 (self->timezone, zone_name) == 0)
    return;

  g_free (self->timezone);
  self->timezone = g_strdup (zone_name);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEZONE]);
}

/**
 * debrief_review_get_time_zone:
 *
 * Returns: (transfer none): the display time zone
 */
GTimeZone *
debrief_review_get_time_zone (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);

  if (self->time_zone == NULL)
    {
      self->time_zone = g_time_zone_new_identifier (self->timezone);
      if (self->time_zone == NULL)
        self->time_zone = g_time_zone_new_utc ();
    }
  return self->time_zone;
}

gint64
debrief_review_get_incident_start (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), DEBRIEF_TIME_NONE);
  return self->incident_start;
}

void
debrief_review_set_incident_start (DebriefReview *self,
                                   gint64         start)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));
  if (self->incident_start == start)
    return;
  self->incident_start = start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_START]);
}

gint64
debrief_review_get_incident_end (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), DEBRIEF_TIME_NONE);
  return self->incident_end;
}

void
debrief_review_set_incident_end (DebriefReview *self,
                                 gint64         end)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));
  if (self->incident_end == end)
    return;
  self->incident_end = end;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_END]);
}

/* T+0 for relative times: the incident start, else the first event. */
gint64
debrief_review_get_origin (DebriefReview *self)
{
  gint64 start, end;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), 0);

  if (self->incident_start != DEBRIEF_TIME_NONE)
    return self->incident_start;
  if (debrief_review_get_time_bounds (self, &start, &end))
    return start;
  return 0;
}

gint64
debrief_review_get_format_version (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), 0);
  return self->format_version;
}

gboolean
debrief_review_get_read_only (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), FALSE);
  return self->read_only;
}

const char *
debrief_review_get_read_only_reason (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->read_only_reason;
}

/* A file from a newer Debrief opens read-only, so saving cannot drop what
 * this version does not understand. */
void
debrief_review_set_read_only (DebriefReview *self,
                              gint64         format_version,
                              const char    *reason)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));

  self->format_version = format_version;
  self->read_only = reason != NULL;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT_VERSION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY_REASON]);
}

JsonObject *
debrief_review_get_unknown (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->unknown;
}

void
debrief_review_set_unknown (DebriefReview *self,
                            JsonObject    *unknown)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW (self));
  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}

/* ---- lanes ------------------------------------------------------------- */

GListModel *
debrief_review_get_lanes (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return G_LIST_MODEL (self->lanes);
}

/**
 * debrief_review_insert_lane:
 *
 * A lane new to the review gets the next key; a lane put back (undo) keeps
 * the key its events still name.
 */
void
debrief_review_insert_lane (DebriefReview *self,
                            guint          position,
                            DebriefLane   *lane)
{
  guint32 key;

  g_return_if_fail (DEBRIEF_IS_REVIEW (self));
  g_return_if_fail (DEBRIEF_IS_LANE (lane));
  g_return_if_fail (debrief_item_get_id (DEBRIEF_ITEM (lane)) != NULL);
  g_return_if_fail (debrief_review_lookup_lane (self, debrief_item_get_id (DEBRIEF_ITEM (lane))) == NULL);

  key = debrief_lane_get_key (lane);
  if (key == DEBRIEF_LANE_KEY_NONE)
    {
      key = self->lanes_by_key->len;
      _debrief_lane_set_key (lane, key);
      g_ptr_array_add (self->lanes_by_key, g_object_ref (lane));
    }
  g_return_if_fail (key < self->lanes_by_key->len && g_ptr_array_index (self->lanes_by_key, key) == lane);

  g_hash_table_insert (self->lanes_by_id, (gpointer) debrief_item_get_id (DEBRIEF_ITEM (lane)), lane);
  g_list_store_insert (self->lanes, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->lanes))), lane);
}

void
debrief_review_append_lane (DebriefReview *self,
                            DebriefLane   *lane)
{
  debrief_review_insert_lane (self, G_MAXUINT, lane);
}

/* The lane's events must have moved elsewhere or been removed first. */
void
debrief_review_remove_lane (DebriefReview *self,
                            DebriefLane   *lane)
{
  guint position;

  g_return_if_fail (DEBRIEF_IS_REVIEW (self));
  g_return_if_fail (DEBRIEF_IS_LANE (lane));

  if (!g_list_store_find (self->lanes, lane, &position))
    return;
  g_hash_table_remove (self->lanes_by_id, debrief_item_get_id (DEBRIEF_ITEM (lane)));
  g_list_store_remove (self->lanes, position);
}

/**
 * debrief_review_lookup_lane:
 *
 * Returns: (transfer none) (nullable): the lane in the review with this id
 */
DebriefLane *
debrief_review_lookup_lane (DebriefReview *self,
                            const char    *id)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->lanes_by_id, id);
}

/**
 * debrief_review_get_lane_by_key:
 *
 * Returns: (transfer none) (nullable): the lane with this key, even one
 * removed from the review (undo may bring it back)
 */
DebriefLane *
debrief_review_get_lane_by_key (DebriefReview *self,
                                guint32        key)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  if (key >= self->lanes_by_key->len)
    return NULL;
  return g_ptr_array_index (self->lanes_by_key, key);
}

guint
debrief_review_get_lane_position (DebriefReview *self,
                                  DebriefLane   *lane)
{
  guint position;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), G_MAXUINT);
  if (!g_list_store_find (self->lanes, lane, &position))
    return G_MAXUINT;
  return position;
}

/* ---- collections --------------------------------------------------------- */

DebriefEventStore *
debrief_review_get_events (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->events;
}

GListStore *
debrief_review_get_perspectives (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->perspectives;
}

GListStore *
debrief_review_get_phases (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->phases;
}

GListStore *
debrief_review_get_notes (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->notes;
}

GListStore *
debrief_review_get_action_items (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->action_items;
}

GListStore *
debrief_review_get_artefacts (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->artefacts;
}

/* Metric series (DebriefSeries), in display order. */
GListStore *
debrief_review_get_series (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->series;
}

/* The facilitator's divergence and agreement marks (DebriefComparison). */
GListStore *
debrief_review_get_comparisons (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->comparisons;
}

/* How the review was being looked at; saved as "view". */
DebriefViewState *
debrief_review_get_view_state (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->view_state;
}

/* Like the generation, but a new text or tag on an event leaves it alone:
 * what a timeline's layout depends on. */
guint64
debrief_review_get_shape_generation (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), 0);
  return self->shape_generation;
}

guint64
debrief_review_get_generation (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), 0);
  return self->generation;
}

/* Language hints the writer kept, sorted by (where, rule, phrase): insert
 * at debrief_dismissed_hints_find()'s position to keep the order. */
GListStore *
debrief_review_get_dismissed_hints (DebriefReview *self)
{
  g_return_val_if_fail (DEBRIEF_IS_REVIEW (self), NULL);
  return self->dismissed_hints;
}
