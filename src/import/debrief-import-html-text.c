/* debrief-import-html-text.c — the text of a chat message written in HTML
 *
 * Teams (and other chats) store messages as HTML fragments. Debrief keeps
 * text only, so this reduces the fragment to what a person reads: tags
 * are taken out but their words stay (<at>Bob</at> is "Bob", a link is its
 * words); a line break, a paragraph, a block or a list item starts a new
 * line; runs of white space in the source are one space, as a browser
 * shows them; entities are decoded (&amp; &lt; &#39; &#x1F600; &nbsp; …);
 * an image or emoji stands as its alt text; scripts and styles are dropped.
 * Nothing is interpreted beyond that: what is left is plain text, and
 * markup that is not well formed still yields its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-import-html-text.h"

static const struct {
  const char *name;
  const char *text;
} entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
  { "nbsp", " " }, { "ndash", "–" }, { "mdash", "—" }, { "hellip", "…" },
  { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" },
  { "copy", "©" }, { "reg", "®" }, { "trade", "™" }, { "bull", "•" }, { "middot", "·" },
  { "euro", "€" }, { "deg", "°" }, { "times", "×" },
};

/* Tags after which the text goes on on a new line. */
static const char * const breaking_tags[] = {
  "br", "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", NULL,
};

typedef struct {
  GString  *out;
  gboolean  space;     /* white space seen since the last word */
} Writer;

/* A <br> always breaks the line (two make an empty line between); a block
 * only starts a line when the text is not at the start of one already, so
 * nested <div>s do not pile up empty lines. */
static void
put_newline (Writer   *writer,
             gboolean  always)
{
  gboolean at_line_start;

  /* Spaces before a line break are nothing a reader sees. */
  while (writer->out->len > 0 && writer->out->str[writer->out->len - 1] == ' ')
    g_string_truncate (writer->out, writer->out->len - 1);
  at_line_start = writer->out->len == 0 || writer->out->str[writer->out->len - 1] == '\n';
  if (writer->out->len > 0 && (always ? !g_str_has_suffix (writer->out->str, "\n\n") : !at_line_start))
    g_string_append_c (writer->out, '\n');
  writer->space = FALSE;
}

static void
put_text (Writer     *writer,
          const char *text,
          gsize       length)
{
  gboolean at_line_start = writer->out->len == 0 || writer->out->str[writer->out->len - 1] == '\n';

  if (writer->space && !at_line_start)
    g_string_append_c (writer->out, ' ');
  writer->space = FALSE;
  g_string_append_len (writer->out, text, length);
}

/* @p is past the '&'; the entity's end (past ';'), or NULL when it is none. */
static const char *
decode_entity (const char *p,
               char        out[8])
{
  const char *semicolon = p;
  gunichar value;

  while (*semicolon != '\0' && *semicolon != ';' && semicolon - p < 10 && !g_ascii_isspace (*semicolon))
    semicolon++;
  if (*semicolon != ';' || semicolon == p)
    return NULL;
  if (*p == '#')
    {
      char *end = NULL;
      guint64 number = (p[1] == 'x' || p[1] == 'X') ? g_ascii_strtoull (p + 2, &end, 16)
                                                    : g_ascii_strtoull (p + 1, &end, 10);

      value = (gunichar) number;
      if (end != semicolon || number > 0x10FFFF || !g_unichar_validate (value) || value == 0)
        return NULL;
      out[g_unichar_to_utf8 (value, out)] = '\0';
      return semicolon + 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == (gsize) (semicolon - p) && memcmp (entities[i].name, p, semicolon - p) == 0)
      {
        g_strlcpy (out, entities[i].text, 8);
        return semicolon + 1;
      }
  return NULL;
}

/* Text with its entities decoded, as a run of words. */
static void
put_decoded (Writer     *writer,
             const char *text,
             gsize       length)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      const char *word_end = p;
      char decoded[8];
      const char *after;

      if (g_ascii_isspace (*p))
        {
          writer->space = TRUE;
          p++;
          continue;
        }
      if (*p == '&' && (after = decode_entity (p + 1, decoded)) != NULL && after <= end)
        {
          put_text (writer, decoded, strlen (decoded));
          p = after;
          continue;
        }
      word_end = p + 1;
      while (word_end < end && !g_ascii_isspace (*word_end) && *word_end != '&')
        word_end++;
      put_text (writer, p, word_end - p);
      p = word_end;
    }
}

static gboolean
tag_is (const char *name,
        gsize       length,
        const char *wanted)
{
  return strlen (wanted) == length && g_ascii_strncasecmp (name, wanted, length) == 0;
}

/* The value of attribute @attribute in the tag from @tag to @end, or NULL. */
static char *
tag_attribute (const char *tag,
               const char *end,
               const char *attribute)
{
  g_autofree char *copy = g_strndup (tag, end - tag);
  g_autofree char *needle = g_strconcat (attribute, "=\"", NULL);
  g_autofree char *lower = g_ascii_strdown (copy, -1);
  const char *found = strstr (lower, needle);
  const char *value, *close;

  if (found == NULL)
    return NULL;
  value = copy + (found - lower) + strlen (needle);
  close = strchr (value, '"');
  return close ? g_strndup (value, close - value) : NULL;
}

/* Handles the tag from @p (at '<') and returns where the text goes on. */
static const char *
read_tag (Writer     *writer,
          const char *p)
{
  const char *close = strchr (p, '>');
  const char *name = p + 1 + (p[1] == '/');
  gsize name_len = strspn (name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

  if (close == NULL)
    {
      /* Not a tag after all: "a < b" in a message that is not escaped. */
      put_decoded (writer, p, strlen (p));
      return p + strlen (p);
    }
  if (g_str_has_prefix (p, "<!--"))
    {
      const char *comment_end = strstr (p + 4, "-->");

      return comment_end ? comment_end + 3 : p + strlen (p);
    }
  if (p[1] != '/' && (tag_is (name, name_len, "script") || tag_is (name, name_len, "style")))
    {
      g_autofree char *closing = g_strdup_printf ("</%.*s", (int) name_len, name);
      const char *end = g_strstr_len (close, -1, closing);

      return end ? read_tag (writer, end) : p + strlen (p);
    }
  if (tag_is (name, name_len, "img") || tag_is (name, name_len, "emoji"))
    {
      g_autofree char *alt = tag_attribute (p, close, "alt");

      if (alt != NULL)
        put_decoded (writer, alt, strlen (alt));
    }
  for (guint i = 0; breaking_tags[i] != NULL; i++)
    if (tag_is (name, name_len, breaking_tags[i]))
      {
        put_newline (writer, tag_is (name, name_len, "br"));
        break;
      }
  if ((name_len == 0 || g_ascii_isdigit (name[0])) && p[1] != '/' && p[1] != '!')
    {
      /* "<3" or "< b": text, not a tag. */
      put_decoded (writer, p, 1);
      return p + 1;
    }
  return close + 1;
}

char *
debrief_import_html_to_text (const char *html)
{
  Writer writer = { g_string_new (NULL), FALSE };
  const char *p = html ? html : "";

  while (*p != '\0')
    {
      const char *tag = strchr (p, '<');
      const char *stop = tag ? tag : p + strlen (p);

      put_decoded (&writer, p, stop - p);
      p = tag ? read_tag (&writer, tag) : stop;
    }
  while (writer.out->len > 0 && g_ascii_isspace (writer.out->str[writer.out->len - 1]))
    g_string_truncate (writer.out, writer.out->len - 1);
  return g_string_free (writer.out, FALSE);
}
