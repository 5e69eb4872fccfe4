/* debrief-cli-validate.c — `debrief validate FILE…`
 *
 * Prints every problem of every file as `FILE: JSON.PATH: message`, one per
 * line, so editors and CI logs can point at the spot. Exits 0 when every
 * file is valid, 1 when any is not, 2 on a wrong command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-cli.h"
#include "debrief-cli-commands.h"
#include "debrief-review-loader.h"

static gboolean quiet;

static const GOptionEntry validate_options[] = {
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print problems only, nothing for valid files"), NULL },
  { NULL }
};

static gboolean
validate_one (const char *argument)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (argument);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;

  review = debrief_review_load_file (file, argument, NULL, NULL, NULL, &error);
  if (review == NULL)
    {
      g_print ("%s\n", error->message);
      return FALSE;
    }

  if (debrief_review_get_read_only (review))
    g_print ("%s\n", debrief_review_get_read_only_reason (review));
  else if (!quiet)
    g_print (_("%s: valid — %u lanes, %u events\n"), argument,
             g_list_model_get_n_items (debrief_review_get_lanes (review)),
             debrief_event_store_get_n_events (debrief_review_get_events (review)));
  return TRUE;
}

int
debrief_cli_validate (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — check review files"));
  g_autoptr(GError) error = NULL;
  gboolean all_valid = TRUE;

  g_option_context_add_main_entries (context, validate_options, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Exit status: 0 when every file is valid, 1 when any is not, "
                                      "2 when the command line is wrong."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("debrief validate: %s\n", error->message);
      return DEBRIEF_EXIT_USAGE;
    }
  if (argc < 2)
    {
      g_printerr (_("debrief validate: name at least one review file\n"));
      return DEBRIEF_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    all_valid &= validate_one (argv[i]);
  return all_valid ? DEBRIEF_EXIT_OK : DEBRIEF_EXIT_PROBLEM;
}
