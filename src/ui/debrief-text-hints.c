/* debrief-text-hints.c — language hints underlined in a GtkTextView
 *
 * Gentle by design: a thin wavy underline in a muted colour (not the
 * spelling red), the explanation and a question on hover, never a dialog and
 * never in the way of typing. Checked again on every change of the text, of
 * the review (a dismissal, an undo) and of the "language-hints" setting.
 * Ranges come from the checker as UTF-8 bytes; GtkTextBuffer counts
 * characters, so they are converted here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-text-hints"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-language-hints.h"
#include "debrief-text-hints.h"

#define TAG_NAME "debrief-language-hint"

typedef struct {
  const DebriefLanguageRule *rule;
  int                        start;  /* characters */
  int                        end;
} CharHint;

struct _DebriefTextHints
{
  GObject        parent_instance;

  GtkTextView   *view;    /* not owned: the view owns us through its data */
  GtkTextBuffer *buffer;
  GtkTextTag    *tag;
  GSettings     *settings;
  DebriefReview *review;
  char          *where;
  GArray        *hints;   /* CharHint */
};

G_DEFINE_FINAL_TYPE (DebriefTextHints, debrief_text_hints, G_TYPE_OBJECT)

static void
clear_tags (DebriefTextHints *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
  g_array_set_size (self->hints, 0);
}

static void
refresh (DebriefTextHints *self)
{
  g_autoptr(GArray) matches = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  clear_tags (self);
  if (self->review == NULL || self->where == NULL || !g_settings_get_boolean (self->settings, "language-hints"))
    return;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  matches = g_array_new (FALSE, FALSE, sizeof (DebriefLanguageMatch));
  debrief_language_hints_check_field (self->review, debrief_language_rules_get_default (), self->where, text,
                                      matches);
  for (guint i = 0; i < matches->len; i++)
    {
      DebriefLanguageMatch *match = &g_array_index (matches, DebriefLanguageMatch, i);
      CharHint hint = { match->rule, g_utf8_pointer_to_offset (text, text + match->start),
                        g_utf8_pointer_to_offset (text, text + match->end) };

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, hint.start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, hint.end);
      gtk_text_buffer_apply_tag (self->buffer, self->tag, &start, &end);
      g_array_append_val (self->hints, hint);
    }
}

static const CharHint *
hint_at (DebriefTextHints *self,
         int               offset)
{
  for (guint i = 0; i < self->hints->len; i++)
    {
      const CharHint *hint = &g_array_index (self->hints, CharHint, i);

      if (offset >= hint->start && offset < hint->end)
        return hint;
    }
  return NULL;
}

static gboolean
on_query_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip,
                  DebriefTextHints *self)
{
  g_autofree char *markup = NULL;
  GtkTextIter iter;
  int buffer_x, buffer_y;

  if (keyboard_mode)
    {
      GtkTextMark *insert = gtk_text_buffer_get_insert (self->buffer);

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, insert);
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y))
        return FALSE;
    }
  markup = debrief_text_hints_dup_tooltip_at (self, gtk_text_iter_get_offset (&iter));
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
debrief_text_hints_finalize (GObject *object)
{
  DebriefTextHints *self = DEBRIEF_TEXT_HINTS (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->review);
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->hints, g_array_unref);

  G_OBJECT_CLASS (debrief_text_hints_parent_class)->finalize (object);
}

static void
debrief_text_hints_class_init (DebriefTextHintsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_text_hints_finalize;
}

static void
debrief_text_hints_init (DebriefTextHints *self)
{
  self->hints = g_array_new (FALSE, FALSE, sizeof (CharHint));
  self->settings = g_settings_new ("io.github.debrief.Debrief");
}

/**
 * debrief_text_hints_new:
 *
 * Underlines hints in @view for as long as it lives (the view keeps the
 * returned object).
 *
 * Returns: (transfer none): the hints of @view
 */
DebriefTextHints *
debrief_text_hints_new (GtkTextView *view)
{
  DebriefTextHints *self = g_object_new (DEBRIEF_TYPE_TEXT_HINTS, NULL);
  GdkRGBA muted = { 0.55, 0.45, 0.75, 0.9 };  /* a quiet violet: not the spelling red */

  self->view = view;
  self->buffer = gtk_text_view_get_buffer (view);
  self->tag = gtk_text_buffer_create_tag (self->buffer, TAG_NAME, "underline", PANGO_UNDERLINE_ERROR,
                                          "underline-rgba", &muted, NULL);
  g_object_set_data_full (G_OBJECT (view), "debrief-text-hints", self, g_object_unref);
  gtk_widget_set_has_tooltip (GTK_WIDGET (view), TRUE);
  g_signal_connect_object (view, "query-tooltip", G_CALLBACK (on_query_tooltip), self, 0);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::language-hints", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/* @where is the field's stable key ("event:e42", "summary"); NULL: none. */
void
debrief_text_hints_set_field (DebriefTextHints *self,
                              DebriefReview    *review,
                              const char       *where)
{
  g_return_if_fail (DEBRIEF_IS_TEXT_HINTS (self));

  if (self->review != review)
    {
      if (self->review != NULL)
        g_signal_handlers_disconnect_by_data (self->review, self);
      g_set_object (&self->review, review);
      if (review != NULL)
        g_signal_connect_object (review, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
    }
  g_free (self->where);
  self->where = g_strdup (where);
  refresh (self);
}

guint
debrief_text_hints_get_n_hints (DebriefTextHints *self)
{
  g_return_val_if_fail (DEBRIEF_IS_TEXT_HINTS (self), 0);
  return self->hints->len;
}

const DebriefLanguageRule *
debrief_text_hints_get_rule_at (DebriefTextHints *self,
                                int               char_offset)
{
  const CharHint *hint;

  g_return_val_if_fail (DEBRIEF_IS_TEXT_HINTS (self), NULL);
  hint = hint_at (self, char_offset);
  return hint != NULL ? hint->rule : NULL;
}

/* The explanation, then the question to ask instead, as Pango markup. */
char *
debrief_text_hints_dup_tooltip_at (DebriefTextHints *self,
                                   int               char_offset)
{
  const DebriefLanguageRule *rule = debrief_text_hints_get_rule_at (self, char_offset);

  if (rule == NULL)
    return NULL;
  return g_markup_printf_escaped ("%s\n<i>%s</i> %s", rule->explanation, _("Try asking:"), rule->question);
}
