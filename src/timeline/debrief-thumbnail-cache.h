/* debrief-thumbnail-cache.h — artefacts' images at marker size, for the renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  DEBRIEF_THUMBNAIL_LOADING,   /* not decoded yet: the plain picture marker */
  DEBRIEF_THUMBNAIL_READY,     /* the image, at marker size */
  DEBRIEF_THUMBNAIL_MISSING,   /* missing, unreadable, not an image, or outside the review's folder */
} DebriefThumbnailState;

#define DEBRIEF_TYPE_THUMBNAIL_CACHE (debrief_thumbnail_cache_get_type ())
G_DECLARE_FINAL_TYPE (DebriefThumbnailCache, debrief_thumbnail_cache, DEBRIEF, THUMBNAIL_CACHE, GObject)

DebriefThumbnailCache *debrief_thumbnail_cache_new        (gboolean               synchronous);
GFile                 *debrief_thumbnail_cache_get_folder (DebriefThumbnailCache *self);
void                   debrief_thumbnail_cache_set_folder (DebriefThumbnailCache *self,
                                                           GFile                 *review_folder);
double                 debrief_thumbnail_cache_get_scale  (DebriefThumbnailCache *self);
void                   debrief_thumbnail_cache_set_scale  (DebriefThumbnailCache *self,
                                                           double                 scale);
void                   debrief_thumbnail_cache_set_recheck_interval (DebriefThumbnailCache *self,
                                                           gint64                 usec);
DebriefThumbnailState  debrief_thumbnail_cache_lookup     (DebriefThumbnailCache *self,
                                                           const char            *path,
                                                           double                 width,
                                                           double                 height,
                                                           cairo_surface_t      **out_surface,
                                                           const char           **out_reason);
const char            *debrief_thumbnail_cache_get_reason (DebriefThumbnailCache *self,
                                                           const char            *path);
guint                  debrief_thumbnail_cache_get_n_loads (DebriefThumbnailCache *self);

G_END_DECLS
