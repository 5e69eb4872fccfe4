/* test-timeline-perspectives.c — the Perspectives group: rows, order, pinning,
 * splitting by kind, collapsing, hit testing entries and drawing their links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "debrief-review-loader.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer-private.h"

#define MINUTE DEBRIEF_USEC_PER_MIN

typedef struct {
  DebriefReview              *review;
  DebriefTimelineLayout      *layout;
  DebriefTimelineRenderer    *renderer;
  const DebriefTimelineStyle *style;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "checkout-latency.debrief", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->review = debrief_review_load_file (file, "example", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* The rows counted here are the lanes' and the perspectives': the
   * example's metric charts are test-series-render's. */
  g_list_store_remove_all (debrief_review_get_series (fixture->review));
  fixture->layout = debrief_timeline_layout_new (fixture->review);
  fixture->renderer = debrief_timeline_renderer_new ();
  fixture->style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  debrief_timeline_renderer_free (fixture->renderer);
  debrief_timeline_layout_free (fixture->layout);
  g_object_unref (fixture->review);
}

static void
choose (Fixture    *fixture,
        const char *ids,
        gboolean    split)
{
  g_auto(GStrv) list = ids ? g_strsplit (ids, ",", -1) : NULL;

  debrief_timeline_layout_set_perspectives (fixture->layout, (const char * const *) list, split);
  debrief_timeline_layout_update (fixture->layout, fixture->style);
}

/* The perspective ids of the rows, in order, one per row: "p-tomas,p-maya". */
static char *
row_ids (Fixture *fixture)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);

      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      g_string_append_printf (ids, "%s%s", ids->len ? "," : "", debrief_item_get_id (DEBRIEF_ITEM (row->perspective)));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static guint
count_rows (Fixture        *fixture,
            DebriefRowKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    n += debrief_timeline_layout_get_row (fixture->layout, i)->kind == kind;
  return n;
}

static DebriefPerspective *
perspective (Fixture    *fixture,
             const char *id)
{
  GListModel *list = G_LIST_MODEL (debrief_review_get_perspectives (fixture->review));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DebriefPerspective) item = g_list_model_get_item (list, i);

      if (g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (item)), id))
        return item;
    }
  g_assert_not_reached ();
}

/* ---- rows ---------------------------------------------------------------------------- */

/* No choice, an empty one or one of unknown ids: no group at all, and the
 * lanes' rows are exactly as before. */
static void
test_none (Fixture       *fixture,
           gconstpointer  data)
{
  const char * const empty[] = { NULL };
  double height;

  debrief_timeline_layout_update (fixture->layout, fixture->style);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 2 + 11);
  g_assert_cmpint (debrief_timeline_layout_get_row (fixture->layout, 0)->group, ==, DEBRIEF_LANE_GROUP_PARTICIPANTS);
  g_assert_null (debrief_timeline_layout_get_perspectives (fixture->layout));
  height = debrief_timeline_layout_get_height (fixture->layout);

  debrief_timeline_layout_set_perspectives (fixture->layout, empty, TRUE);
  debrief_timeline_layout_update (fixture->layout, fixture->style);
  g_assert_null (debrief_timeline_layout_get_perspectives (fixture->layout));
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 13);

  choose (fixture, "nobody,nothing", FALSE);
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->layout), ==, 0);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 13);
  g_assert_cmpfloat (debrief_timeline_layout_get_height (fixture->layout), ==, height);

  choose (fixture, "p-maya", FALSE);
  choose (fixture, NULL, FALSE);
  g_assert_cmpuint (count_rows (fixture, DEBRIEF_ROW_PERSPECTIVE), ==, 0);
  g_assert_cmpfloat (debrief_timeline_layout_get_height (fixture->layout), ==, height);
}

/* The group comes first, its rows in the order chosen, each headed by its
 * participant and in the participant's colour; unknown ids and repeats
 * are left out. Rows tile the height without gaps. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *ids = NULL;
  double y = 0;

  choose (fixture, "p-tomas,p-maya,nobody,p-sam,p-maya", FALSE);
  ids = row_ids (fixture);
  g_assert_cmpstr (ids, ==, "p-tomas,p-maya,p-sam");
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->layout), ==, 3);
  g_assert_cmpint (debrief_timeline_layout_get_row (fixture->layout, 0)->kind, ==, DEBRIEF_ROW_GROUP);
  g_assert_cmpint (debrief_timeline_layout_get_row (fixture->layout, 0)->group, ==, DEBRIEF_LANE_GROUP_PERSPECTIVES);
  g_assert_cmpint (debrief_timeline_layout_get_row (fixture->layout, 4)->group, ==, DEBRIEF_LANE_GROUP_PARTICIPANTS);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 1 + 3 + 13);

  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);

      g_assert_cmpfloat (row->y, ==, y);
      g_assert_cmpuint (debrief_timeline_layout_row_at_y (fixture->layout, row->y + row->height / 2), ==, i);
      y += row->height;
      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      g_assert_cmpint (row->group, ==, DEBRIEF_LANE_GROUP_PERSPECTIVES);
      g_assert_cmpuint (row->lane_key, ==, DEBRIEF_LANE_KEY_NONE);
      g_assert_false (row->split);
      g_assert_false (row->pinned);
      g_assert_true (row->first_of_perspective);
      g_assert_cmpstr (debrief_item_get_id (DEBRIEF_ITEM (row->lane)), ==,
                       debrief_perspective_get_participant (row->perspective));
      /* The participant's own colour. */
      g_assert_true (memcmp (&row->color, &debrief_timeline_layout_find_lane (fixture->layout,
                                                                             debrief_lane_get_key (row->lane))->color,
                             sizeof row->color) == 0);
      g_assert_cmpfloat (row->height, >=, fixture->style->lane_height);
      g_assert_cmpfloat (row->height, >=, row->n_span_rows * fixture->style->entry_row_height);
    }
  g_assert_cmpfloat (debrief_timeline_layout_get_height (fixture->layout), ==, y);
}

/* The reference goes first; pinning only orders: a pinned perspective
 * that is not chosen is not shown. */
static void
test_pinned (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *pinned = NULL, *unchosen = NULL, *unpinned = NULL;
  const DebriefTimelineRow *row;

  debrief_timeline_layout_set_pinned_perspective (fixture->layout, "p-sam");
  choose (fixture, "p-tomas,p-maya,p-sam", FALSE);
  pinned = row_ids (fixture);
  g_assert_cmpstr (pinned, ==, "p-sam,p-tomas,p-maya");
  g_assert_cmpstr (debrief_timeline_layout_get_pinned_perspective (fixture->layout), ==, "p-sam");
  for (guint i = 1; i <= 3; i++)
    {
      row = debrief_timeline_layout_get_row (fixture->layout, i);
      g_assert_true (row->pinned == (i == 1));
      g_assert_cmpuint (row->index, ==, i - 1);
    }

  choose (fixture, "p-tomas,p-maya", FALSE);
  unchosen = row_ids (fixture);
  g_assert_cmpstr (unchosen, ==, "p-tomas,p-maya");

  /* Pinning alone is enough to lay the group out again. */
  choose (fixture, "p-tomas,p-maya,p-sam", FALSE);
  debrief_timeline_layout_set_pinned_perspective (fixture->layout, NULL);
  g_assert_true (debrief_timeline_layout_update (fixture->layout, fixture->style));
  unpinned = row_ids (fixture);
  g_assert_cmpstr (unpinned, ==, "p-tomas,p-maya,p-sam");
  g_assert_false (debrief_timeline_layout_update (fixture->layout, fixture->style));
}

/* Split: a row for each kind present, in the kinds' order, each holding
 * only its kind; the name heads the first. Nothing is lost or repeated. */
static void
test_split (Fixture       *fixture,
            gconstpointer  data)
{
  static const DebriefEntryKind maya[] = {
    DEBRIEF_ENTRY_KIND_SAW, DEBRIEF_ENTRY_KIND_BELIEVED, DEBRIEF_ENTRY_KIND_EXPECTED,
    DEBRIEF_ENTRY_KIND_DID, DEBRIEF_ENTRY_KIND_ASKED,
  };
  static const DebriefEntryKind priya[] = {
    DEBRIEF_ENTRY_KIND_SAW, DEBRIEF_ENTRY_KIND_BELIEVED, DEBRIEF_ENTRY_KIND_EXPECTED, DEBRIEF_ENTRY_KIND_DID,
  };
  guint n_rows = 0, entries[2] = { 0, 0 };

  choose (fixture, "p-maya,p-priya", TRUE);
  g_assert_true (debrief_timeline_layout_get_split_by_kind (fixture->layout));
  g_assert_cmpuint (debrief_timeline_layout_get_n_perspectives (fixture->layout), ==, 2);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);
      gboolean is_maya = n_rows < G_N_ELEMENTS (maya);
      guint position = is_maya ? n_rows : n_rows - G_N_ELEMENTS (maya), n;
      const DebriefEntryPlacement *placements;

      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      g_assert_true (row->split);
      g_assert_cmpstr (debrief_item_get_id (DEBRIEF_ITEM (row->perspective)), ==, is_maya ? "p-maya" : "p-priya");
      g_assert_cmpint (row->entry_kind, ==, is_maya ? maya[position] : priya[position]);
      g_assert_true (row->first_of_perspective == (position == 0));
      g_assert_cmpuint (row->index, ==, is_maya ? 0 : 1);
      placements = debrief_timeline_layout_get_entries (fixture->layout, row, &n);
      g_assert_cmpuint (n, >, 0);
      for (guint k = 0; k < n; k++)
        g_assert_cmpint (placements[k].kind, ==, row->entry_kind);
      entries[is_maya ? 0 : 1] += n;
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (maya) + G_N_ELEMENTS (priya));
  g_assert_cmpuint (entries[0], ==, 6);
  g_assert_cmpuint (entries[1], ==, 6);
}

/* A perspective without entries keeps one (empty) row, split or not. */
static void
test_empty_perspective (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DebriefPerspective) empty = debrief_perspective_new ("p-empty", "maya");
  const DebriefTimelineRow *row;
  guint n;

  g_list_store_append (debrief_review_get_perspectives (fixture->review), empty);
  choose (fixture, "p-empty", TRUE);
  g_assert_cmpuint (count_rows (fixture, DEBRIEF_ROW_PERSPECTIVE), ==, 1);
  row = debrief_timeline_layout_get_row (fixture->layout, 1);
  g_assert_false (row->split);
  g_assert_null (debrief_timeline_layout_get_entries (fixture->layout, row, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (row->height, ==, fixture->style->lane_height);
}

/* Collapsed, the group keeps its header; the lanes below move up, and its
 * entries are nowhere (so no link is drawn to them). */
static void
test_collapsed (Fixture       *fixture,
                gconstpointer  data)
{
  DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (perspective (fixture, "p-priya"), "p-priya-3");
  double height, lanes_y;

  choose (fixture, "p-maya,p-priya", FALSE);
  height = debrief_timeline_layout_get_height (fixture->layout);
  g_assert_nonnull (debrief_timeline_layout_find_entry (fixture->layout, entry, NULL));

  debrief_timeline_layout_set_group_collapsed (fixture->layout, DEBRIEF_LANE_GROUP_PERSPECTIVES, TRUE);
  g_assert_true (debrief_timeline_layout_get_group_collapsed (fixture->layout, DEBRIEF_LANE_GROUP_PERSPECTIVES));
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 1 + 13);
  g_assert_cmpint (debrief_timeline_layout_get_row (fixture->layout, 0)->group, ==, DEBRIEF_LANE_GROUP_PERSPECTIVES);
  g_assert_true (debrief_timeline_layout_get_row (fixture->layout, 0)->collapsed);
  lanes_y = debrief_timeline_layout_get_row (fixture->layout, 1)->y;
  g_assert_cmpfloat (lanes_y, ==, fixture->style->group_height);
  g_assert_cmpfloat (debrief_timeline_layout_get_height (fixture->layout), <, height);
  g_assert_null (debrief_timeline_layout_find_entry (fixture->layout, entry, NULL));

  /* Other groups collapse as before, under the perspectives. */
  debrief_timeline_layout_set_group_collapsed (fixture->layout, DEBRIEF_LANE_GROUP_PERSPECTIVES, FALSE);
  debrief_timeline_layout_set_group_collapsed (fixture->layout, DEBRIEF_LANE_GROUP_PARTICIPANTS, TRUE);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, 1 + 2 + 2 + 6);
  g_assert_nonnull (debrief_timeline_layout_find_entry (fixture->layout, entry, NULL));
}

/* Entries are sorted by start and stacked by time: no two in a sub-row
 * overlap (below the last, which takes the overflow). */
static void
test_stacking (Fixture       *fixture,
               gconstpointer  data)
{
  choose (fixture, "p-maya,p-priya,p-tomas,p-dev,p-sam", FALSE);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);
      const DebriefEntryPlacement *p;
      guint n, rows = 0;

      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      p = debrief_timeline_layout_get_entries (fixture->layout, row, &n);
      g_assert_cmpuint (n, ==, 6);
      for (guint a = 0; a < n; a++)
        {
          gint64 a_end = p[a].end != DEBRIEF_TIME_NONE ? p[a].end : p[a].start;

          rows = MAX (rows, p[a].sub_row + 1);
          g_assert_true (a == 0 || p[a - 1].start <= p[a].start);
          for (guint b = a + 1; b < n; b++)
            if (p[a].sub_row == p[b].sub_row && p[a].sub_row < 5)
              g_assert_cmpint (a_end, <, p[b].start);
        }
      g_assert_cmpuint (row->n_span_rows, ==, rows);
      g_assert_cmpuint (rows, >=, 2);
    }
}

/* The layout follows the review: a removed entry or perspective goes, an
 * entry whose kind changes moves to its kind's row. */
static void
test_follows_review (Fixture       *fixture,
                     gconstpointer  data)
{
  DebriefPerspective *tomas = perspective (fixture, "p-tomas");
  DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (tomas, "p-tomas-1");
  const DebriefTimelineRow *row;
  g_autofree char *ids = NULL;
  guint position;

  choose (fixture, "p-tomas,p-dev", TRUE);
  row = debrief_timeline_layout_find_entry (fixture->layout, entry, NULL);
  g_assert_cmpint (row->entry_kind, ==, DEBRIEF_ENTRY_KIND_SAW);

  debrief_perspective_entry_set_kind (entry, DEBRIEF_ENTRY_KIND_ASKED);
  debrief_timeline_layout_update (fixture->layout, fixture->style);
  row = debrief_timeline_layout_find_entry (fixture->layout, entry, NULL);
  g_assert_cmpint (row->entry_kind, ==, DEBRIEF_ENTRY_KIND_ASKED);

  debrief_perspective_remove_entry (tomas, 0);
  debrief_timeline_layout_update (fixture->layout, fixture->style);
  g_assert_null (debrief_timeline_layout_find_entry (fixture->layout, entry, NULL));

  g_assert_true (g_list_store_find (debrief_review_get_perspectives (fixture->review), tomas, &position));
  g_list_store_remove (debrief_review_get_perspectives (fixture->review), position);
  debrief_timeline_layout_update (fixture->layout, fixture->style);
  ids = row_ids (fixture);
  g_assert_cmpstr (ids, ==, "p-dev,p-dev,p-dev");
}

/* Choosing perspectives lays out the group, not the lanes again: the lane
 * rows keep their order and heights, moved down by the group. */
static void
test_lanes_untouched (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (DebriefTimelineRow));
  double shift;

  debrief_timeline_layout_update (fixture->layout, fixture->style);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    g_array_append_vals (before, debrief_timeline_layout_get_row (fixture->layout, i), 1);

  choose (fixture, "p-dev", FALSE);
  g_assert_cmpuint (debrief_timeline_layout_get_n_rows (fixture->layout), ==, before->len + 2);
  shift = debrief_timeline_layout_get_row (fixture->layout, 2)->y;
  for (guint i = 0; i < before->len; i++)
    {
      const DebriefTimelineRow *a = &g_array_index (before, DebriefTimelineRow, i);
      const DebriefTimelineRow *b = debrief_timeline_layout_get_row (fixture->layout, i + 2);

      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpuint (a->lane_key, ==, b->lane_key);
      g_assert_cmpfloat (a->height, ==, b->height);
      g_assert_cmpfloat (a->y + shift, ==, b->y);
    }
}

/* ---- hits, links, drawing ---------------------------------------------------------- */

static void
frame_of_minutes (Fixture              *fixture,
                  DebriefTimelineFrame *frame,
                  int                   from_minute,
                  int                   minutes)
{
  debrief_timeline_frame_init (frame, fixture->layout, fixture->style);
  frame->width = 1920;
  frame->height = 1080;
  frame->view_start = debrief_time_from_civil (2026, 3, 14, 8, from_minute, 0, 0);
  frame->view_end = frame->view_start + minutes * MINUTE;
}

/* Every entry in view is found where it is drawn; around it, the row
 * answers with its perspective, header or plot. */
static void
test_hit_entries (Fixture       *fixture,
                  gconstpointer  data)
{
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  guint checked = 0;

  choose (fixture, "p-maya,p-priya,p-tomas,p-dev,p-sam", GPOINTER_TO_INT (data));
  frame_of_minutes (fixture, &frame, 10, 16);
  for (guint i = 0; i < debrief_timeline_layout_get_n_rows (fixture->layout); i++)
    {
      const DebriefTimelineRow *row = debrief_timeline_layout_get_row (fixture->layout, i);
      const DebriefEntryPlacement *p;
      guint n;

      if (row->kind != DEBRIEF_ROW_PERSPECTIVE)
        continue;
      p = debrief_timeline_layout_get_entries (fixture->layout, row, &n);
      for (guint k = 0; k < n; k++)
        {
          double x, y;

          if (p[k].start < frame.view_start || p[k].start > frame.view_end)
            continue;
          g_assert_true (debrief_timeline_renderer_locate_entry (fixture->renderer, &frame, p[k].entry, &x, &y));
          g_assert_true (debrief_timeline_renderer_hit_test (fixture->renderer, &frame, x + 1, y, &hit));
          g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_ENTRY);
          g_assert_true (hit.entry == p[k].entry);
          g_assert_true (hit.perspective == row->perspective);
          checked++;
        }

      g_assert_true (debrief_timeline_renderer_hit_test (fixture->renderer, &frame, 20,
                                                         debrief_timeline_frame_get_lanes_y (&frame) + row->y + 4, &hit));
      g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_PERSPECTIVE);
      g_assert_true (hit.perspective == row->perspective);
    }
  g_assert_cmpuint (checked, >=, 25);

  /* Before the first entry: the perspective, not an entry. */
  g_assert_true (debrief_timeline_renderer_hit_test (fixture->renderer, &frame, fixture->style->header_width + 5,
                                                     debrief_timeline_frame_get_lanes_y (&frame) +
                                                     debrief_timeline_layout_get_row (fixture->layout, 1)->y + 10, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_PERSPECTIVE);
  g_assert_null (hit.entry);
}

static guint
count_inked (cairo_surface_t *surface,
             double           cx,
             double           cy,
             double           radius)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface), inked = 0;

  cairo_surface_flush (surface);
  for (int y = MAX ((int) (cy - radius), 0); y < MIN ((int) (cy + radius), cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX ((int) (cx - radius), 0); x < MIN ((int) (cx + radius), cairo_image_surface_get_width (surface)); x++)
      inked += data[y * stride + x * 4 + 3] > 0;
  return inked;
}

/* Hovering or selecting an entry draws arrows from the events it names,
 * and a ring on each: the marks layer gets ink at each linked event. */
static void
test_links_drawn (Fixture       *fixture,
                  gconstpointer  data)
{
  DebriefPerspectiveEntry *entry = debrief_perspective_find_entry (perspective (fixture, "p-priya"), "p-priya-2");
  DebriefEventStore *events = debrief_review_get_events (fixture->review);
  const char * const *links = debrief_perspective_entry_get_links (entry);
  DebriefTimelineFrame frame;

  choose (fixture, "p-priya", FALSE);
  frame_of_minutes (fixture, &frame, 10, 16);
  for (int selected = 0; selected < 2; selected++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
      cairo_t *cr = cairo_create (surface);
      DebriefTimelineMarks marks = { .playhead = DEBRIEF_TIME_NONE };

      marks.selected = DEBRIEF_EVENT_REF_NONE;
      marks.cursor = marks.range_start = marks.range_end = DEBRIEF_TIME_NONE;
      marks.hover.kind = selected ? DEBRIEF_HIT_NONE : DEBRIEF_HIT_ENTRY;
      marks.hover.entry = selected ? NULL : entry;
      marks.selected_entry = selected ? entry : NULL;
      debrief_timeline_renderer_draw_marks (fixture->renderer, cr, &frame, &marks);
      g_assert_nonnull (links);
      for (guint i = 0; links[i] != NULL; i++)
        {
          DebriefEventRef ref = debrief_event_store_lookup (events, links[i]);
          double x, y;

          g_assert_true (debrief_timeline_renderer_locate_event (fixture->renderer, &frame, ref, &x, &y));
          g_assert_cmpuint (count_inked (surface, x, y, fixture->style->glyph_size), >, 10);
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* With perspectives chosen, the chart draws each entry in view once; none
 * chosen, nothing more than before. */
static void
test_drawn (Fixture       *fixture,
            gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineFrame frame;
  guint items_without, primitives_without;

  frame_of_minutes (fixture, &frame, 10, 16);
  debrief_timeline_renderer_draw (fixture->renderer, cr, &frame);
  items_without = debrief_timeline_renderer_get_stats (fixture->renderer)->items;
  primitives_without = debrief_timeline_renderer_get_stats (fixture->renderer)->primitives;

  choose (fixture, "p-maya,p-priya,p-tomas", GPOINTER_TO_INT (data));
  debrief_timeline_renderer_draw (fixture->renderer, cr, &frame);
  g_assert_cmpuint (debrief_timeline_renderer_get_stats (fixture->renderer)->items, ==, items_without + 18);

  choose (fixture, NULL, FALSE);
  debrief_timeline_renderer_draw (fixture->renderer, cr, &frame);
  g_assert_cmpuint (debrief_timeline_renderer_get_stats (fixture->renderer)->items, ==, items_without);
  g_assert_cmpuint (debrief_timeline_renderer_get_stats (fixture->renderer)->primitives, ==, primitives_without);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/timeline/perspectives/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("none", test_none, NULL);
  ADD ("order", test_order, NULL);
  ADD ("pinned", test_pinned, NULL);
  ADD ("split", test_split, NULL);
  ADD ("empty-perspective", test_empty_perspective, NULL);
  ADD ("collapsed", test_collapsed, NULL);
  ADD ("stacking", test_stacking, NULL);
  ADD ("follows-review", test_follows_review, NULL);
  ADD ("lanes-untouched", test_lanes_untouched, NULL);
  ADD ("hit-entries", test_hit_entries, GINT_TO_POINTER (FALSE));
  ADD ("hit-entries-split", test_hit_entries, GINT_TO_POINTER (TRUE));
  ADD ("links-drawn", test_links_drawn, NULL);
  ADD ("drawn", test_drawn, GINT_TO_POINTER (FALSE));
  ADD ("drawn-split", test_drawn, GINT_TO_POINTER (TRUE));
#undef ADD

  return g_test_run ();
}
