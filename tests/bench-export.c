/* bench-export.c — printing and export of large reviews
 *
 * For synthetic reviews (tests/bench-synthetic.c: 60 lanes over 6 hours)
 * of 100k events (and 1M with --million): the paged PDF (fit to one page,
 * and four pages across), its size, how long pdftoppm -r 72 takes for each
 * page (a PDF viewer's work), a PNG 10,000 px wide, an SVG, and the peak
 * memory — each as seconds and as a ratio to a baseline measured in the
 * same run: building the review and laying it out once.
 *
 * Issue 7's budget for 100k events: PDF ≤ 2 s and ≤ 5 MB, each page ≤ 1 s
 * in pdftoppm, PNG 10,000 px ≤ 1.5 s; ≤ 150 MB peak even for 1M events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "bench-synthetic.h"
#include "debrief-time.h"
#include "debrief-timeline-pages.h"

static double
peak_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static double
write_pdf (DebriefTimelineLayout *layout,
           guint                  pages_across,
           const char            *path,
           gsize                 *out_bytes)
{
  DebriefPageSetup setup;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL);
  g_autoptr(GFileInfo) info = NULL;
  gint64 begin = g_get_monotonic_time ();

  debrief_page_setup_init (&setup, layout);
  setup.pages_across = pages_across;
  setup.printed_at = g_get_real_time ();
  g_assert (debrief_timeline_pages_write_pdf (&setup, 842, 595, 36, "bench", G_OUTPUT_STREAM (stream), NULL));
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  *out_bytes = g_file_info_get_size (info);
  return (g_get_monotonic_time () - begin) / 1e6;
}

static double
write_picture (DebriefTimelineLayout *layout,
               gboolean               svg,
               const char            *path,
               gsize                 *out_bytes,
               guint                 *out_drawn)
{
  DebriefPageSetup setup;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL);
  g_autoptr(GFileInfo) info = NULL;
  gint64 begin = g_get_monotonic_time ();

  debrief_page_setup_init (&setup, layout);
  g_assert (debrief_timeline_pages_write_picture (&setup, svg, svg ? 2000 : 10000, svg ? 72 : 96,
                                                  G_OUTPUT_STREAM (stream), out_drawn, NULL));
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  *out_bytes = g_file_info_get_size (info);
  return (g_get_monotonic_time () - begin) / 1e6;
}

/* The slowest page in pdftoppm at 72 dpi, each page on its own. */
static double
slowest_page (const char *path,
              guint       n_pages)
{
  double slowest = 0;

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      const char *argv[] = { "pdftoppm", "-r", "72", "-png", "-f", number, "-l", number, path, "/tmp/bench-export-page", NULL };
      gint64 begin = g_get_monotonic_time ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, NULL))
        return -1;
      slowest = MAX (slowest, (g_get_monotonic_time () - begin) / 1e6);
    }
  return slowest;
}

static void
bench (guint n_events)
{
  gint64 begin = g_get_monotonic_time ();
  g_autoptr(DebriefReview) review = bench_make_review (n_events, 60);
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  double baseline, seconds;
  gsize bytes;
  guint drawn;

  debrief_timeline_layout_update (layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PRINT));
  baseline = (g_get_monotonic_time () - begin) / 1e6;
  printf ("%u events, 60 lanes — baseline (build + lay out): %.3f s, peak %.0f MB\n", n_events, baseline, peak_mb ());

  for (guint across = 0; across <= 4; across += 4)
    {
      g_autoptr(DebriefTimelinePages) pages = NULL;
      DebriefPageSetup setup;

      debrief_page_setup_init (&setup, layout);
      setup.pages_across = across;
      pages = debrief_timeline_pages_new (&setup);
      seconds = write_pdf (layout, across, "/tmp/bench-export.pdf", &bytes);
      printf ("  PDF, %s (%u pages): %.3f s (%.2f× baseline), %.2f MB, slowest page in pdftoppm -r 72: %.3f s\n",
              across ? "4 pages across" : "fit to one page", debrief_timeline_pages_get_n_pages (pages), seconds,
              seconds / baseline, bytes / 1e6, slowest_page ("/tmp/bench-export.pdf", debrief_timeline_pages_get_n_pages (pages)));
    }
  seconds = write_picture (layout, FALSE, "/tmp/bench-export.png", &bytes, &drawn);
  printf ("  PNG 10,000 px wide: %.3f s (%.2f× baseline), %.2f MB, %u drawn items\n", seconds, seconds / baseline,
          bytes / 1e6, drawn);
  seconds = write_picture (layout, TRUE, "/tmp/bench-export.svg", &bytes, &drawn);
  printf ("  SVG 2000 pt wide: %.3f s (%.2f× baseline), %.2f MB, %u drawn items%s\n", seconds, seconds / baseline,
          bytes / 1e6, drawn, drawn > 10000 ? " (the export warns)" : "");
  printf ("  peak memory so far: %.0f MB\n", peak_mb ());
  g_unlink ("/tmp/bench-export.pdf");
  g_unlink ("/tmp/bench-export.png");
  g_unlink ("/tmp/bench-export.svg");
  g_unlink ("/tmp/bench-export-page-1.png");
}

int
main (int    argc,
      char **argv)
{
  gboolean million = argc > 1 && g_str_equal (argv[1], "--million");

  /* Separate runs for 100k and 1M, so each peak is its own. */
  bench (million ? 1000000 : 100000);
  return 0;
}
