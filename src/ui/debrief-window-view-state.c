/* debrief-window-view-state.c — the comparison layout and the playhead,
 * saved in the review
 *
 * The review's DebriefViewState (the file's "view") says which perspectives
 * are side by side, in which order, which is pinned, whether split by kind,
 * and where the "known at time T" playhead stands. Opening a review puts
 * them back; changing them here writes them there (which marks the review
 * modified, not an undo step). A read-only review is shown as saved and
 * never written to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include "debrief-time.h"
#include "debrief-window-private.h"

static DebriefViewState *
writable_state (DebriefWindow *self)
{
  if (self->document == NULL || debrief_document_get_read_only (self->document))
    return NULL;
  return debrief_review_get_view_state (debrief_document_get_review (self->document));
}

void
_debrief_window_show_perspectives (DebriefWindow      *self,
                                   const char * const *ids,
                                   gboolean            split_by_kind,
                                   const char         *pinned)
{
  DebriefViewState *state = writable_state (self);

  debrief_timeline_view_show_perspectives (self->timeline_view, ids, split_by_kind, pinned);
  if (state == NULL)
    return;
  debrief_view_state_set_perspectives (state, ids);
  debrief_view_state_set_split_kinds (state, ids != NULL && ids[0] != NULL && split_by_kind);
  debrief_view_state_set_pinned (state, ids != NULL && ids[0] != NULL ? pinned : NULL);
}

void
_debrief_window_view_state_playhead (DebriefWindow *self)
{
  DebriefViewState *state = writable_state (self);

  if (state != NULL)
    debrief_view_state_set_playhead (state, debrief_timeline_viewport_get_playhead (
                                              debrief_timeline_view_get_viewport (self->timeline_view)));
}

void
_debrief_window_view_state_apply (DebriefWindow *self)
{
  DebriefViewState *state = debrief_review_get_view_state (debrief_document_get_review (self->document));

  debrief_timeline_view_show_perspectives (self->timeline_view, debrief_view_state_get_perspectives (state),
                                           debrief_view_state_get_split_kinds (state),
                                           debrief_view_state_get_pinned (state));
  debrief_timeline_view_set_comparison_hidden_lanes (self->timeline_view, debrief_view_state_get_hidden_lanes (state));
  debrief_timeline_viewport_set_playhead (debrief_timeline_view_get_viewport (self->timeline_view),
                                          debrief_view_state_get_playhead (state));
}

void
_debrief_window_set_comparison_hidden_lanes (DebriefWindow      *self,
                                             const char * const *lane_ids)
{
  DebriefViewState *state = writable_state (self);

  debrief_timeline_view_set_comparison_hidden_lanes (self->timeline_view, lane_ids);
  if (state != NULL)
    debrief_view_state_set_hidden_lanes (state, lane_ids);
}
