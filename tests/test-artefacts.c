/* test-artefacts.c — images beside the review: path rules, copying in,
 * and their markers on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "debrief-artefact-files.h"
#include "debrief-artefact.h"
#include "debrief-time.h"
#include "debrief-timeline-renderer.h"

static void
test_path_rules (void)
{
  static const struct { const char *path; gboolean ok; } cases[] = {
    { "shot.png", TRUE }, { "r.debrief.d/shot.png", TRUE }, { "a/b/c.png", TRUE },
    { "", FALSE }, { "/etc/passwd", FALSE }, { "../shot.png", FALSE }, { "a/../../b.png", FALSE },
    { "~/shot.png", FALSE }, { "a\\b.png", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (debrief_artefact_path_is_relative_inside (cases[i].path), ==, cases[i].ok);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Copies go to NAME.debrief.d/ under a free name; a file already in the
 * review's folder is named where it is; symbolic links cannot lead out. */
static void
test_copy_in_and_resolve (void)
{
  g_autofree char *dir = g_dir_make_tmp ("debrief-artefacts-XXXXXX", NULL);
  g_autofree char *outside_dir = g_dir_make_tmp ("debrief-outside-XXXXXX", NULL);
  g_autofree char *review_path = g_build_filename (dir, "r.debrief", NULL);
  g_autofree char *shot_path = g_build_filename (outside_dir, "shot.png", NULL);
  g_autofree char *secret_path = g_build_filename (outside_dir, "secret.txt", NULL);
  g_autofree char *inside_path = g_build_filename (dir, "notes.png", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.png", NULL);
  g_autoptr(GFile) review = g_file_new_for_path (review_path);
  g_autoptr(GFile) shot = g_file_new_for_path (shot_path);
  g_autoptr(GFile) inside = g_file_new_for_path (inside_path);
  g_autoptr(GFile) resolved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL, *same = NULL, *copied = NULL;
  g_autofree char *copied_path = NULL;

  write_file (review_path, "{}");
  write_file (shot_path, "png bytes");
  write_file (secret_path, "secret");
  write_file (inside_path, "png");

  first = debrief_artefact_copy_in (review, shot, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, "r.debrief.d/shot.png");
  second = debrief_artefact_copy_in (review, shot, &error);
  g_assert_cmpstr (second, ==, "r.debrief.d/shot-2.png");
  copied_path = g_build_filename (dir, first, NULL);
  g_assert_true (g_file_get_contents (copied_path, &copied, NULL, NULL));
  g_assert_cmpstr (copied, ==, "png bytes");
  same = debrief_artefact_copy_in (review, inside, &error);
  g_assert_cmpstr (same, ==, "notes.png");

  resolved = debrief_artefact_resolve (review, first, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (resolved, NULL));
  g_clear_object (&resolved);
  resolved = debrief_artefact_resolve (review, "missing.png", &error);   /* missing: shown as missing */
  g_assert_nonnull (resolved);
  g_clear_object (&resolved);
  g_assert_null (debrief_artefact_resolve (review, "../secret.txt", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (symlink (secret_path, link_path), ==, 0);
  g_assert_null (debrief_artefact_resolve (review, "link.png", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);

  g_remove (link_path);
  g_remove (copied_path);
  g_free (copied_path);
  copied_path = g_build_filename (dir, second, NULL);
  g_remove (copied_path);
  g_free (copied_path);
  copied_path = g_build_filename (dir, "r.debrief.d", NULL);
  g_rmdir (copied_path);
  g_remove (inside_path);
  g_remove (review_path);
  g_remove (shot_path);
  g_remove (secret_path);
  g_rmdir (dir);
  g_rmdir (outside_dir);
}

/* An image at 08:00 on the db lane: its marker is drawn there and a click
 * there finds it; past the playhead it cannot be pointed at. */
/* How many pixels of the marks overlay (hover, selection…) are in the
 * selection colour, with @selected as the selected image. */
static guint
selection_pixels (DebriefTimelineRenderer    *renderer,
                  const DebriefTimelineFrame *frame,
                  const DebriefTimelineStyle *style,
                  DebriefArtefact            *selected)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, frame->width, frame->height);
  cairo_t *cr = cairo_create (surface);
  DebriefTimelineMarks marks = { 0 };
  guint32 want = ((guint32) (style->selection.red * 255 + 0.5) << 16) |
                 ((guint32) (style->selection.green * 255 + 0.5) << 8) |
                 (guint32) (style->selection.blue * 255 + 0.5);
  guint count = 0;

  marks.selected = DEBRIEF_EVENT_REF_NONE;
  marks.cursor = marks.range_start = marks.range_end = marks.playhead = DEBRIEF_TIME_NONE;
  marks.selected_artefact = selected;
  debrief_timeline_renderer_draw_marks (renderer, cr, frame, &marks);
  cairo_surface_flush (surface);
  for (int y = 0; y < frame->height; y++)
    {
      const guint32 *line = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                               y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < frame->width; x++)
        count += (line[x] & 0xffffff) == want;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return count;
}

static void
test_marker_hit (void)
{
  g_autoptr(DebriefReview) review = debrief_review_new ();
  g_autoptr(DebriefLane) lane = debrief_lane_new ("db", DEBRIEF_LANE_KIND_COMPONENT, "orders-db");
  g_autoptr(DebriefArtefact) artefact = debrief_artefact_new ("img1", "r.debrief.d/shot.png");
  g_autoptr(DebriefTimelineLayout) layout = NULL;
  g_autoptr(DebriefTimelineRenderer) renderer = debrief_timeline_renderer_new ();
  const DebriefTimelineStyle *style = debrief_timeline_style_get (DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT);
  gint64 at = debrief_time_from_civil (2026, 3, 14, 8, 0, 0, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 300);
  cairo_t *cr = cairo_create (surface);
  const DebriefTimelineRow *row;
  DebriefTimelineFrame frame;
  DebriefTimelineHit hit;
  DebriefTimeScale scale;
  guint marks_ring;
  double x, y;

  debrief_review_append_lane (review, lane);
  debrief_artefact_set_start (artefact, at);
  debrief_artefact_set_lane (artefact, "db");
  g_list_store_append (debrief_review_get_artefacts (review), artefact);
  debrief_review_set_incident_start (review, at - DEBRIEF_USEC_PER_MIN);
  debrief_review_set_incident_end (review, at + DEBRIEF_USEC_PER_MIN);
  layout = debrief_timeline_layout_new (review);
  debrief_timeline_frame_init (&frame, layout, style);
  frame.width = 800;
  frame.height = 300;
  debrief_timeline_renderer_draw (renderer, cr, &frame);
  g_assert_cmpuint (debrief_timeline_renderer_get_stats (renderer)->primitives, >, 0);

  debrief_timeline_frame_get_scale (&frame, &scale);
  row = debrief_timeline_layout_find_lane (layout, debrief_lane_get_key (lane));
  x = debrief_timeline_frame_get_plot_x (&frame) + debrief_time_scale_to_x (&scale, at);
  y = debrief_timeline_frame_get_lanes_y (&frame) + row->y + 2 + style->glyph_size / 2;
  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, DEBRIEF_HIT_ARTEFACT);
  g_assert_true (hit.artefact == artefact);

  /* A little to the side: the lane, not the image. */
  g_assert_true (debrief_timeline_renderer_hit_test (renderer, &frame, x + 60, y, &hit));
  g_assert_cmpint (hit.kind, !=, DEBRIEF_HIT_ARTEFACT);

  /* Selected, the marker gets a ring in the selection colour. */
  g_assert_cmpuint (selection_pixels (renderer, &frame, style, NULL), ==, 0);
  marks_ring = selection_pixels (renderer, &frame, style, artefact);
  g_assert_cmpuint (marks_ring, >, 100);

  frame.playhead = at - DEBRIEF_USEC_PER_SEC * 10;
  debrief_timeline_renderer_hit_test (renderer, &frame, x, y, &hit);
  g_assert_cmpint (hit.kind, !=, DEBRIEF_HIT_ARTEFACT);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

/* Save As elsewhere takes the images along into NEW.debrief.d/ (one copy
 * for two artefacts naming one file); a missing image keeps its name;
 * within the same folder nothing moves; the undo table names the old
 * paths again. */
static void
test_carry (void)
{
  g_autofree char *from_dir = g_dir_make_tmp ("debrief-from-XXXXXX", NULL);
  g_autofree char *to_dir = g_dir_make_tmp ("debrief-to-XXXXXX", NULL);
  g_autofree char *from_path = g_build_filename (from_dir, "old.debrief", NULL);
  g_autofree char *images = g_build_filename (from_dir, "old.debrief.d", NULL);
  g_autofree char *shot_path = g_build_filename (images, "shot.png", NULL);
  g_autofree char *to_path = g_build_filename (to_dir, "new.debrief", NULL);
  g_autofree char *beside_path = g_build_filename (from_dir, "renamed.debrief", NULL);
  g_autofree char *carried_path = g_build_filename (to_dir, "new.debrief.d", "shot.png", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (from_path);
  g_autoptr(GFile) to = g_file_new_for_path (to_path);
  g_autoptr(GFile) beside = g_file_new_for_path (beside_path);
  g_autoptr(GListStore) artefacts = g_list_store_new (DEBRIEF_TYPE_ARTEFACT);
  g_autoptr(DebriefArtefact) a = debrief_artefact_new ("a1", "old.debrief.d/shot.png");
  g_autoptr(DebriefArtefact) b = debrief_artefact_new ("a2", "old.debrief.d/shot.png");
  g_autoptr(DebriefArtefact) gone = debrief_artefact_new ("a3", "old.debrief.d/gone.png");
  g_autoptr(GHashTable) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copied = NULL;

  g_assert_cmpint (g_mkdir (images, 0700), ==, 0);
  write_file (shot_path, "png bytes");
  g_list_store_append (artefacts, a);
  g_list_store_append (artefacts, b);
  g_list_store_append (artefacts, gone);

  /* The same folder under another name: the paths still hold. */
  g_assert_true (debrief_artefact_files_carry (G_LIST_MODEL (artefacts), from, beside, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (undo), ==, 0);
  g_assert_cmpstr (debrief_artefact_get_path (a), ==, "old.debrief.d/shot.png");
  g_clear_pointer (&undo, g_hash_table_unref);

  g_assert_true (debrief_artefact_files_carry (G_LIST_MODEL (artefacts), from, to, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (debrief_artefact_get_path (a), ==, "new.debrief.d/shot.png");
  g_assert_cmpstr (debrief_artefact_get_path (b), ==, "new.debrief.d/shot.png");
  g_assert_cmpstr (debrief_artefact_get_path (gone), ==, "old.debrief.d/gone.png");
  g_assert_true (g_file_get_contents (carried_path, &copied, NULL, NULL));
  g_assert_cmpstr (copied, ==, "png bytes");
  g_assert_true (g_file_test (shot_path, G_FILE_TEST_EXISTS));  /* copied, not moved */

  /* The save failed: back to the old names. */
  debrief_artefact_files_rename (G_LIST_MODEL (artefacts), undo);
  g_assert_cmpstr (debrief_artefact_get_path (a), ==, "old.debrief.d/shot.png");
  g_assert_cmpstr (debrief_artefact_get_path (b), ==, "old.debrief.d/shot.png");

  remove_tree (from_dir);
  remove_tree (to_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/artefacts/path-rules", test_path_rules);
  g_test_add_func ("/artefacts/copy-in-and-resolve", test_copy_in_and_resolve);
  g_test_add_func ("/artefacts/carry", test_carry);
  g_test_add_func ("/artefacts/marker-hit", test_marker_hit);

  return g_test_run ();
}
