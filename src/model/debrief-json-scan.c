/* debrief-json-scan.c — one fast pass over a JSON text before json-glib
 *
 * json-glib 1.6 builds a tree of the whole document (about ten times the
 * file's size), crashes on very deep nesting, turns integers that overflow
 * into -1, cuts strings at an escaped NUL and keeps only the last of two
 * equal keys. Each of those would lose or corrupt a reviewer's words
 * silently. This scanner runs first, in one pass without allocating per
 * value, and:
 *
 *  - checks the syntax, UTF-8, control characters, NUL escapes, lone
 *    surrogates, number ranges, duplicate keys and the nesting depth, and
 *    names the JSON path, line and column of the first problem;
 *  - records where each member of the root object lies, and where each
 *    element of one large array ("events") starts, so the loader can hand
 *    json-glib the events a few thousand at a time and never hold the
 *    whole tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-json-scan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "debrief-json-scan-private.h"

#define PROGRESS_STEP (4 * 1024 * 1024)
#define MANY_KEYS 32


void
debrief_json_scan_init (DebriefJsonScan *scan)
{
  memset (scan, 0, sizeof *scan);
  scan->members = g_array_new (FALSE, TRUE, sizeof (DebriefJsonMember));
  scan->element_starts = g_array_new (FALSE, FALSE, sizeof (guint64));
  scan->split_member = -1;
}

void
debrief_json_scan_clear (DebriefJsonScan *scan)
{
  if (scan->members != NULL)
    for (guint i = 0; i < scan->members->len; i++)
      g_free (g_array_index (scan->members, DebriefJsonMember, i).name);
  g_clear_pointer (&scan->members, g_array_unref);
  g_clear_pointer (&scan->element_starts, g_array_unref);
}

/* ---- reporting --------------------------------------------------------- */

static void
append_path (Scanner *s,
             GString *path)
{
  for (guint i = 0; i < s->depth; i++)
    {
      Frame *frame = &s->frames[i];

      if (frame->type == FRAME_ARRAY)
        g_string_append_printf (path, "[%u]", frame->index);
      else if (frame->has_key)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append_len (path, s->data + frame->key_start, MIN (frame->key_length, 80));
        }
    }
}

static char *
describe_found (Scanner *s,
                gsize    pos)
{
  guchar c;

  if (pos >= s->length)
    /* Translators: as in “expected ',' or '}', found the end of the file”. */
    return g_strdup (_("the end of the file"));
  c = (guchar) s->data[pos];
  if (c >= 0x20 && c < 0x7f)
    return g_strdup_printf ("'%c'", c);
  /* Translators: as in “expected a JSON value, found byte 0xff”: a byte that
   * is no printable character, in hexadecimal. */
  return g_strdup_printf (_("byte 0x%02x"), c);
}

gboolean
_debrief_json_fail_at (Scanner    *s,
                       gsize       pos,
                       int         code,
                       const char *what)
{
  g_autoptr(GString) path = g_string_new (NULL);
  guint line = s->line;
  gsize line_start = s->line_start;

  /* The position may lie before the last counted newline only within
   * the current token, which holds no raw newline. */
  if (pos < line_start)
    pos = line_start;

  append_path (s, path);
  debrief_problems_set_code (s->problems, code);
  /* Translators: %s is what is wrong, then where in the file, counted from 1
   * (columns in characters, as editors count them). */
  debrief_problems_add (s->problems, path->str, _("%s (line %u, column %lu)"),
                        what, line, (gulong) g_utf8_strlen (s->data + line_start,
                                                            (gssize) (pos - line_start)) + 1);
  return FALSE;
}

gboolean
_debrief_json_fail_expected (Scanner    *s,
                             const char *expected)
{
  g_autofree char *found = describe_found (s, s->pos);
  /* Translators: the first %s says what the file should hold here, the
   * second what it holds; both are phrases translated elsewhere or quoted. */
  g_autofree char *what = g_strdup_printf (_("expected %s, found %s"), expected, found);

  return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON, what);
}

/* ---- structure --------------------------------------------------------- */

static char *
decode_key (const char *raw,
            gsize       length)
{
  GString *out;

  if (memchr (raw, '\\', length) == NULL)
    return g_strndup (raw, length);

  out = g_string_sized_new (length);
  for (gsize i = 0; i < length; i++)
    {
      if (raw[i] != '\\')
        {
          g_string_append_c (out, raw[i]);
          continue;
        }
      i++;
      switch (raw[i])
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            guint unit = 0;

            for (int k = 1; k <= 4; k++)
              unit = unit * 16 + (guint) _debrief_json_hex_value (raw[i + k]);
            i += 4;
            if (unit >= 0xd800 && unit <= 0xdbff)
              {
                guint low = 0;

                for (int k = 3; k <= 6; k++)
                  low = low * 16 + (guint) _debrief_json_hex_value (raw[i + k]);
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                i += 6;
              }
            g_string_append_unichar (out, unit);
          }
          break;
        default:
          g_string_append_c (out, raw[i]);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
key_is_duplicate (Scanner *s,
                  Frame   *frame)
{
  const char *key = s->data + frame->key_start;

  if (frame->key_set != NULL)
    {
      g_autofree char *copy = g_strndup (key, frame->key_length);

      if (g_hash_table_contains (frame->key_set, copy))
        return TRUE;
      g_hash_table_add (frame->key_set, g_steal_pointer (&copy));
      return FALSE;
    }

  for (guint i = 0; i < frame->keys->len; i += 2)
    {
      gsize start = g_array_index (frame->keys, gsize, i);
      gsize length = g_array_index (frame->keys, gsize, i + 1);

      if (length == frame->key_length && memcmp (s->data + start, key, length) == 0)
        return TRUE;
    }

  g_array_append_val (frame->keys, frame->key_start);
  g_array_append_val (frame->keys, frame->key_length);

  /* Pairwise comparison is quickest for the few keys of an event; a hostile
   * object with 100,000 keys must not make it quadratic. */
  if (frame->keys->len / 2 > MANY_KEYS)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < frame->keys->len; i += 2)
        g_hash_table_add (frame->key_set,
                          g_strndup (s->data + g_array_index (frame->keys, gsize, i),
                                     g_array_index (frame->keys, gsize, i + 1)));
    }
  return FALSE;
}

static gboolean
scan_key (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  gsize start = s->pos;

  if (s->pos >= s->length || s->data[s->pos] != '"')
    return _debrief_json_fail_expected (s, _("a member name in double quotes"));
  if (!_debrief_json_scan_string (s))
    return FALSE;

  frame->key_start = start + 1;
  frame->key_length = s->pos - start - 2;
  frame->has_key = TRUE;
  if (key_is_duplicate (s, frame))
    {
      g_autofree char *name = decode_key (s->data + frame->key_start, frame->key_length);
      g_autofree char *quoted = debrief_quote_found (name);
      /* Translators: %s is a member name quoted from the file. */
      g_autofree char *what = g_strdup_printf (_("the member %s appears twice in one object"), quoted);

      return _debrief_json_fail_at (s, start, DEBRIEF_REVIEW_ERROR_INVALID, what);
    }

  _debrief_json_skip_white_space (s);
  if (s->pos >= s->length || s->data[s->pos] != ':')
    {
      /* Translators: %s is the character ':' as JSON writes it. */
      g_autofree char *expected = g_strdup_printf (_("%s after the member name"), "':'");

      return _debrief_json_fail_expected (s, expected);
    }
  s->pos++;
  return TRUE;
}

static gboolean
push_frame (Scanner   *s,
            FrameType  type)
{
  Frame *frame;

  if (s->depth >= DEBRIEF_JSON_MAX_DEPTH)
    {
      g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "the data is nested too deeply (more than %d level)",
                                                            "the data is nested too deeply (more than %d levels)",
                                                            DEBRIEF_JSON_MAX_DEPTH),
                                               DEBRIEF_JSON_MAX_DEPTH);

      return _debrief_json_fail_at (s, s->pos, DEBRIEF_REVIEW_ERROR_NOT_JSON, what);
    }

  frame = &s->frames[s->depth++];
  frame->type = type;
  frame->index = 0;
  frame->has_key = FALSE;
  frame->is_split = FALSE;
  if (type == FRAME_OBJECT)
    {
      if (frame->keys == NULL)
        frame->keys = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_array_set_size (frame->keys, 0);
      g_clear_pointer (&frame->key_set, g_hash_table_unref);
    }

  /* The root's member named split_name, if an array, is the one located. */
  if (type == FRAME_ARRAY && s->depth == 2 && s->frames[0].type == FRAME_OBJECT &&
      s->split_name != NULL &&
      s->frames[0].key_length == strlen (s->split_name) &&
      memcmp (s->data + s->frames[0].key_start, s->split_name, s->frames[0].key_length) == 0)
    {
      frame->is_split = TRUE;
      s->scan->split_member = (int) s->scan->members->len - 1;
    }
  return TRUE;
}

static void
begin_value (Scanner *s)
{
  if (s->depth < 2 || !s->frames[1].is_split)
    s->scan->n_other_values++;
  if (s->depth == 1 && s->frames[0].type == FRAME_OBJECT)
    {
      DebriefJsonMember member = { 0 };

      member.name = decode_key (s->data + s->frames[0].key_start, s->frames[0].key_length);
      member.value_start = s->pos;
      member.first_byte = s->data[s->pos];
      g_array_append_val (s->scan->members, member);
      /* The array holds the member, name and all (freed with the scan): not
       * a leak, whatever cppcheck says of a struct copied into a GArray. */
      /* cppcheck-suppress memleak */
    }
  else if (s->depth == 2 && s->frames[0].type == FRAME_OBJECT && s->frames[1].type == FRAME_ARRAY)
    {
      /* Counted so the loader can refuse a million lanes before json-glib
       * builds a tree of them (about 20 bytes of memory a byte of file). */
      g_array_index (s->scan->members, DebriefJsonMember, s->scan->members->len - 1).n_elements++;
      if (s->frames[1].is_split)
        {
          guint64 start = s->pos;

          g_array_append_val (s->scan->element_starts, start);
        }
    }
}

static void
end_value (Scanner *s)
{
  if (s->depth == 1 && s->frames[0].type == FRAME_OBJECT)
    g_array_index (s->scan->members, DebriefJsonMember, s->scan->members->len - 1).value_end = s->pos;
  else if (s->depth == 2 && s->frames[1].is_split)
    s->scan->split_last_end = s->pos;
}

/* Reads one value's first token: a scalar whole, or the opening bracket. */
static gboolean
scan_value_start (Scanner *s,
                  State   *state)
{
  char c;

  if (s->pos >= s->length)
    return _debrief_json_fail_expected (s, _("a JSON value"));

  begin_value (s);
  c = s->data[s->pos];
  switch (c)
    {
    case '{':
      s->pos++;
      *state = EXPECT_KEY_OR_END;
      return push_frame (s, FRAME_OBJECT);
    case '[':
      s->pos++;
      *state = EXPECT_VALUE_OR_END;
      return push_frame (s, FRAME_ARRAY);
    case '"':
      if (!_debrief_json_scan_string (s))
        return FALSE;
      break;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!_debrief_json_scan_number (s))
        return FALSE;
      break;
    default:
      if (!_debrief_json_scan_literal (s))
        return FALSE;
    }

  end_value (s);
  *state = AFTER_VALUE;
  return TRUE;
}

/* After a complete value: a separator, or the end of its container. */
static gboolean
scan_after_value (Scanner *s,
                  State   *state)
{
  Frame *frame = &s->frames[s->depth - 1];
  char close = frame->type == FRAME_OBJECT ? '}' : ']';
  char c = s->pos < s->length ? s->data[s->pos] : '\0';

  if (c == ',')
    {
      s->pos++;
      if (frame->type == FRAME_OBJECT)
        {
          frame->has_key = FALSE;
          frame->index++;
          *state = EXPECT_KEY;
        }
      else
        {
          frame->index++;
          *state = EXPECT_VALUE;
        }
      return TRUE;
    }
  if (c == close)
    {
      s->pos++;
      s->depth--;
      end_value (s);
      *state = AFTER_VALUE;
      return TRUE;
    }
  {
    /* Translators: two characters quoted from JSON, as in “',' or '}'”. */
    g_autofree char *expected = g_strdup_printf (C_("alternatives", "%s or %s"), "','",
                                                 frame->type == FRAME_OBJECT ? "'}'" : "']'");

    return _debrief_json_fail_expected (s, expected);
  }
}

static gboolean
scan_structure (Scanner                 *s,
                DebriefJsonScanProgress  progress,
                gpointer                 user_data,
                GCancellable            *cancellable,
                GError                 **error)
{
  State state = EXPECT_VALUE;
  gsize next_progress = PROGRESS_STEP;
  gboolean ok = TRUE;

  while (ok)
    {
      _debrief_json_skip_white_space (s);

      if (s->pos >= next_progress)
        {
          next_progress = s->pos + PROGRESS_STEP;
          if (progress != NULL)
            progress (s->pos, s->length, user_data);
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }

      if (state == AFTER_VALUE && s->depth == 0)
        break;

      switch (state)
        {
        case EXPECT_VALUE_OR_END:
          if (s->pos < s->length && s->data[s->pos] == ']')
            {
              s->pos++;
              s->depth--;
              end_value (s);
              state = AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
          ok = scan_value_start (s, &state);
          break;
        case EXPECT_KEY_OR_END:
          if (s->pos < s->length && s->data[s->pos] == '}')
            {
              s->pos++;
              s->depth--;
              end_value (s);
              state = AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_KEY:
          if ((ok = scan_key (s)))
            state = EXPECT_VALUE;
          break;
        case AFTER_VALUE:
          ok = scan_after_value (s, &state);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (ok && s->pos < s->length)
    ok = _debrief_json_fail_expected (s, _("nothing after the end of the JSON value"));
  return ok;
}

/**
 * debrief_json_scan_run:
 * @split_member: (nullable): name of a root member whose array elements to locate
 * @problems: receives the first problem found, with its JSON path
 * @error: set only when cancelled
 *
 * Returns: %TRUE when @data is one valid JSON value that json-glib will read
 * without loss. Problems go to @problems; only cancellation sets @error.
 */
gboolean
debrief_json_scan_run (DebriefJsonScan          *scan,
                       const char               *data,
                       gsize                     length,
                       const char               *split_member,
                       DebriefProblems          *problems,
                       DebriefJsonScanProgress   progress,
                       gpointer                  user_data,
                       GCancellable             *cancellable,
                       GError                  **error)
{
  Scanner *s;
  gboolean ok;

  _debrief_json_init_byte_class ();

  /* The frames hold a few KiB; keep them off the (thread's) stack. */
  s = g_new0 (Scanner, 1);
  s->data = data;
  s->length = length;
  s->line = 1;
  s->scan = scan;
  s->split_name = split_member;
  s->problems = problems;

  _debrief_json_skip_white_space (s);
  if (s->pos >= length)
    {
      debrief_problems_set_code (problems, DEBRIEF_REVIEW_ERROR_EMPTY);
      debrief_problems_add (problems, NULL, _("the file is empty"));
      ok = FALSE;
    }
  else
    ok = scan_structure (s, progress, user_data, cancellable, error);

  for (guint i = 0; i < G_N_ELEMENTS (s->frames); i++)
    {
      g_clear_pointer (&s->frames[i].keys, g_array_unref);
      g_clear_pointer (&s->frames[i].key_set, g_hash_table_unref);
    }
  g_free (s);
  return ok;
}

const DebriefJsonMember *
debrief_json_scan_find (DebriefJsonScan *scan,
                        const char      *name)
{
  for (guint i = 0; i < scan->members->len; i++)
    {
      const DebriefJsonMember *member = &g_array_index (scan->members, DebriefJsonMember, i);

      if (g_strcmp0 (member->name, name) == 0)
        return member;
    }
  return NULL;
}

guint
debrief_json_scan_get_n_elements (DebriefJsonScan *scan)
{
  return scan->element_starts->len;
}

static gsize
end_before_separator (const char *data,
                      gsize       next_start)
{
  gsize p = next_start;

  while (p > 0 && (data[p - 1] == ' ' || data[p - 1] == '\n' || data[p - 1] == '\r' ||
                   data[p - 1] == '\t'))
    p--;
  g_assert (p > 0 && data[p - 1] == ',');
  p--;
  while (p > 0 && (data[p - 1] == ' ' || data[p - 1] == '\n' || data[p - 1] == '\r' ||
                   data[p - 1] == '\t'))
    p--;
  return p;
}

/* The byte range of elements first..last (inclusive) of the located array,
 * separators between them included, ready to be wrapped in brackets. */
void
debrief_json_scan_get_elements (DebriefJsonScan *scan,
                                const char      *data,
                                guint            first,
                                guint            last,
                                gsize           *out_start,
                                gsize           *out_end)
{
  g_assert (first <= last && last < scan->element_starts->len);

  *out_start = g_array_index (scan->element_starts, guint64, first);
  if (last + 1 < scan->element_starts->len)
    *out_end = end_before_separator (data, g_array_index (scan->element_starts, guint64, last + 1));
  else
    *out_end = scan->split_last_end;
}
