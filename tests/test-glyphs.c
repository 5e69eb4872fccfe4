/* test-glyphs.c — event glyphs: the kind mapping, staying in their box,
 * telling apart without colour, balanced weight, leaving cairo as found;
 * and the perspective entries' glyphs: in their box, told apart from each
 * other and from every event glyph, testimony from evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-entry-glyphs.h"
#include "debrief-glyphs.h"

static const DebriefColor black = DEBRIEF_COLOR_RGB (0x000000);

static const char * const glyph_names[DEBRIEF_N_GLYPHS] = {
  "circle", "square", "triangle", "diamond", "arrowhead",
  "ring", "star", "wave", "tab", "generic",
};

/* An A8 image of @glyph in black, its box's top left at (@margin, @margin). */
static cairo_surface_t *
render_mask (DebriefGlyph        glyph,
             double              size,
             int                 margin,
             const DebriefColor *edge)
{
  int extent = (int) size + 2 * margin;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, extent, extent);
  cairo_t *cr = cairo_create (surface);

  debrief_glyph_draw (cr, glyph, extent / 2.0, extent / 2.0, size, &black, edge);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static double
mask_alpha (cairo_surface_t *surface,
            int              x,
            int              y)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);

  return data[y * cairo_image_surface_get_stride (surface) + x] / 255.0;
}

/* Coverage summed over the image, in pixels. */
static double
ink_area (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double area = 0.0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      area += mask_alpha (surface, x, y);
  return area;
}

static void
test_for_kind (void)
{
  /* In DebriefEventKind order: chat, log, alert, deploy, action,
   * observation, decision, metric, note. */
  static const DebriefGlyph builtins[] = {
    DEBRIEF_GLYPH_CIRCLE, DEBRIEF_GLYPH_SQUARE, DEBRIEF_GLYPH_TRIANGLE,
    DEBRIEF_GLYPH_DIAMOND, DEBRIEF_GLYPH_ARROWHEAD, DEBRIEF_GLYPH_RING,
    DEBRIEF_GLYPH_STAR, DEBRIEF_GLYPH_WAVE, DEBRIEF_GLYPH_TAB,
  };
  static const guint custom[] = { 9, 10, 200, 65534, G_MAXUINT };

  for (guint kind = 0; kind < G_N_ELEMENTS (builtins); kind++)
    g_assert_cmpint (debrief_glyph_for_kind (kind), ==, builtins[kind]);
  for (guint i = 0; i < G_N_ELEMENTS (custom); i++)
    g_assert_cmpint (debrief_glyph_for_kind (custom[i]), ==, DEBRIEF_GLYPH_GENERIC);
}

/* Every glyph stays in its box (give or take a pixel of antialiasing),
 * wherever its centre falls on the pixel grid, and leaves ink there. */
static void
test_ink (void)
{
  static const struct {
    double x;
    double y;
  } centres[] = { { 16.0, 16.0 }, { 16.5, 16.5 }, { 15.3, 16.7 } };
  const double size = 16.0, slack = 1.0;

  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    for (guint c = 0; c < G_N_ELEMENTS (centres); c++)
      for (int with_edge = 0; with_edge < 2; with_edge++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
          cairo_t *cr = cairo_create (surface);
          double left = centres[c].x - size / 2.0 - slack, right = centres[c].x + size / 2.0 + slack;
          double top = centres[c].y - size / 2.0 - slack, bottom = centres[c].y + size / 2.0 + slack;
          const unsigned char *data;
          int stride, inside = 0;

          g_test_message ("%s at (%g, %g), %s edge", glyph_names[glyph], centres[c].x, centres[c].y,
                          with_edge ? "with" : "no");
          debrief_glyph_draw (cr, glyph, centres[c].x, centres[c].y, size,
                              debrief_lane_color (glyph), with_edge ? &black : NULL);
          cairo_surface_flush (surface);
          data = cairo_image_surface_get_data (surface);
          stride = cairo_image_surface_get_stride (surface);
          for (int y = 0; y < 32; y++)
            for (int x = 0; x < 32; x++)
              {
                guint32 pixel;
                gboolean in_box = x >= left && x + 1 <= right && y >= top && y + 1 <= bottom;

                memcpy (&pixel, data + y * stride + x * 4, sizeof pixel);
                if (pixel >> 24 == 0)
                  continue;
                if (!in_box)
                  g_error ("%s leaves ink at (%d, %d)", glyph_names[glyph], x, y);
                inside++;
              }
          /* A glyph is more than a speck: at least a 4 × 4 block's worth. */
          g_assert_cmpint (inside, >=, 16);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
}

/* Shape carries the meaning: in black alone, any two glyphs differ in at
 * least 8 % of their box. */
static void
test_distinct (void)
{
  const double size = 24.0;
  const int box = 24 * 24;
  cairo_surface_t *masks[DEBRIEF_N_GLYPHS];

  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    masks[glyph] = render_mask (glyph, size, 0, &black);

  for (int a = 0; a < DEBRIEF_N_GLYPHS; a++)
    for (int b = a + 1; b < DEBRIEF_N_GLYPHS; b++)
      {
        int differing = 0;

        for (int y = 0; y < 24; y++)
          for (int x = 0; x < 24; x++)
            differing += (mask_alpha (masks[a], x, y) > 0.5) != (mask_alpha (masks[b], x, y) > 0.5);
        g_test_message ("%s vs %s: %d of %d pixels differ", glyph_names[a], glyph_names[b], differing, box);
        g_assert_cmpfloat (differing, >=, 0.08 * box);
      }

  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    cairo_surface_destroy (masks[glyph]);
}

/* The solid shapes weigh about the same; a log's square is lighter. */
static void
test_balanced (void)
{
  static const DebriefGlyph solids[] = {
    DEBRIEF_GLYPH_CIRCLE, DEBRIEF_GLYPH_TRIANGLE, DEBRIEF_GLYPH_DIAMOND,
    DEBRIEF_GLYPH_ARROWHEAD, DEBRIEF_GLYPH_STAR,
  };
  static const double sizes[] = { 12.0, 16.0, 24.0, 48.0 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int with_edge = 0; with_edge < 2; with_edge++)
      {
        const DebriefColor *edge = with_edge ? &black : NULL;
        double lightest = G_MAXDOUBLE, heaviest = 0.0, circle = 0.0, square;
        cairo_surface_t *surface;

        for (guint i = 0; i < G_N_ELEMENTS (solids); i++)
          {
            double area;

            surface = render_mask (solids[i], sizes[s], 2, edge);
            area = ink_area (surface);
            cairo_surface_destroy (surface);
            g_test_message ("size %g, %s edge: %s %.1f px", sizes[s], with_edge ? "with" : "no",
                            glyph_names[solids[i]], area);
            lightest = MIN (lightest, area);
            heaviest = MAX (heaviest, area);
            if (solids[i] == DEBRIEF_GLYPH_CIRCLE)
              circle = area;
          }
        g_assert_cmpfloat (heaviest, <=, 1.6 * lightest);

        surface = render_mask (DEBRIEF_GLYPH_SQUARE, sizes[s], 2, edge);
        square = ink_area (surface);
        cairo_surface_destroy (surface);
        g_assert_cmpfloat (square, <, circle);
      }
}

static void
assert_state_kept (cairo_t         *cr,
                   cairo_pattern_t *source,
                   double           line_width)
{
  double red, green, blue, alpha;

  g_assert_true (cairo_get_source (cr) == source);
  g_assert_cmpint (cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha), ==,
                   CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (red, ==, 0.25);
  g_assert_cmpfloat (green, ==, 0.5);
  g_assert_cmpfloat (blue, ==, 0.75);
  g_assert_cmpfloat (alpha, ==, 1.0);
  g_assert_cmpfloat (cairo_get_line_width (cr), ==, line_width);
  g_assert_cmpint (cairo_get_line_cap (cr), ==, CAIRO_LINE_CAP_SQUARE);
  g_assert_cmpint (cairo_get_line_join (cr), ==, CAIRO_LINE_JOIN_BEVEL);
  g_assert_cmpint (cairo_get_fill_rule (cr), ==, CAIRO_FILL_RULE_EVEN_ODD);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
}

/* A dimmed (translucent) glyph shows the background through its fill, not
 * its edge colour. The wave, a stroke over a wider halo, is left out. */
static void
test_translucent (void)
{
  static const struct {
    DebriefGlyph glyph;
    int          dx;  /* a pixel well inside the fill, right of the centre */
  } cases[] = {
    { DEBRIEF_GLYPH_CIRCLE, 0 }, { DEBRIEF_GLYPH_SQUARE, 0 }, { DEBRIEF_GLYPH_TRIANGLE, 0 },
    { DEBRIEF_GLYPH_DIAMOND, 0 }, { DEBRIEF_GLYPH_ARROWHEAD, 0 }, { DEBRIEF_GLYPH_STAR, 0 },
    { DEBRIEF_GLYPH_TAB, 0 }, { DEBRIEF_GLYPH_RING, 8 }, { DEBRIEF_GLYPH_GENERIC, 6 },
  };
  const DebriefColor red = { 1.0, 0.0, 0.0, 0.5 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 64);
      cairo_t *cr = cairo_create (surface);
      const unsigned char *data;
      guint32 pixel;

      g_test_message ("%s", glyph_names[cases[i].glyph]);
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_paint (cr);
      debrief_glyph_draw (cr, cases[i].glyph, 32.0, 32.0, 24.0, &red, &black);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      memcpy (&pixel, data + 32 * cairo_image_surface_get_stride (surface) + (32 + cases[i].dx) * 4,
              sizeof pixel);
      g_assert_cmpint (pixel >> 16 & 0xff, ==, 0xff);
      g_assert_cmpint (pixel >> 8 & 0xff, >=, 0x7e);
      g_assert_cmpint (pixel >> 8 & 0xff, <=, 0x81);
      g_assert_cmpint (pixel & 0xff, >=, 0x7e);
      g_assert_cmpint (pixel & 0xff, <=, 0x81);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The caller's source, line style and path are as they were. */
static void
test_state (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  const DebriefColor *fill = debrief_lane_color (6);
  cairo_pattern_t *source;

  cairo_set_source_rgb (cr, 0.25, 0.5, 0.75);
  cairo_set_line_width (cr, 3.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  source = cairo_get_source (cr);

  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    {
      cairo_path_t *path;
      double x, y;

      g_test_message ("%s", glyph_names[glyph]);

      /* No path before, none after. */
      debrief_glyph_draw (cr, glyph, 32.0, 32.0, 20.0, fill, &black);
      debrief_glyph_draw (cr, glyph, 32.0, 32.0, 20.0, fill, NULL);
      assert_state_kept (cr, source, 3.5);
      g_assert_false (cairo_has_current_point (cr));
      path = cairo_copy_path (cr);
      g_assert_cmpint (path->status, ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (path->num_data, ==, 0);
      cairo_path_destroy (path);

      /* A path in progress is left as it was. */
      cairo_move_to (cr, 3.0, 4.0);
      cairo_line_to (cr, 10.0, 12.0);
      debrief_glyph_draw (cr, glyph, 32.0, 32.0, 20.0, fill, &black);
      assert_state_kept (cr, source, 3.5);
      g_assert_true (cairo_has_current_point (cr));
      cairo_get_current_point (cr, &x, &y);
      g_assert_cmpfloat (x, ==, 10.0);
      g_assert_cmpfloat (y, ==, 12.0);
      path = cairo_copy_path (cr);
      g_assert_cmpint (path->num_data, ==, 4);
      g_assert_cmpint (path->data[0].header.type, ==, CAIRO_PATH_MOVE_TO);
      g_assert_cmpfloat (path->data[1].point.x, ==, 3.0);
      g_assert_cmpfloat (path->data[1].point.y, ==, 4.0);
      g_assert_cmpint (path->data[2].header.type, ==, CAIRO_PATH_LINE_TO);
      g_assert_cmpfloat (path->data[3].point.x, ==, 10.0);
      g_assert_cmpfloat (path->data[3].point.y, ==, 12.0);
      cairo_path_destroy (path);
      cairo_new_path (cr);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- perspective entries --------------------------------------------------------- */

static const char * const entry_names[] = { "saw", "believed", "expected", "did", "asked" };
#define N_ENTRY_KINDS 5

static const DebriefColor white = DEBRIEF_COLOR_RGB (0xffffff);
static const DebriefColor grey = DEBRIEF_COLOR_RGB (0x808080);

/* An A8 image of an entry glyph: the fill and outlines black, the pale
 * parts (inside outlines, marks on solids) clear, as in grey print. */
static cairo_surface_t *
render_entry_mask (DebriefEntryKind   kind,
                   DebriefEntryOrigin origin,
                   double             size)
{
  int extent = (int) size;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, extent, extent);
  cairo_t *cr = cairo_create (surface);
  const DebriefColor clear = { 0, 0, 0, 0 };
  DebriefEntryInk ink = { &black, &black, &black, &clear };

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  debrief_entry_glyph_draw (cr, kind, origin, extent / 2.0, extent / 2.0, size, &ink);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static int
differing_pixels (cairo_surface_t *a,
                  cairo_surface_t *b,
                  int              extent)
{
  int differing = 0;

  for (int y = 0; y < extent; y++)
    for (int x = 0; x < extent; x++)
      differing += (mask_alpha (a, x, y) > 0.5) != (mask_alpha (b, x, y) > 0.5);
  return differing;
}

/* Every entry glyph, solid or outlined, stays in its box and leaves ink. */
static void
test_entry_ink (void)
{
  const double sizes[] = { 11.0, 15.0, 28.0 };

  for (guint kind = 0; kind < N_ENTRY_KINDS; kind++)
    for (int origin = 0; origin < 2; origin++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 48, 48);
          cairo_t *cr = cairo_create (surface);
          DebriefEntryInk ink = { debrief_lane_color (kind), &black, &grey, &white };
          double half = sizes[s] / 2.0, cx = 24.3, cy = 23.6;
          const unsigned char *data;
          int stride, inside = 0;

          debrief_entry_glyph_draw (cr, kind, origin, cx, cy, sizes[s], &ink);
          cairo_surface_flush (surface);
          data = cairo_image_surface_get_data (surface);
          stride = cairo_image_surface_get_stride (surface);
          for (int y = 0; y < 48; y++)
            for (int x = 0; x < 48; x++)
              {
                guint32 pixel;

                memcpy (&pixel, data + y * stride + x * 4, sizeof pixel);
                if (pixel >> 24 == 0)
                  continue;
                if (x < cx - half - 1 || x + 1 > cx + half + 1 || y < cy - half - 1 || y + 1 > cy + half + 1)
                  g_error ("%s (%s, %g px) leaves ink at (%d, %d)", entry_names[kind],
                           origin ? "evidence" : "testimony", sizes[s], x, y);
                inside++;
              }
          g_assert_cmpint (inside, >=, sizes[s] * sizes[s] / 4);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
}

/* In grey alone, any two entry glyphs differ in at least 8 % of the box
 * (as event glyphs do), each differs from every event glyph, and the
 * outlined testimony differs from the solid evidence. */
static void
test_entry_distinct (void)
{
  const double size = 24.0;
  const int box = 24 * 24;
  cairo_surface_t *entries[N_ENTRY_KINDS][2], *events[DEBRIEF_N_GLYPHS];

  for (guint kind = 0; kind < N_ENTRY_KINDS; kind++)
    for (int origin = 0; origin < 2; origin++)
      entries[kind][origin] = render_entry_mask (kind, origin, size);
  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    events[glyph] = render_mask (glyph, size, 0, &black);

  for (int origin = 0; origin < 2; origin++)
    for (guint a = 0; a < N_ENTRY_KINDS; a++)
      {
        for (guint b = a + 1; b < N_ENTRY_KINDS; b++)
          g_assert_cmpint (differing_pixels (entries[a][origin], entries[b][origin], 24), >=, 0.08 * box);
        for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
          {
            int differing = differing_pixels (entries[a][origin], events[glyph], 24);

            g_test_message ("%s (%s) vs %s: %d of %d pixels differ", entry_names[a],
                            origin ? "evidence" : "testimony", glyph_names[glyph], differing, box);
            g_assert_cmpint (differing, >=, 0.08 * box);
          }
      }
  for (guint kind = 0; kind < N_ENTRY_KINDS; kind++)
    g_assert_cmpint (differing_pixels (entries[kind][0], entries[kind][1], 24), >=, 0.08 * box);

  for (guint kind = 0; kind < N_ENTRY_KINDS; kind++)
    for (int origin = 0; origin < 2; origin++)
      cairo_surface_destroy (entries[kind][origin]);
  for (int glyph = 0; glyph < DEBRIEF_N_GLYPHS; glyph++)
    cairo_surface_destroy (events[glyph]);
}

/* The caller's source and line style are as they were, and no path is left. */
static void
test_entry_state (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  DebriefEntryInk ink = { debrief_lane_color (6), &black, &grey, &white };
  cairo_pattern_t *source;

  cairo_set_source_rgb (cr, 0.25, 0.5, 0.75);
  cairo_set_line_width (cr, 3.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  source = cairo_get_source (cr);
  for (guint kind = 0; kind < N_ENTRY_KINDS; kind++)
    for (int origin = 0; origin < 2; origin++)
      {
        debrief_entry_glyph_draw (cr, kind, origin, 32.0, 32.0, 20.0, &ink);
        assert_state_kept (cr, source, 3.5);
        g_assert_false (cairo_has_current_point (cr));
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/glyphs/for-kind", test_for_kind);
  g_test_add_func ("/glyphs/ink", test_ink);
  g_test_add_func ("/glyphs/distinct", test_distinct);
  g_test_add_func ("/glyphs/balanced", test_balanced);
  g_test_add_func ("/glyphs/translucent", test_translucent);
  g_test_add_func ("/glyphs/state", test_state);
  g_test_add_func ("/glyphs/entries/ink", test_entry_ink);
  g_test_add_func ("/glyphs/entries/distinct", test_entry_distinct);
  g_test_add_func ("/glyphs/entries/state", test_entry_state);

  return g_test_run ();
}
