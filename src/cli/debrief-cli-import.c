/* debrief-cli-import.c — `debrief import [--format F] SOURCE… (-o NEW | --into EXISTING)`
 *
 * Reads each source with its importer (detected, or --format), keeps the
 * records within --from/--to, adds them to a new review or an existing
 * one (saved safely, with a `~` backup) and prints what happened: events
 * added, duplicates left out, lanes made, records skipped and why. Exit
 * status: 0 when events were added, 1 when none could be (nothing new, or
 * a source could not be read), 2 when the command line is wrong — which
 * includes a source that needs an option not given (--date for a log or
 * trace without one, --column for a table whose time column has no usual
 * name).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "debrief-cli-commands.h"
#include "debrief-import-apply.h"
#include "debrief-importer.h"
#include "debrief-review-loader.h"
#include "debrief-review-saver.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

/* How many skipped records are listed one by one; the rest are counted. */
#define SKIPS_LISTED 20

typedef struct {
  char  *format;
  char  *output;
  char  *into;
  char  *tz;
  char  *from;
  char  *to;
  char  *date;
  int    year;
  char **maps;
  char **channels;
  char **columns;
  char **sources;
} Arguments;

static void
arguments_clear (Arguments *arguments)
{
  g_free (arguments->format);
  g_free (arguments->output);
  g_free (arguments->into);
  g_free (arguments->tz);
  g_free (arguments->from);
  g_free (arguments->to);
  g_free (arguments->date);
  g_strfreev (arguments->maps);
  g_strfreev (arguments->channels);
  g_strfreev (arguments->columns);
  g_strfreev (arguments->sources);
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_printerr ("debrief import: %s\n%s", message, _("Run “debrief import --help” for the options.\n"));
  return 2;
}

static gboolean
parse_arguments (GOptionContext *context,
                 Arguments      *arguments,
                 int            *argc,
                 char         ***argv,
                 GError        **error)
{
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &arguments->format, N_("The sources’ format (default: detected)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &arguments->output, N_("Write a new review"), N_("NEW.debrief") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &arguments->into, N_("Add to an existing review"), N_("EXISTING.debrief") },
    { "tz", 0, 0, G_OPTION_ARG_STRING, &arguments->tz, N_("Time zone of times written without one"), N_("ZONE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &arguments->from, N_("Keep records from this time"), N_("TIME") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &arguments->to, N_("Keep records up to this time"), N_("TIME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &arguments->date,
      N_("The date of logs that leave it out; with a time, when a trace started"), N_("YYYY-MM-DD[ HH:MM:SS]") },
    { "year", 0, 0, G_OPTION_ARG_INT, &arguments->year, N_("The year of logs that leave it out (syslog)"), N_("YEAR") },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &arguments->maps, N_("Put NAME’s records in the lane LANE"), N_("NAME=LANE") },
    { "channel", 0, 0, G_OPTION_ARG_STRING_ARRAY, &arguments->channels,
      N_("Read only this channel of a chat export (Slack, Mattermost, Discord); repeatable"), N_("NAME") },
    { "column", 0, 0, G_OPTION_ARG_STRING_ARRAY, &arguments->columns,
      N_("The column of a table (CSV) holding the time, lane, kind or text; repeatable"), N_("FIELD=HEADER") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &arguments->sources, NULL, N_("SOURCE…") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return g_option_context_parse (context, argc, argv, error);
}

static gboolean
parse_bound (const char  *text,
             GTimeZone   *zone,
             gint64      *out,
             GError     **error)
{
  if (text == NULL)
    {
      *out = DEBRIEF_TIME_NONE;
      return TRUE;
    }
  return debrief_time_entry_parse (text, zone, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, out, error);
}

static GHashTable *
parse_maps (char   **maps,
            GError **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    {
      /* The last "=": a metric series is named with label="value" pairs. */
      const char *equals = strrchr (maps[i], '=');

      if (equals == NULL || equals == maps[i] || equals[1] == '\0')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--map %s: expected NAME=LANE"), maps[i]);
          return NULL;
        }
      g_hash_table_insert (table, g_strndup (maps[i], equals - maps[i]), g_strdup (equals + 1));
    }
  return g_steal_pointer (&table);
}

/* A source that needs what the command line did not give (a date, a CSV
 * column) is the command line's fault: exit 2, saying which option. */
static int
report_read_error (const GError *error)
{
  g_printerr ("debrief import: %s\n", error->message);
  if (g_error_matches (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE))
    {
      g_printerr (_("debrief import: this source needs --date: the day it was written "
                    "(--date 2026-03-14), or for a trace the time it started (--date \"2026-03-14 09:30:00\")\n"));
      return 2;
    }
  if (g_error_matches (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION))
    return 2;
  return 1;
}

/* Reads every source into one batch; FALSE on the first that cannot be read. */
/* On a terminal, a large file shows how far it is read, on one line that
 * is rewritten: "Reading big.log… 45 %". Not when stderr is a file or a
 * pipe, where those lines would only be noise. */
typedef struct {
  const char *name;
  int         percent;
} TerminalProgress;

static void
show_terminal_progress (double   fraction,
                        gpointer user_data)
{
  TerminalProgress *progress = user_data;
  int percent = (int) (fraction * 100);
  g_autofree char *line = NULL;

  if (percent == progress->percent)
    return;
  progress->percent = percent;
  /* Translators: a line rewritten while a file is imported; %s is its name, %d how much of it is read. */
  line = g_strdup_printf (_("Reading %s… %d %%"), progress->name, percent);
  g_printerr ("\r%s", line);
}

static gboolean
read_sources (Arguments                  *arguments,
              const DebriefImportOptions *options,
              DebriefImportBatch         *batch,
              GError                    **error)
{
  const DebriefImporter *forced = NULL;

  if (arguments->format != NULL && (forced = debrief_importer_lookup (arguments->format)) == NULL)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("--format %s: not a format Debrief can import"), arguments->format);
      return FALSE;
    }
  for (guint i = 0; arguments->sources[i] != NULL; i++)
    {
      g_autoptr(GFile) source = g_file_new_for_commandline_arg (arguments->sources[i]);
      const DebriefImporter *importer = forced ? forced : debrief_importer_detect (source, error);
      gboolean ok;

      if (options->progress_data != NULL)
        *(TerminalProgress *) options->progress_data = (TerminalProgress) { arguments->sources[i], -1 };
      ok = importer != NULL && importer->read (source, options, batch, error);
      if (options->progress_data != NULL)
        g_printerr ("\r\033[K");  /* the progress line goes before anything else is said */
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static DebriefReview *
open_target (Arguments  *arguments,
             GError    **error)
{
  g_autoptr(GFile) file = NULL;
  DebriefReview *review;

  if (arguments->into == NULL)
    return debrief_review_new ();
  file = g_file_new_for_commandline_arg (arguments->into);
  review = debrief_review_load_file (file, arguments->into, NULL, NULL, NULL, error);
  if (review != NULL && debrief_review_get_read_only (review))
    {
      g_set_error_literal (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                           debrief_review_get_read_only_reason (review));
      g_clear_object (&review);
    }
  return review;
}

static void
print_summary (DebriefImportBatch         *batch,
               const DebriefImportSummary *summary)
{
  GPtrArray *skipped = debrief_import_batch_get_skipped (batch);

  g_print (_("%u events added, %u already there, %u outside the time window, %u records skipped; "
             "%u lanes added, %u matched\n"),
           summary->added, summary->duplicates, debrief_import_batch_get_n_outside (batch),
           debrief_import_batch_get_n_skipped (batch), summary->lanes_created, summary->lanes_matched);
  if (debrief_import_batch_get_n_series (batch) > 0)
    g_print (_("%u metric series added, %u already there\n"), summary->series_added, summary->series_duplicates);
  for (guint i = 0; i < MIN (skipped->len, SKIPS_LISTED); i++)
    {
      DebriefImportSkip *skip = g_ptr_array_index (skipped, i);

      g_print (_("skipped %s: %s\n"), skip->location, skip->reason);
    }
  if (debrief_import_batch_get_n_skipped (batch) > SKIPS_LISTED)
    g_print (_("… and %u more skipped\n"), debrief_import_batch_get_n_skipped (batch) - SKIPS_LISTED);
}

/* A failure reports an error, except a programming error caught by a
 * g_return_val_if_fail() (gcc -fanalyzer follows those paths too). */
static const char *
error_text (const GError *error)
{
  return error != NULL ? error->message : _("an internal error (see the warnings above)");
}

static int
run (Arguments *arguments,
     GTimeZone *zone)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefImportBatch) batch = debrief_import_batch_new ();
  g_autoptr(DebriefHistory) history = debrief_history_new ();
  g_autoptr(DebriefReview) review = NULL;
  g_autoptr(GHashTable) maps = NULL;
  g_autoptr(GFile) target = NULL;
  DebriefImportOptions options;
  TerminalProgress terminal_progress = { NULL, -1 };
  DebriefImportSummary summary;

  review = open_target (arguments, &error);
  if (review == NULL)
    {
      g_printerr ("debrief import: %s\n", error_text (error));
      return 1;
    }
  /* Times written without a zone are in --tz, else in the review's zone. */
  if (zone == NULL && arguments->into != NULL)
    zone = debrief_review_get_time_zone (review);
  debrief_import_options_init (&options);
  options.zone = zone;
  options.year = arguments->year;
  options.channels = (const char * const *) arguments->channels;
  options.columns = (const char * const *) arguments->columns;
  if (arguments->date != NULL && !debrief_import_options_set_date (&options, arguments->date))
    {
      g_printerr (_("debrief import: --date %s: expected a date such as 2026-03-14, "
                    "or a date and time such as “2026-03-14 09:30:00”\n"), arguments->date);
      return 2;
    }
  if (!parse_bound (arguments->from, zone, &options.from, &error) ||
      !parse_bound (arguments->to, zone, &options.to, &error) ||
      (maps = parse_maps (arguments->maps, &error)) == NULL)
    {
      g_printerr ("debrief import: %s\n", error_text (error));
      return 2;
    }
  if (isatty (STDERR_FILENO))
    {
      options.progress = show_terminal_progress;
      options.progress_data = &terminal_progress;
    }
  if (!read_sources (arguments, &options, batch, &error))
    return report_read_error (error);
  if (arguments->into == NULL && arguments->tz != NULL)
    debrief_review_set_timezone (review, arguments->tz);
  if (!debrief_import_apply_take (batch, review, history, maps, &summary))
    {
      print_summary (batch, &summary);
      g_printerr (_("debrief import: nothing to import\n"));
      return 1;
    }
  target = g_file_new_for_commandline_arg (arguments->into ? arguments->into : arguments->output);
  if (!debrief_review_save_file (review, target, NULL, &error))
    {
      g_printerr ("debrief import: %s\n", error->message);
      return 1;
    }
  print_summary (batch, &summary);
  return 0;
}

/* The --help epilogue: every format the registry has, and the exit status. */
static char *
describe_formats (void)
{
  const DebriefImporter * const *importers = debrief_importers_list ();
  GString *text = g_string_new (_("Formats (--format):"));

  g_string_append_c (text, '\n');
  for (guint i = 0; importers[i] != NULL; i++)
    g_string_append_printf (text, "  %-16s %s\n", importers[i]->name, _(importers[i]->label));
  g_string_append_c (text, '\n');
  g_string_append (text, _("Exit status: 0 when events or metric series were added, 1 when none could be, "
                           "2 when the command line is wrong or lacks what a source needs "
                           "(--date, --column)."));
  return g_string_free (text, FALSE);
}

int
debrief_cli_import (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("SOURCE… — add chat transcripts and logs to a review"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *description = NULL;
  Arguments arguments = { 0 };
  int status;

  description = describe_formats ();
  g_option_context_set_description (context, description);
  if (!parse_arguments (context, &arguments, &argc, &argv, &error))
    status = usage_error (context, error->message);
  else if (arguments.sources == NULL)
    status = usage_error (context, _("name at least one source"));
  else if ((arguments.output == NULL) == (arguments.into == NULL))
    status = usage_error (context, _("give either -o NEW.debrief or --into EXISTING.debrief"));
  else if (arguments.tz != NULL && (zone = g_time_zone_new_identifier (arguments.tz)) == NULL)
    status = usage_error (context, _("--tz: not a time zone this system knows"));
  else
    status = run (&arguments, zone);
  arguments_clear (&arguments);
  return status;
}
