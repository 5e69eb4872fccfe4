/* debrief-import-slack-private.h — the parts of the Slack importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "debrief-import-json.h"

#include "debrief-importer.h"

G_BEGIN_DECLS

/* What a zip may hold before it is refused as a bomb. A variable so the
 * tests can try them on small archives. */
typedef struct {
  guint64 max_total;    /* uncompressed bytes read from all entries */
  guint64 ratio_from;   /* an entry this large or larger … */
  guint64 max_ratio;    /* … may expand at most this many times */
} DebriefSlackLimits;

extern DebriefSlackLimits _debrief_slack_limits;

/* An export: a folder, or the zip Slack hands out. */
typedef struct _DebriefSlackExport DebriefSlackExport;

typedef void (*DebriefSlackDayFunc) (const char *channel,
                                     const char *day,
                                     GBytes     *contents,
                                     gpointer    user_data);

DebriefSlackExport *_debrief_slack_export_open       (GFile               *source,
                                                      GError             **error);
void                _debrief_slack_export_free       (DebriefSlackExport  *self);
GBytes             *_debrief_slack_export_load       (DebriefSlackExport  *self,
                                                      const char          *name,
                                                      GError             **error);
gboolean            _debrief_slack_export_foreach_day (DebriefSlackExport *self,
                                                      const DebriefImportOptions *options,
                                                      DebriefSlackDayFunc  func,
                                                      gpointer             user_data,
                                                      GError             **error);
gboolean            _debrief_slack_is_day_file       (const char          *name);
gboolean            _debrief_slack_is_zip            (const char          *head,
                                                      gsize                head_len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebriefSlackExport, _debrief_slack_export_free)

/* The reading: users and channels (debrief-import-slack.c), messages
 * (debrief-import-slack-messages.c). */
typedef struct {
  char  *name;
  char  *tz;
  guint  lane;   /* in the batch; G_MAXUINT until a message needs it */
} SlackUser;

typedef struct {
  gint64      time;
  char       *ts;
  char       *user;        /* Slack id, or NULL for bots without one */
  char       *text;
  char       *parent_ts;   /* thread_ts of a reply */
  const char *kind;
  guint       lane;
  gboolean    edited;
  gboolean    file;
  gboolean    seen;        /* the message itself was read, not only an edit of it */
} SlackMessage;

typedef struct {
  char       *name;
  GHashTable *messages;    /* ts → SlackMessage* */
} SlackChannel;

typedef struct {
  const DebriefImportOptions *options;
  DebriefImportBatch         *batch;
  JsonParser                 *parser;
  GHashTable                 *users;          /* id → SlackUser* */
  GHashTable                 *user_names;     /* id → name (borrowed) */
  GHashTable                 *channel_names;  /* id → name */
  GHashTable                 *channels;       /* name → SlackChannel*, the chosen ones */
  GPtrArray                  *channel_order;  /* SlackChannel*, as channels.json lists them */
  gboolean                    no_users;
} SlackReader;

JsonArray          *_debrief_slack_parse_array       (SlackReader         *reader,
                                                      GBytes              *bytes,
                                                      const char          *where);
void                _debrief_slack_message_free      (gpointer             data);
void                _debrief_slack_read_day          (const char          *channel,
                                                      const char          *day,
                                                      GBytes              *contents,
                                                      gpointer             user_data);
void                _debrief_slack_emit              (SlackReader         *reader);

/* Text */
gboolean            _debrief_slack_parse_ts          (const char          *ts,
                                                      gint64              *out);
char               *_debrief_slack_render_text       (const char          *mrkdwn,
                                                      GHashTable          *user_names,
                                                      GHashTable          *channel_names);

G_END_DECLS
