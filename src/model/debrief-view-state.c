/* debrief-view-state.c — how the review was being looked at, saved with it
 *
 * The side-by-side comparison a facilitator set up (which perspectives, in
 * which order, the pinned reference, split by kind, the evidence lanes hidden
 * while comparing) and the "known at time T" playhead are part of preparing a
 * review, so they are saved in its file (the top-level "view" object) and
 * come back on opening. They are not undo steps — moving the playhead is
 * not an edit — but changing them marks the review modified, like any
 * change outside the history.
 *
 * Ids here are advice, not references: a perspective or lane that no longer
 * exists is skipped when shown, and kept, so nothing is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-view-state"

#include "config.h"

#include "debrief-time.h"
#include "debrief-view-state.h"

struct _DebriefViewState
{
  DebriefItem   parent_instance;

  char        **perspectives;
  char         *pinned;
  gboolean      split_kinds;
  char        **hidden_lanes;
  gint64        playhead;
};

G_DEFINE_FINAL_TYPE (DebriefViewState, debrief_view_state, DEBRIEF_TYPE_ITEM)

enum {
  PROP_0,
  PROP_PERSPECTIVES,
  PROP_PINNED,
  PROP_SPLIT_KINDS,
  PROP_HIDDEN_LANES,
  PROP_PLAYHEAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
debrief_view_state_finalize (GObject *object)
{
  DebriefViewState *self = DEBRIEF_VIEW_STATE (object);

  g_clear_pointer (&self->perspectives, g_strfreev);
  g_clear_pointer (&self->pinned, g_free);
  g_clear_pointer (&self->hidden_lanes, g_strfreev);

  G_OBJECT_CLASS (debrief_view_state_parent_class)->finalize (object);
}

static void
debrief_view_state_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DebriefViewState *self = DEBRIEF_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_PERSPECTIVES: g_value_set_boxed (value, self->perspectives); break;
    case PROP_PINNED: g_value_set_string (value, self->pinned); break;
    case PROP_SPLIT_KINDS: g_value_set_boolean (value, self->split_kinds); break;
    case PROP_HIDDEN_LANES: g_value_set_boxed (value, self->hidden_lanes); break;
    case PROP_PLAYHEAD: g_value_set_int64 (value, self->playhead); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_view_state_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DebriefViewState *self = DEBRIEF_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_PERSPECTIVES: debrief_view_state_set_perspectives (self, g_value_get_boxed (value)); break;
    case PROP_PINNED: debrief_view_state_set_pinned (self, g_value_get_string (value)); break;
    case PROP_SPLIT_KINDS: debrief_view_state_set_split_kinds (self, g_value_get_boolean (value)); break;
    case PROP_HIDDEN_LANES: debrief_view_state_set_hidden_lanes (self, g_value_get_boxed (value)); break;
    case PROP_PLAYHEAD: debrief_view_state_set_playhead (self, g_value_get_int64 (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_view_state_class_init (DebriefViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = debrief_view_state_finalize;
  object_class->get_property = debrief_view_state_get_property;
  object_class->set_property = debrief_view_state_set_property;

  properties[PROP_PERSPECTIVES] = g_param_spec_boxed ("perspectives", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_PINNED] = g_param_spec_string ("pinned", NULL, NULL, NULL, flags);
  properties[PROP_SPLIT_KINDS] = g_param_spec_boolean ("split-kinds", NULL, NULL, FALSE, flags);
  properties[PROP_HIDDEN_LANES] = g_param_spec_boxed ("hidden-lanes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_PLAYHEAD] = debrief_item_param_time ("playhead");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_view_state_init (DebriefViewState *self)
{
  self->playhead = DEBRIEF_TIME_NONE;
}

DebriefViewState *
debrief_view_state_new (void)
{
  return g_object_new (DEBRIEF_TYPE_VIEW_STATE, NULL);
}

/* An empty list is stored as NULL: "none" has one spelling, so saving is
 * deterministic. */
static const char * const *
none_if_empty (const char * const *strv)
{
  return strv != NULL && strv[0] != NULL ? strv : NULL;
}

const char * const *
debrief_view_state_get_perspectives (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), NULL);
  return (const char * const *) self->perspectives;
}

void
debrief_view_state_set_perspectives (DebriefViewState   *self,
                                     const char * const *ids)
{
  g_return_if_fail (DEBRIEF_IS_VIEW_STATE (self));
  debrief_item_set_strv (DEBRIEF_ITEM (self), &self->perspectives, none_if_empty (ids),
                         properties[PROP_PERSPECTIVES]);
}

const char *
debrief_view_state_get_pinned (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), NULL);
  return self->pinned;
}

void
debrief_view_state_set_pinned (DebriefViewState *self,
                               const char       *id)
{
  g_return_if_fail (DEBRIEF_IS_VIEW_STATE (self));
  debrief_item_set_string (DEBRIEF_ITEM (self), &self->pinned, id, properties[PROP_PINNED]);
}

gboolean
debrief_view_state_get_split_kinds (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), FALSE);
  return self->split_kinds;
}

void
debrief_view_state_set_split_kinds (DebriefViewState *self,
                                    gboolean          split)
{
  g_return_if_fail (DEBRIEF_IS_VIEW_STATE (self));
  debrief_item_set_boolean (DEBRIEF_ITEM (self), &self->split_kinds, !!split, properties[PROP_SPLIT_KINDS]);
}

/* Returns: (nullable): the lanes hidden while perspectives are compared
 * (evidence lanes not needed for this comparison); %NULL: none */
const char * const *
debrief_view_state_get_hidden_lanes (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), NULL);
  return (const char * const *) self->hidden_lanes;
}

void
debrief_view_state_set_hidden_lanes (DebriefViewState   *self,
                                     const char * const *lane_ids)
{
  g_return_if_fail (DEBRIEF_IS_VIEW_STATE (self));
  debrief_item_set_strv (DEBRIEF_ITEM (self), &self->hidden_lanes, none_if_empty (lane_ids),
                         properties[PROP_HIDDEN_LANES]);
}

gint64
debrief_view_state_get_playhead (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), DEBRIEF_TIME_NONE);
  return self->playhead;
}

void
debrief_view_state_set_playhead (DebriefViewState *self,
                                 gint64            playhead)
{
  g_return_if_fail (DEBRIEF_IS_VIEW_STATE (self));
  debrief_item_set_time (DEBRIEF_ITEM (self), &self->playhead, playhead, properties[PROP_PLAYHEAD]);
}

/* Nothing set and nothing unknown: the file needs no "view" member. */
gboolean
debrief_view_state_is_default (DebriefViewState *self)
{
  g_return_val_if_fail (DEBRIEF_IS_VIEW_STATE (self), TRUE);
  return self->perspectives == NULL && self->pinned == NULL && !self->split_kinds &&
         self->hidden_lanes == NULL && self->playhead == DEBRIEF_TIME_NONE &&
         debrief_item_get_unknown (DEBRIEF_ITEM (self)) == NULL;
}
