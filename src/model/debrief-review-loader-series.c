/* debrief-review-loader-series.c — metric series and their points
 *
 * A series' points are `[time, value]` pairs: the time in µs since the
 * epoch (an integer, exact and a third the size of an RFC 3339 string; a
 * string is accepted too, for files written by hand), the value a number
 * or null (a gap). Points must be in strictly increasing time, as the
 * saver writes them: a file that says otherwise was edited by hand, and
 * the reader is told where.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-review-loader-private.h"
#include "debrief-series.h"
#include "debrief-time.h"

static gboolean
read_point_time (const DebriefReader *reader,
                 JsonNode            *node,
                 gint64              *out_time)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out_time = debrief_reader_time (reader, "[0]", node);
      return *out_time != DEBRIEF_TIME_NONE;
    }
  return debrief_reader_integer (reader, "[0]", node, DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX, out_time);
}

static gboolean
read_point_value (const DebriefReader *reader,
                  JsonNode            *node,
                  double              *out_value)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out_value = NAN;
      return TRUE;
    }
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *out_value = json_node_get_double (node);
      return TRUE;
    }
  {
    g_autofree char *found = debrief_reader_describe (node);

    /* Translators: %s after “or” is the JSON literal null, kept as it is. */
    debrief_reader_fail (reader, "[1]", _("expected a number or %s (a gap), found %s"), "null", found);
  }
  return FALSE;
}

/* One `[t, v]`; FALSE (reported) if it is not one. */
static gboolean
read_point (const DebriefReader *reader,
            JsonNode            *node,
            gint64              *out_time,
            double              *out_value)
{
  JsonArray *pair;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (pair = json_node_get_array (node)) != 2)
    {
      g_autofree char *found = debrief_reader_describe (node);

      /* Translators: “[time, value]” shows the JSON form of a point; translate its words. */
      debrief_reader_fail (reader, NULL, _("expected a [time, value] pair, found %s"), found);
      return FALSE;
    }
  return read_point_time (reader, json_array_get_element (pair, 0), out_time) &&
         read_point_value (reader, json_array_get_element (pair, 1), out_value);
}

static DebriefSamples *
read_points (Loader     *loader,
             const char *base,
             JsonNode   *node)
{
  DebriefReader reader = { loader->problems, base, DEBRIEF_READER_NO_INDEX };
  g_autofree char *points_base = g_strdup_printf ("%s.points", base);
  g_autoptr(GArray) times = NULL;
  g_autoptr(GArray) values = NULL;
  JsonArray *array = debrief_reader_array (&reader, "points", node);
  guint n;

  if (array == NULL)
    return NULL;
  n = json_array_get_length (array);
  times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      DebriefReader point_reader = { loader->problems, points_base, i };
      gint64 time;
      double value;

      if (!read_point (&point_reader, json_array_get_element (array, i), &time, &value))
        continue;
      if (times->len > 0 && time <= g_array_index (times, gint64, times->len - 1))
        {
          debrief_reader_fail (&point_reader, "[0]",
                               _("expected a time after the previous point’s (points are in time order, "
                                 "each time once)"));
          continue;
        }
      g_array_append_val (times, time);
      g_array_append_val (values, value);
    }
  return debrief_samples_new ((gint64 *) times->data, (double *) values->data, times->len);
}

static void
read_threshold (const DebriefReader *reader,
                DebriefSeries       *series,
                JsonNode            *node)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    debrief_series_set_threshold (series, TRUE, json_node_get_double (node));
  else
    {
      g_autofree char *found = debrief_reader_describe (node);

      debrief_reader_fail (reader, "threshold", _("expected a number, found %s"), found);
    }
}

static void
read_one_series (Loader              *loader,
                 const DebriefReader *reader,
                 DebriefSeries       *series,
                 JsonObject          *object)
{
  g_autofree char *base = debrief_reader_path (reader, NULL);
  const char *lane = debrief_series_get_lane (series);

  if (lane != NULL)
    _debrief_loader_resolve_lane (loader, reader, "lane", lane);
  if (json_object_has_member (object, "threshold"))
    read_threshold (reader, series, json_object_get_member (object, "threshold"));
  if (json_object_has_member (object, "points"))
    {
      g_autoptr(DebriefSamples) samples = read_points (loader, base, json_object_get_member (object, "points"));

      if (samples != NULL)
        debrief_series_set_samples (series, samples);
    }
  else
    debrief_reader_missing (reader, "points", _("an array of [time, value] pairs"));
}

void
_debrief_loader_read_series (Loader     *loader,
                             JsonObject *root)
{
  static const char * const also_known[] = { "threshold", "points", NULL };
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  g_autoptr(GHashTable) seen = _debrief_loader_new_id_set ();
  JsonNode *node = _debrief_loader_root_member (root, "series");
  JsonArray *array;

  if (node == NULL || (array = debrief_reader_array (&reader, "series", node)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DebriefReader item_reader = { loader->problems, "series", i };
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GObject) item = debrief_reader_read_item (&item_reader, &debrief_series_fields,
                                                          element, also_known);

      if (item == NULL || !_debrief_loader_claim_id (seen, &item_reader, debrief_item_get_id (DEBRIEF_ITEM (item))))
        continue;
      read_one_series (loader, &item_reader, DEBRIEF_SERIES (item), json_node_get_object (element));
      g_list_store_append (debrief_review_get_series (loader->review), item);
    }
}
