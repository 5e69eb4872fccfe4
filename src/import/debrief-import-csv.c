/* debrief-import-csv.c — tables with a header row (CSV, semicolon or tab separated)
 *
 * The header names the columns; four of them matter, found by name
 * (case and spaces aside) unless the person names them (--column
 * time=When, or the import dialog's CSV Columns):
 *   time  time, timestamp, date, datetime, when, ts, @timestamp, created,
 *         start, begin
 *   lane  lane, author, user, from, sender, who, name, nick, host,
 *         hostname, service, component, source, app
 *   kind  kind, type, level, severity, priority
 *   text  text, message, msg, body, content, description, log, summary
 * and, for spans, an end (end, until, finished …; an empty one: not a
 * span). Only the time is required; Debrief's own CSV export (start, end,
 * lane, kind, text) reads back. Times are read as the JSON lines importer
 * reads them (debrief_import_time_from_text): ISO 8601, a date and time in
 * the zone given, or a number since 1970 whose size says its unit. A lane
 * column named for people (author, user, from …) makes participant lanes,
 * any other component lanes; without one the file names the lane. A kind
 * that is a log level (error, warn, info …) makes a "log" event tagged
 * with the level ("alert" for emergencies and alerts, as syslog does);
 * another word is the kind itself; no kind is "chat" in a table of people
 * (its lanes are participants) and "log" in any other. Without a text column, the columns
 * not used are the text ("Header: value", one a line).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-import-csv-reader.h"
#include "debrief-importer.h"
#include "debrief-time.h"

typedef enum { FIELD_TIME, FIELD_END, FIELD_LANE, FIELD_KIND, FIELD_TEXT, N_FIELDS } Field;

static const char * const field_names[N_FIELDS] = { "time", "end", "lane", "kind", "text" };

static const char * const guesses[N_FIELDS][16] = {
  { "time", "timestamp", "date", "datetime", "date time", "when", "ts", "@timestamp", "created",
    "created at", "time (utc)", "start", "start time", "started", "begin", NULL },
  { "end", "end time", "ended", "until", "finish", "finished", "stop", NULL },
  { "lane", "author", "user", "from", "sender", "who", "name", "nick", "username", "host",
    "hostname", "service", "component", "source", "app", NULL },
  { "kind", "type", "level", "severity", "priority", "lvl", NULL },
  { "text", "message", "msg", "body", "content", "description", "log", "summary", NULL },
};

static const char * const people_headers[] = {
  "author", "user", "from", "sender", "who", "name", "nick", "username", "participant", "person", NULL,
};

/* Log levels as tools write them, and the syslog name they tag with. */
static const struct {
  const char *word;
  const char *level;
} levels[] = {
  { "emerg", "emergency" }, { "emergency", "emergency" }, { "fatal", "critical" }, { "panic", "emergency" },
  { "alert", "alert" }, { "crit", "critical" }, { "critical", "critical" }, { "err", "error" },
  { "error", "error" }, { "warn", "warning" }, { "warning", "warning" }, { "notice", "notice" },
  { "info", "info" }, { "information", "info" }, { "debug", "debug" }, { "trace", "debug" },
};

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  char                       *file_name;
  GPtrArray                  *header;          /* char*, as written */
  int                         column[N_FIELDS]; /* -1: none */
  DebriefLaneKind             lane_kind;
  guint                       default_lane;
} Reader;

static char *
normal_name (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header));

  return g_ascii_strdown (stripped, -1);
}

static int
find_header (GPtrArray  *header,
             const char *name)
{
  g_autofree char *wanted = normal_name (name);

  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *have = normal_name (g_ptr_array_index (header, i));

      if (strcmp (have, wanted) == 0)
        return i;
    }
  return -1;
}

static char *
header_list (GPtrArray *header)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < header->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (header, i));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* --column FIELD=HEADER, each checked against the header. */
static gboolean
apply_overrides (Reader  *reader,
                 GError **error)
{
  const char * const *columns = reader->options->columns;

  for (guint i = 0; columns != NULL && columns[i] != NULL; i++)
    {
      const char *equals = strchr (columns[i], '=');
      g_autofree char *field = equals ? g_strndup (columns[i], equals - columns[i]) : NULL;
      g_autofree char *names = header_list (reader->header);
      int f = -1;

      for (int j = 0; field != NULL && j < N_FIELDS; j++)
        if (g_ascii_strcasecmp (g_strstrip (field), field_names[j]) == 0)
          f = j;
      if (f < 0 || equals[1] == '\0')
        {
          g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION,
                       _("--column %s: expected FIELD=HEADER, FIELD one of time, end, lane, kind, text"), columns[i]);
          return FALSE;
        }
      if ((reader->column[f] = find_header (reader->header, equals + 1)) < 0)
        {
          g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION,
                       _("%s: --column %s: the header has no column “%s” (it has: %s)"),
                       reader->file_name, columns[i], equals + 1, names);
          return FALSE;
        }
    }
  return TRUE;
}

static void
guess_columns (Reader *reader)
{
  for (guint f = 0; f < N_FIELDS; f++)
    for (guint g = 0; reader->column[f] < 0 && guesses[f][g] != NULL; g++)
      {
        int found = find_header (reader->header, guesses[f][g]);
        gboolean taken = FALSE;

        for (guint other = 0; other < N_FIELDS; other++)
          taken |= found >= 0 && reader->column[other] == found;
        if (!taken)
          reader->column[f] = found;
      }
}

static gboolean
map_columns (Reader  *reader,
             GError **error)
{
  g_autofree char *names = header_list (reader->header);

  for (guint f = 0; f < N_FIELDS; f++)
    reader->column[f] = -1;
  if (!apply_overrides (reader, error))
    return FALSE;
  guess_columns (reader);
  if (reader->column[FIELD_TIME] < 0)
    {
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_BAD_OPTION,
                   _("%s: no column holds the time; name it with --column time=HEADER (the header has: %s)"),
                   reader->file_name, names);
      return FALSE;
    }
  reader->lane_kind = DEBRIEF_LANE_KIND_COMPONENT;
  if (reader->column[FIELD_LANE] >= 0)
    {
      g_autofree char *lane_header = normal_name (g_ptr_array_index (reader->header, reader->column[FIELD_LANE]));

      if (g_strv_contains (people_headers, lane_header))
        reader->lane_kind = DEBRIEF_LANE_KIND_PARTICIPANT;
    }
  return TRUE;
}

static const char *
field_value (GPtrArray *fields,
             int        column)
{
  return column >= 0 && (guint) column < fields->len ? g_ptr_array_index (fields, column) : NULL;
}

/* The kind and, for a log level, its tag. */
static char *
read_kind (Reader      *reader,
           const char  *value,
           const char **level)
{
  g_autofree char *copy = g_strdup (value);
  g_autofree char *word = copy ? g_ascii_strdown (g_strstrip (copy), -1) : NULL;

  *level = NULL;
  if (word == NULL || *word == '\0')
    return g_strdup (reader->lane_kind == DEBRIEF_LANE_KIND_PARTICIPANT ? "chat" : "log");
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (strcmp (word, levels[i].word) == 0)
      {
        *level = levels[i].level;
        return g_strdup (strcmp (*level, "emergency") == 0 || strcmp (*level, "alert") == 0 ? "alert" : "log");
      }
  return g_steal_pointer (&word);
}

/* "Header: value" for each column no field uses, when there is no text. */
static char *
remaining_text (Reader    *reader,
                GPtrArray *fields)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < fields->len && i < reader->header->len; i++)
    {
      const char *value = g_ptr_array_index (fields, i);
      gboolean used = FALSE;

      for (guint f = 0; f < N_FIELDS; f++)
        used |= reader->column[f] == (int) i;
      if (used || *value == '\0')
        continue;
      g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "\n" : "",
                              (const char *) g_ptr_array_index (reader->header, i), value);
    }
  return g_string_free (text, FALSE);
}

/* A row shorter than the columns it is read from is cut, not sparse:
 * its fields could be any of the header's. */
static gboolean
has_columns (Reader    *reader,
             GPtrArray *fields)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (reader->column[f] >= (int) fields->len)
      return FALSE;
  return TRUE;
}

/* The end of a span, or DEBRIEF_TIME_NONE; FALSE (and skipped) when it is
 * not a time or comes before the start. */
static gboolean
read_end (Reader    *reader,
          GPtrArray *fields,
          guint      line,
          gint64     start,
          gint64    *end)
{
  char *text = (char *) field_value (fields, reader->column[FIELD_END]);
  const char *header = reader->column[FIELD_END] >= 0
                       ? g_ptr_array_index (reader->header, reader->column[FIELD_END]) : NULL;
  g_autofree char *reason = NULL;

  *end = DEBRIEF_TIME_NONE;
  if (text == NULL || *g_strstrip (text) == '\0')
    return TRUE;
  if (!debrief_import_time_from_text (text, reader->options->zone, end))
    reason = g_strdup_printf (_("expected a time in column “%s”, or nothing"), header);
  else if (*end < start)
    reason = g_strdup_printf (_("the end in column “%s” is before the start"), header);
  else
    return TRUE;
  debrief_import_batch_skip_line (reader->batch, reader->file_name, line, reason);
  return FALSE;
}

static void
read_record (Reader    *reader,
             GPtrArray *fields,
             guint      line)
{
  const char *when = field_value (fields, reader->column[FIELD_TIME]);
  const char *lane_name = field_value (fields, reader->column[FIELD_LANE]);
  g_autofree char *text = NULL;
  g_autofree char *kind = NULL;
  const char *level;
  char *tags[2] = { NULL, NULL };
  gint64 time, end;
  guint lane;

  if (fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0')
    return;  /* an empty line */
  if (!has_columns (reader, fields))
    {
      g_autofree char *reason = g_strdup_printf (_("expected %u fields as the header has, found %u"),
                                                 reader->header->len, fields->len);

      return debrief_import_batch_skip_line (reader->batch, reader->file_name, line, reason);
    }
  if (!debrief_import_time_from_text (g_strstrip ((char *) when), reader->options->zone, &time))
    {
      g_autofree char *reason = g_strdup_printf (_("expected a time in column “%s”: ISO 8601, a date and time, "
                                                   "or a number since 1970"),
                                                 (const char *) g_ptr_array_index (reader->header, reader->column[FIELD_TIME]));

      return debrief_import_batch_skip_line (reader->batch, reader->file_name, line, reason);
    }
  if (!read_end (reader, fields, line, time, &end))
    return;
  if (!debrief_import_options_keeps (reader->options, time))
    return debrief_import_batch_count_outside (reader->batch);
  kind = read_kind (reader, field_value (fields, reader->column[FIELD_KIND]), &level);
  tags[0] = (char *) level;
  text = reader->column[FIELD_TEXT] >= 0 ? g_strdup (field_value (fields, reader->column[FIELD_TEXT]))
                                         : remaining_text (reader, fields);
  lane_name = lane_name ? g_strstrip ((char *) lane_name) : NULL;
  lane = lane_name != NULL && *lane_name != '\0'
         ? debrief_import_batch_add_lane (reader->batch, reader->lane_kind, lane_name) : reader->default_lane;
  debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = time, .end = end, .kind = kind, .text = text ? text : (char *) "",
    .source_type = (char *) "csv", .source_ref = reader->file_name, .source_line = line,
    .tags = level ? tags : NULL,
  });
}

static gboolean
read_table (Reader      *reader,
            const char  *text,
            gsize        length,
            GError     **error)
{
  DebriefCsvReader csv;
  DebriefCsvResult result;
  gboolean ok = TRUE;
  guint line = 1;

  debrief_csv_reader_init (&csv, text, length);
  result = debrief_csv_reader_next (&csv, &line);
  if (result != DEBRIEF_CSV_RECORD)
    {
      debrief_csv_reader_clear (&csv);
      g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NOTHING,
                   _("%s: expected a header row naming the columns"), reader->file_name);
      return FALSE;
    }
  reader->header = g_steal_pointer (&csv.fields);
  csv.fields = g_ptr_array_new_with_free_func (g_free);
  ok = map_columns (reader, error);
  while (ok && debrief_import_options_go_on (reader->options, csv.p - text, length) &&
         (result = debrief_csv_reader_next (&csv, &line)) == DEBRIEF_CSV_RECORD)
    read_record (reader, csv.fields, line);
  if (ok && result == DEBRIEF_CSV_UNCLOSED)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line,
                                    _("a quoted field is not closed before the end of the file"));
  debrief_csv_reader_clear (&csv);
  return ok;
}

static gboolean
csv_read (GFile                      *source,
          const DebriefImportOptions *options,
          DebriefImportBatch         *batch,
          GError                    **error)
{
  g_autofree char *path = g_file_get_path (source);
  g_autoptr(GMappedFile) mapped = path ? g_mapped_file_new (path, FALSE, error) : NULL;
  g_autofree char *file_name = g_file_get_basename (source);
  Reader reader = { options, batch, file_name, NULL, { -1, -1, -1, -1, -1 }, DEBRIEF_LANE_KIND_COMPONENT, 0 };
  gboolean ok;

  if (mapped == NULL)
    {
      if (path == NULL)
        g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE, _("%s: not a local file"), file_name);
      return FALSE;
    }
  reader.default_lane = debrief_import_batch_add_lane (batch, DEBRIEF_LANE_KIND_COMPONENT, file_name);
  ok = read_table (&reader, debrief_import_mapped_text (mapped), g_mapped_file_get_length (mapped), error);
  g_clear_pointer (&reader.header, g_ptr_array_unref);
  return ok && !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

/* A .csv or .tsv name, or a first line with a delimiter and a time header. */
static guint
csv_sniff (GFile      *source,
           const char *head,
           gsize       head_len)
{
  g_autofree char *name = g_file_get_basename (source);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  gboolean named = g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv");
  const char *newline;
  g_autofree char *first = NULL;
  char delimiter;
  gboolean has_delimiter, has_time = FALSE;

  if (head_len == 0)
    return 0;
  newline = memchr (head, '\n', head_len);
  first = g_ascii_strdown (head, newline ? newline - head : (gssize) head_len);
  delimiter = debrief_csv_guess_delimiter (first, strlen (first));
  has_delimiter = strchr (first, delimiter) != NULL;
  if (first[0] == '{' || first[0] == '[' || first[0] == '<')
    return 0;
  /* A whole field of the header, not a word in a log line ("timeout, retry"). */
  if (has_delimiter)
    {
      char separators[2] = { delimiter, '\0' };
      g_auto(GStrv) fields = g_strsplit (first, separators, -1);

      for (guint i = 0; fields[i] != NULL; i++)
        has_time |= g_strv_contains (guesses[FIELD_TIME], g_strstrip (g_strdelimit (fields[i], "\"\r", ' ')));
    }
  if (named)
    return has_delimiter ? 90 : 40;
  return has_delimiter && has_time ? 60 : 0;
}

const DebriefImporter debrief_importer_csv = {
  .name = "csv",
  .label = N_("CSV table (header row)"),
  .sniff = csv_sniff,
  .read = csv_read,
};
