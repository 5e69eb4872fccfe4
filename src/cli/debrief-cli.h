/* debrief-cli.h — the headless sub-commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of every sub-command. */
typedef enum {
  DEBRIEF_EXIT_OK      = 0,
  DEBRIEF_EXIT_PROBLEM = 1,  /* an input was invalid or an output failed */
  DEBRIEF_EXIT_USAGE   = 2,  /* the command line itself was wrong */
} DebriefExitCode;

gboolean debrief_cli_is_command (const char *word);
int      debrief_cli_main       (int         argc,
                                 char      **argv);
void     debrief_cli_print_commands (GString *out);

G_END_DECLS
