/* debrief-import-mattermost.c — Mattermost bulk exports (mmctl export)
 *
 * One JSON object per line, each with a "type": "version" first, then
 * teams, channels, users … and the messages: "post" (in a channel) and
 * "direct_post" (between "channel_members"). A post carries its "user"
 * (the username: a participant lane), "message", "create_at" (ms since
 * 1970) and its "replies", each a post of its own that links to the post
 * it answers. Attachments are named in the text ("File: path"), never
 * fetched. Posts of a system type (joins, header changes) keep their kind:
 * "join" for comings and goings, "system" for the rest.
 *
 * A post is referred to by channel, time and author ("~incident
 * 1773475331000 alice"): the bulk format has no post ids, and the three
 * together are what Mattermost itself uses to match posts on import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-json.h"
#include "debrief-importer.h"
#include "debrief-time.h"

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  JsonParser                 *parser;
  char                       *file_name;
  guint                       line;
} Reader;

static void
skip (Reader     *reader,
      const char *path,
      const char *reason)
{
  g_autofree char *where = g_strdup_printf ("%s:%u: %s", reader->file_name, reader->line, path);

  debrief_import_batch_skip (reader->batch, where, reason);
}

static gboolean
wanted_channel (Reader     *reader,
                const char *channel)
{
  const char * const *channels = reader->options->channels;

  if (channels == NULL)
    return TRUE;
  for (guint i = 0; channels[i] != NULL; i++)
    if (g_strcmp0 (channels[i], channel) == 0 || (channels[i][0] == '~' && g_strcmp0 (channels[i] + 1, channel) == 0))
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* "dm:alice,bob" for the members of a direct conversation, sorted so both
 * ends of it name it alike. */
static char *
direct_channel_name (JsonArray *members)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new ("dm:");

  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonNode *node = json_array_get_element (members, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (names, (gpointer) json_node_get_string (node));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", (const char *) g_ptr_array_index (names, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
post_kind (JsonObject *post)
{
  const char *type = member_string (post, "type");

  if (type == NULL || *type == '\0')
    return "chat";
  if (g_str_has_prefix (type, "system_join") || g_str_has_prefix (type, "system_leave") ||
      g_str_has_prefix (type, "system_add_to") || g_str_has_prefix (type, "system_remove_from"))
    return "join";
  return g_str_has_prefix (type, "system_") ? "system" : "chat";
}

static char *
post_text (JsonObject *post)
{
  GString *text = g_string_new (member_string (post, "message"));
  JsonArray *attachments = member_array (post, "attachments");

  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    {
      JsonNode *node = json_array_get_element (attachments, i);
      const char *path = JSON_NODE_HOLDS_OBJECT (node) ? member_string (json_node_get_object (node), "path") : NULL;

      if (path == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, _("File: %s"), path);
    }
  return g_string_free (text, FALSE);
}

/* One post (or reply) as an event; its reference, for its replies to link
 * to, or NULL when it was skipped or left out. */
static char *
add_post (Reader     *reader,
          JsonObject *post,
          const char *channel,
          const char *path,
          const char *parent)
{
  const char *user = nonempty (member_string (post, "user"));
  g_autofree char *text = NULL;
  g_autofree char *ref = NULL;
  double create_at;
  gint64 time;
  guint lane, index;

  if (user == NULL)
    {
      skip (reader, path, _("expected the author in user"));
      return NULL;
    }
  /* Compared as a double first: a huge number would not fit the cast. */
  if (!member_number (post, "create_at", &create_at) || !(create_at >= 0) ||
      create_at > (double) (DEBRIEF_TIME_MAX / DEBRIEF_USEC_PER_MSEC) ||
      (time = (gint64) create_at * DEBRIEF_USEC_PER_MSEC) > DEBRIEF_TIME_MAX)
    {
      skip (reader, path, _("expected create_at, the time in milliseconds since 1970"));
      return NULL;
    }
  ref = g_strdup_printf ("~%s %" G_GINT64_FORMAT " %s", channel, (gint64) create_at, user);
  if (!debrief_import_options_keeps (reader->options, time))
    {
      debrief_import_batch_count_outside (reader->batch);
      return g_steal_pointer (&ref);
    }
  text = post_text (post);
  lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_PARTICIPANT, user);
  index = debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) post_kind (post), .text = text,
    .source_type = (char *) "mattermost", .source_ref = ref, .source_line = reader->line,
  });
  if (parent != NULL)
    debrief_import_batch_link_source (reader->batch, index, "mattermost", parent);
  return g_steal_pointer (&ref);
}

static void
read_post (Reader     *reader,
           JsonObject *post,
           const char *type)
{
  gboolean direct = strcmp (type, "direct_post") == 0;
  g_autofree char *channel = direct ? direct_channel_name (member_array (post, "channel_members"))
                                    : g_strdup (nonempty (member_string (post, "channel")));
  g_autofree char *ref = NULL;
  JsonArray *replies;

  if (channel == NULL || strcmp (channel, "dm:") == 0)
    {
      skip (reader, type, direct ? _("expected the conversation’s channel_members")
                                 : _("expected the channel’s name in channel"));
      return;
    }
  if (!wanted_channel (reader, channel))
    return;
  ref = add_post (reader, post, channel, type, NULL);
  replies = member_array (post, "replies");
  for (guint i = 0; replies != NULL && i < json_array_get_length (replies); i++)
    {
      JsonNode *node = json_array_get_element (replies, i);
      g_autofree char *reply_path = g_strdup_printf ("%s.replies[%u]", type, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        skip (reader, reply_path, _("expected a reply object"));
      else
        g_free (add_post (reader, json_node_get_object (node), channel, reply_path, ref));
    }
}

static void
read_line (Reader     *reader,
           const char *text,
           gsize       length)
{
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *type;

  if (strspn (text, " \t\r") == length)
    return;
  if (!json_parser_load_from_data (reader->parser, text, length, &error))
    {
      g_autofree char *reason = g_strdup_printf (_("not JSON: %s"), error->message);

      debrief_import_batch_skip_line (reader->batch, reader->file_name, reader->line, reason);
      return;
    }
  object = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (reader->parser))
           ? json_node_get_object (json_parser_get_root (reader->parser)) : NULL;
  type = member_string (object, "type");
  if (type == NULL)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, reader->line,
                                    _("expected an object with a type"));
  else if (strcmp (type, "post") == 0 || strcmp (type, "direct_post") == 0)
    {
      JsonObject *post = member_object (object, type);

      if (post == NULL)
        skip (reader, type, _("expected the post’s object"));
      else
        read_post (reader, post, type);
    }
  /* Teams, channels, users, emoji …: what Debrief needs of them the posts say. */
}

static gboolean
mattermost_read (GFile                      *source,
                 const DebriefImportOptions *options,
                 DebriefImportBatch         *batch,
                 GError                    **error)
{
  g_autofree char *path = g_file_get_path (source);
  g_autoptr(GMappedFile) mapped = path ? g_mapped_file_new (path, FALSE, error) : NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *file_name = g_file_get_basename (source);
  Reader reader = { options, batch, parser, file_name, 0 };
  const char *text, *end;

  if (path == NULL && error != NULL && *error == NULL)
    g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                 _("%s: not a local file"), file_name);
  if (mapped == NULL)
    return FALSE;
  text = debrief_import_mapped_text (mapped);
  end = text + g_mapped_file_get_length (mapped);
  while (text != NULL && text < end &&
         debrief_import_options_go_on (options, text - (end - g_mapped_file_get_length (mapped)),
                                       g_mapped_file_get_length (mapped)))
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      reader.line++;
      read_line (&reader, text, stop - text);
      text = stop + 1;
    }
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

/* The export's first line is its version; posts say their type early. */
static guint
mattermost_sniff (GFile      *source,
                  const char *head,
                  gsize       head_len)
{
  const char *newline = memchr (head, '\n', head_len);
  gsize first = newline ? (gsize) (newline - head) : head_len;
  g_autofree char *line = g_strndup (head, first);

  if (head_len == 0 || head[0] != '{')
    return 0;
  if (strstr (line, "\"type\":\"version\"") != NULL || strstr (line, "\"type\": \"version\"") != NULL)
    return 95;
  if (debrief_import_json_head_has (head, head_len, "direct_post") ||
      (debrief_import_json_head_has (head, head_len, "create_at") &&
       debrief_import_json_head_has (head, head_len, "post")))
    return 85;
  return 0;
}

const DebriefImporter debrief_importer_mattermost = {
  .name = "mattermost",
  .label = N_("Mattermost bulk export"),
  .sniff = mattermost_sniff,
  .read = mattermost_read,
};
