/* debrief-series.c — a metric series shown as a chart lane
 *
 * A series is one of the few things a review has (tens, not millions), so
 * it is a GObject with properties like lanes and phases, and every edit is
 * a property command. Its samples are the exception: they are a shared,
 * immutable DebriefSamples, so replacing them is one property change and
 * undo keeps the old ones by reference, not by copy.
 *
 * A series may sit under a lane (by lane id: the component it measures) or
 * stand alone. The threshold is optional: "has-threshold" says whether
 * "threshold" means anything, since a double property has no "unset".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-series"

#include "config.h"

#include "debrief-series.h"

struct _DebriefSeries
{
  DebriefItem     parent_instance;

  char           *name;
  char           *unit;
  char           *color;
  char           *lane;
  gboolean        has_threshold;
  double          threshold;
  DebriefSamples *samples;
};

G_DEFINE_FINAL_TYPE (DebriefSeries, debrief_series, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_COLOR,
  PROP_LANE,
  PROP_HAS_THRESHOLD,
  PROP_THRESHOLD,
  PROP_SAMPLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_series_finalize (GObject *object)
{
  DebriefSeries *self = DEBRIEF_SERIES (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->lane, g_free);
  g_clear_pointer (&self->samples, debrief_samples_unref);

  G_OBJECT_CLASS (debrief_series_parent_class)->finalize (object);
}

static void
debrief_series_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DebriefSeries *self = DEBRIEF_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_UNIT: g_value_set_string (value, self->unit); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    case PROP_LANE: g_value_set_string (value, self->lane); break;
    case PROP_HAS_THRESHOLD: g_value_set_boolean (value, self->has_threshold); break;
    case PROP_THRESHOLD: g_value_set_double (value, self->threshold); break;
    case PROP_SAMPLES: g_value_set_boxed (value, self->samples); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_series_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DebriefSeries *self = DEBRIEF_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME: debrief_series_set_name (self, g_value_get_string (value)); break;
    case PROP_UNIT: debrief_series_set_unit (self, g_value_get_string (value)); break;
    case PROP_COLOR: debrief_series_set_color (self, g_value_get_string (value)); break;
    case PROP_LANE: debrief_series_set_lane (self, g_value_get_string (value)); break;
    case PROP_HAS_THRESHOLD:
      debrief_series_set_threshold (self, g_value_get_boolean (value), self->threshold);
      break;
    case PROP_THRESHOLD:
      debrief_series_set_threshold (self, self->has_threshold, g_value_get_double (value));
      break;
    case PROP_SAMPLES: debrief_series_set_samples (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
debrief_series_class_init (DebriefSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_series_finalize;
  object_class->get_property = debrief_series_get_property;
  object_class->set_property = debrief_series_set_property;

  properties[PROP_NAME] = string_param ("name");
  properties[PROP_UNIT] = string_param ("unit");
  properties[PROP_COLOR] = string_param ("color");
  properties[PROP_LANE] = string_param ("lane");
  properties[PROP_HAS_THRESHOLD] =
    g_param_spec_boolean ("has-threshold", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAMPLES] =
    g_param_spec_boxed ("samples", NULL, NULL, DEBRIEF_TYPE_SAMPLES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_series_init (DebriefSeries *self)
{
  self->samples = debrief_samples_new (NULL, NULL, 0);
}

DebriefSeries *
debrief_series_new (const char     *id,
                    const char     *name,
                    DebriefSamples *samples)
{
  return g_object_new (DEBRIEF_TYPE_SERIES, "id", id, "name", name, "samples", samples, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                               \
const char *                                                                        \
debrief_series_get_##field (DebriefSeries *self)                                    \
{                                                                                   \
  g_return_val_if_fail (DEBRIEF_IS_SERIES (self), NULL);                            \
  return self->field;                                                               \
}                                                                                   \
                                                                                    \
void                                                                                \
debrief_series_set_##field (DebriefSeries *self,                                    \
                            const char    *value)                                   \
{                                                                                   \
  g_return_if_fail (DEBRIEF_IS_SERIES (self));                                      \
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->field, value, properties[PROP]); \
}

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (unit, PROP_UNIT)
STRING_ACCESSORS (color, PROP_COLOR)
STRING_ACCESSORS (lane, PROP_LANE)

gboolean
debrief_series_get_has_threshold (DebriefSeries *self)
{
  g_return_val_if_fail (DEBRIEF_IS_SERIES (self), FALSE);
  return self->has_threshold;
}

double
debrief_series_get_threshold (DebriefSeries *self)
{
  g_return_val_if_fail (DEBRIEF_IS_SERIES (self), 0);
  return self->threshold;
}

void
debrief_series_set_threshold (DebriefSeries *self,
                              gboolean       has_threshold,
                              double         threshold)
{
  g_return_if_fail (DEBRIEF_IS_SERIES (self));

  has_threshold = !!has_threshold;
  if (self->has_threshold != has_threshold)
    {
      self->has_threshold = has_threshold;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_THRESHOLD]);
    }
  if (self->threshold != threshold)
    {
      self->threshold = threshold;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
    }
}

/* Returns: (transfer none): never NULL */
DebriefSamples *
debrief_series_get_samples (DebriefSeries *self)
{
  g_return_val_if_fail (DEBRIEF_IS_SERIES (self), NULL);
  return self->samples;
}

void
debrief_series_set_samples (DebriefSeries  *self,
                            DebriefSamples *samples)
{
  g_return_if_fail (DEBRIEF_IS_SERIES (self));

  if (samples == NULL || samples == self->samples)
    return;
  debrief_samples_ref (samples);
  g_clear_pointer (&self->samples, debrief_samples_unref);
  self->samples = samples;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAMPLES]);
}
