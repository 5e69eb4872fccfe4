/* debrief-import-csv-reader.c — RFC 4180 records from a byte range
 *
 * Fields are separated by the delimiter the header line uses most (a
 * comma, a semicolon as spreadsheets write in much of Europe, or a tab);
 * a field in double quotes may hold the delimiter, line breaks and ""
 * for a quote. Lines end in LF or CRLF. A UTF-8 byte-order mark is
 * skipped. The reader is lenient where RFC 4180 is strict and a person
 * would not notice: a quote inside an unquoted field, or text after a
 * closing quote, is kept as it stands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-import-csv-reader.h"

/* The candidate counted most often on the first line, outside quotes. */
char
debrief_csv_guess_delimiter (const char *text,
                             gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < length && (quoted || text[i] != '\n'); i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      for (guint c = 0; !quoted && c < G_N_ELEMENTS (candidates); c++)
        if (text[i] == candidates[c])
          counts[c]++;
    }
  for (guint c = 1; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > counts[best])
      best = c;
  return candidates[best];
}

void
debrief_csv_reader_init (DebriefCsvReader *reader,
                         const char       *text,
                         gsize             length)
{
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }
  reader->p = text;
  reader->end = text + length;
  reader->delimiter = debrief_csv_guess_delimiter (text, length);
  reader->line = 1;
  reader->fields = g_ptr_array_new_with_free_func (g_free);
}

void
debrief_csv_reader_clear (DebriefCsvReader *reader)
{
  g_clear_pointer (&reader->fields, g_ptr_array_unref);
}

/* A quoted field from past its opening quote; FALSE when it never closes. */
static gboolean
read_quoted (DebriefCsvReader *reader,
             GString          *field)
{
  while (reader->p < reader->end)
    {
      const char *quote = memchr (reader->p, '"', reader->end - reader->p);
      const char *stop = quote ? quote : reader->end;

      for (const char *q = reader->p; q < stop; q++)
        reader->line += *q == '\n';
      g_string_append_len (field, reader->p, stop - reader->p);
      if (quote == NULL)
        {
          reader->p = reader->end;
          return FALSE;
        }
      if (quote + 1 < reader->end && quote[1] == '"')
        {
          g_string_append_c (field, '"');
          reader->p = quote + 2;
          continue;
        }
      reader->p = quote + 1;
      return TRUE;
    }
  return FALSE;
}

/* Unquoted text up to the delimiter or the end of the line. */
static void
read_plain (DebriefCsvReader *reader,
            GString          *field)
{
  const char *p = reader->p;

  while (p < reader->end && *p != reader->delimiter && *p != '\n')
    p++;
  g_string_append_len (field, reader->p, p - reader->p);
  reader->p = p;
}

DebriefCsvResult
debrief_csv_reader_next (DebriefCsvReader *reader,
                         guint            *line)
{
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (reader->fields, 0);
  if (reader->p >= reader->end)
    return DEBRIEF_CSV_END;
  *line = reader->line;
  for (;;)
    {
      if (reader->p < reader->end && *reader->p == '"')
        {
          reader->p++;
          if (!read_quoted (reader, field))
            return DEBRIEF_CSV_UNCLOSED;
        }
      read_plain (reader, field);
      /* The CR of a CRLF line end belongs to no field. */
      if ((reader->p >= reader->end || *reader->p == '\n') && field->len > 0 && field->str[field->len - 1] == '\r')
        g_string_truncate (field, field->len - 1);
      g_ptr_array_add (reader->fields, g_strndup (field->str, field->len));
      g_string_truncate (field, 0);
      if (reader->p >= reader->end)
        return DEBRIEF_CSV_RECORD;
      if (*reader->p++ == '\n')
        {
          reader->line++;
          return DEBRIEF_CSV_RECORD;
        }
    }
}
