/* make-slack-zip.c — `make-slack-zip OUT.zip FOLDER [PREFIX]` or
 * `make-slack-zip --hostile KIND OUT.zip`, for the command-line tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "slack-zip.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (argc == 4 && strcmp (argv[1], "--hostile") == 0)
    ok = slack_zip_hostile (argv[3], argv[2], &error);
  else if (argc == 3 || argc == 4)
    ok = slack_zip_folder (argv[1], argv[2], argc == 4 ? argv[3] : NULL, &error);
  else
    {
      g_printerr ("usage: make-slack-zip OUT.zip FOLDER [PREFIX] | --hostile KIND OUT.zip\n");
      return 2;
    }
  if (!ok)
    g_printerr ("make-slack-zip: %s\n", error->message);
  return ok ? 0 : 1;
}
