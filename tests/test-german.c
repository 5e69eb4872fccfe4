/* test-german.c — the app in German under Xvfb: translated labels in real
 * widgets, dates and numbers as a German reader expects them, and files that
 * stay locale-independent
 *
 * The catalogue is the one this build compiled (po/de/LC_MESSAGES in the build
 * tree), bound here before any widget exists, so the test needs no change to
 * the app and nothing installed. Messages need only LANGUAGE=de; day and month
 * names and digit grouping need the de_DE.UTF-8 locale, which
 * build-aux/install-deps generates. Without it those cases are skipped and say
 * why; the message cases still run (C.UTF-8 honours LANGUAGE).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "debrief-application.h"
#include "debrief-time.h"
#include "debrief-time-ticks.h"
#include "debrief-timeline-view-private.h"
#include "debrief-window-private.h"

static DebriefApplication *application;
static gboolean have_german_locale;

static void
spin_until (gboolean (*condition) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* Let pending layouts, redraws and idles run. */
  for (int i = 0; i < 100; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

static gboolean
has_document (gpointer data)
{
  return debrief_window_get_document (data) != NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !debrief_document_get_busy (data);
}

static gboolean
always (gpointer data)
{
  return TRUE;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
require_german_locale (void)
{
  if (!have_german_locale)
    g_test_skip ("no de_DE.UTF-8 locale: run build-aux/install-deps to generate it");
  return have_german_locale;
}

/* A mapped label showing @text (mnemonic underscores and markup stripped). */
static GtkWidget *
find_shown_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 GType       type,
                 const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, type, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_shows (GtkWidget  *widget,
              const char *text)
{
  if (find_shown_label (widget, text) == NULL)
    g_error ("no label shows “%s”", text);
}

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "checkout-latency.debrief", NULL);
}

static DebriefWindow *
open_in_new_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  debrief_window_open_file (window, file);
  spin_until (has_document, window);
  spin_until (is_mapped, window->timeline_view);
  return window;
}

/* A review of @n events that all say "timeout", one a second from
 * 2026-03-14T08:00:00Z, with fractional numbers the file format must keep
 * as JSON (a '.' decimal point, whatever the locale). */
static char *
write_large_review (const char *dir,
                    guint       n)
{
  g_autoptr(GString) json = g_string_new ("{\n  \"format\": \"debrief-review\",\n  \"version\": 1,\n"
                                          "  \"title\": \"Große Prüfung\",\n  \"timezone\": \"Europe/Berlin\",\n"
                                          "  \"x-ratio\": 0.25,\n"
                                          "  \"lanes\": [{\"id\": \"api\", \"kind\": \"component\", \"name\": \"API\"}],\n"
                                          "  \"events\": [\n");
  char *path = g_build_filename (dir, "large.debrief", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "    {\"id\": \"e%u\", \"lane\": \"api\", \"start\": \"2026-03-14T%02u:%02u:%02uZ\", "
                            "\"kind\": \"log\", \"text\": \"timeout %u\", \"x-latency-ms\": 12.5}%s\n",
                            i + 1, 8 + i / 3600, i / 60 % 60, i % 60, i, i + 1 < n ? "," : "");
  g_string_append (json, "  ]\n}\n");
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  return path;
}

/* The catalogue this build compiled is the one in use: if this fails, the
 * cases below would only show that the test is set up wrong. */
static void
test_catalogue_found (void)
{
  g_assert_cmpstr (_("Zoom In"), ==, "Vergrößern");
  g_assert_cmpstr (C_("shortcut window", "Save as"), ==, "Speichern unter");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%'u match", "%'u matches", 2), ==, "%'u Treffer");
}

/* A new window opens on the welcome page: its buttons and text in German. */
static void
test_welcome_page (void)
{
  DebriefWindow *window = debrief_window_new (application);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin_until (is_mapped, window->welcome_page);

  g_assert_true (gtk_stack_get_visible_child (window->main_stack) == GTK_WIDGET (window->welcome_page));
  assert_shows (GTK_WIDGET (window), "Neue Nachbesprechung");
  assert_shows (GTK_WIDGET (window), "Öffnen …");
  assert_shows (GTK_WIDGET (window), "Beispiel öffnen");
  g_assert_null (find_shown_label (GTK_WIDGET (window), "New Review"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The example open: the view switcher's titles, the header bar's tooltips,
 * and the main menu as it pops up. */
static void
test_window_and_main_menu (void)
{
  g_autofree char *path = example_path ();
  DebriefWindow *window = open_in_new_window (path);
  GtkWidget *menu_button;

  assert_shows (GTK_WIDGET (window), "Zeitachse");
  assert_shows (GTK_WIDGET (window), "Ereignisse");
  g_assert_null (find_shown_label (GTK_WIDGET (window), "Timeline"));

  menu_button = find_by_tooltip (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "Hauptmenü");
  g_assert_nonnull (menu_button);
  g_assert_nonnull (find_by_tooltip (GTK_WIDGET (window), GTK_TYPE_WIDGET, "Vergrößern"));

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  {
    GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));

    spin_until (is_mapped, popover);
    assert_shows (popover, "Rückgängig");
    assert_shows (popover, "Chat und Protokolle importieren …");
    assert_shows (popover, "Nur damals Bekanntes");
    assert_shows (popover, "Speichern unter …");
    assert_shows (popover, "Tastenkürzel");
    assert_shows (popover, "Info zu Debrief");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The date above the ruler: German day and month names in German order,
 * from the same tick code that draws the ruler. */
static void
test_ruler_date (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  DebriefTimeScale scale;
  DebriefTimeContext context = { .mode = DEBRIEF_TIME_DISPLAY_ZONE, .zone = berlin, .origin = start };
  g_autoptr(DebriefTickSet) ticks = NULL;
  const DebriefTickContext *first;

  if (!require_german_locale ())
    return;
  g_assert_nonnull (berlin);
  debrief_time_scale_init (&scale, start, start + 30 * DEBRIEF_USEC_PER_MIN, 1200);
  ticks = debrief_tick_set_new (&scale, &context, 8.0, 12.0);
  g_assert_cmpuint (ticks->contexts->len, >=, 1);
  first = &g_array_index (ticks->contexts, DebriefTickContext, 0);
  g_assert_cmpstr (first->label, ==, "Samstag, 14. März 2026");
}

/* Numbers as German writes them: a decimal comma in the range bar's
 * duration, a thousands point in the search's match count. Then the file
 * saved from this German window still has JSON's decimal point. */
static void
test_numbers_and_file_format (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-german-XXXXXX", NULL);
  g_autofree char *path = write_large_review (dir, 1200);
  g_autofree char *saved_path = g_build_filename (dir, "saved.debrief", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autofree char *text = NULL;
  DebriefWindow *window;
  DebriefTimelineViewport *viewport;
  DebriefDocument *document;
  gint64 start;

  if (!require_german_locale ())
    return;
  window = open_in_new_window (path);
  document = debrief_window_get_document (window);

  viewport = debrief_timeline_view_get_viewport (window->timeline_view);
  start = debrief_timeline_viewport_get_start (viewport);
  debrief_timeline_viewport_set_range (viewport, start, start + 4500 * DEBRIEF_USEC_PER_MSEC);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (window->timeline_view->range_zoom_button)), ==,
                   "Auf 4,5 s _zoomen");
  debrief_timeline_viewport_clear_range (viewport);

  gtk_search_bar_set_search_mode (window->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "timeout");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  spin_until (always, NULL);
  g_assert_cmpstr (gtk_label_get_text (window->search_count), ==, "1.200 Treffer");
  assert_shows (GTK_WIDGET (window), "1.200 Treffer");

  debrief_document_save_async (document, saved, NULL, NULL, NULL);
  spin_until (not_busy, document);
  g_assert_false (debrief_document_get_modified (document));
  g_assert_true (g_file_get_contents (saved_path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "0.25"));
  g_assert_nonnull (strstr (text, "12.5"));
  g_assert_null (strstr (text, "0,25"));
  g_assert_null (strstr (text, "12,5"));
  g_assert_nonnull (strstr (text, "\"2026-03-14T08:19:59Z\""));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (saved_path);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *catalogues = NULL;
  int status;

  /* GTK reads the locale from the environment when it starts. */
  have_german_locale = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;
  g_setenv ("LC_ALL", have_german_locale ? "de_DE.UTF-8" : "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  catalogues = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, catalogues);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  adw_init ();
  application = debrief_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));

  g_test_add_func ("/german/catalogue-found", test_catalogue_found);
  g_test_add_func ("/german/welcome-page", test_welcome_page);
  g_test_add_func ("/german/window-and-main-menu", test_window_and_main_menu);
  g_test_add_func ("/german/ruler-date", test_ruler_date);
  g_test_add_func ("/german/numbers-and-file-format", test_numbers_and_file_format);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
