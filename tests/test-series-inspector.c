/* test-series-inspector.c — a chart's inspector edits through the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "debrief-review-loader.h"
#include "debrief-series-inspector.h"

typedef struct {
  DebriefReview          *review;
  DebriefHistory         *history;
  DebriefSeries          *series;
  DebriefSeriesInspector *inspector;
  GtkWidget              *window;
  guint                   done;
} Fixture;

static void
on_done (DebriefSeriesInspector *inspector,
         Fixture                *fixture)
{
  fixture->done++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  fixture->history = debrief_history_new ();
  fixture->series = g_list_model_get_item (G_LIST_MODEL (debrief_review_get_series (fixture->review)), 1);
  g_assert_cmpstr (debrief_series_get_name (fixture->series), ==, "Checkout p99 latency");
  fixture->inspector = DEBRIEF_SERIES_INSPECTOR (debrief_series_inspector_new ());
  debrief_series_inspector_set_review (fixture->inspector, fixture->review, fixture->history);
  debrief_series_inspector_set_series (fixture->inspector, fixture->series);
  g_signal_connect (fixture->inspector, "done", G_CALLBACK (on_done), fixture);
  fixture->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->inspector));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->series);
  g_object_unref (fixture->history);
  g_object_unref (fixture->review);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
row (Fixture    *fixture,
     const char *title)
{
  GtkWidget *found = find_row (GTK_WIDGET (fixture->inspector), title);

  g_assert_nonnull (found);
  return found;
}

/* The fields show the series; a rename and a new unit are undoable steps. */
static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (fixture, "Name"))), ==, "Checkout p99 latency");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (fixture, "Unit"))), ==, "ms");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (fixture, "Threshold"))), ==, "1500");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row (fixture, "Under Lane")))),
                   ==, "Checkout API");

  gtk_editable_set_text (GTK_EDITABLE (row (fixture, "Unit")), "s");
  g_assert_cmpstr (debrief_series_get_unit (fixture->series), ==, "s");
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_series_get_unit (fixture->series), ==, "ms");
}

/* A threshold that is not a number is marked and not applied; an empty
 * one removes the line; each change is one step. */
static void
test_threshold (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *threshold = row (fixture, "Threshold");
  int position = 4;

  /* Typing after the number, as a person would: "1500x". */
  gtk_editable_insert_text (GTK_EDITABLE (threshold), "x", -1, &position);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (threshold)), ==, "1500x");
  g_assert_true (gtk_widget_has_css_class (threshold, "error"));
  g_assert_cmpfloat (debrief_series_get_threshold (fixture->series), ==, 1500);
  g_assert_false (debrief_history_can_undo (fixture->history));

  gtk_editable_set_text (GTK_EDITABLE (threshold), "");
  g_assert_false (gtk_widget_has_css_class (threshold, "error"));
  g_assert_false (debrief_series_get_has_threshold (fixture->series));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_true (debrief_series_get_has_threshold (fixture->series));
  g_assert_cmpfloat (debrief_series_get_threshold (fixture->series), ==, 1500);
  g_assert_false (debrief_history_can_undo (fixture->history));
}

/* Choosing "None" moves the chart to the Metrics group; Remove takes it out. */
static void
test_lane_and_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (fixture, "Under Lane")), 0);
  g_assert_null (debrief_series_get_lane (fixture->series));
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpstr (debrief_series_get_lane (fixture->series), ==, "api");

  debrief_history_seal (fixture->history);
  g_signal_emit_by_name (gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (fixture->inspector))),
                         "clicked");
  g_assert_cmpuint (fixture->done, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_series (fixture->review))), ==, 1);
  g_assert_true (debrief_history_undo (fixture->history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_series (fixture->review))), ==, 2);
}

#define ADD(path, func) \
  g_test_add ("/series-inspector/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("fields", test_fields);
  ADD ("threshold", test_threshold);
  ADD ("lane-and-remove", test_lane_and_remove);

  return g_test_run ();
}
