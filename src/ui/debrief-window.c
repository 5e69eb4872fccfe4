/* debrief-window.c — one review in one window
 *
 * A window starts on the welcome page, shows a progress page while a large
 * file opens (on a worker thread; the window stays responsive and the load
 * can be cancelled), then the review. A file that fails to open leaves the
 * window exactly as it was and says why, naming the file and the JSON path.
 * While the review has unsaved changes, the window holds back logging out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-window"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-events-view.h"
#include "debrief-file-chooser.h"
#include "debrief-overview-strip.h"
#include "debrief-timeline-renderer.h"
#include "debrief-timeline-view.h"
#include "debrief-recent.h"
#include "debrief-review-loader.h"
#include "debrief-welcome-page.h"
#include "debrief-window-private.h"

#define EXAMPLE_RESOURCE RESOURCE_BASE "/examples/checkout-latency.debrief"
#define MAX_RECENT_MENU 10
#define MAX_ERROR_LINES 12

/* Small files open in a blink; only show progress for the others. */
#define LOADING_PAGE_DELAY_MS 200


G_DEFINE_FINAL_TYPE (DebriefWindow, debrief_window, ADW_TYPE_APPLICATION_WINDOW)

static void save_document (DebriefWindow *self,
                           GFile         *file);

/* ---- messages --------------------------------------------------------------- */

/* A problem list can be long; the dialog shows the first lines. */
static char *
shorten_message (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  guint n = g_strv_length (lines);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < n && i < MAX_ERROR_LINES; i++)
    {
      if (i > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, lines[i]);
    }
  if (n > MAX_ERROR_LINES)
    g_string_append_printf (body, ngettext ("\n… and %u more line (run “debrief validate” for all)",
                                            "\n… and %u more lines (run “debrief validate” for all)",
                                            n - MAX_ERROR_LINES), n - MAX_ERROR_LINES);
  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
show_error (DebriefWindow *self,
            const char    *heading,
            const char    *message)
{
  g_autofree char *body = shorten_message (message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- title and state ------------------------------------------------------------ */

static char *
describe_location (DebriefDocument *document)
{
  GFile *file = debrief_document_get_file (document);
  g_autoptr(GFile) parent = NULL;

  if (file == NULL)
    return g_strdup (_("Not saved yet"));
  parent = g_file_get_parent (file);
  return parent ? g_file_get_parse_name (parent) : g_file_get_parse_name (file);
}

static void
update_title (DebriefWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;

  if (self->document == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Debrief"));
      adw_view_switcher_title_set_title (self->switcher_title, _("Debrief"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      return;
    }

  /* "•" marks unsaved changes, as GNOME's editors do. */
  title = g_strdup_printf ("%s%s", debrief_document_get_modified (self->document) ? "• " : "",
                           debrief_document_get_display_name (self->document));
  location = describe_location (self->document);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, location);
}

static void
update_actions (DebriefWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean writable = has_document && !debrief_document_get_read_only (self->document) &&
                      !debrief_document_get_busy (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", self->open_cancellable != NULL);
  _debrief_window_update_edit_actions (self);
}

static void
update_read_only_banner (DebriefWindow *self)
{
  gboolean read_only = self->document != NULL && debrief_document_get_read_only (self->document);

  if (read_only)
    gtk_label_set_text (self->read_only_label,
                        debrief_review_get_read_only_reason (debrief_document_get_review (self->document)));
  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
}

static void
on_document_notify (DebriefDocument *document,
                    GParamSpec      *pspec,
                    DebriefWindow   *self)
{
  update_title (self);
  update_actions (self);
  _debrief_window_update_logout_inhibit (self);
}

void
_debrief_window_update_timeline_controls (DebriefWindow *self)
{
  gboolean review = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "review") == 0;
  gboolean timeline = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0;

  gtk_widget_set_visible (self->timeline_controls, review && timeline);
}

static void
show_page (DebriefWindow *self,
           const char    *name)
{
  gboolean review = g_str_equal (name, "review");

  gtk_stack_set_visible_child_name (self->main_stack, name);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, review);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), review);
  _debrief_window_update_timeline_controls (self);
}

void
debrief_window_set_document (DebriefWindow   *self,
                             DebriefDocument *document)
{
  g_return_if_fail (DEBRIEF_IS_WINDOW (self));
  g_return_if_fail (DEBRIEF_IS_DOCUMENT (document));

  if (self->document != NULL)
    {
      _debrief_window_session_store (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
      _debrief_window_autosave_forget (self);
    }
  g_set_object (&self->document, document);
  g_signal_connect_object (document, "notify", G_CALLBACK (on_document_notify), self, 0);
  _debrief_window_watch_file (self);

  debrief_events_view_set_review (self->events_view, debrief_document_get_review (document));
  debrief_timeline_view_set_review (self->timeline_view, debrief_document_get_review (document));
  debrief_overview_strip_set_review (self->overview_strip, debrief_document_get_review (document));
  _debrief_window_edit_document (self);
  _debrief_window_search_document (self);
  _debrief_window_perspectives_document (self);
  _debrief_window_series_document (self);
  _debrief_window_present_document (self);
  _debrief_window_capture_document (self);
  _debrief_window_language_document (self);
  _debrief_window_artefacts_document (self);
  show_page (self, "review");
  _debrief_window_session_recall (self);
  /* Keys act on the timeline at once: zoom, step through events. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
  update_title (self);
  update_actions (self);
  update_read_only_banner (self);
  _debrief_window_update_logout_inhibit (self);
}

/* ---- the recent menu ------------------------------------------------------------ */

static void
refresh_recent (DebriefWindow *self)
{
  g_autoptr(GPtrArray) recent = debrief_recent_list (MAX_RECENT_MENU);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < recent->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), TRUE);
  debrief_welcome_page_refresh (self->welcome_page);
}

static void
on_recent_changed (GtkRecentManager *manager,
                   DebriefWindow    *self)
{
  refresh_recent (self);
}

/* ---- opening ------------------------------------------------------------------- */

static gboolean
show_loading_page (gpointer user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  self->loading_timeout = 0;
  show_page (self, "loading");
  return G_SOURCE_REMOVE;
}

static void
on_load_progress (double   fraction,
                  gpointer user_data)
{
  DebriefWindow *self = DEBRIEF_WINDOW (user_data);

  gtk_progress_bar_set_fraction (self->loading_progress, fraction);
}

static void
end_loading (DebriefWindow *self)
{
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  g_clear_object (&self->open_cancellable);
  if (self->page_before_loading != NULL)
    show_page (self, self->page_before_loading);
  g_clear_pointer (&self->page_before_loading, g_free);
  update_actions (self);
}

static void
on_open_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DebriefWindow) self = DEBRIEF_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefDocument) document = debrief_document_open_finish (result, &error);

  end_loading (self);

  if (document != NULL)
    {
      debrief_window_set_document (self, document);
      debrief_recent_add (debrief_document_get_file (document));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Could Not Open the Review"), error->message);
}

/**
 * debrief_window_open_file:
 *
 * Opens @file in this window. Until it has loaded, the window keeps what
 * it showed; if loading fails or is cancelled, it goes back to that.
 */
void
debrief_window_open_file (DebriefWindow *self,
                          GFile         *file)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (DEBRIEF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  end_loading (self);

  name = g_file_get_basename (file);
  title = g_strdup_printf (_("Opening “%s”"), name);
  adw_status_page_set_title (self->loading_page, title);
  gtk_progress_bar_set_fraction (self->loading_progress, 0.0);

  self->page_before_loading = g_strdup (gtk_stack_get_visible_child_name (self->main_stack));
  self->open_cancellable = g_cancellable_new ();
  self->loading_timeout = g_timeout_add (LOADING_PAGE_DELAY_MS, show_loading_page, self);
  update_actions (self);

  debrief_document_open_async (file, on_load_progress, self, self->open_cancellable,
                               on_open_finished, g_object_ref (self));
}

static void
open_in_application (DebriefWindow *self,
                     GFile         *file)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  g_application_open (application, &file, 1, "");
}

static void
on_open_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(DebriefWindow) self = user_data;

  if (file != NULL)
    open_in_application (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  debrief_file_chooser_open (GTK_WINDOW (widget), on_open_chosen, g_object_ref (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_in_application (DEBRIEF_WINDOW (widget), file);
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
}

/* A document shown here if this window is free, or in a new window. */
static void
show_document (DebriefWindow   *self,
               DebriefDocument *document)
{
  DebriefWindow *target = self;

  if (!debrief_window_is_unused (self))
    target = debrief_window_new (DEBRIEF_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  debrief_window_set_document (target, document);
  gtk_window_present (GTK_WINDOW (target));
}

static void
new_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autoptr(DebriefDocument) document = debrief_document_new ();

  show_document (DEBRIEF_WINDOW (widget), document);
}

/* The example ships in the resources, so it opens from any install. It has
 * no file: saving it asks where, and the bundled copy is never touched. */
static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DebriefReview) review = NULL;
  g_autoptr(DebriefDocument) document = NULL;
  gsize length = 0;
  const char *data;

  bytes = g_resources_lookup_data (EXAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      review = debrief_review_load_data (data, length, "checkout-latency.debrief", NULL, NULL, NULL, &error);
    }
  if (review == NULL)
    {
      show_error (self, _("Could Not Open the Example"), error->message);
      return;
    }

  document = debrief_document_new_for_review (review, NULL);
  g_object_set_data_full (G_OBJECT (document), "debrief-images-base", g_file_new_for_uri ("resource://" EXAMPLE_RESOURCE),
                          g_object_unref);
  show_document (self, document);
}

/* ---- saving -------------------------------------------------------------------- */

static void
on_save_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DebriefWindow) self = DEBRIEF_WINDOW (user_data);
  DebriefDocument *document = DEBRIEF_DOCUMENT (source);
  g_autoptr(GError) error = NULL;
  gboolean saved = debrief_document_save_finish (document, result, &error);

  _debrief_window_carried_images_done (self, saved);
  if (!saved)
    {
      self->close_after_save = FALSE;
      show_error (self, _("Could Not Save the Review"), error->message);
      return;
    }

  debrief_recent_add (debrief_document_get_file (document));
  if (!debrief_document_get_modified (document))
    _debrief_window_autosave_forget (self);
  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_document (DebriefWindow *self,
               GFile         *file)
{
  debrief_document_save_async (self->document, file, NULL, on_save_finished, g_object_ref (self));
}

static char *
suggest_file_name (DebriefDocument *document)
{
  g_autofree char *name = g_strdup (debrief_document_get_display_name (document));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, ".debrief", NULL);
}

static void
on_save_as_chosen (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(DebriefWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (file == NULL || self->document == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }
  if (!_debrief_window_carry_images (self, file, &error))
    {
      self->close_after_save = FALSE;
      show_error (self, _("Could Not Save the Review"), error->message);
      return;
    }
  save_document (self, file);
}

static void
save_as (DebriefWindow *self)
{
  g_autofree char *name = suggest_file_name (self->document);

  debrief_file_chooser_save (GTK_WINDOW (self), debrief_document_get_file (self->document), name,
                             on_save_as_chosen, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);

  if (debrief_document_get_file (self->document) == NULL)
    save_as (self);
  else
    save_document (self, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (DEBRIEF_WINDOW (widget));
}

/* ---- closing ------------------------------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   DebriefWindow    *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

static void
ask_before_closing (DebriefWindow *self)
{
  g_autofree char *heading = g_strdup_printf (_("Save Changes to “%s”?"),
                                              debrief_document_get_display_name (self->document));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("Changes that are not saved will be lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
debrief_window_close_request (GtkWindow *window)
{
  DebriefWindow *self = DEBRIEF_WINDOW (window);

  if (self->document != NULL && debrief_document_get_modified (self->document) && !self->close_confirmed)
    {
      ask_before_closing (self);
      return TRUE;
    }

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  _debrief_window_uninhibit_logout (self);
  _debrief_window_stop_watching_file (self);
  _debrief_window_save_size (self);
  _debrief_window_session_store (self);
  return GTK_WINDOW_CLASS (debrief_window_parent_class)->close_request (window);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DebriefWindow *self = DEBRIEF_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* ---- lifecycle ----------------------------------------------------------------- */

static void
debrief_window_dispose (GObject *object)
{
  DebriefWindow *self = DEBRIEF_WINDOW (object);

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  _debrief_window_present_dispose (self);
  _debrief_window_search_dispose (self);
  _debrief_window_autosave_dispose (self);
  g_clear_object (&self->open_cancellable);
  _debrief_window_uninhibit_logout (self);
  _debrief_window_stop_watching_file (self);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->page_before_loading, g_free);
  g_clear_object (&self->timeline_actions);
  g_clear_pointer (&self->legend_renderer, debrief_timeline_renderer_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), DEBRIEF_TYPE_WINDOW);

  G_OBJECT_CLASS (debrief_window_parent_class)->dispose (object);
}

static void
debrief_window_class_init (DebriefWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = debrief_window_dispose;
  window_class->close_request = debrief_window_close_request;

  g_type_ensure (DEBRIEF_TYPE_EVENTS_VIEW);
  g_type_ensure (DEBRIEF_TYPE_TIMELINE_VIEW);
  g_type_ensure (DEBRIEF_TYPE_OVERVIEW_STRIP);
  g_type_ensure (DEBRIEF_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/debrief-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, events_view);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, overview_strip);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, timeline_controls);
  gtk_widget_class_bind_template_child (widget_class, DebriefWindow, legend_area);
  _debrief_window_edit_class_init (widget_class);
  _debrief_window_search_class_init (widget_class);
  _debrief_window_print_class_init (widget_class);
  _debrief_window_file_watch_class_init (widget_class);
  _debrief_window_language_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "win.new-review", NULL, new_review_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
}

static void
debrief_window_init (DebriefWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new ("io.github.debrief.Debrief");
  _debrief_window_restore_size (self);
  _debrief_window_setup_timeline (self);
  _debrief_window_setup_editing (self);
  _debrief_window_setup_search (self);
  _debrief_window_setup_autosave (self);
  _debrief_window_setup_perspectives (self);
  _debrief_window_setup_series (self);
  _debrief_window_setup_artefacts (self);
  _debrief_window_setup_capture (self);
  _debrief_window_setup_present (self);
  _debrief_window_setup_drop (self);
  _debrief_window_setup_language (self);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed), self, 0);
  refresh_recent (self);
  _debrief_window_stop_watching_file (self);
  show_page (self, "welcome");
  update_title (self);
  update_actions (self);
}

DebriefWindow *
debrief_window_new (DebriefApplication *application)
{
  return g_object_new (DEBRIEF_TYPE_WINDOW, "application", application, NULL);
}

/* A review recovered after a crash: unsaved, and still in @slot_id. */
void
debrief_window_restore_document (DebriefWindow   *self,
                                 DebriefDocument *document,
                                 const char      *slot_id)
{
  g_return_if_fail (DEBRIEF_IS_WINDOW (self));
  debrief_window_set_document (self, document);
  _debrief_window_autosave_adopt (self, slot_id);
}

DebriefDocument *
debrief_window_get_document (DebriefWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_WINDOW (self), NULL);
  return self->document;
}

gboolean
debrief_window_shows_file (DebriefWindow *self,
                           GFile         *file)
{
  GFile *shown;

  g_return_val_if_fail (DEBRIEF_IS_WINDOW (self), FALSE);
  if (self->document == NULL)
    return FALSE;
  shown = debrief_document_get_file (self->document);
  return shown != NULL && g_file_equal (shown, file);
}

/* Nothing shown, nothing opening, or only a blank new review. */
gboolean
debrief_window_is_unused (DebriefWindow *self)
{
  g_return_val_if_fail (DEBRIEF_IS_WINDOW (self), FALSE);
  if (self->open_cancellable != NULL)
    return FALSE;
  return self->document == NULL || debrief_document_is_blank (self->document);
}
