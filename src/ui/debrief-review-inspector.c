/* debrief-review-inspector.c — the review's own fields and its lanes
 *
 * Shown when nothing is selected. The fields edit as you type, each typing
 * burst one undo step; Escape puts back what a field held when it got
 * focus. An incident bound that does not parse is marked and never applied.
 * Below, the review's lanes (DebriefLaneList): activating one emits
 * ::lane-activated so the window can open the lane's own inspector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edits.h"
#include "debrief-inspector-fields-private.h"
#include "debrief-lane-list.h"
#include "debrief-review-inspector.h"
#include "debrief-text-hints.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"
#include "debrief-zone-row.h"

typedef enum {
  FIELD_TITLE,
  FIELD_FACILITATOR,
  FIELD_SUMMARY,
  FIELD_START,
  FIELD_END,
  N_FIELDS
} Field;

/* The review's properties, in Field order. */
static const char *field_properties[N_FIELDS] = {
  "title", "facilitator", "summary", "incident-start", "incident-end",
};

struct _DebriefReviewInspector
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  GtkWidget      *fields[N_FIELDS];   /* AdwEntryRow, but a GtkTextView for the summary */
  GtkWidget      *zone_row;
  GtkWidget      *time_hint;
  GtkWidget      *lane_list;

  DebriefReview  *review;
  DebriefHistory *history;
  gint64          base[N_FIELDS];  /* incident bounds before this burst: "+00:05:00" counts from here */
  guint           clear_source[N_FIELDS];  /* an emptied bound, cleared unless text follows at once */
  gboolean        updating;        /* filling fields: their signals are ours */
  gboolean        applying;        /* our own edit is changing the review */
};

G_DEFINE_FINAL_TYPE (DebriefReviewInspector, debrief_review_inspector, GTK_TYPE_WIDGET)

enum {
  LANE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DebriefHistory *
history_of (gpointer owner)
{
  return DEBRIEF_REVIEW_INSPECTOR (owner)->history;
}

static gboolean
is_time (Field field)
{
  return field == FIELD_START || field == FIELD_END;
}

static gint64
bound_of (DebriefReviewInspector *self,
          Field                   field)
{
  return field == FIELD_START ? debrief_review_get_incident_start (self->review)
                              : debrief_review_get_incident_end (self->review);
}

/* ---- reading the review into the fields ------------------------------------------------ */

static char *
field_value (DebriefReviewInspector *self,
             Field                   field)
{
  char *text;

  /* Incident bounds always carry their date: they anchor the whole review. */
  if (is_time (field))
    return debrief_time_entry_format (bound_of (self, field), debrief_review_get_time_zone (self->review),
                                      DEBRIEF_TIME_NONE);
  g_object_get (self->review, field_properties[field], &text, NULL);
  return text != NULL ? text : g_strdup ("");
}

/* One hint under both bounds: it keeps showing the other bound's problem
 * when this one is put right. */
static void
show_time_problem (DebriefReviewInspector *self,
                   Field                   field,
                   const char             *message)
{
  GtkWidget *other = self->fields[field == FIELD_START ? FIELD_END : FIELD_START];
  const char *shown = message != NULL ? message : gtk_widget_get_tooltip_text (other);

  _debrief_inspector_mark_invalid (self->fields[field], message);
  gtk_label_set_text (GTK_LABEL (self->time_hint), shown != NULL ? shown : "");
  gtk_widget_set_visible (self->time_hint, shown != NULL);
}

static void
refresh (DebriefReviewInspector *self)
{
  gtk_widget_set_sensitive (self->page, self->review != NULL);
  if (self->review == NULL)
    return;

  self->updating = TRUE;
  for (Field field = 0; field < N_FIELDS; field++)
    {
      g_autofree char *value = field_value (self, field);

      /* Never pull the text from under the one typing it. */
      if (!(self->applying && _debrief_inspector_field_has_focus (self->fields[field])))
        _debrief_inspector_field_set_text (self->fields[field], value);
      if (is_time (field) && !self->applying)
        self->base[field] = bound_of (self, field);
    }
  if (!self->applying)
    {
      show_time_problem (self, FIELD_END, NULL);
      show_time_problem (self, FIELD_START, NULL);
    }
  debrief_zone_row_set_zone (DEBRIEF_ZONE_ROW (self->zone_row), debrief_review_get_timezone (self->review), NULL,
                             debrief_review_get_origin (self->review));
  self->updating = FALSE;
}

/* ---- writing the fields into the review ------------------------------------------------ */

static void
apply_string (DebriefReviewInspector *self,
              Field                   field,
              const char             *text)
{
  static const char *labels[] = { N_("Edit Title"), N_("Edit Facilitator"), N_("Edit Summary") };
  g_autofree char *current = field_value (self, field);

  if (g_strcmp0 (current, text) == 0)
    return;
  self->applying = TRUE;
  /* An emptied field leaves the key out of the file rather than writing "". */
  debrief_edits_set_string (self->history, self->review, field_properties[field], *text != '\0' ? text : NULL,
                            _(labels[field]));
  self->applying = FALSE;
}

/* FALSE when @text is not a time or would put the end before the start;
 * the field says why. An empty field clears the bound. */
static gboolean
parse_bound (DebriefReviewInspector *self,
             Field                   field,
             const char             *text,
             gint64                 *out_value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gint64 origin = field == FIELD_START && self->base[FIELD_START] != DEBRIEF_TIME_NONE
                    ? self->base[FIELD_START] : debrief_review_get_origin (self->review);
  gint64 reference = self->base[field] != DEBRIEF_TIME_NONE ? self->base[field] : origin;
  gint64 other = bound_of (self, field == FIELD_START ? FIELD_END : FIELD_START);

  *out_value = DEBRIEF_TIME_NONE;
  if (*trimmed == '\0')
    return TRUE;
  if (!debrief_time_entry_parse (trimmed, debrief_review_get_time_zone (self->review), reference, origin,
                                 out_value, &error))
    {
      show_time_problem (self, field, error->message);
      return FALSE;
    }
  if (other != DEBRIEF_TIME_NONE && (field == FIELD_START ? *out_value > other : *out_value < other))
    {
      show_time_problem (self, field, field == FIELD_START ? _("The start must not be after the end")
                                                           : _("The end must not be before the start"));
      return FALSE;
    }
  return TRUE;
}

static void
apply_time (DebriefReviewInspector *self,
            Field                   field,
            const char             *text)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 usec;

  if (!parse_bound (self, field, text, &usec))
    return;
  show_time_problem (self, field, NULL);
  /* "+00:00:00" names the start it already is. */
  if (usec == bound_of (self, field))
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, usec);
  self->applying = TRUE;
  debrief_edits_set_property (self->history, self->review, field_properties[field], &value,
                              field == FIELD_START ? _("Change Incident Start") : _("Change Incident End"));
  self->applying = FALSE;
}

static gboolean
clear_start (gpointer user_data)
{
  DebriefReviewInspector *self = user_data;

  self->clear_source[FIELD_START] = 0;
  if (self->review != NULL && self->history != NULL)
    apply_time (self, FIELD_START, "");
  return G_SOURCE_REMOVE;
}

static gboolean
clear_end (gpointer user_data)
{
  DebriefReviewInspector *self = user_data;

  self->clear_source[FIELD_END] = 0;
  if (self->review != NULL && self->history != NULL)
    apply_time (self, FIELD_END, "");
  return G_SOURCE_REMOVE;
}

/* Replacing a field's text reports it emptied first, then filled; clearing
 * a bound on the first report would apply an edit nobody typed, and leave
 * the bound cleared if the new text turned out not to be a time. */
static void
apply_time_later (DebriefReviewInspector *self,
                  Field                   field,
                  const char             *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_clear_handle_id (&self->clear_source[field], g_source_remove);
  if (*trimmed != '\0')
    {
      apply_time (self, field, text);
      return;
    }
  show_time_problem (self, field, NULL);  /* empty is a valid answer */
  self->clear_source[field] = g_idle_add (field == FIELD_START ? clear_start : clear_end, self);
}

static void
apply_field (DebriefReviewInspector *self,
             GtkWidget              *widget)
{
  g_autofree char *text = NULL;
  Field field = 0;

  if (self->updating || self->review == NULL || self->history == NULL)
    return;
  while (field < N_FIELDS && self->fields[field] != widget)
    field++;
  g_return_if_fail (field < N_FIELDS);
  text = _debrief_inspector_field_get_text (widget);
  if (is_time (field))
    apply_time_later (self, field, text);
  else
    apply_string (self, field, text);
}

static void
on_row_changed (GtkEditable            *editable,
                DebriefReviewInspector *self)
{
  apply_field (self, GTK_WIDGET (editable));
}

static void
on_summary_changed (GtkTextBuffer          *buffer,
                    DebriefReviewInspector *self)
{
  apply_field (self, self->fields[FIELD_SUMMARY]);
}

/* A new visit to a bound starts a new burst: "+00:05:00" counts from the
 * bound as it is now. */
static void
on_time_focus_enter (GtkEventControllerFocus *controller,
                     DebriefReviewInspector  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Field field = row == self->fields[FIELD_START] ? FIELD_START : FIELD_END;

  if (self->review != NULL)
    self->base[field] = bound_of (self, field);
}

/* ---- time zone ---------------------------------------------------------------------------- */

static void
on_zone_chosen (DebriefZoneRow         *row,
                const char             *zone,
                DebriefReviewInspector *self)
{
  if (self->review == NULL || self->history == NULL || zone == NULL)
    return;
  _debrief_inspector_seal (self->history);
  debrief_edits_set_string (self->history, self->review, "timezone", zone, _("Change Time Zone"));
  _debrief_inspector_seal (self->history);
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
entry_field (DebriefReviewInspector *self,
             Field                   field,
             const char             *title)
{
  GtkWidget *row = _debrief_inspector_entry_row (title, G_CALLBACK (on_row_changed), self);

  _debrief_inspector_watch_field (row, history_of, self);
  self->fields[field] = row;
  return row;
}

static GtkWidget *
build_time_hint (DebriefReviewInspector *self)
{
  self->time_hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->time_hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->time_hint), 0);
  gtk_widget_add_css_class (self->time_hint, "error");
  gtk_widget_set_margin_top (self->time_hint, 6);
  gtk_widget_set_visible (self->time_hint, FALSE);
  return self->time_hint;
}

static GtkWidget *
build_review (DebriefReviewInspector *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (_debrief_inspector_group (_("Review")));
  GtkEventController *controller;

  adw_preferences_group_add (group, entry_field (self, FIELD_TITLE, _("Title")));
  adw_preferences_group_add (group, entry_field (self, FIELD_FACILITATOR, _("Facilitator")));
  self->zone_row = debrief_zone_row_new (FALSE);
  g_signal_connect (self->zone_row, "zone-chosen", G_CALLBACK (on_zone_chosen), self);
  adw_preferences_group_add (group, self->zone_row);
  adw_preferences_group_add (group, entry_field (self, FIELD_START, _("Incident Start")));
  adw_preferences_group_add (group, entry_field (self, FIELD_END, _("Incident End")));
  for (Field field = FIELD_START; field <= FIELD_END; field++)
    {
      controller = gtk_event_controller_focus_new ();
      g_signal_connect (controller, "enter", G_CALLBACK (on_time_focus_enter), self);
      gtk_widget_add_controller (self->fields[field], controller);
    }
  adw_preferences_group_add (group, build_time_hint (self));
  return GTK_WIDGET (group);
}

static GtkWidget *
build_summary (DebriefReviewInspector *self)
{
  GtkWidget *group = _debrief_inspector_group (_("Summary"));
  GtkWidget *frame = _debrief_inspector_text_frame (_("Summary"), &self->fields[FIELD_SUMMARY]);

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[FIELD_SUMMARY])), "changed",
                    G_CALLBACK (on_summary_changed), self);
  _debrief_inspector_watch_field (self->fields[FIELD_SUMMARY], history_of, self);
  debrief_text_hints_new (GTK_TEXT_VIEW (self->fields[FIELD_SUMMARY]));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return group;
}

static void
on_lane_activated (DebriefLaneList        *list,
                   DebriefLane            *lane,
                   DebriefReviewInspector *self)
{
  g_signal_emit (self, signals[LANE_ACTIVATED], 0, lane);
}

static GtkWidget *
build_lanes (DebriefReviewInspector *self)
{
  GtkWidget *group = _debrief_inspector_group (_("Lanes"));

  self->lane_list = debrief_lane_list_new ();
  g_signal_connect (self->lane_list, "lane-activated", G_CALLBACK (on_lane_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->lane_list);
  return group;
}

static void
build (DebriefReviewInspector *self)
{
  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_review (self));
  gtk_box_append (GTK_BOX (self->page), build_summary (self));
  gtk_box_append (GTK_BOX (self->page), build_lanes (self));
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

/* ---- the review ------------------------------------------------------------------------------ */

static void
on_review_changed (DebriefReview          *review,
                   DebriefReviewInspector *self)
{
  refresh (self);
}

static void
debrief_review_inspector_dispose (GObject *object)
{
  DebriefReviewInspector *self = DEBRIEF_REVIEW_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_handle_id (&self->clear_source[FIELD_START], g_source_remove);
  g_clear_handle_id (&self->clear_source[FIELD_END], g_source_remove);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_pointer (&self->page, gtk_widget_unparent);

  G_OBJECT_CLASS (debrief_review_inspector_parent_class)->dispose (object);
}

static void
debrief_review_inspector_class_init (DebriefReviewInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_review_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewinspector");

  /**
   * DebriefReviewInspector::lane-activated:
   * @lane: the lane whose row was activated, or the lane just added
   *
   * The lane's own inspector should open.
   */
  signals[LANE_ACTIVATED] = g_signal_new ("lane-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, DEBRIEF_TYPE_LANE);
}

static void
debrief_review_inspector_init (DebriefReviewInspector *self)
{
  self->base[FIELD_START] = self->base[FIELD_END] = DEBRIEF_TIME_NONE;
  build (self);
  refresh (self);
}

GtkWidget *
debrief_review_inspector_new (void)
{
  return g_object_new (DEBRIEF_TYPE_REVIEW_INSPECTOR, NULL);
}

/* Without a history (a read-only review) everything shows and nothing edits. */
static void
set_editable (DebriefReviewInspector *self,
              gboolean                editable)
{
  for (Field field = 0; field < N_FIELDS; field++)
    _debrief_inspector_set_editable (self->fields[field], editable);
  debrief_zone_row_set_editable (DEBRIEF_ZONE_ROW (self->zone_row), editable);
}

void
debrief_review_inspector_set_review (DebriefReviewInspector *self,
                                     DebriefReview          *review,
                                     DebriefHistory         *history)
{
  g_return_if_fail (DEBRIEF_IS_REVIEW_INSPECTOR (self));
  g_return_if_fail (review == NULL || DEBRIEF_IS_REVIEW (review));

  if (review == NULL)
    history = NULL;
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_handle_id (&self->clear_source[FIELD_START], g_source_remove);
  g_clear_handle_id (&self->clear_source[FIELD_END], g_source_remove);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  set_editable (self, history != NULL);
  debrief_lane_list_set_review (DEBRIEF_LANE_LIST (self->lane_list), review, history);
  debrief_text_hints_set_field (g_object_get_data (G_OBJECT (self->fields[FIELD_SUMMARY]), "debrief-text-hints"),
                                review, review != NULL ? "summary" : NULL);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
  refresh (self);
}
