/* debrief-json-scan.h — one fast pass over a JSON text before json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-problems.h"

G_BEGIN_DECLS

/* Deeper than any review needs; json-glib 1.6 recurses without a limit and
 * overflows the stack near 100,000 levels. */
#define DEBRIEF_JSON_MAX_DEPTH 128

typedef struct {
  char  *name;         /* the decoded member name */
  gsize  value_start;  /* offset of the value's first byte */
  gsize  value_end;    /* one past its last byte */
  char   first_byte;   /* tells the value's type: { [ " t f n - or a digit */
  guint  n_elements;   /* for an array: how many (counted before anything is parsed) */
} DebriefJsonMember;

typedef struct {
  GArray *members;         /* DebriefJsonMember of the root object, file order */
  int     split_member;    /* index of the member whose array elements are located, or -1 */
  GArray *element_starts;  /* guint64: offset of each element of that array */
  gsize   split_last_end;  /* one past the last element */
  guint64 n_other_values;  /* values outside the split array: what json-glib will build a tree of */
} DebriefJsonScan;

typedef void (*DebriefJsonScanProgress) (gsize    done,
                                         gsize    total,
                                         gpointer user_data);

void     debrief_json_scan_init   (DebriefJsonScan         *scan);
void     debrief_json_scan_clear  (DebriefJsonScan         *scan);
gboolean debrief_json_scan_run    (DebriefJsonScan         *scan,
                                   const char              *data,
                                   gsize                    length,
                                   const char              *split_member,
                                   DebriefProblems         *problems,
                                   DebriefJsonScanProgress  progress,
                                   gpointer                 user_data,
                                   GCancellable            *cancellable,
                                   GError                 **error);
const DebriefJsonMember *
         debrief_json_scan_find   (DebriefJsonScan         *scan,
                                   const char              *name);
guint    debrief_json_scan_get_n_elements (DebriefJsonScan *scan);
void     debrief_json_scan_get_elements   (DebriefJsonScan *scan,
                                           const char      *data,
                                           guint            first,
                                           guint            last,
                                           gsize           *out_start,
                                           gsize           *out_end);

G_END_DECLS
