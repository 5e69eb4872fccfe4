/* test-print.c — printing through GtkPrintOperation (exported to PDF
 * without a dialog, as GTK's "Print to File" does) and the Export dialog's
 * writers, read back with pdfinfo / pdftotext and by decoding the PNG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "debrief-export-dialog.h"
#include "debrief-print.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"

static char *tmp_dir;

static DebriefReview *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DebriefReview *review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);

  g_assert_nonnull (review);
  return review;
}

static void
fill_source (DebriefPrintSource *source,
             DebriefReview      *review)
{
  *source = (DebriefPrintSource) { review };
  source->visible_from = debrief_time_from_civil (2026, 3, 14, 8, 10, 0, 0);
  source->visible_to = debrief_time_from_civil (2026, 3, 14, 8, 20, 0, 0);
  source->selection_from = source->selection_to = DEBRIEF_TIME_NONE;
}

static char *
run (const char * const *argv)
{
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    g_test_skip ("poppler-utils are not installed");
  return pdftotext != NULL;
}

/* The tab's choices live in the print settings: three pages across of the
 * visible range, shared notes. The operation writes them as a PDF. */
static void
test_print_to_pdf (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *path = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL;
  g_autofree char *settings_file = g_build_filename (g_get_user_config_dir (), "debrief", "print-settings.ini", NULL);
  DebriefPrintChoice choice;
  DebriefPrintSource source;
  g_autoptr(GError) error = NULL;

  if (!have_poppler ())
    return;
  debrief_print_choice_load (&choice, debrief_print_get_settings ());
  g_assert_cmpint (choice.pages_across, ==, 1);
  g_assert_true (choice.legend);
  g_assert_cmpint (gtk_page_setup_get_orientation (debrief_print_get_page_setup ()), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_free (choice.range);
  choice.range = g_strdup ("visible");
  choice.pages_across = 3;
  choice.notes = TRUE;
  debrief_print_choice_save (&choice, debrief_print_get_settings ());
  debrief_print_choice_clear (&choice);
  /* The tab's choices are the next defaults, the ones Preferences shows. */
  {
    g_autoptr(GSettings) preferences = g_settings_new ("io.github.debrief.Debrief");

    g_assert_cmpint (g_settings_get_int (preferences, "print-pages-across"), ==, 3);
    g_assert_true (g_settings_get_boolean (preferences, "print-notes"));
  }

  fill_source (&source, review);
  g_assert_cmpint (debrief_print_run (NULL, &source, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_true (g_regex_match_simple ("^Pages: +4$", info, G_REGEX_MULTILINE, 0));   /* three across, a page of notes */
  text = run ((const char *[]) { "pdftotext", "-layout", path, "-", NULL });
  g_assert_nonnull (strstr (text, "Checkout latency and failed payments"));
  g_assert_nonnull (strstr (text, "09:10:00 CET"));
  g_assert_nonnull (strstr (text, "Page 4 of 4"));
  g_assert_nonnull (strstr (text, "The 0.8 % loss on that hop"));
  g_assert_null (strstr (text, "Ask Daniel how canary"));
  /* What was chosen outlives the session. */
  g_assert_true (g_file_test (settings_file, G_FILE_TEST_EXISTS));
}

static int
png_width (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  int width = cairo_image_surface_get_width (surface);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return width;
}

static void
test_export_dialog (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  GtkWidget *window = gtk_window_new ();
  AdwToastOverlay *toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  DebriefPrintSource source;
  DebriefExportDialog *dialog;
  const char *names[] = { "x.pdf", "x.svg", "x.png", "x.md", "x.csv" };
  g_autofree char *markdown = NULL, *csv = NULL;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (toasts));
  fill_source (&source, review);
  dialog = debrief_export_dialog_new (GTK_WINDOW (window), toasts, &source);
  for (guint format = DEBRIEF_EXPORT_PDF; format <= DEBRIEF_EXPORT_CSV; format++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, names[format], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      g_assert_true (debrief_export_dialog_write (dialog, format, file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  {
    g_autofree char *png = g_build_filename (tmp_dir, "x.png", NULL);
    g_autofree char *md = g_build_filename (tmp_dir, "x.md", NULL);
    g_autofree char *events = g_build_filename (tmp_dir, "x.csv", NULL);

    g_assert_cmpint (png_width (png), ==, 3000);
    g_assert_true (g_file_get_contents (md, &markdown, NULL, NULL));
    g_assert_true (g_file_get_contents (events, &csv, NULL, NULL));
  }
  g_assert_true (g_str_has_prefix (markdown, "# Checkout latency"));
  g_assert_null (strstr (markdown, "Ask Daniel how canary"));
  g_assert_true (g_str_has_prefix (csv, "id,start,end,lane"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
print_pages (DebriefPrintSource *source,
             const char         *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *info = NULL;
  const char *pages;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (debrief_print_run (NULL, source, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

/* The tab's "Attached images" box: its choice is the GSettings key, and a
 * printout of the example (one screenshot) gets a page more, the image's. */
static void
test_print_appends_images (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                    "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GSettings) preferences = g_settings_new ("io.github.debrief.Debrief");
  g_autofree char *text = NULL, *path = g_build_filename (tmp_dir, "images.pdf", NULL);
  DebriefPrintChoice choice, shown = { 0 };
  DebriefPrintOptions *options;
  DebriefPrintSource source;
  guint without;

  if (!have_poppler ())
    return;
  fill_source (&source, review);
  source.review_file = file;
  debrief_print_choice_load (&choice, debrief_print_get_settings ());
  g_assert_false (choice.append_images);
  g_free (choice.range);
  choice.range = g_strdup ("incident");
  choice.notes = FALSE;
  debrief_print_choice_save (&choice, debrief_print_get_settings ());
  without = print_pages (&source, "without.pdf");

  /* Ticked in the tab: kept, and the next default. */
  choice.append_images = TRUE;
  options = g_object_ref_sink (debrief_print_options_new (review, FALSE, &choice));
  debrief_print_options_get_choice (options, &shown);
  g_assert_true (shown.append_images);
  debrief_print_choice_save (&shown, debrief_print_get_settings ());
  g_assert_true (g_settings_get_boolean (preferences, "print-append-images"));
  g_assert_cmpuint (print_pages (&source, "images.pdf"), ==, without + 1);
  text = run ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "Attached image 1 of 1"));
  g_assert_nonnull (strstr (text, "checkout-p99-dashboard.png"));
  g_assert_null (strstr (text, "Image missing"));
  g_settings_set_boolean (preferences, "print-append-images", FALSE);
  debrief_print_choice_clear (&choice);
  debrief_print_choice_clear (&shown);
  g_object_unref (options);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = g_dir_make_tmp ("debrief-print-XXXXXX", NULL);
  /* The settings kept between sessions go here, not to the person's own. */
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/print/to-pdf", test_print_to_pdf);
  g_test_add_func ("/print/export-dialog", test_export_dialog);
  g_test_add_func ("/print/appends-images", test_print_appends_images);
  status = g_test_run ();
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp_dir);

    g_assert_cmpint (system (command), ==, 0);
  }
  g_free (tmp_dir);
  return status;
}
