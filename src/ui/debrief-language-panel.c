/* debrief-language-panel.c — every language hint of the review, in a list
 *
 * The facilitator's overview before a review: where each hint is, the
 * phrase in its context, what the wording does and a question to ask
 * instead. Activating a row emits "hint-activated" (the window jumps
 * there); Dismiss keeps the wording, as one undoable step stored in the
 * file. The list is rebuilt shortly after the review changes, and only
 * while the panel is shown, so typing in a large review costs nothing here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-language-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-language-panel.h"

#define CONTEXT_CHARS 32
#define REFRESH_DELAY_MS 200

struct _DebriefLanguagePanel
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkWidget      *count_label;
  GtkWidget      *stack;
  GtkWidget      *list;
  GtkWidget      *empty_page;
  GSettings      *settings;

  DebriefReview  *review;
  DebriefHistory *history;
  GPtrArray      *hints;        /* DebriefLanguageHint, as the rows show them */
  guint           refresh_id;
  gboolean        stale;
};

G_DEFINE_FINAL_TYPE (DebriefLanguagePanel, debrief_language_panel, GTK_TYPE_WIDGET)

enum {
  HINT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "…the text before <b>phrase</b> and after…", on one line, escaped. */
static char *
context_markup (const DebriefLanguageHint *hint)
{
  const char *text = hint->text;
  const char *from = text + hint->start;
  const char *to = text + hint->end;
  const char *before = from, *after = to;
  g_autofree char *head = NULL, *phrase = NULL, *tail = NULL;
  char *markup;

  for (guint i = 0; i < CONTEXT_CHARS && before > text; i++)
    before = g_utf8_prev_char (before);
  for (guint i = 0; i < CONTEXT_CHARS && *after != '\0'; i++)
    after = g_utf8_next_char (after);
  head = g_markup_escape_text (before, from - before);
  phrase = g_markup_escape_text (from, to - from);
  tail = g_markup_escape_text (to, after - to);
  markup = g_strdup_printf ("%s%s<b>%s</b>%s%s", before > text ? "…" : "", head, phrase, tail,
                            *after != '\0' ? "…" : "");
  return g_strdelimit (markup, "\n\r\t", ' ');
}

static void
on_dismiss_clicked (GtkButton            *button,
                    DebriefLanguagePanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hint-index"));
  const DebriefLanguageHint *hint;

  if (self->history == NULL || index >= self->hints->len)
    return;
  hint = g_ptr_array_index (self->hints, index);
  debrief_edits_dismiss_hint (self->history, self->review, hint->where, hint->rule->id, hint->phrase);
}

static GtkWidget *
build_row (DebriefLanguagePanel      *self,
           const DebriefLanguageHint *hint,
           guint                      index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dismiss = gtk_button_new_with_label (_("Dismiss"));
  g_autofree char *context = context_markup (hint);
  g_autofree char *subtitle = g_markup_printf_escaped ("%s — %s", hint->label, hint->rule->explanation);
  g_autofree char *tooltip = g_markup_printf_escaped ("<i>%s</i> %s", _("Try asking:"), hint->rule->question);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), context);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_markup (row, tooltip);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (dismiss, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dismiss, "flat");
  gtk_widget_set_sensitive (dismiss, self->history != NULL);
  gtk_widget_set_tooltip_text (dismiss, _("Keep this wording: the hint is hidden and the review remembers it"));
  g_object_set_data (G_OBJECT (dismiss), "hint-index", GUINT_TO_POINTER (index));
  g_signal_connect (dismiss, "clicked", G_CALLBACK (on_dismiss_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dismiss);
  return row;
}

static void
clear_rows (DebriefLanguagePanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->hints, 0);
}

static void
show_count (DebriefLanguagePanel *self)
{
  g_autofree char *count = NULL;
  gboolean enabled = g_settings_get_boolean (self->settings, "language-hints");

  if (!enabled)
    count = g_strdup (_("Hints are off"));
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hint", "%u hints", self->hints->len),
                             self->hints->len);
  gtk_label_set_text (GTK_LABEL (self->count_label), count);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                   enabled ? _("Nothing in this review’s texts judges people with hindsight.")
                                           : _("Turn hints on to see wording that judges people with hindsight."));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->hints->len > 0 ? "list" : "empty");
}

static void
rebuild (DebriefLanguagePanel *self)
{
  g_autoptr(GPtrArray) hints = NULL;

  self->stale = FALSE;
  clear_rows (self);
  if (self->review != NULL && g_settings_get_boolean (self->settings, "language-hints"))
    {
      hints = debrief_language_hints_collect (self->review, debrief_language_rules_get_default (), FALSE);
      g_ptr_array_extend_and_steal (self->hints, g_steal_pointer (&hints));
    }
  for (guint i = 0; i < self->hints->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), build_row (self, g_ptr_array_index (self->hints, i), i));
  show_count (self);
}

static gboolean
refresh_now (gpointer user_data)
{
  DebriefLanguagePanel *self = user_data;

  self->refresh_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (DebriefLanguagePanel *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_now, self);
}

static void
debrief_language_panel_map (GtkWidget *widget)
{
  DebriefLanguagePanel *self = DEBRIEF_LANGUAGE_PANEL (widget);

  GTK_WIDGET_CLASS (debrief_language_panel_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

static void
on_row_activated (GtkListBox           *list,
                  GtkListBoxRow        *row,
                  DebriefLanguagePanel *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->hints->len)
    g_signal_emit (self, signals[HINT_ACTIVATED], 0, g_ptr_array_index (self->hints, index));
}

static GtkWidget *
build_header (DebriefLanguagePanel *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (_("Language"));
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "dim-label");
  gtk_widget_add_css_class (self->count_label, "caption");
  gtk_label_set_xalign (GTK_LABEL (self->count_label), 0);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), self->count_label);
  gtk_widget_set_hexpand (titles, TRUE);

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Show language hints"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show language hints"), -1);
  g_settings_bind (self->settings, "language-hints", toggle, "active", G_SETTINGS_BIND_DEFAULT);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), toggle);
  return header;
}

static GtkWidget *
build_list (DebriefLanguagePanel *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  gtk_widget_set_margin_bottom (self->list, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language hints"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
build (DebriefLanguagePanel *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_box_append (GTK_BOX (self->box), build_header (self));

  self->stack = gtk_stack_new ();
  self->empty_page = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Language Hints"));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "emblem-ok-symbolic");
  gtk_widget_add_css_class (self->empty_page, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), build_list (self), "list");
  gtk_stack_add_named (GTK_STACK (self->stack), self->empty_page, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->stack);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

static void
debrief_language_panel_dispose (GObject *object)
{
  DebriefLanguagePanel *self = DEBRIEF_LANGUAGE_PANEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->hints, g_ptr_array_unref);

  G_OBJECT_CLASS (debrief_language_panel_parent_class)->dispose (object);
}

static void
debrief_language_panel_class_init (DebriefLanguagePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_language_panel_dispose;
  widget_class->map = debrief_language_panel_map;

  /**
   * DebriefLanguagePanel::hint-activated:
   * @hint: (type gpointer): the DebriefLanguageHint, valid during the emission
   */
  signals[HINT_ACTIVATED] = g_signal_new ("hint-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "languagepanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
debrief_language_panel_init (DebriefLanguagePanel *self)
{
  self->hints = g_ptr_array_new_with_free_func ((GDestroyNotify) debrief_language_hint_free);
  self->settings = g_settings_new ("io.github.debrief.Debrief");
  build (self);
  g_signal_connect_object (self->settings, "changed::language-hints", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  show_count (self);
}

GtkWidget *
debrief_language_panel_new (void)
{
  return g_object_new (DEBRIEF_TYPE_LANGUAGE_PANEL, NULL);
}

/* @history: NULL for a read-only review (nothing can be dismissed). */
void
debrief_language_panel_set_review (DebriefLanguagePanel *self,
                                   DebriefReview        *review,
                                   DebriefHistory       *history)
{
  g_return_if_fail (DEBRIEF_IS_LANGUAGE_PANEL (self));

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    {
      clear_rows (self);
      self->stale = TRUE;
    }
}

guint
debrief_language_panel_get_n_hints (DebriefLanguagePanel *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_PANEL (self), 0);
  return self->hints->len;
}

const DebriefLanguageHint *
debrief_language_panel_get_hint (DebriefLanguagePanel *self,
                                 guint                 index)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_PANEL (self), NULL);
  g_return_val_if_fail (index < self->hints->len, NULL);
  return g_ptr_array_index (self->hints, index);
}

GtkListBox *
debrief_language_panel_get_list (DebriefLanguagePanel *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANGUAGE_PANEL (self), NULL);
  return GTK_LIST_BOX (self->list);
}
