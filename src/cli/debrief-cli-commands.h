/* debrief-cli-commands.h — one function per sub-command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each takes its own argv: argv[0] is the command's name. */
int debrief_cli_validate (int    argc,
                          char **argv);
int debrief_cli_export   (int    argc,
                          char **argv);
int debrief_cli_import   (int    argc,
                          char **argv);
int debrief_cli_lint     (int    argc,
                          char **argv);

G_END_DECLS
