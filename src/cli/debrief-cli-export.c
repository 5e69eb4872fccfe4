/* debrief-cli-export.c — `debrief export FILE -o OUT.png|OUT.svg|OUT.pdf`
 *
 * Draws the timeline through the same renderer as the window, onto Cairo
 * image strips (PNG), an SVG or a PDF surface: no display needed. `--perspectives all|ID,…`
 * sets perspectives side by side above the lanes (`--split-kinds`: a row
 * per kind of entry; `--pin ID`: the reference, first), as the facilitator
 * would in the window. The output is written to a temporary file and
 * renamed into place, so a failure never leaves half a chart behind.
 *
 * Every failure, a wrong argument as much as an unreadable review, exits
 * with 1 (issue 3 asks for that; `validate` keeps 2 for usage errors
 * because its 1 already means “some file is invalid”).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "debrief-cli.h"
#include "debrief-cli-commands.h"
#include "debrief-cli-export-private.h"
#include "debrief-png-strips.h"
#include "debrief-review-loader.h"
#include "debrief-safe-file.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

#define TITLE_HEIGHT_FACTOR 3.2
#define LEGEND_MARGIN 16
#define MIN_CHART_HEIGHT 100
#define SVG_WARN_ITEMS 10000

/* ---- arguments ------------------------------------------------------------------ */

static gboolean
parse_format (const char *path,
              Format     *out_format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out_format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out_format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out_format = FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".md"))
    *out_format = FORMAT_MARKDOWN;
  else if (g_str_has_suffix (lower, ".csv"))
    *out_format = FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

/* RFC 3339, or a wall-clock time "09:20" / "09:20:30" on the day the review
 * starts, in the review's time zone. */
static gboolean
parse_time (DebriefReview  *review,
            const char     *text,
            gint64         *out_time)
{
  int hour = 0, minute = 0, second = 0;
  char trailing;
  gint64 start, end;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) moment = NULL;

  if (debrief_time_parse_rfc3339 (text, out_time))
    return TRUE;
  if (sscanf (text, "%d:%d:%d%c", &hour, &minute, &second, &trailing) < 2 &&
      sscanf (text, "%d:%d%c", &hour, &minute, &trailing) != 2)
    return FALSE;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
      !debrief_review_get_time_bounds (review, &start, &end))
    return FALSE;

  day = debrief_time_to_date_time (start, debrief_review_get_time_zone (review));
  moment = g_date_time_new (debrief_review_get_time_zone (review), g_date_time_get_year (day),
                            g_date_time_get_month (day), g_date_time_get_day_of_month (day), hour, minute, second);
  if (moment == NULL)
    return FALSE;
  *out_time = g_date_time_to_unix (moment) * DEBRIEF_USEC_PER_SEC;
  return TRUE;
}

static gboolean
parse_display (const char         *name,
               DebriefTimeDisplay *out_display)
{
  if (name == NULL || g_str_equal (name, "zone"))
    *out_display = DEBRIEF_TIME_DISPLAY_ZONE;
  else if (g_str_equal (name, "utc"))
    *out_display = DEBRIEF_TIME_DISPLAY_UTC;
  else if (g_str_equal (name, "relative"))
    *out_display = DEBRIEF_TIME_DISPLAY_RELATIVE;
  else
    return FALSE;
  return TRUE;
}

/* "all", or ids separated by commas, each one the review holds. */
static char **
parse_perspectives (DebriefReview  *review,
                    const char     *text,
                    GError        **error)
{
  GListModel *perspectives = G_LIST_MODEL (debrief_review_get_perspectives (review));
  guint n = g_list_model_get_n_items (perspectives);
  g_autoptr(GStrvBuilder) known = g_strv_builder_new ();
  g_auto(GStrv) known_ids = NULL;
  g_auto(GStrv) chosen = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DebriefItem) perspective = g_list_model_get_item (perspectives, i);

      g_strv_builder_add (known, debrief_item_get_id (perspective));
    }
  known_ids = g_strv_builder_end (known);
  if (g_str_equal (text, "all"))
    return g_steal_pointer (&known_ids);

  chosen = g_strsplit (text, ",", -1);
  for (guint i = 0; chosen[i] != NULL; i++)
    {
      g_strstrip (chosen[i]);
      if (!g_strv_contains ((const char * const *) known_ids, chosen[i]))
        {
          g_autofree char *listed = n > 0 ? g_strjoinv (", ", known_ids) : g_strdup (_("none"));

          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--perspectives: the review has no perspective “%s” (it has: %s)"), chosen[i], listed);
          return NULL;
        }
    }
  return g_steal_pointer (&chosen);
}

static gboolean
set_up_perspectives (Export  *export,
                     GError **error)
{
  g_auto(GStrv) ids = NULL;

  if (export->options->perspectives == NULL)
    {
      if (!export->options->split_kinds && export->options->pin == NULL)
        return TRUE;
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--split-kinds and --pin need --perspectives"));
      return FALSE;
    }
  ids = parse_perspectives (export->review, export->options->perspectives, error);
  if (ids == NULL)
    return FALSE;
  if (export->options->pin != NULL && !g_strv_contains ((const char * const *) ids, export->options->pin))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--pin: “%s” is not one of the perspectives shown"), export->options->pin);
      return FALSE;
    }
  debrief_timeline_layout_set_pinned_perspective (export->layout, export->options->pin);
  debrief_timeline_layout_set_perspectives (export->layout, (const char * const *) ids, export->options->split_kinds);
  return TRUE;
}

/* --range "FROM..TO", with the times --from and --to take. */
static gboolean
parse_range_times (Export  *export,
                   gint64  *from,
                   gint64  *to,
                   GError **error)
{
  const char *range = export->options->range;
  const char *dots = strstr (range, "..");
  g_autofree char *first = dots ? g_strndup (range, dots - range) : NULL;

  if (dots == NULL)
    return debrief_report_resolve_range (export->review, range, from, to, error);
  if (!parse_time (export->review, first, from) || !parse_time (export->review, dots + 2, to))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("expected FROM..TO with RFC 3339 times or HH:MM[:SS], found “%s”"), range);
      return FALSE;
    }
  return TRUE;
}

/* The time shown: --range, then --from and --to over it. @from and @to
 * come in as the defaults (DEBRIEF_TIME_NONE: open) and go out chosen. */
static gboolean
resolve_window (Export  *export,
                gint64  *from,
                gint64  *to,
                GError **error)
{
  Options *options = export->options;
  g_autoptr(GError) range_error = NULL;

  if (options->range != NULL && !parse_range_times (export, from, to, &range_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--range: %s", range_error->message);
      return FALSE;
    }
  if (options->from != NULL && !parse_time (export->review, options->from, from))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--from: expected an RFC 3339 time or HH:MM[:SS], found “%s”"), options->from);
      return FALSE;
    }
  if (options->to != NULL && !parse_time (export->review, options->to, to))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--to: expected an RFC 3339 time or HH:MM[:SS], found “%s”"), options->to);
      return FALSE;
    }
  if (*from != DEBRIEF_TIME_NONE && *to != DEBRIEF_TIME_NONE && *to <= *from)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--to must be later than --from"));
      return FALSE;
    }
  export->range_from = *from;
  export->range_to = *to;
  return TRUE;
}

/* ---- the picture ------------------------------------------------------------------ */

static gboolean
set_up_frame (Export  *export,
              GError **error)
{
  Options *options = export->options;
  const DebriefTimelineStyle *style = debrief_timeline_style_from_name (options->style_name ? options->style_name
                                                                              : export->format == FORMAT_PDF ? "print" : "screen");
  gint64 from, to;

  if (style == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--style: expected screen, dark, print, projection or projection-dark, found “%s”"), options->style_name);
      return FALSE;
    }
  export->layout = debrief_timeline_layout_new (export->review);
  if (export->lane_ids != NULL)
    debrief_timeline_layout_set_shown_lanes (export->layout, (const char * const *) export->lane_ids);
  if (!set_up_perspectives (export, error))
    return FALSE;
  debrief_timeline_frame_init (&export->frame, export->layout, style);
  export->frame.names = export->names;
  /* With --pseudonymise, no thumbnail: a screenshot shows the names. */
  export->frame.thumbnails = export->names != NULL ? NULL : export->thumbnails;
  if (!parse_display (options->display, &export->frame.time.mode))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--time: expected zone, utc or relative, found “%s”"), options->display);
      return FALSE;
    }

  from = export->frame.view_start;
  to = export->frame.view_end;
  if (!resolve_window (export, &from, &to, error))
    return FALSE;
  export->frame.view_start = from;
  export->frame.view_end = to;
  export->frame.width = options->width;
  export->title_height = style->header_size * TITLE_HEIGHT_FACTOR;
  export->frame.height = debrief_timeline_frame_get_content_height (&export->frame);
  return TRUE;
}

/* --height is the whole picture's: the title and the legend come out of
 * it (whole pixels down, so the picture is not a pixel taller), and the
 * chart keeps at least MIN_CHART_HEIGHT. */
static void
fit_height (Export *export)
{
  double chart = floor (export->options->height - export->title_height - export->legend_height);

  if (export->options->height > 0)
    export->frame.height = MAX (chart, MIN_CHART_HEIGHT);
}

static DebriefLegendParts
legend_parts (Export *export)
{
  return DEBRIEF_LEGEND_EVENTS |
         (debrief_timeline_layout_get_perspectives (export->layout) != NULL ? DEBRIEF_LEGEND_PERSPECTIVES : 0);
}

static void
draw_title (Export  *export,
            cairo_t *cr)
{
  const DebriefTimelineStyle *style = export->frame.style;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autofree char *from = debrief_time_context_format (&export->frame.time, export->frame.view_start, TRUE);
  g_autofree char *to = debrief_time_context_format (&export->frame.time, export->frame.view_end, TRUE);
  g_autofree char *title = g_markup_escape_text (debrief_review_get_title (export->review)
                                                 ? debrief_review_get_title (export->review) : _("Untitled Review"), -1);
  g_autofree char *range = g_markup_escape_text (from, -1);
  g_autofree char *range_end = g_markup_escape_text (to, -1);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>\n<small>%s – %s</small>", title, range, range_end);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (font, style->header_size * 1.2 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) (export->frame.width - 24) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  debrief_color_set_source (cr, &style->background);
  cairo_paint (cr);
  debrief_color_set_source (cr, &style->text);
  cairo_move_to (cr, 12, 8);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_everything (Export  *export,
                 cairo_t *cr)
{
  draw_title (export, cr);
  cairo_save (cr);
  cairo_translate (cr, 0, export->title_height);
  debrief_timeline_renderer_draw (export->renderer, cr, &export->frame);
  cairo_restore (cr);
  if (!export->options->no_legend)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, export->title_height + export->frame.height);
      debrief_color_set_source (cr, &export->frame.style->background);
      cairo_rectangle (cr, 0, 0, export->frame.width, export->legend_height);
      cairo_fill (cr);
      debrief_timeline_renderer_draw_legend_parts (export->renderer, cr, export->frame.style, legend_parts (export),
                                                   LEGEND_MARGIN, LEGEND_MARGIN, export->frame.width - 2 * LEGEND_MARGIN);
      cairo_restore (cr);
    }
}

/* The legend's height depends on the width; measured on a scratch surface. */
static double
measure_legend (Export *export)
{
  cairo_surface_t *scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (scratch);
  double height = debrief_timeline_renderer_draw_legend_parts (export->renderer, cr, export->frame.style,
                                                               legend_parts (export), 0, 0,
                                                               export->frame.width - 2 * LEGEND_MARGIN);

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return export->options->no_legend ? 0 : height + 2 * LEGEND_MARGIN;
}

/* ---- writing ----------------------------------------------------------------------- */

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  return g_output_stream_write_all (stream, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                          : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_surface_t *
create_surface (Export        *export,
                GOutputStream *stream,
                double         width,
                double         height)
{
  switch (export->format)
    {
    case FORMAT_SVG:
      return cairo_svg_surface_create_for_stream (write_to_stream, stream, width, height);
    case FORMAT_PDF:
    default:
      return cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
    }
}

static gboolean
write_picture (GOutputStream  *stream,
               gpointer        user_data,
               GCancellable   *cancellable,
               GError        **error)
{
  Export *export = user_data;
  double width = export->frame.width;
  double height = export->title_height + export->frame.height + export->legend_height;
  cairo_surface_t *surface = create_surface (export, stream, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  draw_everything (export, cr);
  cairo_destroy (cr);
  /* Every shape is an element in SVG: past some thousands, viewers crawl. */
  if (export->format == FORMAT_SVG && debrief_timeline_renderer_get_stats (export->renderer)->primitives > SVG_WARN_ITEMS)
    g_printerr (_("debrief export: warning: the SVG holds %u drawn items; viewers may be slow (PDF or PNG draw faster)\n"),
                debrief_timeline_renderer_get_stats (export->renderer)->primitives);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
draw_strip (cairo_t  *cr,
            gpointer  user_data)
{
  draw_everything (user_data, cr);
}

/* Drawn and encoded a strip at a time, as the Export dialog's PNG: a
 * picture 10,000 px wide never sits in memory whole. The title paints
 * the background over everything first, so an opaque style gives an
 * opaque picture, written without alpha. */
static gboolean
write_png (GOutputStream  *stream,
           gpointer        user_data,
           GCancellable   *cancellable,
           GError        **error)
{
  Export *export = user_data;
  double height = export->title_height + export->frame.height + export->legend_height;

  return debrief_png_write_strips ((int) ceil (export->frame.width), (int) ceil (height),
                                   export->frame.style->background.alpha >= 1, draw_strip, export, stream, error);
}

static int
run_text_export (Export *export,
                 GFile  *output)
{
  gint64 from = DEBRIEF_TIME_NONE, to = DEBRIEF_TIME_NONE;
  g_autoptr(GError) error = NULL;

  if (!resolve_window (export, &from, &to, &error))
    {
      g_printerr ("debrief export: %s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  if (!_debrief_cli_export_text (export, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  return DEBRIEF_EXIT_OK;
}

/* Images' thumbnails from beside the review: at the picture's own pixels
 * for a PNG, finer for paper and SVG. */
static void
set_up_thumbnails (Export *export,
                   GFile  *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);

  export->review_file = g_object_ref (file);
  export->thumbnails = debrief_thumbnail_cache_new (TRUE);
  debrief_thumbnail_cache_set_folder (export->thumbnails, folder);
  debrief_thumbnail_cache_set_scale (export->thumbnails, export->format == FORMAT_PNG ? 1 : 3);
}

static int
run_export (Export     *export,
            const char *input)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);
  g_autoptr(GFile) output = g_file_new_for_commandline_arg (export->options->output);
  g_autoptr(GError) error = NULL;

  export->review = debrief_review_load_file (file, input, NULL, NULL, NULL, &error);
  if (export->review == NULL)
    {
      g_printerr ("%s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  set_up_thumbnails (export, file);
  if (!_debrief_cli_export_parse_extras (export, &error))
    {
      g_printerr ("debrief export: %s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  if (export->format == FORMAT_MARKDOWN || export->format == FORMAT_CSV)
    return run_text_export (export, output);
  if (!set_up_frame (export, &error))
    {
      g_printerr ("debrief export: %s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  export->renderer = debrief_timeline_renderer_new ();
  if (export->format == FORMAT_PDF)
    {
      if (!_debrief_cli_export_pages (export, output, &error))
        {
          g_printerr ("%s\n", error->message);
          return DEBRIEF_EXIT_PROBLEM;
        }
      return DEBRIEF_EXIT_OK;
    }
  export->legend_height = measure_legend (export);
  fit_height (export);

  if (!debrief_safe_file_replace (output, export->options->output, DEBRIEF_SAFE_FILE_NONE,
                                  export->format == FORMAT_PNG ? write_png : write_picture, export, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  return DEBRIEF_EXIT_OK;
}

/* --pseudonymise alone means roles; --pseudonymise=letters asks for letters. */
static gboolean
parse_pseudonymise (const char  *name,
                    const char  *value,
                    gpointer     data,
                    GError     **error)
{
  Options *options = data;

  g_free (options->pseudonymise);
  options->pseudonymise = g_strdup (value ? value : "");
  return TRUE;
}

int
debrief_cli_export (int    argc,
                    char **argv)
{
  Options options = { .width = 1920 };
  Export export = { .options = &options, .range_from = DEBRIEF_TIME_NONE, .range_to = DEBRIEF_TIME_NONE };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("Where to write (.png, .svg, .pdf, .md or .csv)"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &options.width, N_("Width in pixels (default 1920)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &options.height, N_("Height in pixels, title and legend included (default: every lane)"), N_("PX") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_("Start of the time shown (RFC 3339 or HH:MM[:SS])"), N_("TIME") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("End of the time shown"), N_("TIME") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &options.style_name, N_("screen, dark, print, projection or projection-dark"), N_("STYLE") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &options.display, N_("Times in the review's zone, utc, or relative"), N_("DISPLAY") },
    { "range", 0, 0, G_OPTION_ARG_STRING, &options.range,
      N_("The time shown: all, incident, phase:NAME or FROM..TO"), N_("RANGE") },
    { "legend", 0, 0, G_OPTION_ARG_NONE, &options.legend, N_("Add the legend (the default)"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &options.no_legend, N_("Leave out the legend"), NULL },
    { "pages", 0, 0, G_OPTION_ARG_INT, &options.pages, N_("PDF: pages across the time axis (0: all on one page, the default)"), N_("N") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options.paper, N_("PDF: a4 (the default), a3 or letter"), N_("PAPER") },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &options.portrait, N_("PDF: portrait pages (landscape by default)"), NULL },
    { "lanes", 0, 0, G_OPTION_ARG_STRING, &options.lanes, N_("Only these lanes: ids separated by commas"), N_("IDS") },
    { "pseudonymise", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, parse_pseudonymise,
      N_("Name participants by role (or =letters: Participant A, B…)"), N_("roles|letters") },
    { "notes", 0, 0, G_OPTION_ARG_NONE, &options.notes, N_("PDF: shared notes on pages after the chart"), NULL },
    { "no-notes", 0, 0, G_OPTION_ARG_NONE, &options.no_notes, N_("Markdown: leave out the shared notes"), NULL },
    { "append-images", 0, 0, G_OPTION_ARG_NONE, &options.append_images,
      N_("PDF: each attached image on a page of its own after the chart"), NULL },
    { "perspectives", 0, 0, G_OPTION_ARG_STRING, &options.perspectives,
      N_("Perspectives side by side above the lanes: all, or ids separated by commas"), N_("IDS") },
    { "pin", 0, 0, G_OPTION_ARG_STRING, &options.pin, N_("The reference perspective, shown first"), N_("ID") },
    { "split-kinds", 0, 0, G_OPTION_ARG_NONE, &options.split_kinds, N_("A row for each kind of entry (saw, believed…)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE -o OUTPUT — draw the timeline to PNG, SVG or PDF"));
  g_autoptr(GError) error = NULL;
  int status;

  GOptionGroup *group = g_option_group_new ("export", "", "", &options, NULL);

  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, group);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("debrief export: %s\n", error->message);
      return DEBRIEF_EXIT_PROBLEM;
    }
  if (argc != 2 || options.output == NULL)
    {
      g_printerr (_("debrief export: name one review file and an output with -o\n"));
      return DEBRIEF_EXIT_PROBLEM;
    }
  if (!parse_format (options.output, &export.format))
    {
      g_printerr (_("debrief export: %s: expected a name ending in .png, .svg, .pdf, .md or .csv\n"), options.output);
      return DEBRIEF_EXIT_PROBLEM;
    }
  if (options.width < 200 || options.width > 20000 || (options.height != 0 && (options.height < 100 || options.height > 20000)))
    {
      g_printerr (_("debrief export: --width and --height must be between 200 and 20000 pixels\n"));
      return DEBRIEF_EXIT_PROBLEM;
    }

  if (options.legend && options.no_legend)
    {
      g_printerr (_("debrief export: --legend and --no-legend contradict each other\n"));
      status = DEBRIEF_EXIT_PROBLEM;
    }
  else if (options.append_images && export.format != FORMAT_PDF)
    {
      g_printerr (_("debrief export: --append-images needs a PDF (-o NAME.pdf): %s is a single picture or text, "
                    "with no pages to add the images to\n"), options.output);
      status = DEBRIEF_EXIT_PROBLEM;
    }
  else
    status = run_export (&export, argv[1]);
  _debrief_cli_export_clear (&export);
  g_clear_pointer (&export.renderer, debrief_timeline_renderer_free);
  g_clear_pointer (&export.layout, debrief_timeline_layout_free);
  g_clear_object (&export.review);
  g_free (options.output);
  g_free (options.from);
  g_free (options.to);
  g_free (options.style_name);
  g_free (options.display);
  g_free (options.perspectives);
  g_free (options.pin);
  g_free (options.range);
  g_free (options.paper);
  g_free (options.lanes);
  g_free (options.pseudonymise);
  return status;
}
