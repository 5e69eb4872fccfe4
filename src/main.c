/* main.c — Debrief starts as a GUI, or runs a headless sub-command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "debrief-application.h"
#include "debrief-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DebriefApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* `debrief validate …` and friends never touch a display. */
  if (argc > 1 && debrief_cli_is_command (argv[1]))
    return debrief_cli_main (argc, argv);

  g_set_application_name (_("Debrief"));
  application = debrief_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
