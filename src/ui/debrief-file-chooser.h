/* debrief-file-chooser.h — portal-friendly open and save dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @file is NULL when the person cancelled. */
typedef void (*DebriefFileChosen) (GFile    *file,
                                   gpointer  user_data);

void debrief_file_chooser_open (GtkWindow         *parent,
                                DebriefFileChosen  callback,
                                gpointer           user_data);
void debrief_file_chooser_save (GtkWindow         *parent,
                                GFile             *current,
                                const char        *suggested_name,
                                DebriefFileChosen  callback,
                                gpointer           user_data);

void debrief_file_chooser_open_source (GtkWindow         *parent,
                                       gboolean           folder,
                                       DebriefFileChosen  callback,
                                       gpointer           user_data);

G_END_DECLS
