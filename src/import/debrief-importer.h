/* debrief-importer.h — one interface for every chat and log format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-import-batch.h"

G_BEGIN_DECLS

/* Called on the reading thread while one source is read: @fraction of it
 * (0..1) is done. Readers call it for every record; it throttles itself. */
typedef void (*DebriefImportProgressFunc) (double   fraction,
                                           gpointer user_data);

/* What the source itself may not say, and what to keep. */
typedef struct {
  GTimeZone    *zone;       /* for times written without an offset; NULL: UTC */
  gint64        from;       /* keep records from here (DEBRIEF_TIME_NONE: open) */
  gint64        to;         /* … to here, inclusive */
  /* For formats that leave part of the date out (RFC 3164 syslog has no
   * year, chat logs often no date): what the person said, or 0 / no day. */
  int           year;       /* 0: not given */
  int           month;      /* with day: the date of a log that has none; 0: not given */
  int           day;
  /* For formats whose times only count from the start of a recording
   * (Chrome traces): the instant it started; DEBRIEF_TIME_NONE: not given. */
  gint64        anchor;
  /* For chat exports with channels (Slack): the names to read; NULL: all. */
  const char * const *channels;
  /* For tables (CSV): "time=When", "text=Body" … the columns that hold the
   * time, lane, kind and text when their headers do not say; NULL: guessed. */
  const char * const *columns;
  GCancellable *cancellable;
  DebriefImportProgressFunc progress;  /* NULL: nobody is watching */
  gpointer      progress_data;
} DebriefImportOptions;

typedef struct {
  const char *name;    /* for --format: "jsonl" */
  const char *label;   /* for people: "JSON lines log" (translatable, N_) */
  /* 0 (not this format) .. 100 (certainly), from the name and the first
   * bytes of the source. A folder has no bytes (@head_len is 0): a format
   * read from folders looks inside it. */
  guint    (*sniff)  (GFile                      *source,
                      const char                 *head,
                      gsize                       head_len);
  gboolean (*read)   (GFile                      *source,
                      const DebriefImportOptions *options,
                      DebriefImportBatch         *batch,
                      GError                    **error);
} DebriefImporter;

#define DEBRIEF_IMPORT_ERROR (debrief_import_error_quark ())

typedef enum {
  DEBRIEF_IMPORT_ERROR_UNKNOWN_FORMAT,
  DEBRIEF_IMPORT_ERROR_UNREADABLE,
  DEBRIEF_IMPORT_ERROR_NOTHING,
  DEBRIEF_IMPORT_ERROR_REFUSED,    /* hostile input: a zip bomb, a path leaving the source */
  DEBRIEF_IMPORT_ERROR_NEEDS_DATE, /* the source leaves out its date and none was given */
  DEBRIEF_IMPORT_ERROR_BAD_OPTION, /* an option the format cannot use: a CSV column it lacks */
} DebriefImportError;

GQuark                         debrief_import_error_quark (void);
const DebriefImporter * const *debrief_importers_list     (void);
const DebriefImporter         *debrief_importer_lookup    (const char                 *name);
const DebriefImporter         *debrief_importer_detect    (GFile                      *source,
                                                           GError                    **error);
void                           debrief_import_options_init (DebriefImportOptions      *options);
GMappedFile                   *debrief_import_map_file     (GFile                      *source,
                                                           GError                    **error);
const char                    *debrief_import_mapped_text  (GMappedFile                *mapped);
gboolean                       debrief_import_options_keeps (const DebriefImportOptions *options,
                                                            gint64                     time);
gboolean                       debrief_import_options_go_on (const DebriefImportOptions *options,
                                                            gsize                      done,
                                                            gsize                      total);
gboolean                       debrief_import_options_set_date (DebriefImportOptions  *options,
                                                               const char            *text);

/* The formats, one file each. */
extern const DebriefImporter debrief_importer_jsonl;
extern const DebriefImporter debrief_importer_syslog;
extern const DebriefImporter debrief_importer_irc;
extern const DebriefImporter debrief_importer_slack;
extern const DebriefImporter debrief_importer_mattermost;
extern const DebriefImporter debrief_importer_discord;
extern const DebriefImporter debrief_importer_teams;
extern const DebriefImporter debrief_importer_csv;
extern const DebriefImporter debrief_importer_chrome_trace;
extern const DebriefImporter debrief_importer_journal_export;
/* Metric series, not events (debrief-import-metrics-*.c). */
extern const DebriefImporter debrief_importer_metrics_csv;
extern const DebriefImporter debrief_importer_prometheus;
extern const DebriefImporter debrief_importer_graphite;

G_END_DECLS
