/* debrief-problems.c — what was wrong with a file, one line per problem
 *
 * Every message has the form `FILE: JSON.PATH: what was expected, what was
 * found`, so a person can go straight to the spot in an editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-problems.h"

struct _DebriefProblems
{
  char      *file_label;
  GPtrArray *lines;
  guint      count;
  int        code;
};

G_DEFINE_QUARK (debrief-review-error-quark, debrief_review_error)

DebriefProblems *
debrief_problems_new (const char *file_label)
{
  DebriefProblems *problems = g_new0 (DebriefProblems, 1);

  /* Translators: names a review file in messages when it has no name of its own. */
  problems->file_label = g_strdup (file_label ? file_label : C_("file name", "review"));
  problems->lines = g_ptr_array_new_with_free_func (g_free);
  problems->code = DEBRIEF_REVIEW_ERROR_INVALID;
  return problems;
}

void
debrief_problems_free (DebriefProblems *problems)
{
  if (problems == NULL)
    return;
  g_free (problems->file_label);
  g_ptr_array_unref (problems->lines);
  g_free (problems);
}

const char *
debrief_problems_get_file_label (DebriefProblems *problems)
{
  return problems->file_label;
}

void
debrief_problems_add_valist (DebriefProblems *problems,
                             const char      *path,
                             const char      *format,
                             va_list          args)
{
  g_autofree char *what = NULL;

  problems->count++;
  if (problems->lines->len >= DEBRIEF_PROBLEMS_MAX_KEPT)
    return;

  what = g_strdup_vprintf (format, args);
  if (path != NULL && *path != '\0')
    /* Translators: a problem in a review file: the file's name, the JSON path
     * of the value (events[12].start, kept as it is) and what is wrong. */
    g_ptr_array_add (problems->lines,
                     g_strdup_printf (_("%s: %s: %s"), problems->file_label, path, what));
  else
    /* Translators: a problem in a review file: the file's name and what is wrong. */
    g_ptr_array_add (problems->lines,
                     g_strdup_printf (_("%s: %s"), problems->file_label, what));
}

void
debrief_problems_add (DebriefProblems *problems,
                      const char      *path,
                      const char      *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  debrief_problems_add_valist (problems, path, format, args);
  va_end (args);
}

guint
debrief_problems_get_count (DebriefProblems *problems)
{
  return problems->count;
}

/* The error code names the first kind of trouble: a file that is not JSON at
 * all is reported as such even if later checks would also complain. */
void
debrief_problems_set_code (DebriefProblems *problems,
                           int              code)
{
  if (problems->count == 0)
    problems->code = code;
}

int
debrief_problems_get_first_code (DebriefProblems *problems)
{
  return problems->code;
}

/**
 * debrief_problems_propagate:
 *
 * Returns: %TRUE when there was nothing to report. Otherwise sets @error to
 * all kept problems, one per line, and a count of the ones not kept.
 */
gboolean
debrief_problems_propagate (DebriefProblems  *problems,
                            GError          **error)
{
  g_autoptr(GString) message = NULL;

  if (problems->count == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < problems->lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, g_ptr_array_index (problems->lines, i));
    }
  if (problems->count > problems->lines->len)
    {
      guint more = problems->count - problems->lines->len;

      g_string_append_c (message, '\n');
      /* Translators: after the first problems of a review file are listed;
       * %s is the file's name. */
      g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE, "%s: … and %'u more problem",
                                                    "%s: … and %'u more problems", more),
                              problems->file_label, more);
    }

  g_set_error_literal (error, DEBRIEF_REVIEW_ERROR, problems->code, message->str);
  return FALSE;
}

/* Quotes a found value for a message: control characters escaped, long
 * values shortened, so a hostile value cannot wreck a terminal or a dialog. */
char *
debrief_quote_found (const char *text)
{
  GString *out = g_string_new ("\"");
  guint chars = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\\ufffd");
          break;
        }
      if (++chars > 60)
        {
          g_string_append (out, "…");
          break;
        }
      if (c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u%04x", c);
      else if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", (char) c);
      else
        g_string_append_unichar (out, c);
    }

  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}
