/* debrief-import-json.c — what the JSON chat importers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-json.h"
#include "debrief-importer.h"

#define HEAD_LOOK (4 * 1024)

const char *
debrief_import_json_path_string (JsonObject *object,
                                 const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, ".", -1);
  guint n = g_strv_length (names);

  for (guint i = 0; object != NULL && i + 1 < n; i++)
    object = member_object (object, names[i]);
  return n > 0 ? member_string (object, names[n - 1]) : NULL;
}

JsonNode *
debrief_import_json_load (GFile   *source,
                          GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (source);
  gsize length = 0, bom = 0;

  if (!g_file_load_contents (source, NULL, &contents, &length, NULL, error))
    return NULL;
  /* Windows tools (Teams exports among them) start with a byte-order mark. */
  if (length >= 3 && memcmp (contents, "\xef\xbb\xbf", 3) == 0)
    bom = 3;
  if (!json_parser_load_from_data (parser, contents + bom, length - bom, &local_error))
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: not JSON: %s"), name, local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING, _("%s: empty, expected JSON"), name);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

gboolean
debrief_import_json_head_has (const char *head,
                              gsize       head_len,
                              const char *name)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", name);
  gsize n = MIN (head_len, HEAD_LOOK);

  return head_len > 0 && g_strstr_len (head, n, quoted) != NULL;
}
