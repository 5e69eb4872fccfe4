/* debrief-lane-color-picker.c — the lane palette's swatches, and Automatic
 *
 * Okabe and Ito's eight colours as round toggles, plus Automatic (no colour
 * of its own: the lane takes the palette colour of its position). The
 * ::color property holds "#RRGGBB" as the file stores it, or NULL for
 * Automatic; a colour from outside the palette (typed into the file) shows
 * no swatch active and survives until a swatch is clicked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-color-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "debrief-color.h"
#include "debrief-lane-color-picker.h"

struct _DebriefLaneColorPicker
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *swatches[DEBRIEF_N_LANE_COLORS];
  GtkWidget *automatic;
  char      *color;
  gboolean   updating;  /* setting the toggles: their signals are ours */
};

G_DEFINE_FINAL_TYPE (DebriefLaneColorPicker, debrief_lane_color_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In palette order (debrief-color.c). */
static const char *color_names[DEBRIEF_N_LANE_COLORS] = {
  N_("Blue"), N_("Orange"), N_("Bluish Green"), N_("Reddish Purple"),
  N_("Sky Blue"), N_("Vermillion"), N_("Yellow"), N_("Grey"),
};

/* The swatches' colours come from the renderer's palette, so the CSS is
 * written from it once per display rather than kept in style.css. */
static void
install_css (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GString) css = g_string_new (
    ".lane-swatch { min-width: 26px; min-height: 26px; padding: 0; border-radius: 9999px;"
    "  box-shadow: inset 0 0 0 1px alpha(black, 0.18); }\n"
    ".lane-swatch > image { opacity: 0; }\n"
    ".lane-swatch:checked > image { opacity: 1; }\n"
    ".lane-swatch:hover { filter: brightness(1.1); }\n");
  static const DebriefColor white = DEBRIEF_COLOR_RGB (0xffffff), black = DEBRIEF_COLOR_RGB (0x000000);

  if (g_object_get_data (G_OBJECT (display), "debrief-lane-swatch-css") != NULL)
    return;
  for (guint i = 0; i < DEBRIEF_N_LANE_COLORS; i++)
    {
      const DebriefColor *color = debrief_lane_color (i);
      g_autofree char *hex = debrief_color_to_string (color);
      /* The check mark in whichever of black and white reads better on it. */
      gboolean dark_mark = debrief_color_contrast_ratio (color, &black) > debrief_color_contrast_ratio (color, &white);

      g_string_append_printf (css, ".lane-swatch.swatch-%u { background-color: %s; color: %s; }\n",
                              i, hex, dark_mark ? "black" : "white");
    }
  provider = gtk_css_provider_new ();
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_css_provider_load_from_string (provider, css->str);
#else
  gtk_css_provider_load_from_data (provider, css->str, css->len);
#endif
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "debrief-lane-swatch-css", g_steal_pointer (&provider), g_object_unref);
}

static char *
palette_string (guint index)
{
  return debrief_color_to_string (debrief_lane_color (index));
}

/* "#0072b2", "#0072B2" and "#07B" all name a swatch the same way. */
static int
swatch_index (const char *color)
{
  DebriefColor parsed;
  g_autofree char *normal = NULL;

  if (!debrief_color_parse (color, &parsed))
    return -1;
  normal = debrief_color_to_string (&parsed);
  for (guint i = 0; i < DEBRIEF_N_LANE_COLORS; i++)
    {
      g_autofree char *hex = palette_string (i);

      if (g_str_equal (hex, normal))
        return i;
    }
  return -1;
}

static void
show_color (DebriefLaneColorPicker *self)
{
  int index = swatch_index (self->color);

  self->updating = TRUE;
  for (guint i = 0; i < DEBRIEF_N_LANE_COLORS; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->swatches[i]), (int) i == index);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->automatic), self->color == NULL);
  self->updating = FALSE;
}

static void
on_toggled (GtkToggleButton        *button,
            DebriefLaneColorPicker *self)
{
  g_autofree char *color = NULL;

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < DEBRIEF_N_LANE_COLORS; i++)
    if (GTK_WIDGET (button) == self->swatches[i])
      color = palette_string (i);
  debrief_lane_color_picker_set_color (self, color);
}

static GtkWidget *
build_swatch (DebriefLaneColorPicker *self,
              guint                   index)
{
  GtkWidget *swatch = gtk_toggle_button_new ();
  g_autofree char *class = g_strdup_printf ("swatch-%u", index);

  gtk_button_set_child (GTK_BUTTON (swatch), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_widget_add_css_class (swatch, "lane-swatch");
  gtk_widget_add_css_class (swatch, class);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (swatch, _(color_names[index]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_PROPERTY_LABEL, _(color_names[index]), -1);
  if (index > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (swatch), GTK_TOGGLE_BUTTON (self->swatches[0]));
  g_signal_connect (swatch, "toggled", G_CALLBACK (on_toggled), self);
  return swatch;
}

static void
build (DebriefLaneColorPicker *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  for (guint i = 0; i < DEBRIEF_N_LANE_COLORS; i++)
    gtk_box_append (GTK_BOX (row), self->swatches[i] = build_swatch (self, i));
  self->automatic = gtk_toggle_button_new_with_mnemonic (_("_Automatic"));
  gtk_widget_set_tooltip_text (self->automatic, _("The palette colour of the lane’s position"));
  gtk_widget_set_halign (self->automatic, GTK_ALIGN_START);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->automatic), GTK_TOGGLE_BUTTON (self->swatches[0]));
  g_signal_connect (self->automatic, "toggled", G_CALLBACK (on_toggled), self);
  gtk_box_append (GTK_BOX (self->box), row);
  gtk_box_append (GTK_BOX (self->box), self->automatic);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  show_color (self);
}

static void
debrief_lane_color_picker_realize (GtkWidget *widget)
{
  install_css (gtk_widget_get_display (widget));
  GTK_WIDGET_CLASS (debrief_lane_color_picker_parent_class)->realize (widget);
}

static void
debrief_lane_color_picker_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DebriefLaneColorPicker *self = DEBRIEF_LANE_COLOR_PICKER (object);

  switch (prop_id)
    {
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_lane_color_picker_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DebriefLaneColorPicker *self = DEBRIEF_LANE_COLOR_PICKER (object);

  switch (prop_id)
    {
    case PROP_COLOR: debrief_lane_color_picker_set_color (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_lane_color_picker_dispose (GObject *object)
{
  DebriefLaneColorPicker *self = DEBRIEF_LANE_COLOR_PICKER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (debrief_lane_color_picker_parent_class)->dispose (object);
}

static void
debrief_lane_color_picker_class_init (DebriefLaneColorPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_lane_color_picker_dispose;
  object_class->get_property = debrief_lane_color_picker_get_property;
  object_class->set_property = debrief_lane_color_picker_set_property;
  widget_class->realize = debrief_lane_color_picker_realize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lanecolorpicker");

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
debrief_lane_color_picker_init (DebriefLaneColorPicker *self)
{
  build (self);
}

GtkWidget *
debrief_lane_color_picker_new (void)
{
  return g_object_new (DEBRIEF_TYPE_LANE_COLOR_PICKER, NULL);
}

const char *
debrief_lane_color_picker_get_color (DebriefLaneColorPicker *self)
{
  g_return_val_if_fail (DEBRIEF_IS_LANE_COLOR_PICKER (self), NULL);
  return self->color;
}

/* @color: (nullable): "#RRGGBB", or NULL for Automatic */
void
debrief_lane_color_picker_set_color (DebriefLaneColorPicker *self,
                                     const char             *color)
{
  g_return_if_fail (DEBRIEF_IS_LANE_COLOR_PICKER (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;
  g_free (self->color);
  self->color = g_strdup (color);
  show_color (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
