/* debrief-import-syslog.c — syslog files: RFC 5424, RFC 3164 and rsyslog's
 *
 * Accepted, each with or without a leading <PRI>:
 *   <PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG      (RFC 5424, "-" for nothing)
 *   Mmm dd hh:mm:ss HOST TAG[PID]: MSG                  (RFC 3164, /var/log/syslog)
 *   2026-03-14T09:02:11.123456+01:00 HOST TAG[PID]: MSG (rsyslog's high precision)
 * A line that starts with white space goes on with the message before it.
 * Structured data is left out of the text: it is for machines.
 *
 * RFC 3164 writes neither year nor zone. The zone is the options' (else
 * UTC); the year is the options' (the year of the first line), else the
 * file's modification year, one less when the first line's month comes
 * after that month (the log was written before it was last touched). A
 * month more than six months back from the line before is the next year
 * (Dec → Jan); more than six ahead, the year before (a late line).
 *
 * Lanes: one component lane per app on each host, named "HOST APP" (a host's
 * lines without a tag go to "HOST"). In a review the question is usually
 * "what did postgres on db-1 say", and the assistant can merge lanes;
 * splitting one lane by a tag afterwards is harder.
 *
 * Kinds: an error line is not a page. Every line is kind "log" tagged with
 * its severity ("error", "warning", … the names journald's JSON gets in the
 * JSON lines importer, so one filter serves both), except emerg and alert:
 * "action must be taken immediately" is kind "alert".
 *
 * Speed: a million lines is a normal log, so a line costs no allocation
 * beyond the batch's own copy of the event: the text is built in one
 * reused buffer and lanes are found through a table keyed by that buffer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-importer.h"
#include "debrief-time.h"

static const char * const severities[] = {
  "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug",
};

typedef struct {
  const char *p;
  gsize       n;
} Span;

/* One header, as written: no year or zone applied yet. */
typedef struct {
  int                severity;   /* 0..7, or -1: no <PRI> */
  gboolean           bsd;        /* RFC 3164's "Mmm dd hh:mm:ss": no year */
  DebriefImportCivil civil;
  Span               host, app, text;
} Header;

typedef enum {
  PENDING_NONE,     /* continuation lines here have nothing to go on */
  PENDING_EVENT,    /* they add to the event being read */
  PENDING_DROPPED,  /* they belong to a line left out (window, skipped) */
} Pending;

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  char                       *file_name;
  DebriefImportClock          clock;
  int                         year;        /* of the BSD line before */
  int                         month;       /* … its month; 0 before the first */
  int                         file_month;  /* the file's, when the year is; else 13 */
  GHashTable                 *lanes;       /* "HOST APP" → lane + 1 */
  GString                    *key;
  Pending                     pending;
  gint64                      time;
  guint                       lane;
  int                         severity;
  guint                       line;
  GString                     *text;
} Reader;

/* ---- one header ---------------------------------------------------------------- */

static gboolean
next_token (const char **p,
            const char  *end,
            Span        *out)
{
  const char *space = memchr (*p, ' ', end - *p);
  const char *stop = space ? space : end;

  *out = (Span) { *p, stop - *p };
  *p = space ? space + 1 : end;
  return out->n > 0;
}

static const char *
parse_pri (const char *p,
           const char *end,
           int        *severity)
{
  int value = 0;
  guint digits = 0;

  *severity = -1;
  if (p >= end || *p != '<')
    return p;
  for (p++; p < end && g_ascii_isdigit (*p) && digits < 3; p++, digits++)
    value = value * 10 + (*p - '0');
  if (digits == 0 || p >= end || *p != '>' || value > 191)
    return NULL;
  *severity = value & 7;
  return p + 1;
}

/* "Mar 14 09:02:11", "Mar  4 09:02:11". */
static const char *
parse_bsd_time (const char         *p,
                const char         *end,
                DebriefImportCivil *civil)
{
  civil->month = debrief_import_parse_month (p, end);
  if (civil->month == 0 || end - p < 7 || p[3] != ' ')
    return NULL;
  p += 4;
  if (*p == ' ')
    p = debrief_import_parse_digits (p + 1, end, 1, &civil->day);
  else if (p + 1 < end && g_ascii_isdigit (p[1]))
    p = debrief_import_parse_digits (p, end, 2, &civil->day);
  else
    p = debrief_import_parse_digits (p, end, 1, &civil->day);
  if (p == NULL || p >= end || *p != ' ')
    return NULL;
  civil->year = 2000;  /* a leap year, so 29 Feb passes until the year is known */
  return debrief_import_parse_clock (p + 1, end, FALSE, civil);
}

/* TAG: or TAG[PID]: then the message; without that shape, no app. */
static gboolean
parse_tag (const char *p,
           const char *end,
           Header     *header)
{
  const char *q = p, *after = NULL;

  while (q < end && *q != ' ' && *q != '[' && *q != ':')
    q++;
  if (q > p && q < end && *q == ':')
    after = q + 1;
  else if (q > p && q < end && *q == '[')
    {
      const char *close = memchr (q, ']', end - q);

      if (close != NULL && close + 1 < end && close[1] == ':')
        after = close + 2;
    }
  if (after == NULL)
    {
      header->text = (Span) { p, end - p };
      return FALSE;
    }
  header->app = (Span) { p, q - p };
  if (after < end && *after == ' ')
    after++;
  header->text = (Span) { after, end - after };
  return TRUE;
}

/* [id param="va\"lue"][id2 …]: quoted values may hold \] and \". */
static const char *
skip_structured_data (const char *p,
                      const char *end)
{
  gboolean quoted = FALSE;

  if (p < end && *p == '-')
    return p + 1;
  if (p >= end || *p != '[')
    return NULL;
  for (; p < end; p++)
    {
      if (quoted && *p == '\\' && p + 1 < end)
        p++;
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ']' && (p + 1 >= end || p[1] != '['))
        return p + 1;
    }
  return NULL;
}

static Span
nil_to_empty (Span span)
{
  return span.n == 1 && span.p[0] == '-' ? (Span) { span.p, 0 } : span;
}

/* APP PROCID MSGID SD [MSG], after the host. */
static const char *
parse_rfc5424_rest (const char *p,
                    const char *end,
                    Header     *header)
{
  Span app, procid, msgid;

  if (!next_token (&p, end, &app) || !next_token (&p, end, &procid) || !next_token (&p, end, &msgid))
    return _("expected APP-NAME PROCID MSGID and structured data after the host (RFC 5424)");
  p = skip_structured_data (p, end);
  if (p == NULL || (p < end && *p != ' '))
    return _("structured data not closed with “]”");
  if (p < end)
    p++;
  /* A UTF-8 message may begin with a byte order mark. */
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  header->app = nil_to_empty (app);
  header->text = (Span) { p, end - p };
  return NULL;
}

static const char *
parse_time (const char **p,
            const char  *end,
            gboolean     versioned,
            Header      *header)
{
  const char *q;

  if (versioned && *p < end && **p == '-')
    return _("no time: the RFC 5424 timestamp is “-”");
  header->bsd = *p < end && !g_ascii_isdigit (**p);
  q = header->bsd ? parse_bsd_time (*p, end, &header->civil)
                  : debrief_import_parse_iso (*p, end, 'T', &header->civil);
  if (q == NULL || (q < end && *q != ' '))
    return _("expected a time such as “Mar 14 09:02:11” or 2026-03-14T09:02:11Z");
  if (!debrief_import_civil_valid (&header->civil))
    return _("a date or time that cannot be");
  *p = q < end ? q + 1 : q;
  return NULL;
}

/* NULL when @line is a header, else why not. */
static const char *
parse_header (const char *line,
              const char *end,
              Header     *header)
{
  const char *p, *reason;
  gboolean versioned;

  memset (header, 0, sizeof *header);
  p = parse_pri (line, end, &header->severity);
  if (p == NULL)
    return _("a priority <PRI> that is not 0 to 191");
  versioned = end - p >= 2 && p[0] >= '1' && p[0] <= '9' && p[1] == ' ';
  if (versioned)
    p += 2;
  if ((reason = parse_time (&p, end, versioned, header)) != NULL)
    return reason;
  if (!next_token (&p, end, &header->host))
    return _("expected a host name after the time");
  header->host = nil_to_empty (header->host);
  if (versioned)
    return parse_rfc5424_rest (p, end, header);
  /* No version: rsyslog's forms have a TAG:, else it may be RFC 5424. */
  if (!parse_tag (p, end, header) && header->bsd == FALSE)
    {
      Header tried = *header;

      if (parse_rfc5424_rest (p, end, &tried) == NULL)
        *header = tried;
    }
  return NULL;
}

/* ---- into the batch ---------------------------------------------------------- */

static void
flush (Reader *reader)
{
  char *tags[2] = { NULL, NULL };
  g_autofree char *valid = NULL;
  DebriefEventSpec spec = {
    .start = reader->time, .end = DEBRIEF_TIME_NONE,
    .kind = (char *) (reader->severity >= 0 && reader->severity <= 1 ? "alert" : "log"),
    .text = reader->text->str, .source_type = (char *) "log", .source_ref = reader->file_name,
    .source_line = reader->line, .tags = reader->severity >= 0 ? tags : NULL,
  };

  if (reader->pending != PENDING_EVENT)
    return;
  reader->pending = PENDING_NONE;
  if (reader->severity >= 0)
    tags[0] = (char *) severities[reader->severity];
  if (!g_utf8_validate_len (reader->text->str, reader->text->len, NULL))
    spec.text = valid = g_utf8_make_valid (reader->text->str, reader->text->len);
  debrief_import_batch_add_event (reader->batch, reader->lane, &spec);
}

static guint
lane_for (Reader       *reader,
          const Header *header)
{
  gpointer found;
  guint lane;

  g_string_truncate (reader->key, 0);
  g_string_append_len (reader->key, header->host.p, header->host.n);
  if (header->app.n > 0)
    {
      if (header->host.n > 0)
        g_string_append_c (reader->key, ' ');
      g_string_append_len (reader->key, header->app.p, header->app.n);
    }
  if (reader->key->len == 0)
    g_string_append (reader->key, reader->file_name);
  found = g_hash_table_lookup (reader->lanes, reader->key->str);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_COMPONENT, reader->key->str);
  g_hash_table_insert (reader->lanes, g_strdup (reader->key->str), GUINT_TO_POINTER (lane + 1));
  return lane;
}

/* The year of a BSD line, following the log across New Year. */
static int
bsd_year (Reader *reader,
          int     month)
{
  if (reader->month == 0 && month > reader->file_month)
    reader->year--;
  else if (reader->month != 0 && reader->month - month > 6)
    reader->year++;
  else if (reader->month != 0 && month - reader->month > 6)
    reader->year--;
  reader->month = month;
  return reader->year;
}

static const char *
header_time (Reader *reader,
             Header *header,
             gint64 *time)
{
  if (header->bsd)
    {
      header->civil.year = bsd_year (reader, header->civil.month);
      if (!debrief_import_civil_valid (&header->civil))
        return _("a date or time that cannot be");
    }
  *time = debrief_import_clock_to_time (&reader->clock, &header->civil);
  return NULL;
}

static void
start_record (Reader     *reader,
              const char *text,
              const char *end,
              guint       line)
{
  const char *reason;
  Header header;
  gint64 time = 0;

  flush (reader);
  reader->pending = PENDING_DROPPED;
  if ((reason = parse_header (text, end, &header)) != NULL ||
      (reason = header_time (reader, &header, &time)) != NULL)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, reason);
  else if (!debrief_import_options_keeps (reader->options, time))
    debrief_import_batch_count_outside (reader->batch);
  else
    {
      reader->pending = PENDING_EVENT;
      reader->time = time;
      reader->severity = header.severity;
      reader->line = line;
      reader->lane = lane_for (reader, &header);
      g_string_truncate (reader->text, 0);
      g_string_append_len (reader->text, header.text.p, header.text.n);
    }
}

static void
read_line (Reader     *reader,
           const char *text,
           const char *end,
           guint       line)
{
  while (end > text && (end[-1] == '\r' || end[-1] == ' '))
    end--;
  if (end == text)
    return;
  if (*text != ' ' && *text != '\t')
    start_record (reader, text, end, line);
  else if (reader->pending == PENDING_EVENT)
    {
      g_string_append_c (reader->text, '\n');
      g_string_append_len (reader->text, text, end - text);
    }
  else if (reader->pending == PENDING_NONE)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, _("a continuation line with no message before it"));
}

/* ---- the file ---------------------------------------------------------------- */

/* Without a year from the person, the file's modification year. */
static void
choose_year (Reader *reader,
             GFile  *source)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) local = NULL;

  reader->file_month = 13;
  if (reader->options->year != 0)
    {
      reader->year = reader->options->year;
      return;
    }
  info = g_file_query_info (source, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  modified = info ? g_file_info_get_modification_date_time (info) : NULL;
  if (modified == NULL)
    modified = g_date_time_new_now_utc ();
  local = reader->options->zone ? g_date_time_to_timezone (modified, reader->options->zone)
                                : g_date_time_ref (modified);
  reader->year = g_date_time_get_year (local);
  reader->file_month = g_date_time_get_month (local);
}

static void
read_lines (Reader     *reader,
            const char *text,
            const char *end)
{
  const char *start = text;
  guint line = 0;

  while (text < end && debrief_import_options_go_on (reader->options, text - start, end - start))
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      read_line (reader, text, stop, ++line);
      text = stop + 1;
    }
  flush (reader);
}

static gboolean
syslog_read (GFile                      *source,
             const DebriefImportOptions *options,
             DebriefImportBatch         *batch,
             GError                    **error)
{
  g_autoptr(GMappedFile) mapped = debrief_import_map_file (source, error);
  Reader reader = { .options = options, .batch = batch };
  const char *text;

  if (mapped == NULL)
    return FALSE;
  reader.file_name = g_file_get_basename (source);
  reader.lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.key = g_string_new (NULL);
  reader.text = g_string_sized_new (256);
  debrief_import_clock_init (&reader.clock, options->zone);
  choose_year (&reader, source);
  text = debrief_import_mapped_text (mapped);
  read_lines (&reader, text, text + g_mapped_file_get_length (mapped));
  g_hash_table_unref (reader.lanes);
  g_string_free (reader.key, TRUE);
  g_string_free (reader.text, TRUE);
  g_free (reader.file_name);
  return !g_cancellable_set_error_if_cancelled (options->cancellable, error);
}

/* Most of the first lines read as syslog headers. */
static guint
syslog_sniff (GFile      *source,
              const char *head,
              gsize       head_len)
{
  const char *text = head, *end = head + head_len;
  guint lines = 0, headers = 0;

  while (text < end && lines < 20)
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;
      Header header;

      if (stop > text && *text != ' ' && *text != '\t')
        {
          lines++;
          headers += parse_header (text, stop, &header) == NULL;
        }
      text = stop + 1;
    }
  if (headers == 0 || headers * 3 < lines * 2)
    return 0;
  return headers >= 2 ? 90 : 60;
}

const DebriefImporter debrief_importer_syslog = {
  .name = "syslog",
  .label = N_("syslog (RFC 5424, RFC 3164, /var/log/syslog)"),
  .sniff = syslog_sniff,
  .read = syslog_read,
};
