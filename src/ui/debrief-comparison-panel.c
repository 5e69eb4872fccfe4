/* debrief-comparison-panel.c — divergences, agreements, suggestions,
 * prepared questions and participants, each a way into the timeline
 *
 * The facilitator's map of the conversation: the divergences and
 * agreements marked so far, the divergences Debrief *suggests* (two
 * accounts giving one tag key different values over the same minutes —
 * shown, never marked until someone clicks Confirm; Dismiss remembers the
 * decision), the prepared questions in time order (private: this panel is
 * the facilitator's, never the projector's), and who took part. A click on
 * a row asks the window to show that moment ("show-moment": the time span
 * and the entries to select, whose perspectives go side by side).
 *
 * The lists are rebuilt after the review changes, at idle and only while
 * the panel is on screen: the participants' figures scan every event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-comparison-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-comparison-panel.h"
#include "debrief-comparison-rules.h"
#include "debrief-edit-commands.h"
#include "debrief-participant-stats.h"
#include "debrief-phase.h"
#include "debrief-questions.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

struct _DebriefComparisonPanel
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  GtkWidget      *groups[5];
  GList          *rows[5];

  DebriefReview  *review;
  DebriefHistory *history;
  guint           refresh_idle;
};

enum { DIVERGENCES, AGREEMENTS, SUGGESTIONS, QUESTIONS, PARTICIPANTS };

G_DEFINE_FINAL_TYPE (DebriefComparisonPanel, debrief_comparison_panel, GTK_TYPE_WIDGET)

enum {
  SHOW_MOMENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- rows ------------------------------------------------------------------------------- */

static void
add_row (DebriefComparisonPanel *self,
         guint                   section,
         GtkWidget              *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[section]), row);
  self->rows[section] = g_list_append (self->rows[section], row);
}

static void
clear_rows (DebriefComparisonPanel *self)
{
  for (guint s = 0; s < G_N_ELEMENTS (self->groups); s++)
    {
      for (GList *l = self->rows[s]; l != NULL; l = l->next)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->groups[s]), l->data);
      g_clear_pointer (&self->rows[s], g_list_free);
    }
}

static GtkWidget *
plain_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  return row;
}

static void
on_row_activated (AdwActionRow           *row,
                  DebriefComparisonPanel *self)
{
  gint64 *span = g_object_get_data (G_OBJECT (row), "span");
  char **entries = g_object_get_data (G_OBJECT (row), "entries");

  g_signal_emit (self, signals[SHOW_MOMENT], 0, span[0], span[1], entries);
}

/* Clicking the row shows [@start, @end] with @entries selected. */
static void
make_activatable (DebriefComparisonPanel *self,
                  GtkWidget              *row,
                  gint64                  start,
                  gint64                  end,
                  const char * const     *entries)
{
  gint64 *span = g_new (gint64, 2);

  span[0] = start;
  span[1] = end;
  g_object_set_data_full (G_OBJECT (row), "span", span, g_free);
  g_object_set_data_full (G_OBJECT (row), "entries", g_strdupv ((char **) entries), (GDestroyNotify) g_strfreev);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
}

static GtkWidget *
suffix_button (GtkWidget  *row,
               const char *icon,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* "Tomás: I was sure it was the network…" */
static char *
describe_entry (DebriefComparisonPanel  *self,
                DebriefPerspectiveEntry *entry)
{
  DebriefPerspective *perspective = debrief_review_find_entry (self->review,
                                                               debrief_item_get_id (DEBRIEF_ITEM (entry)), NULL);
  DebriefLane *lane = perspective ? debrief_review_lookup_lane (self->review,
                                                                debrief_perspective_get_participant (perspective))
                                  : NULL;
  const char *who = lane ? debrief_lane_get_name (lane) : perspective ? debrief_perspective_get_participant (perspective) : "?";

  return g_strdup_printf ("%s (%s): %s", who,
                          debrief_entry_kind_get_label (debrief_perspective_entry_get_kind (entry)),
                          debrief_perspective_entry_get_text (entry));
}

/* The time the entries named by @ids cover; FALSE if one is gone. */
static gboolean
span_of (DebriefComparisonPanel *self,
         const char * const     *ids,
         gint64                 *out_start,
         gint64                 *out_end,
         GString                *description)
{
  *out_start = G_MAXINT64;
  *out_end = G_MININT64;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      DebriefPerspectiveEntry *entry = NULL;
      g_autofree char *text = NULL;
      gint64 end;

      if (debrief_review_find_entry (self->review, ids[i], &entry) == NULL)
        return FALSE;
      end = debrief_perspective_entry_get_end (entry);
      *out_start = MIN (*out_start, debrief_perspective_entry_get_start (entry));
      *out_end = MAX (*out_end, end != DEBRIEF_TIME_NONE ? end : debrief_perspective_entry_get_start (entry));
      text = describe_entry (self, entry);
      g_string_append_printf (description, "%s%s", description->len ? "\n" : "", text);
    }
  return *out_start <= *out_end;
}

/* ---- the marks ------------------------------------------------------------------------------ */

static void
on_remove_mark (GtkButton              *button,
                DebriefComparisonPanel *self)
{
  DebriefComparison *mark = g_object_get_data (G_OBJECT (button), "mark");

  if (self->history != NULL)
    debrief_history_push (self->history, debrief_list_remove_command_new (debrief_review_get_comparisons (self->review),
                                                                          mark, _("Remove Mark")));
}

static void
add_mark_row (DebriefComparisonPanel *self,
              DebriefComparison      *mark)
{
  g_autoptr(GString) who = g_string_new (NULL);
  const char * const *ids = debrief_comparison_get_entries (mark);
  DebriefComparisonKind kind = debrief_comparison_get_kind (mark);
  const char *note = debrief_comparison_get_note (mark);
  g_autofree char *subtitle = NULL;
  gint64 start, end;
  GtkWidget *row, *remove;

  if (kind == DEBRIEF_COMPARISON_KIND_DISMISSED || !span_of (self, ids, &start, &end, who))
    return;
  subtitle = note && *note ? g_strdup_printf ("%s\n%s", note, who->str) : g_strdup (who->str);
  row = plain_row (kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE ? _("≠ Accounts diverge") : _("= Accounts agree"), subtitle);
  make_activatable (self, row, start, end, ids);
  remove = suffix_button (row, "user-trash-symbolic", _("Remove Mark"));
  gtk_widget_set_sensitive (remove, self->history != NULL);
  g_object_set_data_full (G_OBJECT (remove), "mark", g_object_ref (mark), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_mark), self);
  add_row (self, kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE ? DIVERGENCES : AGREEMENTS, row);
}

/* ---- suggestions ---------------------------------------------------------------------------- */

static void
decide (GtkButton              *button,
        DebriefComparisonPanel *self)
{
  const char * const *pair = g_object_get_data (G_OBJECT (button), "pair");
  DebriefComparisonKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  const char *note = g_object_get_data (G_OBJECT (button), "note");

  if (self->history != NULL)
    debrief_history_push (self->history, debrief_comparison_mark_command_new (self->review, kind, pair, note));
}

static GtkWidget *
decision_button (DebriefComparisonPanel      *self,
                 GtkWidget                   *row,
                 DebriefDivergenceSuggestion *s,
                 DebriefComparisonKind        kind)
{
  const char *pair[] = { debrief_item_get_id (DEBRIEF_ITEM (s->entry_a)), debrief_item_get_id (DEBRIEF_ITEM (s->entry_b)), NULL };
  gboolean confirm = kind == DEBRIEF_COMPARISON_KIND_DIVERGENCE;
  GtkWidget *button = suffix_button (row, confirm ? "object-select-symbolic" : "window-close-symbolic",
                                     confirm ? _("Mark as Divergence") : _("Dismiss: Not a Divergence"));

  g_object_set_data_full (G_OBJECT (button), "pair", g_strdupv ((char **) pair), (GDestroyNotify) g_strfreev);
  g_object_set_data (G_OBJECT (button), "kind", GINT_TO_POINTER (kind));
  if (confirm)
    g_object_set_data_full (G_OBJECT (button), "note",
                            g_strdup_printf (_("%s: %s against %s"), s->key, s->value_a, s->value_b), g_free);
  gtk_widget_set_sensitive (button, self->history != NULL);
  g_signal_connect (button, "clicked", G_CALLBACK (decide), self);
  return button;
}

static void
add_suggestion_rows (DebriefComparisonPanel *self)
{
  g_autoptr(GPtrArray) suggestions = debrief_comparison_suggest (self->review);

  for (guint i = 0; i < suggestions->len; i++)
    {
      DebriefDivergenceSuggestion *s = g_ptr_array_index (suggestions, i);
      const char *pair[] = { debrief_item_get_id (DEBRIEF_ITEM (s->entry_a)), debrief_item_get_id (DEBRIEF_ITEM (s->entry_b)), NULL };
      g_autoptr(GString) who = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf (_("%s: “%s” or “%s”?"), s->key, s->value_a, s->value_b);
      gint64 start, end;
      GtkWidget *row;

      if (!span_of (self, pair, &start, &end, who))
        continue;
      row = plain_row (title, who->str);
      make_activatable (self, row, start, end, pair);
      decision_button (self, row, s, DEBRIEF_COMPARISON_KIND_DIVERGENCE);
      decision_button (self, row, s, DEBRIEF_COMPARISON_KIND_DISMISSED);
      add_row (self, SUGGESTIONS, row);
    }
}

/* ---- questions ------------------------------------------------------------------------------ */

static char *
format_time (DebriefComparisonPanel *self,
             gint64                  time)
{
  return debrief_time_entry_format (time, debrief_review_get_time_zone (self->review),
                                    debrief_review_get_origin (self->review));
}

static void
on_remove_question (GtkButton              *button,
                    DebriefComparisonPanel *self)
{
  DebriefNote *note = g_object_get_data (G_OBJECT (button), "note");

  if (self->history != NULL)
    debrief_history_push (self->history, debrief_list_remove_command_new (debrief_review_get_notes (self->review),
                                                                          note, _("Remove Question")));
}

static void
add_question_rows (DebriefComparisonPanel *self)
{
  g_autoptr(GPtrArray) questions = debrief_questions_list (self->review);

  for (guint i = 0; i < questions->len; i++)
    {
      DebriefNote *note = g_ptr_array_index (questions, i);
      gint64 time = debrief_note_get_anchor_time (self->review, note);
      g_autofree char *when = time != DEBRIEF_TIME_NONE ? format_time (self, time) : g_strdup (_("Not anchored"));
      const char *entry = debrief_note_get_entry (note);
      const char *entries[] = { entry, NULL };
      GtkWidget *row = plain_row (debrief_note_get_text (note), when);
      GtkWidget *remove = suffix_button (row, "user-trash-symbolic", _("Remove Question"));

      if (time != DEBRIEF_TIME_NONE)
        make_activatable (self, row, time, time, entry ? entries : NULL);
      gtk_widget_set_sensitive (remove, self->history != NULL);
      g_object_set_data_full (G_OBJECT (remove), "note", g_object_ref (note), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_question), self);
      add_row (self, QUESTIONS, row);
    }
}

/* ---- participants -------------------------------------------------------------------------- */

static char *
describe_participant (DebriefComparisonPanel  *self,
                      DebriefParticipantStats *stats)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *role = debrief_lane_get_role (stats->lane), *tz = debrief_lane_get_tz (stats->lane);
  g_autofree char *lanes = NULL;

  g_string_append_printf (text, "%s · %s\n", role && *role ? role : _("No role"), tz && *tz ? tz : _("Review's time zone"));
  if (stats->n_messages > 0)
    {
      g_autofree char *first = format_time (self, stats->first_message);
      g_autofree char *last = format_time (self, stats->last_message);

      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u chat message (%.0f %%), %s – %s\n",
                                                 "%u chat messages (%.0f %%), %s – %s\n", stats->n_messages),
                              stats->n_messages, stats->message_share * 100, first, last);
    }
  else
    g_string_append (text, _("No chat messages\n"));
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u perspective entry", "%u perspective entries",
                                             stats->n_entries), stats->n_entries);
  lanes = g_strjoinv (", ", stats->lanes);
  if (*lanes)
    g_string_append_printf (text, _(" · lanes: %s"), lanes);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_participant_rows (DebriefComparisonPanel *self)
{
  g_autoptr(GPtrArray) all = debrief_participant_stats_compute (self->review);

  for (guint i = 0; i < all->len; i++)
    {
      DebriefParticipantStats *stats = g_ptr_array_index (all, i);
      g_autofree char *subtitle = describe_participant (self, stats);
      GtkWidget *row = plain_row (debrief_lane_get_name (stats->lane), subtitle);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      if (stats->n_messages > 0)
        make_activatable (self, row, stats->first_message, stats->last_message, NULL);
      add_row (self, PARTICIPANTS, row);
    }
}

/* ---- the whole ----------------------------------------------------------------------------- */

static void
empty_note (DebriefComparisonPanel *self,
            guint                   section,
            const char             *text)
{
  if (self->rows[section] == NULL)
    {
      GtkWidget *row = plain_row (text, NULL);

      gtk_widget_add_css_class (row, "dim-label");
      add_row (self, section, row);
    }
}

void
debrief_comparison_panel_refresh (DebriefComparisonPanel *self)
{
  GListModel *marks;

  g_return_if_fail (DEBRIEF_IS_COMPARISON_PANEL (self));
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  clear_rows (self);
  if (self->review == NULL)
    return;
  marks = G_LIST_MODEL (debrief_review_get_comparisons (self->review));
  for (guint i = 0; i < g_list_model_get_n_items (marks); i++)
    {
      g_autoptr(DebriefComparison) mark = g_list_model_get_item (marks, i);

      add_mark_row (self, mark);
    }
  add_suggestion_rows (self);
  add_question_rows (self);
  add_participant_rows (self);
  empty_note (self, DIVERGENCES, _("Select two entries (Ctrl+click) and press Ctrl+Alt+D"));
  empty_note (self, AGREEMENTS, _("Select two entries and press Ctrl+Alt+A"));
  empty_note (self, SUGGESTIONS, _("None: no two beliefs give one tag different values at the same time"));
  empty_note (self, QUESTIONS, _("Select an event, phase or entry and press Ctrl+Alt+Q"));
}

static gboolean
refresh_at_idle (gpointer user_data)
{
  DebriefComparisonPanel *self = user_data;

  self->refresh_idle = 0;
  debrief_comparison_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_review_changed (DebriefReview          *review,
                   DebriefComparisonPanel *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_at_idle, self);
}

static GtkWidget *
group (const char *title,
       const char *description)
{
  GtkWidget *widget = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), description);
  return widget;
}

static void
build (DebriefComparisonPanel *self)
{
  GtkWidget *heading = gtk_label_new (_("Divergences and Questions"));

  gtk_widget_add_css_class (heading, "title-3");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  self->groups[DIVERGENCES] = group (_("Divergences"), NULL);
  self->groups[AGREEMENTS] = group (_("Agreements"), NULL);
  self->groups[SUGGESTIONS] = group (_("Suggested Divergences"),
                                     _("Different values of one tag in two accounts at the same time. Nothing is marked until you confirm."));
  self->groups[QUESTIONS] = group (_("Prepared Questions"), _("Private: never projected or printed."));
  self->groups[PARTICIPANTS] = group (_("Participants"), NULL);
  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), heading);
  for (guint s = 0; s < G_N_ELEMENTS (self->groups); s++)
    gtk_box_append (GTK_BOX (self->page), self->groups[s]);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

static void
on_map (GtkWidget *widget)
{
  debrief_comparison_panel_refresh (DEBRIEF_COMPARISON_PANEL (widget));
}

static void
debrief_comparison_panel_dispose (GObject *object)
{
  DebriefComparisonPanel *self = DEBRIEF_COMPARISON_PANEL (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  for (guint s = 0; s < G_N_ELEMENTS (self->rows); s++)
    g_clear_pointer (&self->rows[s], g_list_free);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  G_OBJECT_CLASS (debrief_comparison_panel_parent_class)->dispose (object);
}

static void
debrief_comparison_panel_class_init (DebriefComparisonPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_comparison_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "comparisonpanel");
  /* A row was clicked: show [start, end] and select these entries (or none). */
  signals[SHOW_MOMENT] = g_signal_new ("show-moment", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_STRV);
}

static void
debrief_comparison_panel_init (DebriefComparisonPanel *self)
{
  build (self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

void
debrief_comparison_panel_set_review (DebriefComparisonPanel *self,
                                     DebriefReview          *review,
                                     DebriefHistory         *history)
{
  g_return_if_fail (DEBRIEF_IS_COMPARISON_PANEL (self));
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    debrief_comparison_panel_refresh (self);
}
