/* debrief-print-options.c — what to print or export: the print dialog's tab
 *
 * One widget for the print dialog's "Timeline" tab and the Export dialog:
 * which time (the whole incident, the visible range, the selection, one
 * phase), how many pages across the time axis or all on one page, which
 * lanes, legend, shared notes, attached images on pages of their own,
 * pseudonyms and style — and, for a PNG, its width and resolution. Private
 * notes are never offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-print-options"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-phase.h"
#include "debrief-print-options.h"
#include "debrief-time.h"

struct _DebriefPrintOptions
{
  GtkBox          parent_instance;

  DebriefReview  *review;
  GPtrArray      *ranges;          /* char*: the range key of each row of range_drop */
  GtkDropDown    *range_drop;
  GtkSpinButton  *pages_spin;
  GtkCheckButton *fit_check;
  GtkCheckButton *legend_check;
  GtkCheckButton *notes_check;
  GtkCheckButton *images_check;
  GtkCheckButton *pseudonymise_check;
  GtkDropDown    *style_drop;
  GtkWidget      *picture_box;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *dpi_spin;
  GPtrArray      *lane_checks;     /* GtkCheckButton*, lane id as "lane-id" data */
};

G_DEFINE_FINAL_TYPE (DebriefPrintOptions, debrief_print_options, GTK_TYPE_BOX)

/* ---- the choice and the settings ------------------------------------------------------- */

void
debrief_print_choice_load (DebriefPrintChoice *choice,
                           GtkPrintSettings   *settings)
{
  const char *range = settings ? gtk_print_settings_get (settings, "debrief-range") : NULL;
  g_autoptr(GSettings) preferences = g_settings_new ("io.github.debrief.Debrief");

  *choice = (DebriefPrintChoice) { 0 };
  choice->range = g_strdup (range ? range : "incident");
  /* The options a facilitator sets once are GSettings keys, also in
   * Preferences; the range belongs to this review, so it stays with the
   * print settings. */
  choice->pages_across = g_settings_get_int (preferences, "print-pages-across");
  choice->legend = g_settings_get_boolean (preferences, "print-legend");
  choice->notes = g_settings_get_boolean (preferences, "print-notes");
  choice->append_images = g_settings_get_boolean (preferences, "print-append-images");
  choice->pseudonymise = g_settings_get_boolean (preferences, "print-pseudonymise");
  choice->screen_style = g_settings_get_boolean (preferences, "print-screen-style");
  choice->png_width = settings ? gtk_print_settings_get_int_with_default (settings, "debrief-png-width", 3000) : 3000;
  choice->png_dpi = settings ? gtk_print_settings_get_int_with_default (settings, "debrief-png-dpi", 192) : 192;
}

void
debrief_print_choice_save (const DebriefPrintChoice *choice,
                           GtkPrintSettings         *settings)
{
  g_autoptr(GSettings) preferences = g_settings_new ("io.github.debrief.Debrief");

  gtk_print_settings_set (settings, "debrief-range", choice->range);
  /* The last choice is the next default (and what Preferences shows). */
  g_settings_set_int (preferences, "print-pages-across", CLAMP (choice->pages_across, 0, 50));
  g_settings_set_boolean (preferences, "print-legend", choice->legend);
  g_settings_set_boolean (preferences, "print-notes", choice->notes);
  g_settings_set_boolean (preferences, "print-append-images", choice->append_images);
  g_settings_set_boolean (preferences, "print-pseudonymise", choice->pseudonymise);
  g_settings_set_boolean (preferences, "print-screen-style", choice->screen_style);
  gtk_print_settings_set_int (settings, "debrief-png-width", choice->png_width);
  gtk_print_settings_set_int (settings, "debrief-png-dpi", choice->png_dpi);
}

void
debrief_print_choice_clear (DebriefPrintChoice *choice)
{
  g_clear_pointer (&choice->range, g_free);
  g_clear_pointer (&choice->lanes, g_strfreev);
}

/* ---- building ------------------------------------------------------------------------------ */

static GtkWidget *
add_row (DebriefPrintOptions *self,
         GtkGrid             *grid,
         int                  row,
         const char          *label,
         GtkWidget           *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
  return widget;
}

static void
build_ranges (DebriefPrintOptions *self,
              gboolean             has_selection)
{
  GListModel *phases = G_LIST_MODEL (debrief_review_get_phases (self->review));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("Whole incident"));
  g_ptr_array_add (self->ranges, g_strdup ("incident"));
  gtk_string_list_append (names, _("Visible range"));
  g_ptr_array_add (self->ranges, g_strdup ("visible"));
  if (has_selection)
    {
      gtk_string_list_append (names, _("Selection"));
      g_ptr_array_add (self->ranges, g_strdup ("selection"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(DebriefPhase) phase = g_list_model_get_item (phases, i);
      g_autofree char *label = NULL;

      if (debrief_phase_get_kind (phase) != DEBRIEF_PHASE_KIND_PHASE || debrief_phase_get_end (phase) == DEBRIEF_TIME_NONE)
        continue;
      /* Translators: a range to print; %s is a phase's name. */
      label = g_strdup_printf (_("Phase: %s"), debrief_phase_get_name (phase));
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->ranges, g_strdup_printf ("phase:%s", debrief_phase_get_name (phase)));
    }
  self->range_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
}

static GtkWidget *
build_lanes (DebriefPrintOptions *self)
{
  GListModel *lanes = debrief_review_get_lanes (self->review);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  for (guint i = 0; i < g_list_model_get_n_items (lanes); i++)
    {
      g_autoptr(DebriefLane) lane = g_list_model_get_item (lanes, i);
      GtkWidget *check = gtk_check_button_new_with_label (debrief_lane_get_name (lane));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !debrief_lane_get_hidden (lane));
      g_object_set_data_full (G_OBJECT (check), "lane-id", g_strdup (debrief_item_get_id (DEBRIEF_ITEM (lane))), g_free);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (self->lane_checks, check);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_add_css_class (scrolled, "frame");
  return scrolled;
}

static void
on_fit_toggled (DebriefPrintOptions *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->pages_spin), !gtk_check_button_get_active (self->fit_check));
}

static GtkWidget *
build_pages (DebriefPrintOptions *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->pages_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 50, 1));
  self->fit_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Fit to one page")));
  g_signal_connect_swapped (self->fit_check, "toggled", G_CALLBACK (on_fit_toggled), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pages_spin));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->fit_check));
  return box;
}

static GtkWidget *
build_picture_size (DebriefPrintOptions *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->width_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (400, 20000, 100));
  self->dpi_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (48, 600, 24));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->width_spin));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("px wide at")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->dpi_spin));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("dpi")));
  return box;
}

static void
select_range (DebriefPrintOptions *self,
              const char          *range)
{
  for (guint i = 0; i < self->ranges->len; i++)
    if (g_strcmp0 (self->ranges->pdata[i], range) == 0)
      gtk_drop_down_set_selected (self->range_drop, i);
}

static void
show_choice (DebriefPrintOptions      *self,
             const DebriefPrintChoice *choice)
{
  select_range (self, choice->range);
  gtk_spin_button_set_value (self->pages_spin, MAX (choice->pages_across, 1));
  gtk_check_button_set_active (self->fit_check, choice->pages_across == 0);
  gtk_check_button_set_active (self->legend_check, choice->legend);
  gtk_check_button_set_active (self->notes_check, choice->notes);
  gtk_check_button_set_active (self->images_check, choice->append_images);
  gtk_check_button_set_active (self->pseudonymise_check, choice->pseudonymise);
  gtk_drop_down_set_selected (self->style_drop, choice->screen_style ? 1 : 0);
  gtk_spin_button_set_value (self->width_spin, choice->png_width);
  gtk_spin_button_set_value (self->dpi_spin, choice->png_dpi);
  on_fit_toggled (self);
}

DebriefPrintOptions *
debrief_print_options_new (DebriefReview            *review,
                           gboolean                  has_selection,
                           const DebriefPrintChoice *choice)
{
  DebriefPrintOptions *self = g_object_new (DEBRIEF_TYPE_PRINT_OPTIONS, "orientation", GTK_ORIENTATION_VERTICAL,
                                            "spacing", 12, NULL);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const char *styles[] = { _("Print (white)"), _("Screen"), NULL };

  self->review = g_object_ref (review);
  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);
  build_ranges (self, has_selection);
  add_row (self, grid, 0, _("_Range"), GTK_WIDGET (self->range_drop));
  add_row (self, grid, 1, _("_Pages across"), build_pages (self));
  self->picture_box = add_row (self, grid, 2, _("Picture _size"), build_picture_size (self));
  self->style_drop = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (styles));
  add_row (self, grid, 3, _("St_yle"), GTK_WIDGET (self->style_drop));
  add_row (self, grid, 4, _("_Lanes"), build_lanes (self));
  self->legend_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Le_gend of event kinds and lane colours")));
  self->notes_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Shared _notes (private notes are never printed)")));
  self->images_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Attached _images, each on a page of its own")));
  self->pseudonymise_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Pseudonymise: name participants by role")));
  gtk_grid_attach (grid, GTK_WIDGET (self->legend_check), 1, 5, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (self->notes_check), 1, 6, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (self->images_check), 1, 7, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (self->pseudonymise_check), 1, 8, 1, 1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (grid));
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);
  debrief_print_options_show_picture_size (self, FALSE);
  show_choice (self, choice);
  return self;
}

void
debrief_print_options_show_picture_size (DebriefPrintOptions *self,
                                         gboolean             show)
{
  GtkWidget *label = gtk_widget_get_prev_sibling (self->picture_box);

  gtk_widget_set_visible (self->picture_box, show);
  gtk_widget_set_visible (label, show);
}

/* Images get pages of their own: a picture (PNG, SVG) has none. */
void
debrief_print_options_show_pages_only (DebriefPrintOptions *self,
                                       gboolean             show)
{
  gtk_widget_set_visible (GTK_WIDGET (self->images_check), show);
}

static char **
chosen_lanes (DebriefPrintOptions *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean all = TRUE;

  for (guint i = 0; i < self->lane_checks->len; i++)
    {
      GtkCheckButton *check = self->lane_checks->pdata[i];

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "lane-id"));
      else
        all = FALSE;
    }
  return all ? NULL : g_strv_builder_end (builder);
}

void
debrief_print_options_get_choice (DebriefPrintOptions *self,
                                  DebriefPrintChoice  *choice)
{
  guint selected = gtk_drop_down_get_selected (self->range_drop);

  debrief_print_choice_clear (choice);
  choice->range = g_strdup (selected < self->ranges->len ? self->ranges->pdata[selected] : "incident");
  choice->pages_across = gtk_check_button_get_active (self->fit_check) ? 0 : gtk_spin_button_get_value_as_int (self->pages_spin);
  choice->legend = gtk_check_button_get_active (self->legend_check);
  choice->notes = gtk_check_button_get_active (self->notes_check);
  choice->append_images = gtk_check_button_get_active (self->images_check);
  choice->pseudonymise = gtk_check_button_get_active (self->pseudonymise_check);
  choice->screen_style = gtk_drop_down_get_selected (self->style_drop) == 1;
  choice->lanes = chosen_lanes (self);
  choice->png_width = gtk_spin_button_get_value_as_int (self->width_spin);
  choice->png_dpi = gtk_spin_button_get_value_as_int (self->dpi_spin);
}

static void
debrief_print_options_finalize (GObject *object)
{
  DebriefPrintOptions *self = DEBRIEF_PRINT_OPTIONS (object);

  g_clear_object (&self->review);
  g_ptr_array_unref (self->ranges);
  g_ptr_array_unref (self->lane_checks);
  G_OBJECT_CLASS (debrief_print_options_parent_class)->finalize (object);
}

static void
debrief_print_options_class_init (DebriefPrintOptionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = debrief_print_options_finalize;
}

static void
debrief_print_options_init (DebriefPrintOptions *self)
{
  self->ranges = g_ptr_array_new_with_free_func (g_free);
  self->lane_checks = g_ptr_array_new ();
}
