/* debrief-recent.c — recently used review files, from GtkRecentManager
 *
 * The desktop's shared list, filtered to reviews that still exist, newest
 * first. Shown on the welcome page and under the Open button.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-recent"

#include "config.h"

#include "debrief-recent.h"

static gboolean
is_review (GtkRecentInfo *info)
{
  return g_strcmp0 (gtk_recent_info_get_mime_type (info), DEBRIEF_MIME_TYPE) == 0 ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), ".debrief");
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/**
 * debrief_recent_list:
 *
 * Returns: (transfer full) (element-type GtkRecentInfo): at most
 * @max_items reviews
 */
GPtrArray *
debrief_recent_list (guint max_items)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    if (is_review (l->data) && gtk_recent_info_exists (l->data))
      g_ptr_array_add (result, gtk_recent_info_ref (l->data));
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (result, newest_first);
  if (result->len > max_items)
    g_ptr_array_set_size (result, max_items);
  return result;
}

void
debrief_recent_add (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  static char *groups[] = { (char *) "debrief", NULL };

  data.mime_type = (char *) DEBRIEF_MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "debrief %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}
