/* debrief-lane-color-picker.h — the lane palette's swatches, and Automatic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_LANE_COLOR_PICKER (debrief_lane_color_picker_get_type ())
G_DECLARE_FINAL_TYPE (DebriefLaneColorPicker, debrief_lane_color_picker, DEBRIEF, LANE_COLOR_PICKER, GtkWidget)

GtkWidget  *debrief_lane_color_picker_new       (void);
const char *debrief_lane_color_picker_get_color (DebriefLaneColorPicker *self);
void        debrief_lane_color_picker_set_color (DebriefLaneColorPicker *self,
                                                 const char             *color);

G_END_DECLS
