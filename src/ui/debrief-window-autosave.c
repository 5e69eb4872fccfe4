/* debrief-window-autosave.c — a recovery copy of the window's review while
 * it has unsaved changes
 *
 * Every few seconds (the autosave-interval setting) a modified review
 * whose content changed since the last copy is written to the recovery
 * folder under the window's slot. Saving or discarding removes the copy;
 * a crash or a kill leaves it for the next start to offer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-application.h"
#include "debrief-window-private.h"

static DebriefRecovery *
recovery_of (DebriefWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return DEBRIEF_IS_APPLICATION (application) ? debrief_application_get_recovery (DEBRIEF_APPLICATION (application)) : NULL;
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DebriefWindow) self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  self->autosave_running = FALSE;
  if (!debrief_recovery_write_finish (DEBRIEF_RECOVERY (source), result, &error))
    {
      /* Once per window: a full disk should not toast every 5 s. */
      if (!self->autosave_failed)
        g_warning ("Could not write a recovery copy: %s", error->message);
      self->autosave_failed = TRUE;
      self->autosaved_generation = 0;
    }
}

/* Writes now if the review changed since the last copy. */
void
_debrief_window_autosave_now (DebriefWindow *self)
{
  DebriefRecovery *recovery = recovery_of (self);
  DebriefReview *review;

  if (recovery == NULL || self->document == NULL || self->autosave_running ||
      !debrief_document_get_modified (self->document) || debrief_document_get_busy (self->document))
    return;
  review = debrief_document_get_review (self->document);
  if (debrief_review_get_generation (review) == self->autosaved_generation)
    return;
  if (self->recovery_slot == NULL)
    self->recovery_slot = g_uuid_string_random ();
  self->autosave_running = TRUE;
  self->autosaved_generation = debrief_review_get_generation (review);
  debrief_recovery_write_async (recovery, self->recovery_slot, review, debrief_document_get_file (self->document),
                                NULL, on_written, g_object_ref (self));
}

static gboolean
on_autosave_tick (gpointer user_data)
{
  _debrief_window_autosave_now (DEBRIEF_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
restart_timer (DebriefWindow *self)
{
  guint interval = g_settings_get_uint (self->settings, "autosave-interval");

  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  self->autosave_timeout = g_timeout_add_seconds (MAX (interval, 1), on_autosave_tick, self);
}

static void
on_interval_changed (GSettings     *settings,
                     const char    *key,
                     DebriefWindow *self)
{
  restart_timer (self);
}

/* The copy is no longer needed: the review was saved, discarded, or the
 * window moves on to another review. */
void
_debrief_window_autosave_forget (DebriefWindow *self)
{
  DebriefRecovery *recovery = recovery_of (self);

  if (self->recovery_slot != NULL && recovery != NULL)
    debrief_recovery_remove (recovery, self->recovery_slot);
  g_clear_pointer (&self->recovery_slot, g_free);
  self->autosaved_generation = 0;
}

/* A restored review keeps writing to the slot it came from, at once, so
 * the slot carries this process and no other window offers it again. */
void
_debrief_window_autosave_adopt (DebriefWindow *self,
                                const char    *slot_id)
{
  g_free (self->recovery_slot);
  self->recovery_slot = g_strdup (slot_id);
  self->autosaved_generation = 0;
  _debrief_window_autosave_now (self);
}

void
_debrief_window_setup_autosave (DebriefWindow *self)
{
  g_signal_connect_object (self->settings, "changed::autosave-interval", G_CALLBACK (on_interval_changed), self, 0);
  restart_timer (self);
}

void
_debrief_window_autosave_dispose (DebriefWindow *self)
{
  g_clear_handle_id (&self->autosave_timeout, g_source_remove);
  /* Closed with its changes saved or discarded: nothing to recover. A
   * window torn down with unsaved changes keeps its copy. */
  if (self->document == NULL || !debrief_document_get_modified (self->document) || self->close_confirmed)
    _debrief_window_autosave_forget (self);
  g_clear_pointer (&self->recovery_slot, g_free);
}
