/* debrief-id-index.h — a compact string → event map (4 bytes a slot)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef const char *(*DebriefIdIndexGetId) (gconstpointer owner,
                                            guint32       ref);

typedef struct {
  guint32             *slots;
  guint32              mask;
  guint32              n_used;
  DebriefIdIndexGetId  get_id;
  gconstpointer        owner;
} DebriefIdIndex;

#define DEBRIEF_ID_INDEX_EMPTY G_MAXUINT32

void    debrief_id_index_init   (DebriefIdIndex      *index,
                                 DebriefIdIndexGetId  get_id,
                                 gconstpointer        owner);
void    debrief_id_index_clear  (DebriefIdIndex      *index);
guint32 debrief_id_index_lookup (const DebriefIdIndex *index,
                                 const char          *id);
void    debrief_id_index_insert (DebriefIdIndex      *index,
                                 guint32              ref);
gsize   debrief_id_index_get_memory_size (const DebriefIdIndex *index);

G_END_DECLS
