/* debrief-review.h — the review document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "debrief-event-store.h"
#include "debrief-lane.h"
#include "debrief-view-state.h"

G_BEGIN_DECLS

/* The file format version this Debrief writes and fully understands. */
#define DEBRIEF_FORMAT_NAME     "debrief-review"
#define DEBRIEF_FORMAT_VERSION  1

#define DEBRIEF_TYPE_REVIEW (debrief_review_get_type ())
G_DECLARE_FINAL_TYPE (DebriefReview, debrief_review, DEBRIEF, REVIEW, GObject)

DebriefReview     *debrief_review_new                (void);

const char        *debrief_review_get_title          (DebriefReview *self);
void               debrief_review_set_title          (DebriefReview *self,
                                                      const char    *title);
const char        *debrief_review_get_summary        (DebriefReview *self);
void               debrief_review_set_summary        (DebriefReview *self,
                                                      const char    *summary);
const char        *debrief_review_get_timezone       (DebriefReview *self);
void               debrief_review_set_timezone       (DebriefReview *self,
                                                      const char    *timezone);
GTimeZone         *debrief_review_get_time_zone      (DebriefReview *self);
const char        *debrief_review_get_facilitator    (DebriefReview *self);
void               debrief_review_set_facilitator    (DebriefReview *self,
                                                      const char    *facilitator);
gint64             debrief_review_get_incident_start (DebriefReview *self);
void               debrief_review_set_incident_start (DebriefReview *self,
                                                      gint64         start);
gint64             debrief_review_get_incident_end   (DebriefReview *self);
void               debrief_review_set_incident_end   (DebriefReview *self,
                                                      gint64         end);
gboolean           debrief_review_get_time_bounds    (DebriefReview *self,
                                                      gint64        *out_start,
                                                      gint64        *out_end);
gint64             debrief_review_get_origin         (DebriefReview *self);

gint64             debrief_review_get_format_version (DebriefReview *self);
gboolean           debrief_review_get_read_only      (DebriefReview *self);
const char        *debrief_review_get_read_only_reason (DebriefReview *self);
void               debrief_review_set_read_only      (DebriefReview *self,
                                                      gint64         format_version,
                                                      const char    *reason);
JsonObject        *debrief_review_get_unknown        (DebriefReview *self);
void               debrief_review_set_unknown        (DebriefReview *self,
                                                      JsonObject    *unknown);

/* Lanes, in display order. Events name them by key. */
GListModel        *debrief_review_get_lanes          (DebriefReview *self);
void               debrief_review_insert_lane        (DebriefReview *self,
                                                      guint          position,
                                                      DebriefLane   *lane);
void               debrief_review_append_lane        (DebriefReview *self,
                                                      DebriefLane   *lane);
void               debrief_review_remove_lane        (DebriefReview *self,
                                                      DebriefLane   *lane);
DebriefLane       *debrief_review_lookup_lane        (DebriefReview *self,
                                                      const char    *id);
DebriefLane       *debrief_review_get_lane_by_key    (DebriefReview *self,
                                                      guint32        key);
guint              debrief_review_get_lane_position  (DebriefReview *self,
                                                      DebriefLane   *lane);

DebriefEventStore *debrief_review_get_events         (DebriefReview *self);

/* Lists of DebriefPerspective, DebriefPhase, DebriefNote, DebriefActionItem
 * and DebriefArtefact. They are GListStores; edit them through the
 * review's commands so every change can be undone. */
GListStore        *debrief_review_get_perspectives   (DebriefReview *self);
GListStore        *debrief_review_get_phases         (DebriefReview *self);
GListStore        *debrief_review_get_notes          (DebriefReview *self);
GListStore        *debrief_review_get_action_items   (DebriefReview *self);
GListStore        *debrief_review_get_artefacts      (DebriefReview *self);
GListStore        *debrief_review_get_series         (DebriefReview *self);
GListStore        *debrief_review_get_dismissed_hints (DebriefReview *self);
GListStore        *debrief_review_get_comparisons    (DebriefReview *self);
DebriefViewState  *debrief_review_get_view_state     (DebriefReview *self);

guint64            debrief_review_get_generation     (DebriefReview *self);
guint64            debrief_review_get_shape_generation (DebriefReview *self);

G_END_DECLS
