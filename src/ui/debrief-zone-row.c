/* debrief-zone-row.c — a row showing a time zone that opens the zone chooser
 *
 * The review's display zone and each participant's zone are picked the same
 * way: the row shows the zone, activating it opens DebriefZoneChooser, and
 * the choice comes back as ::zone-chosen for the inspector to turn into an
 * undoable edit. A clearable row (a participant's zone is optional) has a
 * button that emits ::zone-chosen with NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-time.h"
#include "debrief-zone-chooser.h"
#include "debrief-zone-row.h"

struct _DebriefZoneRow
{
  AdwActionRow  parent_instance;

  GtkWidget    *clear_button;   /* NULL unless clearable */
  char         *zone;
  char         *fallback;       /* what the chooser starts at when no zone is set */
  gint64        reference;      /* the instant whose offsets the chooser shows */
  gboolean      editable;
};

G_DEFINE_FINAL_TYPE (DebriefZoneRow, debrief_zone_row, ADW_TYPE_ACTION_ROW)

enum {
  ZONE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_zone_chosen (DebriefZoneChooser *chooser,
                const char         *zone,
                DebriefZoneRow     *self)
{
  if (g_strcmp0 (zone, self->zone) != 0)
    g_signal_emit (self, signals[ZONE_CHOSEN], 0, zone);
}

static void
on_activated (DebriefZoneRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *chooser;

  if (!self->editable)
    return;
  chooser = debrief_zone_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                      self->zone != NULL ? self->zone : self->fallback, self->reference);
  g_signal_connect_object (chooser, "zone-chosen", G_CALLBACK (on_zone_chosen), self, 0);
}

static void
on_clear_clicked (GtkButton      *button,
                  DebriefZoneRow *self)
{
  if (self->editable && self->zone != NULL)
    g_signal_emit (self, signals[ZONE_CHOSEN], 0, NULL);
}

static void
debrief_zone_row_finalize (GObject *object)
{
  DebriefZoneRow *self = DEBRIEF_ZONE_ROW (object);

  g_clear_pointer (&self->zone, g_free);
  g_clear_pointer (&self->fallback, g_free);

  G_OBJECT_CLASS (debrief_zone_row_parent_class)->finalize (object);
}

static void
debrief_zone_row_class_init (DebriefZoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = debrief_zone_row_finalize;

  /**
   * DebriefZoneRow::zone-chosen:
   * @zone: (nullable): the IANA identifier picked, or NULL when cleared
   *
   * Emitted only for a zone other than the one shown.
   */
  signals[ZONE_CHOSEN] = g_signal_new ("zone-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
debrief_zone_row_init (DebriefZoneRow *self)
{
  self->editable = TRUE;
  self->reference = DEBRIEF_TIME_NONE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Time Zone"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (on_activated), NULL);
}

GtkWidget *
debrief_zone_row_new (gboolean clearable)
{
  DebriefZoneRow *self = g_object_new (DEBRIEF_TYPE_ZONE_ROW, NULL);

  if (clearable)
    {
      self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
      gtk_widget_set_tooltip_text (self->clear_button, _("Clear Time Zone"));
      gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (self->clear_button, "flat");
      g_signal_connect (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->clear_button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return GTK_WIDGET (self);
}

/**
 * debrief_zone_row_set_zone:
 * @zone: (nullable): the zone shown, NULL for none
 * @fallback: (nullable): where the chooser starts when @zone is NULL
 * @reference: the instant whose UTC offsets the chooser shows (zones
 *   change offsets), or %DEBRIEF_TIME_NONE for now
 */
void
debrief_zone_row_set_zone (DebriefZoneRow *self,
                           const char     *zone,
                           const char     *fallback,
                           gint64          reference)
{
  g_return_if_fail (DEBRIEF_IS_ZONE_ROW (self));

  g_free (self->zone);
  self->zone = g_strdup (zone);
  g_free (self->fallback);
  self->fallback = g_strdup (fallback);
  self->reference = reference;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), zone != NULL ? zone : _("Not set"));
  if (self->clear_button != NULL)
    gtk_widget_set_visible (self->clear_button, zone != NULL);
}

/* A read-only review shows its zone but opens no chooser. */
void
debrief_zone_row_set_editable (DebriefZoneRow *self,
                               gboolean        editable)
{
  g_return_if_fail (DEBRIEF_IS_ZONE_ROW (self));

  self->editable = editable;
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), editable);
  if (self->clear_button != NULL)
    gtk_widget_set_sensitive (self->clear_button, editable);
}
