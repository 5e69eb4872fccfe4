/* debrief-review-loader.c — reads `.debrief` files, all or nothing
 *
 * The path of a load:
 *
 *  1. debrief_json_scan_run() checks the whole text in one pass and notes
 *     where the root members and each element of "events" lie;
 *  2. json-glib parses the document *without* its events (a "skeleton" in
 *     which the events array is replaced by []), which is small;
 *  3. json-glib parses the events 4,096 at a time straight from the file's
 *     bytes; each is turned into a compact event and its tree dropped, so
 *     the whole tree (ten times the file) never exists;
 *  4. references between items are checked, and only a review without a
 *     single problem is returned. Nothing is ever half-loaded.
 *
 * Every problem is reported as `FILE: JSON.PATH: expected X, found Y`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <sys/mman.h>

#include "debrief-review-loader-private.h"
#include "debrief-time.h"

#define MAX_LANES 10000
#define MAX_ITEMS 100000  /* perspectives, phases, notes… and any unknown array */
/* json-glib's tree costs ~150 bytes a value: this keeps it under ~300 MB. */
#define MAX_OTHER_VALUES 2000000



static const char * const root_members[] = {
  "format", "version", "title", "summary", "timezone", "facilitator", "incident",
  "lanes", "events", "perspectives", "phases", "notes", "action_items", "artefacts", "dismissed_hints",
  "series", "comparisons", "view", NULL
};

void
_debrief_loader_report_progress (Loader *loader,
                 double  fraction)
{
  if (loader->progress != NULL)
    loader->progress (CLAMP (fraction, 0.0, 1.0), loader->user_data);
}

/* The file is mapped; pages already read are handed back to the kernel so
 * a large review's bytes do not stay in the process while its model grows.
 * They remain in the page cache and come back for free if touched again. */
void
_debrief_loader_release_pages (Loader *loader,
               gsize   up_to)
{
#ifdef MADV_DONTNEED
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr start = GPOINTER_TO_SIZE (loader->data);
  guintptr aligned = (start + page - 1) / page * page;
  guintptr end = (start + up_to) / page * page;

  if (loader->release_pages && end > aligned)
    madvise (GSIZE_TO_POINTER (aligned), end - aligned, MADV_DONTNEED);
#endif
}

static void
on_scan_progress (gsize    done,
                  gsize    total,
                  gpointer user_data)
{
  Loader *loader = user_data;

  _debrief_loader_release_pages (loader, done);
  _debrief_loader_report_progress (loader, SCAN_SHARE * done / MAX (total, 1));
}

/* ---- uniqueness of ids ----------------------------------------------------- */

/* Records @id for the item at @reader; reports it if an earlier item of the
 * same collection (@seen) has it. */
gboolean
_debrief_loader_claim_id (GHashTable          *seen,
          const DebriefReader *reader,
          const char          *id)
{
  const char *earlier;

  if (id == NULL)
    return FALSE;
  earlier = g_hash_table_lookup (seen, id);
  if (earlier != NULL)
    {
      g_autofree char *quoted = debrief_quote_found (id);

      /* Translators: a quoted id, then the JSON path of the item that has
       * it already (lanes[0], kept as it is). */
      debrief_reader_fail (reader, "id", _("%s is already the id of %s"), quoted, earlier);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (id), debrief_reader_path (reader, NULL));
  return TRUE;
}

GHashTable *
_debrief_loader_new_id_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
_debrief_loader_check_order (const DebriefReader *reader,
             gint64               start,
             gint64               end)
{
  if (start != DEBRIEF_TIME_NONE && end != DEBRIEF_TIME_NONE && end < start)
    {
      g_autofree char *start_text = debrief_time_format_rfc3339 (start);
      g_autofree char *end_text = debrief_time_format_rfc3339 (end);
      g_autofree char *found = debrief_quote_found (end_text);

      /* Translators: the start and the end are RFC 3339 times from the file. */
      debrief_reader_fail (reader, "end", _("expected a time at or after the start (%s), found %s"),
                           start_text, found);
    }
}

/* ---- header and metadata ----------------------------------------------------- */

JsonNode *
_debrief_loader_root_member (JsonObject *root,
             const char *name)
{
  return json_object_get_member (root, name);
}

static gboolean
read_format (Loader     *loader,
             JsonObject *root)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  JsonNode *format = _debrief_loader_root_member (root, "format");
  JsonNode *version = _debrief_loader_root_member (root, "version");
  gint64 number = 0;

  debrief_problems_set_code (loader->problems, DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW);
  if (format == NULL)
    {
      /* Translators: %s is the member name "format", quoted from the file format. */
      debrief_problems_add (loader->problems, NULL,
                            _("this is JSON, but not a Debrief review: it has no %s member"), "\"format\"");
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (format), DEBRIEF_FORMAT_NAME))
    {
      g_autofree char *found = debrief_reader_describe (format);

      debrief_reader_fail (&reader, "format", _("expected %s, found %s"), "\"" DEBRIEF_FORMAT_NAME "\"", found);
      return FALSE;
    }

  debrief_problems_set_code (loader->problems, DEBRIEF_REVIEW_ERROR_INVALID);
  if (version == NULL)
    {
      g_autofree char *expected = g_strdup_printf (_("the format version (%d)"), DEBRIEF_FORMAT_VERSION);

      debrief_reader_missing (&reader, "version", expected);
      return FALSE;
    }
  if (!debrief_reader_integer (&reader, "version", version, 1, G_MAXINT32, &number))
    return FALSE;

  if (number > DEBRIEF_FORMAT_VERSION)
    {
      g_autofree char *reason =
        /* Translators: the file's name, then the member "version" (kept as
         * it is), the file's format version and the one this Debrief reads. */
        g_strdup_printf (_("%s: %s: written by a newer Debrief (format version %d; this one reads "
                           "version %d); opened read-only so nothing is lost"),
                         debrief_problems_get_file_label (loader->problems), "version", (int) number,
                         DEBRIEF_FORMAT_VERSION);

      debrief_review_set_read_only (loader->review, number, reason);
    }
  return TRUE;
}

static void
read_incident (Loader   *loader,
               JsonNode *node)
{
  DebriefReader reader = { loader->problems, "incident", DEBRIEF_READER_NO_INDEX };
  JsonObject *incident = debrief_reader_object (&reader, NULL, node);
  gint64 start = DEBRIEF_TIME_NONE, end = DEBRIEF_TIME_NONE;

  if (incident == NULL)
    return;
  if (json_object_has_member (incident, "start"))
    start = debrief_reader_time (&reader, "start", json_object_get_member (incident, "start"));
  if (json_object_has_member (incident, "end"))
    end = debrief_reader_time (&reader, "end", json_object_get_member (incident, "end"));
  _debrief_loader_check_order (&reader, start, end);

  debrief_review_set_incident_start (loader->review, start);
  debrief_review_set_incident_end (loader->review, end);
}

static void
read_timezone (Loader   *loader,
               JsonNode *node)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  const char *name = debrief_reader_string (&reader, "timezone", node);
  GTimeZone *zone;

  if (name == NULL)
    return;
  zone = g_time_zone_new_identifier (name);
  if (zone == NULL)
    {
      g_autofree char *found = debrief_quote_found (name);

      /* Translators: two example zone names as the file writes them, then the
       * name found. */
      debrief_reader_fail (&reader, "timezone",
                           _("expected an IANA time zone name such as %s or %s, found %s"),
                           "\"Europe/Berlin\"", "\"UTC\"", found);
      return;
    }
  g_time_zone_unref (zone);
  debrief_review_set_timezone (loader->review, name);
}

static void
read_metadata (Loader     *loader,
               JsonObject *root)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  g_autoptr(JsonObject) unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_str_equal (name, "title"))
        debrief_review_set_title (loader->review, debrief_reader_string (&reader, name, node));
      else if (g_str_equal (name, "summary"))
        debrief_review_set_summary (loader->review, debrief_reader_string (&reader, name, node));
      else if (g_str_equal (name, "facilitator"))
        debrief_review_set_facilitator (loader->review, debrief_reader_string (&reader, name, node));
      else if (g_str_equal (name, "timezone"))
        read_timezone (loader, node);
      else if (g_str_equal (name, "incident"))
        read_incident (loader, node);
      else if (!g_strv_contains (root_members, name))
        debrief_reader_keep_unknown (&unknown, name, node);
    }
  debrief_review_set_unknown (loader->review, unknown);
}

/* ---- lanes -------------------------------------------------------------------- */

static void
read_lanes (Loader   *loader,
            JsonNode *node)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  g_autoptr(GHashTable) seen = _debrief_loader_new_id_set ();
  JsonArray *array = debrief_reader_array (&reader, "lanes", node);
  guint n;

  if (array == NULL)
    return;
  n = json_array_get_length (array);
  if (n > MAX_LANES)
    {
      debrief_reader_fail (&reader, "lanes",
                           g_dngettext (GETTEXT_PACKAGE, "expected at most %'u lane, found %'u",
                                        "expected at most %'u lanes, found %'u", MAX_LANES),
                           MAX_LANES, n);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      DebriefReader item_reader = { loader->problems, "lanes", i };
      g_autoptr(GObject) lane = debrief_reader_read_item (&item_reader, &debrief_lane_fields,
                                                          json_array_get_element (array, i), NULL);

      if (lane != NULL && _debrief_loader_claim_id (seen, &item_reader, debrief_item_get_id (DEBRIEF_ITEM (lane))))
        debrief_review_append_lane (loader->review, DEBRIEF_LANE (lane));
    }
}

/* ---- the whole ---------------------------------------------------------------- */

static JsonNode *
parse_skeleton (Loader  *loader,
                JsonParser *parser)
{
  const DebriefJsonMember *events = debrief_json_scan_find (&loader->scan, "events");
  g_autoptr(GString) skeleton = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = loader->data;
  gsize length = loader->length;

  if (events != NULL && events->first_byte == '[')
    {
      skeleton = g_string_sized_new (loader->length - (events->value_end - events->value_start) + 2);
      g_string_append_len (skeleton, loader->data, (gssize) events->value_start);
      g_string_append (skeleton, "[]");
      g_string_append_len (skeleton, loader->data + events->value_end,
                           (gssize) (loader->length - events->value_end));
      text = skeleton->str;
      length = skeleton->len;
    }

  if (!json_parser_load_from_data (parser, text, (gssize) length, &error))
    {
      debrief_problems_set_code (loader->problems, DEBRIEF_REVIEW_ERROR_NOT_JSON);
      /* Translators: %s is json-glib's description of the syntax problem. */
      debrief_problems_add (loader->problems, NULL, _("could not be read: %s"), error->message);
      return NULL;
    }
  return json_parser_get_root (parser);
}

static gboolean
read_document (Loader      *loader,
               JsonObject  *root,
               GError     **error)
{
  if (!read_format (loader, root))
    return TRUE;

  read_metadata (loader, root);
  if (_debrief_loader_root_member (root, "lanes") != NULL)
    read_lanes (loader, _debrief_loader_root_member (root, "lanes"));
  if (!_debrief_loader_read_events (loader, _debrief_loader_root_member (root, "events"), error))
    return FALSE;
  _debrief_loader_check_event_links (loader);

  _debrief_loader_read_collections (loader, root);
  _debrief_loader_read_series (loader, root);
  return TRUE;
}

static gboolean
root_is_object (Loader *loader)
{
  const char *p = loader->data;

  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  if (*p == '{')
    return TRUE;

  debrief_problems_set_code (loader->problems, DEBRIEF_REVIEW_ERROR_NOT_A_REVIEW);
  debrief_problems_add (loader->problems, NULL,
                        _("expected a JSON object at the top level (a Debrief review), found %s"),
                        *p == '[' ? _("an array") : _("a single value"));
  return FALSE;
}

/* The small collections are few by nature; a file with a million of them
 * is refused from the scan's counts, before json-glib parses them. */
static gboolean
collections_are_small (Loader *loader)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < loader->scan.members->len; i++)
    {
      const DebriefJsonMember *member = &g_array_index (loader->scan.members, DebriefJsonMember, i);
      guint limit = g_str_equal (member->name, "lanes") ? MAX_LANES : MAX_ITEMS;

      if (member->first_byte != '[' || g_str_equal (member->name, "events") || member->n_elements <= limit)
        continue;
      if (g_str_equal (member->name, "lanes"))
        debrief_problems_add (loader->problems, member->name,
                              g_dngettext (GETTEXT_PACKAGE, "expected at most %'u lane, found %'u",
                                           "expected at most %'u lanes, found %'u", limit),
                              limit, member->n_elements);
      else
        debrief_problems_add (loader->problems, member->name,
                              g_dngettext (GETTEXT_PACKAGE, "expected at most %'u item, found %'u",
                                           "expected at most %'u items, found %'u", limit),
                              limit, member->n_elements);
      ok = FALSE;
    }
  /* Nested anywhere (inside a lane, an unknown member): counted whole. */
  if (loader->scan.n_other_values > MAX_OTHER_VALUES)
    {
      /* Translators: %s is the member "events", quoted from the file format. */
      debrief_problems_add (loader->problems, NULL,
                            g_dngettext (GETTEXT_PACKAGE, "expected at most %'u JSON value outside %s, found %'llu",
                                         "expected at most %'u JSON values outside %s, found %'llu",
                                         MAX_OTHER_VALUES),
                            MAX_OTHER_VALUES, "\"events\"", (unsigned long long) loader->scan.n_other_values);
      ok = FALSE;
    }
  return ok;
}

static gboolean
load (Loader  *loader,
      GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!debrief_json_scan_run (&loader->scan, loader->data, loader->length, "events", loader->problems,
                              on_scan_progress, loader, loader->cancellable, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return debrief_problems_propagate (loader->problems, error);
    }
  _debrief_loader_report_progress (loader, SCAN_SHARE);

  if (!root_is_object (loader) || !collections_are_small (loader) ||
      (root = parse_skeleton (loader, parser)) == NULL)
    return debrief_problems_propagate (loader->problems, error);

  if (!read_document (loader, json_node_get_object (root), error))
    return FALSE;
  if (!debrief_problems_propagate (loader->problems, error))
    return FALSE;

  debrief_event_store_load_finish (loader->events);
  _debrief_loader_report_progress (loader, 1.0);
  return TRUE;
}

static DebriefReview *
load_bytes (const char           *data,
            gsize                 length,
            gboolean              mapped,
            const char           *label,
            DebriefLoadProgress   progress,
            gpointer              user_data,
            GCancellable         *cancellable,
            GError              **error)
{
  g_autoptr(DebriefProblems) problems = debrief_problems_new (label);
  g_autoptr(DebriefReview) review = debrief_review_new ();
  Loader loader = { 0 };
  gboolean ok;

  /* A byte-order mark is not JSON, but editors on some systems add one. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  loader.data = data;
  loader.length = length;
  loader.problems = problems;
  loader.review = review;
  loader.events = debrief_review_get_events (review);
  loader.progress = progress;
  loader.user_data = user_data;
  loader.cancellable = cancellable;
  loader.release_pages = mapped;
  loader.entry_ids = _debrief_loader_new_id_set ();
  debrief_json_scan_init (&loader.scan);

  ok = load (&loader, error);

  debrief_json_scan_clear (&loader.scan);
  g_hash_table_unref (loader.entry_ids);
  return ok ? g_steal_pointer (&review) : NULL;
}

/**
 * debrief_review_load_data:
 * @label: how the file is named in messages ("review.debrief")
 * @progress: (nullable): called from this thread as loading goes on
 *
 * Returns: (transfer full) (nullable): the review, or %NULL with @error set
 * to every problem found, one per line.
 */
DebriefReview *
debrief_review_load_data (const char           *data,
                          gsize                 length,
                          const char           *label,
                          DebriefLoadProgress   progress,
                          gpointer              user_data,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  return load_bytes (data ? data : "", length, FALSE, label, progress, user_data, cancellable, error);
}

static gboolean
check_size (GFile       *file,
            const char  *label,
            GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      const char *why = local_error->message;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        why = _("there is no such file");
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        why = _("you do not have permission to read it");
      /* Translators: the file's name, then why (“there is no such file”). */
      g_set_error (error, local_error->domain, local_error->code, _("%s: cannot be opened: %s"), label, why);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: is a folder, not a review file"), label);
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size > DEBRIEF_MAX_FILE_SIZE)
    {
      g_autofree char *size_text = g_format_size ((guint64) size);
      g_autofree char *limit_text = g_format_size (DEBRIEF_MAX_FILE_SIZE);

      g_set_error (error, DEBRIEF_REVIEW_ERROR, DEBRIEF_REVIEW_ERROR_TOO_LARGE,
                   /* Translators: the file's name, its size and the largest size (“2.1 GB”). */
                   _("%s: the file is %s; Debrief opens review files up to %s"), label, size_text,
                   limit_text);
      return FALSE;
    }
  return TRUE;
}

/**
 * debrief_review_load_file:
 *
 * Local files are mapped rather than read into memory, and their pages
 * handed back as they are consumed (see _debrief_loader_release_pages()).
 *
 * Returns: (transfer full) (nullable): the review
 */
static DebriefReview *
fail_unreadable (const char  *label,
                 GError      *read_error,
                 GError     **error)
{
  /* Translators: the file's name, then the system's reason. */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot be read: %s"), label, read_error->message);
  g_error_free (read_error);
  return NULL;
}

/* A file with no local path (gvfs): read whole. */
static DebriefReview *
load_remote (GFile                *file,
             const char           *label,
             DebriefLoadProgress   progress,
             gpointer              user_data,
             GCancellable         *cancellable,
             GError              **error)
{
  GError *read_error = NULL;
  char *contents = NULL;
  gsize length = 0;
  DebriefReview *review;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &read_error))
    return fail_unreadable (label, read_error, error);
  review = load_bytes (contents, length, FALSE, label, progress, user_data, cancellable, error);
  g_free (contents);
  return review;
}

DebriefReview *
debrief_review_load_file (GFile                *file,
                          const char           *label,
                          DebriefLoadProgress   progress,
                          gpointer              user_data,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  GError *read_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!check_size (file, label, error))
    return NULL;

  path = g_file_get_path (file);
  if (path == NULL)
    return load_remote (file, label, progress, user_data, cancellable, error);
  mapped = g_mapped_file_new (path, FALSE, &read_error);
  if (mapped == NULL)
    return fail_unreadable (label, read_error, error);
  return load_bytes (g_mapped_file_get_contents (mapped) ? g_mapped_file_get_contents (mapped) : "",
                     g_mapped_file_get_length (mapped), TRUE, label, progress, user_data,
                     cancellable, error);
}
