/* bench-export.c — printing and export of large reviews
 *
 * For synthetic reviews (tests/bench-synthetic.c: 60 lanes over 6 hours)
 * of 100k events (and 1M with --million): the paged PDF (fit to one page,
 * and four pages across), its size, how long pdftoppm -r 72 takes for each
 * page (a PDF viewer's work), a PNG 10,000 px wide, an SVG, and the peak
 * memory — each as seconds and as a ratio to a baseline measured in the
 * same run: building the review and laying it out once.
 *
 * The PNG is written as the export writes it (in strips through libpng)
 * and, for comparison in the same run, as it was written before: drawn
 * whole on one image surface and saved with cairo_surface_write_to_png.
 * Its peak memory is its own: the peak is reset before it (Linux's
 * /proc/self/clear_refs), and reported whole and above what the loaded
 * review already held. `--png-tuning` also tries zlib levels, PNG
 * filters and strip heights; `--png-compare` decodes both PNGs and counts
 * the pixels that differ; `--png-only` leaves out PDF and SVG.
 *
 * Issue 7's budget for 100k events: PDF ≤ 2 s and ≤ 5 MB, each page ≤ 1 s
 * in pdftoppm, PNG 10,000 px ≤ 1.5 s; ≤ 150 MB peak even for 1M events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <time.h>
#include <zlib.h>
#include <string.h>

#include "bench-synthetic.h"
#include "debrief-png-strips.h"
#include "debrief-time.h"
#include "debrief-timeline-pages.h"

#define PNG_WIDTH 10000
#define PNG_DPI 96

/* "VmRSS" (now) or "VmHWM" (the peak since the last reset), in MB. */
static double
status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (field) + 1, NULL) / 1024;
}

/* The highest peak of the run, across resets. */
static double run_peak;

static double
peak_mb (void)
{
  run_peak = MAX (run_peak, status_mb ("VmHWM:"));
  return run_peak;
}

/* Starts a new peak: what follows is measured on its own. Freed memory
 * the allocator still holds is returned first, so "before" is honest. */
static double
reset_peak (void)
{
  FILE *clear = fopen ("/proc/self/clear_refs", "w");

  peak_mb ();
  malloc_trim (0);
  if (clear != NULL)
    {
      fputs ("5", clear);
      fclose (clear);
    }
  return status_mb ("VmRSS:");
}

/* This process's processor time in µs: steadier than the clock when
 * other work loads the machine. */
static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gsize
file_size (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

  return info ? g_file_info_get_size (info) : 0;
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

/* The PNG as it was written before strips: the page drawn whole on one
 * image surface, then cairo_surface_write_to_png (zlib's default level,
 * every filter tried on every row). */
static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return g_output_stream_write_all (closure, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                           : CAIRO_STATUS_WRITE_ERROR;
}

static double
write_png_whole (DebriefTimelineLayout *layout,
                 const char            *path)
{
  DebriefPageSetup setup;
  g_autoptr(DebriefTimelinePages) pages = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL);
  double scale = PNG_DPI / 72.0;
  gint64 begin = g_get_monotonic_time ();
  cairo_surface_t *surface;
  cairo_t *cr;

  debrief_page_setup_init (&setup, layout);
  setup.width = PNG_WIDTH / scale;
  setup.height = 30000 / scale;
  setup.pages_across = 1;
  pages = debrief_timeline_pages_new (&setup);
  setup.height = debrief_timeline_pages_get_natural_height (pages);
  g_clear_pointer (&pages, debrief_timeline_pages_free);
  pages = debrief_timeline_pages_new (&setup);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, PNG_WIDTH, (int) ceil (setup.height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  debrief_timeline_pages_draw (pages, renderer, cr, 0);
  cairo_destroy (cr);
  g_assert (cairo_surface_write_to_png_stream (surface, write_to_stream, stream) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  return (g_get_monotonic_time () - begin) / 1e6;
}

typedef struct {
  DebriefTimelinePages    *pages;
  DebriefTimelineRenderer *renderer;
} Page;

static void
draw_page (cairo_t  *cr,
           gpointer  user_data)
{
  Page *page = user_data;

  cairo_scale (cr, PNG_DPI / 72.0, PNG_DPI / 72.0);
  debrief_timeline_pages_draw (page->pages, page->renderer, cr, 0);
}

/* The exported PNG with other zlib levels, filters and strip heights. */
static void
try_png_tuning (DebriefTimelineLayout *layout,
                double                 baseline)
{
  const struct { int filter; const char *name; } filters[] = {
    { PNG_FILTER_NONE, "none" }, { PNG_FILTER_SUB, "sub" }, { PNG_FILTER_UP, "up" },
    { PNG_FILTER_PAETH, "paeth" }, { PNG_ALL_FILTERS, "all (adaptive)" },
  };
  const int levels[] = { 1, 2, 3, 6 };
  const struct { int strategy; const char *name; } strategies[] = {
    { 0, "default" }, { Z_RLE, "rle" }, { Z_FILTERED, "filtered" },
  };
  const int heights[] = { 64, 128, 256, 512 };
  DebriefPageSetup setup;
  double scale = PNG_DPI / 72.0;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  g_autoptr(DebriefTimelinePages) pages = NULL;
  Page page = { NULL, renderer };
  int height;

  debrief_page_setup_init (&setup, layout);
  setup.width = PNG_WIDTH / scale;
  setup.height = 30000 / scale;
  setup.pages_across = 1;
  pages = debrief_timeline_pages_new (&setup);
  setup.height = debrief_timeline_pages_get_natural_height (pages);
  g_clear_pointer (&pages, debrief_timeline_pages_free);
  page.pages = pages = debrief_timeline_pages_new (&setup);
  height = (int) ceil (setup.height * scale);

  for (int round = 0; round < 3; round++)
    for (int buffers = 1; buffers <= 2; buffers++)
      {
        DebriefPngTuning tuning = { .buffers = buffers };
        g_autoptr(GFile) file = g_file_new_for_path ("/tmp/bench-export-tuning.png");
        g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL);
        gint64 begin = g_get_monotonic_time (), cpu = cpu_time ();

        g_assert (debrief_png_write_strips_tuned (PNG_WIDTH, height, TRUE, draw_page, &page, &tuning,
                                                  G_OUTPUT_STREAM (stream), NULL));
        g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
        printf ("    defaults, %s: %.3f s (processor time %.3f s)\n",
                buffers == 1 ? "drawing and encoding in turn" : "drawing beside encoding",
                (g_get_monotonic_time () - begin) / 1e6, (cpu_time () - cpu) / 1e6);
      }
  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    for (guint z = 0; z < G_N_ELEMENTS (strategies); z++)
    for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
      for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
        {
          DebriefPngTuning tuning = { heights[h], levels[l], filters[f].filter, strategies[z].strategy };
          g_autoptr(GFile) file = g_file_new_for_path ("/tmp/bench-export-tuning.png");
          g_autoptr(GFileOutputStream) stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL);
          gint64 begin = g_get_monotonic_time (), cpu = cpu_time ();
          double seconds;

          /* Only the default height tries every level and filter. */
          if (heights[h] != 256 && (levels[l] != 1 || filters[f].filter != PNG_FILTER_UP || z > 0))
            continue;
          g_assert (debrief_png_write_strips_tuned (PNG_WIDTH, height, TRUE, draw_page, &page,
                                                    &tuning, G_OUTPUT_STREAM (stream), NULL));
          g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
          seconds = (g_get_monotonic_time () - begin) / 1e6;
          printf ("    strips of %3d, zlib %-8s level %d, filter %-14s %.3f s (%.2f× baseline; CPU %.3f s), %.2f MB\n",
                  heights[h], strategies[z].name, levels[l], filters[f].name, seconds, seconds / baseline,
                  (cpu_time () - cpu) / 1e6, file_size ("/tmp/bench-export-tuning.png") / 1e6);
        }
  g_unlink ("/tmp/bench-export-tuning.png");
}

/* How many pixels of the two files differ, and by how much at most. */
static void
compare_pngs (const char *path,
              const char *other_path)
{
  cairo_surface_t *a = cairo_image_surface_create_from_png (path);
  cairo_surface_t *b = cairo_image_surface_create_from_png (other_path);
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  guint64 differ = 0;
  int most = 0;

  g_assert (width == cairo_image_surface_get_width (b) && height == cairo_image_surface_get_height (b));
  for (int y = 0; y < height; y++)
    {
      const guint32 *row_a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (a) + (gsize) y * cairo_image_surface_get_stride (a));
      const guint32 *row_b = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (b) + (gsize) y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < width; x++)
        {
          int channel = 0;

          for (int shift = 0; shift < 24; shift += 8)
            channel = MAX (channel, ABS ((int) ((row_a[x] >> shift) & 0xff) - (int) ((row_b[x] >> shift) & 0xff)));
          differ += channel > 0;
          most = MAX (most, channel);
        }
    }
  printf ("    decoded, the two PNGs differ in %" G_GUINT64_FORMAT " of %d × %d pixels (%.4f %%), by at most %d\n",
          differ, width, height, 100.0 * differ / ((double) width * height), most);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
bench_png (DebriefTimelineLayout *layout,
           double                 baseline,
           gboolean               compare,
           gboolean               tuning)
{
  double before, seconds, whole_seconds, cpu, whole_cpu;
  gint64 cpu_begin;
  guint drawn;
  gsize bytes;

  before = reset_peak ();
  cpu_begin = cpu_time ();
  seconds = write_picture (layout, FALSE, "/tmp/bench-export.png", &bytes, &drawn);
  cpu = (cpu_time () - cpu_begin) / 1e6;
  printf ("  PNG 10,000 px wide, in strips: %.3f s (%.2f× baseline; processor time %.3f s), %.2f MB, %u drawn items\n",
          seconds, seconds / baseline, cpu, bytes / 1e6, drawn);
  printf ("    peak while writing it: %.0f MB; the loaded review held %.0f MB before, so the export added %.0f MB\n",
          status_mb ("VmHWM:"), before, status_mb ("VmHWM:") - before);

  before = reset_peak ();
  cpu_begin = cpu_time ();
  whole_seconds = write_png_whole (layout, "/tmp/bench-export-whole.png");
  whole_cpu = (cpu_time () - cpu_begin) / 1e6;
  printf ("  PNG as before (drawn whole, cairo_surface_write_to_png): %.3f s (%.2f× baseline; processor time %.3f s), "
          "%.2f MB\n", whole_seconds, whole_seconds / baseline, whole_cpu, file_size ("/tmp/bench-export-whole.png") / 1e6);
  printf ("    peak while writing it: %.0f MB (+%.0f MB)\n", status_mb ("VmHWM:"), status_mb ("VmHWM:") - before);
  printf ("  strips against before: %.2f× the time, %.2f× the processor time\n", seconds / whole_seconds, cpu / whole_cpu);
  if (compare)
    compare_pngs ("/tmp/bench-export.png", "/tmp/bench-export-whole.png");
  g_unlink ("/tmp/bench-export-whole.png");
  if (tuning)
    try_png_tuning (layout, baseline);
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
bench (guint    n_events,
       gboolean png_only,
       gboolean png_compare,
       gboolean png_tuning)
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
  bench_png (layout, baseline, png_compare, png_tuning);
  if (png_only)
    return;

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
  seconds = write_picture (layout, TRUE, "/tmp/bench-export.svg", &bytes, &drawn);
  printf ("  SVG 2000 pt wide: %.3f s (%.2f× baseline), %.2f MB, %u drawn items%s\n", seconds, seconds / baseline,
          bytes / 1e6, drawn, drawn > 10000 ? " (the export warns)" : "");
  printf ("  peak memory of the whole run: %.0f MB\n", peak_mb ());
  g_unlink ("/tmp/bench-export.pdf");
  g_unlink ("/tmp/bench-export.png");
  g_unlink ("/tmp/bench-export.svg");
  g_unlink ("/tmp/bench-export-page-1.png");
}

int
main (int    argc,
      char **argv)
{
  gboolean million = FALSE, png_only = FALSE, png_compare = FALSE, png_tuning = FALSE;

  for (int i = 1; i < argc; i++)
    {
      million |= g_str_equal (argv[i], "--million");
      png_only |= g_str_equal (argv[i], "--png-only");
      png_compare |= g_str_equal (argv[i], "--png-compare");
      png_tuning |= g_str_equal (argv[i], "--png-tuning");
    }
  /* Separate runs for 100k and 1M, so each peak is its own. */
  bench (million ? 1000000 : 100000, png_only, png_compare, png_tuning);
  return 0;
}
