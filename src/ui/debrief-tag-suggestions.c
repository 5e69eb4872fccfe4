/* debrief-tag-suggestions.c — the tags a review already uses, one click away
 *
 * Under the Tags field: the most used tags the event does not have yet,
 * narrowed to those starting with the word being typed, so a review keeps
 * one spelling of each tag ("customer-impact", not also "cust-impact").
 * Clicking one emits ::tag-picked. The counts are gathered once per
 * change of the review, not per keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-tag-suggestions.h"

#define MAX_SUGGESTIONS 8

struct _DebriefTagSuggestions
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  DebriefReview *review;
  guint64        counted_generation;
  GPtrArray     *tags;     /* char*, most used first */
};

G_DEFINE_FINAL_TYPE (DebriefTagSuggestions, debrief_tag_suggestions, GTK_TYPE_WIDGET)

enum {
  TAG_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  const char *tag;
  guint       count;
} TagCount;

static int
by_count (gconstpointer a,
          gconstpointer b)
{
  const TagCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->tag, y->tag);
}

static void
count_tags (DebriefTagSuggestions *self)
{
  DebriefEventStore *events = debrief_review_get_events (self->review);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (TagCount));
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < debrief_event_store_get_n_events (events); i++)
    {
      const DebriefEventExtras *extras =
        debrief_event_store_get_extras (events, debrief_event_store_get (events, debrief_event_store_get_nth (events, i)));

      for (guint k = 0; extras != NULL && extras->tags != NULL && extras->tags[k] != NULL; k++)
        g_hash_table_insert (counts, (gpointer) extras->tags[k],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, extras->tags[k])) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_array_append_val (sorted, ((TagCount) { key, GPOINTER_TO_UINT (value) }));
  g_array_sort (sorted, by_count);
  g_ptr_array_set_size (self->tags, 0);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (self->tags, g_strdup (g_array_index (sorted, TagCount, i).tag));
  self->counted_generation = debrief_review_get_generation (self->review);
}

static void
on_tag_clicked (GtkButton             *button,
                DebriefTagSuggestions *self)
{
  g_signal_emit (self, signals[TAG_PICKED], 0, gtk_button_get_label (button));
}

/* Whether @tag is among the comma-separated tags already typed. */
static gboolean
already_has (char      **typed_tags,
             const char *tag)
{
  for (guint i = 0; typed_tags[i] != NULL; i++)
    if (g_strcmp0 (g_strstrip (typed_tags[i]), tag) == 0)
      return TRUE;
  return FALSE;
}

/* @typed: the Tags field's text; its last word narrows the suggestions. */
void
debrief_tag_suggestions_update (DebriefTagSuggestions *self,
                                const char            *typed)
{
  g_auto(GStrv) typed_tags = g_strsplit (typed ? typed : "", ",", -1);
  guint n_words = g_strv_length (typed_tags), shown = 0;
  const char *partial = n_words > 0 ? g_strstrip (typed_tags[n_words - 1]) : "";
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->box), child);
  if (self->review == NULL)
    return;
  if (debrief_review_get_generation (self->review) != self->counted_generation)
    count_tags (self);
  /* A last word that is a whole tag already is done, not being typed. */
  for (guint i = 0; i < self->tags->len && *partial != '\0'; i++)
    if (g_str_equal (g_ptr_array_index (self->tags, i), partial))
      partial = "";
  for (guint i = 0; i < self->tags->len && shown < MAX_SUGGESTIONS; i++)
    {
      const char *tag = g_ptr_array_index (self->tags, i);
      GtkWidget *button;

      if (already_has (typed_tags, tag) || !g_str_has_prefix (tag, partial))
        continue;
      button = gtk_button_new_with_label (tag);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, _("Add this tag"));
      g_signal_connect (button, "clicked", G_CALLBACK (on_tag_clicked), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->box), button);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), shown > 0);
}

void
debrief_tag_suggestions_set_review (DebriefTagSuggestions *self,
                                    DebriefReview         *review)
{
  g_return_if_fail (DEBRIEF_IS_TAG_SUGGESTIONS (self));
  g_set_object (&self->review, review);
  self->counted_generation = G_MAXUINT64;
  debrief_tag_suggestions_update (self, "");
}

static void
debrief_tag_suggestions_dispose (GObject *object)
{
  DebriefTagSuggestions *self = DEBRIEF_TAG_SUGGESTIONS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->review);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  G_OBJECT_CLASS (debrief_tag_suggestions_parent_class)->dispose (object);
}

static void
debrief_tag_suggestions_class_init (DebriefTagSuggestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_tag_suggestions_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tagsuggestions");
  signals[TAG_PICKED] = g_signal_new ("tag-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
debrief_tag_suggestions_init (DebriefTagSuggestions *self)
{
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->box), 8);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->box), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->box), 4);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tags in use"), -1);
}

GtkWidget *
debrief_tag_suggestions_new (void)
{
  return g_object_new (DEBRIEF_TYPE_TAG_SUGGESTIONS, NULL);
}
