/* debrief-import-teams.c — Microsoft Teams messages as Microsoft Graph returns them
 *
 * A file is a page of Graph's chatMessage resources ({"value": [...]}, as
 * GET /chats/{id}/messages answers) or a bare array of them. Each message
 * has "createdDateTime", "from" (a user: a participant lane named by its
 * displayName; an application: a component lane, kind "bot"), and "body"
 * with "contentType" html or text; HTML is reduced to its plain text
 * (debrief-import-html-text.c), so "<at>Bob</at>" reads "Bob". Replies
 * ("replyToId") link to the message they answer. System events (members
 * added, a call ended, a renamed chat) are kind "system", their text said
 * from the event's type, in the lane of who started them. Deleted messages
 * have no text left to read: they are skipped, and say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-html-text.h"
#include "debrief-import-json.h"
#include "debrief-importer.h"
#include "debrief-time.h"

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  char                       *file_name;
  const char                 *array_path;   /* "value" or "" */
} Reader;

static void
skip_message (Reader     *reader,
              guint       index,
              const char *member,
              const char *reason)
{
  g_autofree char *where = g_strdup_printf ("%s: %s[%u]%s%s", reader->file_name, reader->array_path, index,
                                            member ? "." : "", member ? member : "");

  debrief_import_batch_skip (reader->batch, where, reason);
}

/* "#microsoft.graph.membersAddedEventMessageDetail" → "Members added". */
static char *
event_words (JsonObject *detail)
{
  const char *type = member_string (detail, "@odata.type");
  const char *name = type ? strrchr (type, '.') : NULL;
  g_autofree char *bare = NULL;
  GString *out;

  if (name == NULL)
    return g_strdup (_("System event"));
  bare = g_strdup (name + 1);
  if (g_str_has_suffix (bare, "EventMessageDetail"))
    bare[strlen (bare) - strlen ("EventMessageDetail")] = '\0';
  out = g_string_new (NULL);
  for (const char *p = bare; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p) && p != bare)
        g_string_append_c (out, ' ');
      g_string_append_c (out, p == bare ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

static char *
body_text (JsonObject *message)
{
  JsonObject *body = member_object (message, "body");
  const char *type = member_string (body, "contentType");
  const char *content = member_string (body, "content");
  JsonArray *attachments = member_array (message, "attachments");
  GString *text;

  text = g_string_new (NULL);
  if (content != NULL && g_ascii_strcasecmp (type ? type : "", "html") == 0)
    {
      g_autofree char *plain = debrief_import_html_to_text (content);

      g_string_append (text, plain);
    }
  else if (content != NULL)
    g_string_append (text, content);
  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    {
      JsonNode *node = json_array_get_element (attachments, i);
      JsonObject *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = nonempty (member_string (file, "name"));
      const char *url = nonempty (member_string (file, "contentUrl"));

      if (name == NULL && url == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, _("File: %s"), name ? name : url);
    }
  return g_string_free (text, FALSE);
}

/* Who the message is from: its lane, kind and text. FALSE when nobody is
 * named; system events fall back to who started them. */
static gboolean
message_author (Reader     *reader,
                JsonObject *message,
                gboolean    system,
                guint      *lane,
                const char **kind)
{
  JsonObject *from = member_object (message, "from");
  const char *user = nonempty (debrief_import_json_path_string (from, "user.displayName"));
  const char *application = nonempty (debrief_import_json_path_string (from, "application.displayName"));

  if (system && user == NULL)
    user = nonempty (debrief_import_json_path_string (member_object (message, "eventDetail"),
                                                      "initiator.user.displayName"));
  *kind = system ? "system" : user ? "chat" : "bot";
  if (user != NULL)
    *lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_PARTICIPANT, user);
  else if (application != NULL)
    *lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, application);
  else if (system)
    *lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, "Microsoft Teams");
  else
    return FALSE;
  return TRUE;
}

/* Messages are referred to as "CONVERSATION/ID": ids are unique within a
 * chat or channel, and a reply names its parent by id alone. */
static char *
message_ref (JsonObject *message,
             const char *id)
{
  const char *chat = nonempty (member_string (message, "chatId"));

  if (chat == NULL)
    chat = nonempty (debrief_import_json_path_string (message, "channelIdentity.channelId"));
  return g_strdup_printf ("%s/%s", chat ? chat : "", id);
}

static void
read_message (Reader     *reader,
              JsonObject *message,
              guint       index)
{
  const char *id = nonempty (member_string (message, "id"));
  const char *created = member_string (message, "createdDateTime");
  const char *type = member_string (message, "messageType");
  const char *parent = nonempty (member_string (message, "replyToId"));
  gboolean system = g_strcmp0 (type, "systemEventMessage") == 0;
  g_autofree char *text = NULL;
  g_autofree char *ref = NULL;
  const char *kind;
  gint64 time;
  guint lane, event;

  if (nonempty (member_string (message, "deletedDateTime")) != NULL)
    return skip_message (reader, index, "deletedDateTime", _("deleted: Teams keeps no text of it"));
  if (id == NULL)
    return skip_message (reader, index, "id", _("expected the message’s id"));
  if (created == NULL || !debrief_time_parse_rfc3339 (created, &time))
    return skip_message (reader, index, "createdDateTime", _("expected an ISO 8601 time"));
  if (!message_author (reader, message, system, &lane, &kind))
    return skip_message (reader, index, "from", _("expected a user or an application in from"));
  if (!debrief_import_options_keeps (reader->options, time))
    return debrief_import_batch_count_outside (reader->batch);
  text = system ? event_words (member_object (message, "eventDetail")) : body_text (message);
  ref = message_ref (message, id);
  event = debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) kind, .text = text,
    .source_type = (char *) "teams", .source_ref = ref,
  });
  if (parent != NULL && g_strcmp0 (parent, id) != 0)
    {
      g_autofree char *parent_ref = message_ref (message, parent);

      debrief_import_batch_link_source (reader->batch, event, "teams", parent_ref);
    }
}

static gboolean
teams_read (GFile                      *source,
            const DebriefImportOptions *options,
            DebriefImportBatch         *batch,
            GError                    **error)
{
  g_autoptr(JsonNode) root = debrief_import_json_load (source, error);
  g_autofree char *file_name = g_file_get_basename (source);
  Reader reader = { options, batch, file_name, "" };
  JsonArray *messages = NULL;

  if (root == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (root))
    messages = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root) && (messages = member_array (json_node_get_object (root), "value")) != NULL)
    reader.array_path = "value";
  if (messages == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: expected Microsoft Graph chat messages: {\"value\": […]} or an array"), file_name);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (messages); i++)
    {
      JsonNode *node = json_array_get_element (messages, i);

      if (!debrief_import_options_go_on (options, i, json_array_get_length (messages)))
        break;
      if (JSON_NODE_HOLDS_OBJECT (node))
        read_message (&reader, json_node_get_object (node), i);
      else
        skip_message (&reader, i, NULL, _("expected a chat message object"));
    }
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

static guint
teams_sniff (GFile      *source,
             const char *head,
             gsize       head_len)
{
  char start = debrief_import_json_head_start (head, head_len);

  if (start != '{' && start != '[')
    return 0;
  if (debrief_import_json_head_has (head, head_len, "createdDateTime") &&
      (debrief_import_json_head_has (head, head_len, "messageType") ||
       debrief_import_json_head_has (head, head_len, "body")))
    return 90;
  if (debrief_import_json_head_has (head, head_len, "@odata.context") &&
      g_strstr_len (head, MIN (head_len, 4096), "chatMessage") != NULL)
    return 85;
  return 0;
}

const DebriefImporter debrief_importer_teams = {
  .name = "teams",
  .label = N_("Teams (Graph JSON)"),
  .sniff = teams_sniff,
  .read = teams_read,
};
