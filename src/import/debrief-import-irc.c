/* debrief-import-irc.c — IRC and plain chat logs: irssi, WeeChat, ZNC
 *
 * Accepted lines:
 *   irssi   09:02 <nick> text        09:02  * nick action
 *           09:02 -!- nick [~user@host] has joined #chan
 *           --- Log opened Sat Mar 14 08:00:00 2026   --- Day changed Sun Mar 15 2026
 *   WeeChat 2026-03-14 09:02:11<TAB>nick<TAB>text    (prefixes -->, <--, --, " *")
 *   ZNC     [09:02:11] <nick> text   [09:02:11] * nick action
 *           [09:02:11] *** Joins: nick (user@host)
 * Notices (-nick- text) are read as chat too. Seconds are optional.
 *
 * The date: the file's own (Log opened, Day changed, WeeChat's lines), else
 * the file name's (#chan_20260314.log, 2026-03-14.log, #chan.2026-03-14.log),
 * else the options'. With none, the read fails and asks for --date: a
 * guessed day would put the whole conversation in the wrong place. A time
 * more than an hour before the line before is the next day (midnight);
 * less is a clock being set back. Times are in the options' zone (else UTC).
 *
 * Lanes and kinds: each nick is a participant lane; a nick change keeps
 * the person in the lane they started in. Messages, notices, actions and
 * topic changes are kind "chat" (an action's text reads "* nick waves",
 * as IRC shows it, so it is not mistaken for speech); joins, parts, quits,
 * kicks, nick and mode changes are kind "join", so a facilitator can hide
 * the comings and goings in one click. Status lines of the client itself
 * (-!- Irssi: …) are not part of the conversation and are left out silently;
 * other status lines Debrief does not understand are skipped with a reason.
 * mIRC colour and bold codes are taken out of the text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "debrief-import-clock.h"
#include "debrief-importer.h"
#include "debrief-time.h"

/* What a line said, when it says something. */
typedef struct {
  const char *kind;      /* "chat" or "join"; NULL: nothing to add */
  const char *nick;      /* the lane's nick */
  gsize       nick_len;
  const char *reason;    /* why it was skipped, when it was */
} Said;

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  char                       *file_name;
  DebriefImportClock          clock;
  gboolean                    dated;
  int                         year, month, day;
  int                         previous_tod;  /* seconds into the day of the line before; -1 */
  GHashTable                 *nicks;         /* nick → lane + 1 */
  GString                    *nick;
  GString                    *text;
} Reader;

static gboolean
starts (const char *p,
        const char *end,
        const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && memcmp (p, prefix, n) == 0;
}

static const char *
word_end (const char *p,
          const char *end)
{
  const char *space = memchr (p, ' ', end - p);

  return space ? space : end;
}

/* ---- text and lanes ------------------------------------------------------------ */

/* Without mIRC formatting: ^B ^] ^_ ^^ ^Q ^V ^O, ^C colours, ^D hex colours. */
static void
append_plain (GString    *out,
              const char *p,
              const char *end)
{
  while (p < end)
    {
      char c = *p++;
      guint digits = c == 0x03 ? 2 : c == 0x04 ? 6 : 0;

      if (digits > 0)
        for (guint part = 0; part < 2; part++)
          {
            for (guint i = 0; i < digits && p < end && g_ascii_isxdigit (*p); i++)
              p++;
            if (part == 1 || p + 1 >= end || *p != ',' || !g_ascii_isxdigit (p[1]))
              break;
            p++;
          }
      else if (c != 0x02 && c != 0x1d && c != 0x1f && c != 0x1e && c != 0x11 && c != 0x16 && c != 0x0f)
        g_string_append_c (out, c);
    }
}

static guint
lane_for_nick (Reader     *reader,
               const char *nick,
               gsize       n)
{
  gpointer found;
  guint lane;

  g_string_truncate (reader->nick, 0);
  g_string_append_len (reader->nick, nick, n);
  found = g_hash_table_lookup (reader->nicks, reader->nick->str);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  lane = debrief_import_batch_add_lane (reader->batch, DEBRIEF_LANE_KIND_PARTICIPANT, reader->nick->str);
  g_hash_table_insert (reader->nicks, g_strdup (reader->nick->str), GUINT_TO_POINTER (lane + 1));
  return lane;
}

/* "alice is now known as alice_afk": alice_afk speaks in alice's lane. */
static void
follow_nick_change (Reader     *reader,
                    const char *old_nick,
                    gsize       old_len,
                    const char *new_nick,
                    const char *end)
{
  guint lane = lane_for_nick (reader, old_nick, old_len);
  g_autofree char *renamed = g_strndup (new_nick, word_end (new_nick, end) - new_nick);

  g_hash_table_insert (reader->nicks, g_steal_pointer (&renamed), GUINT_TO_POINTER (lane + 1));
}

/* ---- what a line says ------------------------------------------------------------ */

static Said
said_by (const char *kind,
         const char *nick,
         const char *end)
{
  while (nick < end && strchr ("@+%&~ ", *nick) != NULL)
    nick++;
  return (Said) { kind, nick, word_end (nick, end) - nick, NULL };
}

static Said
skipped (const char *reason)
{
  return (Said) { NULL, NULL, 0, reason };
}

/* The comings and goings, as irssi (-!-), WeeChat (-->, <--, --) and
 * ZNC (***) word them. */
static Said
read_status (Reader     *reader,
             const char *p,
             const char *end)
{
  const char *rest = word_end (p, end);
  const char *by;
  gsize len = end - p;

  if (starts (p, end, "Joins: ") || starts (p, end, "Parts: ") || starts (p, end, "Quits: "))
    return said_by ("join", p + 7, end);
  if ((starts (p, end, "mode/") || starts (p, end, "Mode ")) && (by = g_strrstr_len (p, len, " by ")) != NULL)
    return said_by ("join", by + 4, end);
  rest = rest < end ? rest + 1 : end;
  if (starts (rest, end, "is now known as "))
    {
      follow_nick_change (reader, p, word_end (p, end) - p, rest + 16, end);
      return said_by ("join", p, end);
    }
  if (g_strstr_len (rest, end - rest, "has joined") || g_strstr_len (rest, end - rest, "has left") ||
      g_strstr_len (rest, end - rest, "has quit") || starts (rest, end, "was kicked") ||
      starts (rest, end, "has kicked") || starts (rest, end, "sets mode"))
    return said_by ("join", p, end);
  if (starts (rest, end, "changed the topic") || starts (rest, end, "has changed topic") ||
      starts (rest, end, "changes topic"))
    return said_by ("chat", p, end);
  return skipped (_("a status line Debrief does not read"));
}

/* After an irssi or ZNC time: <nick>, * nick, -!-, ***, -nick-. */
static Said
read_body (Reader     *reader,
           const char *p,
           const char *end)
{
  const char *close;

  while (p < end && *p == ' ')
    p++;
  if (p < end && *p == '<' && (close = memchr (p, '>', end - p)) != NULL)
    {
      Said said = said_by ("chat", p + 1, close);

      append_plain (reader->text, close + 1 < end && close[1] == ' ' ? close + 2 : close + 1, end);
      return said;
    }
  if (starts (p, end, "* ") && p + 2 < end)
    {
      append_plain (reader->text, p, end);
      return said_by ("chat", p + 2, end);
    }
  if (starts (p, end, "-!- Irssi: "))
    return (Said) { NULL, NULL, 0, NULL };
  if (starts (p, end, "-!- ") || starts (p, end, "*** "))
    {
      append_plain (reader->text, p + 4, end);
      return read_status (reader, p + 4, end);
    }
  if (p + 1 < end && *p == '-' && (close = g_strstr_len (p + 1, end - p - 1, "- ")) != NULL)
    {
      const char *nick_end = p + 1;

      while (nick_end < close && strchr ("(: ", *nick_end) == NULL)
        nick_end++;
      append_plain (reader->text, close + 2, end);
      return said_by ("chat", p + 1, nick_end);
    }
  return skipped (_("expected <nick>, * nick, -!- or *** after the time"));
}

/* WeeChat: PREFIX<TAB>TEXT. */
static Said
read_weechat (Reader     *reader,
              const char *p,
              const char *end)
{
  const char *tab = memchr (p, '\t', end - p);
  const char *text = tab ? tab + 1 : end;

  if (tab == NULL || tab == p)
    return skipped (_("expected a nick, -->, <-- or -- between tabs (WeeChat)"));
  if (starts (p, tab, "-->") || starts (p, tab, "<--") || starts (p, tab, "--"))
    {
      append_plain (reader->text, text, end);
      return read_status (reader, text, end);
    }
  if (starts (p, tab, "=!="))
    return skipped (_("an error of the client, not part of the conversation"));
  if (tab - p <= 2 && tab[-1] == '*')
    {
      g_string_append (reader->text, "* ");
      append_plain (reader->text, text, end);
      return said_by ("chat", text, end);
    }
  append_plain (reader->text, text, end);
  return said_by ("chat", p, tab);
}

/* ---- dates ---------------------------------------------------------------------- */

static void
set_date (Reader *reader,
          int     year,
          int     month,
          int     day)
{
  reader->dated = TRUE;
  reader->year = year;
  reader->month = month;
  reader->day = day;
}

static void
next_day (Reader *reader)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, reader->day, reader->month, reader->year);
  g_date_add_days (&date, 1);
  set_date (reader, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/* "Mar 14" or "Mar  4" then a space. */
static const char *
parse_month_day (const char         *p,
                 const char         *end,
                 DebriefImportCivil *civil)
{
  civil->month = debrief_import_parse_month (p, end);
  if (civil->month == 0 || end - p < 6 || p[3] != ' ')
    return NULL;
  p += p[4] == ' ' ? 5 : 4;
  p = debrief_import_parse_digits (p, end, p + 1 < end && g_ascii_isdigit (p[1]) ? 2 : 1, &civil->day);
  return p != NULL && p < end && *p == ' ' ? p + 1 : NULL;
}

/* irssi: "--- Log opened Sat Mar 14 08:00:00 2026", "--- Day changed Sun Mar 15 2026". */
static const char *
read_irssi_header (Reader     *reader,
                   const char *p,
                   const char *end)
{
  gboolean opened = starts (p, end, "--- Log opened ");
  gboolean changed = starts (p, end, "--- Day changed ");
  DebriefImportCivil civil = { 0 };

  if (starts (p, end, "--- Log closed "))
    return NULL;
  if (!opened && !changed)
    return _("expected “--- Log opened”, “--- Day changed” or “--- Log closed”");
  /* Past "--- Log opened " and the weekday ("Sat "). */
  p = end - p > (opened ? 19 : 20) ? parse_month_day (p + (opened ? 19 : 20), end, &civil) : NULL;
  if (p != NULL && opened)
    p = debrief_import_parse_clock (p, end, FALSE, &civil);
  if (p != NULL && opened)
    p = p < end && *p == ' ' ? p + 1 : NULL;
  p = debrief_import_parse_digits (p, end, 4, &civil.year);
  if (p == NULL || !debrief_import_civil_valid (&civil))
    return _("a date that cannot be read");
  set_date (reader, civil.year, civil.month, civil.day);
  reader->previous_tod = opened ? civil.hour * 3600 + civil.minute * 60 + civil.second : -1;
  return NULL;
}

/* YYYY-MM-DD or YYYYMMDD somewhere in the name, standing alone. */
static gboolean
date_from_name (const char *name,
                int        *year,
                int        *month,
                int        *day)
{
  for (const char *p = name; *p != '\0'; p++)
    {
      if (p > name && g_ascii_isdigit (p[-1]))
        continue;
      if ((sscanf (p, "%4d-%2d-%2d", year, month, day) == 3 && strspn (p, "0123456789") == 4) ||
          (strspn (p, "0123456789") == 8 && sscanf (p, "%4d%2d%2d", year, month, day) == 3))
        if (g_date_valid_dmy (*day, *month, *year))
          return TRUE;
    }
  return FALSE;
}

static void
choose_date (Reader *reader)
{
  const DebriefImportOptions *options = reader->options;
  int year, month, day;

  reader->previous_tod = -1;
  if (date_from_name (reader->file_name, &year, &month, &day))
    set_date (reader, year, month, day);
  else if (options->year != 0 && options->month != 0 && options->day != 0)
    set_date (reader, options->year, options->month, options->day);
}

/* ---- lines ---------------------------------------------------------------------- */

static void
add_event (Reader     *reader,
           const Said *said,
           gint64      time,
           guint       line)
{
  g_autofree char *valid = NULL;
  DebriefEventSpec spec = {
    .start = time, .end = DEBRIEF_TIME_NONE, .kind = (char *) said->kind, .text = reader->text->str,
    .source_type = (char *) "irc", .source_ref = reader->file_name, .source_line = line,
  };
  guint lane;

  if (said->nick_len == 0)
    return;
  lane = lane_for_nick (reader, said->nick, said->nick_len);
  if (!g_utf8_validate_len (reader->text->str, reader->text->len, NULL))
    spec.text = valid = g_utf8_make_valid (reader->text->str, reader->text->len);
  debrief_import_batch_add_event (reader->batch, lane, &spec);
}

/* A time of day on the date being read, past midnight when it jumps back. */
static gint64
time_of_day (Reader             *reader,
             DebriefImportCivil *civil)
{
  int tod = civil->hour * 3600 + civil->minute * 60 + civil->second;

  if (reader->previous_tod >= 0 && reader->previous_tod - tod > 3600)
    next_day (reader);
  reader->previous_tod = tod;
  civil->year = reader->year;
  civil->month = reader->month;
  civil->day = reader->day;
  return debrief_import_clock_to_time (&reader->clock, civil);
}

/* WeeChat's lines carry their own date, which later lines go on from. */
static Said
read_weechat_line (Reader             *reader,
                   DebriefImportCivil *civil,
                   const char         *body,
                   const char         *end,
                   gint64             *time)
{
  if (!debrief_import_civil_valid (civil))
    return skipped (_("a date or time that cannot be"));
  set_date (reader, civil->year, civil->month, civil->day);
  reader->previous_tod = civil->hour * 3600 + civil->minute * 60 + civil->second;
  *time = debrief_import_clock_to_time (&reader->clock, civil);
  return read_weechat (reader, body, end);
}

/* "09:02 ", "[09:02:11] ". */
static const char *
parse_short_time (const char         *p,
                  const char         *end,
                  DebriefImportCivil *civil)
{
  gboolean bracket = p < end && *p == '[';

  p = debrief_import_parse_clock (p + bracket, end, TRUE, civil);
  if (p != NULL && bracket)
    p = p < end && *p == ']' ? p + 1 : NULL;
  if (p == NULL || p >= end || *p != ' ' || civil->hour > 23 || civil->minute > 59 || civil->second > 59)
    return NULL;
  return p + 1;
}

static gboolean
read_line (Reader     *reader,
           const char *p,
           const char *end,
           guint       line,
           GError    **error)
{
  DebriefImportCivil civil = { 0 };
  const char *body;
  Said said;
  gint64 time = 0;

  g_string_truncate (reader->text, 0);
  if (starts (p, end, "---"))
    said = skipped (read_irssi_header (reader, p, end));
  else if ((body = debrief_import_parse_iso (p, end, ' ', &civil)) != NULL && body < end && *body == '\t')
    said = read_weechat_line (reader, &civil, body + 1, end, &time);
  else if ((body = parse_short_time (p, end, &civil)) != NULL)
    {
      if (!reader->dated)
        {
          g_set_error (error, DEBRIEF_IMPORT_ERROR, DEBRIEF_IMPORT_ERROR_NEEDS_DATE,
                       _("%s:%u: the log says the time but not the date; give the date it was written"),
                       reader->file_name, line);
          return FALSE;
        }
      time = time_of_day (reader, &civil);
      said = read_body (reader, body, end);
    }
  else
    said = skipped (_("expected a time such as 09:02, [09:02:11] or 2026-03-14 09:02:11"));

  if (said.reason != NULL)
    debrief_import_batch_skip_line (reader->batch, reader->file_name, line, said.reason);
  else if (said.kind == NULL)
    return TRUE;
  else if (!debrief_import_options_keeps (reader->options, time))
    debrief_import_batch_count_outside (reader->batch);
  else
    add_event (reader, &said, time, line);
  return TRUE;
}

/* ---- the file ---------------------------------------------------------------- */

static gboolean
read_lines (Reader     *reader,
            const char *text,
            const char *end,
            GError    **error)
{
  const char *start = text;
  guint line = 0;

  while (text < end && debrief_import_options_go_on (reader->options, text - start, end - start))
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      line++;
      while (stop > text && (stop[-1] == '\r' || stop[-1] == ' '))
        stop--;
      if (stop > text && !read_line (reader, text, stop, line, error))
        return FALSE;
      text = (newline ? newline : end) + 1;
    }
  return !g_cancellable_set_error_if_cancelled (reader->options->cancellable, error);
}

static gboolean
irc_read (GFile                      *source,
          const DebriefImportOptions *options,
          DebriefImportBatch         *batch,
          GError                    **error)
{
  g_autoptr(GMappedFile) mapped = debrief_import_map_file (source, error);
  Reader reader = { .options = options, .batch = batch };
  const char *text;
  gboolean ok = TRUE;

  if (mapped == NULL)
    return FALSE;
  reader.file_name = g_file_get_basename (source);
  reader.nicks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.nick = g_string_new (NULL);
  reader.text = g_string_sized_new (256);
  debrief_import_clock_init (&reader.clock, options->zone);
  choose_date (&reader);
  text = debrief_import_mapped_text (mapped);
  ok = read_lines (&reader, text, text + g_mapped_file_get_length (mapped), error);
  g_hash_table_unref (reader.nicks);
  g_string_free (reader.nick, TRUE);
  g_string_free (reader.text, TRUE);
  g_free (reader.file_name);
  return ok;
}

/* Whether a line has one of the shapes above, without reading it. */
static gboolean
looks_like_chat (const char *p,
                 const char *end)
{
  DebriefImportCivil civil = { 0 };
  const char *body;

  if (starts (p, end, "--- Log opened ") || starts (p, end, "--- Day changed ") ||
      starts (p, end, "--- Log closed "))
    return TRUE;
  body = debrief_import_parse_iso (p, end, ' ', &civil);
  if (body != NULL && body < end && *body == '\t' && memchr (body + 1, '\t', end - body - 1) != NULL)
    return TRUE;
  body = parse_short_time (p, end, &civil);
  while (body != NULL && body < end && *body == ' ')
    body++;
  return body != NULL && (starts (body, end, "<") || starts (body, end, "* ") ||
                          starts (body, end, "-!- ") || starts (body, end, "*** "));
}

static guint
irc_sniff (GFile      *source,
           const char *head,
           gsize       head_len)
{
  const char *text = head, *end = head + head_len;
  guint lines = 0, chat = 0;

  while (text < end && lines < 20)
    {
      const char *newline = memchr (text, '\n', end - text);
      const char *stop = newline ? newline : end;

      while (stop > text && stop[-1] == '\r')
        stop--;
      if (stop > text)
        {
          lines++;
          chat += looks_like_chat (text, stop);
        }
      text = (newline ? newline : end) + 1;
    }
  if (chat == 0 || chat * 3 < lines * 2)
    return 0;
  return chat >= 2 ? 85 : 55;
}

const DebriefImporter debrief_importer_irc = {
  .name = "irc",
  .label = N_("IRC log (irssi, WeeChat, ZNC)"),
  .sniff = irc_sniff,
  .read = irc_read,
};
