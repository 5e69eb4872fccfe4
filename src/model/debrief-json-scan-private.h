/* debrief-json-scan-private.h — the scanner's state, shared by its lexer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-json-scan.h"
#include "debrief-problems.h"

G_BEGIN_DECLS

typedef enum {
  FRAME_OBJECT,
  FRAME_ARRAY,
} FrameType;

typedef struct {
  FrameType   type;
  guint       index;       /* array: the current element; object: members seen */
  gboolean    has_key;     /* object: a member name has been read */
  gsize       key_start;   /* object: the current member's raw name */
  gsize       key_length;
  GArray     *keys;        /* object: raw names seen, as (start, length) pairs */
  GHashTable *key_set;     /* object: the same, once there are many */
  gboolean    is_split;    /* the array whose elements are located */
} Frame;

typedef enum {
  EXPECT_VALUE,
  EXPECT_VALUE_OR_END,
  EXPECT_KEY,
  EXPECT_KEY_OR_END,
  AFTER_VALUE,
} State;

typedef struct {
  const char      *data;
  gsize            length;
  gsize            pos;
  guint            line;
  gsize            line_start;
  Frame            frames[DEBRIEF_JSON_MAX_DEPTH + 1];
  guint            depth;
  DebriefJsonScan *scan;
  const char      *split_name;
  DebriefProblems *problems;
} Scanner;

static inline void
_debrief_json_skip_white_space (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->pos++;
    }
}

/* Reporting (debrief-json-scan.c): both return FALSE, to end the scan. */
gboolean _debrief_json_fail_at        (Scanner    *s,
                                       gsize       pos,
                                       int         code,
                                       const char *what);
gboolean _debrief_json_fail_expected  (Scanner    *s,
                                       const char *expected);

/* Lexing (debrief-json-lex.c): each reads one token at s->pos, moves past
 * it and returns TRUE, or reports the problem and returns FALSE. */
void     _debrief_json_init_byte_class (void);
int      _debrief_json_hex_value      (char        c);
gboolean _debrief_json_scan_string    (Scanner    *s);
gboolean _debrief_json_scan_number    (Scanner    *s);
gboolean _debrief_json_scan_literal   (Scanner    *s);

G_END_DECLS
