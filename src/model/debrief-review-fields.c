/* debrief-review-fields.c — the JSON members of each small model object
 *
 * The loader and the saver both walk these tables, so the file format of
 * lanes, perspectives, phases, notes, action items and artefacts is written
 * down once. Enum values are written as the enum's nick ("participant",
 * "in-progress"…), which is also what the file says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-fields"

#include "config.h"

#include "debrief-action-item.h"
#include "debrief-artefact.h"
#include "debrief-dismissed-hint.h"
#include "debrief-comparison.h"
#include "debrief-lane.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-perspective-entry.h"
#include "debrief-phase.h"
#include "debrief-review-fields.h"
#include "debrief-series.h"
#include "debrief-view-state.h"

#define TABLE(name, what_, type_func, array)    \
  const DebriefFieldTable name = { what_, type_func, array, G_N_ELEMENTS (array) }

static const DebriefField lane_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "kind", "kind", DEBRIEF_FIELD_ENUM, TRUE },
  { "name", "name", DEBRIEF_FIELD_STRING, TRUE },
  { "role", "role", DEBRIEF_FIELD_STRING, FALSE },
  { "team", "team", DEBRIEF_FIELD_STRING, FALSE },
  { "tz", "tz", DEBRIEF_FIELD_STRING, FALSE },
  { "group", "group", DEBRIEF_FIELD_STRING, FALSE },
  { "color", "color", DEBRIEF_FIELD_STRING, FALSE },
  { "collapsed", "collapsed", DEBRIEF_FIELD_BOOLEAN, FALSE },
  { "hidden", "hidden", DEBRIEF_FIELD_BOOLEAN, FALSE },
};
TABLE (debrief_lane_fields, "lane", debrief_lane_get_type, lane_fields);

/* "entries" is read and written by the loader and saver themselves. */
static const DebriefField perspective_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "participant", "participant", DEBRIEF_FIELD_STRING, TRUE },
  { "title", "title", DEBRIEF_FIELD_STRING, FALSE },
};
TABLE (debrief_perspective_fields, "perspective", debrief_perspective_get_type, perspective_fields);

static const DebriefField perspective_entry_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "kind", "kind", DEBRIEF_FIELD_ENUM, TRUE },
  { "start", "start", DEBRIEF_FIELD_TIME, TRUE },
  { "end", "end", DEBRIEF_FIELD_TIME, FALSE },
  { "origin", "origin", DEBRIEF_FIELD_ENUM, FALSE },
  { "text", "text", DEBRIEF_FIELD_STRING, TRUE },
  { "links", "links", DEBRIEF_FIELD_STRV, FALSE },
  { "tags", "tags", DEBRIEF_FIELD_STRV, FALSE },
};
TABLE (debrief_perspective_entry_fields, "perspective entry",
       debrief_perspective_entry_get_type, perspective_entry_fields);

static const DebriefField phase_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "kind", "kind", DEBRIEF_FIELD_ENUM, TRUE },
  { "name", "name", DEBRIEF_FIELD_STRING, TRUE },
  { "start", "start", DEBRIEF_FIELD_TIME, TRUE },
  { "end", "end", DEBRIEF_FIELD_TIME, FALSE },
  { "color", "color", DEBRIEF_FIELD_STRING, FALSE },
};
TABLE (debrief_phase_fields, "phase", debrief_phase_get_type, phase_fields);

static const DebriefField note_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "private", "private", DEBRIEF_FIELD_BOOLEAN, FALSE },
  { "question", "question", DEBRIEF_FIELD_BOOLEAN, FALSE },
  { "time", "time", DEBRIEF_FIELD_TIME, FALSE },
  { "event", "event", DEBRIEF_FIELD_STRING, FALSE },
  { "entry", "entry", DEBRIEF_FIELD_STRING, FALSE },
  { "phase", "phase", DEBRIEF_FIELD_STRING, FALSE },
  { "author", "author", DEBRIEF_FIELD_STRING, FALSE },
  { "text", "text", DEBRIEF_FIELD_STRING, TRUE },
};
TABLE (debrief_note_fields, "note", debrief_note_get_type, note_fields);

static const DebriefField action_item_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "status", "status", DEBRIEF_FIELD_ENUM, FALSE },
  { "owner", "owner", DEBRIEF_FIELD_STRING, FALSE },
  { "due", "due", DEBRIEF_FIELD_TIME, FALSE },
  { "text", "text", DEBRIEF_FIELD_STRING, TRUE },
  { "links", "links", DEBRIEF_FIELD_STRV, FALSE },
};
TABLE (debrief_action_item_fields, "action item", debrief_action_item_get_type, action_item_fields);

static const DebriefField artefact_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "kind", "kind", DEBRIEF_FIELD_STRING, FALSE },
  { "path", "path", DEBRIEF_FIELD_STRING, TRUE },
  { "title", "title", DEBRIEF_FIELD_STRING, FALSE },
  { "start", "start", DEBRIEF_FIELD_TIME, FALSE },
  { "end", "end", DEBRIEF_FIELD_TIME, FALSE },
  { "lane", "lane", DEBRIEF_FIELD_STRING, FALSE },
};
TABLE (debrief_artefact_fields, "artefact", debrief_artefact_get_type, artefact_fields);

/* "threshold" and "points" are read and written by the loader and saver
 * themselves (a number that may be absent, and the samples). */
static const DebriefField series_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "name", "name", DEBRIEF_FIELD_STRING, TRUE },
  { "unit", "unit", DEBRIEF_FIELD_STRING, FALSE },
  { "color", "color", DEBRIEF_FIELD_STRING, FALSE },
  { "lane", "lane", DEBRIEF_FIELD_STRING, FALSE },
};
TABLE (debrief_series_fields, "series", debrief_series_get_type, series_fields);
/* No id: a dismissal is named by what it says (see debrief-dismissed-hint.c). */
static const DebriefField dismissed_hint_fields[] = {
  { "where", "where", DEBRIEF_FIELD_STRING, TRUE },
  { "rule", "rule", DEBRIEF_FIELD_STRING, TRUE },
  { "phrase", "phrase", DEBRIEF_FIELD_STRING, TRUE },
};
TABLE (debrief_dismissed_hint_fields, "dismissed hint", debrief_dismissed_hint_get_type, dismissed_hint_fields);
static const DebriefField comparison_fields[] = {
  { "id", "id", DEBRIEF_FIELD_STRING, TRUE },
  { "kind", "kind", DEBRIEF_FIELD_ENUM, TRUE },
  { "entries", "entries", DEBRIEF_FIELD_STRV, TRUE },
  { "note", "note", DEBRIEF_FIELD_STRING, FALSE },
};
TABLE (debrief_comparison_fields, "comparison", debrief_comparison_get_type, comparison_fields);

/* The one "view" object: no id. */
static const DebriefField view_state_fields[] = {
  { "perspectives", "perspectives", DEBRIEF_FIELD_STRV, FALSE },
  { "pinned", "pinned", DEBRIEF_FIELD_STRING, FALSE },
  { "split_kinds", "split-kinds", DEBRIEF_FIELD_BOOLEAN, FALSE },
  { "hidden_lanes", "hidden-lanes", DEBRIEF_FIELD_STRV, FALSE },
  { "playhead", "playhead", DEBRIEF_FIELD_TIME, FALSE },
};
TABLE (debrief_view_state_fields, "view", debrief_view_state_get_type, view_state_fields);

const DebriefField *
debrief_field_table_find (const DebriefFieldTable *table,
                          const char              *json_name)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].json_name, json_name))
      return &table->fields[i];
  return NULL;
}
