/* debrief-import-slack.c — a Slack export, as a folder or the zip itself
 *
 * users.json names the people (display name, else real name, else user
 * name) and gives their time zones; each becomes a participant lane named
 * by that name, and their events carry the tag "slack-user:ID", so the
 * Slack id survives a rename. channels.json lists the channels; each has
 * a folder of YYYY-MM-DD.json days, arrays of messages.
 *
 * Every message is an event with source "slack" and reference
 * "#channel ts" — unique in an export, so a re-import adds no duplicates
 * and a reply can link to its thread's parent by reference (resolved when
 * the batch is applied). Kinds: "chat"; "join" for channel_join and
 * channel_leave; "bot" for bot messages, in a component lane per bot, so
 * both can be hidden. A message_changed record does not become an event of
 * its own: the edited text replaces the original's, tagged "edited" (the
 * review wants what was finally said, and when it was first said). Files
 * shared are named in the text and tagged "file".
 *
 * A channel's messages are gathered from all its days before they become
 * events, because an edit may come in a later day — or, in a zip, in an
 * earlier entry than the message it edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "debrief-import-slack-private.h"
#include "debrief-importer.h"
#include "debrief-time.h"

static void
user_free (gpointer data)
{
  SlackUser *user = data;

  g_free (user->name);
  g_free (user->tz);
  g_free (user);
}

void
_debrief_slack_message_free (gpointer data)
{
  SlackMessage *message = data;

  g_free (message->ts);
  g_free (message->user);
  g_free (message->text);
  g_free (message->parent_ts);
  g_free (message);
}

static void
channel_free (gpointer data)
{
  SlackChannel *channel = data;

  g_free (channel->name);
  g_hash_table_unref (channel->messages);
  g_free (channel);
}

static void
reader_clear (SlackReader *reader)
{
  g_clear_object (&reader->parser);
  g_clear_pointer (&reader->users, g_hash_table_unref);
  g_clear_pointer (&reader->user_names, g_hash_table_unref);
  g_clear_pointer (&reader->channel_names, g_hash_table_unref);
  g_clear_pointer (&reader->channels, g_hash_table_unref);
  g_clear_pointer (&reader->channel_order, g_ptr_array_unref);
}

/* The root array of a top-level file or a day; NULL (and a skip) if the
 * file is not that. */
JsonArray *
_debrief_slack_parse_array (SlackReader *reader,
                            GBytes      *bytes,
                            const char  *where)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  JsonNode *root;

  if (!json_parser_load_from_data (reader->parser, data ? data : "", length, &error))
    {
      g_autofree char *reason = g_strdup_printf (_("not JSON: %s"), error->message);

      debrief_import_batch_skip (reader->batch, where, reason);
      return NULL;
    }
  root = json_parser_get_root (reader->parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      debrief_import_batch_skip (reader->batch, where, _("expected an array"));
      return NULL;
    }
  return json_node_get_array (root);
}

/* ---- users.json and channels.json --------------------------------------- */

static char *
user_display_name (JsonObject *user,
                   const char *id)
{
  JsonObject *profile = member_object (user, "profile");
  const char *name = nonempty (member_string (profile, "display_name"));

  name = name ? name : nonempty (member_string (profile, "real_name"));
  name = name ? name : nonempty (member_string (user, "real_name"));
  name = name ? name : nonempty (member_string (user, "name"));
  return g_strdup (name ? name : id);
}

/* Lanes are found by name, so two people with one display name would
 * share a lane: the second is told apart by their id. */
static void
add_user (SlackReader *reader,
          JsonObject  *object,
          GHashTable  *taken)
{
  const char *id = member_string (object, "id");
  const char *tz = member_string (object, "tz");
  g_autoptr(GTimeZone) zone = tz ? g_time_zone_new_identifier (tz) : NULL;
  SlackUser *user;

  if (id == NULL || g_hash_table_contains (reader->users, id))
    return;
  user = g_new0 (SlackUser, 1);
  user->name = user_display_name (object, id);
  if (g_hash_table_contains (taken, user->name))
    {
      char *unique = g_strdup_printf ("%s (%s)", user->name, id);

      g_free (user->name);
      user->name = unique;
    }
  user->tz = zone ? g_strdup (tz) : NULL;
  user->lane = G_MAXUINT;
  g_hash_table_add (taken, user->name);
  g_hash_table_insert (reader->users, g_strdup (id), user);
  g_hash_table_insert (reader->user_names, g_strdup (id), user->name);
}

static gboolean
read_users (SlackReader        *reader,
            DebriefSlackExport *export,
            GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) bytes = _debrief_slack_export_load (export, "users.json", &local);
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *users;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (bytes == NULL)
    {
      reader->no_users = TRUE;
      debrief_import_batch_skip (reader->batch, "users.json", _("missing: people are shown by their Slack id"));
      return TRUE;
    }
  if ((users = _debrief_slack_parse_array (reader, bytes, "users.json")) == NULL)
    return TRUE;
  for (guint i = 0; i < json_array_get_length (users); i++)
    {
      JsonNode *node = json_array_get_element (users, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_user (reader, json_node_get_object (node), taken);
    }
  return TRUE;
}

static gboolean
chosen (const DebriefImportOptions *options,
        const char                 *name)
{
  if (options->channels == NULL)
    return TRUE;
  for (guint i = 0; options->channels[i] != NULL; i++)
    {
      const char *wanted = options->channels[i];

      if (strcmp (wanted[0] == '#' ? wanted + 1 : wanted, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_channel (SlackReader *reader,
             JsonObject  *object)
{
  const char *id = member_string (object, "id");
  const char *name = member_string (object, "name");
  SlackChannel *channel;

  if (name == NULL || g_hash_table_contains (reader->channels, name))
    return;
  if (id != NULL)
    g_hash_table_insert (reader->channel_names, g_strdup (id), g_strdup (name));
  if (!chosen (reader->options, name))
    return;
  channel = g_new0 (SlackChannel, 1);
  channel->name = g_strdup (name);
  channel->messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _debrief_slack_message_free);
  g_hash_table_insert (reader->channels, channel->name, channel);
  g_ptr_array_add (reader->channel_order, channel);
}

/* Every channel asked for must be there: a typo should not import nothing. */
static gboolean
check_chosen (SlackReader *reader,
              const char  *where,
              GError     **error)
{
  for (guint i = 0; reader->options->channels != NULL && reader->options->channels[i] != NULL; i++)
    {
      const char *wanted = reader->options->channels[i];

      if (!g_hash_table_contains (reader->channels, wanted[0] == '#' ? wanted + 1 : wanted))
        {
          g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING,
                       _("%s: there is no channel “%s” in this export"), where, wanted);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_channels (SlackReader        *reader,
               DebriefSlackExport *export,
               const char         *where,
               GError            **error)
{
  g_autoptr(GBytes) bytes = _debrief_slack_export_load (export, "channels.json", error);
  JsonArray *channels;

  if (bytes == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                     _("%s: not a Slack export: there is no channels.json"), where);
      return FALSE;
    }
  if ((channels = _debrief_slack_parse_array (reader, bytes, "channels.json")) == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: channels.json is not a list of channels"), where);
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (channels); i++)
    {
      JsonNode *node = json_array_get_element (channels, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_channel (reader, json_node_get_object (node));
    }
  return check_chosen (reader, where, error);
}

/* ---- The importer --------------------------------------------------------- */

static gboolean
slack_read (GFile                      *source,
            const DebriefImportOptions *options,
            DebriefImportBatch         *batch,
            GError                    **error)
{
  g_autoptr(DebriefSlackExport) export = _debrief_slack_export_open (source, error);
  g_autofree char *where = g_file_get_parse_name (source);
  SlackReader reader = {
    options, batch, json_parser_new_immutable (),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, user_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    g_hash_table_new (g_str_hash, g_str_equal),
    g_ptr_array_new_with_free_func (channel_free),
    FALSE,
  };
  gboolean ok;

  ok = export != NULL &&
       read_users (&reader, export, error) &&
       read_channels (&reader, export, where, error) &&
       _debrief_slack_export_foreach_day (export, options, _debrief_slack_read_day, &reader, error);
  if (ok)
    _debrief_slack_emit (&reader);
  reader_clear (&reader);
  return ok;
}

/* A folder with channels.json and users.json, or a zip that names them
 * early (a zip's first entries' names are in its first bytes). */
static guint
slack_sniff (GFile      *source,
             const char *head,
             gsize       head_len)
{
  g_autofree char *name = g_file_get_basename (source);
  g_autoptr(GFile) channels = g_file_get_child (source, "channels.json");
  g_autoptr(GFile) users = g_file_get_child (source, "users.json");

  if (head_len == 0)
    {
      if (!g_file_query_exists (channels, NULL))
        return 0;
      return g_file_query_exists (users, NULL) ? 95 : 70;
    }
  if (!_debrief_slack_is_zip (head, head_len))
    return 0;
  if (g_strstr_len (head, head_len, "channels.json") != NULL || g_strstr_len (head, head_len, "users.json") != NULL)
    return 90;
  return g_str_has_suffix (name, ".zip") ? 40 : 20;
}

const DebriefImporter debrief_importer_slack = {
  .name = "slack",
  .label = N_("Slack export (folder or .zip)"),
  .sniff = slack_sniff,
  .read = slack_read,
};
