/* test-timeline-pages.c — the printed pages: how many, what time each
 * shows, what text they hold (read back with pdftotext, as a person's PDF
 * viewer would), private notes never on paper, and page 1 as pdftoppm
 * shows it against a golden image.
 *
 * DEBRIEF_UPDATE_GOLDEN=1 rewrites the golden page after a deliberate change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "debrief-note.h"
#include "debrief-report.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-pages.h"

#define TOLERANCE 48
#define PRINT_DATE (G_GINT64_CONSTANT (1773878400) * G_USEC_PER_SEC)   /* 2026-03-19 00:00 UTC */

typedef struct {
  DebriefReview         *review;
  DebriefTimelineLayout *layout;
  DebriefTimelineStyle   style;
  DebriefPageSetup       setup;
  char                  *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  fixture->review = debrief_review_load_file (file, "example", NULL, NULL, NULL, NULL);
  g_assert_nonnull (fixture->review);
  /* The pages counted and pictured here are the lanes' as they were before
   * the example had charts (charts are test-series-render's). */
  g_list_store_remove_all (debrief_review_get_series (fixture->review));
  fixture->layout = debrief_timeline_layout_new (fixture->review);
  fixture->style = *debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PRINT);
  fixture->style.font_family = "DejaVu Sans";
  debrief_page_setup_init (&fixture->setup, fixture->layout);
  fixture->setup.style = &fixture->style;
  fixture->setup.printed_at = PRINT_DATE;
  fixture->dir = g_dir_make_tmp ("debrief-pages-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  debrief_timeline_layout_free (fixture->layout);
  g_object_unref (fixture->review);
}

/* The pages on A4 landscape less half-inch margins, as `debrief export`. */
static char *
write_pdf (Fixture    *fixture,
           const char *name)
{
  g_autoptr(DebriefTimelinePages) pages = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  char *path = g_build_filename (fixture->dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 842, 595);
  cairo_t *cr = cairo_create (surface);

  fixture->setup.width = 842 - 72;
  fixture->setup.height = 595 - 72;
  pages = debrief_timeline_pages_new (&fixture->setup);
  for (guint i = 0; i < debrief_timeline_pages_get_n_pages (pages); i++)
    {
      cairo_save (cr);
      cairo_translate (cr, 36, 36);
      debrief_timeline_pages_draw (pages, renderer, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");

  if (pdftotext != NULL && pdftoppm != NULL)
    return TRUE;
  g_test_skip ("poppler-utils (pdftotext, pdftoppm) are not installed");
  return FALSE;
}

static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *whole[] = { "pdftotext", "-layout", path, "-", NULL };
  const char *one[] = { "pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL };

  return run (page == 0 ? whole : one);
}

static guint
count_pages (Fixture *fixture)
{
  g_autoptr(DebriefTimelinePages) pages = debrief_timeline_pages_new (&fixture->setup);

  return debrief_timeline_pages_get_n_pages (pages);
}

/* Pages across the time axis tile it exactly, in order; short pages cut
 * the lanes into slices down, which multiplies the count. */
static void
test_page_counts (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DebriefTimelinePages) pages = NULL;
  gint64 previous_end, from, to;

  fixture->setup.pages_across = 0;
  g_assert_cmpuint (count_pages (fixture), ==, 1);
  fixture->setup.pages_across = 1;
  g_assert_cmpuint (count_pages (fixture), ==, 1);

  fixture->setup.pages_across = 4;
  pages = debrief_timeline_pages_new (&fixture->setup);
  g_assert_cmpuint (debrief_timeline_pages_get_n_pages (pages), ==, 4);
  previous_end = fixture->setup.from;
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (debrief_timeline_pages_get_window (pages, i, &from, &to));
      g_assert_cmpint (from, ==, previous_end);
      g_assert_cmpint (to, >, from);
      previous_end = to;
    }
  g_assert_cmpint (previous_end, ==, fixture->setup.to);

  /* Half a page high: the lanes no longer fit and go on in a second row
   * of pages; "fit to one page" shrinks them onto one instead. */
  fixture->setup.height = 260;
  fixture->setup.pages_across = 2;
  g_assert_cmpuint (count_pages (fixture) % 2, ==, 0);
  g_assert_cmpuint (count_pages (fixture), >=, 4);
  fixture->setup.pages_across = 0;
  g_assert_cmpuint (count_pages (fixture), ==, 1);

  /* Fewer lanes, fewer pages down. */
  fixture->setup.pages_across = 1;
  debrief_timeline_layout_set_shown_lanes (fixture->layout, (const char *[]) { "maya", "api", NULL });
  g_assert_cmpuint (count_pages (fixture), ==, 1);
}

static void
test_pdf_text (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL, *text = NULL, *page2 = NULL;

  if (!have_poppler ())
    return;
  fixture->setup.pages_across = 3;
  path = write_pdf (fixture, "three.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Checkout latency and failed payments, 14 March"));
  g_assert_nonnull (strstr (text, "Time zone: Europe/Berlin"));
  g_assert_nonnull (strstr (text, "Page 3 of 3"));
  g_assert_null (strstr (text, "Page 4 of"));
  g_assert_nonnull (strstr (text, "Printed 2026-03-19"));
  g_assert_nonnull (strstr (text, "Time 2 of 3"));
  /* Every page repeats the lane column and the legend. */
  page2 = pdf_text (path, 2);
  g_assert_nonnull (strstr (page2, "Priya Raman"));
  g_assert_nonnull (strstr (page2, "Orders read replica"));
  g_assert_nonnull (strstr (page2, "Hand-off"));
  g_assert_nonnull (strstr (page2, "Page 2 of 3"));
}

static void
test_pdf_range (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_poppler ())
    return;
  g_assert_true (debrief_report_resolve_range (fixture->review, "phase:Diagnosis", &fixture->setup.from,
                                               &fixture->setup.to, &error));
  fixture->setup.pages_across = 2;
  path = write_pdf (fixture, "diagnosis.pdf");
  text = pdf_text (path, 1);
  g_assert_nonnull (strstr (text, "09:12:10 CET"));
  g_assert_nonnull (strstr (text, "Page 1 of 2"));
}

/* Shared notes follow the chart; the private ones are nowhere. */
static void
test_pdf_private_notes (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (fixture->review));
  g_autofree char *path = NULL, *text = NULL;
  guint private_notes = 0;

  if (!have_poppler ())
    return;
  fixture->setup.notes = TRUE;
  path = write_pdf (fixture, "notes.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Notes"));
  g_assert_nonnull (strstr (text, "Page 2 of 2"));
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      g_autofree char *start = g_strndup (debrief_note_get_text (note), 30);

      if (debrief_note_get_private (note))
        private_notes++;
      if (debrief_note_get_private (note))
        g_assert_null (strstr (text, start));
      else
        g_assert_nonnull (strstr (text, start));
    }
  g_assert_cmpuint (private_notes, >, 0);
}

static void
test_pdf_pseudonymised (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DebriefPseudonyms) names = debrief_pseudonyms_new (fixture->review, DEBRIEF_PSEUDONYMS_ROLES);
  g_autofree char *path = NULL, *text = NULL;

  if (!have_poppler ())
    return;
  fixture->setup.names = names;
  fixture->setup.pages_across = 2;
  path = write_pdf (fixture, "pseudonymised.pdf");
  text = pdf_text (path, 0);
  g_assert_null (strstr (text, "Priya Raman"));
  g_assert_null (strstr (text, "Maya Okafor"));
  g_assert_nonnull (strstr (text, "Incident Commander"));
  g_assert_nonnull (strstr (text, "Orders read replica"));
}

static guint
compare (cairo_surface_t *actual,
         cairo_surface_t *golden)
{
  int width = cairo_image_surface_get_width (actual), height = cairo_image_surface_get_height (actual);
  int stride = cairo_image_surface_get_stride (actual), golden_stride = cairo_image_surface_get_stride (golden);
  const guint8 *a = cairo_image_surface_get_data (actual), *g = cairo_image_surface_get_data (golden);
  guint different = 0;

  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int c = 0; c < 3; c++)
        if (abs (a[y * stride + x * 4 + c] - g[y * golden_stride + x * 4 + c]) > TOLERANCE)
          {
            different++;
            break;
          }
  return different;
}

/* Page 2 of three across, as pdftoppm shows it at 60 dpi. */
static void
test_golden_page (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = NULL, *prefix = NULL, *png = NULL;
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "golden", "printed-page.png", NULL);
  cairo_surface_t *actual, *golden;
  guint different;

  if (!have_poppler ())
    return;
  fixture->setup.pages_across = 3;
  path = write_pdf (fixture, "golden.pdf");
  prefix = g_build_filename (fixture->dir, "page", NULL);
  g_free (run ((const char *[]) { "pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "2", "-l", "2", path, prefix, NULL }));
  png = g_strconcat (prefix, ".png", NULL);
  actual = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (actual), ==, CAIRO_STATUS_SUCCESS);
  if (g_getenv ("DEBRIEF_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (actual);
      return;
    }
  golden = cairo_image_surface_create_from_png (golden_path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  different = compare (actual, golden);
  g_test_message ("%u pixels differ", different);
  /* Text antialiasing may move a little between poppler builds. */
  g_assert_cmpuint (different, <, 500);
  cairo_surface_destroy (actual);
  cairo_surface_destroy (golden);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/pages/counts", Fixture, NULL, fixture_set_up, test_page_counts, fixture_tear_down);
  g_test_add ("/pages/pdf/text", Fixture, NULL, fixture_set_up, test_pdf_text, fixture_tear_down);
  g_test_add ("/pages/pdf/range", Fixture, NULL, fixture_set_up, test_pdf_range, fixture_tear_down);
  g_test_add ("/pages/pdf/private-notes", Fixture, NULL, fixture_set_up, test_pdf_private_notes, fixture_tear_down);
  g_test_add ("/pages/pdf/pseudonymised", Fixture, NULL, fixture_set_up, test_pdf_pseudonymised, fixture_tear_down);
  g_test_add ("/pages/pdf/golden", Fixture, NULL, fixture_set_up, test_golden_page, fixture_tear_down);
  return g_test_run ();
}
