/* debrief-import-discord.c — Discord channels as DiscordChatExporter saves them (JSON)
 *
 * One channel a file: {"guild": {…}, "channel": {"name": …}, "messages": [
 * {"id", "type", "timestamp" (ISO 8601 with offset), "author": {"name",
 * "nickname", "isBot"}, "content", "attachments": [{"fileName", "url"}],
 * "mentions": [{"name", "nickname"}], "reference": {"messageId"}} …]}.
 *
 * Each author is a participant lane named as the server shows them (the
 * nickname, else the name); bots are components, kind "bot". A "Reply"
 * links to the message it answers (message ids are unique across Discord,
 * so a reply into another exported channel still finds its parent).
 * Joins and leaves are kind "join"; pins, thread creations, renames, calls
 * and the other events of the server are kind "system", with the text the
 * exporter wrote or, without one, what happened. Attachments are named in
 * the text, never fetched; mentions become "mention:NAME" tags.
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
  char                       *file_name;
} Reader;

static void
skip_message (Reader     *reader,
              guint       index,
              const char *member,
              const char *reason)
{
  g_autofree char *where = g_strdup_printf ("%s: messages[%u]%s%s", reader->file_name, index,
                                            member ? "." : "", member ? member : "");

  debrief_import_batch_skip (reader->batch, where, reason);
}

static const char *
message_kind (const char *type,
              gboolean    bot)
{
  if (type == NULL || strcmp (type, "Default") == 0 || strcmp (type, "Reply") == 0 ||
      strcmp (type, "ThreadStarterMessage") == 0)
    return bot ? "bot" : "chat";
  if (strcmp (type, "RecipientAdd") == 0 || strcmp (type, "RecipientRemove") == 0 ||
      strcmp (type, "GuildMemberJoin") == 0)
    return "join";
  return "system";
}

/* "ChannelPinnedMessage" → "Channel pinned message", for events the
 * exporter left without text. */
static char *
type_words (const char *type)
{
  GString *out = g_string_new (NULL);

  for (const char *p = type; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p) && p != type)
        g_string_append_c (out, ' ');
      g_string_append_c (out, p == type ? *p : g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

static char *
message_text (JsonObject *message,
              const char *type)
{
  GString *text = g_string_new (member_string (message, "content"));
  JsonArray *attachments = member_array (message, "attachments");

  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    {
      JsonNode *node = json_array_get_element (attachments, i);
      JsonObject *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = nonempty (member_string (file, "fileName"));
      const char *url = nonempty (member_string (file, "url"));

      if (name == NULL && url == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (name != NULL && url != NULL)
        g_string_append_printf (text, _("File: %s (%s)"), name, url);
      else
        g_string_append_printf (text, _("File: %s"), name ? name : url);
    }
  if (text->len == 0 && type != NULL && strcmp (type, "Default") != 0)
    {
      g_autofree char *words = type_words (type);

      g_string_append (text, words);
    }
  return g_string_free (text, FALSE);
}

static const char *
person_name (JsonObject *person)
{
  const char *nickname = nonempty (member_string (person, "nickname"));

  return nickname ? nickname : nonempty (member_string (person, "name"));
}

/* "mention:NAME" for each person mentioned; the array ends in NULL. */
static GPtrArray *
mention_tags (JsonObject *message)
{
  JsonArray *mentions = member_array (message, "mentions");
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; mentions != NULL && i < json_array_get_length (mentions); i++)
    {
      JsonNode *node = json_array_get_element (mentions, i);
      const char *name = JSON_NODE_HOLDS_OBJECT (node) ? person_name (json_node_get_object (node)) : NULL;

      if (name != NULL)
        g_ptr_array_add (tags, g_strconcat ("mention:", name, NULL));
    }
  g_ptr_array_add (tags, NULL);
  return tags;
}

static gboolean
message_time (JsonObject *message,
              gint64     *out)
{
  const char *timestamp = member_string (message, "timestamp");

  return timestamp != NULL && debrief_time_parse_rfc3339 (timestamp, out);
}

static void
read_message (Reader     *reader,
              JsonObject *message,
              guint       index)
{
  JsonObject *author = member_object (message, "author");
  const char *name = person_name (author);
  const char *id = nonempty (member_string (message, "id"));
  const char *type = member_string (message, "type");
  const char *parent = nonempty (debrief_import_json_path_string (message, "reference.messageId"));
  JsonNode *bot_node = member_node (author, "isBot");
  gboolean bot = bot_node != NULL && JSON_NODE_HOLDS_VALUE (bot_node) &&
                 json_node_get_value_type (bot_node) == G_TYPE_BOOLEAN && json_node_get_boolean (bot_node);
  g_autoptr(GPtrArray) tags = NULL;
  g_autofree char *text = NULL;
  gint64 time;
  guint lane, event;

  if (name == NULL)
    return skip_message (reader, index, "author", _("expected the author’s name or nickname"));
  if (id == NULL)
    return skip_message (reader, index, "id", _("expected the message’s id"));
  if (!message_time (message, &time))
    return skip_message (reader, index, "timestamp", _("expected an ISO 8601 time with its offset"));
  if (!debrief_import_options_keeps (reader->options, time))
    return debrief_import_batch_count_outside (reader->batch);
  text = message_text (message, type);
  tags = mention_tags (message);
  lane = debrief_import_batch_add_lane (reader->batch, bot ? DEBRIEF_LANE_KIND_COMPONENT : DEBRIEF_LANE_KIND_PARTICIPANT, name);
  event = debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) message_kind (type, bot), .text = text,
    .source_type = (char *) "discord", .source_ref = (char *) id,
    .tags = tags->len > 1 ? (char **) tags->pdata : NULL,
  });
  if (parent != NULL && g_strcmp0 (type, "Reply") == 0)
    debrief_import_batch_link_source (reader->batch, event, "discord", parent);
}

static gboolean
wanted_channel (const DebriefImportOptions *options,
                const char                 *channel)
{
  if (options->channels == NULL)
    return TRUE;
  for (guint i = 0; options->channels[i] != NULL; i++)
    if (g_strcmp0 (options->channels[i], channel) == 0 ||
        (options->channels[i][0] == '#' && g_strcmp0 (options->channels[i] + 1, channel) == 0))
      return TRUE;
  return FALSE;
}

static gboolean
discord_read (GFile                      *source,
              const DebriefImportOptions *options,
              DebriefImportBatch         *batch,
              GError                    **error)
{
  g_autoptr(JsonNode) root = debrief_import_json_load (source, error);
  g_autofree char *file_name = g_file_get_basename (source);
  Reader reader = { options, batch, file_name };
  JsonObject *object = root && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonArray *messages = member_array (object, "messages");

  if (root == NULL)
    return FALSE;
  if (messages == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: expected DiscordChatExporter’s JSON, an object with a messages array"), file_name);
      return FALSE;
    }
  if (!wanted_channel (options, debrief_import_json_path_string (object, "channel.name")))
    return TRUE;
  for (guint i = 0; i < json_array_get_length (messages); i++)
    {
      JsonNode *node = json_array_get_element (messages, i);

      if (!debrief_import_options_go_on (options, i, json_array_get_length (messages)))
        break;
      if (JSON_NODE_HOLDS_OBJECT (node))
        read_message (&reader, json_node_get_object (node), i);
      else
        skip_message (&reader, i, NULL, _("expected a message object"));
    }
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

static guint
discord_sniff (GFile      *source,
               const char *head,
               gsize       head_len)
{
  if (debrief_import_json_head_start (head, head_len) != '{')
    return 0;
  if (debrief_import_json_head_has (head, head_len, "guild") &&
      debrief_import_json_head_has (head, head_len, "channel"))
    return 90;
  return 0;
}

const DebriefImporter debrief_importer_discord = {
  .name = "discord",
  .label = N_("Discord (DiscordChatExporter)"),
  .sniff = discord_sniff,
  .read = discord_read,
};
