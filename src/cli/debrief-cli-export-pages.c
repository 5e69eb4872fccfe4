/* debrief-cli-export-pages.c — `debrief export` to paged PDF, Markdown and CSV
 *
 * A PDF is the printed pages (DebriefTimelinePages, as the print dialog
 * draws them): A4, A3 or Letter, landscape unless --portrait, half-inch
 * margins, `--pages N` across the time axis (0: everything on one page).
 * `-o report.md` writes the Markdown report, `-o events.csv` the events;
 * both honour --range, --lanes and --pseudonymise. Private notes never
 * reach any of them.
 *
 * The footer's print date is now, or SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention), so a test can hold a PDF's text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-cli-export-private.h"
#include "debrief-safe-file.h"
#include "debrief-time.h"
#include "debrief-timeline-pages.h"

#define MARGIN 36.0   /* half an inch */

typedef struct {
  const char *name;
  double      long_side;
  double      short_side;
} Paper;

static const Paper papers[] = {
  { "a4", 842, 595 },
  { "a3", 1191, 842 },
  { "letter", 792, 612 },
};

/* ---- the extra options --------------------------------------------------------------- */

static gboolean
parse_lanes (Export  *export,
             GError **error)
{
  g_auto(GStrv) ids = g_strsplit (export->options->lanes, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_strstrip (ids[i]);
      if (debrief_review_lookup_lane (export->review, ids[i]) == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--lanes: the review has no lane “%s”"), ids[i]);
          return FALSE;
        }
    }
  export->lane_ids = g_steal_pointer (&ids);
  return TRUE;
}

gboolean
_debrief_cli_export_parse_extras (Export  *export,
                                  GError **error)
{
  Options *options = export->options;
  DebriefPseudonymStyle style;

  if (options->lanes != NULL && !parse_lanes (export, error))
    return FALSE;
  if (options->pseudonymise != NULL)
    {
      if (!debrief_pseudonyms_style_from_string (*options->pseudonymise ? options->pseudonymise : NULL, &style))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--pseudonymise: expected roles or letters, found “%s”"), options->pseudonymise);
          return FALSE;
        }
      export->names = debrief_pseudonyms_new (export->review, style);
    }
  if (options->pages < 0 || options->pages > 200)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--pages: expected 0 (all on one page) to 200, found %d"), options->pages);
      return FALSE;
    }
  return TRUE;
}

void
_debrief_cli_export_clear (Export *export)
{
  g_clear_pointer (&export->lane_ids, g_strfreev);
  g_clear_pointer (&export->names, debrief_pseudonyms_free);
  g_clear_object (&export->thumbnails);
  g_clear_object (&export->review_file);
}

/* ---- Markdown and CSV ---------------------------------------------------------------- */

static gboolean
write_text (GOutputStream  *stream,
            gpointer        user_data,
            GCancellable   *cancellable,
            GError        **error)
{
  GString *text = user_data;

  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

gboolean
_debrief_cli_export_text (Export  *export,
                          GFile   *output,
                          GError **error)
{
  DebriefReportOptions options;
  g_autoptr(GString) text = NULL;
  g_autofree char *markdown = NULL;

  debrief_report_options_init (&options);
  options.from = export->range_from;
  options.to = export->range_to;
  options.lane_ids = (const char * const *) export->lane_ids;
  options.names = export->names;
  options.skip_notes = export->options->no_notes;
  if (export->format == FORMAT_CSV)
    text = debrief_report_csv (export->review, &options);
  else
    {
      markdown = debrief_report_markdown (export->review, &options);
      text = g_string_new (markdown);
    }
  return debrief_safe_file_replace (output, export->options->output, DEBRIEF_SAFE_FILE_NONE,
                                    write_text, text, NULL, error);
}

/* ---- PDF pages --------------------------------------------------------------------------- */

static gint64
print_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / G_USEC_PER_SEC, &seconds, NULL))
    return seconds * G_USEC_PER_SEC;
  return g_get_real_time ();
}

typedef struct {
  Export           *export;
  DebriefPageSetup  setup;
  double            width;
  double            height;
} PagedOutput;

static gboolean
write_pages (GOutputStream  *stream,
             gpointer        user_data,
             GCancellable   *cancellable,
             GError        **error)
{
  PagedOutput *paged = user_data;
  const char *title = paged->export->names == NULL ? debrief_review_get_title (paged->export->review) : NULL;

  return debrief_timeline_pages_write_pdf (&paged->setup, paged->width, paged->height, MARGIN, title, stream, error);
}

static gboolean
choose_paper (Export       *export,
              const Paper **out_paper,
              GError      **error)
{
  const char *name = export->options->paper ? export->options->paper : "a4";

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (papers[i].name, name) == 0)
      {
        *out_paper = &papers[i];
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--paper: expected a4, a3 or letter, found “%s”"), name);
  return FALSE;
}

/* The same pages as printing: the frame set up for the export gives the
 * layout (lanes, perspectives), the style and the time shown. */
gboolean
_debrief_cli_export_pages (Export  *export,
                           GFile   *output,
                           GError **error)
{
  const Paper *paper;
  PagedOutput paged = { export };
  DebriefPageSetup *setup = &paged.setup;

  if (!choose_paper (export, &paper, error))
    return FALSE;
  paged.width = export->options->portrait ? paper->short_side : paper->long_side;
  paged.height = export->options->portrait ? paper->long_side : paper->short_side;

  debrief_page_setup_init (setup, export->layout);
  setup->style = export->frame.style;
  setup->display = export->frame.time.mode;
  setup->from = export->frame.view_start;
  setup->to = export->frame.view_end;
  setup->pages_across = export->options->pages;
  setup->legend = !export->options->no_legend;
  setup->notes = export->options->notes;
  setup->names = export->names;
  setup->printed_at = print_date ();
  setup->review_file = export->review_file;
  setup->images = export->options->append_images;
  return debrief_safe_file_replace (output, export->options->output, DEBRIEF_SAFE_FILE_NONE,
                                    write_pages, &paged, NULL, error);
}
