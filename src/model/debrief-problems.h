/* debrief-problems.h — what was wrong with a file, one line per problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DEBRIEF_REVIEW_ERROR (debrief_review_error_quark ())

typedef enum {
  DEBRIEF_REVIEW_ERROR_EMPTY,        /* nothing but white space */
  DEBRIEF_REVIEW_ERROR_NOT_JSON,     /* syntax, truncation, encoding, nesting */
  DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW, /* valid JSON, but not a Debrief review */
  DEBRIEF_REVIEW_ERROR_INVALID,      /* a review with wrong values */
  DEBRIEF_REVIEW_ERROR_TOO_LARGE,
  DEBRIEF_REVIEW_ERROR_SAVE,
} DebriefReviewError;

GQuark debrief_review_error_quark (void);

/* At most this many problems are kept word for word; the rest are counted. */
#define DEBRIEF_PROBLEMS_MAX_KEPT 100

typedef struct _DebriefProblems DebriefProblems;

DebriefProblems *debrief_problems_new        (const char      *file_label);
void             debrief_problems_free       (DebriefProblems *problems);
void             debrief_problems_add        (DebriefProblems *problems,
                                              const char      *path,
                                              const char      *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void             debrief_problems_add_valist (DebriefProblems *problems,
                                              const char      *path,
                                              const char      *format,
                                              va_list          args) G_GNUC_PRINTF (3, 0);
guint            debrief_problems_get_count  (DebriefProblems *problems);
int              debrief_problems_get_first_code (DebriefProblems *problems);
void             debrief_problems_set_code   (DebriefProblems *problems,
                                              int              code);
gboolean         debrief_problems_propagate  (DebriefProblems *problems,
                                              GError         **error);
const char      *debrief_problems_get_file_label (DebriefProblems *problems);

char            *debrief_quote_found         (const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefProblems, debrief_problems_free)

G_END_DECLS
