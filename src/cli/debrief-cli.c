/* debrief-cli.c — the headless sub-commands
 *
 * `debrief validate FILE…` and `debrief export …` run without a display and
 * without GTK: they use the model, importers and renderer only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-cli.h"
#include "debrief-cli-commands.h"

typedef struct {
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "validate", N_("Check review files and print every problem found"), debrief_cli_validate },
  { "export", N_("Draw the timeline to a PNG, SVG or PDF file"), debrief_cli_export },
  { "import", N_("Add chat transcripts and logs to a review"), debrief_cli_import },
  { "lint", N_("Point out wording that judges people with hindsight"), debrief_cli_lint },
};

gboolean
debrief_cli_is_command (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (word, commands[i].name) == 0)
      return TRUE;
  return FALSE;
}

/* For `debrief --help`. */
void
debrief_cli_print_commands (GString *out)
{
  g_string_append (out, _("Commands (no display needed):"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_printf (out, _("Run “debrief COMMAND --help” for a command’s options."));
}

int
debrief_cli_main (int    argc,
                  char **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      {
        g_autofree char *program = g_strdup_printf ("debrief %s", commands[i].name);

        /* So that --help begins “Usage: debrief export …”. */
        g_set_prgname (program);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("debrief: unknown command “%s”\n"), argv[1]);
  return DEBRIEF_EXIT_USAGE;
}
