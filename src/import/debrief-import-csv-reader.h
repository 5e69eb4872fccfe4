/* debrief-import-csv-reader.h — RFC 4180 records from a byte range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_CSV_RECORD,    /* @fields holds the next record */
  DEBRIEF_CSV_END,       /* nothing is left */
  DEBRIEF_CSV_UNCLOSED,  /* a quoted field runs to the end of the file */
} DebriefCsvResult;

typedef struct {
  const char *p, *end;
  char        delimiter;  /* ',' ';' or '\t', from the first line */
  guint       line;       /* the line the next record starts on (from 1) */
  GPtrArray  *fields;     /* char*: the last record's fields */
} DebriefCsvReader;

void             debrief_csv_reader_init   (DebriefCsvReader *reader,
                                            const char       *text,
                                            gsize             length);
void             debrief_csv_reader_clear  (DebriefCsvReader *reader);
DebriefCsvResult debrief_csv_reader_next   (DebriefCsvReader *reader,
                                            guint            *line);
char             debrief_csv_guess_delimiter (const char     *text,
                                              gsize           length);

G_END_DECLS
