/* debrief-review-saver.c — writes `.debrief` files, safely
 *
 * The text is deterministic so a review diffs and merges in git: members in
 * a fixed order, one lane / event / entry / note per line, events sorted
 * by (start, id), times in one spelling, and members this version does not
 * know written back where they were. Saving an unchanged review gives the
 * same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-saver"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "debrief-json-writer.h"
#include "debrief-problems.h"
#include "debrief-perspective.h"
#include "debrief-review-fields.h"
#include "debrief-review-saver.h"
#include "debrief-safe-file.h"
#include "debrief-series.h"
#include "debrief-time.h"

/* ---- items from their field tables -------------------------------------------- */

static void
write_field (DebriefJsonWriter  *writer,
             gboolean           *first,
             GObject            *item,
             const DebriefField *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), field->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (item, field->property, &value);

  switch (field->type)
    {
    case DEBRIEF_FIELD_STRING:
      debrief_json_writer_string_member (writer, first, field->json_name, g_value_get_string (&value));
      break;
    case DEBRIEF_FIELD_TIME:
      debrief_json_writer_time_member (writer, first, field->json_name, g_value_get_int64 (&value));
      break;
    case DEBRIEF_FIELD_BOOLEAN:
      if (g_value_get_boolean (&value))
        {
          debrief_json_writer_member (writer, first, field->json_name);
          debrief_json_writer_raw (writer, "true");
        }
      break;
    case DEBRIEF_FIELD_STRV:
      debrief_json_writer_strv_member (writer, first, field->json_name, g_value_get_boxed (&value));
      break;
    case DEBRIEF_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
        GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (&value));

        debrief_json_writer_string_member (writer, first, field->json_name, enum_value->value_nick);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Writes the members of @item without the closing brace. */
static void
write_item_members (DebriefJsonWriter       *writer,
                    const DebriefFieldTable *table,
                    GObject                 *item)
{
  gboolean first = TRUE;

  debrief_json_writer_raw (writer, "{");
  for (guint i = 0; i < table->n_fields; i++)
    write_field (writer, &first, item, &table->fields[i]);
  debrief_json_writer_unknown_members (writer, &first, debrief_item_get_unknown (DEBRIEF_ITEM (item)));
}

static void
write_item (DebriefJsonWriter       *writer,
            const DebriefFieldTable *table,
            GObject                 *item)
{
  write_item_members (writer, table, item);
  debrief_json_writer_raw (writer, "}");
}

typedef void (*WriteElement) (DebriefJsonWriter *writer,
                              gpointer           element,
                              gpointer           data);

/* `[` + one element per line at @indent + `]`, or `[]` when empty. */
static void
write_list (DebriefJsonWriter *writer,
            GListModel        *list,
            const char        *indent,
            const char        *closing_indent,
            WriteElement       write_element,
            gpointer           data)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      debrief_json_writer_raw (writer, "[]");
      return;
    }

  debrief_json_writer_raw (writer, "[\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) element = g_list_model_get_item (list, i);

      debrief_json_writer_raw (writer, indent);
      write_element (writer, element, data);
      debrief_json_writer_raw (writer, i + 1 < n ? ",\n" : "\n");
      debrief_json_writer_maybe_flush (writer);
    }
  debrief_json_writer_raw (writer, closing_indent);
  debrief_json_writer_raw (writer, "]");
}

static void
write_table_item (DebriefJsonWriter *writer,
                  gpointer           element,
                  gpointer           data)
{
  write_item (writer, data, element);
}

static void
write_perspective (DebriefJsonWriter *writer,
                   gpointer           element,
                   gpointer           data)
{
  gboolean first = FALSE;

  write_item_members (writer, &debrief_perspective_fields, element);
  debrief_json_writer_member (writer, &first, "entries");
  write_list (writer, debrief_perspective_get_entries (element), "      ", "    ",
              write_table_item, (gpointer) &debrief_perspective_entry_fields);
  debrief_json_writer_raw (writer, "}");
}

/* ---- series -------------------------------------------------------------------- */

/* Points one to a line, `[µs, value]`, a gap as null: a sample changed by
 * hand is a one-line diff, and integers keep every microsecond. */
static void
write_points (DebriefJsonWriter *writer,
              DebriefSamples    *samples)
{
  const gint64 *times = debrief_samples_peek_times (samples);
  const double *values = debrief_samples_peek_values (samples);
  guint n = debrief_samples_get_n (samples);

  if (n == 0)
    {
      debrief_json_writer_raw (writer, "[]");
      return;
    }
  debrief_json_writer_raw (writer, "[\n");
  for (guint i = 0; i < n; i++)
    {
      debrief_json_writer_raw (writer, "      [");
      debrief_json_writer_integer (writer, times[i]);
      debrief_json_writer_raw (writer, ", ");
      if (isnan (values[i]))
        debrief_json_writer_raw (writer, "null");
      else
        debrief_json_writer_number (writer, values[i]);
      debrief_json_writer_raw (writer, i + 1 < n ? "],\n" : "]\n");
      if (i % 4096 == 4095)
        debrief_json_writer_maybe_flush (writer);
    }
  debrief_json_writer_raw (writer, "    ]");
}

static void
write_series (DebriefJsonWriter *writer,
              gpointer           element,
              gpointer           data)
{
  DebriefSeries *series = element;
  gboolean first = FALSE;

  write_item_members (writer, &debrief_series_fields, element);
  if (debrief_series_get_has_threshold (series))
    {
      debrief_json_writer_member (writer, &first, "threshold");
      debrief_json_writer_number (writer, debrief_series_get_threshold (series));
    }
  debrief_json_writer_member (writer, &first, "points");
  write_points (writer, debrief_series_get_samples (series));
  debrief_json_writer_raw (writer, "}");
}

/* ---- events ------------------------------------------------------------------- */

static const char *
lane_id (DebriefReview *review,
         guint32        key)
{
  DebriefLane *lane = debrief_review_get_lane_by_key (review, key);

  return lane ? debrief_item_get_id (DEBRIEF_ITEM (lane)) : NULL;
}

static void
write_source (DebriefJsonWriter        *writer,
              gboolean                 *first,
              const DebriefEvent       *event,
              const DebriefEventSource *source,
              const DebriefEventExtras *extras)
{
  gboolean first_in_source = TRUE;
  JsonObject *unknown = extras ? extras->source_unknown : NULL;

  if (source == NULL && event->source_line == 0 && unknown == NULL)
    return;

  debrief_json_writer_member (writer, first, "source");
  debrief_json_writer_raw (writer, "{");
  if (source != NULL)
    {
      debrief_json_writer_string_member (writer, &first_in_source, "type", source->type);
      debrief_json_writer_string_member (writer, &first_in_source, "ref", source->ref);
    }
  if (event->source_line != 0)
    {
      debrief_json_writer_member (writer, &first_in_source, "line");
      debrief_json_writer_integer (writer, event->source_line);
    }
  debrief_json_writer_unknown_members (writer, &first_in_source, unknown);
  debrief_json_writer_raw (writer, "}");
}

static void
write_event (DebriefJsonWriter *writer,
             DebriefReview     *review,
             DebriefEventRef    ref)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  const DebriefEvent *event = debrief_event_store_get (events, ref);
  const DebriefEventExtras *extras = debrief_event_store_get_extras (events, event);
  gboolean first = TRUE;

  debrief_json_writer_raw (writer, "{");
  debrief_json_writer_string_member (writer, &first, "id", event->id);
  debrief_json_writer_string_member (writer, &first, "lane", lane_id (review, event->lane));
  debrief_json_writer_time_member (writer, &first, "start", event->start);
  debrief_json_writer_time_member (writer, &first, "end", event->end);
  debrief_json_writer_string_member (writer, &first, "kind",
                                     debrief_event_store_get_kind_name (events, event->kind));
  if (event->author != DEBRIEF_LANE_KEY_NONE)
    debrief_json_writer_string_member (writer, &first, "author", lane_id (review, event->author));
  debrief_json_writer_string_member (writer, &first, "text", event->text);
  write_source (writer, &first, event, debrief_event_store_get_source (events, event), extras);
  if (extras != NULL)
    {
      debrief_json_writer_strv_member (writer, &first, "tags", extras->tags);
      debrief_json_writer_strv_member (writer, &first, "links", extras->links);
      debrief_json_writer_unknown_members (writer, &first, extras->unknown);
    }
  debrief_json_writer_raw (writer, "}");
}

static void
write_events (DebriefJsonWriter *writer,
              DebriefReview     *review)
{
  DebriefEventStore *events = debrief_review_get_events (review);
  guint n = debrief_event_store_get_n_events (events);

  if (n == 0)
    {
      debrief_json_writer_raw (writer, "[]");
      return;
    }

  debrief_json_writer_raw (writer, "[\n");
  for (guint i = 0; i < n; i++)
    {
      debrief_json_writer_raw (writer, "    ");
      write_event (writer, review, debrief_event_store_get_nth (events, i));
      debrief_json_writer_raw (writer, i + 1 < n ? ",\n" : "\n");
      debrief_json_writer_maybe_flush (writer);
    }
  debrief_json_writer_raw (writer, "  ]");
}

/* ---- the document --------------------------------------------------------------- */

static void
begin_member (DebriefJsonWriter *writer,
              gboolean          *first,
              const char        *name)
{
  debrief_json_writer_raw (writer, *first ? "  " : ",\n  ");
  *first = FALSE;
  debrief_json_writer_string (writer, name);
  debrief_json_writer_raw (writer, ": ");
}

static void
write_optional_string (DebriefJsonWriter *writer,
                       gboolean          *first,
                       const char        *name,
                       const char        *value)
{
  if (value == NULL)
    return;
  begin_member (writer, first, name);
  debrief_json_writer_string (writer, value);
}

static void
write_metadata (DebriefJsonWriter *writer,
                gboolean          *first,
                DebriefReview     *review)
{
  gint64 start = debrief_review_get_incident_start (review);
  gint64 end = debrief_review_get_incident_end (review);

  begin_member (writer, first, "format");
  debrief_json_writer_string (writer, DEBRIEF_FORMAT_NAME);
  begin_member (writer, first, "version");
  debrief_json_writer_integer (writer, DEBRIEF_FORMAT_VERSION);
  write_optional_string (writer, first, "title", debrief_review_get_title (review));
  write_optional_string (writer, first, "summary", debrief_review_get_summary (review));
  write_optional_string (writer, first, "timezone", debrief_review_get_timezone (review));
  write_optional_string (writer, first, "facilitator", debrief_review_get_facilitator (review));

  if (start != DEBRIEF_TIME_NONE || end != DEBRIEF_TIME_NONE)
    {
      gboolean first_in_incident = TRUE;

      begin_member (writer, first, "incident");
      debrief_json_writer_raw (writer, "{");
      debrief_json_writer_time_member (writer, &first_in_incident, "start", start);
      debrief_json_writer_time_member (writer, &first_in_incident, "end", end);
      debrief_json_writer_raw (writer, "}");
    }
}

static void
write_collection (DebriefJsonWriter       *writer,
                  gboolean                *first,
                  const char              *name,
                  GListModel              *list,
                  const DebriefFieldTable *table)
{
  begin_member (writer, first, name);
  write_list (writer, list, "    ", "  ", write_table_item, (gpointer) table);
}

/* Newer than the other collections: written only when there is something
 * to say, so reviews that never used them keep their bytes. */
static void
write_comparisons_and_view (DebriefJsonWriter *writer,
                            gboolean          *first,
                            DebriefReview     *review)
{
  GListModel *comparisons = G_LIST_MODEL (debrief_review_get_comparisons (review));
  DebriefViewState *view = debrief_review_get_view_state (review);

  if (g_list_model_get_n_items (comparisons) > 0)
    write_collection (writer, first, "comparisons", comparisons, &debrief_comparison_fields);
  if (!debrief_view_state_is_default (view))
    {
      begin_member (writer, first, "view");
      write_item (writer, &debrief_view_state_fields, G_OBJECT (view));
    }
}

static void
write_document (DebriefJsonWriter *writer,
                DebriefReview     *review)
{
  JsonObject *unknown = debrief_review_get_unknown (review);
  gboolean first = TRUE;

  debrief_json_writer_raw (writer, "{\n");
  write_metadata (writer, &first, review);
  write_collection (writer, &first, "lanes", debrief_review_get_lanes (review), &debrief_lane_fields);
  begin_member (writer, &first, "events");
  write_events (writer, review);
  begin_member (writer, &first, "perspectives");
  write_list (writer, G_LIST_MODEL (debrief_review_get_perspectives (review)), "    ", "  ",
              write_perspective, NULL);
  write_collection (writer, &first, "phases", G_LIST_MODEL (debrief_review_get_phases (review)),
                    &debrief_phase_fields);
  write_collection (writer, &first, "notes", G_LIST_MODEL (debrief_review_get_notes (review)),
                    &debrief_note_fields);
  write_collection (writer, &first, "action_items",
                    G_LIST_MODEL (debrief_review_get_action_items (review)), &debrief_action_item_fields);
  write_collection (writer, &first, "artefacts", G_LIST_MODEL (debrief_review_get_artefacts (review)),
                    &debrief_artefact_fields);
  /* Only when there are some: a review without charts saves the bytes it
   * saved before series existed. */
  if (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_series (review))) > 0)
    {
      begin_member (writer, &first, "series");
      write_list (writer, G_LIST_MODEL (debrief_review_get_series (review)), "    ", "  ", write_series, NULL);
    }
  /* Only when there are any: files without dismissals keep their bytes. */
  if (g_list_model_get_n_items (G_LIST_MODEL (debrief_review_get_dismissed_hints (review))) > 0)
    write_collection (writer, &first, "dismissed_hints",
                      G_LIST_MODEL (debrief_review_get_dismissed_hints (review)), &debrief_dismissed_hint_fields);
  write_comparisons_and_view (writer, &first, review);

  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          begin_member (writer, &first, name);
          debrief_json_writer_node (writer, value);
        }
    }
  debrief_json_writer_raw (writer, "\n}\n");
}

/**
 * debrief_review_write:
 *
 * Streams the review as JSON text to @stream.
 */
gboolean
debrief_review_write (DebriefReview  *review,
                      GOutputStream  *stream,
                      GCancellable   *cancellable,
                      GError        **error)
{
  DebriefJsonWriter writer;
  gboolean ok;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  debrief_json_writer_init (&writer, stream, cancellable);
  write_document (&writer, review);
  ok = debrief_json_writer_finish (&writer, error);
  debrief_json_writer_clear (&writer);
  return ok;
}

/* The whole text in memory: for tests, the clipboard, small reviews. */
char *
debrief_review_to_string (DebriefReview *review)
{
  DebriefJsonWriter writer;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), NULL);

  debrief_json_writer_init (&writer, NULL, NULL);
  write_document (&writer, review);
  return debrief_json_writer_steal (&writer);
}

static gboolean
write_review (GOutputStream  *stream,
              gpointer        user_data,
              GCancellable   *cancellable,
              GError        **error)
{
  return debrief_review_write (DEBRIEF_REVIEW (user_data), stream, cancellable, error);
}

/**
 * debrief_review_save_file:
 *
 * Saves atomically and keeps the previous version as `FILE~`. A review
 * from a newer Debrief (read-only) is refused: saving would drop what this
 * version does not understand.
 */
gboolean
debrief_review_save_file (DebriefReview  *review,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (DEBRIEF_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  label = g_file_get_basename (file);
  if (debrief_review_get_read_only (review))
    {
      g_set_error (error, DEBRIEF_REVIEW_ERROR, DEBRIEF_REVIEW_ERROR_SAVE,
                   /* Translators: the file's name, then why it is read-only. */
                   _("%s: not saved: %s"), label, debrief_review_get_read_only_reason (review));
      return FALSE;
    }

  return debrief_safe_file_replace (file, label, DEBRIEF_SAFE_FILE_KEEP_BACKUP,
                                    write_review, review, cancellable, error);
}
