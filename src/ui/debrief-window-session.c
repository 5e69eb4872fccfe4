/* debrief-window-session.c — each review reopens as it was left
 *
 * The time range the timeline showed, whether the inspector was open and
 * which view (Timeline or Events) was in front are remembered per review
 * file, so a facilitator who prepared the busiest minute finds it again in
 * the meeting. This is the reader's state, not the review's: it lives in
 * $XDG_STATE_HOME/debrief/views.ini (a GKeyFile, one group per file URI),
 * never in the review file, so opening a review and looking around never
 * changes its bytes. GVfs metadata would be the GNOME way, but it needs
 * gvfsd-metadata running and does nothing on many file systems; a small
 * file of our own always works, offline and in tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <errno.h>

#include "debrief-window-private.h"

/* The file stays small: the reviews used longest ago are forgotten. */
#define MAX_REMEMBERED_REVIEWS 100

static char *
memory_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "debrief", "views.ini", NULL);
}

static GKeyFile *
load_memory (void)
{
  g_autofree char *path = memory_path ();
  GKeyFile *memory = g_key_file_new ();

  /* A missing or damaged file only means nothing is remembered yet. */
  g_key_file_load_from_file (memory, path, G_KEY_FILE_NONE, NULL);
  return memory;
}

static int
compare_last_used (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GKeyFile *memory = user_data;
  gint64 used_a = g_key_file_get_int64 (memory, *(const char * const *) a, "used", NULL);
  gint64 used_b = g_key_file_get_int64 (memory, *(const char * const *) b, "used", NULL);

  return used_a < used_b ? -1 : used_a > used_b;
}

static void
forget_oldest (GKeyFile *memory)
{
  gsize n_groups = 0;
  g_auto(GStrv) groups = g_key_file_get_groups (memory, &n_groups);

  if (n_groups <= MAX_REMEMBERED_REVIEWS)
    return;
  g_qsort_with_data (groups, (int) n_groups, sizeof (char *), compare_last_used, memory);
  for (gsize i = 0; i < n_groups - MAX_REMEMBERED_REVIEWS; i++)
    g_key_file_remove_group (memory, groups[i], NULL);
}

static void
save_memory (GKeyFile *memory)
{
  g_autofree char *path = memory_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  forget_oldest (memory);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_key_file_save_to_file (memory, path, &error))
    g_debug ("Could not remember the view in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

static char *
review_key (DebriefWindow *self)
{
  GFile *file = self->document != NULL ? debrief_document_get_file (self->document) : NULL;

  return file != NULL ? g_file_get_uri (file) : NULL;
}

/* Called before the window lets go of its review: when it closes, and when
 * another review takes its place. */
void
_debrief_window_session_store (DebriefWindow *self)
{
  g_autofree char *key = review_key (self);
  g_autoptr(GKeyFile) memory = NULL;
  DebriefTimelineViewport *viewport;
  const char *view;

  if (key == NULL)
    return;
  memory = load_memory ();
  viewport = debrief_timeline_view_get_viewport (self->timeline_view);
  view = adw_view_stack_get_visible_child_name (self->view_stack);
  g_key_file_set_int64 (memory, key, "start", debrief_timeline_viewport_get_start (viewport));
  g_key_file_set_int64 (memory, key, "end", debrief_timeline_viewport_get_end (viewport));
  g_key_file_set_boolean (memory, key, "inspector", adw_flap_get_reveal_flap (self->inspector_flap));
  g_key_file_set_string (memory, key, "view", view != NULL ? view : "timeline");
  g_key_file_set_int64 (memory, key, "used", g_get_real_time ());
  save_memory (memory);
}

/* Called once a review is shown: back to where the reader left it. */
void
_debrief_window_session_recall (DebriefWindow *self)
{
  g_autofree char *key = review_key (self);
  g_autoptr(GKeyFile) memory = NULL;
  g_autofree char *view = NULL;
  gint64 start, end;

  if (key == NULL)
    return;
  memory = load_memory ();
  if (!g_key_file_has_group (memory, key))
    return;
  start = g_key_file_get_int64 (memory, key, "start", NULL);
  end = g_key_file_get_int64 (memory, key, "end", NULL);
  if (end > start)
    debrief_timeline_view_zoom_to (self->timeline_view, start, end, FALSE);
  adw_flap_set_reveal_flap (self->inspector_flap, g_key_file_get_boolean (memory, key, "inspector", NULL));
  view = g_key_file_get_string (memory, key, "view", NULL);
  if (view != NULL && adw_view_stack_get_child_by_name (self->view_stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, view);
}
