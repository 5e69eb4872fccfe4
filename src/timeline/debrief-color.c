/* debrief-color.c — colours for the renderer, without GDK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-color"

#include "config.h"

#include <math.h>
#include <string.h>

#include "debrief-color.h"

/* Okabe, M. & Ito, K. (2002), Color Universal Design. Black is left out
 * (it is the text colour); blue-ish first for the most common lanes. */
static const DebriefColor lane_colors[DEBRIEF_N_LANE_COLORS] = {
  DEBRIEF_COLOR_RGB (0x0072B2),  /* blue */
  DEBRIEF_COLOR_RGB (0xE69F00),  /* orange */
  DEBRIEF_COLOR_RGB (0x009E73),  /* bluish green */
  DEBRIEF_COLOR_RGB (0xCC79A7),  /* reddish purple */
  DEBRIEF_COLOR_RGB (0x56B4E9),  /* sky blue */
  DEBRIEF_COLOR_RGB (0xD55E00),  /* vermillion */
  DEBRIEF_COLOR_RGB (0xF0E442),  /* yellow */
  DEBRIEF_COLOR_RGB (0x999999),  /* grey */
};

const DebriefColor *
debrief_lane_color (guint index)
{
  return &lane_colors[index % DEBRIEF_N_LANE_COLORS];
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* "#RRGGBB" or "#RGB". */
gboolean
debrief_color_parse (const char   *text,
                     DebriefColor *out_color)
{
  int digits[6];
  size_t length;

  if (text == NULL || text[0] != '#')
    return FALSE;
  length = strlen (text + 1);
  if (length != 6 && length != 3)
    return FALSE;
  for (size_t i = 0; i < length; i++)
    if ((digits[i] = hex_digit (text[1 + i])) < 0)
      return FALSE;

  if (length == 3)
    {
      out_color->red = digits[0] * 17 / 255.0;
      out_color->green = digits[1] * 17 / 255.0;
      out_color->blue = digits[2] * 17 / 255.0;
    }
  else
    {
      out_color->red = (digits[0] * 16 + digits[1]) / 255.0;
      out_color->green = (digits[2] * 16 + digits[3]) / 255.0;
      out_color->blue = (digits[4] * 16 + digits[5]) / 255.0;
    }
  out_color->alpha = 1.0;
  return TRUE;
}

char *
debrief_color_to_string (const DebriefColor *color)
{
  return g_strdup_printf ("#%02X%02X%02X", (int) lround (color->red * 255),
                          (int) lround (color->green * 255), (int) lround (color->blue * 255));
}

void
debrief_color_set_source (cairo_t            *cr,
                          const DebriefColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
debrief_color_set_source_alpha (cairo_t            *cr,
                                const DebriefColor *color,
                                double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

DebriefColor
debrief_color_mix (const DebriefColor *a,
                   const DebriefColor *b,
                   double              amount_of_b)
{
  DebriefColor mixed;

  mixed.red = a->red + (b->red - a->red) * amount_of_b;
  mixed.green = a->green + (b->green - a->green) * amount_of_b;
  mixed.blue = a->blue + (b->blue - a->blue) * amount_of_b;
  mixed.alpha = a->alpha + (b->alpha - a->alpha) * amount_of_b;
  return mixed;
}

static double
linear (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance. */
double
debrief_color_luminance (const DebriefColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/* WCAG 2 contrast ratio, 1 to 21. Projection text must reach 7. */
double
debrief_color_contrast_ratio (const DebriefColor *a,
                              const DebriefColor *b)
{
  double la = debrief_color_luminance (a), lb = debrief_color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
