/* test-projection.c — the projection style: contrast, size, and what the
 * room must never see
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "debrief-note.h"
#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"
#include "debrief-timeline-steps.h"
#include "debrief-timeline-style.h"

/* ---- contrast ------------------------------------------------------------------ */

static DebriefColor
over (DebriefColor        under,
      const DebriefColor *top)
{
  DebriefColor opaque = *top, mixed;

  opaque.alpha = 1;
  mixed = debrief_color_mix (&under, &opaque, top->alpha);
  mixed.alpha = 1;
  return mixed;
}

static DebriefColor
tint (DebriefColor        under,
      const DebriefColor *color,
      double              alpha)
{
  DebriefColor top = *color;

  top.alpha = alpha;
  return over (under, &top);
}

/* Every ground a lane's text can stand on: the background, with or without
 * the stripe of every other lane, a phase's band (either of the two) and
 * the dimming outside the incident. */
static GArray *
lane_grounds (const DebriefTimelineStyle *style)
{
  GArray *grounds = g_array_new (FALSE, FALSE, sizeof (DebriefColor));
  const DebriefColor *phases[] = { NULL, &style->phase_fill, &style->phase_fill_alt };

  for (guint stripe = 0; stripe < 2; stripe++)
    for (guint phase = 0; phase < G_N_ELEMENTS (phases); phase++)
      for (guint outside = 0; outside < 2; outside++)
        {
          DebriefColor ground = style->background;

          ground.alpha = 1;
          if (stripe)
            ground = over (ground, &style->lane_stripe);
          if (phases[phase] != NULL)
            ground = over (ground, phases[phase]);
          if (outside)
            ground = over (ground, &style->outside_incident);
          g_array_append_val (grounds, ground);
        }
  return grounds;
}

static void
assert_contrast (const char         *what,
                 const DebriefColor *text,
                 const DebriefColor *ground)
{
  DebriefColor ink = over (*ground, text);
  double ratio = debrief_color_contrast_ratio (&ink, ground);

  if (ratio < DEBRIEF_PROJECTION_MIN_CONTRAST)
    {
      g_autofree char *a = debrief_color_to_string (&ink);
      g_autofree char *b = debrief_color_to_string (ground);

      g_test_message ("%s: %s on %s is %.2f:1", what, a, b, ratio);
    }
  g_assert_cmpfloat (ratio, >=, DEBRIEF_PROJECTION_MIN_CONTRAST);
}

/* Both projection styles, black on white and light on black. */
static void
test_contrast_lanes (gconstpointer data)
{
  const DebriefTimelineStyle *style = debrief_timeline_style_get (GPOINTER_TO_INT (data));
  g_autoptr(GArray) grounds = lane_grounds (style);
  /* Any colour a lane may be given, not only the palette's. */
  const DebriefColor extremes[] = { DEBRIEF_COLOR_RGB (0x000000), DEBRIEF_COLOR_RGB (0xffffff),
                                    DEBRIEF_COLOR_RGB (0x1a1a80), DEBRIEF_COLOR_RGB (0x800000) };

  for (guint g = 0; g < grounds->len; g++)
    {
      const DebriefColor *ground = &g_array_index (grounds, DebriefColor, g);

      assert_contrast ("text on a lane", &style->text, ground);
      assert_contrast ("dim text on a lane", &style->text_dim, ground);
      /* Glyphs take their lane's colour, which may be pale (yellow) or
       * dark: their outline is what reaches the back row. */
      assert_contrast ("glyph outline on a lane", &style->glyph_edge, ground);
      /* A span's text is drawn over its bar, tinted with the lane colour. */
      for (guint c = 0; c < DEBRIEF_N_LANE_COLORS + G_N_ELEMENTS (extremes); c++)
        {
          const DebriefColor *color = c < DEBRIEF_N_LANE_COLORS ? debrief_lane_color (c) : &extremes[c - DEBRIEF_N_LANE_COLORS];
          DebriefColor bar = tint (*ground, color, style->lane_fill_alpha * 0.5);

          assert_contrast ("text on a span bar", &style->text, &bar);
        }
    }
}

static void
test_contrast_margins (gconstpointer data)
{
  const DebriefTimelineStyle *style = debrief_timeline_style_get (GPOINTER_TO_INT (data));
  const DebriefColor *margins[] = { &style->header_background, &style->ruler_background };
  const DebriefColor *badges[] = { &style->text, &style->cursor, &style->selection };

  for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
    {
      DebriefColor ground = *margins[i];
      DebriefColor striped = over (ground, &style->lane_stripe);
      DebriefColor phased = over (ground, &style->phase_fill);
      DebriefColor phased_alt = over (ground, &style->phase_fill_alt);

      assert_contrast ("text in a margin", &style->text, &ground);
      assert_contrast ("dim text in a margin", &style->text_dim, &ground);
      assert_contrast ("text in a striped header", &style->text, &striped);
      assert_contrast ("dim text in a striped header", &style->text_dim, &striped);
      assert_contrast ("phase name", &style->text, &phased);
      assert_contrast ("phase name", &style->text, &phased_alt);
    }
  /* The ruler's badges: type on the playhead, cursor and selection. */
  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    {
      DebriefColor ink = debrief_timeline_style_badge_ink (style, badges[i]);
      DebriefColor ground = over (style->ruler_background, badges[i]);

      assert_contrast ("badge", &ink, &ground);
    }
}

/* The dark screen style's playhead badge is white: its type turns black
 * (it was white on white). */
static void
test_badge_ink_turns_dark (void)
{
  const DebriefTimelineStyle *dark = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_DARK);
  const DebriefTimelineStyle *light = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  DebriefColor on_dark = debrief_timeline_style_badge_ink (dark, &dark->text);
  DebriefColor on_blue = debrief_timeline_style_badge_ink (light, &light->selection);

  g_assert_cmpfloat (on_dark.red + on_dark.green + on_dark.blue, ==, 0);
  g_assert_cmpfloat (on_blue.red + on_blue.green + on_blue.blue, ==, 3);
}

/* The check can fail: the screen style's dim text does not reach 7:1. */
static void
test_contrast_check_can_fail (void)
{
  const DebriefTimelineStyle *screen = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  DebriefColor ground = screen->background;
  DebriefColor ink = over (ground, &screen->text_dim);

  g_assert_cmpfloat (debrief_color_contrast_ratio (&ink, &ground), <, DEBRIEF_PROJECTION_MIN_CONTRAST);
}

/* ---- size ------------------------------------------------------------------------ */

static int
text_height (const DebriefTimelineStyle *style,
             double                      size)
{
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  g_autoptr(GObject) context = G_OBJECT (pango_font_map_create_context (map));
  g_autoptr(PangoLayout) layout = pango_layout_new (PANGO_CONTEXT (context));
  PangoFontDescription *font = pango_font_description_from_string (style->font_family);
  PangoRectangle ink;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Égypte, payment", -1);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  pango_font_description_free (font);
  return ink.height;
}

/* On a 1024×768 projector (scale 1, one logical pixel a pixel) an event's
 * text stands at least 24 px tall, accent to descender. */
static void
test_projection_type_size (void)
{
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PROJECTION);
  const DebriefTimelineStyle *screen = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  DebriefTimelineStyle scaled;

  g_test_message ("projected event text: %d px tall", text_height (style, style->label_size));
  g_assert_cmpint (text_height (style, style->label_size), >=, 24);
  g_assert_cmpint (text_height (screen, screen->label_size), <, 24);
  g_assert_cmpfloat (style->line_width, >=, 2);

  debrief_timeline_style_scale (style, 1.5, &scaled);
  g_assert_cmpfloat_with_epsilon (scaled.label_size, style->label_size * 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scaled.lane_height, style->lane_height * 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scaled.line_width, style->line_width * 1.5, 1e-9);
  g_assert_true (debrief_color_contrast_ratio (&scaled.text, &scaled.background) ==
                 debrief_color_contrast_ratio (&style->text, &style->background));
}

/* ---- private notes ---------------------------------------------------------------- */

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

/* The first ten minutes of the incident, where two private notes sit (one
 * on an event, one on a time alone), in the projection style. */
static GBytes *
render_projection (DebriefReview *review,
                   gboolean       show_private)
{
  g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  DebriefTimelineStyle style = *debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PROJECTION);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1024, 1400);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;
  GBytes *pixels;

  style.font_family = "DejaVu Sans";
  debrief_timeline_frame_init (&frame, layout, &style);
  frame.width = 1024;
  frame.height = 1400;
  frame.view_start = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  frame.view_end = debrief_time_from_civil (2026, 3, 14, 8, 16, 0, 0);
  frame.show_notes = TRUE;
  frame.show_private = show_private;
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface) * 1400);
  cairo_surface_destroy (surface);
  return pixels;
}

static void
remove_notes (DebriefReview *review,
              gboolean       is_private)
{
  GListStore *notes = debrief_review_get_notes (review);

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (notes)); i-- > 0;)
    {
      g_autoptr(DebriefNote) note = g_list_model_get_item (G_LIST_MODEL (notes), i);

      if (debrief_note_get_private (note) == is_private)
        g_list_store_remove (notes, i);
    }
}

/* Projected, a review with private notes draws exactly what it would
 * without them; the facilitator's view draws them (so they are in the
 * picture, and this test could see them). */
static void
test_private_notes_not_projected (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(GBytes) projected = render_projection (review, FALSE);
  g_autoptr(GBytes) facilitator = render_projection (review, TRUE);
  g_autoptr(GBytes) without_private = NULL;

  remove_notes (review, TRUE);
  without_private = render_projection (review, FALSE);
  g_assert_true (g_bytes_equal (projected, without_private));
  g_assert_false (g_bytes_equal (facilitator, projected));
}

/* Shared notes are part of what the room sees; print and export (which
 * do not ask for notes on the chart) draw none. */
static void
test_public_notes_projected (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  g_autoptr(GBytes) with_notes = NULL;
  g_autoptr(GBytes) without_notes = NULL;
  g_autoptr(DebriefNote) shared = debrief_note_new ("shared", "Said aloud in the room");

  remove_notes (review, TRUE);
  debrief_note_set_time (shared, debrief_time_from_civil (2026, 3, 14, 8, 5, 0, 0));
  g_list_store_append (debrief_review_get_notes (review), shared);
  with_notes = render_projection (review, FALSE);
  remove_notes (review, FALSE);
  without_notes = render_projection (review, FALSE);
  g_assert_false (g_bytes_equal (with_notes, without_notes));
  {
    g_autoptr(DebriefTimelineLayout) layout = debrief_timeline_layout_new (review);
    DebriefTimelineFrame frame;

    debrief_timeline_frame_init (&frame, layout, debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_PRINT));
    g_assert_false (frame.show_notes);
    g_assert_false (frame.show_private);
  }
}

/* ---- stepping --------------------------------------------------------------------- */

static guint
count_markers (DebriefReview *review)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (review));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);

      n += debrief_phase_get_kind (phase) == DEBRIEF_PHASE_KIND_MARKER;
    }
  return n;
}

/* Walks every step from before the first; returns them in order. */
static GArray *
walk (DebriefReview *review,
      guint64        hidden_kinds,
      int            direction)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (DebriefStep));
  DebriefStep here, next;

  debrief_step_init_time (&here, direction > 0 ? G_MININT64 / 2 : G_MAXINT64 / 2);
  while (debrief_timeline_step (review, hidden_kinds, &here, direction, &next))
    {
      g_assert_cmpint (next.time * direction, >=, here.time * direction);
      g_array_append_val (steps, next);
      here = next;
      g_assert_cmpuint (steps->len, <=, 100000);
    }
  return steps;
}

/* Forward reaches every event and marker once, in time order; back
 * reaches the same in reverse. */
static void
test_steps_walk (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  g_autoptr(GArray) forward = walk (review, 0, 1);
  g_autoptr(GArray) back = walk (review, 0, -1);
  guint n_markers = count_markers (review);

  g_assert_cmpuint (n_markers, >, 0);
  g_assert_cmpuint (forward->len, ==, debrief_event_store_get_n_events (events) + n_markers);
  g_assert_cmpuint (back->len, ==, forward->len);
  for (guint i = 0; i < forward->len; i++)
    {
      DebriefStep *a = &g_array_index (forward, DebriefStep, i);
      DebriefStep *b = &g_array_index (back, DebriefStep, back->len - 1 - i);

      g_assert_cmpint (a->ref, ==, b->ref);
      g_assert_true (a->marker == b->marker);
    }
}

/* A hidden kind is no step. */
static void
test_steps_skip_hidden_kinds (void)
{
  g_autoptr(DebriefReview) review = load_example ();
  DebriefEventStore *events = debrief_review_get_events (review);
  guint log = G_MAXUINT, n_logs = 0;
  g_autoptr(GArray) steps = NULL;

  for (guint k = 0; k < debrief_event_store_get_n_kinds (events); k++)
    if (g_strcmp0 (debrief_event_store_get_kind_name (events, k), "log") == 0)
      log = k;
  g_assert_cmpuint (log, <, 64);
  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    n_logs += debrief_event_store_get (events, debrief_event_store_get_nth (events, i))->kind == log;
  g_assert_cmpuint (n_logs, >, 0);

  steps = walk (review, G_GUINT64_CONSTANT (1) << log, 1);
  g_assert_cmpuint (steps->len, ==, debrief_event_store_get_n_events (events) - n_logs + count_markers (review));
  for (guint i = 0; i < steps->len; i++)
    {
      DebriefStep *step = &g_array_index (steps, DebriefStep, i);

      if (step->marker == NULL)
        g_assert_cmpuint (debrief_event_store_get (events, step->ref)->kind, !=, log);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/projection/contrast/lanes", GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PROJECTION),
                        test_contrast_lanes);
  g_test_add_data_func ("/projection/contrast/margins", GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PROJECTION),
                        test_contrast_margins);
  g_test_add_data_func ("/projection/contrast/lanes-dark", GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK),
                        test_contrast_lanes);
  g_test_add_data_func ("/projection/contrast/margins-dark", GINT_TO_POINTER (DEBRIEF_TIMELINE_STYLE_PROJECTION_DARK),
                        test_contrast_margins);
  g_test_add_func ("/projection/contrast/badge-ink", test_badge_ink_turns_dark);
  g_test_add_func ("/projection/contrast/check-can-fail", test_contrast_check_can_fail);
  g_test_add_func ("/projection/type-size", test_projection_type_size);
  g_test_add_func ("/projection/private-notes", test_private_notes_not_projected);
  g_test_add_func ("/projection/public-notes", test_public_notes_projected);
  g_test_add_func ("/projection/steps/walk", test_steps_walk);
  g_test_add_func ("/projection/steps/hidden-kinds", test_steps_skip_hidden_kinds);

  return g_test_run ();
}
