/* debrief-language-rules.h — blameless-language rules, read from data files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DEBRIEF_LANGUAGE_RULES_FORMAT "debrief-language-rules"
#define DEBRIEF_LANGUAGE_FALLBACK     "en"

/* One rule; owned by its DebriefLanguageRules. */
typedef struct {
  char   *id;
  char   *category;     /* counterfactual, judgement, blame, hindsight… */
  char   *explanation;  /* short: what the wording does */
  char   *question;     /* asks how, not why */
  GRegex *regex;        /* every phrase and pattern, word-bounded */
} DebriefLanguageRule;

/* A match in a text: UTF-8 byte offsets, end exclusive. */
typedef struct {
  const DebriefLanguageRule *rule;
  gsize                      start;
  gsize                      end;
} DebriefLanguageMatch;

#define DEBRIEF_TYPE_LANGUAGE_RULES (debrief_language_rules_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLanguageRules, debrief_language_rules, DEBRIEF, LANGUAGE_RULES, GObject)

DebriefLanguageRules      *debrief_language_rules_new_from_bytes    (GBytes               *bytes,
                                                                     const char           *name,
                                                                     GError              **error);
DebriefLanguageRules      *debrief_language_rules_new_from_file     (const char           *path,
                                                                     GError              **error);
DebriefLanguageRules      *debrief_language_rules_new_for_language  (const char           *language,
                                                                     GError              **error);
DebriefLanguageRules      *debrief_language_rules_new_for_locale    (GError              **error);
DebriefLanguageRules      *debrief_language_rules_get_default       (void);
char                     **debrief_language_rules_list_bundled      (void);

const char                *debrief_language_rules_get_language      (DebriefLanguageRules *self);
guint                      debrief_language_rules_get_n_rules       (DebriefLanguageRules *self);
const DebriefLanguageRule *debrief_language_rules_get_rule          (DebriefLanguageRules *self,
                                                                     guint                 index);
const DebriefLanguageRule *debrief_language_rules_lookup            (DebriefLanguageRules *self,
                                                                     const char           *id);

/* Appends the matches in @text to @matches (DebriefLanguageMatch), sorted
 * by start, then end, then rule order. */
void                       debrief_language_rules_check             (DebriefLanguageRules *self,
                                                                     const char           *text,
                                                                     GArray               *matches);

/* How a phrase is kept in a dismissal: casefolded, runs of white space as
 * one space, typographic apostrophes as ASCII ones. */
char                      *debrief_language_normalize_phrase        (const char           *phrase);

G_END_DECLS
