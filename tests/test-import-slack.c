/* test-import-slack.c — Slack exports: folder and zip, text, threads, hostile zips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "debrief-import-apply.h"
#include "debrief-import-slack-private.h"
#include "debrief-importer.h"
#include "debrief-time.h"
#include "slack-zip.h"

static char *tmp_dir;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "slack", name, NULL);
}

static DebriefImportBatch *
read_source (GFile              *source,
             const char * const *channels,
             gint64              from,
             gint64              to,
             GError            **error)
{
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  DebriefImportOptions options;

  debrief_import_options_init (&options);
  options.channels = channels;
  options.from = from;
  options.to = to;
  if (!debrief_importer_slack.read (source, &options, batch, error))
    return NULL;
  return g_steal_pointer (&batch);
}

static DebriefImportBatch *
read_fixture (const char         *name,
              const char * const *channels)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DebriefImportBatch *batch = read_source (folder, channels, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);

  g_assert_no_error (error);
  return batch;
}

static const DebriefEventSpec *
find_event (DebriefImportBatch *batch,
            const char         *ref)
{
  for (guint i = 0; i < debrief_import_batch_get_n_events (batch); i++)
    if (strcmp (debrief_import_batch_get_event (batch, i)->source_ref, ref) == 0)
      return debrief_import_batch_get_event (batch, i);
  g_assert_not_reached ();
}

static const DebriefImportLane *
event_lane (DebriefImportBatch     *batch,
            const DebriefEventSpec *event)
{
  return debrief_import_batch_get_lane (batch, event->lane);
}

static gboolean
has_tag (const DebriefEventSpec *event,
         const char             *tag)
{
  return event->tags != NULL && g_strv_contains ((const char * const *) event->tags, tag);
}

static void
test_ts (void)
{
  const char *bad[] = { "", "abc", "1.2.3", "1773475331.1234567", "-1", "1773475331.", ".5", "1e9", "1773475331.00020x" };
  gint64 t = 0;

  g_assert_true (_debrief_slack_parse_ts ("1773475331.000200", &t));
  g_assert_cmpint (t, ==, G_GINT64_CONSTANT (1773475331000200));
  g_assert_true (_debrief_slack_parse_ts ("1773475390.123456", &t));
  g_assert_cmpint (t, ==, G_GINT64_CONSTANT (1773475390123456));
  g_assert_true (_debrief_slack_parse_ts ("1773475331", &t));
  g_assert_cmpint (t, ==, G_GINT64_CONSTANT (1773475331000000));
  g_assert_true (_debrief_slack_parse_ts ("1773475331.5", &t));
  g_assert_cmpint (t, ==, G_GINT64_CONSTANT (1773475331500000));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (_debrief_slack_parse_ts (bad[i], &t));
  g_assert_false (_debrief_slack_parse_ts ("999999999999.999999", &t));
}

static void
check_text (GHashTable *users,
            GHashTable *channels,
            const char *mrkdwn,
            const char *expected)
{
  g_autofree char *text = _debrief_slack_render_text (mrkdwn, users, channels);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_text (void)
{
  g_autoptr(GHashTable) users = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) channels = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (users, (gpointer) "U1", (gpointer) "Alice Liddell");
  g_hash_table_insert (channels, (gpointer) "C1", (gpointer) "incident");
  check_text (users, channels, "hi <@U1>", "hi @Alice Liddell");
  check_text (users, channels, "<@U9> and <@U8|bob>", "@U9 and @bob");
  check_text (users, channels, "see <#C1> and <#C2|general>", "see #incident and #general");
  check_text (users, channels, "<https://x.example/a?b=1&amp;c=2|the graph>", "the graph (https://x.example/a?b=1&c=2)");
  check_text (users, channels, "<https://x.example>", "https://x.example");
  check_text (users, channels, "<mailto:a@example.com|a@example.com>", "a@example.com");
  check_text (users, channels, "<!here> <!channel> <!subteam^S1|@oncall> <!date^1773475331^{date}|14 March>",
              "@here @channel @oncall 14 March");
  check_text (users, channels, "&lt;b&gt;bold?&lt;/b&gt; &amp;amp; &foo; 1 < 2", "<b>bold?</b> &amp; &foo; 1 < 2");
  check_text (NULL, NULL, "<@U1> <#C1>", "@U1 #C1");
}

static void
test_detect (void)
{
  g_autofree char *export_path = fixture_path ("export");
  g_autofree char *zip_path = g_build_filename (tmp_dir, "detect.zip", NULL);
  g_autofree char *jsonl_path = g_test_build_filename (G_TEST_DIST, "fixtures", "jsonl", "app.jsonl", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (export_path);
  g_autoptr(GFile) zip = g_file_new_for_path (zip_path);
  g_autoptr(GFile) jsonl = g_file_new_for_path (jsonl_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (slack_zip_folder (zip_path, export_path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (debrief_importer_detect (folder, NULL) == &debrief_importer_slack);
  g_assert_true (debrief_importer_detect (zip, NULL) == &debrief_importer_slack);
  g_assert_true (debrief_importer_detect (jsonl, NULL) == &debrief_importer_jsonl);
  g_assert_true (debrief_importer_lookup ("slack") == &debrief_importer_slack);
}

/* Every kind of message in the fixture, and every way a day can be wrong. */
static void
test_folder (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("export", NULL);
  const char *skipped[] = {
    "general/2026-03-16.json", "incident/2026-03-15.json: [0].ts", "incident/2026-03-15.json: [1]",
    "incident/2026-03-15.json: [2].ts", "incident/2026-03-15.json: [3].user",
  };
  const DebriefEventSpec *parent = find_event (batch, "#incident 1773475331.000200");
  const DebriefEventSpec *reply = find_event (batch, "#incident 1773475390.123456");
  const DebriefEventSpec *join = find_event (batch, "#incident 1773475200.000100");
  const DebriefEventSpec *bot = find_event (batch, "#incident 1773475400.000000");
  const DebriefEventSpec *file = find_event (batch, "#incident 1773475500.000001");
  const DebriefEventSpec *edited = find_event (batch, "#incident 1773475600.000000");
  const DebriefEventSpec *leave = find_event (batch, "#incident 1773475700.000000");
  const DebriefEventSpec *general = find_event (batch, "#general 1773475700.500000");
  const DebriefImportLink *link;

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 9);
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, G_N_ELEMENTS (skipped));
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    g_assert_cmpstr (((DebriefImportSkip *) g_ptr_array_index (debrief_import_batch_get_skipped (batch), i))->location,
                     ==, skipped[i]);

  g_assert_cmpint (parent->start, ==, G_GINT64_CONSTANT (1773475331000200));
  g_assert_cmpstr (parent->source_type, ==, "slack");
  g_assert_cmpstr (parent->kind, ==, "chat");
  g_assert_cmpstr (parent->text, ==, "checkout p99 is at 4s @here see the dashboard "
                                     "(https://grafana.example.com/d/abc?x=1&y=2) and #general");
  g_assert_cmpstr (event_lane (batch, parent)->name, ==, "Bob Builder");
  g_assert_cmpstr (event_lane (batch, parent)->tz, ==, "America/New_York");
  g_assert_true (has_tag (parent, "slack-user:U02BOB"));

  g_assert_cmpstr (reply->text, ==, "looking, cc @Alice: <b>not bold</b> &amp; https://example.com ops@example.com");
  g_assert_cmpstr (event_lane (batch, reply)->name, ==, "carol");
  g_assert_cmpstr (event_lane (batch, reply)->tz, ==, "Asia/Tokyo");
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 1);
  link = debrief_import_batch_get_link (batch, 0);
  g_assert_true (debrief_import_batch_get_event (batch, link->event) == reply);
  g_assert_cmpstr (link->type, ==, "slack");
  g_assert_cmpstr (link->ref, ==, "#incident 1773475331.000200");

  g_assert_cmpstr (join->kind, ==, "join");
  g_assert_cmpstr (join->text, ==, "@Alice has joined the channel");
  g_assert_cmpstr (event_lane (batch, join)->name, ==, "Alice");
  g_assert_cmpstr (event_lane (batch, join)->tz, ==, "Europe/Berlin");
  g_assert_cmpstr (leave->kind, ==, "join");
  /* An unknown zone is left out rather than passed on. */
  g_assert_cmpstr (event_lane (batch, leave)->name, ==, "dave");
  g_assert_null (event_lane (batch, leave)->tz);

  g_assert_cmpstr (bot->kind, ==, "bot");
  g_assert_cmpstr (bot->text, ==, "Triggered: checkout latency #4242 (https://pd.example.com/i/1)");
  g_assert_cmpstr (event_lane (batch, bot)->name, ==, "PagerDuty");
  g_assert_cmpint (event_lane (batch, bot)->kind, ==, DEBRIEF_LANE_KIND_COMPONENT);

  g_assert_cmpstr (file->text, ==, "the flame graph\nFile: Flame graph (flame.svg)");
  g_assert_true (has_tag (file, "file"));
  g_assert_cmpint (file->start, ==, G_GINT64_CONSTANT (1773475500000001));

  g_assert_cmpstr (edited->text, ==, "it's the database");
  g_assert_true (has_tag (edited, "edited"));

  g_assert_cmpstr (general->text, ==, "@U09GONE are you around? see #incident");
}

static void
test_channels_and_window (void)
{
  const char *general[] = { "general", NULL };
  const char *incident[] = { "#incident", NULL };
  const char *typo[] = { "incidnet", NULL };
  g_autofree char *path = fixture_path ("export");
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(DebriefImportBatch) only_general = read_fixture ("export", general);
  g_autoptr(DebriefImportBatch) only_incident = read_fixture ("export", incident);
  g_autoptr(DebriefImportBatch) windowed = NULL;
  g_autoptr(DebriefImportBatch) none = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (debrief_import_batch_get_n_events (only_general), ==, 1);
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (only_general), ==, 1);
  g_assert_cmpuint (debrief_import_batch_get_n_events (only_incident), ==, 8);

  none = read_source (folder, typo, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);
  g_assert_null (none);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING);
  g_assert_nonnull (strstr (error->message, "incidnet"));
  g_clear_error (&error);

  windowed = read_source (folder, NULL, G_GINT64_CONSTANT (1773475331000200), G_GINT64_CONSTANT (1773475500000000), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (debrief_import_batch_get_n_events (windowed), ==, 3);
  g_assert_cmpuint (debrief_import_batch_get_n_outside (windowed), ==, 6);
}

static void
test_no_users (void)
{
  g_autoptr(DebriefImportBatch) batch = read_fixture ("no-users", NULL);
  DebriefImportSkip *skip;

  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, 1);
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->text, ==, "hello @U01ALICE");
  g_assert_cmpstr (debrief_import_batch_get_lane (batch, 0)->name, ==, "U02BOB");
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 1);
  skip = g_ptr_array_index (debrief_import_batch_get_skipped (batch), 0);
  g_assert_cmpstr (skip->location, ==, "users.json");
  g_assert_nonnull (strstr (skip->reason, "Slack id"));
}

/* The zip of a folder (here with the folder's name in front) reads as
 * the folder does. */
static void
test_zip (void)
{
  g_autofree char *export_path = fixture_path ("export");
  g_autofree char *zip_path = g_build_filename (tmp_dir, "export.zip", NULL);
  g_autoptr(GFile) zip = g_file_new_for_path (zip_path);
  g_autoptr(DebriefImportBatch) from_folder = read_fixture ("export", NULL);
  g_autoptr(DebriefImportBatch) from_zip = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (slack_zip_folder (zip_path, export_path, "slack-export/", &error));
  from_zip = read_source (zip, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (debrief_import_batch_get_n_events (from_zip), ==, debrief_import_batch_get_n_events (from_folder));
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (from_zip), ==, debrief_import_batch_get_n_skipped (from_folder));
  g_assert_cmpuint (debrief_import_batch_get_n_links (from_zip), ==, 1);
  for (guint i = 0; i < debrief_import_batch_get_n_events (from_folder); i++)
    {
      const DebriefEventSpec *expected = debrief_import_batch_get_event (from_folder, i);
      const DebriefEventSpec *got = find_event (from_zip, expected->source_ref);

      g_assert_cmpstr (got->text, ==, expected->text);
      g_assert_cmpint (got->start, ==, expected->start);
    }
}

static void
assert_refused (const char *kind,
                const char *message_part,
                gint        code)
{
  g_autofree char *zip_path = g_build_filename (tmp_dir, "hostile.zip", NULL);
  g_autoptr(GFile) zip = g_file_new_for_path (zip_path);
  g_autoptr(DebriefImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (slack_zip_hostile (zip_path, kind, &error));
  batch = read_source (zip, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);
  g_assert_null (batch);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_nonnull (strstr (error->message, "hostile.zip"));
}

static void
test_hostile_zips (void)
{
  g_autofree char *export_path = fixture_path ("export");
  g_autofree char *zip_path = g_build_filename (tmp_dir, "export.zip", NULL);
  g_autofree char *garbage_path = g_build_filename (tmp_dir, "garbage.zip", NULL);
  g_autoptr(GFile) zip = g_file_new_for_path (zip_path);
  g_autoptr(GFile) garbage = g_file_new_for_path (garbage_path);
  g_autoptr(DebriefImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  DebriefSlackLimits saved = _debrief_slack_limits;

  assert_refused ("traversal", "incident/../../evil.json", DEBRIEF_IMPORT_ERROR_REFUSED);
  assert_refused ("absolute", "/etc/debrief-evil.json", DEBRIEF_IMPORT_ERROR_REFUSED);
  assert_refused ("bomb", "zip bomb", DEBRIEF_IMPORT_ERROR_REFUSED);

  /* The total is capped too; here, far below the fixture's size. */
  g_assert_true (slack_zip_folder (zip_path, export_path, NULL, &error));
  _debrief_slack_limits.max_total = 1000;
  batch = read_source (zip, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);
  _debrief_slack_limits = saved;
  g_assert_null (batch);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (garbage_path, "PK\x03\x04 not really a zip", -1, NULL));
  batch = read_source (garbage, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &error);
  g_assert_null (batch);
  g_assert_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "garbage.zip"));
}

static gboolean
contains_link (DebriefEventStore *events,
               const char        *from_id,
               const char        *to_id)
{
  const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_lookup (events, from_id));
  const DebriefEventExtras *extras = debrief_event_store_get_extras (events, event);

  return extras != NULL && extras->links != NULL && g_strv_contains (extras->links, to_id);
}

static const char *
id_of (DebriefEventStore *events,
       const char        *ref)
{
  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    {
      const DebriefEvent *event = debrief_event_store_get (events, debrief_event_store_get_nth (events, i));
      const DebriefEventSource *source = debrief_event_store_get_source (events, event);

      if (source != NULL && g_strcmp0 (source->ref, ref) == 0)
        return event->id;
    }
  return NULL;
}

/* A reply's link to its parent by source becomes a link by id, within the
 * batch or to an event an earlier import brought; re-importing adds nothing. */
static void
test_apply_links (void)
{
  g_autofree char *path = fixture_path ("export");
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(DebriefImportBatch) first = NULL;
  g_autoptr(DebriefImportBatch) rest = NULL;
  g_autoptr(DebriefImportBatch) again = NULL;
  DebriefEventStore *events = debrief_review_get_events (review);
  DebriefImportSummary summary;
  const char *parent, *reply;

  /* First only the parent, then the rest: the reply finds it in the review. */
  first = read_source (folder, NULL, DEBRIEF_TIME_NONE, G_GINT64_CONSTANT (1773475331000200), NULL);
  g_assert_true (debrief_import_apply (first, review, history, NULL, &summary));
  g_assert_cmpuint (summary.added, ==, 2);
  rest = read_source (folder, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, NULL);
  g_assert_true (debrief_import_apply (rest, review, history, NULL, &summary));
  g_assert_cmpuint (summary.added, ==, 7);
  g_assert_cmpuint (summary.duplicates, ==, 2);
  parent = id_of (events, "#incident 1773475331.000200");
  reply = id_of (events, "#incident 1773475390.123456");
  g_assert_nonnull (parent);
  g_assert_true (contains_link (events, reply, parent));

  again = read_source (folder, NULL, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, NULL);
  g_assert_false (debrief_import_apply (again, review, history, NULL, &summary));
  g_assert_cmpuint (summary.duplicates, ==, 9);

  /* All at once, in a fresh review: the link is within the batch. */
  debrief_history_undo (history);
  debrief_history_undo (history);
  g_assert_cmpuint (debrief_event_store_get_n_events (events), ==, 0);
  g_assert_true (debrief_import_apply (again, review, history, NULL, &summary));
  g_assert_true (contains_link (events, id_of (events, "#incident 1773475390.123456"),
                                id_of (events, "#incident 1773475331.000200")));
}

/* A link may point forwards in a batch, and a link to nothing is dropped. */
static void
test_batch_links (void)
{
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  DebriefEventStore *events = debrief_review_get_events (review);
  guint lane = debrief_import_batch_add_lane (batch, DEBRIEF_LANE_KIND_COMPONENT, "svc");
  DebriefEventSpec a = { .start = 10, .end = DEBRIEF_TIME_NONE, .source_type = (char *) "t", .source_ref = (char *) "a" };
  DebriefEventSpec b = { .start = 20, .end = DEBRIEF_TIME_NONE, .source_type = (char *) "t", .source_ref = (char *) "b" };
  DebriefImportSummary summary;
  const DebriefEvent *first;

  debrief_import_batch_add_event (batch, lane, &a);
  debrief_import_batch_add_event (batch, lane, &b);
  debrief_import_batch_link_source (batch, 0, "t", "b");
  debrief_import_batch_link_source (batch, 1, "t", "nowhere");
  g_assert_true (debrief_import_apply (batch, review, history, NULL, &summary));
  first = debrief_event_store_get (events, debrief_event_store_get_nth (events, 0));
  g_assert_true (contains_link (events, first->id, id_of (events, "b")));
  g_assert_null (debrief_event_store_get_extras (events, debrief_event_store_get (events, debrief_event_store_get_nth (events, 1))));
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, entry, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("debrief-slack-XXXXXX", NULL);
  g_test_add_func ("/import-slack/ts", test_ts);
  g_test_add_func ("/import-slack/text", test_text);
  g_test_add_func ("/import-slack/detect", test_detect);
  g_test_add_func ("/import-slack/folder", test_folder);
  g_test_add_func ("/import-slack/channels-and-window", test_channels_and_window);
  g_test_add_func ("/import-slack/no-users", test_no_users);
  g_test_add_func ("/import-slack/zip", test_zip);
  g_test_add_func ("/import-slack/hostile-zips", test_hostile_zips);
  g_test_add_func ("/import-slack/apply-links", test_apply_links);
  g_test_add_func ("/import-slack/batch-links", test_batch_links);
  status = g_test_run ();
  remove_tmp_dir ();
  return status;
}
