/* debrief-review-fields.h — the JSON members of each small model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_FIELD_STRING,
  DEBRIEF_FIELD_TIME,
  DEBRIEF_FIELD_BOOLEAN,
  DEBRIEF_FIELD_STRV,
  DEBRIEF_FIELD_ENUM,
} DebriefFieldType;

/* One member: its JSON name, the GObject property holding it, its type.
 * The table's order is the order members are written in. */
typedef struct {
  const char       *json_name;
  const char       *property;
  DebriefFieldType  type;
  gboolean          required;
} DebriefField;

typedef struct {
  const char         *what;      /* "lane", for messages */
  GType             (*get_type) (void);
  const DebriefField *fields;
  guint               n_fields;
} DebriefFieldTable;

extern const DebriefFieldTable debrief_lane_fields;
extern const DebriefFieldTable debrief_perspective_fields;
extern const DebriefFieldTable debrief_perspective_entry_fields;
extern const DebriefFieldTable debrief_phase_fields;
extern const DebriefFieldTable debrief_note_fields;
extern const DebriefFieldTable debrief_action_item_fields;
extern const DebriefFieldTable debrief_artefact_fields;
extern const DebriefFieldTable debrief_series_fields;
extern const DebriefFieldTable debrief_dismissed_hint_fields;
extern const DebriefFieldTable debrief_comparison_fields;
extern const DebriefFieldTable debrief_view_state_fields;

const DebriefField *debrief_field_table_find (const DebriefFieldTable *table,
                                              const char              *json_name);

G_END_DECLS
