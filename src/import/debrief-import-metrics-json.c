/* debrief-import-metrics-json.c — Prometheus query_range and Graphite render
 * output
 *
 * Prometheus (`/api/v1/query_range`): `{"data": {"result": [{"metric":
 * {labels}, "values": [[unix seconds, "value"], …]}]}}`. A series is named
 * as Prometheus writes it, `name{label="value",…}` (labels sorted), and
 * measures the lane of its `instance`, `job` or `service` label. Steps with
 * no value are left out by Prometheus; they come back as gaps.
 *
 * Graphite (`/render?format=json`): `[{"target": "…", "datapoints":
 * [[value or null, unix seconds], …]}]`. A null is a gap.
 *
 * A sample that is not what the format says is skipped and named by its
 * JSON path (`data.result[0].values[17]`); a file that is not JSON, or not
 * the format's shape, is an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-import-metrics-private.h"

static const char * const lane_labels[] = { "instance", "job", "service", NULL };

static JsonNode *
parse_file (GFile                      *source,
            const DebriefImportOptions *options,
            GError                    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *contents = NULL;
  g_autofree char *where = g_file_get_parse_name (source);
  g_autoptr(GError) json_error = NULL;
  gsize length = 0;

  if (!g_file_load_contents (source, options->cancellable, &contents, &length, NULL, error))
    return NULL;
  if (!json_parser_load_from_data (parser, contents, length, &json_error))
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE, _("%s: not JSON: %s"), where,
                   json_error->message);
      return NULL;
    }
  /* An empty file parses, to nothing (found by fuzzing). */
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE, _("%s: the file is empty"), where);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static void
skip_at (DebriefImportBatch *batch,
         const char         *file_name,
         const char         *path,
         guint               index,
         const char         *reason)
{
  g_autofree char *where = g_strdup_printf ("%s: %s[%u]", file_name, path, index);

  debrief_import_batch_skip (batch, where, reason);
}

/* A number (seconds) or a string of one, as the time of a sample. */
static gboolean
node_time (JsonNode *node,
           gint64   *out)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    return debrief_import_time_from_number (json_node_get_double (node), out);
  return type == G_TYPE_STRING && _debrief_metrics_time_from_text (json_node_get_string (node), NULL, out);
}

/* A number, a string of one ("0.25", "NaN"), or null (a gap). */
static gboolean
node_value (JsonNode *node,
            double   *out)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = NAN;
      return TRUE;
    }
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *out = json_node_get_double (node);
      return TRUE;
    }
  return type == G_TYPE_STRING && _debrief_metrics_value_from_text (json_node_get_string (node), out);
}

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  DebriefMetricsCollector     collector;
  char                       *file_name;
} Reader;

/* Each `[a, b]` of @array: the time at @time_index, the value at the other. */
static void
read_pairs (Reader     *reader,
            JsonArray  *array,
            const char *path,
            guint       time_index,
            const char *name,
            const char *lane,
            const char *unit)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      gint64 time;
      double value;

      if (pair == NULL || json_array_get_length (pair) != 2)
        skip_at (reader->batch, reader->file_name, path, i,
                 time_index == 0 ? _("expected [unix seconds, \"value\"]") : _("expected [value, unix seconds]"));
      else if (!node_time (json_array_get_element (pair, time_index), &time))
        skip_at (reader->batch, reader->file_name, path, i, _("expected a time in unix seconds"));
      else if (!node_value (json_array_get_element (pair, 1 - time_index), &value))
        skip_at (reader->batch, reader->file_name, path, i, _("expected a number, or null for a gap"));
      else if (!debrief_import_options_keeps (reader->options, time))
        debrief_import_batch_count_outside (reader->batch);
      else
        _debrief_metrics_collector_add (&reader->collector, name, lane, unit, time, value);
    }
}

/* A file that lists no series at all is an error; one whose samples were
 * all skipped or outside the time window is not (the counts say why). */
static gboolean
finish (Reader   *reader,
        guint     n_listed,
        gboolean  gaps_by_step,
        GError  **error)
{
  _debrief_metrics_collector_finish (&reader->collector, reader->batch, reader->file_name, gaps_by_step);
  _debrief_metrics_collector_clear (&reader->collector);
  if (n_listed == 0)
    g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING, _("%s: no series in it"),
                 reader->file_name);
  g_free (reader->file_name);
  return n_listed > 0;
}

/* ---- Prometheus ----------------------------------------------------------------- */

/* `name{a="1",b="2"}`, labels sorted, as Prometheus prints a series. */
static char *
prometheus_name (JsonObject *metric)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GList) labels = metric ? json_object_get_members (metric) : NULL;
  gboolean first = TRUE;

  if (metric != NULL && json_object_has_member (metric, "__name__"))
    g_string_append (name, json_object_get_string_member_with_default (metric, "__name__", ""));
  labels = g_list_sort (labels, (GCompareFunc) strcmp);
  for (GList *l = labels; l != NULL; l = l->next)
    {
      const char *value = json_object_get_string_member_with_default (metric, l->data, "");

      if (g_str_equal (l->data, "__name__"))
        continue;
      g_string_append_printf (name, "%s%s=\"%s\"", first ? "{" : ",", (const char *) l->data, value);
      first = FALSE;
    }
  if (!first)
    g_string_append_c (name, '}');
  return name->len > 0 ? g_string_free (g_steal_pointer (&name), FALSE) : g_strdup ("{}");
}

static const char *
prometheus_lane (JsonObject *metric)
{
  for (guint i = 0; metric != NULL && lane_labels[i] != NULL; i++)
    if (json_object_has_member (metric, lane_labels[i]))
      return json_object_get_string_member_with_default (metric, lane_labels[i], NULL);
  return NULL;
}

/* Prometheus names say their base unit: `_seconds`, `_bytes`, `_ratio`. */
static const char *
prometheus_unit (JsonObject *metric)
{
  static const char * const suffixes[][2] = {
    { "_seconds", "s" }, { "_bytes", "B" }, { "_ratio", "" }, { "_percent", "%" }, { "_celsius", "°C" },
  };
  const char *name = metric ? json_object_get_string_member_with_default (metric, "__name__", NULL) : NULL;

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (name, suffixes[i][0]) || strstr (name, suffixes[i][0]) != NULL)
      return suffixes[i][1][0] != '\0' ? suffixes[i][1] : NULL;
  return NULL;
}

static JsonArray *
prometheus_results (JsonNode *root)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *data = object ? json_object_get_member (object, "data") : NULL;
  JsonNode *result;

  if (data == NULL || !JSON_NODE_HOLDS_OBJECT (data))
    return NULL;
  result = json_object_get_member (json_node_get_object (data), "result");
  return result != NULL && JSON_NODE_HOLDS_ARRAY (result) ? json_node_get_array (result) : NULL;
}

static gboolean
prometheus_read (GFile                      *source,
                 const DebriefImportOptions *options,
                 DebriefImportBatch         *batch,
                 GError                    **error)
{
  g_autoptr(JsonNode) root = parse_file (source, options, error);
  Reader reader = { options, batch };
  JsonArray *results;

  if (root == NULL)
    return FALSE;
  if ((results = prometheus_results (root)) == NULL)
    {
      g_autofree char *where = g_file_get_parse_name (source);

      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: expected Prometheus query_range output, with an array in data.result"), where);
      return FALSE;
    }
  reader.file_name = g_file_get_basename (source);
  _debrief_metrics_collector_init (&reader.collector);
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonNode *node = json_array_get_element (results, i);
      JsonObject *series = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *metric = series ? json_object_get_member (series, "metric") : NULL;
      JsonNode *values = series ? json_object_get_member (series, "values") : NULL;
      JsonObject *labels = metric && JSON_NODE_HOLDS_OBJECT (metric) ? json_node_get_object (metric) : NULL;
      g_autofree char *name = prometheus_name (labels);
      g_autofree char *path = g_strdup_printf ("data.result[%u].values", i);

      if (values == NULL || !JSON_NODE_HOLDS_ARRAY (values))
        skip_at (batch, reader.file_name, "data.result", i, _("expected \"values\": [[time, \"value\"], …]"));
      else
        read_pairs (&reader, json_node_get_array (values), path, 0, name, prometheus_lane (labels),
                    prometheus_unit (labels));
    }
  return finish (&reader, json_array_get_length (results), TRUE, error);
}

static guint
prometheus_sniff (GFile      *source,
                  const char *head,
                  gsize       head_len)
{
  g_autofree char *text = g_strndup (head, head_len);

  if (head_len == 0 || strstr (text, "\"result\"") == NULL)
    return 0;
  return strstr (text, "\"resultType\"") != NULL ? 95 : 60;
}

const DebriefImporter debrief_importer_prometheus = {
  .name = "prometheus",
  .label = N_("Prometheus query_range output (JSON)"),
  .sniff = prometheus_sniff,
  .read = prometheus_read,
};

/* ---- Graphite ------------------------------------------------------------------- */

static gboolean
graphite_read (GFile                      *source,
               const DebriefImportOptions *options,
               DebriefImportBatch         *batch,
               GError                    **error)
{
  g_autoptr(JsonNode) root = parse_file (source, options, error);
  Reader reader = { options, batch };
  JsonArray *targets;

  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_autofree char *where = g_file_get_parse_name (source);

      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: expected Graphite render output, an array of {\"target\", \"datapoints\"}"), where);
      return FALSE;
    }
  targets = json_node_get_array (root);
  reader.file_name = g_file_get_basename (source);
  _debrief_metrics_collector_init (&reader.collector);
  for (guint i = 0; i < json_array_get_length (targets); i++)
    {
      JsonNode *node = json_array_get_element (targets, i);
      JsonObject *target = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *points = target ? json_object_get_member (target, "datapoints") : NULL;
      const char *name = target ? json_object_get_string_member_with_default (target, "target", NULL) : NULL;
      g_autofree char *path = g_strdup_printf ("[%u].datapoints", i);

      if (name == NULL || points == NULL || !JSON_NODE_HOLDS_ARRAY (points))
        skip_at (batch, reader.file_name, "", i, _("expected {\"target\": name, \"datapoints\": [[value, time], …]}"));
      else
        read_pairs (&reader, json_node_get_array (points), path, 1, name, NULL, NULL);
    }
  return finish (&reader, json_array_get_length (targets), FALSE, error);
}

static guint
graphite_sniff (GFile      *source,
                const char *head,
                gsize       head_len)
{
  g_autofree char *text = g_strndup (head, head_len);
  const char *start = text + strspn (text, " \t\r\n");

  if (start[0] != '[' || strstr (text, "\"datapoints\"") == NULL)
    return 0;
  return strstr (text, "\"target\"") != NULL ? 95 : 60;
}

const DebriefImporter debrief_importer_graphite = {
  .name = "graphite",
  .label = N_("Graphite render output (JSON)"),
  .sniff = graphite_sniff,
  .read = graphite_read,
};
