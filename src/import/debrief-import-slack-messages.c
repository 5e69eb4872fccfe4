/* debrief-import-slack-messages.c — a Slack channel's days, message by message
 *
 * A day file is read into its channel's table of messages (by ts); once
 * every day is read, the channels' messages become events in time order.
 * A record that cannot be a message is skipped and named by its file and
 * JSON path ("incident/2026-03-14.json: [3].ts"); the rest of the day is
 * still read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-slack-private.h"
#include "debrief-time.h"

static void
skip_at (SlackReader *reader,
         const char  *file,
         guint        index,
         const char  *path,
         const char  *reason)
{
  g_autofree char *where = g_strdup_printf ("%s: [%u]%s", file, index, path);

  debrief_import_batch_skip (reader->batch, where, reason);
}

/* A person's lane, made when their first message is read; without
 * users.json (or for someone it leaves out) the lane is named by the id. */
static guint
user_lane (SlackReader *reader,
           const char  *id)
{
  SlackUser *user = g_hash_table_lookup (reader->users, id);

  if (user == NULL)
    return debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_PARTICIPANT, id);
  if (user->lane == G_MAXUINT)
    {
      user->lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_PARTICIPANT, user->name);
      if (user->tz != NULL)
        debrief_import_batch_set_lane_tz (reader->batch, user->lane, user->tz);
    }
  return user->lane;
}

static gboolean
is_bot (JsonObject *message,
        const char *subtype)
{
  return g_strcmp0 (subtype, "bot_message") == 0 || member_string (message, "bot_id") != NULL;
}

/* Bots are components, one lane each, named as they sign their messages. */
static guint
bot_lane (SlackReader *reader,
          JsonObject  *message)
{
  const char *user = member_string (message, "user");
  SlackUser *known = user ? g_hash_table_lookup (reader->users, user) : NULL;
  const char *name = nonempty (member_string (message, "username"));

  name = name ? name : nonempty (member_string (member_object (message, "bot_profile"), "name"));
  name = name ? name : known ? known->name : NULL;
  name = name ? name : nonempty (member_string (message, "bot_id"));
  return debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, name ? name : "bot");
}

/* The text, then a line for each file shared: its title and name. */
static char *
message_text (SlackReader *reader,
              JsonObject  *message,
              gboolean    *has_file)
{
  const char *text = member_string (message, "text");
  g_autofree char *rendered = text ? _debrief_slack_render_text (text, reader->user_names, reader->channel_names) : NULL;
  GString *out = g_string_new (rendered);
  JsonNode *files = json_object_has_member (message, "files") ? json_object_get_member (message, "files") : NULL;
  JsonArray *array = files && JSON_NODE_HOLDS_ARRAY (files) ? json_node_get_array (files) : NULL;

  *has_file = FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *title = nonempty (member_string (file, "title"));
      const char *name = nonempty (member_string (file, "name"));
      g_autofree char *label = title && name && strcmp (title, name) != 0
                               ? g_strdup_printf ("%s (%s)", title, name) : g_strdup (title ? title : name);

      if (label == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, _("File: %s"), label);
      *has_file = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* Who wrote @object, its kind, text and thread; FALSE if nobody did. */
static gboolean
fill_message (SlackReader  *reader,
              JsonObject   *object,
              SlackMessage *message)
{
  const char *subtype = member_string (object, "subtype");
  const char *user = member_string (object, "user");
  const char *thread = member_string (object, "thread_ts");
  gboolean bot = is_bot (object, subtype);

  if (user == NULL && !bot)
    return FALSE;
  message->user = g_strdup (user);
  message->kind = bot ? "bot"
                  : g_strcmp0 (subtype, "channel_join") == 0 || g_strcmp0 (subtype, "channel_leave") == 0 ? "join"
                  : "chat";
  message->lane = bot ? bot_lane (reader, object) : user_lane (reader, user);
  message->text = message_text (reader, object, &message->file);
  message->edited = json_object_has_member (object, "edited");
  if (thread != NULL && strcmp (thread, message->ts) != 0)
    message->parent_ts = g_strdup (thread);
  return TRUE;
}

static SlackMessage *
new_message (const char *ts,
             gint64      time)
{
  SlackMessage *message = g_new0 (SlackMessage, 1);

  message->ts = g_strdup (ts);
  message->time = time;
  return message;
}

/* The ts at @path of @object, or NULL (skipped). */
static const char *
read_ts (SlackReader *reader,
         JsonObject  *object,
         const char  *file,
         guint        index,
         const char  *path,
         gint64      *time)
{
  const char *ts = member_string (object, "ts");

  if (ts != NULL && _debrief_slack_parse_ts (ts, time))
    return ts;
  skip_at (reader, file, index, path, _("expected a Slack time such as \"1773475331.000200\""));
  return NULL;
}

/* An edit: the new text replaces the message's, wherever it is read. */
static void
read_edit (SlackReader  *reader,
           SlackChannel *channel,
           JsonObject   *object,
           const char   *file,
           guint         index)
{
  JsonObject *edited = member_object (object, "message");
  SlackMessage *message;
  const char *ts;
  gint64 time;

  if ((ts = read_ts (reader, edited, file, index, ".message.ts", &time)) == NULL)
    return;
  message = g_hash_table_lookup (channel->messages, ts);
  if (message != NULL)
    {
      g_free (message->text);
      message->text = message_text (reader, edited, &message->file);
    }
  else
    {
      message = new_message (ts, time);
      if (!fill_message (reader, edited, message))
        {
          _debrief_slack_message_free (message);
          skip_at (reader, file, index, ".message.user", _("expected the id of who wrote it"));
          return;
        }
      g_hash_table_insert (channel->messages, message->ts, message);
    }
  message->edited = TRUE;
}

static void
read_message (SlackReader  *reader,
              SlackChannel *channel,
              JsonNode     *node,
              const char   *file,
              guint         index)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *subtype = member_string (object, "subtype");
  SlackMessage *message;
  const char *ts;
  gint64 time;

  if (object == NULL)
    return skip_at (reader, file, index, "", _("expected a message (a JSON object)"));
  if (g_strcmp0 (subtype, "message_changed") == 0)
    return read_edit (reader, channel, object, file, index);
  if (g_strcmp0 (subtype, "message_deleted") == 0)
    return skip_at (reader, file, index, "", _("a deleted message"));
  if ((ts = read_ts (reader, object, file, index, ".ts", &time)) == NULL)
    return;
  message = g_hash_table_lookup (channel->messages, ts);
  if (message != NULL && message->seen)
    return skip_at (reader, file, index, ".ts", _("a second message with the same ts"));
  if (message != NULL)
    {
      /* Its edit came first: that text stands. */
      message->seen = TRUE;
      return;
    }
  message = new_message (ts, time);
  message->seen = TRUE;
  if (!fill_message (reader, object, message))
    {
      _debrief_slack_message_free (message);
      return skip_at (reader, file, index, ".user", _("expected the id of who wrote it"));
    }
  g_hash_table_insert (channel->messages, message->ts, message);
}

void
_debrief_slack_read_day (const char *channel_name,
                         const char *day,
                         GBytes     *contents,
                         gpointer    user_data)
{
  SlackReader *reader = user_data;
  SlackChannel *channel = g_hash_table_lookup (reader->channels, channel_name);
  g_autofree char *file = NULL;
  JsonArray *messages;

  /* A channel left out, or a folder channels.json does not list. */
  if (channel == NULL)
    return;
  file = g_strdup_printf ("%s/%s", channel_name, day);
  if ((messages = _debrief_slack_parse_array (reader, contents, file)) == NULL)
    return;
  for (guint i = 0; i < json_array_get_length (messages); i++)
    read_message (reader, channel, json_array_get_element (messages, i), file, i);
}

static int
by_time (gconstpointer a,
         gconstpointer b)
{
  const SlackMessage *x = *(const SlackMessage * const *) a;
  const SlackMessage *y = *(const SlackMessage * const *) b;

  return x->time < y->time ? -1 : x->time > y->time ? 1 : strcmp (x->ts, y->ts);
}

static void
emit_message (SlackReader  *reader,
              SlackChannel *channel,
              SlackMessage *message)
{
  g_autofree char *ref = g_strdup_printf ("#%s %s", channel->name, message->ts);
  g_autofree char *user_tag = message->user ? g_strconcat ("slack-user:", message->user, NULL) : NULL;
  char *tags[4] = { NULL };
  guint n_tags = 0;
  DebriefEventSpec spec = {
    .start = message->time, .end = DEBRIEF_TIME_NONE, .kind = (char *) message->kind,
    .text = message->text, .source_type = (char *) "slack", .source_ref = ref, .tags = tags,
  };
  guint index;

  if (user_tag != NULL)
    tags[n_tags++] = user_tag;
  if (message->edited)
    tags[n_tags++] = (char *) "edited";
  if (message->file)
    tags[n_tags++] = (char *) "file";
  index = debrief_import_batch_add_event (reader->batch, message->lane, &spec);
  if (message->parent_ts != NULL)
    {
      g_autofree char *parent = g_strdup_printf ("#%s %s", channel->name, message->parent_ts);

      debrief_import_batch_link_source (reader->batch, index, "slack", parent);
    }
}

/* Each chosen channel's messages, in time order, within the window. */
void
_debrief_slack_emit (SlackReader *reader)
{
  for (guint i = 0; i < reader->channel_order->len; i++)
    {
      SlackChannel *channel = g_ptr_array_index (reader->channel_order, i);
      g_autoptr(GPtrArray) messages = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, channel->messages);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_ptr_array_add (messages, value);

      g_ptr_array_sort (messages, by_time);
      for (guint j = 0; j < messages->len; j++)
        {
          SlackMessage *message = g_ptr_array_index (messages, j);

          if (debrief_import_options_keeps (reader->options, message->time))
            emit_message (reader, channel, message);
          else
            debrief_import_batch_count_outside (reader->batch);
        }
    }
}
