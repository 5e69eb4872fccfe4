/* debrief-timeline-view-series.c — what the pointer says about a chart
 *
 * The tooltip of a chart row gives the series' value nearest the pointer,
 * when it was sampled (in the display and in UTC), and — where the pixel
 * column holds many samples — the range of values that column stands for,
 * so a spike hidden inside a column is still told in words. An image's
 * marker tells its title, time and file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-chart-columns.h"
#include "debrief-timeline-view-private.h"

char *
_debrief_timeline_view_describe_series (DebriefTimelineView      *self,
                                        const DebriefTimelineHit *hit)
{
  DebriefSeries *series = hit->series;
  DebriefSamples *samples = debrief_series_get_samples (series);
  const char *unit = debrief_series_get_unit (series);
  g_autofree char *name = g_markup_escape_text (debrief_series_get_name (series), -1);
  GString *out = g_string_new (NULL);
  DebriefTimelineFrame frame;

  g_string_append_printf (out, "<b>%s</b>", name);
  if (hit->sample == G_MAXUINT || hit->sample >= debrief_samples_get_n (samples))
    {
      g_string_append_printf (out, "\n%s", _("No value here"));
      return g_string_free (out, FALSE);
    }

  _debrief_timeline_view_make_frame (self, &frame);
  {
    gint64 time = debrief_samples_peek_times (samples)[hit->sample];
    g_autofree char *value = debrief_chart_format_value (debrief_samples_peek_values (samples)[hit->sample], unit);
    g_autofree char *when = debrief_time_context_format (&frame.time, time, TRUE);
    g_autofree char *utc = debrief_time_context_format_utc (time);
    g_autofree char *value_e = g_markup_escape_text (value, -1);

    g_string_append_printf (out, "\n%s\n%s\n<small>%s</small>", value_e, when, utc);
  }
  if (hit->cluster_count > 1 && hit->value_min <= hit->value_max)
    {
      g_autofree char *low = debrief_chart_format_value (hit->value_min, unit);
      g_autofree char *high = debrief_chart_format_value (hit->value_max, unit);
      g_autofree char *range = g_strdup_printf (ngettext ("%s – %s over %u sample in this pixel",
                                                          "%s – %s over %u samples in this pixel",
                                                          hit->cluster_count),
                                                low, high, hit->cluster_count);
      g_autofree char *range_e = g_markup_escape_text (range, -1);

      g_string_append_printf (out, "\n<small>%s</small>", range_e);
    }
  if (debrief_series_get_has_threshold (series))
    {
      g_autofree char *threshold = debrief_chart_format_value (debrief_series_get_threshold (series), unit);
      g_autofree char *line = g_strdup_printf (_("Threshold %s"), threshold);
      g_autofree char *line_e = g_markup_escape_text (line, -1);

      g_string_append_printf (out, "\n<small>%s</small>", line_e);
    }
  return g_string_free (out, FALSE);
}

/* An image's title, when it was attached for, and where it is kept. */
char *
_debrief_timeline_view_describe_artefact (DebriefTimelineView *self,
                                          DebriefArtefact     *artefact)
{
  const char *title = debrief_artefact_get_title (artefact);
  g_autofree char *title_e = g_markup_escape_text (title ? title : _("Image"), -1);
  g_autofree char *path_e = g_markup_escape_text (debrief_artefact_get_path (artefact), -1);
  g_autofree char *when = NULL, *why_e = NULL;
  const char *missing = debrief_thumbnail_cache_get_reason (self->thumbnails, debrief_artefact_get_path (artefact));
  DebriefTimelineFrame frame;

  _debrief_timeline_view_make_frame (self, &frame);
  when = debrief_time_context_format (&frame.time, debrief_artefact_get_start (artefact), TRUE);
  /* The crossed-out marker says "missing"; the tooltip says why. */
  if (missing != NULL)
    why_e = g_markup_printf_escaped ("\n<small>%s</small>", missing);
  return g_strdup_printf ("<b>%s</b>\n%s\n<small>%s</small>%s\n<small>%s</small>", title_e, when, path_e,
                          why_e ? why_e : "", _("Click to open it large"));
}
