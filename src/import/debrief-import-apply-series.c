/* debrief-import-apply-series.c — imported metric series join a review
 *
 * A series goes under the lane the person mapped its name to (--map, the
 * import dialog), else under a lane whose id or name is the host or service
 * the source says it measures, else it stands alone (the timeline's Metrics
 * group). Lanes are never made for series: a chart is not an actor. A series
 * the review already has (same name, same samples) is left out, so importing
 * a file twice changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-import"

#include "config.h"

#include <string.h>

#include "debrief-edit-commands.h"
#include "debrief-import-apply-private.h"
#include "debrief-series.h"

static gboolean
review_has_series (DebriefReview             *review,
                   const DebriefImportSeries *wanted)
{
  GListModel *all = G_LIST_MODEL (debrief_review_get_series (review));

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(DebriefSeries) series = g_list_model_get_item (all, i);

      if (g_strcmp0 (debrief_series_get_name (series), wanted->name) == 0 &&
          debrief_samples_equal (debrief_series_get_samples (series), wanted->samples))
        return TRUE;
    }
  return FALSE;
}

/* Indices of the batch's series the review does not have yet. */
GArray *
_debrief_import_fresh_series (DebriefImportBatch   *batch,
                              DebriefReview        *review,
                              DebriefImportSummary *summary)
{
  GArray *fresh = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < debrief_import_batch_get_n_series (batch); i++)
    {
      if (review_has_series (review, debrief_import_batch_get_series (batch, i)))
        summary->series_duplicates++;
      else
        g_array_append_val (fresh, i);
    }
  return fresh;
}

static DebriefLane *
lane_named (DebriefReview *review,
            const char    *name)
{
  GListModel *lanes = debrief_review_get_lanes (review);
  DebriefLane *by_id;

  if (name == NULL)
    return NULL;
  if ((by_id = debrief_review_lookup_lane (review, name)) != NULL)
    return by_id;
  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);

      if (g_ascii_strcasecmp (debrief_lane_get_name (lane), name) == 0)
        return lane;  /* the review holds it */
    }
  return NULL;
}

static char *
new_series_id (DebriefReview *review,
               const char    *name)
{
  g_autofree char *base = g_ascii_strdown (name, MIN (strlen (name), 40));
  GListModel *all = G_LIST_MODEL (debrief_review_get_series (review));
  char *id = NULL;

  g_strcanon (base, "abcdefghijklmnopqrstuvwxyz0123456789-_.", '-');
  for (guint n = 1; id == NULL; n++)
    {
      gboolean taken = FALSE;

      id = n == 1 ? g_strdup_printf ("series-%s", base) : g_strdup_printf ("series-%s-%u", base, n);
      for (guint i = 0; i < g_list_model_get_n_items (all) && !taken; i++)
        {
          g_autoptr(DebriefSeries) series = g_list_model_get_item (all, i);

          taken = g_str_equal (debrief_item_get_id (DEBRIEF_ITEM (series)), id);
        }
      if (taken)
        g_clear_pointer (&id, g_free);
    }
  return id;
}

/* Pushes one insert command a series, inside the caller's history group. */
void
_debrief_import_add_series (DebriefImportBatch   *batch,
                            DebriefReview        *review,
                            DebriefHistory       *history,
                            GHashTable           *lane_map,
                            GArray               *fresh,
                            DebriefImportSummary *summary)
{
  GListStore *store = debrief_review_get_series (review);

  for (guint i = 0; i < fresh->len; i++)
    {
      const DebriefImportSeries *wanted = debrief_import_batch_get_series (batch, g_array_index (fresh, guint, i));
      const char *mapped = lane_map ? g_hash_table_lookup (lane_map, wanted->name) : NULL;
      DebriefLane *lane = mapped ? debrief_review_lookup_lane (review, mapped) : lane_named (review, wanted->lane);
      g_autofree char *id = new_series_id (review, wanted->name);
      g_autoptr(DebriefSeries) series = debrief_series_new (id, wanted->name, wanted->samples);

      debrief_series_set_unit (series, wanted->unit);
      if (lane != NULL)
        debrief_series_set_lane (series, debrief_item_get_id (DEBRIEF_ITEM (lane)));
      debrief_history_push (history, debrief_list_insert_command_new (store, G_MAXUINT, series, NULL));
      summary->series_added++;
    }
}
