/* debrief-import-json.h — reading the JSON chat exports (Slack, Mattermost,
 * Discord, Teams, Chrome traces): members that may be missing or of
 * another type read as NULL, never as an assertion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

G_BEGIN_DECLS

static inline JsonNode *
member_node (JsonObject *object,
             const char *name)
{
  return object != NULL && json_object_has_member (object, name) ? json_object_get_member (object, name) : NULL;
}

static inline const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = member_node (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static inline JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = member_node (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static inline JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = member_node (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* A number member (integer or not); FALSE when missing or not a number. */
static inline gboolean
member_number (JsonObject *object,
               const char *name,
               double     *out)
{
  JsonNode *node = member_node (object, name);
  GType type = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}

/* A number member as an integer id (a pid, a tid); @fallback when it is
 * missing, not a number, or out of range (no cast of a huge double). */
static inline gint64
member_id (JsonObject *object,
           const char *name,
           gint64      fallback)
{
  double number;

  if (!member_number (object, name, &number) || !(number > -1e15 && number < 1e15))
    return fallback;
  return (gint64) number;
}

static inline const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* The first character of @head past a byte-order mark and white space,
 * or 0: whether a file starts as an object or an array. */
static inline char
debrief_import_json_head_start (const char *head,
                                gsize       head_len)
{
  gsize i = head_len >= 3 && memcmp (head, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

  while (i < head_len && g_ascii_isspace (head[i]))
    i++;
  return i < head_len ? head[i] : 0;
}

/* A path of object members, "from.user.displayName": NULL where one is missing. */
const char *debrief_import_json_path_string (JsonObject  *object,
                                             const char  *path);
/* The whole of @source parsed, or an error naming the file and where the
 * JSON stops being JSON. */
JsonNode   *debrief_import_json_load        (GFile       *source,
                                             GError     **error);
/* Whether @head (the first bytes of a file) holds, before its first
 * 4 KiB end, the member "@name" — a cheap look for sniffing. */
gboolean    debrief_import_json_head_has    (const char  *head,
                                             gsize        head_len,
                                             const char  *name);

G_END_DECLS
