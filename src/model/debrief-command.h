/* debrief-command.h — one reversible change to a review
 *
 * Every edit is a command: it knows how to apply itself and how to take
 * itself back. Commands are plain structs with a small table of functions,
 * not GObjects: a drag over a thousand events makes a thousand of them.
 * DebriefHistory owns them once pushed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DebriefCommand DebriefCommand;

typedef struct {
  void     (*apply)    (DebriefCommand *self);
  void     (*revert)   (DebriefCommand *self);
  /* Take over @next's outcome, so a typing burst is one step. @next has
   * been applied already; return FALSE to keep both. May be NULL. */
  gboolean (*absorb)   (DebriefCommand *self,
                        DebriefCommand *next);
  void     (*finalize) (DebriefCommand *self);
} DebriefCommandClass;

struct _DebriefCommand
{
  const DebriefCommandClass *klass;
  char                      *label;      /* "Move Event", shown as "Undo Move Event" */
  char                      *merge_key;  /* commands with equal keys merge; NULL never */
};

gpointer        debrief_command_alloc         (const DebriefCommandClass *klass,
                                               gsize                      size,
                                               const char                *label);
void            debrief_command_set_merge_key (DebriefCommand            *self,
                                               const char                *merge_key);
void            debrief_command_apply         (DebriefCommand            *self);
void            debrief_command_revert        (DebriefCommand            *self);
gboolean        debrief_command_absorb        (DebriefCommand            *self,
                                               DebriefCommand            *next);
const char     *debrief_command_get_label     (DebriefCommand            *self);
void            debrief_command_free          (DebriefCommand            *self);

/* A group applies its children in order and reverts them in reverse:
 * "Delete 12 Events", "Merge Lanes", a drag. */
DebriefCommand *debrief_command_group_new     (const char                *label);
void            debrief_command_group_add     (DebriefCommand            *group,
                                               DebriefCommand            *child);
guint           debrief_command_group_get_size (DebriefCommand           *group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefCommand, debrief_command_free)

G_END_DECLS
