/* debrief-review-loader-events.c — the events of a review, a chunk at a time
 *
 * The scan located every element of "events"; json-glib parses them a
 * chunk at a time, and each event becomes a compact event and its tree is
 * dropped the moment json-glib has built it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-review-loader-private.h"
#include "debrief-time.h"

/* Events go to json-glib in chunks so that Cancel is heard between them
 * (a chunk takes about half a second); within a chunk each event is
 * converted as soon as it is parsed. */
#define EVENTS_PER_CHUNK 65536

typedef enum {
  EVENT_ID,
  EVENT_LANE,
  EVENT_START,
  EVENT_END,
  EVENT_KIND,
  EVENT_AUTHOR,
  EVENT_TEXT,
  EVENT_SOURCE,
  EVENT_TAGS,
  EVENT_LINKS,
  EVENT_UNKNOWN,
} EventMember;

static EventMember
event_member (const char *name)
{
  switch (name[0])
    {
    case 'i': if (strcmp (name, "id") == 0) return EVENT_ID; break;
    case 'l':
      if (strcmp (name, "lane") == 0) return EVENT_LANE;
      if (strcmp (name, "links") == 0) return EVENT_LINKS;
      break;
    case 's':
      if (strcmp (name, "start") == 0) return EVENT_START;
      if (strcmp (name, "source") == 0) return EVENT_SOURCE;
      break;
    case 'e': if (strcmp (name, "end") == 0) return EVENT_END; break;
    case 'k': if (strcmp (name, "kind") == 0) return EVENT_KIND; break;
    case 'a': if (strcmp (name, "author") == 0) return EVENT_AUTHOR; break;
    case 't':
      if (strcmp (name, "text") == 0) return EVENT_TEXT;
      if (strcmp (name, "tags") == 0) return EVENT_TAGS;
      break;
    default:
      break;
    }
  return EVENT_UNKNOWN;
}

guint32
_debrief_loader_resolve_lane (Loader              *loader,
              const DebriefReader *reader,
              const char          *member,
              const char          *id)
{
  DebriefLane *lane;

  if (id == NULL)
    return DEBRIEF_LANE_KEY_NONE;
  lane = debrief_review_lookup_lane (loader->review, id);
  if (lane == NULL)
    {
      g_autofree char *quoted = debrief_quote_found (id);

      /* Translators: %s is the id quoted from the file. */
      debrief_reader_fail (reader, member, _("expected the id of a lane, found %s (no such lane)"), quoted);
      return DEBRIEF_LANE_KEY_NONE;
    }
  return debrief_lane_get_key (lane);
}

static void
read_source (Loader              *loader,
             const DebriefReader *reader,
             JsonNode            *node,
             DebriefEventSpec    *spec)
{
  JsonObject *source = debrief_reader_object (reader, "source", node);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  gint64 line;

  if (source == NULL)
    return;

  json_object_iter_init_ordered (&iter, source);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      if (g_str_equal (name, "type"))
        spec->source_type = (char *) debrief_reader_string (reader, "source.type", value);
      else if (g_str_equal (name, "ref"))
        spec->source_ref = (char *) debrief_reader_string (reader, "source.ref", value);
      else if (g_str_equal (name, "line"))
        {
          if (debrief_reader_integer (reader, "source.line", value, 1, G_MAXUINT32, &line))
            spec->source_line = (guint32) line;
        }
      else
        debrief_reader_keep_unknown (&spec->source_unknown, name, value);
    }
}

static void
read_event_member (Loader              *loader,
                   const DebriefReader *reader,
                   const char          *name,
                   JsonNode            *value,
                   DebriefEventSpec    *spec)
{
  switch (event_member (name))
    {
    case EVENT_ID: spec->id = (char *) debrief_reader_id (reader, name, value); break;
    case EVENT_LANE:
      spec->lane = _debrief_loader_resolve_lane (loader, reader, name, debrief_reader_id (reader, name, value));
      break;
    case EVENT_START: spec->start = debrief_reader_time (reader, name, value); break;
    case EVENT_END: spec->end = debrief_reader_time (reader, name, value); break;
    case EVENT_KIND: spec->kind = (char *) debrief_reader_id (reader, name, value); break;
    case EVENT_AUTHOR:
      spec->author = _debrief_loader_resolve_lane (loader, reader, name, debrief_reader_id (reader, name, value));
      break;
    case EVENT_TEXT: spec->text = (char *) debrief_reader_string (reader, name, value); break;
    case EVENT_SOURCE: read_source (loader, reader, value, spec); break;
    case EVENT_TAGS: spec->tags = debrief_reader_strv (reader, name, value); break;
    case EVENT_LINKS: spec->links = debrief_reader_strv (reader, name, value); break;
    case EVENT_UNKNOWN:
    default:
      debrief_reader_keep_unknown (&spec->unknown, name, value);
    }
}

static void
check_event (Loader              *loader,
             const DebriefReader *reader,
             JsonObject          *object,
             DebriefEventSpec    *spec)
{
  if (!json_object_has_member (object, "id"))
    debrief_reader_missing (reader, "id", _("an id (a non-empty string)"));
  if (!json_object_has_member (object, "lane"))
    debrief_reader_missing (reader, "lane", _("the id of a lane"));
  if (!json_object_has_member (object, "start"))
    debrief_reader_missing (reader, "start", _("an RFC 3339 time"));
  if (!json_object_has_member (object, "kind"))
    {
      /* Translators: two event kinds as the file writes them. */
      g_autofree char *expected = g_strdup_printf (_("a kind such as %s or %s"), "\"chat\"", "\"log\"");

      debrief_reader_missing (reader, "kind", expected);
    }
  _debrief_loader_check_order (reader, spec->start, spec->end);

  if (spec->kind != NULL && debrief_event_store_intern_kind (loader->events, spec->kind) == G_MAXUINT16)
    debrief_reader_fail (reader, "kind", _("too many different kinds in one review"));
}

/* Every element becomes a slot, even a broken one, so slot numbers stay
 * equal to element numbers and "already the id of events[3]" is right. */
static void
read_event (Loader   *loader,
            JsonNode *node,
            guint     index)
{
  DebriefReader reader = { loader->problems, "events", index };
  DebriefEventSpec spec = { 0 };
  g_autofree char *placeholder = NULL;
  DebriefEventRef duplicate_of = DEBRIEF_EVENT_REF_NONE;
  JsonObject *object = debrief_reader_object (&reader, NULL, node);

  spec.start = spec.end = DEBRIEF_TIME_NONE;
  spec.lane = spec.author = DEBRIEF_LANE_KEY_NONE;

  if (object != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &value))
        read_event_member (loader, &reader, name, value, &spec);
      check_event (loader, &reader, object, &spec);
    }

  if (spec.id == NULL)
    spec.id = placeholder = g_strdup_printf ("\x01invalid-%u", index);
  debrief_event_store_load_append (loader->events, &spec, &duplicate_of);
  if (duplicate_of != DEBRIEF_EVENT_REF_NONE && placeholder == NULL)
    {
      g_autofree char *quoted = debrief_quote_found (spec.id);

      g_autofree char *earlier = g_strdup_printf ("events[%u]", duplicate_of);

      debrief_reader_fail (&reader, "id", _("%s is already the id of %s"), quoted, earlier);
    }

  g_strfreev (spec.tags);
  g_strfreev (spec.links);
  g_clear_pointer (&spec.unknown, json_object_unref);
  g_clear_pointer (&spec.source_unknown, json_object_unref);
}

/* While json-glib parses a chunk: how deep it is, and which element of the
 * events array comes next. */
typedef struct {
  Loader *loader;
  guint   depth;
  guint   next;
} ChunkState;

static void
on_container_start (JsonParser *parser,
                    gpointer    user_data)
{
  ((ChunkState *) user_data)->depth++;
}

static void
on_container_end (JsonParser *parser,
                  gpointer    container,
                  gpointer    user_data)
{
  ((ChunkState *) user_data)->depth--;
}

/* Each event is converted and its tree dropped the moment json-glib has
 * built it. Besides keeping memory flat, this matters for speed: freeing a
 * whole chunk's tree at once makes malloc consolidate hundreds of
 * thousands of small blocks before its next large allocation, which cost
 * about a quarter of the parse time. Only elements of the events array
 * itself count (depth 1); arrays inside an event emit this signal too. */
static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index_,
                  gpointer    user_data)
{
  ChunkState *state = user_data;
  guint last;

  if (state->depth != 1)
    return;

  last = json_array_get_length (array) - 1;
  read_event (state->loader, json_array_get_element (array, last), state->next++);
  json_array_remove_element (array, last);
}

static JsonParser *
new_events_parser (ChunkState *state)
{
  JsonParser *parser = json_parser_new ();

  g_signal_connect (parser, "array-start", G_CALLBACK (on_container_start), state);
  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), state);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_container_end), state);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), state);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), state);
  return parser;
}

static gboolean
read_event_chunk (Loader      *loader,
                  JsonParser  *parser,
                  ChunkState  *state,
                  GString     *buffer,
                  guint        first,
                  guint        last,
                  GError     **error)
{
  g_autoptr(GError) parse_error = NULL;
  gsize start, end;

  debrief_json_scan_get_elements (&loader->scan, loader->data, first, last, &start, &end);
  g_string_truncate (buffer, 0);
  g_string_append_c (buffer, '[');
  g_string_append_len (buffer, loader->data + start, (gssize) (end - start));
  g_string_append_c (buffer, ']');

  state->depth = 0;
  state->next = first;

  /* The scan accepted this text; json-glib refusing it would be a bug in
   * one of the two, reported rather than hidden. */
  if (!json_parser_load_from_data (parser, buffer->str, (gssize) buffer->len, &parse_error))
    debrief_problems_add (loader->problems, "events", _("could not be read: %s"), parse_error->message);
  else
    g_assert (state->next == last + 1);

  _debrief_loader_release_pages (loader, end);
  return !g_cancellable_set_error_if_cancelled (loader->cancellable, error);
}

gboolean
_debrief_loader_read_events (Loader   *loader,
                             JsonNode *skeleton_node,
                             GError  **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GString) buffer = NULL;
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  ChunkState state = { loader, 0, 0 };
  guint n = debrief_json_scan_get_n_elements (&loader->scan);

  if (skeleton_node == NULL)
    return TRUE;
  /* The skeleton holds [] in place of a real array, or the odd value. */
  if (debrief_reader_array (&reader, "events", skeleton_node) == NULL)
    return TRUE;

  debrief_event_store_load_reserve (loader->events, n);
  parser = new_events_parser (&state);
  buffer = g_string_new (NULL);

  for (guint first = 0; first < n; first += EVENTS_PER_CHUNK)
    {
      guint last = MIN (first + EVENTS_PER_CHUNK, n) - 1;

      if (!read_event_chunk (loader, parser, &state, buffer, first, last, error))
        return FALSE;
      _debrief_loader_report_progress (loader, SCAN_SHARE + EVENTS_SHARE * (last + 1) / n);
    }
  return TRUE;
}

void
_debrief_loader_check_event_links (Loader *loader)
{
  DebriefEventStore *events = loader->events;
  guint n = debrief_json_scan_get_n_elements (&loader->scan);

  /* During a load, refs are element numbers. */
  for (DebriefEventRef ref = 0; ref < n; ref++)
    {
      const DebriefEventExtras *extras =
        debrief_event_store_get_extras (events, debrief_event_store_get (events, ref));

      if (extras == NULL || extras->links == NULL)
        continue;
      for (guint k = 0; extras->links[k] != NULL; k++)
        if (debrief_event_store_lookup (events, extras->links[k]) == DEBRIEF_EVENT_REF_NONE)
          {
            DebriefReader reader = { loader->problems, "events", ref };
            g_autofree char *member = g_strdup_printf ("links[%u]", k);
            g_autofree char *quoted = debrief_quote_found (extras->links[k]);

            /* Translators: %s is the id quoted from the file. */
            debrief_reader_fail (&reader, member, _("expected the id of an event, found %s (no such event)"),
                                 quoted);
          }
    }
}

