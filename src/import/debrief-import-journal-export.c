/* debrief-import-journal-export.c — journald's export format (journalctl -o export)
 *
 * Entries are runs of fields separated by an empty line. A field is
 * "KEY=value\n", or, when the value is binary or holds a line break,
 * "KEY\n" then its size as 64-bit little-endian, the bytes, and "\n".
 * The time is __REALTIME_TIMESTAMP (µs since 1970); the text MESSAGE
 * (made valid UTF-8 if it is not); the lane the unit, else the syslog
 * identifier, else the host — the order the JSON lines importer reads
 * journalctl -o json in, so one journal imported either way fills the same
 * lanes. PRIORITY 0–1 (emergency, alert) is kind "alert", the rest "log",
 * tagged with the priority's name as the syslog importer does; the host
 * is a "host:NAME" tag. An entry is named by the line it starts on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-importer.h"
#include "debrief-time.h"

static const char * const priorities[] = {
  "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug",
};

/* The fields of one entry Debrief reads; pointers into the file, or NULL. */
typedef struct {
  guint       line;
  const char *fields[6];
  gsize       lengths[6];
} Entry;

enum { F_TIME, F_MESSAGE, F_PRIORITY, F_UNIT, F_IDENTIFIER, F_HOST };

static const char * const wanted[] = {
  "__REALTIME_TIMESTAMP", "MESSAGE", "PRIORITY", "_SYSTEMD_UNIT", "SYSLOG_IDENTIFIER", "_HOSTNAME",
};

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  char                       *file_name;
  const char                 *p, *end;
  guint                       line;
  guint                       default_lane;
} Reader;

static void
keep_field (Entry      *entry,
            const char *key,
            gsize       key_len,
            const char *value,
            gsize       value_len)
{
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    if (strlen (wanted[i]) == key_len && memcmp (wanted[i], key, key_len) == 0)
      {
        entry->fields[i] = value;
        entry->lengths[i] = value_len;
      }
}

static guint
count_lines (const char *p,
             gsize       n)
{
  guint lines = 0;

  for (const char *q = memchr (p, '\n', n); q != NULL; q = memchr (q + 1, '\n', p + n - q - 1))
    lines++;
  return lines;
}

/* "KEY\n<size><bytes>\n" from @p, past the key's line break; FALSE when the
 * size runs past the file (a cut export). */
static gboolean
read_binary (Reader     *reader,
             Entry      *entry,
             const char *key,
             gsize       key_len)
{
  guint64 size;

  if ((gsize) (reader->end - reader->p) < 8)
    return FALSE;
  memcpy (&size, reader->p, 8);
  size = GUINT64_FROM_LE (size);
  if (size > (guint64) (reader->end - reader->p - 8))
    return FALSE;
  keep_field (entry, key, key_len, reader->p + 8, size);
  reader->line += count_lines (reader->p, 8 + size);
  reader->p += 8 + size;
  if (reader->p < reader->end && *reader->p == '\n')
    {
      reader->p++;
      reader->line++;
    }
  return TRUE;
}

/* One entry's fields; FALSE at the end of the file or where it is cut. */
static gboolean
read_entry (Reader *reader,
            Entry  *entry,
            gboolean *cut)
{
  *cut = FALSE;
  memset (entry, 0, sizeof *entry);
  while (reader->p < reader->end && *reader->p == '\n')
    reader->p++, reader->line++;
  if (reader->p >= reader->end)
    return FALSE;
  entry->line = reader->line;
  while (reader->p < reader->end && *reader->p != '\n')
    {
      const char *newline = memchr (reader->p, '\n', reader->end - reader->p);
      const char *stop = newline ? newline : reader->end;
      const char *equals = memchr (reader->p, '=', stop - reader->p);
      const char *key = reader->p;

      reader->p = newline ? newline + 1 : reader->end;
      reader->line++;
      if (equals != NULL)
        keep_field (entry, key, equals - key, equals + 1, stop - equals - 1);
      else if (newline != NULL && !read_binary (reader, entry, key, stop - key))
        {
          *cut = TRUE;
          reader->p = reader->end;
          return TRUE;
        }
    }
  return TRUE;
}

static char *
field_text (const Entry *entry,
            guint        field)
{
  const char *value = entry->fields[field];

  return value ? g_utf8_make_valid (value, entry->lengths[field]) : NULL;
}

static void
add_entry (Reader      *reader,
           const Entry *entry)
{
  g_autofree char *time_text = field_text (entry, F_TIME);
  g_autofree char *message = field_text (entry, F_MESSAGE);
  g_autofree char *unit = field_text (entry, F_UNIT);
  g_autofree char *identifier = field_text (entry, F_IDENTIFIER);
  g_autofree char *host = field_text (entry, F_HOST);
  g_autofree char *host_tag = host ? g_strconcat ("host:", host, NULL) : NULL;
  const char *lane_name = unit ? unit : identifier ? identifier : host;
  char *tags[3] = { NULL };
  guint n_tags = 0, lane;
  char *end = NULL;
  guint64 usec = time_text ? g_ascii_strtoull (time_text, &end, 10) : 0;
  int priority = entry->fields[F_PRIORITY] && entry->lengths[F_PRIORITY] == 1 ? entry->fields[F_PRIORITY][0] - '0' : -1;

  if (time_text == NULL || end == time_text || *end != '\0' || usec > (guint64) DEBRIEF_TIME_MAX)
    return debrief_import_batch_skip_line (reader->batch, reader->file_name, entry->line,
                                           _("expected __REALTIME_TIMESTAMP, microseconds since 1970"));
  if (message == NULL)
    return debrief_import_batch_skip_line (reader->batch, reader->file_name, entry->line, _("expected a MESSAGE"));
  if (!debrief_import_options_keeps (reader->options, (gint64) usec))
    return debrief_import_batch_count_outside (reader->batch);
  if (priority >= 0 && priority <= 7)
    tags[n_tags++] = (char *) priorities[priority];
  if (host_tag != NULL)
    tags[n_tags++] = host_tag;
  lane = lane_name ? debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, lane_name)
                   : reader->default_lane;
  debrief_import_batch_add_event (reader->batch, lane, &(DebriefEventSpec) {
    .start = (gint64) usec, .end = DEBRIEF_TIME_NONE,
    .kind = (char *) (priority == 0 || priority == 1 ? "alert" : "log"), .text = message,
    .source_type = (char *) "log", .source_ref = reader->file_name, .source_line = entry->line,
    .tags = n_tags > 0 ? tags : NULL,
  });
}

static gboolean
journal_read (GFile                      *source,
              const DebriefImportOptions *options,
              DebriefImportBatch         *batch,
              GError                    **error)
{
  g_autofree char *path = g_file_get_path (source);
  g_autoptr(GMappedFile) mapped = path ? g_mapped_file_new (path, FALSE, error) : NULL;
  g_autofree char *file_name = g_file_get_basename (source);
  Reader reader = { options, batch, file_name, NULL, NULL, 1, 0 };
  gboolean cut = FALSE;
  Entry entry;

  if (mapped == NULL)
    {
      if (path == NULL)
        g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_UNREADABLE, _("%s: not a local file"), file_name);
      return FALSE;
    }
  reader.p = debrief_import_mapped_text (mapped);
  reader.end = reader.p + g_mapped_file_get_length (mapped);
  reader.default_lane = debrief_import_batch_add_lane (batch, DEBRIEF_LANE_KIND_COMPONENT, file_name);
  while (debrief_import_options_go_on (options, reader.p - debrief_import_mapped_text (mapped),
                                       g_mapped_file_get_length (mapped)) &&
         read_entry (&reader, &entry, &cut))
    {
      if (cut)
        debrief_import_batch_skip_line (batch, file_name, entry.line,
                                        _("a binary field’s size runs past the end of the file"));
      else
        add_entry (&reader, &entry);
    }
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

/* Every entry has a __CURSOR or __REALTIME_TIMESTAMP line near its start. */
static guint
journal_sniff (GFile      *source,
               const char *head,
               gsize       head_len)
{
  gsize n = MIN (head_len, 4096);

  if (head_len == 0)
    return 0;
  if ((n >= 9 && memcmp (head, "__CURSOR=", 9) == 0) ||
      (n >= 21 && memcmp (head, "__REALTIME_TIMESTAMP=", 21) == 0) ||
      g_strstr_len (head, n, "\n__REALTIME_TIMESTAMP=") != NULL)
    return 90;
  return 0;
}

const DebriefImporter debrief_importer_journal_export = {
  .name = "journal-export",
  .label = N_("journald export (-o export)"),
  .sniff = journal_sniff,
  .read = journal_read,
};
