/* debrief-print.c — printing the timeline through GtkPrintOperation
 *
 * GTK's print dialog with a "Timeline" tab (DebriefPrintOptions): the pages
 * are DebriefTimelinePages, the same as `debrief export -o x.pdf` and the
 * Export dialog write, drawn in points onto the print context's cairo_t.
 * Landscape by default; the print settings (with the tab's choices under
 * "debrief-*" keys) and the page set-up are kept for the session and in
 * $XDG_CONFIG_HOME/debrief/, so the next print starts where this one left.
 * Print preview is GTK's own: it calls the same draw-page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "debrief-print.h"
#include "debrief-report.h"
#include "debrief-time.h"

static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

typedef struct {
  DebriefPrintSource       source;
  DebriefPrintChoice       choice;
  DebriefPrintOptions     *options;    /* the tab, while the dialog shows it */
  DebriefTimelineLayout   *layout;
  DebriefPseudonyms       *names;
  DebriefTimelinePages    *pages;
  DebriefTimelineRenderer *renderer;
} PrintJob;

/* ---- settings that outlive the session ----------------------------------------------- */

static char *
config_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "debrief", name, NULL);
}

GtkPrintSettings *
debrief_print_get_settings (void)
{
  g_autofree char *path = config_path ("print-settings.ini");

  if (session_settings == NULL)
    session_settings = gtk_print_settings_new_from_file (path, NULL);
  if (session_settings == NULL)
    session_settings = gtk_print_settings_new ();
  return session_settings;
}

GtkPageSetup *
debrief_print_get_page_setup (void)
{
  g_autofree char *path = config_path ("page-setup.ini");

  if (session_page_setup == NULL)
    session_page_setup = gtk_page_setup_new_from_file (path, NULL);
  if (session_page_setup == NULL)
    {
      /* A timeline is wide: landscape unless the person chose otherwise. */
      session_page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_orientation (session_page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
  return session_page_setup;
}

void
debrief_print_remember (GtkPrintSettings *settings,
                        GtkPageSetup     *page_setup)
{
  g_autofree char *folder = g_build_filename (g_get_user_config_dir (), "debrief", NULL);
  g_autofree char *settings_path = config_path ("print-settings.ini");
  g_autofree char *setup_path = config_path ("page-setup.ini");
  g_autoptr(GError) error = NULL;

  if (settings != NULL && settings != session_settings)
    {
      g_clear_object (&session_settings);
      session_settings = gtk_print_settings_copy (settings);
    }
  if (page_setup != NULL && page_setup != session_page_setup)
    {
      g_clear_object (&session_page_setup);
      session_page_setup = gtk_page_setup_copy (page_setup);
    }
  /* Remembering is a convenience: a read-only config folder costs nothing but a message. */
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !gtk_print_settings_to_file (debrief_print_get_settings (), settings_path, &error) ||
      !gtk_page_setup_to_file (debrief_print_get_page_setup (), setup_path, &error))
    g_message ("could not keep the print settings in %s: %s", folder, error ? error->message : g_strerror (errno));
}

/* ---- from choices to pages ------------------------------------------------------------------ */

static void
choose_window (const DebriefPrintSource *source,
               const DebriefPrintChoice *choice,
               DebriefPageSetup         *setup)
{
  gint64 from = setup->from, to = setup->to;

  if (g_strcmp0 (choice->range, "visible") == 0 && source->visible_to > source->visible_from)
    from = source->visible_from, to = source->visible_to;
  else if (g_strcmp0 (choice->range, "selection") == 0 && source->selection_from != DEBRIEF_TIME_NONE &&
           source->selection_to > source->selection_from)
    from = source->selection_from, to = source->selection_to;
  else if (choice->range != NULL && g_str_has_prefix (choice->range, "phase:"))
    debrief_report_resolve_range (source->review, choice->range, &from, &to, NULL);
  else
    debrief_report_resolve_range (source->review, "incident", &from, &to, NULL);
  if (to > from)
    {
      setup->from = from;
      setup->to = to;
    }
}

void
debrief_print_configure (const DebriefPrintSource *source,
                         const DebriefPrintChoice *choice,
                         DebriefPageSetup         *setup,
                         DebriefTimelineLayout   **out_layout,
                         DebriefPseudonyms       **out_names)
{
  DebriefTimelineLayout *layout = debrief_timeline_layout_new (source->review);

  if (choice->lanes != NULL)
    debrief_timeline_layout_set_shown_lanes (layout, (const char * const *) choice->lanes);
  debrief_timeline_layout_set_pinned_perspective (layout, source->pinned);
  debrief_timeline_layout_set_perspectives (layout, source->perspectives, source->split_by_kind);
  debrief_page_setup_init (setup, layout);
  choose_window (source, choice, setup);
  setup->style = debrief_timeline_style_get (choice->screen_style ? DEBRIEF_TIMELINE_STYLE_SCREEN_LIGHT
                                                                  : DEBRIEF_TIMELINE_STYLE_PRINT);
  setup->pages_across = choice->pages_across;
  setup->legend = choice->legend;
  setup->notes = choice->notes;
  setup->review_file = source->review_file;
  setup->images = choice->append_images;
  setup->printed_at = g_get_real_time ();
  *out_names = choice->pseudonymise ? debrief_pseudonyms_new (source->review, DEBRIEF_PSEUDONYMS_ROLES) : NULL;
  setup->names = *out_names;
  *out_layout = layout;
}

/* ---- the operation ------------------------------------------------------------------------------ */

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  job->options = debrief_print_options_new (job->source.review, job->source.selection_from != DEBRIEF_TIME_NONE,
                                            &job->choice);
  return G_OBJECT (job->options);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  debrief_print_options_get_choice (DEBRIEF_PRINT_OPTIONS (widget), &job->choice);
  debrief_print_choice_save (&job->choice, debrief_print_get_settings ());
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  DebriefPageSetup setup;

  g_clear_pointer (&job->pages, debrief_timeline_pages_free);
  g_clear_pointer (&job->layout, debrief_timeline_layout_free);
  g_clear_pointer (&job->names, debrief_pseudonyms_free);
  debrief_print_configure (&job->source, &job->choice, &setup, &job->layout, &job->names);
  setup.width = gtk_print_context_get_width (context);
  setup.height = gtk_print_context_get_height (context);
  job->pages = debrief_timeline_pages_new (&setup);
  gtk_print_operation_set_n_pages (operation, (int) debrief_timeline_pages_get_n_pages (job->pages));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  debrief_timeline_pages_draw (job->pages, job->renderer, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_job_free (PrintJob *job)
{
  debrief_print_choice_clear (&job->choice);
  g_clear_pointer (&job->pages, debrief_timeline_pages_free);
  g_clear_pointer (&job->layout, debrief_timeline_layout_free);
  g_clear_pointer (&job->names, debrief_pseudonyms_free);
  g_clear_pointer (&job->renderer, debrief_timeline_renderer_free);
  g_free (job);
}

/* The paper and orientation chosen in the dialog live in its settings. */
static void
remember_operation (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_copy (debrief_print_get_page_setup ());
  g_autoptr(GtkPaperSize) paper = settings ? gtk_print_settings_get_paper_size (settings) : NULL;

  if (settings == NULL)
    return;
  if (paper != NULL)
    gtk_page_setup_set_paper_size (page_setup, paper);
  if (gtk_print_settings_has_key (settings, GTK_PRINT_SETTINGS_ORIENTATION))
    gtk_page_setup_set_orientation (page_setup, gtk_print_settings_get_orientation (settings));
  debrief_print_remember (settings, page_setup);
}

/* Runs the print dialog (or, for GTK_PRINT_OPERATION_ACTION_EXPORT, writes
 * @export_filename as PDF without one) and remembers what was chosen. */
GtkPrintOperationResult
debrief_print_run (GtkWindow                *parent,
                   const DebriefPrintSource *source,
                   GtkPrintOperationAction   action,
                   const char               *export_filename,
                   GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  job->source = *source;
  job->renderer = debrief_timeline_renderer_new ();
  debrief_print_choice_load (&job->choice, debrief_print_get_settings ());
  gtk_print_operation_set_print_settings (operation, debrief_print_get_settings ());
  gtk_print_operation_set_default_page_setup (operation, debrief_print_get_page_setup ());
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, debrief_review_get_title (source->review)
                                               ? debrief_review_get_title (source->review) : _("Untitled Review"));
  /* Translators: the print dialog's tab with the timeline's options. */
  gtk_print_operation_set_custom_tab_label (operation, _("Timeline"));
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_operation (operation);
  print_job_free (job);
  return result;
}
