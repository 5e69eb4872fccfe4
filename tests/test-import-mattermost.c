/* test-import-mattermost.c — Mattermost bulk exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "import-fixtures.h"

typedef struct {
  gint64      start;
  const char *lane;
  const char *kind;
  const char *text;
  guint       line;
} Expected;

static void
test_posts (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_mattermost, "mattermost", "export.jsonl", NULL);
  const Expected expected[] = {
    { UTC (9, 2, 11, 0), "alice", "chat", "checkout returns 502 <b>now</b> & rising", 5 },
    { UTC (9, 3, 11, 0), "bob", "chat", "looking at the DB", 5 },
    { UTC (9, 4, 11, 0), "carol", "chat", "File: data/graphs/lag.png", 5 },
    { UTC (9, 1, 40, 0), "bob", "join", "bob joined the channel", 6 },
    { UTC (9, 5, 0, 0), "dave", "chat", "lunch?", 9 },
    { UTC (9, 3, 20, 0), "bob", "chat", "call me", 10 },
    { UTC (9, 6, 40, 0), "alice", "system", "header changed", 12 },
  };

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, DEBRIEF_LANE_KIND_PARTICIPANT);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpuint (event->source_line, ==, expected[i].line);
      g_assert_cmpstr (event->source_type, ==, "mattermost");
    }
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->source_ref, ==, "~incident 1773478931000 alice");
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 5)->source_ref, ==, "~dm:alice,bob 1773479000000 bob");

  /* Both replies link to the post they answer; nothing else links. */
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 2);
  g_assert_cmpstr (event_link (batch, 1), ==, "~incident 1773478931000 alice");
  g_assert_cmpstr (event_link (batch, 2), ==, "~incident 1773478931000 alice");
  g_assert_null (event_link (batch, 0));

  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 4);
  assert_skip (batch, 0, "export.jsonl:5: post.replies[2]", "expected the author");
  assert_skip (batch, 1, "export.jsonl:7: post", "create_at");
  assert_skip (batch, 2, "export.jsonl:8", "not JSON");
  assert_skip (batch, 3, "export.jsonl:11: direct_post", "channel_members");
}

static void
test_channels_and_window (void)
{
  const char *channels[] = { "~incident", NULL };
  g_autoptr(DebriefImportBatch) batch = NULL;
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.channels = channels;
  options.from = UTC (9, 2, 0, 0);
  batch = fixture_read (&debrief_importer_mattermost, "mattermost", "export.jsonl", &options);
  /* The join (09:01:40) is before the window; random and the DM are other channels. */
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 4);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (batch), ==, 1);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_str_has_prefix (debrief_import_batch_get_event (batch, i)->source_ref, "~incident "));
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("mattermost", "export.jsonl") == &debrief_importer_mattermost);
  g_assert_true (debrief_importer_lookup ("mattermost") == &debrief_importer_mattermost);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/mattermost/posts", test_posts);
  g_test_add_func ("/import/mattermost/channels-and-window", test_channels_and_window);
  g_test_add_func ("/import/mattermost/detect", test_detect);
  return g_test_run ();
}
