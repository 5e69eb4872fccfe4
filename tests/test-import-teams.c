/* test-import-teams.c — Microsoft Teams messages (Graph JSON), and HTML made text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "debrief-import-html-text.h"
#include "import-fixtures.h"

typedef struct {
  gint64           start;
  const char      *lane;
  DebriefLaneKind  lane_kind;
  const char      *kind;
  const char      *text;
} Expected;

#define CHAT "19:abc@thread.v2/"

static void
assert_events (DebriefImportBatch *batch,
               const Expected     *expected,
               guint               n)
{
  g_assert_cmpuint (debrief_import_batch_get_n_events (batch), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const DebriefEventSpec *event = debrief_import_batch_get_event (batch, i);
      DebriefLaneKind kind;

      g_assert_cmpint (event->start, ==, expected[i].start);
      g_assert_cmpstr (event_lane (batch, event, &kind), ==, expected[i].lane);
      g_assert_cmpint (kind, ==, expected[i].lane_kind);
      g_assert_cmpstr (event->kind, ==, expected[i].kind);
      g_assert_cmpstr (event->text, ==, expected[i].text);
      g_assert_cmpstr (event->source_type, ==, "teams");
    }
}

static void
test_page (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_teams, "teams", "chat-page.json", NULL);
  const Expected expected[] = {
    { UTC (9, 2, 11, 0), "Alice Adams", DEBRIEF_LANE_KIND_PARTICIPANT, "chat",
      "Checkout is down & 502s are rising.\nPaging Bob Brown now" },
    { UTC (9, 3, 11, 0), "Bob Brown", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "It's the DB: lag > 40s\nx < y 😀 🙂" },
    { UTC (9, 4, 11, 0), "Bob Brown", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "plain <b>text</b> stays as it is\nFile: lag.xlsx" },
    { UTC (9, 5, 11, 0), "Alice Adams", DEBRIEF_LANE_KIND_PARTICIPANT, "system", "Members added" },
    { UTC (9, 7, 11, 0), "PagerDuty", DEBRIEF_LANE_KIND_COMPONENT, "bot", "Incident #4411 triggered" },
    { UTC (9, 8, 11, 0), "Microsoft Teams", DEBRIEF_LANE_KIND_COMPONENT, "system", "Call ended" },
  };

  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (debrief_import_batch_get_event (batch, 0)->source_ref, ==, CHAT "1773478931000");
  g_assert_cmpuint (debrief_import_batch_get_n_links (batch), ==, 1);
  g_assert_cmpstr (event_link (batch, 1), ==, CHAT "1773478931000");
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 3);
  assert_skip (batch, 0, "chat-page.json: value[4].deletedDateTime", "deleted");
  assert_skip (batch, 1, "chat-page.json: value[7].createdDateTime", "ISO 8601");
  assert_skip (batch, 2, "chat-page.json: value[8].from", "user or an application");
}

static void
test_bare_array (void)
{
  g_autoptr(DebriefImportBatch) batch = fixture_read (&debrief_importer_teams, "teams", "channel-array.json", NULL);
  const Expected expected[] = {
    { UTC (10, 0, 0, 0), "Carol Chen", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "one\ntwo\ndone" },
    { UTC (10, 1, 0, 0), "Alice Adams", DEBRIEF_LANE_KIND_PARTICIPANT, "chat", "a\n\nb &amp; &bogus; 3 < 4" },
  };

  assert_events (batch, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (event_link (batch, 1), ==, "19:ops@thread.skype/m1");
  g_assert_cmpuint (debrief_import_batch_get_n_skipped (batch), ==, 0);
}

static void
assert_text (const char *html,
             const char *text)
{
  g_autofree char *plain = debrief_import_html_to_text (html);

  g_assert_cmpstr (plain, ==, text);
}

static void
test_html_text (void)
{
  assert_text ("", "");
  assert_text ("plain", "plain");
  assert_text ("<div><div>nested</div></div><div>blocks</div>", "nested\nblocks");
  assert_text ("one<br/>two<br />three", "one\ntwo\nthree");
  assert_text ("<p>a</p>\n\n   <p>b</p>", "a\nb");
  assert_text ("  lots   of\n\tspace  ", "lots of space");
  assert_text ("&amp;&lt;&gt;&quot;&#39;&apos;&#x41;&#66;", "&<>\"''AB");
  assert_text ("a&nbsp;b", "a b");
  assert_text ("&#0; &#xZZ; &#99999999; &unknown; & alone", "&#0; &#xZZ; &#99999999; &unknown; & alone");
  assert_text ("<at id=\"0\">Bob</at>, <at id=\"1\">Carol</at>: look", "Bob, Carol: look");
  assert_text ("<img src=\"x.png\" alt=\"graph of lag\">", "graph of lag");
  assert_text ("<style>p { color: red }</style>text<!-- a comment -->", "text");
  assert_text ("<3 and 2 < 3", "<3 and 2 < 3");
  assert_text ("<3 <b>bold</b>", "<3 bold");
  assert_text ("unclosed <b", "unclosed <b");
  assert_text ("<a href=\"https://x.example\">link words</a>", "link words");
}

static void
test_detect (void)
{
  g_assert_true (fixture_detect ("teams", "chat-page.json") == &debrief_importer_teams);
  g_assert_true (fixture_detect ("teams", "channel-array.json") == &debrief_importer_teams);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/teams/page", test_page);
  g_test_add_func ("/import/teams/bare-array", test_bare_array);
  g_test_add_func ("/import/teams/html-text", test_html_text);
  g_test_add_func ("/import/teams/detect", test_detect);
  return g_test_run ();
}
