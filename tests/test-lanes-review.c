/* test-lanes-review.c — the review and lane inspectors and the zone
 * chooser, driven through their real child widgets under Xvfb
 *
 * Each inspector sits in a plain window at the inspector panel's width,
 * with the example review and a history of its own. With
 * DEBRIEF_SCREENSHOT_DIR set, the tests also write PNGs of what they show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-lane-inspector.h"
#include "debrief-review-inspector.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time.h"
#include "debrief-zone-chooser.h"

typedef struct {
  DebriefReview          *review;
  DebriefHistory         *history;
  GtkWidget              *review_window;
  GtkWidget              *lane_window;
  DebriefReviewInspector *review_inspector;
  DebriefLaneInspector   *lane_inspector;
  DebriefLane            *activated;   /* the last ::lane-activated */
  guint                   n_done;
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

/* ---- finding widgets ---------------------------------------------------------------------- */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find (GtkWidget    *root,
      Match         match,
      gconstpointer data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = match (child, data) ? child : find (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_entry_row (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_action_row (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_tooltip (GtkWidget *widget, gconstpointer tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_button_label (GtkWidget *widget, gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
must_find (gpointer      root,
           Match         match,
           gconstpointer data)
{
  GtkWidget *found = find (GTK_WIDGET (root), match, data);

  g_assert_nonnull (found);
  return found;
}

static GtkEditable *
entry_row (gpointer    root,
           const char *title)
{
  return GTK_EDITABLE (must_find (root, is_entry_row, title));
}

static GtkWidget *
button (gpointer    root,
        const char *tooltip_or_label)
{
  GtkWidget *found = find (GTK_WIDGET (root), is_button_tooltip, tooltip_or_label);

  return found != NULL ? found : must_find (root, is_button_label, tooltip_or_label);
}

/* Replacing the text reports the field emptied, then filled: the
 * inspectors must act on what is typed, not on that moment between. */
static void
type_text (GtkEditable *row,
           const char  *text)
{
  gtk_editable_set_text (row, text);
  spin (2);
}

static void
click (GtkWidget *widget)
{
  g_assert_true (gtk_widget_is_sensitive (widget));
  g_signal_emit_by_name (widget, "clicked");
  spin (5);
}

/* A toplevel of @type, such as the zone chooser or a message dialog. */
static GtkWidget *
toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* ---- screenshots -------------------------------------------------------------------------- */

static void
save_png (GtkWidget  *window,
          const char *name)
{
  const char *dir = g_getenv ("DEBRIEF_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (window);
  /* Let the rows' animations (an entry row's title moving up as it fills)
   * finish; a window just presented has nothing to draw until laid out. */
  for (gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < until;)
    spin (1);
  for (guint tries = 0; node == NULL && tries < 100; tries++)
    {
      spin (10);
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* ---- the fixture ------------------------------------------------------------------------------ */

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
}

/* As the window's inspector panel holds it: 340 px wide, 12 px margins. */
static GtkWidget *
panel_window (GtkWidget *inspector,
              int        height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_widget_set_margin_start (inspector, 12);
  gtk_widget_set_margin_end (inspector, 12);
  gtk_widget_set_margin_top (inspector, 12);
  gtk_widget_set_margin_bottom (inspector, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), inspector);
  gtk_widget_add_css_class (scroller, "background");
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 340, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
on_lane_activated (DebriefReviewInspector *inspector,
                   DebriefLane            *lane,
                   Fixture                *fixture)
{
  fixture->activated = lane;
}

static void
on_done (DebriefLaneInspector *inspector,
         Fixture              *fixture)
{
  fixture->n_done++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->review = load_example ();
  g_assert_nonnull (fixture->review);
  fixture->history = debrief_history_new ();
  fixture->review_inspector = DEBRIEF_REVIEW_INSPECTOR (debrief_review_inspector_new ());
  fixture->lane_inspector = DEBRIEF_LANE_INSPECTOR (debrief_lane_inspector_new ());
  debrief_review_inspector_set_review (fixture->review_inspector, fixture->review, fixture->history);
  debrief_lane_inspector_set_review (fixture->lane_inspector, fixture->review, fixture->history);
  g_signal_connect (fixture->review_inspector, "lane-activated", G_CALLBACK (on_lane_activated), fixture);
  g_signal_connect (fixture->lane_inspector, "done", G_CALLBACK (on_done), fixture);
  fixture->review_window = panel_window (GTK_WIDGET (fixture->review_inspector), 1500);
  fixture->lane_window = panel_window (GTK_WIDGET (fixture->lane_inspector), 1100);
  spin (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->review_window));
  gtk_window_destroy (GTK_WINDOW (fixture->lane_window));
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->review);
  spin (20);
}

static DebriefLane *
lane (Fixture    *fixture,
      const char *id)
{
  DebriefLane *found = debrief_review_lookup_lane (fixture->review, id);

  g_assert_nonnull (found);
  return found;
}

static void
show_lane (Fixture    *fixture,
           const char *id)
{
  debrief_lane_inspector_set_lane (fixture->lane_inspector, lane (fixture, id));
  spin (10);
}

static guint
n_events_of (Fixture    *fixture,
             const char *id)
{
  return debrief_event_store_lane_get_n_events (debrief_review_get_events (fixture->review),
                                                debrief_lane_get_key (lane (fixture, id)));
}

#define ADD(path, func) g_test_add ("/lanes-review/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* ---- the lane inspector ------------------------------------------------------------------------ */

/* Typing a new name renames the lane live, the list follows, and one undo
 * restores the old name; an emptied name is marked and never applied. */
static void
test_rename_lane (Fixture       *fixture,
                  gconstpointer  data)
{
  DebriefLane *priya = lane (fixture, "priya");
  GtkEditable *name;

  show_lane (fixture, "priya");
  save_png (fixture->lane_window, "lane-inspector.png");
  name = entry_row (fixture->lane_inspector, "Name");
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Priya Raman");
  type_text (name, "");
  spin (2);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_cmpstr (debrief_lane_get_name (priya), ==, "Priya Raman");
  type_text (name, "P");
  type_text (name, "Pri");
  type_text (name, "Priya R.");
  spin (5);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_cmpstr (debrief_lane_get_name (priya), ==, "Priya R.");
  g_assert_nonnull (find (GTK_WIDGET (fixture->review_inspector), is_action_row, "Priya R."));
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Rename Lane");

  g_assert_true (debrief_history_undo (fixture->history));
  spin (5);
  g_assert_false (debrief_history_can_undo (fixture->history));
  g_assert_cmpstr (debrief_lane_get_name (priya), ==, "Priya Raman");
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Priya Raman");
  g_assert_nonnull (find (GTK_WIDGET (fixture->review_inspector), is_action_row, "Priya Raman"));
}

/* Move Up and Move Down change the order, are disabled at the ends, and
 * undo step by step. */
static void
test_move_lane (Fixture       *fixture,
                gconstpointer  data)
{
  DebriefLane *priya = lane (fixture, "priya");
  GListModel *lanes = debrief_review_get_lanes (fixture->review);
  guint n = g_list_model_get_n_items (lanes);

  show_lane (fixture, "priya");
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, priya), ==, 1);
  click (button (fixture->lane_inspector, "Move Up"));
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, priya), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (button (fixture->lane_inspector, "Move Up")));
  g_assert_cmpuint (fixture->n_done, ==, 0);   /* out and back in: not gone */
  g_assert_true (debrief_lane_inspector_get_lane (fixture->lane_inspector) == priya);
  click (button (fixture->lane_inspector, "Move Down"));
  click (button (fixture->lane_inspector, "Move Down"));
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, priya), ==, 2);

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, priya), ==, 1);
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, priya), ==, 1);
  g_assert_false (debrief_history_can_undo (fixture->history));

  /* The last lane cannot go further down. */
  debrief_lane_inspector_set_lane (fixture->lane_inspector, g_list_model_get_item (lanes, n - 1));
  g_object_unref (debrief_lane_inspector_get_lane (fixture->lane_inspector));
  spin (5);
  g_assert_false (gtk_widget_get_sensitive (button (fixture->lane_inspector, "Move Down")));
  g_assert_true (gtk_widget_get_sensitive (button (fixture->lane_inspector, "Move Up")));
}

/* Merging moves the events over and removes the lane, in one step, and
 * says done; undo brings the review back byte for byte. */
static void
test_merge_lanes (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = debrief_review_to_string (fixture->review);
  g_autofree char *after_undo = NULL;
  guint priya_events = n_events_of (fixture, "priya"), maya_events = n_events_of (fixture, "maya");
  AdwComboRow *into;
  GListModel *names;
  guint maya = GTK_INVALID_LIST_POSITION;

  show_lane (fixture, "priya");
  into = ADW_COMBO_ROW (must_find (fixture->lane_inspector, is_action_row, "Merge Into"));
  names = adw_combo_row_get_model (into);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Maya Okafor"))
      maya = i;
  g_assert_cmpuint (maya, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==,
                    g_list_model_get_n_items (debrief_review_get_lanes (fixture->review)) - 1);
  adw_combo_row_set_selected (into, maya);
  click (button (fixture->lane_inspector, "_Merge"));

  g_assert_null (debrief_review_lookup_lane (fixture->review, "priya"));
  g_assert_cmpuint (n_events_of (fixture, "maya"), ==, maya_events + priya_events);
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_null (debrief_lane_inspector_get_lane (fixture->lane_inspector));
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Merge Lanes");
  spin (10);
  g_assert_cmpuint (fixture->n_done, ==, 1);

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_false (debrief_history_can_undo (fixture->history));
  after_undo = debrief_review_to_string (fixture->review);
  g_assert_cmpstr (after_undo, ==, before);
}

static AdwMessageDialog *
remove_dialog (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  return dialog;
}

/* Removing a lane with events asks first: Cancel keeps it, Remove takes it
 * and its events, and undo restores both. */
static void
test_remove_lane_asks (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *before = debrief_review_to_string (fixture->review);
  g_autofree char *after_undo = NULL;
  g_autofree char *expected = NULL;
  guint n_events = debrief_event_store_get_n_events (debrief_review_get_events (fixture->review));
  guint priya_events = n_events_of (fixture, "priya");
  AdwMessageDialog *dialog;

  show_lane (fixture, "priya");
  click (button (fixture->lane_inspector, "_Remove Lane"));
  dialog = remove_dialog ();
  expected = g_strdup_printf ("Remove “Priya Raman” and its %u events?", priya_events);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, expected);
  save_png (GTK_WIDGET (dialog), "remove-lane-dialog.png");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (5);
  g_assert_nonnull (debrief_review_lookup_lane (fixture->review, "priya"));
  g_assert_false (debrief_history_can_undo (fixture->history));
  g_assert_cmpuint (fixture->n_done, ==, 0);

  click (button (fixture->lane_inspector, "_Remove Lane"));
  dialog = remove_dialog ();
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (5);
  g_assert_null (debrief_review_lookup_lane (fixture->review, "priya"));
  g_assert_cmpuint (debrief_event_store_get_n_events (debrief_review_get_events (fixture->review)), ==,
                    n_events - priya_events);
  g_assert_cmpuint (fixture->n_done, ==, 1);

  g_assert_true (debrief_history_undo (fixture->history));
  after_undo = debrief_review_to_string (fixture->review);
  g_assert_cmpstr (after_undo, ==, before);
}

/* A lane without events goes at once; undoing its addition says done too. */
static void
test_add_and_remove_empty_lane (Fixture       *fixture,
                                gconstpointer  data)
{
  GListModel *lanes = debrief_review_get_lanes (fixture->review);
  guint n = g_list_model_get_n_items (lanes);
  DebriefLane *added;

  click (button (fixture->review_inspector, "Add _Component"));
  added = fixture->activated;
  g_assert_nonnull (added);
  g_assert_cmpstr (debrief_lane_get_name (added), ==, "New component");
  g_assert_cmpint (debrief_lane_get_kind (added), ==, DEBRIEF_LANE_KIND_COMPONENT);
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, added), ==, n);

  debrief_lane_inspector_set_lane (fixture->lane_inspector, added);
  debrief_lane_inspector_focus_name (fixture->lane_inspector);
  spin (5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry_row (fixture->lane_inspector, "Group"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (entry_row (fixture->lane_inspector, "Role"))));
  click (button (fixture->lane_inspector, "_Remove Lane"));
  g_assert_null (toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n);
  g_assert_cmpuint (fixture->n_done, ==, 1);

  /* Back to the added lane, then undo its addition from elsewhere. */
  g_assert_true (debrief_history_undo (fixture->history));
  debrief_lane_inspector_set_lane (fixture->lane_inspector, added);
  g_assert_true (debrief_history_undo (fixture->history));
  /* Said once the main loop is idle: a lane being moved is gone for a moment. */
  for (guint i = 0; i < 1000 && fixture->n_done < 2; i++)
    spin (1);
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n);
  g_assert_cmpuint (fixture->n_done, ==, 2);
  g_assert_null (debrief_lane_inspector_get_lane (fixture->lane_inspector));
}

/* A swatch sets the palette colour as the file writes it, Automatic clears
 * it; each click is one step. */
static void
test_lane_colour (Fixture       *fixture,
                  gconstpointer  data)
{
  DebriefLane *maya = lane (fixture, "maya");
  GtkWidget *orange;

  show_lane (fixture, "maya");
  g_assert_null (debrief_lane_get_color (maya));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (fixture->lane_inspector, "_Automatic"))));
  orange = button (fixture->lane_inspector, "Orange");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (orange), TRUE);
  spin (2);
  g_assert_cmpstr (debrief_lane_get_color (maya), ==, "#E69F00");
  save_png (fixture->lane_window, "lane-inspector-colour.png");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (fixture->lane_inspector, "Sky Blue")), TRUE);
  g_assert_cmpstr (debrief_lane_get_color (maya), ==, "#56B4E9");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button (fixture->lane_inspector, "_Automatic")), TRUE);
  g_assert_null (debrief_lane_get_color (maya));

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_lane_get_color (maya), ==, "#56B4E9");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_lane_get_color (maya), ==, "#E69F00");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (orange)));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_null (debrief_lane_get_color (maya));
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* Kind, Collapsed and Hidden: one step per click, rows following the kind. */
static void
test_lane_kind_and_switches (Fixture       *fixture,
                             gconstpointer  data)
{
  DebriefLane *priya = lane (fixture, "priya");
  GtkWidget *hidden_row, *hidden;

  show_lane (fixture, "priya");
  adw_combo_row_set_selected (ADW_COMBO_ROW (must_find (fixture->lane_inspector, is_action_row, "Kind")), 1);
  spin (2);
  g_assert_cmpint (debrief_lane_get_kind (priya), ==, DEBRIEF_LANE_KIND_COMPONENT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry_row (fixture->lane_inspector, "Group"))));
  g_assert_false (gtk_widget_get_visible (must_find (fixture->lane_inspector, is_action_row, "Time Zone")));

  hidden_row = must_find (fixture->lane_inspector, is_action_row, "Hidden");
  hidden = must_find (hidden_row, is_type, GSIZE_TO_POINTER (GTK_TYPE_SWITCH));
  gtk_switch_set_active (GTK_SWITCH (hidden), TRUE);
  g_assert_true (debrief_lane_get_hidden (priya));
  gtk_switch_set_active (GTK_SWITCH (hidden), FALSE);
  g_assert_false (debrief_lane_get_hidden (priya));

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_true (debrief_lane_get_hidden (priya));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_false (debrief_lane_get_hidden (priya));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpint (debrief_lane_get_kind (priya), ==, DEBRIEF_LANE_KIND_PARTICIPANT);
  spin (2);
  g_assert_true (gtk_widget_get_visible (must_find (fixture->lane_inspector, is_action_row, "Time Zone")));
}

/* The back button says done. */
static void
test_back_button (Fixture       *fixture,
                  gconstpointer  data)
{
  show_lane (fixture, "sam");
  click (button (fixture->lane_inspector, "All Lanes"));
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* ---- the review inspector ----------------------------------------------------------------------- */

/* Typing a title is one step; the summary too. */
static void
test_review_title (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *original = g_strdup (debrief_review_get_title (fixture->review));
  GtkEditable *title = entry_row (fixture->review_inspector, "Title");

  /* As in the window, where the timeline has the focus: this one gave it
   * to the title on showing, which selected the text and scrolled to its end. */
  gtk_window_set_focus (GTK_WINDOW (fixture->review_window), NULL);
  gtk_editable_select_region (title, 0, 0);
  save_png (fixture->review_window, "review-inspector.png");
  g_assert_cmpstr (gtk_editable_get_text (title), ==, original);
  type_text (title, "C");
  type_text (title, "Checkout");
  type_text (title, "Checkout outage");
  g_assert_cmpstr (debrief_review_get_title (fixture->review), ==, "Checkout outage");
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Edit Title");
  type_text (title, "");
  g_assert_null (debrief_review_get_title (fixture->review));   /* left out of the file */
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_false (debrief_history_can_undo (fixture->history));
  g_assert_cmpstr (debrief_review_get_title (fixture->review), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (title), ==, original);
}

/* The eye button in a lane's row hides and shows it, one step each. */
static void
test_hide_from_list (Fixture       *fixture,
                     gconstpointer  data)
{
  DebriefLane *priya = lane (fixture, "priya");
  GtkWidget *row = must_find (fixture->review_inspector, is_action_row, "Priya Raman");
  GtkWidget *eye = button (row, "Hide Lane");

  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (eye)), ==, "view-reveal-symbolic");
  click (eye);
  g_assert_true (debrief_lane_get_hidden (priya));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (eye), ==, "Show Lane");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (eye)), ==, "view-conceal-symbolic");
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Hide Lane");
  click (eye);
  g_assert_false (debrief_lane_get_hidden (priya));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_true (debrief_lane_get_hidden (priya));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_false (debrief_lane_get_hidden (priya));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (eye), ==, "Hide Lane");

  /* Activating the row asks for the lane's inspector. */
  g_signal_emit_by_name (row, "activate");
  spin (2);
  g_assert_true (fixture->activated == priya);
}

/* Adding a participant appends it and asks for its inspector. */
static void
test_add_participant (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *lanes = debrief_review_get_lanes (fixture->review);
  guint n = g_list_model_get_n_items (lanes);

  click (button (fixture->review_inspector, "Add _Participant"));
  g_assert_nonnull (fixture->activated);
  g_assert_cmpstr (debrief_lane_get_name (fixture->activated), ==, "New participant");
  g_assert_cmpuint (debrief_review_get_lane_position (fixture->review, fixture->activated), ==, n);
  g_assert_nonnull (find (GTK_WIDGET (fixture->review_inspector), is_action_row, "New participant"));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, n);
  g_assert_null (find (GTK_WIDGET (fixture->review_inspector), is_action_row, "New participant"));
}

static GtkWidget *
open_zone_chooser (Fixture *fixture)
{
  GtkWidget *chooser;

  g_signal_emit_by_name (must_find (fixture->review_inspector, is_action_row, "Time Zone"), "activated");
  spin (20);
  chooser = toplevel (DEBRIEF_TYPE_ZONE_CHOOSER);
  g_assert_nonnull (chooser);
  return chooser;
}

static GListModel *
matches_for (GtkWidget  *chooser,
             const char *search)
{
  GtkWidget *entry = must_find (chooser, is_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  GtkWidget *view = must_find (chooser, is_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW));

  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  spin (10);
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
}

static const char *
first_match (GListModel *matches)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (matches, 0);

  g_assert_nonnull (item);
  /* The model keeps it alive; the string outlives this reference. */
  return gtk_string_object_get_string (item);
}

/* The chooser filters as you type, in either spelling; Enter picks, as one
 * step; Escape cancels. */
static void
test_time_zone_chooser (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *chooser = open_zone_chooser (fixture);
  GListModel *matches;

  save_png (chooser, "zone-chooser.png");
  matches = matches_for (chooser, "berlin");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  g_assert_cmpstr (first_match (matches), ==, "Europe/Berlin");
  g_assert_cmpstr (first_match (matches_for (chooser, "new york")), ==, "America/New_York");
  g_assert_cmpstr (first_match (matches_for (chooser, "NEW_YORK")), ==, "America/New_York");
  matches = matches_for (chooser, "america/");
  g_assert_cmpuint (g_list_model_get_n_items (matches), >, 100);
  save_png (chooser, "zone-chooser-search.png");
  matches = matches_for (chooser, "kolkata");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  g_signal_emit_by_name (must_find (chooser, is_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)), "activate");
  spin (10);
  g_assert_null (toplevel (DEBRIEF_TYPE_ZONE_CHOOSER));
  g_assert_cmpstr (debrief_review_get_timezone (fixture->review), ==, "Asia/Kolkata");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (must_find (fixture->review_inspector, is_action_row,
                                                                           "Time Zone"))), ==, "Asia/Kolkata");
  g_assert_cmpstr (debrief_history_get_undo_label (fixture->history), ==, "Change Time Zone");

  /* Escape (the search entry's stop-search) changes nothing. */
  chooser = open_zone_chooser (fixture);
  matches_for (chooser, "berlin");
  g_signal_emit_by_name (must_find (chooser, is_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)), "stop-search");
  spin (10);
  g_assert_null (toplevel (DEBRIEF_TYPE_ZONE_CHOOSER));
  g_assert_cmpstr (debrief_review_get_timezone (fixture->review), ==, "Asia/Kolkata");

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_false (debrief_history_can_undo (fixture->history));
  g_assert_cmpstr (debrief_review_get_timezone (fixture->review), ==, "Europe/Berlin");
}

/* A participant's zone comes from the same chooser; the clear button
 * takes it away. */
static void
test_lane_time_zone (Fixture       *fixture,
                     gconstpointer  data)
{
  DebriefLane *priya = lane (fixture, "priya");
  GtkWidget *row, *chooser;

  show_lane (fixture, "priya");
  row = must_find (fixture->lane_inspector, is_action_row, "Time Zone");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Europe/London");
  g_signal_emit_by_name (row, "activated");
  spin (20);
  chooser = toplevel (DEBRIEF_TYPE_ZONE_CHOOSER);
  g_assert_nonnull (chooser);
  matches_for (chooser, "new york");
  g_signal_emit_by_name (must_find (chooser, is_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)), "activate");
  spin (10);
  g_assert_cmpstr (debrief_lane_get_tz (priya), ==, "America/New_York");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "America/New_York");

  click (button (row, "Clear Time Zone"));
  g_assert_null (debrief_lane_get_tz (priya));
  g_assert_false (gtk_widget_get_visible (button (row, "Clear Time Zone")));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_lane_get_tz (priya), ==, "America/New_York");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_lane_get_tz (priya), ==, "Europe/London");
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* Incident bounds: the start as it is, garbage marked and never applied,
 * a relative shift applied, an empty end clearing the bound. */
static void
test_incident_bounds (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 start = debrief_review_get_incident_start (fixture->review);
  gint64 end = debrief_review_get_incident_end (fixture->review);
  GtkEditable *start_row = entry_row (fixture->review_inspector, "Incident Start");
  GtkEditable *end_row = entry_row (fixture->review_inspector, "Incident End");

  g_assert_cmpstr (gtk_editable_get_text (start_row), ==, "2026-03-14 09:05:00");
  type_text (start_row, "+00:00:00");
  spin (2);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_cmpint (debrief_review_get_incident_start (fixture->review), ==, start);
  g_assert_false (debrief_history_can_undo (fixture->history));

  type_text (start_row, "garbage");
  spin (2);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (start_row)));
  g_assert_cmpint (debrief_review_get_incident_start (fixture->review), ==, start);
  g_assert_false (debrief_history_can_undo (fixture->history));
  save_png (fixture->review_window, "review-inspector-invalid.png");

  type_text (start_row, "+00:05:00");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_cmpint (debrief_review_get_incident_start (fixture->review), ==, start + 5 * DEBRIEF_USEC_PER_MIN);
  type_text (start_row, "+00:05:00.5");   /* still from the start as it was */
  g_assert_cmpint (debrief_review_get_incident_start (fixture->review), ==,
                   start + 5 * DEBRIEF_USEC_PER_MIN + 500 * DEBRIEF_USEC_PER_MSEC);

  type_text (end_row, "2026-03-14 08:00");   /* before the start */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  g_assert_cmpint (debrief_review_get_incident_end (fixture->review), ==, end);
  type_text (end_row, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  /* An emptied bound is cleared once no text follows in the same change. */
  for (guint i = 0; i < 1000 && debrief_review_get_incident_end (fixture->review) != DEBRIEF_TIME_NONE; i++)
    spin (1);
  g_assert_cmpint (debrief_review_get_incident_end (fixture->review), ==, DEBRIEF_TIME_NONE);

  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpint (debrief_review_get_incident_end (fixture->review), ==, end);
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpint (debrief_review_get_incident_start (fixture->review), ==, start);
  g_assert_false (debrief_history_can_undo (fixture->history));
  spin (2);
  g_assert_cmpstr (gtk_editable_get_text (start_row), ==, "2026-03-14 09:05:00");
}

/* Without a history the fields show but do not edit. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  debrief_review_inspector_set_review (fixture->review_inspector, fixture->review, NULL);
  debrief_lane_inspector_set_review (fixture->lane_inspector, fixture->review, NULL);
  show_lane (fixture, "priya");
  g_assert_false (gtk_editable_get_editable (entry_row (fixture->review_inspector, "Title")));
  spin (5);
  g_assert_false (gtk_widget_get_mapped (button (fixture->review_inspector, "Add _Participant")));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (entry_row (fixture->lane_inspector, "Name"))));
  g_assert_true (gtk_widget_is_sensitive (button (fixture->lane_inspector, "All Lanes")));
  g_assert_cmpstr (gtk_editable_get_text (entry_row (fixture->lane_inspector, "Name")), ==, "Priya Raman");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("lane/rename", test_rename_lane);
  ADD ("lane/move", test_move_lane);
  ADD ("lane/merge", test_merge_lanes);
  ADD ("lane/remove-asks", test_remove_lane_asks);
  ADD ("lane/add-and-remove-empty", test_add_and_remove_empty_lane);
  ADD ("lane/colour", test_lane_colour);
  ADD ("lane/kind-and-switches", test_lane_kind_and_switches);
  ADD ("lane/back", test_back_button);
  ADD ("lane/time-zone", test_lane_time_zone);
  ADD ("review/title", test_review_title);
  ADD ("review/hide-from-list", test_hide_from_list);
  ADD ("review/add-participant", test_add_participant);
  ADD ("review/time-zone-chooser", test_time_zone_chooser);
  ADD ("review/incident-bounds", test_incident_bounds);
  ADD ("read-only", test_read_only);
  return g_test_run ();
}
