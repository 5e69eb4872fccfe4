/* debrief-import-jsonl.c — JSON lines logs, and journald's JSON
 *
 * One JSON object per line. The time is the first of the usual fields
 * present: a number is seconds, milliseconds, microseconds or nanoseconds
 * by its size; a string is RFC 3339, a date and time in the zone the
 * options give, or digits (journald's __REALTIME_TIMESTAMP, in µs). The
 * message, level and service fields are found the same way; the service
 * (or host, or unit) names the component lane, else the file does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-importer.h"
#include "debrief-time.h"

static const char * const time_fields[] = {
  "timestamp", "@timestamp", "time", "ts", "__REALTIME_TIMESTAMP", "datetime", "date", NULL,
};
static const char * const message_fields[] = { "message", "msg", "MESSAGE", "text", "log", NULL };
static const char * const level_fields[] = { "level", "severity", "lvl", "log.level", "PRIORITY", NULL };
static const char * const service_fields[] = {
  "service", "service.name", "app", "application", "component", "logger", "_SYSTEMD_UNIT",
  "SYSLOG_IDENTIFIER", "host", "hostname", "_HOSTNAME", NULL,
};

/* syslog's priorities, as journald writes them. */
static const char * const priorities[] = {
  "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug",
};

static JsonNode *
first_member (JsonObject         *object,
              const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (json_object_has_member (object, names[i]))
      return json_object_get_member (object, names[i]);
  return NULL;
}

static const char *
first_string (JsonObject         *object,
              const char * const *names)
{
  JsonNode *node = first_member (object, names);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gboolean
read_time (JsonObject                 *object,
           const DebriefImportOptions *options,
           gint64                     *out)
{
  JsonNode *node = first_member (object, time_fields);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return debrief_import_time_from_text (json_node_get_string (node), options->zone, out);
  if (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return debrief_import_time_from_number (json_node_get_double (node), out);
  return FALSE;
}

static char *
read_level (JsonObject *object)
{
  JsonNode *node = first_member (object, level_fields);
  const char *text;
  gint64 number = -1;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    number = json_node_get_int (node);
  text = json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
  if (text != NULL && strlen (text) == 1 && g_ascii_isdigit (text[0]))
    number = text[0] - '0';
  if (number >= 0 && number < (gint64) G_N_ELEMENTS (priorities))
    return g_strdup (priorities[number]);
  return text != NULL && *text != '\0' ? g_ascii_strdown (text, -1) : NULL;
}

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  JsonParser                 *parser;
  char                       *file_name;
  guint                       default_lane;
} Reader;

static void
add_record (Reader     *reader,
            JsonObject *object,
            guint       line,
            gint64      time)
{
  const char *service = first_string (object, service_fields);
  g_autofree char *level = read_level (object);
  char *tags[2] = { level, NULL };
  DebriefEventSpec spec = {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) "log",
    .text = (char *) first_string (object, message_fields),
    .source_type = (char *) "log", .source_ref = reader->file_name, .source_line = line,
    .tags = level ? tags : NULL,
  };
  guint lane = service ? debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, service)
                       : reader->default_lane;

  debrief_import_batch_add_event (reader->batch, lane, &spec);
}

static void
read_line (Reader     *reader,
           const char *text,
           gsize       length,
           guint       line)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  gint64 time;

  if (strspn (text, " \t\r") == length)
    return;
  if (!json_parser_load_from_data (reader->parser, text, length, &error))
    {
      g_autofree char *reason = g_strdup_printf (_("not JSON: %s"), error->message);

      debrief_import_batch_skip_line (reader->batch, reader->file_name, line, reason);
      return;
    }
  root = json_parser_get_root (reader->parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, _("expected a JSON object"));
  else if (!read_time (json_node_get_object (root), reader->options, &time))
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, _("expected a time in timestamp, @timestamp, time or ts"));
  else if (!debrief_import_options_keeps (reader->options, time))
    debrief_import_batch_count_outside (reader->batch);
  else
    add_record (reader, json_node_get_object (root), line, time);
}

static gboolean
jsonl_read (GFile                      *source,
            const DebriefImportOptions *options,
            DebriefImportBatch         *batch,
            GError                    **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  Reader reader = { options, batch, json_parser_new_immutable (), g_file_get_basename (source), 0 };
  const char *text, *end;
  guint line = 0;

  mapped = debrief_import_map_file (source, error);
  if (mapped == NULL)
    {
      g_clear_object (&reader.parser);
      g_free (reader.file_name);
      return FALSE;
    }
  reader.default_lane = debrief_import_batch_add_lane (batch, DEBRIEF_LANE_KIND_COMPONENT, reader.file_name);
  text = debrief_import_mapped_text (mapped);
  end = text + g_mapped_file_get_length (mapped);
  while (text < end && debrief_import_options_go_on (options, text - (end - g_mapped_file_get_length (mapped)),
                                                     g_mapped_file_get_length (mapped)))
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      read_line (&reader, text, stop - text, ++line);
      text = stop + 1;
    }
  g_object_unref (reader.parser);
  g_free (reader.file_name);
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

/* A first line that is an object with a time field, or the name says so. */
static guint
jsonl_sniff (GFile      *source,
             const char *head,
             gsize       head_len)
{
  g_autofree char *name = g_file_get_basename (source);
  const char *newline = memchr (head, '\n', head_len);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gboolean named = g_str_has_suffix (name, ".jsonl") || g_str_has_suffix (name, ".ndjson");
  JsonNode *root;

  if (head_len == 0 || head[0] != '{')
    return named ? 30 : 0;
  if (!json_parser_load_from_data (parser, head, newline ? newline - head : (gssize) head_len, NULL))
    return named ? 30 : 0;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) || first_member (json_node_get_object (root), time_fields) == NULL)
    return named ? 40 : 0;
  return named ? 95 : 80;
}

const DebriefImporter debrief_importer_jsonl = {
  .name = "jsonl",
  .label = N_("JSON lines log (also journalctl -o json)"),
  .sniff = jsonl_sniff,
  .read = jsonl_read,
};
