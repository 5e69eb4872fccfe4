/* debrief-cli-lint.c — `debrief lint FILE…`
 *
 * Prints each blameless-language hint as
 *   FILE: WHERE: "phrase" — rule: question
 * (or JSON with --json, for tools). Exit status: 0 when no file has hints,
 * 1 when any has, 2 when a file cannot be read or the command line is wrong
 * (an unreadable file counts more than hints in another: CI must not pass
 * over it). Dismissed hints are left out unless --include-dismissed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-cli.h"
#include "debrief-cli-commands.h"
#include "debrief-language-hints.h"
#include "debrief-review-loader.h"

typedef struct {
  gboolean              json;
  gboolean              include_dismissed;
  DebriefLanguageRules *rules;
  JsonBuilder          *builder;
  gboolean              found_hints;
  gboolean              failed;
} Lint;

static void
print_hint (const char                *file,
            const DebriefLanguageHint *hint)
{
  g_autofree char *found = debrief_language_hint_dup_found (hint);
  g_autofree char *one_line = g_strdelimit (g_strdup (found), "\n\r\t", ' ');

  g_print ("%s: %s: \"%s\" — %s: %s%s\n", file, hint->label, one_line, hint->rule->id, hint->rule->question,
           hint->dismissed ? _(" (dismissed)") : "");
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Byte offsets for C and Go, character (code point) offsets for the rest. */
static void
add_hint_json (JsonBuilder               *builder,
               const DebriefLanguageHint *hint)
{
  g_autofree char *found = debrief_language_hint_dup_found (hint);

  json_builder_begin_object (builder);
  add_member (builder, "where", hint->where);
  add_member (builder, "label", hint->label);
  add_member (builder, "rule", hint->rule->id);
  add_member (builder, "category", hint->rule->category);
  add_member (builder, "phrase", found);
  add_int (builder, "start", hint->start);
  add_int (builder, "end", hint->end);
  add_int (builder, "start_char", g_utf8_pointer_to_offset (hint->text, hint->text + hint->start));
  add_int (builder, "end_char", g_utf8_pointer_to_offset (hint->text, hint->text + hint->end));
  add_member (builder, "explanation", hint->rule->explanation);
  add_member (builder, "question", hint->rule->question);
  json_builder_set_member_name (builder, "dismissed");
  json_builder_add_boolean_value (builder, hint->dismissed);
  json_builder_end_object (builder);
}

static void
lint_one (Lint       *lint,
          const char *argument)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (argument);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = debrief_review_load_file (file, argument, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) hints = NULL;

  if (lint->json)
    {
      json_builder_begin_object (lint->builder);
      add_member (lint->builder, "file", argument);
    }
  if (review == NULL)
    {
      lint->failed = TRUE;
      g_printerr ("%s\n", error->message);
      if (lint->json)
        {
          add_member (lint->builder, "error", error->message);
          json_builder_end_object (lint->builder);
        }
      return;
    }

  hints = debrief_language_hints_collect (review, lint->rules, lint->include_dismissed);
  for (guint i = 0; i < hints->len; i++)
    if (!((DebriefLanguageHint *) g_ptr_array_index (hints, i))->dismissed)
      lint->found_hints = TRUE;
  if (!lint->json)
    {
      for (guint i = 0; i < hints->len; i++)
        print_hint (argument, g_ptr_array_index (hints, i));
      return;
    }
  json_builder_set_member_name (lint->builder, "hints");
  json_builder_begin_array (lint->builder);
  for (guint i = 0; i < hints->len; i++)
    add_hint_json (lint->builder, g_ptr_array_index (hints, i));
  json_builder_end_array (lint->builder);
  json_builder_end_object (lint->builder);
}

static DebriefLanguageRules *
load_rules (const char  *rules_file,
            const char  *language,
            GError     **error)
{
  if (rules_file != NULL)
    return debrief_language_rules_new_from_file (rules_file, error);
  if (language != NULL)
    return debrief_language_rules_new_for_language (language, error);
  return debrief_language_rules_new_for_locale (error);
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
debrief_cli_lint (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE… — point out wording that judges people"));
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  g_autofree char *rules_file = NULL;
  Lint lint = { 0 };
  const GOptionEntry options[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &lint.json, N_("Print JSON, for tools"), NULL },
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language, N_("Use the rules of this language (default: the user’s)"), N_("LANG") },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_file, N_("Use the rules in this file"), N_("FILE") },
    { "include-dismissed", 0, 0, G_OPTION_ARG_NONE, &lint.include_dismissed, N_("Also list hints dismissed in the review"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, options, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Exit status: 0 when no file has hints, 1 when any has, "
                                      "2 when a file cannot be read or the command line is wrong."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("debrief lint: %s\n", error->message);
      return DEBRIEF_EXIT_USAGE;
    }
  if (argc < 2)
    {
      g_printerr (_("debrief lint: name at least one review file\n"));
      return DEBRIEF_EXIT_USAGE;
    }
  lint.rules = load_rules (rules_file, language, &error);
  if (lint.rules == NULL)
    {
      g_printerr ("debrief lint: %s\n", error->message);
      return DEBRIEF_EXIT_USAGE;
    }

  if (lint.json)
    {
      lint.builder = json_builder_new ();
      json_builder_begin_object (lint.builder);
      add_member (lint.builder, "language", debrief_language_rules_get_language (lint.rules));
      json_builder_set_member_name (lint.builder, "files");
      json_builder_begin_array (lint.builder);
    }
  for (int i = 1; i < argc; i++)
    lint_one (&lint, argv[i]);
  if (lint.json)
    {
      json_builder_end_array (lint.builder);
      json_builder_end_object (lint.builder);
      print_json (lint.builder);
      g_object_unref (lint.builder);
    }
  g_object_unref (lint.rules);

  if (lint.failed)
    return DEBRIEF_EXIT_USAGE;
  return lint.found_hints ? DEBRIEF_EXIT_PROBLEM : DEBRIEF_EXIT_OK;
}
