/* debrief-json-writer.h — streams deterministic JSON text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct {
  GOutputStream *stream;       /* NULL: everything stays in buffer */
  GCancellable  *cancellable;
  GString       *buffer;
  GError        *error;        /* the first write error; later writes are skipped */
  guint64        written;
} DebriefJsonWriter;

void     debrief_json_writer_init       (DebriefJsonWriter *writer,
                                         GOutputStream     *stream,
                                         GCancellable      *cancellable);
gboolean debrief_json_writer_finish     (DebriefJsonWriter *writer,
                                         GError           **error);
char    *debrief_json_writer_steal      (DebriefJsonWriter *writer);
void     debrief_json_writer_clear      (DebriefJsonWriter *writer);

void     debrief_json_writer_raw        (DebriefJsonWriter *writer,
                                         const char        *text);
void     debrief_json_writer_string     (DebriefJsonWriter *writer,
                                         const char        *text);
void     debrief_json_writer_integer    (DebriefJsonWriter *writer,
                                         gint64             value);
void     debrief_json_writer_number     (DebriefJsonWriter *writer,
                                         double             value);
void     debrief_json_writer_time       (DebriefJsonWriter *writer,
                                         gint64             usec);
void     debrief_json_writer_node       (DebriefJsonWriter *writer,
                                         JsonNode          *node);
void     debrief_json_writer_member     (DebriefJsonWriter *writer,
                                         gboolean          *first,
                                         const char        *name);
void     debrief_json_writer_string_member  (DebriefJsonWriter *writer,
                                             gboolean          *first,
                                             const char        *name,
                                             const char        *value);
void     debrief_json_writer_time_member    (DebriefJsonWriter *writer,
                                             gboolean          *first,
                                             const char        *name,
                                             gint64             usec);
void     debrief_json_writer_strv_member    (DebriefJsonWriter *writer,
                                             gboolean          *first,
                                             const char        *name,
                                             const char * const *values);
void     debrief_json_writer_unknown_members (DebriefJsonWriter *writer,
                                              gboolean          *first,
                                              JsonObject        *unknown);
void     debrief_json_writer_maybe_flush (DebriefJsonWriter *writer);

G_END_DECLS
