/* debrief-export-dialog.c — export the timeline or a report to a file
 *
 * PDF (the printed pages, on the paper of the remembered page set-up),
 * SVG and PNG (the whole chart as one picture; PNG at a width and dpi),
 * the Markdown report and the CSV of events — with the same choices as
 * the print dialog's tab (range, lanes, legend, notes, pseudonyms), kept
 * in the same settings. Writing is atomic (debrief_safe_file_replace); the
 * result, or why it failed, comes back as a toast in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-export-dialog.h"
#include "debrief-file-chooser.h"
#include "debrief-report.h"
#include "debrief-safe-file.h"
#include "debrief-time.h"

#define SVG_WARN_ITEMS 10000

struct _DebriefExportDialog
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toasts;       /* the window's: it outlives the dialog */
  DebriefPrintSource   source;
  DebriefReview       *review;       /* holds source.review */
  char               **perspectives; /* holds source.perspectives */
  char                *pinned;
  GFile               *review_file;  /* holds source.review_file */
  GtkDropDown         *format_drop;
  DebriefPrintOptions *options;
  guint                drawn;        /* what the last picture drew */
};

G_DEFINE_FINAL_TYPE (DebriefExportDialog, debrief_export_dialog, ADW_TYPE_WINDOW)

static const char *extensions[] = { "pdf", "svg", "png", "md", "csv" };

/* ---- writing ------------------------------------------------------------------------------ */

typedef struct {
  DebriefExportDialog *self;
  DebriefExportFormat  format;
  DebriefPrintChoice   choice;
} Writing;

static gboolean
write_report (Writing        *writing,
              GOutputStream  *stream,
              GError        **error)
{
  DebriefPageSetup setup;
  g_autoptr(DebriefTimelineLayout) layout = NULL;
  g_autoptr(DebriefPseudonyms) names = NULL;
  DebriefReportOptions options;
  g_autoptr(GString) text = NULL;
  g_autofree char *markdown = NULL;

  debrief_print_configure (&writing->self->source, &writing->choice, &setup, &layout, &names);
  debrief_report_options_init (&options);
  options.from = setup.from;
  options.to = setup.to;
  options.lane_ids = (const char * const *) writing->choice.lanes;
  options.names = names;
  options.skip_notes = !writing->choice.notes;
  if (writing->format == DEBRIEF_EXPORT_CSV)
    text = debrief_report_csv (writing->self->review, &options);
  else
    {
      markdown = debrief_report_markdown (writing->self->review, &options);
      text = g_string_new (markdown);
    }
  return g_output_stream_write_all (stream, text->str, text->len, NULL, NULL, error);
}

static void
paper_size (double *width,
            double *height,
            double *margin)
{
  GtkPageSetup *page = debrief_print_get_page_setup ();

  *width = gtk_page_setup_get_page_width (page, GTK_UNIT_POINTS) + gtk_page_setup_get_left_margin (page, GTK_UNIT_POINTS) +
           gtk_page_setup_get_right_margin (page, GTK_UNIT_POINTS);
  *height = gtk_page_setup_get_page_height (page, GTK_UNIT_POINTS) + gtk_page_setup_get_top_margin (page, GTK_UNIT_POINTS) +
            gtk_page_setup_get_bottom_margin (page, GTK_UNIT_POINTS);
  *margin = MAX (gtk_page_setup_get_left_margin (page, GTK_UNIT_POINTS), 18);
}

static gboolean
write_file (GOutputStream  *stream,
            gpointer        user_data,
            GCancellable   *cancellable,
            GError        **error)
{
  Writing *writing = user_data;
  DebriefPageSetup setup;
  g_autoptr(DebriefTimelineLayout) layout = NULL;
  g_autoptr(DebriefPseudonyms) names = NULL;
  double width, height, margin, dpi = writing->choice.png_dpi;

  if (writing->format == DEBRIEF_EXPORT_MARKDOWN || writing->format == DEBRIEF_EXPORT_CSV)
    return write_report (writing, stream, error);
  debrief_print_configure (&writing->self->source, &writing->choice, &setup, &layout, &names);
  if (writing->format == DEBRIEF_EXPORT_PDF)
    {
      paper_size (&width, &height, &margin);
      return debrief_timeline_pages_write_pdf (&setup, width, height, margin,
                                               names ? NULL : debrief_review_get_title (writing->self->review), stream, error);
    }
  if (writing->format == DEBRIEF_EXPORT_SVG)
    return debrief_timeline_pages_write_picture (&setup, TRUE, (int) (writing->choice.png_width * 72 / dpi), 72,
                                                 stream, &writing->self->drawn, error);
  return debrief_timeline_pages_write_picture (&setup, FALSE, writing->choice.png_width, dpi, stream,
                                               &writing->self->drawn, error);
}

gboolean
debrief_export_dialog_write (DebriefExportDialog  *self,
                             DebriefExportFormat   format,
                             GFile                *file,
                             GError              **error)
{
  Writing writing = { self, format };
  g_autofree char *label = g_file_get_parse_name (file);
  gboolean written;

  debrief_print_options_get_choice (self->options, &writing.choice);
  debrief_print_choice_save (&writing.choice, debrief_print_get_settings ());
  self->drawn = 0;
  written = debrief_safe_file_replace (file, label, DEBRIEF_SAFE_FILE_NONE, write_file, &writing, NULL, error);
  debrief_print_choice_clear (&writing.choice);
  return written;
}

/* ---- the dialog ------------------------------------------------------------------------------ */

static void
toast (DebriefExportDialog *self,
       const char          *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(DebriefExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *message = NULL;

  if (file == NULL)
    return;
  name = g_file_get_basename (file);
  if (!debrief_export_dialog_write (self, gtk_drop_down_get_selected (self->format_drop), file, &error))
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else if (self->drawn > SVG_WARN_ITEMS && gtk_drop_down_get_selected (self->format_drop) == DEBRIEF_EXPORT_SVG)
    message = g_strdup_printf (_("Exported “%s”: %u drawn items, SVG viewers may be slow (PDF or PNG draw faster)"),
                               name, self->drawn);
  else
    message = g_strdup_printf (_("Exported “%s”"), name);
  toast (self, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_export_clicked (DebriefExportDialog *self)
{
  const char *title = debrief_review_get_title (self->review);
  g_autofree char *suggested = g_strdup_printf ("%s.%s", title && *title ? title : _("Review"),
                                                extensions[gtk_drop_down_get_selected (self->format_drop)]);

  g_strdelimit (suggested, "/\\:", '-');
  debrief_file_chooser_save (gtk_window_get_transient_for (GTK_WINDOW (self)), NULL, suggested, on_file_chosen,
                             g_object_ref (self));
}

static void
on_format_changed (DebriefExportDialog *self)
{
  guint format = gtk_drop_down_get_selected (self->format_drop);

  debrief_print_options_show_picture_size (self->options, format == DEBRIEF_EXPORT_PNG || format == DEBRIEF_EXPORT_SVG);
  debrief_print_options_show_pages_only (self->options, format == DEBRIEF_EXPORT_PDF);
}

static GtkWidget *
build_header (DebriefExportDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));

  gtk_widget_add_css_class (export, "suggested-action");
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (on_export_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  return header;
}

static GtkWidget *
build_format (DebriefExportDialog *self)
{
  const char *formats[] = { _("PDF (the printed pages)"), _("SVG picture"), _("PNG picture"),
                            _("Markdown report"), _("CSV of events"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Format"));

  self->format_drop = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (formats));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->format_drop));
  gtk_widget_set_hexpand (GTK_WIDGET (self->format_drop), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->format_drop));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  g_signal_connect_swapped (self->format_drop, "notify::selected", G_CALLBACK (on_format_changed), self);
  return box;
}

DebriefExportDialog *
debrief_export_dialog_new (GtkWindow                *parent,
                           AdwToastOverlay          *toasts,
                           const DebriefPrintSource *source)
{
  DebriefExportDialog *self = g_object_new (DEBRIEF_TYPE_EXPORT_DIALOG, "transient-for", parent, "modal", TRUE,
                                            "title", _("Export"), "default-width", 520, NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  DebriefPrintChoice choice;

  self->toasts = g_object_ref (toasts);
  self->source = *source;
  self->review = g_object_ref (source->review);
  self->perspectives = g_strdupv ((char **) source->perspectives);
  self->pinned = g_strdup (source->pinned);
  self->source.perspectives = (const char * const *) self->perspectives;
  self->source.pinned = self->pinned;
  self->review_file = source->review_file ? g_object_ref (source->review_file) : NULL;
  self->source.review_file = self->review_file;
  debrief_print_choice_load (&choice, debrief_print_get_settings ());
  self->options = debrief_print_options_new (source->review, source->selection_from != DEBRIEF_TIME_NONE, &choice);
  debrief_print_choice_clear (&choice);

  gtk_box_append (GTK_BOX (content), build_header (self));
  gtk_box_append (GTK_BOX (content), build_format (self));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->options));
  adw_window_set_content (ADW_WINDOW (self), content);
  on_format_changed (self);
  return self;
}

static void
debrief_export_dialog_finalize (GObject *object)
{
  DebriefExportDialog *self = DEBRIEF_EXPORT_DIALOG (object);

  g_clear_object (&self->toasts);
  g_clear_object (&self->review);
  g_strfreev (self->perspectives);
  g_free (self->pinned);
  g_clear_object (&self->review_file);
  G_OBJECT_CLASS (debrief_export_dialog_parent_class)->finalize (object);
}

static void
debrief_export_dialog_class_init (DebriefExportDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_export_dialog_finalize;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
debrief_export_dialog_init (DebriefExportDialog *self)
{
}
