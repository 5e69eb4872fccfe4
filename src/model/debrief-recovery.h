/* debrief-recovery.h — recovery copies of open reviews, for after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-document.h"
#include "debrief-review.h"

G_BEGIN_DECLS

/* How the UI uses the store
 *
 * Each open review gets a *slot*: a random id from g_uuid_string_random (),
 * kept with the window for as long as the review is open. The folder,
 * `$XDG_STATE_HOME/debrief/recovery/` (made 0700 on the first write), holds
 * per slot:
 *
 *   SLOT.debrief  the review, byte for byte what saving it would write
 *   SLOT.json     who wrote it: {"format": "debrief-recovery", "version": 1,
 *                 "slot", "original" (file URI or null), "title" (or null),
 *                 "written_at" (RFC 3339, µs), "pid", "app_version"}
 *
 * Both are replaced atomically (debrief-safe-file.c), the review first, so
 * a crash at any moment leaves each file whole and the metadata never names
 * a copy older than itself.
 *
 * - Autosave: while the document is modified, and only when the review's
 *   generation changed since the last write, call debrief_recovery_write_async ()
 *   every few seconds; start no second write for a slot before the first has
 *   finished (a later write wins anyway: writes and removals of a slot are
 *   applied in the order they were called, and a write that would land after
 *   a later one, or after a removal, is dropped).
 * - Saved or discarded (the review is closed without saving): call
 *   debrief_recovery_remove (). After a successful save, remove the slot or
 *   keep writing to it while further edits are made.
 * - At start-up: debrief_recovery_list () lists what the windows of earlier,
 *   dead Debrief processes left; slots of a Debrief still running are left
 *   out. Offer each; to restore one, debrief_recovery_entry_open_async () gives
 *   a document whose file is the entry's original (NULL: it needs "Save As")
 *   and which is marked modified. Keep the entry's slot_id as that window's
 *   slot, and write to it once straight away, so the slot carries this
 *   process's pid and no other instance offers it again. If the person
 *   discards the offer, call debrief_recovery_remove ().
 */

/**
 * DebriefRecoveryEntry:
 * @slot_id: the slot, a UUID
 * @original: (nullable): the file the review belongs to; %NULL for a
 *   review never saved, and for a copy whose metadata is missing
 * @title: (nullable): the review's title when written; %NULL if it had
 *   none, or the metadata is missing
 * @written_at: when the copy was written, µs since the Unix epoch (the
 *   copy's modification time when the metadata is missing)
 * @pid: the process that wrote it; 0 when unknown
 * @app_version: (nullable): the Debrief version that wrote it
 * @copy: the recovery copy, a `.debrief` file
 *
 * A copy whose metadata is missing (the writer was killed between its very
 * first copy and its metadata) is still listed: the copy is complete, and
 * with no original the review is restored as one that must be saved anew.
 */
typedef struct {
  char   *slot_id;
  GFile  *original;
  char   *title;
  gint64  written_at;
  int     pid;
  char   *app_version;
  GFile  *copy;
} DebriefRecoveryEntry;

#define DEBRIEF_TYPE_RECOVERY_ENTRY (debrief_recovery_entry_get_type ())
GType                 debrief_recovery_entry_get_type    (void) G_GNUC_CONST;
DebriefRecoveryEntry *debrief_recovery_entry_copy        (const DebriefRecoveryEntry *entry);
void                  debrief_recovery_entry_free        (DebriefRecoveryEntry       *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefRecoveryEntry, debrief_recovery_entry_free)

DebriefReview        *debrief_recovery_entry_load        (const DebriefRecoveryEntry *entry,
                                                          GCancellable               *cancellable,
                                                          GError                    **error);
void                  debrief_recovery_entry_open_async  (const DebriefRecoveryEntry *entry,
                                                          GCancellable               *cancellable,
                                                          GAsyncReadyCallback         callback,
                                                          gpointer                    user_data);
DebriefDocument      *debrief_recovery_entry_open_finish (GAsyncResult               *result,
                                                          GError                    **error);

#define DEBRIEF_TYPE_RECOVERY (debrief_recovery_get_type ())
G_DECLARE_FINAL_TYPE (DebriefRecovery, debrief_recovery, DEBRIEF, RECOVERY, GObject)

DebriefRecovery *debrief_recovery_new               (void);
DebriefRecovery *debrief_recovery_new_for_directory (GFile            *dir);
GFile           *debrief_recovery_get_directory     (DebriefRecovery  *self);

gboolean         debrief_recovery_write             (DebriefRecovery  *self,
                                                     const char       *slot_id,
                                                     DebriefReview    *review,
                                                     GFile            *original,
                                                     GError          **error);
void             debrief_recovery_write_async       (DebriefRecovery  *self,
                                                     const char       *slot_id,
                                                     DebriefReview    *review,
                                                     GFile            *original,
                                                     GCancellable     *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
gboolean         debrief_recovery_write_finish      (DebriefRecovery  *self,
                                                     GAsyncResult     *result,
                                                     GError          **error);
void             debrief_recovery_remove            (DebriefRecovery  *self,
                                                     const char       *slot_id);
GPtrArray       *debrief_recovery_list              (DebriefRecovery  *self,
                                                     GError          **error);

G_END_DECLS
