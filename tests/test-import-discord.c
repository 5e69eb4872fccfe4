/* test-import-discord.c — Discord channels exported by DiscordChatExporter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "import-fixtures.h"

typedef struct {
  gint64           start;
  const char      *lane;
  DebriefLaneKind  lane_kind;
  const char      *kind;
  const char      *text;
  const char      *ref;
} Expected;

static void
test_messages (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_discord, "discord", "incident.json", NULL);
  const Expected expected[] = {
    { UTC (9, 2, 11, 123000), "Alice A.", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "checkout returns 502 **now** <@bob>", "1000" },
    { UTC (9, 3, 0, 0), "Bob", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "looking", "1001" },
    { UTC (9, 4, 0, 0), "bob", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "File: lag.png (https://cdn.example/lag.png)", "1002" },
    { UTC (9, 5, 0, 0), "Alice A.", DEBRIEF_LANE_KIND_PARTICIPANT, "system", "Channel pinned message", "1003" },
    { UTC (9, 6, 0, 0), "Alice A.", DEBRIEF_LANE_KIND_PARTICIPANT, "system", "DB failover", "1004" },
    { UTC (9, 7, 0, 0), "deploybot", DEBRIEF_LANE_KIND_COMPONENT, "bot", "Deploy 4411 rolled back", "1005" },
    { UTC (9, 8, 0, 0), "carol", DEBRIEF_LANE_KIND_PARTICIPANT, "join", "Joined the server.", "1006" },
  };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, expected[i].lane_kind);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpstr (event->source_type, ==, "discord");
      g_assert_cmpstr (event->source_ref, ==, expected[i].ref);
    }
  g_assert_true (event_has_tag (debrief_import_batch_get_event (batch, 0), "mention:Bob"));
  g_assert_null (debrief_import_batch_get_event (batch, 1)->tags);

  /* Only the reply links; the pin's reference is not an answer. */
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 1);
  g_assert_cmpstr (event_link (batch, 1), ==, "1000");

  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 3);
  assert_skip (batch, 0, "incident.json: messages[7].timestamp", "ISO 8601");
  assert_skip (batch, 1, "incident.json: messages[8].author", "name");
  assert_skip (batch, 2, "incident.json: messages[9]", "expected a message object");
}

static void
test_channel_filter (void)
{
  const char *other[] = { "#general", NULL };
  const char *this_one[] = { "#incident", NULL };
  g_autoptr(DebriefImportBatch) none = NULL;
  g_autoptr(DebriefImportBatch) all = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.channels = other;
  none = fixture_read (&debrief_importer_discord, "discord", "incident.json", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (none), ==, 0);
  options.channels = this_one;
  all = fixture_read (&debrief_importer_discord, "discord", "incident.json", &options);
  g_assert_cmpuint (debrief_import_batch_get_n_events (all), ==, 7);
}

static void
test_not_discord (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefImportBatch) batch = fixture_try_read (&debrief_importer_discord, "teams", "channel-array.json", NULL, &error);

  g_assert_null (batch);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "channel-array.json"));
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("discord", "incident.json") == &debrief_importer_discord);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/discord/messages", test_messages);
  g_test_add_func ("/import/discord/channel-filter", test_channel_filter);
  g_test_add_func ("/import/discord/not-discord", test_not_discord);
  g_test_add_func ("/import/discord/detect", test_detect);
  return g_test_run ();
}
