/* debrief-item.h — the base of every small model object: an id, and the
 * JSON members Debrief does not know, kept so they survive a save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DEBRIEF_TYPE_ITEM (debrief_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (DebriefItem, debrief_item, DEBRIEF, ITEM, GObject)

struct _DebriefItemClass
{
  GObjectClass parent_class;
};

const char *debrief_item_get_id      (DebriefItem *self);
void        debrief_item_set_id      (DebriefItem *self,
                                      const char  *id);
JsonObject *debrief_item_get_unknown (DebriefItem *self);
void        debrief_item_set_unknown (DebriefItem *self,
                                      JsonObject  *unknown);

/* Helpers for subclasses: set a field and notify only on change. */
gboolean    debrief_item_set_string  (DebriefItem  *self,
                                      char        **field,
                                      const char   *value,
                                      GParamSpec   *pspec);
gboolean    debrief_item_set_time    (DebriefItem  *self,
                                      gint64       *field,
                                      gint64        value,
                                      GParamSpec   *pspec);
gboolean    debrief_item_set_boolean (DebriefItem  *self,
                                      gboolean     *field,
                                      gboolean      value,
                                      GParamSpec   *pspec);
gboolean    debrief_item_set_strv    (DebriefItem  *self,
                                      char       ***field,
                                      const char * const *value,
                                      GParamSpec   *pspec);
gboolean    debrief_item_set_enum    (DebriefItem  *self,
                                      int          *field,
                                      int           value,
                                      GParamSpec   *pspec);

GParamSpec *debrief_item_param_time  (const char   *name);

G_END_DECLS
