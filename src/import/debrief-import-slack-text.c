/* debrief-import-slack-text.c — Slack's times and message markup, as plain text
 *
 * Slack writes a message time as seconds and microseconds in a string
 * ("1773475331.000200"); it is read digit by digit, because a double
 * cannot hold every microsecond of our era. Message text is Slack's
 * "mrkdwn": mentions, channels and links in angle brackets, and only &, <
 * and > escaped. It becomes readable plain text ("@Alice", "#incident",
 * "label (url)"); nothing in it is markup any more, so the app shows it
 * as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-import-slack-private.h"
#include "debrief-time.h"

/* More digits than this would not fit the model's time range anyway. */
#define MAX_SECOND_DIGITS 12

gboolean
_debrief_slack_parse_ts (const char *ts,
                         gint64     *out)
{
  gsize whole = strspn (ts, "0123456789");
  gsize fraction = 0;
  gint64 seconds = 0, micros = 0;

  if (whole == 0 || whole > MAX_SECOND_DIGITS)
    return FALSE;
  if (ts[whole] == '.')
    {
      fraction = strspn (ts + whole + 1, "0123456789");
      if (fraction == 0 || fraction > 6 || ts[whole + 1 + fraction] != '\0')
        return FALSE;
    }
  else if (ts[whole] != '\0')
    return FALSE;
  for (gsize i = 0; i < whole; i++)
    seconds = seconds * 10 + (ts[i] - '0');
  for (gsize i = 0; i < 6; i++)
    micros = micros * 10 + (i < fraction ? ts[whole + 1 + i] - '0' : 0);
  if (seconds > (DEBRIEF_TIME_MAX - micros) / G_USEC_PER_SEC)
    return FALSE;
  *out = seconds * G_USEC_PER_SEC + micros;
  return TRUE;
}

/* &amp; &lt; &gt; are the only entities Slack writes. */
static void
append_unescaped (GString    *out,
                  const char *text,
                  gsize       length)
{
  static const struct { const char *entity; char c; } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
  };
  const char *end = text + length;

  while (text < end)
    {
      gboolean replaced = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && *text == '&'; i++)
        {
          gsize n = strlen (entities[i].entity);

          if ((gsize) (end - text) >= n && strncmp (text, entities[i].entity, n) == 0)
            {
              g_string_append_c (out, entities[i].c);
              text += n;
              replaced = TRUE;
              break;
            }
        }
      if (!replaced)
        g_string_append_c (out, *text++);
    }
}

/* "<@U123>", "<@U123|alice>": the person's name, as the export knows it. */
static void
append_user (GString    *out,
             const char *id,
             const char *label,
             GHashTable *user_names)
{
  const char *name = user_names ? g_hash_table_lookup (user_names, id) : NULL;

  g_string_append_c (out, '@');
  append_unescaped (out, name ? name : label ? label : id, strlen (name ? name : label ? label : id));
}

static void
append_channel (GString    *out,
                const char *id,
                const char *label,
                GHashTable *channel_names)
{
  const char *name = label ? label : channel_names ? g_hash_table_lookup (channel_names, id) : NULL;

  g_string_append_c (out, '#');
  append_unescaped (out, name ? name : id, strlen (name ? name : id));
}

/* "<!here>" → "@here"; "<!subteam^S1|@oncall>" and "<!date^…|fallback>"
 * → their label. */
static void
append_special (GString    *out,
                const char *command,
                const char *label)
{
  if (label != NULL)
    append_unescaped (out, label, strlen (label));
  else
    {
      g_string_append_c (out, '@');
      append_unescaped (out, command, strcspn (command, "^"));
    }
}

/* "<url|label>" → "label (url)", "<url>" → "url"; a mailto: link whose
 * label is the address is just the address. */
static void
append_link (GString    *out,
             const char *url,
             const char *label)
{
  if (label == NULL || strcmp (label, url) == 0)
    append_unescaped (out, url, strlen (url));
  else if (g_str_has_prefix (url, "mailto:") && strcmp (url + 7, label) == 0)
    append_unescaped (out, label, strlen (label));
  else
    {
      append_unescaped (out, label, strlen (label));
      g_string_append (out, " (");
      append_unescaped (out, url, strlen (url));
      g_string_append_c (out, ')');
    }
}

static void
append_bracketed (GString    *out,
                  const char *inside,
                  gsize       length,
                  GHashTable *user_names,
                  GHashTable *channel_names)
{
  g_autofree char *target = g_strndup (inside, length);
  char *bar = strchr (target, '|');
  const char *label = NULL;

  if (bar != NULL)
    {
      *bar = '\0';
      label = bar + 1;
    }
  if (target[0] == '@')
    append_user (out, target + 1, label, user_names);
  else if (target[0] == '#')
    append_channel (out, target + 1, label, channel_names);
  else if (target[0] == '!')
    append_special (out, target + 1, label);
  else
    append_link (out, target, label);
}

/* @user_names: Slack user id → display name; @channel_names: id → name. */
char *
_debrief_slack_render_text (const char *mrkdwn,
                            GHashTable *user_names,
                            GHashTable *channel_names)
{
  GString *out = g_string_sized_new (strlen (mrkdwn));
  const char *text = mrkdwn;

  while (*text != '\0')
    {
      const char *open = strchr (text, '<');
      const char *close = open ? strchr (open, '>') : NULL;

      if (close == NULL)
        {
          append_unescaped (out, text, strlen (text));
          break;
        }
      append_unescaped (out, text, open - text);
      append_bracketed (out, open + 1, close - open - 1, user_names, channel_names);
      text = close + 1;
    }
  return g_string_free (out, FALSE);
}
