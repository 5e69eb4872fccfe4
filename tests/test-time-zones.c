/* test-time-zones.c — the zone names the chooser offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "debrief-time-zones.h"

static void
assert_sorted_unique (char **zones)
{
  for (guint i = 1; zones[i] != NULL; i++)
    g_assert_cmpint (strcmp (zones[i - 1], zones[i]), <, 0);
}

/* The system's database: zones, old names (links) and UTC, each once. */
static void
test_system_zones (void)
{
  g_auto(GStrv) zones = debrief_time_zones_list ();

  g_assert_nonnull (zones);
  if (!g_file_test ("/usr/share/zoneinfo/Europe/Berlin", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no tz database on this system");
      return;
    }
  for (const char * const *name = (const char * const[]) { "Europe/Berlin", "America/New_York",
                                                           "Asia/Kolkata", "UTC", NULL };
       *name != NULL; name++)
    g_assert_true (g_strv_contains ((const char * const *) zones, *name));
  g_assert_cmpuint (g_strv_length (zones), >, 300);
  assert_sorted_unique (zones);
}

static char *
make_tzdir (const char *index,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("debrief-tz-XXXXXX", &error);
  g_autofree char *europe = g_build_filename (dir, "Europe", NULL);
  g_autofree char *berlin = g_build_filename (europe, "Berlin", NULL);
  g_autofree char *index_path = g_build_filename (dir, index, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents ("/usr/share/zoneinfo/Europe/Berlin", &data, &length, NULL));
  g_assert_cmpint (g_mkdir (europe, 0700), ==, 0);
  g_assert_true (g_file_set_contents (berlin, data, length, NULL));
  g_assert_true (g_file_set_contents (index_path, contents, -1, NULL));
  return dir;
}

static void
remove_tzdir (const char *dir,
              const char *index)
{
  g_autofree char *berlin = g_build_filename (dir, "Europe", "Berlin", NULL);
  g_autofree char *europe = g_build_filename (dir, "Europe", NULL);
  g_autofree char *index_path = g_build_filename (dir, index, NULL);

  g_unlink (berlin);
  g_rmdir (europe);
  g_unlink (index_path);
  g_rmdir (dir);
}

/* $TZDIR is honoured, a name without its zone file is left out, and a
 * directory with only zone1970.tab still lists its zones. */
static void
test_tzdir (gconstpointer data)
{
  const char *index = data;
  const char *contents = g_str_equal (index, "tzdata.zi")
    ? "# version 2025b\nZ Europe/Berlin 0:53:28 - LMT 1893 Ap\nZ Mars/Olympus_Mons 0 - MST\nR E 1981 ma - Mar lSu 1u 1 S\n"
    : "#codes\tcoordinates\tTZ\tcomments\nDE\t+5230+01322\tEurope/Berlin\tmost of Germany\nXX\t+0000+00000\tMars/Olympus_Mons\n";
  g_autofree char *dir = NULL;
  g_auto(GStrv) zones = NULL;

  if (!g_file_test ("/usr/share/zoneinfo/Europe/Berlin", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no tz database on this system");
      return;
    }
  dir = make_tzdir (index, contents);
  g_setenv ("TZDIR", dir, TRUE);
  zones = debrief_time_zones_list ();
  g_unsetenv ("TZDIR");
  remove_tzdir (dir, index);

  g_assert_true (g_strv_contains ((const char * const *) zones, "Europe/Berlin"));
  g_assert_true (g_strv_contains ((const char * const *) zones, "UTC"));
  g_assert_false (g_strv_contains ((const char * const *) zones, "Mars/Olympus_Mons"));
  g_assert_false (g_strv_contains ((const char * const *) zones, "America/New_York"));
  assert_sorted_unique (zones);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-zones/system", test_system_zones);
  g_test_add_data_func ("/time-zones/tzdir-tzdata-zi", "tzdata.zi", test_tzdir);
  g_test_add_data_func ("/time-zones/tzdir-zone1970-tab", "zone1970.tab", test_tzdir);
  return g_test_run ();
}
