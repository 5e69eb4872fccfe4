/* debrief-importer.h — one interface for every chat and log format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "debrief-import-batch.h"

G_BEGIN_DECLS

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
  /* For chat exports with channels (Slack): the names to read; NULL: all. */
  const char * const *channels;
  GCancellable *cancellable;
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

/* The formats, one file each. */
extern const DebriefImporter debrief_importer_jsonl;
extern const DebriefImporter debrief_importer_syslog;
extern const DebriefImporter debrief_importer_irc;
extern const DebriefImporter debrief_importer_slack;

G_END_DECLS
