/* debrief-language-hints.h — the language hints of a whole review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "debrief-language-rules.h"
#include "debrief-review.h"

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_HINT_SUMMARY,
  DEBRIEF_HINT_EVENT,
  DEBRIEF_HINT_ENTRY,
  DEBRIEF_HINT_NOTE,
  DEBRIEF_HINT_ACTION_ITEM,
} DebriefHintPlace;

typedef struct {
  DebriefHintPlace           place;
  char                      *where;     /* stable key, as dismissals keep it: "event:e42" */
  char                      *label;     /* for people: "events[12] (e42) text" */
  DebriefEventRef            event;     /* DEBRIEF_HINT_EVENT, else DEBRIEF_EVENT_REF_NONE */
  GObject                   *item;      /* the entry, note or action item, else NULL */
  char                      *text;      /* the field's whole text */
  gsize                      start;     /* UTF-8 byte offsets in text, end exclusive */
  gsize                      end;
  const DebriefLanguageRule *rule;
  char                      *phrase;    /* normalised, as dismissals keep it */
  gboolean                   dismissed;
} DebriefLanguageHint;

void       debrief_language_hint_free        (DebriefLanguageHint  *hint);
char      *debrief_language_hint_dup_found   (const DebriefLanguageHint *hint);

/* Every hint in the summary, event texts, perspective entries, notes and
 * action items, in that order; dismissed ones only with @include_dismissed. */
GPtrArray *debrief_language_hints_collect    (DebriefReview        *review,
                                              DebriefLanguageRules *rules,
                                              gboolean              include_dismissed);

/* The matches of one field (@where: its stable key) that are not dismissed. */
void       debrief_language_hints_check_field (DebriefReview       *review,
                                              DebriefLanguageRules *rules,
                                              const char           *where,
                                              const char           *text,
                                              GArray               *matches);

gboolean   debrief_language_hints_is_dismissed (DebriefReview      *review,
                                              const char           *where,
                                              const char           *rule_id,
                                              const char           *phrase);

char      *debrief_language_where_key        (DebriefHintPlace      place,
                                              const char           *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefLanguageHint, debrief_language_hint_free)

G_END_DECLS
