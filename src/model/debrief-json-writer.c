/* debrief-json-writer.c — streams deterministic JSON text
 *
 * Saving must be fast (a million events) and byte-stable (a review diffs in
 * git), so the saver writes text directly instead of building a JsonNode
 * tree for JsonGenerator: strings are escaped in runs, numbers and times
 * have one spelling each, and the buffer goes to the stream in 256 KiB
 * pieces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "debrief-json-writer.h"
#include "debrief-time.h"

#define FLUSH_SIZE (256 * 1024)

void
debrief_json_writer_init (DebriefJsonWriter *writer,
                          GOutputStream     *stream,
                          GCancellable      *cancellable)
{
  memset (writer, 0, sizeof *writer);
  writer->stream = stream;
  writer->cancellable = cancellable;
  writer->buffer = g_string_sized_new (stream ? FLUSH_SIZE + 4096 : 4096);
}

void
debrief_json_writer_clear (DebriefJsonWriter *writer)
{
  if (writer->buffer != NULL)
    g_string_free (writer->buffer, TRUE);
  writer->buffer = NULL;
  g_clear_error (&writer->error);
}

static void
flush (DebriefJsonWriter *writer)
{
  gsize written = 0;

  if (writer->stream == NULL || writer->error != NULL || writer->buffer->len == 0)
    return;

  g_output_stream_write_all (writer->stream, writer->buffer->str, writer->buffer->len,
                             &written, writer->cancellable, &writer->error);
  writer->written += written;
  g_string_truncate (writer->buffer, 0);
}

void
debrief_json_writer_maybe_flush (DebriefJsonWriter *writer)
{
  if (writer->buffer->len >= FLUSH_SIZE)
    flush (writer);
}

gboolean
debrief_json_writer_finish (DebriefJsonWriter  *writer,
                            GError            **error)
{
  flush (writer);
  if (writer->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer->error));
      return FALSE;
    }
  return TRUE;
}

/* For a writer without a stream: the text written. */
char *
debrief_json_writer_steal (DebriefJsonWriter *writer)
{
  char *text = g_string_free (writer->buffer, FALSE);

  writer->buffer = NULL;
  return text;
}

void
debrief_json_writer_raw (DebriefJsonWriter *writer,
                         const char        *text)
{
  g_string_append (writer->buffer, text);
}

/* 1: needs an escape. Bytes ≥ 0x80 pass through: the text is valid UTF-8
 * (the model only ever holds validated text). */
static const guint8 needs_escape[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

void
debrief_json_writer_string (DebriefJsonWriter *writer,
                            const char        *text)
{
  GString *out = writer->buffer;
  const guchar *p = (const guchar *) text;

  g_string_append_c (out, '"');
  for (;;)
    {
      const guchar *run = p;

      while (*p != '\0' && !needs_escape[*p])
        p++;
      g_string_append_len (out, (const char *) run, (gssize) (p - run));
      if (*p == '\0')
        break;

      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", *p);
        }
      p++;
    }
  g_string_append_c (out, '"');
}

void
debrief_json_writer_integer (DebriefJsonWriter *writer,
                             gint64             value)
{
  g_string_append_printf (writer->buffer, "%" G_GINT64_FORMAT, value);
}

void
debrief_json_writer_time (DebriefJsonWriter *writer,
                          gint64             usec)
{
  g_string_append_c (writer->buffer, '"');
  debrief_time_append_rfc3339 (writer->buffer, usec);
  g_string_append_c (writer->buffer, '"');
}

/* The shortest decimal that reads back as the same double, so 0.1 stays
 * "0.1" rather than "0.10000000000000001". */
static void
write_double (DebriefJsonWriter *writer,
              double             value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, sizeof buffer, precision == 15 ? "%.15g" :
                       precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (writer->buffer, buffer);
  /* Keep a double a double: "2" would read back as an integer. */
  if (strpbrk (buffer, ".eEn") == NULL)
    g_string_append (writer->buffer, ".0");
}

/* A number as short as it reads back exactly: "2", "0.1", "1e+300". For
 * values that are numbers whatever their spelling (a series' samples). */
void
debrief_json_writer_number (DebriefJsonWriter *writer,
                            double             value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value > -1e15 && value < 1e15 && value == (double) (gint64) value)
    {
      debrief_json_writer_integer (writer, (gint64) value);
      return;
    }
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, sizeof buffer, precision == 15 ? "%.15g" :
                       precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (writer->buffer, buffer);
}

static void write_object (DebriefJsonWriter *writer,
                          JsonObject        *object);

static void
write_array (DebriefJsonWriter *writer,
             JsonArray         *array)
{
  guint n = json_array_get_length (array);

  g_string_append_c (writer->buffer, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (writer->buffer, ", ");
      debrief_json_writer_node (writer, json_array_get_element (array, i));
    }
  g_string_append_c (writer->buffer, ']');
}

void
debrief_json_writer_node (DebriefJsonWriter *writer,
                          JsonNode          *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (writer, json_node_get_object (node));
      break;
    case JSON_NODE_ARRAY:
      write_array (writer, json_node_get_array (node));
      break;
    case JSON_NODE_NULL:
      g_string_append (writer->buffer, "null");
      break;
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_INT64)
          debrief_json_writer_integer (writer, json_node_get_int (node));
        else if (type == G_TYPE_DOUBLE)
          write_double (writer, json_node_get_double (node));
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (writer->buffer, json_node_get_boolean (node) ? "true" : "false");
        else
          debrief_json_writer_string (writer, json_node_get_string (node));
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
write_object (DebriefJsonWriter *writer,
              JsonObject        *object)
{
  gboolean first = TRUE;

  g_string_append_c (writer->buffer, '{');
  debrief_json_writer_unknown_members (writer, &first, object);
  g_string_append_c (writer->buffer, '}');
}

void
debrief_json_writer_member (DebriefJsonWriter *writer,
                            gboolean          *first,
                            const char        *name)
{
  if (!*first)
    g_string_append (writer->buffer, ", ");
  *first = FALSE;
  debrief_json_writer_string (writer, name);
  g_string_append (writer->buffer, ": ");
}

/* Optional members are left out when unset: NULL strings, NONE times,
 * empty lists. */
void
debrief_json_writer_string_member (DebriefJsonWriter *writer,
                                   gboolean          *first,
                                   const char        *name,
                                   const char        *value)
{
  if (value == NULL)
    return;
  debrief_json_writer_member (writer, first, name);
  debrief_json_writer_string (writer, value);
}

void
debrief_json_writer_time_member (DebriefJsonWriter *writer,
                                 gboolean          *first,
                                 const char        *name,
                                 gint64             usec)
{
  if (usec == DEBRIEF_TIME_NONE)
    return;
  debrief_json_writer_member (writer, first, name);
  debrief_json_writer_time (writer, usec);
}

void
debrief_json_writer_strv_member (DebriefJsonWriter  *writer,
                                 gboolean           *first,
                                 const char         *name,
                                 const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;
  debrief_json_writer_member (writer, first, name);
  g_string_append_c (writer->buffer, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (writer->buffer, ", ");
      debrief_json_writer_string (writer, values[i]);
    }
  g_string_append_c (writer->buffer, ']');
}

/* Members a newer Debrief wrote, in the order the file had them. */
void
debrief_json_writer_unknown_members (DebriefJsonWriter *writer,
                                     gboolean          *first,
                                     JsonObject        *unknown)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (unknown == NULL)
    return;

  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      debrief_json_writer_member (writer, first, name);
      debrief_json_writer_node (writer, value);
    }
}
