/* debrief-review-reader.h — typed reading of JSON values, with precise complaints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "debrief-problems.h"
#include "debrief-review-fields.h"

G_BEGIN_DECLS

/* Where the values being read sit: `base[index]` ("events[12]"), or just
 * `base`, or the root when base is NULL. Paths are only built for messages. */
typedef struct {
  DebriefProblems *problems;
  const char      *base;
  guint            index;   /* G_MAXUINT: base is not an array element */
} DebriefReader;

#define DEBRIEF_READER_NO_INDEX G_MAXUINT

char       *debrief_reader_path          (const DebriefReader *reader,
                                          const char          *member);
void        debrief_reader_fail          (const DebriefReader *reader,
                                          const char          *member,
                                          const char          *format,
                                          ...) G_GNUC_PRINTF (3, 4);
char       *debrief_reader_describe      (JsonNode            *node);
char       *debrief_reader_either        (const char          *first,
                                          const char          *second);

JsonObject *debrief_reader_object        (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
JsonArray  *debrief_reader_array         (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
const char *debrief_reader_string        (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
const char *debrief_reader_id            (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
gint64      debrief_reader_time          (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
gboolean    debrief_reader_boolean       (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node,
                                          gboolean            *out_value);
gboolean    debrief_reader_integer       (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node,
                                          gint64               min,
                                          gint64               max,
                                          gint64              *out_value);
char      **debrief_reader_strv          (const DebriefReader *reader,
                                          const char          *member,
                                          JsonNode            *node);
void        debrief_reader_missing       (const DebriefReader *reader,
                                          const char          *member,
                                          const char          *expected);
void        debrief_reader_keep_unknown  (JsonObject         **unknown,
                                          const char          *member,
                                          JsonNode            *node);

GObject    *debrief_reader_read_item     (const DebriefReader     *reader,
                                          const DebriefFieldTable *table,
                                          JsonNode                *node,
                                          const char * const      *also_known);

G_END_DECLS
