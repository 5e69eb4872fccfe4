/* debrief-event-kind.c — the kinds of timeline events Debrief knows by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-event-kind"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-event-kind.h"

static const struct {
  const char *name;
  const char *label;
} kinds[DEBRIEF_N_BUILTIN_EVENT_KINDS] = {
  { "chat", N_("Chat message") },
  { "log", N_("Log line") },
  { "alert", N_("Alert") },
  { "deploy", N_("Deploy") },
  { "action", N_("Action") },
  { "observation", N_("Observation") },
  { "decision", N_("Decision") },
  { "metric", N_("Metric") },
  { "note", N_("Note") },
};

const char *
debrief_event_kind_get_name (DebriefEventKind kind)
{
  g_return_val_if_fail (kind < DEBRIEF_N_BUILTIN_EVENT_KINDS, NULL);
  return kinds[kind].name;
}

const char *
debrief_event_kind_get_label (DebriefEventKind kind)
{
  g_return_val_if_fail (kind < DEBRIEF_N_BUILTIN_EVENT_KINDS, NULL);
  return _(kinds[kind].label);
}

gboolean
debrief_event_kind_from_name (const char       *name,
                              DebriefEventKind *out_kind)
{
  for (guint i = 0; i < DEBRIEF_N_BUILTIN_EVENT_KINDS; i++)
    if (g_strcmp0 (name, kinds[i].name) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}
