/* debrief-phase-inspector.c — one phase or marker, editable
 *
 * Name and times apply as you type (a time that does not parse is marked
 * and never applied); a new start moves the whole phase, keeping its
 * length, as one undo step. "done" tells the window to go back to the
 * review when the phase is removed or the user goes back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-edit-commands.h"
#include "debrief-edits.h"
#include "debrief-phase-inspector.h"
#include "debrief-time-entry.h"
#include "debrief-time.h"

struct _DebriefPhaseInspector
{
  GtkWidget       parent_instance;

  GtkWidget      *page;
  GtkWidget      *title;
  GtkWidget      *name_row;
  GtkWidget      *start_row;
  GtkWidget      *end_row;

  DebriefReview  *review;
  DebriefHistory *history;
  DebriefPhase   *phase;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (DebriefPhaseInspector, debrief_phase_inspector, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_marker (DebriefPhaseInspector *self)
{
  return debrief_phase_get_kind (self->phase) == DEBRIEF_PHASE_KIND_MARKER;
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static gboolean
has_focus_within (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

static void
refresh (DebriefPhaseInspector *self)
{
  GTimeZone *zone;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (self->phase == NULL || self->review == NULL)
    return;
  zone = debrief_review_get_time_zone (self->review);
  self->updating = TRUE;
  gtk_label_set_text (GTK_LABEL (self->title), is_marker (self) ? _("Marker") : _("Phase"));
  if (!has_focus_within (self->name_row))
    set_text (self->name_row, debrief_phase_get_name (self->phase) ? debrief_phase_get_name (self->phase) : "");
  start = debrief_time_entry_format (debrief_phase_get_start (self->phase), zone, debrief_review_get_origin (self->review));
  end = debrief_time_entry_format (debrief_phase_get_end (self->phase), zone, debrief_phase_get_start (self->phase));
  if (!has_focus_within (self->start_row))
    set_text (self->start_row, start);
  if (!has_focus_within (self->end_row))
    set_text (self->end_row, end);
  gtk_widget_set_visible (self->end_row, !is_marker (self));
  self->updating = FALSE;
}

static gboolean
read_time (DebriefPhaseInspector *self,
           GtkWidget             *row,
           gint64                *out_time)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = debrief_time_entry_parse (gtk_editable_get_text (GTK_EDITABLE (row)),
                                          debrief_review_get_time_zone (self->review),
                                          debrief_phase_get_start (self->phase),
                                          debrief_review_get_origin (self->review), out_time, &error);

  if (ok && row == self->end_row && *out_time < debrief_phase_get_start (self->phase))
    {
      ok = FALSE;
      g_set_error_literal (&error, DEBRIEF_TIME_ENTRY_ERROR, DEBRIEF_TIME_ENTRY_ERROR_RANGE,
                           _("The end must not be before the start"));
    }
  if (ok)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, ok ? NULL : error->message);
  return ok;
}

static void
set_time_property (DebriefPhaseInspector *self,
                   const char            *property,
                   gint64                 value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  debrief_edits_set_property (self->history, self->phase, property, &gvalue, _("Move Phase"));
}

static void
on_start_changed (GtkEditable           *row,
                  DebriefPhaseInspector *self)
{
  gint64 start, old_start, end;

  if (self->updating || self->phase == NULL || self->history == NULL || !read_time (self, self->start_row, &start))
    return;
  old_start = debrief_phase_get_start (self->phase);
  end = debrief_phase_get_end (self->phase);
  if (start == old_start)
    return;
  debrief_history_begin_group (self->history, is_marker (self) ? _("Move Marker") : _("Move Phase"));
  if (end != DEBRIEF_TIME_NONE && end > start - old_start + old_start - 1)
    set_time_property (self, "end", CLAMP (end + (start - old_start), DEBRIEF_TIME_MIN, DEBRIEF_TIME_MAX));
  set_time_property (self, "start", start);
  debrief_history_end_group (self->history);
}

static void
on_end_changed (GtkEditable           *row,
                DebriefPhaseInspector *self)
{
  gint64 end;

  if (self->updating || self->phase == NULL || self->history == NULL || !read_time (self, self->end_row, &end))
    return;
  if (end != debrief_phase_get_end (self->phase))
    set_time_property (self, "end", end);
}

static void
on_name_changed (GtkEditable           *row,
                 DebriefPhaseInspector *self)
{
  if (self->updating || self->phase == NULL || self->history == NULL)
    return;
  debrief_edits_set_string (self->history, self->phase, "name", gtk_editable_get_text (row),
                            is_marker (self) ? _("Rename Marker") : _("Rename Phase"));
}

static void
on_remove_clicked (GtkButton             *button,
                   DebriefPhaseInspector *self)
{
  if (self->phase == NULL || self->history == NULL)
    return;
  debrief_history_push (self->history,
                        debrief_list_remove_command_new (debrief_review_get_phases (self->review), self->phase,
                                                         is_marker (self) ? _("Remove Marker") : _("Remove Phase")));
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_back_clicked (GtkButton             *button,
                 DebriefPhaseInspector *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
entry_row (const char *title,
           GCallback   changed,
           gpointer    user_data)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_signal_connect (row, "changed", changed, user_data);
  return row;
}

static GtkWidget *
build_header (DebriefPhaseInspector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

  gtk_widget_set_tooltip_text (back, _("The Review"));
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect (back, "clicked", G_CALLBACK (on_back_clicked), self);
  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (box), back);
  gtk_box_append (GTK_BOX (box), self->title);
  return box;
}

static void
build (DebriefPhaseInspector *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

  self->name_row = entry_row (_("Name"), G_CALLBACK (on_name_changed), self);
  self->start_row = entry_row (_("Start"), G_CALLBACK (on_start_changed), self);
  self->end_row = entry_row (_("End"), G_CALLBACK (on_end_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->start_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->end_row);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_CENTER);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (self->page), build_header (self));
  gtk_box_append (GTK_BOX (self->page), group);
  gtk_box_append (GTK_BOX (self->page), remove);
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));
}

static void
on_review_changed (DebriefReview         *review,
                   DebriefPhaseInspector *self)
{
  refresh (self);
}

static void
debrief_phase_inspector_dispose (GObject *object)
{
  DebriefPhaseInspector *self = DEBRIEF_PHASE_INSPECTOR (object);

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_clear_object (&self->review);
  g_clear_object (&self->history);
  g_clear_object (&self->phase);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  G_OBJECT_CLASS (debrief_phase_inspector_parent_class)->dispose (object);
}

static void
debrief_phase_inspector_class_init (DebriefPhaseInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_phase_inspector_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "phaseinspector");
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
debrief_phase_inspector_init (DebriefPhaseInspector *self)
{
  build (self);
}

void
debrief_phase_inspector_set_review (DebriefPhaseInspector *self,
                                    DebriefReview         *review,
                                    DebriefHistory        *history)
{
  g_return_if_fail (DEBRIEF_IS_PHASE_INSPECTOR (self));
  if (self->review != NULL)
    g_signal_handlers_disconnect_by_data (self->review, self);
  g_set_object (&self->review, review);
  g_set_object (&self->history, history);
  g_clear_object (&self->phase);
  if (review != NULL)
    g_signal_connect_object (review, "changed", G_CALLBACK (on_review_changed), self, 0);
}

void
debrief_phase_inspector_set_phase (DebriefPhaseInspector *self,
                                   DebriefPhase          *phase)
{
  g_return_if_fail (DEBRIEF_IS_PHASE_INSPECTOR (self));
  if (self->history != NULL)
    debrief_history_seal (self->history);
  g_set_object (&self->phase, phase);
  gtk_widget_remove_css_class (self->start_row, "error");
  gtk_widget_remove_css_class (self->end_row, "error");
  refresh (self);
}

DebriefPhase *
debrief_phase_inspector_get_phase (DebriefPhaseInspector *self)
{
  g_return_val_if_fail (DEBRIEF_IS_PHASE_INSPECTOR (self), NULL);
  return self->phase;
}

void
debrief_phase_inspector_focus_name (DebriefPhaseInspector *self)
{
  g_return_if_fail (DEBRIEF_IS_PHASE_INSPECTOR (self));
  gtk_widget_grab_focus (self->name_row);
}
