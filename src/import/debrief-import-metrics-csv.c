/* debrief-import-metrics-csv.c — metric samples as CSV: time,value[,series]
 *
 * One sample a line: a time (RFC 3339, a local date and time in the zone
 * the options give, or a Unix time in s, ms, µs or ns), a value (a number;
 * empty, null, NaN or Inf is a gap), and optionally the series' name. A
 * first line that is not a sample is a header; its value column names the
 * series when there is no series column (else the file does), and a unit
 * in brackets after it is the series' unit ("p99 (ms)"). Fields may
 * be quoted ("p99, checkout"), with "" for a quote.
 *
 * This is the "metrics-csv" format: a CSV of events (who said what) is
 * another importer's, and sniffing tells them apart by the second column,
 * which here is always a number or a gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-metrics-private.h"

#define MAX_FIELDS 4

/* Splits one line into at most MAX_FIELDS fields (unquoted, trimmed);
 * returns how many there were, or G_MAXUINT if a quote is left open. */
static guint
split_fields (const char *text,
              gsize       length,
              char      **fields)
{
  const char *p = text, *end = text + length;
  guint n = 0;

  while (end > p && (end[-1] == '\r' || end[-1] == ' '))
    end--;
  for (;;)
    {
      GString *field = g_string_new (NULL);

      while (p < end && *p == ' ')
        p++;
      if (p < end && *p == '"')
        {
          for (p++; p < end && !(*p == '"' && (p + 1 >= end || p[1] != '"')); p++)
            {
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          if (p >= end)
            {
              g_string_free (field, TRUE);
              return G_MAXUINT;
            }
          p++;
          while (p < end && *p != ',')
            p++;
        }
      else
        {
          const char *comma = memchr (p, ',', end - p);
          const char *stop = comma ? comma : end;

          g_string_append_len (field, p, stop - p);
          while (field->len > 0 && field->str[field->len - 1] == ' ')
            g_string_truncate (field, field->len - 1);
          p = stop;
        }
      if (n < MAX_FIELDS)
        fields[n] = g_string_free (field, FALSE);
      else
        g_string_free (field, TRUE);
      n++;
      if (p >= end)
        return n;
      p++;  /* the comma */
    }
}

static void
free_fields (char  **fields,
             guint   n)
{
  /* Every slot, whatever @n says: a line whose quote stays open
   * (G_MAXUINT) has its first fields filled already (found by fuzzing).
   * The callers start from NULLs. */
  (void) n;
  for (guint i = 0; i < MAX_FIELDS; i++)
    g_clear_pointer (&fields[i], g_free);
}

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  DebriefMetricsCollector     collector;
  char                       *file_name;
  char                       *default_name;   /* the header's value column, else the file */
  char                       *default_unit;   /* the header's "(ms)" */
  gboolean                    seen_line;
} Reader;

static gboolean
is_sample (const DebriefImportOptions *options,
           char                      **fields,
           guint                       n)
{
  gint64 time;
  double value;

  return (n == 2 || n == 3) && _debrief_metrics_time_from_text (fields[0], options->zone, &time) &&
         _debrief_metrics_value_from_text (fields[1], &value);
}

static void
take_header (Reader  *reader,
             char   **fields,
             guint    n)
{
  if (n >= 2 && fields[1][0] != '\0' && g_ascii_strcasecmp (fields[1], "value") != 0)
    {
      g_free (reader->default_name);
      g_free (reader->default_unit);
      reader->default_name = _debrief_metrics_split_unit (fields[1], &reader->default_unit);
    }
}

static void
read_sample (Reader  *reader,
             char   **fields,
             guint    n,
             guint    line)
{
  const char *name = n == 3 && fields[2][0] != '\0' ? fields[2] : reader->default_name;
  gint64 time;
  double value;

  if (n != 2 && n != 3)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line,
                                    _("expected time,value or time,value,series"));
  else if (!_debrief_metrics_time_from_text (fields[0], reader->options->zone, &time))
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line,
                                    _("expected a time in the first column (RFC 3339, a date and time, "
                                      "or Unix seconds)"));
  else if (!_debrief_metrics_value_from_text (fields[1], &value))
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line,
                                    _("expected a number in the second column (or nothing, for a gap)"));
  else if (!debrief_import_options_keeps (reader->options, time))
    debrief_import_batch_count_outside (reader->batch);
  else
    _debrief_metrics_collector_add (&reader->collector, name, n == 3 ? name : NULL, reader->default_unit,
                                    time, value);
}

static void
read_line (Reader     *reader,
           const char *text,
           gsize       length,
           guint       line)
{
  char *fields[MAX_FIELDS] = { NULL };
  guint n;

  if (strspn (text, " \t\r") == length)
    return;
  n = split_fields (text, length, fields);
  if (n == G_MAXUINT)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, _("a quote is not closed"));
  else if (!reader->seen_line && !is_sample (reader->options, fields, n))
    take_header (reader, fields, n);
  else
    read_sample (reader, fields, n, line);
  reader->seen_line = TRUE;
  free_fields (fields, n);
}

static gboolean
metrics_csv_read (GFile                      *source,
                  const DebriefImportOptions *options,
                  DebriefImportBatch         *batch,
                  GError                    **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  Reader reader = { options, batch };
  const char *text, *end;
  guint line = 0;

  if (!g_file_load_contents (source, options->cancellable, &contents, &length, NULL, error))
    return FALSE;
  reader.file_name = g_file_get_basename (source);
  reader.default_name = g_strdup (reader.file_name);
  if (strrchr (reader.default_name, '.') != NULL && strrchr (reader.default_name, '.') != reader.default_name)
    *strrchr (reader.default_name, '.') = '\0';
  _debrief_metrics_collector_init (&reader.collector);

  for (text = contents, end = contents + length; text < end; )
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      read_line (&reader, text, stop - text, ++line);
      text = stop + 1;
    }
  _debrief_metrics_collector_finish (&reader.collector, batch, reader.file_name, FALSE);
  _debrief_metrics_collector_clear (&reader.collector);
  g_free (reader.file_name);
  g_free (reader.default_name);
  g_free (reader.default_unit);
  return TRUE;
}

/* The first sample line decides: a time, then a number or a gap, and at
 * most a name after it. A CSV of events has words in its second column. */
static guint
metrics_csv_sniff (GFile      *source,
                   const char *head,
                   gsize       head_len)
{
  g_autofree char *name = g_file_get_basename (source);
  gboolean named = g_str_has_suffix (name, ".csv");
  DebriefImportOptions options;
  const char *text = head, *end = head + head_len;
  guint lines = 0, score = 0;

  debrief_import_options_init (&options);
  while (text < end && lines < 2 && score == 0)
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;
      const char *blank;
      char *fields[MAX_FIELDS] = { NULL };
      guint n;

      n = split_fields (text, stop - text, fields);
      /* Above the CSV of events (90/60), which takes any table with a
       * time column: a number beside each time is the surer sign. */
      if (n != G_MAXUINT && is_sample (&options, fields, n))
        score = named ? 95 : 65;
      free_fields (fields, n);
      /* The head is not NUL-terminated: stay before @stop (found by fuzzing). */
      blank = text;
      while (blank < stop && (*blank == ' ' || *blank == '\t' || *blank == '\r'))
        blank++;
      lines += blank != stop;
      text = stop + 1;
    }
  return score;
}

const DebriefImporter debrief_importer_metrics_csv = {
  .name = "metrics-csv",
  .label = N_("Metric samples as CSV (time,value,series)"),
  .sniff = metrics_csv_sniff,
  .read = metrics_csv_read,
};
