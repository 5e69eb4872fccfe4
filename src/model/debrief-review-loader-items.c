/* debrief-review-loader-items.c — perspectives, phases, notes, action items
 * and artefacts, and the references they make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-review-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "debrief-action-item.h"
#include "debrief-artefact.h"
#include "debrief-dismissed-hint.h"
#include "debrief-comparison.h"
#include "debrief-artefact-path.h"
#include "debrief-note.h"
#include "debrief-perspective.h"
#include "debrief-phase.h"
#include "debrief-review-loader-private.h"
#include "debrief-time.h"

static void
check_event_ids (Loader              *loader,
                 const DebriefReader *reader,
                 const char          *member,
                 const char * const  *ids)
{
  if (ids == NULL)
    return;
  for (guint k = 0; ids[k] != NULL; k++)
    if (debrief_event_store_lookup (loader->events, ids[k]) == DEBRIEF_EVENT_REF_NONE)
      {
        g_autofree char *element = g_strdup_printf ("%s[%u]", member, k);
        g_autofree char *quoted = debrief_quote_found (ids[k]);

        debrief_reader_fail (reader, element, _("expected the id of an event, found %s (no such event)"),
                             quoted);
      }
}

static void
check_lane_id (Loader              *loader,
               const DebriefReader *reader,
               const char          *member,
               const char          *id)
{
  if (id != NULL)
    _debrief_loader_resolve_lane (loader, reader, member, id);
}

/* Calls @read_one for each element of the root array @name, and keeps the
 * items whose ids are unique in @store. */
typedef void (*ItemCheck) (Loader              *loader,
                           const DebriefReader *reader,
                           GObject             *item);

static void
read_items (Loader                  *loader,
            JsonObject              *root,
            const char              *name,
            const DebriefFieldTable *table,
            GListStore              *store,
            ItemCheck                check)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  g_autoptr(GHashTable) seen = _debrief_loader_new_id_set ();
  JsonNode *node = _debrief_loader_root_member (root, name);
  JsonArray *array;

  if (node == NULL)
    return;
  array = debrief_reader_array (&reader, name, node);
  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DebriefReader item_reader = { loader->problems, name, i };
      g_autoptr(GObject) item = debrief_reader_read_item (&item_reader, table,
                                                          json_array_get_element (array, i), NULL);

      if (item == NULL || !_debrief_loader_claim_id (seen, &item_reader, debrief_item_get_id (DEBRIEF_ITEM (item))))
        continue;
      if (check != NULL)
        check (loader, &item_reader, item);
      g_list_store_append (store, item);
    }
}

static void
check_phase (Loader              *loader,
             const DebriefReader *reader,
             GObject             *item)
{
  DebriefPhase *phase = DEBRIEF_PHASE (item);

  _debrief_loader_check_order (reader, debrief_phase_get_start (phase), debrief_phase_get_end (phase));
  if (debrief_phase_get_kind (phase) == DEBRIEF_PHASE_KIND_PHASE &&
      debrief_phase_get_end (phase) == DEBRIEF_TIME_NONE)
    {
      /* Translators: %s is the phase kind "marker", as the file writes it. */
      g_autofree char *expected = g_strdup_printf (_("an RFC 3339 time (a phase is a span; a moment is a %s)"),
                                                   "\"marker\"");

      debrief_reader_missing (reader, "end", expected);
    }
}

static void
check_phase_id (Loader              *loader,
                const DebriefReader *reader,
                const char          *phase)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (loader->review));
  g_autofree char *quoted = NULL;

  if (phase == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefItem) item = g_list_model_get_item (phases, i);

      if (g_str_equal (debrief_item_get_id (item), phase))
        return;
    }
  quoted = debrief_quote_found (phase);
  /* Translators: %s is the id quoted from the file. */
  debrief_reader_fail (reader, "phase", _("expected the id of a phase or marker, found %s (no such phase)"),
                       quoted);
}

static void
check_note (Loader              *loader,
            const DebriefReader *reader,
            GObject             *item)
{
  DebriefNote *note = DEBRIEF_NOTE (item);
  const char *event = debrief_note_get_event (note);
  const char *entry = debrief_note_get_entry (note);

  if (event != NULL && debrief_event_store_lookup (loader->events, event) == DEBRIEF_EVENT_REF_NONE)
    {
      g_autofree char *quoted = debrief_quote_found (event);

      debrief_reader_fail (reader, "event", _("expected the id of an event, found %s (no such event)"),
                           quoted);
    }
  if (entry != NULL && !g_hash_table_contains (loader->entry_ids, entry))
    {
      g_autofree char *quoted = debrief_quote_found (entry);

      /* Translators: %s is the id quoted from the file. */
      debrief_reader_fail (reader, "entry",
                           _("expected the id of a perspective entry, found %s (no such entry)"), quoted);
    }
  check_lane_id (loader, reader, "author", debrief_note_get_author (note));
  check_phase_id (loader, reader, debrief_note_get_phase (note));
}

static void
check_action_item (Loader              *loader,
                   const DebriefReader *reader,
                   GObject             *item)
{
  check_event_ids (loader, reader, "links", debrief_action_item_get_links (DEBRIEF_ACTION_ITEM (item)));
}

static void
check_artefact (Loader              *loader,
                const DebriefReader *reader,
                GObject             *item)
{
  DebriefArtefact *artefact = DEBRIEF_ARTEFACT (item);
  const char *path = debrief_artefact_get_path (artefact);

  if (path != NULL && !debrief_artefact_path_is_safe (path))
    {
      g_autofree char *quoted = debrief_quote_found (path);

      /* Translators: %s is the path quoted from the file. */
      debrief_reader_fail (reader, "path",
                           _("expected a relative path inside the review’s folder, found %s"), quoted);
    }
  _debrief_loader_check_order (reader, debrief_artefact_get_start (artefact), debrief_artefact_get_end (artefact));
  check_lane_id (loader, reader, "lane", debrief_artefact_get_lane (artefact));
}

/* A mark compares accounts: two entries at least, each one real and named
 * once. */
static void
check_comparison (Loader              *loader,
                  const DebriefReader *reader,
                  GObject             *item)
{
  const char * const *entries = debrief_comparison_get_entries (DEBRIEF_COMPARISON (item));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint k = 0; entries != NULL && entries[k] != NULL; k++)
    {
      g_autofree char *element = g_strdup_printf ("entries[%u]", k);
      g_autofree char *quoted = debrief_quote_found (entries[k]);

      if (!g_hash_table_contains (loader->entry_ids, entries[k]))
        debrief_reader_fail (reader, element,
                             _("expected the id of a perspective entry, found %s (no such entry)"), quoted);
      else if (!g_hash_table_add (seen, (gpointer) entries[k]))
        /* Translators: %s is the id quoted from the file. */
        debrief_reader_fail (reader, element, _("expected another entry, found %s a second time"), quoted);
    }
  if (entries != NULL && g_strv_length ((char **) entries) < 2)
    debrief_reader_fail (reader, "entries", _("expected at least two perspective entries to compare, found %u"),
                         g_strv_length ((char **) entries));
}

static void
read_view_state (Loader     *loader,
                 JsonObject *root)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  JsonNode *node = _debrief_loader_root_member (root, "view");
  g_autoptr(GObject) view = NULL;
  DebriefViewState *state = debrief_review_get_view_state (loader->review);

  if (node == NULL)
    return;
  reader.base = "view";
  view = debrief_reader_read_item (&reader, &debrief_view_state_fields, node, NULL);
  if (view == NULL)
    return;
  for (guint i = 0; i < debrief_view_state_fields.n_fields; i++)
    {
      const char *property = debrief_view_state_fields.fields[i].property;
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, g_object_class_find_property (G_OBJECT_GET_CLASS (view), property)->value_type);
      g_object_get_property (view, property, &value);
      g_object_set_property (G_OBJECT (state), property, &value);
    }
  debrief_item_set_unknown (DEBRIEF_ITEM (state), debrief_item_get_unknown (DEBRIEF_ITEM (view)));
}

static void
read_entries (Loader             *loader,
              DebriefPerspective *perspective,
              const char         *base,
              JsonNode           *node)
{
  DebriefReader reader = { loader->problems, base, DEBRIEF_READER_NO_INDEX };
  g_autofree char *entries_base = g_strdup_printf ("%s.entries", base);
  JsonArray *array = debrief_reader_array (&reader, "entries", node);

  if (array == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DebriefReader entry_reader = { loader->problems, entries_base, i };
      g_autoptr(GObject) entry = debrief_reader_read_item (&entry_reader, &debrief_perspective_entry_fields,
                                                           json_array_get_element (array, i), NULL);

      if (entry == NULL ||
          !_debrief_loader_claim_id (loader->entry_ids, &entry_reader, debrief_item_get_id (DEBRIEF_ITEM (entry))))
        continue;
      _debrief_loader_check_order (&entry_reader, debrief_perspective_entry_get_start (DEBRIEF_PERSPECTIVE_ENTRY (entry)),
                   debrief_perspective_entry_get_end (DEBRIEF_PERSPECTIVE_ENTRY (entry)));
      check_event_ids (loader, &entry_reader, "links",
                       debrief_perspective_entry_get_links (DEBRIEF_PERSPECTIVE_ENTRY (entry)));
      debrief_perspective_append_entry (perspective, DEBRIEF_PERSPECTIVE_ENTRY (entry));
    }
}

static void
read_perspectives (Loader     *loader,
                   JsonObject *root)
{
  static const char * const also_known[] = { "entries", NULL };
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  g_autoptr(GHashTable) seen = _debrief_loader_new_id_set ();
  JsonNode *node = _debrief_loader_root_member (root, "perspectives");
  JsonArray *array;

  if (node == NULL || (array = debrief_reader_array (&reader, "perspectives", node)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DebriefReader item_reader = { loader->problems, "perspectives", i };
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GObject) item = debrief_reader_read_item (&item_reader, &debrief_perspective_fields,
                                                          element, also_known);
      g_autofree char *base = NULL;

      if (item == NULL || !_debrief_loader_claim_id (seen, &item_reader, debrief_item_get_id (DEBRIEF_ITEM (item))))
        continue;
      check_lane_id (loader, &item_reader, "participant",
                     debrief_perspective_get_participant (DEBRIEF_PERSPECTIVE (item)));

      base = debrief_reader_path (&item_reader, NULL);
      if (json_object_has_member (json_node_get_object (element), "entries"))
        read_entries (loader, DEBRIEF_PERSPECTIVE (item), base,
                      json_object_get_member (json_node_get_object (element), "entries"));
      g_list_store_append (debrief_review_get_perspectives (loader->review), item);
    }
}

/* Dismissals have no id: a repeat is left out (it says nothing new), and the
 * list is sorted as the review keeps it, so saving writes it in order. */
static void
read_dismissed_hints (Loader     *loader,
                      JsonObject *root)
{
  DebriefReader reader = { loader->problems, NULL, DEBRIEF_READER_NO_INDEX };
  GListStore *store = debrief_review_get_dismissed_hints (loader->review);
  JsonNode *node = _debrief_loader_root_member (root, "dismissed_hints");
  JsonArray *array;

  if (node == NULL || (array = debrief_reader_array (&reader, "dismissed_hints", node)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DebriefReader item_reader = { loader->problems, "dismissed_hints", i };
      g_autoptr(GObject) item = debrief_reader_read_item (&item_reader, &debrief_dismissed_hint_fields,
                                                          json_array_get_element (array, i), NULL);
      DebriefDismissedHint *hint = (DebriefDismissedHint *) item;
      guint position;

      if (item == NULL ||
          debrief_dismissed_hints_find (G_LIST_MODEL (store), debrief_dismissed_hint_get_where (hint),
                                        debrief_dismissed_hint_get_rule (hint),
                                        debrief_dismissed_hint_get_phrase (hint), &position))
        continue;
      g_list_store_insert (store, position, item);
    }
}

void
_debrief_loader_read_collections (Loader     *loader,
                                  JsonObject *root)
{
  read_perspectives (loader, root);
  read_items (loader, root, "phases", &debrief_phase_fields,
              debrief_review_get_phases (loader->review), check_phase);
  read_items (loader, root, "notes", &debrief_note_fields,
              debrief_review_get_notes (loader->review), check_note);
  read_items (loader, root, "action_items", &debrief_action_item_fields,
              debrief_review_get_action_items (loader->review), check_action_item);
  read_items (loader, root, "artefacts", &debrief_artefact_fields,
              debrief_review_get_artefacts (loader->review), check_artefact);
  read_dismissed_hints (loader, root);
  read_items (loader, root, "comparisons", &debrief_comparison_fields,
              debrief_review_get_comparisons (loader->review), check_comparison);
  read_view_state (loader, root);
}
