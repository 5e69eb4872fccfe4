/* debrief-time-zones.c — the IANA time zones this system knows
 *
 * GLib can open a zone by name but cannot list them, so the names come from
 * the tz database's own indexes under $TZDIR (or /usr/share/zoneinfo):
 * tzdata.zi names every zone ("Z name …") and every link ("L target name"),
 * old names included, so a review written with "Asia/Calcutta" still finds
 * its zone in the list. Systems without it have zone1970.tab or zone.tab,
 * which name only the canonical zones. Every name is checked against
 * g_time_zone_new_identifier(): an index may list a zone whose file is
 * missing (a trimmed container image), and a name GLib cannot open would
 * silently show as UTC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-time-zones"

#include "config.h"

#include <string.h>

#include "debrief-time-zones.h"

static const char *
zone_directory (void)
{
  const char *dir = g_getenv ("TZDIR");

  return dir != NULL && *dir != '\0' ? dir : "/usr/share/zoneinfo";
}

static char *
read_index (const char *name)
{
  g_autofree char *path = g_build_filename (zone_directory (), name, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

/* "Z Europe/Berlin 0:53:28 - LMT 1893 Ap" and "L Europe/Berlin Arctic/Longyearbyen". */
static void
add_tzdata_line (GHashTable *names,
                 const char *line)
{
  g_auto(GStrv) fields = NULL;

  if ((line[0] != 'Z' && line[0] != 'L') || line[1] != ' ')
    return;
  fields = g_strsplit_set (line, " \t", -1);
  if (line[0] == 'Z' && g_strv_length (fields) >= 2 && *fields[1] != '\0')
    g_hash_table_add (names, g_strdup (fields[1]));
  else if (line[0] == 'L' && g_strv_length (fields) >= 3 && *fields[2] != '\0')
    g_hash_table_add (names, g_strdup (fields[2]));
}

/* "DE\t+5230+01322\tEurope/Berlin\tmost of Germany"; the zone is the third
 * field in zone.tab and zone1970.tab alike. */
static void
add_tab_line (GHashTable *names,
              const char *line)
{
  g_auto(GStrv) fields = NULL;

  if (line[0] == '#' || line[0] == '\0')
    return;
  fields = g_strsplit (line, "\t", -1);
  if (g_strv_length (fields) >= 3 && *fields[2] != '\0')
    g_hash_table_add (names, g_strdup (fields[2]));
}

static gboolean
read_names (GHashTable *names,
            const char *index,
            void      (*add_line) (GHashTable *, const char *))
{
  g_autofree char *contents = read_index (index);
  g_auto(GStrv) lines = NULL;

  if (contents == NULL)
    return FALSE;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    add_line (names, g_strchomp (lines[i]));
  return TRUE;
}

static gboolean
is_known (const char *identifier)
{
  GTimeZone *zone = g_time_zone_new_identifier (identifier);

  if (zone == NULL)
    return FALSE;
  g_time_zone_unref (zone);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * debrief_time_zones_list:
 *
 * Returns: (transfer full): the zone identifiers, sorted by byte value
 *   (they are ASCII), without duplicates, always including "UTC"
 */
char **
debrief_time_zones_list (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer name;

  if (!read_names (names, "tzdata.zi", add_tzdata_line) &&
      !read_names (names, "zone1970.tab", add_tab_line))
    read_names (names, "zone.tab", add_tab_line);
  g_hash_table_add (names, g_strdup ("UTC"));

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (is_known (name))
      g_ptr_array_add (known, g_strdup (name));
  g_ptr_array_sort (known, compare_names);
  g_ptr_array_add (known, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&known), FALSE);
}
