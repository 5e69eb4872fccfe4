/* debrief-id-index.c — a compact string → event map (4 bytes a slot)
 *
 * Open addressing with linear probing over event refs; the key string is read
 * back from the event itself, so the table stores no keys and no hashes. At
 * most half full, a lookup compares one or two strings on average. A GHashTable
 * would cost about 24 bytes an event; this costs 8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-id-index"

#include "config.h"

#include <string.h>

#include "debrief-id-index.h"

#define INITIAL_SIZE 64

void
debrief_id_index_init (DebriefIdIndex      *index,
                       DebriefIdIndexGetId  get_id,
                       gconstpointer        owner)
{
  index->mask = INITIAL_SIZE - 1;
  index->slots = g_new (guint32, INITIAL_SIZE);
  memset (index->slots, 0xff, INITIAL_SIZE * sizeof (guint32));
  index->n_used = 0;
  index->get_id = get_id;
  index->owner = owner;
}

void
debrief_id_index_clear (DebriefIdIndex *index)
{
  g_clear_pointer (&index->slots, g_free);
  index->mask = 0;
  index->n_used = 0;
}

static guint32
find_slot (const DebriefIdIndex *index,
           const char           *id)
{
  guint32 i = g_str_hash (id) & index->mask;

  while (index->slots[i] != DEBRIEF_ID_INDEX_EMPTY &&
         strcmp (index->get_id (index->owner, index->slots[i]), id) != 0)
    i = (i + 1) & index->mask;

  return i;
}

guint32
debrief_id_index_lookup (const DebriefIdIndex *index,
                         const char           *id)
{
  return index->slots[find_slot (index, id)];
}

static void
grow (DebriefIdIndex *index)
{
  guint32 *old_slots = index->slots;
  guint32 old_size = index->mask + 1;
  guint32 new_size = old_size * 2;

  index->slots = g_new (guint32, new_size);
  memset (index->slots, 0xff, new_size * sizeof (guint32));
  index->mask = new_size - 1;

  for (guint32 i = 0; i < old_size; i++)
    if (old_slots[i] != DEBRIEF_ID_INDEX_EMPTY)
      {
        const char *id = index->get_id (index->owner, old_slots[i]);

        index->slots[find_slot (index, id)] = old_slots[i];
      }

  g_free (old_slots);
}

/* Maps the ref's id to the ref, replacing whatever held that id before. */
void
debrief_id_index_insert (DebriefIdIndex *index,
                         guint32         ref)
{
  guint32 slot;

  if ((index->n_used + 1) * 2 > index->mask + 1)
    grow (index);

  slot = find_slot (index, index->get_id (index->owner, ref));
  if (index->slots[slot] == DEBRIEF_ID_INDEX_EMPTY)
    index->n_used++;
  index->slots[slot] = ref;
}

gsize
debrief_id_index_get_memory_size (const DebriefIdIndex *index)
{
  return (gsize) (index->mask + 1) * sizeof (guint32);
}
