/* test-language-ui.c — language hints through the real window: the
 * underline and tooltip in the inspector, the Language panel, jump-to,
 * Dismiss (undoable, stored) and the setting that turns hints off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-application.h"
#include "debrief-entry-inspector.h"
#include "debrief-language-hints.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-text-hints.h"
#include "debrief-window-private.h"

static DebriefApplication *application;

typedef struct {
  DebriefWindow   *window;
  DebriefDocument *document;
  DebriefReview   *review;
  DebriefHistory  *history;
  GSettings       *settings;
} Fixture;

static void
spin (guint iterations)
{
  for (guint i = 0; i < iterations; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

/* Waits for the panel's delayed rebuild (a condition, not a time). */
static void
spin_until_hints (Fixture *fixture,
                  guint    n)
{
  for (guint i = 0; i < 20000 && debrief_language_panel_get_n_hints (fixture->window->language_panel) != n; i++)
    spin (1);
  g_assert_cmpuint (debrief_language_panel_get_n_hints (fixture->window->language_panel), ==, n);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  fixture->settings = g_settings_new ("io.github.debrief.Debrief");
  g_settings_set_boolean (fixture->settings, "language-hints", TRUE);
  fixture->window = debrief_window_new (application);
  fixture->document = debrief_document_new_for_review (review, NULL);
  fixture->review = debrief_document_get_review (fixture->document);
  fixture->history = debrief_document_get_history (fixture->document);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 800);
  debrief_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_document_set_modified (fixture->document, FALSE);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->document);
  g_settings_set_boolean (fixture->settings, "language-hints", TRUE);
  g_object_unref (fixture->settings);
  spin (20);
}

static GtkTextView *
find_text_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = GTK_IS_TEXT_VIEW (child) ? GTK_TEXT_VIEW (child) : find_text_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static DebriefTextHints *
hints_of (GtkTextView *view)
{
  return g_object_get_data (G_OBJECT (view), "debrief-text-hints");
}

/* Character offset of @needle in @view's text. */
static int
offset_of (GtkTextView *view,
           const char  *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end, match;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_assert_true (gtk_text_iter_forward_search (&start, needle, 0, &match, NULL, NULL));
  return gtk_text_iter_get_offset (&match);
}

static gboolean
has_hint_tag (GtkTextView *view,
              int          offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "debrief-language-hint");
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
show_event (Fixture    *fixture,
            const char *id)
{
  DebriefEventRef ref = debrief_event_store_lookup (debrief_review_get_events (fixture->review), id);

  debrief_timeline_view_select (fixture->window->timeline_view, ref, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-inspector", NULL);
  spin (50);
}

/* The event's text is underlined where a hint is, with the explanation and
 * question on hover; typing updates it; the setting turns it off. */
static void
test_underline (Fixture       *fixture,
                gconstpointer  data)
{
  GtkTextView *view = find_text_view (GTK_WIDGET (fixture->window->event_inspector));
  g_autofree char *tooltip = NULL;
  int should;

  show_event (fixture, "e161");
  should = offset_of (view, "should have");
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 1);
  g_assert_true (has_hint_tag (view, should));
  g_assert_true (has_hint_tag (view, should + 10));
  g_assert_false (has_hint_tag (view, should + 11));
  g_assert_false (has_hint_tag (view, should - 1));
  g_assert_cmpstr (debrief_text_hints_get_rule_at (hints_of (view), should)->id, ==, "counterfactual");
  tooltip = debrief_text_hints_dup_tooltip_at (hints_of (view), should + 3);
  g_assert_nonnull (strstr (tooltip, "What did people see and know"));
  g_assert_null (debrief_text_hints_dup_tooltip_at (hints_of (view), 0));

  /* Typing a judgement underlines it at once. */
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), " Sloppy of me.", -1);
  spin (5);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 2);
  g_assert_true (has_hint_tag (view, offset_of (view, "Sloppy")));

  g_settings_set_boolean (fixture->settings, "language-hints", FALSE);
  spin (5);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 0);
  g_assert_false (has_hint_tag (view, should));

  /* A clean event has nothing. */
  g_settings_set_boolean (fixture->settings, "language-hints", TRUE);
  show_event (fixture, "e162");
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 0);
}

/* A perspective entry's text gets the same underline, and typing in it
 * edits the entry through the history. */
static void
test_entry (Fixture       *fixture,
            gconstpointer  data)
{
  DebriefEntryInspector *inspector = DEBRIEF_ENTRY_INSPECTOR (fixture->window->entry_inspector);
  GtkTextView *view = find_text_view (GTK_WIDGET (inspector));
  g_autoptr(DebriefPerspective) perspective = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_perspectives (fixture->review)), 0);
  g_autoptr(DebriefPerspectiveEntry) entry = g_list_model_get_item (debrief_perspective_get_entries (perspective), 0);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autofree char *before = g_strdup (debrief_perspective_entry_get_text (entry));

  g_assert_nonnull (view);
  g_ptr_array_add (entries, entry);
  debrief_entry_inspector_set_entries (inspector, entries);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 0);

  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), " Human error, really.", -1);
  spin (5);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 1);
  g_assert_true (has_hint_tag (view, offset_of (view, "Human error")));
  g_assert_nonnull (strstr (debrief_perspective_entry_get_text (entry), "Human error, really."));
  debrief_history_undo (fixture->history);
  g_assert_cmpstr (debrief_perspective_entry_get_text (entry), ==, before);
}

/* The summary field is checked too (the review's page of the inspector). */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  GtkTextView *view = find_text_view (GTK_WIDGET (fixture->window->review_inspector));

  g_assert_nonnull (view);
  debrief_review_set_summary (fixture->review, "In hindsight it was obviously the retry wrapper.");
  spin (5);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 1);
  g_assert_true (has_hint_tag (view, offset_of (view, "obviously")));
}

/* Ctrl+Shift+L's action shows the panel with every hint; a row jumps to its
 * event; Dismiss hides the hint everywhere as one undoable step. */
static void
test_panel (Fixture       *fixture,
            gconstpointer  data)
{
  DebriefLanguagePanel *panel = fixture->window->language_panel;
  GtkListBox *list = debrief_language_panel_get_list (panel);
  DebriefTimelineViewport *viewport = debrief_timeline_view_get_viewport (fixture->window->timeline_view);
  GtkTextView *view = find_text_view (GTK_WIDGET (fixture->window->event_inspector));
  DebriefEventRef e161 = debrief_event_store_lookup (debrief_review_get_events (fixture->review), "e161");
  GtkListBoxRow *row;
  GtkWidget *button;

  g_assert_false (adw_flap_get_reveal_flap (fixture->window->language_flap));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-language", NULL);
  spin_until_hints (fixture, 3);
  g_assert_true (adw_flap_get_reveal_flap (fixture->window->language_flap));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_cmpstr (debrief_language_panel_get_hint (panel, 0)->label, ==, "events[160] (e161) text");

  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  spin (50);
  g_assert_cmpuint (debrief_timeline_viewport_get_selected_event (viewport), ==, e161);
  g_assert_true (adw_flap_get_reveal_flap (fixture->window->inspector_flap));
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 1);

  /* Dismiss: the suffix button of the first row. */
  button = find_button (GTK_WIDGET (row));
  g_assert_nonnull (button);
  g_assert_false (debrief_document_get_modified (fixture->document));
  g_signal_emit_by_name (button, "clicked");
  spin_until_hints (fixture, 2);
  g_assert_true (debrief_document_get_modified (fixture->document));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_dismissed_hints (fixture->review))), ==, 1);
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 0);
  {
    g_autofree char *saved = debrief_review_to_string (fixture->review);

    g_assert_nonnull (strstr (saved, "{\"where\": \"event:e161\", \"rule\": \"counterfactual\", \"phrase\": \"should have\"}"));
  }

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "undo", NULL);
  spin_until_hints (fixture, 3);
  g_assert_false (debrief_document_get_modified (fixture->document));
  g_assert_cmpuint (debrief_text_hints_get_n_hints (hints_of (view)), ==, 1);

  /* Off: the panel says so and lists nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "language-hints", NULL);
  spin_until_hints (fixture, 0);
  g_assert_false (g_settings_get_boolean (fixture->settings, "language-hints"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  application = debrief_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

#define ADD(path, func) g_test_add ("/language-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("entry", test_entry);
  ADD ("underline", test_underline);
  ADD ("summary", test_summary);
  ADD ("panel", test_panel);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
