/* debrief-timeline-pages.c — the timeline cut into printed pages
 *
 * Printing (GtkPrintOperation) and `debrief export` to PDF both ask this
 * for their pages, so a printout and a PDF are the same pages. It tiles the
 * chart: the time range is cut into `pages_across` equal slices, and when
 * the lanes are taller than a page, they are cut between rows (never
 * through one, never just under a group's heading) into slices down. Each
 * tile is a page with the review's title, the time it covers and the time
 * zone on top; the lane header column and the ruler repeated (they belong
 * to every frame the renderer draws); the legend; and "Page N of M" with
 * the print date at the foot. Shared notes, when asked for, follow on
 * pages of their own; private notes never. Then, when asked for, each
 * attached image on a page of its own (debrief-timeline-pages-images.c).
 * Thumbnails on the chart come from a synchronous cache of the review's
 * folder: every page has its images before it is drawn.
 *
 * A page draws through the one renderer with a frame of just its time and
 * its lanes, so it holds only its own items, at the detail of the paper:
 * the renderer's bins are a few of the style's pixels wide, and a style
 * pixel is 0.75 pt here (1/96 inch), so a page of 100k events draws some
 * thousands of marks, not 100k rectangles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "debrief-report.h"
#include "debrief-time.h"
#include "debrief-timeline-pages-private.h"

#define POINTS_PER_PX 0.75   /* a style pixel is 1/96 inch */
#define SMALLEST_UNIT 0.25   /* "fit to one page" shrinks no further: a third of the size */
#define MAX_LEGEND_LANES 48
#define MIN_BIN_POINTS 4.0   /* 1.4 mm: finer than a reader can count anyway */
#define THUMBNAIL_SCALE 3    /* a thumbnail on paper: about 300 dpi */

void
debrief_page_setup_init (DebriefPageSetup      *setup,
                         DebriefTimelineLayout *layout)
{
  DebriefReview *review = debrief_timeline_layout_get_review (layout);

  *setup = (DebriefPageSetup) { 0 };
  setup->layout = layout;
  setup->style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PRINT);
  setup->display = DEBRIEF_TIME_DISPLAY_ZONE;
  if (!debrief_review_get_time_bounds (review, &setup->from, &setup->to))
    setup->to = setup->from + DEBRIEF_USEC_PER_HOUR;
  setup->to = MAX (setup->to, setup->from + DEBRIEF_USEC_PER_MIN);
  /* A4 landscape less 1.5 cm margins. */
  setup->width = 842 - 85;
  setup->height = 595 - 85;
  setup->pages_across = 1;
  setup->legend = TRUE;
  setup->printed_at = DEBRIEF_TIME_NONE;
}

static void
note_line_free (gpointer data)
{
  NoteLine *line = data;

  g_free (line->text);
  g_free (line);
}

/* ---- text ------------------------------------------------------------------------- */

PangoLayout *
_debrief_pages_make_text (DebriefTimelinePages *pages,
           cairo_t              *cr,
           const char           *text,
           double                size,
           gboolean              bold,
           double                width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (pages->setup.style->font_family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

double
_debrief_pages_show_text (DebriefTimelinePages *pages,
           cairo_t              *cr,
           const char           *text,
           double                size,
           gboolean              bold,
           double                x,
           double                y,
           double                right)    /* > 0: align the text's end here */
{
  g_autoptr(PangoLayout) layout = _debrief_pages_make_text (pages, cr, text, size, bold, 0);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, right > 0 ? right - width : x, y);
  pango_cairo_show_layout (cr, layout);
  return height;
}

/* A scratch context: Pango measures on it before any page exists. */
static cairo_t *
scratch_context (void)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* ---- the legend --------------------------------------------------------------------- */

/* The lanes' colours beside their names, as many columns as fit. */
static double
draw_lane_legend (DebriefTimelinePages *pages,
                  cairo_t              *cr,
                  double                x,
                  double                y,
                  double                max_width)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  DebriefTimelineLayout *layout = pages->setup.layout;
  double column = style->small_size * 16, row_height = style->small_size * 1.8;
  guint per_row = MAX (1, (guint) (max_width / column)), shown = 0;

  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (layout) && shown < MAX_LEGEND_LANES; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);
      double cx = x + (shown % per_row) * column, cy = y + (shown / per_row) * row_height;
      g_autoptr(PangoLayout) name = NULL;

      if (row->kind != DEBRIEF_ROW_LANE)
        continue;
      cairo_rectangle (cr, cx, cy + row_height * 0.2, style->small_size * 1.4, row_height * 0.6);
      debrief_color_set_source (cr, &row->color);
      cairo_fill_preserve (cr);
      debrief_color_set_source (cr, &style->glyph_edge);
      cairo_set_line_width (cr, style->line_width);
      cairo_stroke (cr);
      name = _debrief_pages_make_text (pages, cr, debrief_pseudonyms_lane_name (pages->setup.names, row->lane), style->small_size, FALSE, 0);
      pango_layout_set_width (name, (int) ((column - style->small_size * 2.4) * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      debrief_color_set_source (cr, &style->text);
      cairo_move_to (cr, cx + style->small_size * 2, cy + row_height * 0.1);
      pango_cairo_show_layout (cr, name);
      shown++;
    }
  return shown == 0 ? 0 : ceil ((double) shown / per_row) * row_height;
}

static double
draw_legend (DebriefTimelinePages    *pages,
             DebriefTimelineRenderer *renderer,
             cairo_t                 *cr,
             double                   y)
{
  DebriefLegendParts parts = DEBRIEF_LEGEND_EVENTS;
  double width = pages->canvas_width, height;

  if (debrief_timeline_layout_get_perspectives (pages->setup.layout) != NULL)
    parts |= DEBRIEF_LEGEND_PERSPECTIVES;
  height = debrief_timeline_renderer_draw_legend_parts (renderer, cr, pages->setup.style, parts, 0, y, width);
  return height + draw_lane_legend (pages, cr, 0, y + height + GAP / 2, width) + GAP / 2;
}

/* ---- geometry ------------------------------------------------------------------------ */

static void
measure (DebriefTimelinePages *pages,
         double                unit)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  DebriefTimelineFrame frame;

  pages->unit = unit;
  pages->canvas_width = pages->setup.width / unit;
  pages->canvas_height = pages->setup.height / unit;
  pages->head_height = style->header_size * 1.4 + style->small_size * 1.5 + GAP;
  pages->foot_height = style->small_size * 1.5 + GAP;
  pages->legend_height = 0;
  if (pages->setup.legend)
    {
      g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
      cairo_t *cr = scratch_context ();

      pages->legend_height = draw_legend (pages, renderer, cr, 0) + GAP;
      cairo_destroy (cr);
    }
  pages->chart_height = MAX (pages->canvas_height - pages->head_height - pages->foot_height - pages->legend_height,
                             style->ruler_height * 2);
  debrief_timeline_frame_init (&frame, pages->setup.layout, style);
  pages->lanes_y = debrief_timeline_frame_get_lanes_y (&frame);
}

/* "All on one page": shrink until every lane fits, but not past legibility
 * (beyond that the lanes go on to further pages down). */
static void
fit_to_page (DebriefTimelinePages *pages)
{
  double needed = pages->lanes_y + debrief_timeline_layout_get_height (pages->setup.layout);
  double around = pages->head_height + pages->foot_height + pages->legend_height;

  if (needed <= pages->chart_height)
    return;
  measure (pages, MAX (POINTS_PER_PX * (pages->chart_height + around) / (needed + around), SMALLEST_UNIT));
}

/* Level of detail at the paper's resolution: a density mark is at least
 * MIN_BIN_POINTS wide on paper however far "fit to one page" shrank the
 * chart, so a page holds some thousands of marks, not a mark per event. */
static void
size_bins (DebriefTimelinePages *pages)
{
  pages->style.cluster_bin = MAX (pages->style.cluster_bin, MIN_BIN_POINTS / pages->unit);
}

/* Cut between rows; a group's heading goes with the rows it heads. */
static void
cut_lanes (DebriefTimelinePages *pages)
{
  DebriefTimelineLayout *layout = pages->setup.layout;
  double room = MAX (pages->chart_height - pages->lanes_y, 1);
  guint n = debrief_timeline_layout_get_n_rows (layout);
  LaneSlice slice = { 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (layout, i);

      if (row->y + row->height - slice.top > room && row->y > slice.top)
        {
          const DebriefTimelineRow *previous = debrief_timeline_layout_get_row (layout, i - 1);

          slice.bottom = previous->kind == DEBRIEF_ROW_GROUP && previous->y > slice.top ? previous->y : row->y;
          g_array_append_val (pages->lane_slices, slice);
          slice.top = slice.bottom;
        }
    }
  slice.bottom = debrief_timeline_layout_get_height (layout);
  g_array_append_val (pages->lane_slices, slice);
}

/* ---- notes ------------------------------------------------------------------------------ */

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const NoteLine *x = *(NoteLine * const *) a, *y = *(NoteLine * const *) b;

  return (x->time > y->time) - (x->time < y->time);
}

static double
notes_indent (DebriefTimelinePages *pages)
{
  return pages->setup.style->label_size * 11;
}

/* Shared notes in the range, in time order. Private ones are left here,
 * once, so no page can show them. */
static void
collect_notes (DebriefTimelinePages *pages,
               cairo_t              *cr)
{
  GListModel *notes = G_LIST_MODEL (debrief_review_get_notes (pages->review));
  double width = pages->canvas_width - notes_indent (pages);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (notes, i);
      g_autoptr(PangoLayout) layout = NULL;
      NoteLine *line;
      int height;

      if (debrief_note_get_private (note) || debrief_note_get_text (note) == NULL)
        continue;
      line = g_new0 (NoteLine, 1);
      line->time = debrief_report_note_time (pages->review, note);
      line->text = debrief_pseudonyms_apply (pages->setup.names, debrief_note_get_text (note));
      if (line->time != DEBRIEF_TIME_NONE && (line->time < pages->setup.from || line->time > pages->setup.to))
        {
          note_line_free (line);
          continue;
        }
      layout = _debrief_pages_make_text (pages, cr, line->text, pages->setup.style->label_size, FALSE, width);
      pango_layout_get_pixel_size (layout, NULL, &height);
      line->height = height + pages->setup.style->label_size * 0.6;
      g_ptr_array_add (pages->notes, line);
    }
  g_ptr_array_sort (pages->notes, compare_notes);
}

static void
paginate_notes (DebriefTimelinePages *pages)
{
  double room = pages->canvas_height - pages->head_height - pages->foot_height - pages->setup.style->header_size * 2.5;
  double used = room;

  for (guint i = 0; i < pages->notes->len; i++)
    {
      NoteLine *line = g_ptr_array_index (pages->notes, i);

      if (used + line->height > room && used > 0)
        {
          g_array_append_val (pages->note_pages, i);
          used = 0;
        }
      used += line->height;
    }
}

/* ---- building ------------------------------------------------------------------------------ */

DebriefTimelinePages *
debrief_timeline_pages_new (const DebriefPageSetup *setup)
{
  DebriefTimelinePages *pages;
  DebriefTimelineFrame frame;

  g_return_val_if_fail (setup != NULL && setup->layout != NULL && setup->style != NULL, NULL);
  g_return_val_if_fail (setup->to > setup->from && setup->width > 0 && setup->height > 0, NULL);

  pages = g_new0 (DebriefTimelinePages, 1);
  pages->setup = *setup;
  pages->style = *setup->style;
  pages->setup.style = &pages->style;
  pages->review = g_object_ref (debrief_timeline_layout_get_review (setup->layout));
  debrief_timeline_frame_init (&frame, setup->layout, setup->style);
  pages->time = frame.time;
  pages->time.mode = setup->display;
  pages->lane_slices = g_array_new (FALSE, FALSE, sizeof (LaneSlice));
  pages->notes = g_ptr_array_new_with_free_func (note_line_free);
  pages->note_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  pages->image_folder = setup->review_file != NULL ? g_file_get_parent (setup->review_file) : NULL;
  pages->thumbnails = debrief_thumbnail_cache_new (TRUE);
  debrief_thumbnail_cache_set_folder (pages->thumbnails, pages->image_folder);
  debrief_thumbnail_cache_set_scale (pages->thumbnails, THUMBNAIL_SCALE);
  pages->images = g_ptr_array_new_with_free_func (g_object_unref);

  debrief_timeline_layout_update (setup->layout, setup->style);
  measure (pages, POINTS_PER_PX);
  pages->n_across = MAX (setup->pages_across, 1);
  if (setup->pages_across == 0)
    fit_to_page (pages);
  size_bins (pages);
  cut_lanes (pages);
  if (setup->notes)
    {
      cairo_t *cr = scratch_context ();

      collect_notes (pages, cr);
      cairo_destroy (cr);
      paginate_notes (pages);
    }
  if (setup->images)
    _debrief_pages_collect_images (pages);
  return pages;
}

void
debrief_timeline_pages_free (DebriefTimelinePages *pages)
{
  if (pages == NULL)
    return;
  g_object_unref (pages->review);
  g_array_unref (pages->lane_slices);
  g_ptr_array_unref (pages->notes);
  g_array_unref (pages->note_pages);
  g_clear_object (&pages->image_folder);
  g_clear_object (&pages->thumbnails);
  g_ptr_array_unref (pages->images);
  g_free (pages);
}

static guint
n_chart_pages (DebriefTimelinePages *pages)
{
  return pages->n_across * pages->lane_slices->len;
}

guint
debrief_timeline_pages_get_n_pages (DebriefTimelinePages *pages)
{
  return n_chart_pages (pages) + pages->note_pages->len + pages->images->len;
}

/* How tall (in the setup's units) a page must be to hold every lane:
 * what a single picture (PNG, SVG) of the whole chart takes. */
double
debrief_timeline_pages_get_natural_height (DebriefTimelinePages *pages)
{
  double lanes = debrief_timeline_layout_get_height (pages->setup.layout);

  return ceil (pages->unit * (pages->head_height + pages->lanes_y + lanes + pages->legend_height + pages->foot_height));
}

/* The time a chart page shows; FALSE for a notes page. Pages go along the
 * time axis first, then down the lanes, as one reads. */
gboolean
debrief_timeline_pages_get_window (DebriefTimelinePages *pages,
                                   guint                 page,
                                   gint64               *out_from,
                                   gint64               *out_to)
{
  gint64 span = pages->setup.to - pages->setup.from;
  guint across = page % pages->n_across;

  if (page >= n_chart_pages (pages))
    return FALSE;
  *out_from = pages->setup.from + span * across / pages->n_across;
  *out_to = pages->setup.from + span * (across + 1) / pages->n_across;
  return TRUE;
}

/* ---- drawing --------------------------------------------------------------------------------- */

static const char *
zone_name (DebriefTimelinePages *pages)
{
  switch (pages->time.mode)
    {
    case DEBRIEF_TIME_DISPLAY_UTC:
      return "UTC";
    case DEBRIEF_TIME_DISPLAY_RELATIVE:
      return _("relative to the incident start");
    case DEBRIEF_TIME_DISPLAY_ZONE:
    default:
      return debrief_review_get_timezone (pages->review) ? debrief_review_get_timezone (pages->review) : "UTC";
    }
}

void
_debrief_pages_draw_head (DebriefTimelinePages *pages,
           cairo_t              *cr,
           guint                 page,
           const char           *subtitle)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  const char *title = debrief_review_get_title (pages->review);
  g_autofree char *named = debrief_pseudonyms_apply (pages->setup.names, title ? title : _("Untitled Review"));
  g_autoptr(PangoLayout) layout = _debrief_pages_make_text (pages, cr, named, style->header_size * 1.3, TRUE, 0);
  g_autofree char *tile = NULL;
  int height;

  pango_layout_set_width (layout, (int) (pages->canvas_width * 0.7 * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, NULL, &height);
  debrief_color_set_source (cr, &style->text);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  debrief_color_set_source (cr, &style->text_dim);
  _debrief_pages_show_text (pages, cr, subtitle, style->small_size, FALSE, 0, height + 2, 0);
  if (page < n_chart_pages (pages) && n_chart_pages (pages) > 1)
    {
      /* Translators: where a tile of a printout goes: "Time 2 of 4 · Lanes 1 of 2". */
      tile = g_strdup_printf (_("Time %u of %u · Lanes %u of %u"), page % pages->n_across + 1, pages->n_across,
                              page / pages->n_across + 1, pages->lane_slices->len);
      _debrief_pages_show_text (pages, cr, tile, style->small_size, FALSE, 0, height + 2, pages->canvas_width);
    }
}

static void
draw_foot (DebriefTimelinePages *pages,
           cairo_t              *cr,
           guint                 page)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  double y = pages->canvas_height - pages->foot_height + GAP / 2;
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, debrief_timeline_pages_get_n_pages (pages));

  cairo_rectangle (cr, 0, y - GAP / 4, pages->canvas_width, style->line_width);
  debrief_color_set_source (cr, &style->separator);
  cairo_fill (cr);
  debrief_color_set_source (cr, &style->text_dim);
  if (pages->setup.printed_at != DEBRIEF_TIME_NONE)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (pages->setup.printed_at / G_USEC_PER_SEC);
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d %H:%M");
      g_autofree char *printed = g_strdup_printf (_("Printed %s"), date);

      _debrief_pages_show_text (pages, cr, printed, style->small_size, FALSE, 0, y, 0);
    }
  _debrief_pages_show_text (pages, cr, number, style->small_size, FALSE, 0, y, pages->canvas_width);
}

char *
_debrief_pages_window_text (DebriefTimelinePages *pages,
             gint64                from,
             gint64                to)
{
  g_autofree char *start = debrief_time_context_format (&pages->time, from, TRUE);
  g_autofree char *end = debrief_time_context_format (&pages->time, to, TRUE);

  /* Translators: the time a page covers, then the time zone it is shown in. */
  return g_strdup_printf (_("%s – %s · Time zone: %s"), start, end, zone_name (pages));
}

static guint
draw_chart_page (DebriefTimelinePages    *pages,
                 DebriefTimelineRenderer *renderer,
                 cairo_t                 *cr,
                 guint                    page)
{
  const LaneSlice *slice = &g_array_index (pages->lane_slices, LaneSlice, page / pages->n_across);
  DebriefTimelineFrame frame;
  g_autofree char *subtitle = NULL;
  guint drawn;

  debrief_timeline_frame_init (&frame, pages->setup.layout, pages->setup.style);
  frame.time = pages->time;
  debrief_timeline_pages_get_window (pages, page, &frame.view_start, &frame.view_end);
  frame.width = pages->canvas_width;
  frame.height = pages->lanes_y + (slice->bottom - slice->top);
  frame.scroll_y = slice->top;
  frame.names = pages->setup.names;
  /* A screenshot shows the names that roles replace: with roles, only the
   * picture marker says an image was looked at here. */
  frame.thumbnails = pages->setup.names != NULL ? NULL : pages->thumbnails;

  subtitle = _debrief_pages_window_text (pages, frame.view_start, frame.view_end);
  _debrief_pages_draw_head (pages, cr, page, subtitle);
  cairo_save (cr);
  cairo_translate (cr, 0, pages->head_height);
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  drawn = debrief_timeline_renderer_get_stats (renderer)->primitives;
  cairo_rectangle (cr, 0, 0, frame.width, frame.height);
  cairo_set_line_width (cr, pages->setup.style->line_width);
  debrief_color_set_source (cr, &pages->setup.style->separator);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (pages->setup.legend)
    draw_legend (pages, renderer, cr, pages->head_height + frame.height + GAP);
  return drawn;
}

static void
draw_notes_page (DebriefTimelinePages *pages,
                 cairo_t              *cr,
                 guint                 page)
{
  const DebriefTimelineStyle *style = pages->setup.style;
  guint index = page - n_chart_pages (pages);
  guint first = g_array_index (pages->note_pages, guint, index);
  guint end = index + 1 < pages->note_pages->len ? g_array_index (pages->note_pages, guint, index + 1) : pages->notes->len;
  double y = pages->head_height;
  g_autofree char *subtitle = _debrief_pages_window_text (pages, pages->setup.from, pages->setup.to);

  _debrief_pages_draw_head (pages, cr, page, subtitle);
  debrief_color_set_source (cr, &style->text);
  y += _debrief_pages_show_text (pages, cr, _("Notes"), style->header_size * 1.2, TRUE, 0, y, 0) + style->header_size;
  for (guint i = first; i < end; i++)
    {
      NoteLine *line = g_ptr_array_index (pages->notes, i);
      g_autoptr(PangoLayout) layout = _debrief_pages_make_text (pages, cr, line->text, style->label_size, FALSE,
                                                 pages->canvas_width - notes_indent (pages));

      if (line->time != DEBRIEF_TIME_NONE)
        {
          g_autofree char *clock = debrief_time_context_format (&pages->time, line->time, FALSE);

          debrief_color_set_source (cr, &style->text_dim);
          _debrief_pages_show_text (pages, cr, clock, style->label_size, FALSE, 0, y, 0);
        }
      debrief_color_set_source (cr, &style->text);
      cairo_move_to (cr, notes_indent (pages), y);
      pango_cairo_show_layout (cr, layout);
      y += line->height;
    }
}

/* Draws page @page (from 0) with its top left corner at the origin of @cr,
 * in the setup's units; returns how many fills and strokes the chart took
 * (SVG export warns when a page holds very many). */
guint
debrief_timeline_pages_draw (DebriefTimelinePages    *pages,
                             DebriefTimelineRenderer *renderer,
                             cairo_t                 *cr,
                             guint                    page)
{
  guint drawn = 0;

  g_return_val_if_fail (pages != NULL && renderer != NULL && cr != NULL, 0);
  g_return_val_if_fail (page < debrief_timeline_pages_get_n_pages (pages), 0);

  cairo_save (cr);
  cairo_scale (cr, pages->unit, pages->unit);
  cairo_rectangle (cr, 0, 0, pages->canvas_width, pages->canvas_height);
  debrief_color_set_source (cr, &pages->setup.style->background);
  cairo_fill (cr);
  if (page < n_chart_pages (pages))
    drawn = draw_chart_page (pages, renderer, cr, page);
  else if (page < n_chart_pages (pages) + pages->note_pages->len)
    draw_notes_page (pages, cr, page);
  else
    _debrief_pages_draw_image (pages, cr, page, page - n_chart_pages (pages) - pages->note_pages->len);
  draw_foot (pages, cr, page);
  cairo_restore (cr);
  return drawn;
}
