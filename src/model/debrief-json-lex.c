/* debrief-json-lex.c — the scanner's tokens: strings, numbers, literals
 *
 * Strings are checked byte by byte through a class table (plain ASCII runs
 * fast); escapes, lone surrogates, escaped NULs and malformed UTF-8 are
 * refused with their position. Numbers are checked against what json-glib
 * would silently change: integers beyond 64 bits and floats beyond double.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-json-scan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "debrief-json-scan-private.h"

#define MAX_NUMBER_LENGTH 512

int
_debrief_json_hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner *s,
           gsize    at,
           guint   *out)
{
  guint value = 0;

  if (at + 4 > s->length)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = _debrief_json_hex_value (s->data[at + i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (guint) digit;
    }
  *out = value;
  return TRUE;
}

/* \uXXXX, with surrogate pairs; NUL and lone surrogates are refused because
 * json-glib would cut or mangle the text. */
static gboolean
scan_unicode_escape (Scanner *s)
{
  guint unit, low;

  if (!read_hex4 (s, s->pos + 2, &unit))
    {
      /* Translators: %s is the escape \u as JSON writes it. */
      g_autofree char *what = g_strdup_printf (_("expected four hexadecimal digits after %s"), "\\u");

      return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON, what);
    }
  if (unit == 0)
    {
      /* Translators: %s is the escape \u0000 as JSON writes it. */
      g_autofree char *what = g_strdup_printf (_("a NUL character (%s) is not allowed in text"), "\\u0000");

      return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON, what);
    }
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                    _("a lone UTF-16 low surrogate is not a character"));
  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      if (s->pos + 12 > s->length || s->data[s->pos + 6] != '\\' || s->data[s->pos + 7] != 'u' ||
          !read_hex4 (s, s->pos + 8, &low) || low < 0xdc00 || low > 0xdfff)
        return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                        _("a UTF-16 high surrogate must be followed by a low surrogate"));
      s->pos += 6;
    }
  s->pos += 6;
  return TRUE;
}

static gboolean
scan_escape (Scanner *s)
{
  char c = s->pos + 1 < s->length ? s->data[s->pos + 1] : '\0';

  switch (c)
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      s->pos += 2;
      return TRUE;
    case 'u':
      return scan_unicode_escape (s);
    default:
      return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON, _("invalid escape sequence in text"));
    }
}

/* Byte classes for the string loop: 0 plain, 1 quote, 2 backslash,
 * 3 control, 4 start of a multi-byte UTF-8 sequence. */
static guint8 byte_class[256];

void
_debrief_json_init_byte_class (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  for (int i = 0; i < 0x20; i++)
    byte_class[i] = 3;
  byte_class['"'] = 1;
  byte_class['\\'] = 2;
  for (int i = 0x80; i < 0x100; i++)
    byte_class[i] = 4;
  g_once_init_leave (&done, 1);
}

static gboolean
scan_utf8_sequence (Scanner *s)
{
  const guchar *p = (const guchar *) s->data + s->pos;
  gsize available = s->length - s->pos;
  gsize n;

  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    n = 2;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    n = 3;
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    n = 4;
  else
    n = 0;

  /* g_utf8_validate also refuses overlong forms, surrogates and values
   * past U+10FFFF. */
  if (n == 0 || n > available || !g_utf8_validate ((const char *) p, (gssize) n, NULL))
    return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                    _("the text is not valid UTF-8 (is the file in another encoding?)"));
  s->pos += n;
  return TRUE;
}

/* On return s->pos is one past the closing quote. */
gboolean
_debrief_json_scan_string (Scanner *s)
{
  s->pos++;
  for (;;)
    {
      while (s->pos < s->length && byte_class[(guchar) s->data[s->pos]] == 0)
        s->pos++;
      if (s->pos >= s->length)
        return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                        _("the text is not closed: the file ends inside a string"));

      switch (byte_class[(guchar) s->data[s->pos]])
        {
        case 1:
          s->pos++;
          return TRUE;
        case 2:
          if (!scan_escape (s))
            return FALSE;
          break;
        case 3:
          if (s->data[s->pos] == '\0')
            return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                            _("a NUL byte is not allowed in a review file"));
          return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                          _("a control character must be escaped in text (a missing quote?)"));
        default:
          if (!scan_utf8_sequence (s))
            return FALSE;
        }
    }
}

static gsize
scan_digits (Scanner *s)
{
  gsize start = s->pos;

  while (s->pos < s->length && s->data[s->pos] >= '0' && s->data[s->pos] <= '9')
    s->pos++;
  return s->pos - start;
}

static gboolean
integer_overflows (const char *digits,
                   gsize       n_digits,
                   gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  if (n_digits != 19)
    return n_digits > 19;
  return memcmp (digits, limit, 19) > 0;
}

static gboolean
float_overflows (Scanner *s,
                 gsize    start)
{
  char buffer[MAX_NUMBER_LENGTH + 1];
  gsize length = s->pos - start;

  memcpy (buffer, s->data + start, length);
  buffer[length] = '\0';
  return isinf (g_ascii_strtod (buffer, NULL));
}

/* RFC 8259 numbers. json-glib wraps integers past 64 bits and turns huge
 * floats into infinity; either would change a value on the next save. */
gboolean
_debrief_json_scan_number (Scanner *s)
{
  gsize start = s->pos;
  gboolean negative = FALSE, is_float = FALSE;
  gsize digits_start, n_digits;

  if (s->data[s->pos] == '-')
    {
      negative = TRUE;
      s->pos++;
    }
  digits_start = s->pos;
  n_digits = scan_digits (s);
  if (n_digits == 0 || (n_digits > 1 && s->data[digits_start] == '0'))
    return _debrief_json_fail_at (s, start, DEBRIEF_REVIEW_ERROR_NOT_JSON, _("expected a number"));

  if (s->pos < s->length && s->data[s->pos] == '.')
    {
      s->pos++;
      is_float = TRUE;
      if (scan_digits (s) == 0)
        return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                        _("expected digits after the decimal point"));
    }
  if (s->pos < s->length && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      s->pos++;
      is_float = TRUE;
      if (s->pos < s->length && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (scan_digits (s) == 0)
        return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON,
                        _("expected digits in the exponent"));
    }

  if (s->pos - start > MAX_NUMBER_LENGTH)
    return _debrief_json_fail_at (s, start, DEBRIEF_REVIEW_ERROR_INVALID, _("the number is too long"));
  if (!is_float && integer_overflows (s->data + digits_start, n_digits, negative))
    return _debrief_json_fail_at (s, start, DEBRIEF_REVIEW_ERROR_INVALID,
                    _("the number is too large (beyond 64-bit integers)"));
  if (is_float && float_overflows (s, start))
    return _debrief_json_fail_at (s, start, DEBRIEF_REVIEW_ERROR_INVALID,
                    _("the number is too large (beyond double precision)"));
  return TRUE;
}

gboolean
_debrief_json_scan_literal (Scanner *s)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (s->length - s->pos >= n && memcmp (s->data + s->pos, literals[i], n) == 0)
        {
          s->pos += n;
          return TRUE;
        }
    }
  return _debrief_json_fail_expected (s, _("a JSON value"));
}
