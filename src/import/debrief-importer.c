/* debrief-importer.c — the formats Debrief reads, and which one a file is
 *
 * Detection reads the first 64 KiB and asks each format how sure it is;
 * the surest wins, and a tie or no taker is an error that names the
 * formats to choose from with --format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "debrief-importer.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

#define SNIFF_BYTES (64 * 1024)

G_DEFINE_QUARK (debrief-import-error-quark, debrief_import_error)

static const DebriefImporter * const importers[] = {
  &debrief_importer_jsonl,
  &debrief_importer_syslog,
  &debrief_importer_irc,
  &debrief_importer_slack,
  &debrief_importer_mattermost,
  &debrief_importer_discord,
  &debrief_importer_teams,
  &debrief_importer_csv,
  &debrief_importer_chrome_trace,
  &debrief_importer_journal_export,
  &debrief_importer_metrics_csv,
  &debrief_importer_prometheus,
  &debrief_importer_graphite,
  NULL,
};

const DebriefImporter * const *
debrief_importers_list (void)
{
  return importers;
}

const DebriefImporter *
debrief_importer_lookup (const char *name)
{
  for (guint i = 0; importers[i] != NULL; i++)
    if (g_strcmp0 (importers[i]->name, name) == 0)
      return importers[i];
  return NULL;
}

static char *
format_names (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; importers[i] != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", importers[i]->name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The first bytes of a file; nothing for a folder (a Slack export). */
static gboolean
read_head (GFile   *source,
           char    *head,
           gsize   *n,
           GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  *n = 0;
  if (g_file_query_file_type (source, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    return TRUE;
  stream = g_file_read (source, NULL, error);
  return stream != NULL &&
         g_input_stream_read_all (G_INPUT_STREAM (stream), head, SNIFF_BYTES, n, NULL, error);
}

const DebriefImporter *
debrief_importer_detect (GFile   *source,
                         GError **error)
{
  g_autofree char *head = g_malloc (SNIFF_BYTES);
  g_autofree char *names = NULL;
  g_autofree char *where = g_file_get_parse_name (source);
  const DebriefImporter *best = NULL;
  guint best_score = 0;
  gsize n = 0;

  if (!read_head (source, head, &n, error))
    return NULL;
  for (guint i = 0; importers[i] != NULL; i++)
    {
      guint score = importers[i]->sniff (source, head, n);

      if (score > best_score)
        {
          best = importers[i];
          best_score = score;
        }
    }
  if (best != NULL)
    return best;
  names = format_names ();
  g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNKNOWN_FORMAT,
               _("%s: not a format Debrief can import (choose one of: %s)"), where, names);
  return NULL;
}

void
debrief_import_options_init (DebriefImportOptions *options)
{
  *options = (DebriefImportOptions) {
    .from = DEBRIEF_TIME_NONE, .to = DEBRIEF_TIME_NONE, .anchor = DEBRIEF_TIME_NONE,
  };
}

gboolean
debrief_import_options_keeps (const DebriefImportOptions *options,
                              gint64                      time)
{
  return (options->from == DEBRIEF_TIME_NONE || time >= options->from) &&
         (options->to == DEBRIEF_TIME_NONE || time <= options->to);
}

/**
 * debrief_import_options_go_on:
 * @done: how far the reader is (bytes, records: any unit)
 * @total: … of how much
 *
 * A reader's question before each record: FALSE once the read is
 * cancelled. It also tells the progress function how far the reader is,
 * so one large file moves the progress bar, not only the count of files.
 */
gboolean
debrief_import_options_go_on (const DebriefImportOptions *options,
                              gsize                       done,
                              gsize                       total)
{
  if (g_cancellable_is_cancelled (options->cancellable))
    return FALSE;
  if (options->progress != NULL && total > 0)
    options->progress (MIN (1.0, (double) done / (double) total), options->progress_data);
  return TRUE;
}

/* What a person gives as "the date" (--date, the import dialog): a day
 * for logs that leave it out (2026-03-14), or a day and a time, in the
 * options' zone, for traces that only count from when they started
 * (2026-03-14 09:30:00). FALSE when @text is neither; @options keeps
 * what it had. */
gboolean
debrief_import_options_set_date (DebriefImportOptions *options,
                                 const char           *text)
{
  int year = 0, month = 0, day = 0, consumed = 0;
  gint64 anchor = DEBRIEF_TIME_NONE;

  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) != 3 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  if (text[consumed] != '\0' &&
      !debrief_time_entry_parse (text, options->zone, DEBRIEF_TIME_NONE, DEBRIEF_TIME_NONE, &anchor, NULL))
    return FALSE;
  options->year = year;
  options->month = month;
  options->day = day;
  options->anchor = anchor;
  return TRUE;
}

/**
 * debrief_import_map_file:
 *
 * The source's bytes, mapped: for the importers that read a file line by
 * line. Only local files can be mapped; anything else is an error that
 * says so (a mapping of NULL was once returned with no error).
 *
 * Returns: (transfer full) (nullable): the mapping; its contents may be
 *   %NULL for an empty file — use debrief_import_mapped_text().
 */
GMappedFile *
debrief_import_map_file (GFile   *source,
                         GError **error)
{
  g_autofree char *path = g_file_get_path (source);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (source);

      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE,
                   _("%s: only files on this computer can be imported; copy it here first"), name);
      return NULL;
    }
  return g_mapped_file_new (path, FALSE, error);
}

/* Never NULL, so that text + length is defined behaviour for an empty file
 * (found by fuzzing: NULL + 0 is undefined in C). */
const char *
debrief_import_mapped_text (GMappedFile *mapped)
{
  const char *text = g_mapped_file_get_contents (mapped);

  return text != NULL ? text : "";
}
