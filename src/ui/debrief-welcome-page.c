/* debrief-welcome-page.c — what a window shows before a review is open
 *
 * New, Open, the bundled example, and the reviews used recently. Each
 * button is a window action, so the same things work from the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-recent.h"
#include "debrief-welcome-page.h"

#define MAX_RECENT 6

struct _DebriefWelcomePage
{
  AdwBin          parent_instance;

  AdwStatusPage  *status_page;
  GtkWidget      *recent_group;
  GtkListBox     *recent_list;
};

G_DEFINE_FINAL_TYPE (DebriefWelcomePage, debrief_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
make_recent_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  GtkWidget *row = adw_action_row_new ();

  /* A file name is text, not markup: "R&D <notes>.debrief" shows as named. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));
  return row;
}

/* Rebuilds the list from the desktop's recent files. */
void
debrief_welcome_page_refresh (DebriefWelcomePage *self)
{
  g_autoptr(GPtrArray) recent = debrief_recent_list (MAX_RECENT);
  GtkWidget *child;

  g_return_if_fail (DEBRIEF_IS_WELCOME_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; i < recent->len; i++)
    gtk_list_box_append (self->recent_list, make_recent_row (g_ptr_array_index (recent, i)));
  gtk_widget_set_visible (self->recent_group, recent->len > 0);
}

static void
debrief_welcome_page_class_init (DebriefWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/debrief-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DebriefWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, DebriefWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, DebriefWelcomePage, recent_list);
}

static void
debrief_welcome_page_init (DebriefWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_icon_name (self->status_page, APPLICATION_ID);
  debrief_welcome_page_refresh (self);
}
