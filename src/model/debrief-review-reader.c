/* debrief-review-reader.c — typed reading of JSON values, with precise complaints
 *
 * Each reader returns the value or, when the value has the wrong type or
 * form, records `PATH: expected X, found Y` and returns an empty value, so
 * loading goes on and reports every problem of a file at once.
 *
 * Messages are translated; what they quote from the file (member names,
 * JSON literals, enum nicks, example values) is passed into them as
 * placeholders, so a translation cannot change what the file must say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-item.h"
#include "debrief-review-reader.h"
#include "debrief-time.h"

/* Ids are names, not text: long ones are a sign of a broken file. */
#define MAX_ID_LENGTH 256

char *
debrief_reader_path (const DebriefReader *reader,
                     const char          *member)
{
  GString *path = g_string_new (reader->base);

  if (reader->base != NULL && reader->index != DEBRIEF_READER_NO_INDEX)
    g_string_append_printf (path, "[%u]", reader->index);
  if (member != NULL)
    {
      if (path->len > 0 && member[0] != '[')
        g_string_append_c (path, '.');
      g_string_append (path, member);
    }
  return g_string_free (path, FALSE);
}

void
debrief_reader_fail (const DebriefReader *reader,
                     const char          *member,
                     const char          *format,
                     ...)
{
  g_autofree char *path = debrief_reader_path (reader, member);
  va_list args;

  va_start (args, format);
  debrief_problems_add_valist (reader->problems, path, format, args);
  va_end (args);
}

/* "A or B": JSON literals, names and characters offered as alternatives. */
char *
debrief_reader_either (const char *first,
                       const char *second)
{
  /* Translators: two alternatives a file may contain, as in “expected true
   * or false”; both are quoted from the file format and stay as they are. */
  return g_strdup_printf (C_("alternatives", "%s or %s"), first, second);
}

/* What a value is, for "found …": the value itself where it is short. */
char *
debrief_reader_describe (JsonNode *node)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  GType type;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      /* Translators: what a value in a review file is, as in “expected a
       * string, found an object”. */
      return g_strdup (_("an object"));
    case JSON_NODE_ARRAY:
      /* Translators: as in “expected a string, found an array” (a JSON list). */
      return g_strdup (_("an array"));
    case JSON_NODE_NULL:
      return g_strdup ("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return debrief_quote_found (json_node_get_string (node));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  /* The number as the file writes it: a decimal point in every language. */
  if (type == G_TYPE_INT64)
    g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    g_ascii_formatd (number, sizeof number, "%g", json_node_get_double (node));
  /* Translators: as in “expected a string, found the number 42”; %s is the
   * number as the file writes it. */
  return g_strdup_printf (_("the number %s"), number);
}

static void
fail_expected (const DebriefReader *reader,
               const char          *member,
               const char          *expected,
               JsonNode            *found)
{
  g_autofree char *described = debrief_reader_describe (found);

  /* Translators: the first %s says what the file should hold here (“a
   * string”, “an array”), the second what it holds (“the number 42”,
   * “"oops"”); both are phrases translated elsewhere or quoted from the file. */
  debrief_reader_fail (reader, member, _("expected %s, found %s"), expected, described);
}

void
debrief_reader_missing (const DebriefReader *reader,
                        const char          *member,
                        const char          *expected)
{
  /* Translators: a required member is absent; %s says what it should hold
   * (“a string”, “an RFC 3339 time”). The path before it names the member. */
  debrief_reader_fail (reader, member, _("missing; expected %s"), expected);
}

JsonObject *
debrief_reader_object (const DebriefReader *reader,
                       const char          *member,
                       JsonNode            *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_expected (reader, member, _("an object"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
debrief_reader_array (const DebriefReader *reader,
                      const char          *member,
                      JsonNode            *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail_expected (reader, member, _("an array"), node);
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

const char *
debrief_reader_string (const DebriefReader *reader,
                       const char          *member,
                       JsonNode            *node)
{
  if (!holds_string (node))
    {
      /* Translators: as in “expected a string, found the number 42”. */
      fail_expected (reader, member, _("a string"), node);
      return NULL;
    }
  return json_node_get_string (node);
}

const char *
debrief_reader_id (const DebriefReader *reader,
                   const char          *member,
                   JsonNode            *node)
{
  const char *id;

  if (!holds_string (node))
    {
      fail_expected (reader, member, _("an id (a non-empty string)"), node);
      return NULL;
    }
  id = json_node_get_string (node);
  if (*id == '\0' || strlen (id) > MAX_ID_LENGTH)
    {
      g_autofree char *expected = g_strdup_printf (_("an id (a non-empty string of at most %u bytes)"),
                                                   MAX_ID_LENGTH);

      fail_expected (reader, member, expected, node);
      return NULL;
    }
  return id;
}

gint64
debrief_reader_time (const DebriefReader *reader,
                     const char          *member,
                     JsonNode            *node)
{
  gint64 usec;

  if (!holds_string (node) || !debrief_time_parse_rfc3339 (json_node_get_string (node), &usec))
    {
      /* Translators: %s is an example time, quoted as the file writes it. */
      g_autofree char *expected = g_strdup_printf (_("an RFC 3339 time such as %s (years 0001–9999)"),
                                                   "\"2026-03-14T09:02:11Z\"");

      fail_expected (reader, member, expected, node);
      return DEBRIEF_TIME_NONE;
    }
  return usec;
}

gboolean
debrief_reader_boolean (const DebriefReader *reader,
                        const char          *member,
                        JsonNode            *node,
                        gboolean            *out_value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *expected = debrief_reader_either ("true", "false");

      fail_expected (reader, member, expected, node);
      return FALSE;
    }
  *out_value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
debrief_reader_integer (const DebriefReader *reader,
                        const char          *member,
                        JsonNode            *node,
                        gint64               min,
                        gint64               max,
                        gint64              *out_value)
{
  gint64 value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *expected = g_strdup_printf (_("a whole number from %lld to %lld"),
                                                   (long long) min, (long long) max);

      fail_expected (reader, member, expected, node);
      return FALSE;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      debrief_reader_fail (reader, member, _("expected a whole number from %lld to %lld, found %lld"),
                           (long long) min, (long long) max, (long long) value);
      return FALSE;
    }
  *out_value = value;
  return TRUE;
}

char **
debrief_reader_strv (const DebriefReader *reader,
                     const char          *member,
                     JsonNode            *node)
{
  JsonArray *array;
  GPtrArray *strings;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail_expected (reader, member, _("an array of strings"), node);
      return NULL;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  strings = g_ptr_array_new_full (n + 1, g_free);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds_string (element))
        {
          g_autofree char *element_member = g_strdup_printf ("%s[%u]", member, i);

          fail_expected (reader, element_member, _("a string"), element);
          g_ptr_array_unref (strings);
          return NULL;
        }
      g_ptr_array_add (strings, g_strdup (json_node_get_string (element)));
    }
  g_ptr_array_add (strings, NULL);
  return (char **) g_ptr_array_free (strings, FALSE);
}

/* Members this version does not know are kept, in order, for saving. */
void
debrief_reader_keep_unknown (JsonObject **unknown,
                             const char  *member,
                             JsonNode    *node)
{
  if (*unknown == NULL)
    *unknown = json_object_new ();
  json_object_set_member (*unknown, member, json_node_copy (node));
}

/* ---- table-driven items ---------------------------------------------------- */

/* "\"a\", \"b\" or \"c\"": the nicks are what the file says, so they stay. */
static char *
describe_enum_choices (GType type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  g_autoptr(GString) head = g_string_new (NULL);
  g_autofree char *last = NULL;
  guint n = enum_class->n_values;

  g_assert (n > 0);
  for (guint i = 0; i + 1 < n; i++)
    g_string_append_printf (head, "%s\"%s\"", i > 0 ? ", " : "", enum_class->values[i].value_nick);
  last = g_strdup_printf ("\"%s\"", enum_class->values[n - 1].value_nick);
  return n == 1 ? g_steal_pointer (&last) : debrief_reader_either (head->str, last);
}

static gboolean
read_enum (const DebriefReader *reader,
           const char          *member,
           JsonNode            *node,
           GType                type,
           GValue              *value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *found = NULL;

  if (holds_string (node))
    found = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));
  if (found == NULL)
    {
      g_autofree char *choices = describe_enum_choices (type);

      fail_expected (reader, member, choices, node);
      return FALSE;
    }
  g_value_set_enum (value, found->value);
  return TRUE;
}

static gboolean
read_field (const DebriefReader *reader,
            const DebriefField  *field,
            JsonNode            *node,
            GParamSpec          *pspec,
            GValue              *value)
{
  g_value_init (value, pspec->value_type);

  switch (field->type)
    {
    case DEBRIEF_FIELD_STRING:
      {
        const char *text = g_str_equal (field->json_name, "id")
                           ? debrief_reader_id (reader, field->json_name, node)
                           : debrief_reader_string (reader, field->json_name, node);

        g_value_set_string (value, text);
        return text != NULL;
      }
    case DEBRIEF_FIELD_TIME:
      {
        gint64 time = debrief_reader_time (reader, field->json_name, node);

        g_value_set_int64 (value, time);
        return time != DEBRIEF_TIME_NONE;
      }
    case DEBRIEF_FIELD_BOOLEAN:
      {
        gboolean flag = FALSE;
        gboolean ok = debrief_reader_boolean (reader, field->json_name, node, &flag);

        g_value_set_boolean (value, flag);
        return ok;
      }
    case DEBRIEF_FIELD_STRV:
      {
        char **strv = debrief_reader_strv (reader, field->json_name, node);

        g_value_take_boxed (value, strv);
        return strv != NULL;
      }
    case DEBRIEF_FIELD_ENUM:
      return read_enum (reader, field->json_name, node, pspec->value_type, value);
    default:
      g_assert_not_reached ();
    }
}

/* What a required member should hold, for "missing; expected …". */
static char *
describe_field_type (const DebriefField *field)
{
  switch (field->type)
    {
    case DEBRIEF_FIELD_TIME: return g_strdup (_("an RFC 3339 time"));
    case DEBRIEF_FIELD_BOOLEAN: return debrief_reader_either ("true", "false");
    case DEBRIEF_FIELD_STRV: return g_strdup (_("an array of strings"));
    case DEBRIEF_FIELD_ENUM: return g_strdup (_("one of the documented names"));
    case DEBRIEF_FIELD_STRING:
    default:
      return g_strdup (g_str_equal (field->json_name, "id") ? _("an id (a non-empty string)") : _("a string"));
    }
}

/**
 * debrief_reader_read_item:
 * @also_known: (nullable): member names the caller reads itself ("entries")
 *
 * Builds an object of @table's type from @node, member by member.
 *
 * Returns: (transfer full) (nullable): the item, or %NULL when @node was
 * not an object. A returned item may still have had problems reported.
 */
GObject *
debrief_reader_read_item (const DebriefReader     *reader,
                          const DebriefFieldTable *table,
                          JsonNode                *node,
                          const char * const      *also_known)
{
  g_autoptr(GObject) item = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  GObjectClass *klass;
  JsonObjectIter iter;
  JsonObject *object;
  const char *name;
  JsonNode *value_node;

  object = debrief_reader_object (reader, NULL, node);
  if (object == NULL)
    return NULL;

  item = g_object_new (table->get_type (), NULL);
  klass = G_OBJECT_GET_CLASS (item);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value_node))
    {
      const DebriefField *field = debrief_field_table_find (table, name);
      g_auto(GValue) value = G_VALUE_INIT;

      if (field == NULL)
        {
          if (also_known == NULL || !g_strv_contains (also_known, name))
            debrief_reader_keep_unknown (&unknown, name, value_node);
          continue;
        }
      if (read_field (reader, field, value_node, g_object_class_find_property (klass, field->property),
                      &value))
        g_object_set_property (item, field->property, &value);
    }

  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].required && !json_object_has_member (object, table->fields[i].json_name))
      {
        g_autofree char *expected = describe_field_type (&table->fields[i]);

        debrief_reader_missing (reader, table->fields[i].json_name, expected);
      }

  debrief_item_set_unknown (DEBRIEF_ITEM (item), unknown);
  return g_steal_pointer (&item);
}
