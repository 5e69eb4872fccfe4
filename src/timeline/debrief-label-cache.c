/* debrief-label-cache.c — laid-out text, kept between frames
 *
 * A fresh PangoLayout costs 30–50 µs and a cached one draws about four
 * times faster, so labels are looked up by (role, text, width) in a hash
 * table and evicted least-recently-used. Widths are rounded down to
 * buckets of 8 px so that a label shrinking pixel by pixel while zooming
 * does not make a new layout each frame.
 *
 * Text is made inert before it is laid out: only its first line, control
 * characters shown as U+FFFD, bidirectional overrides removed (so a
 * hostile transcript cannot reverse what follows it), and at most a few
 * hundred characters, since a label never shows more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-label-cache"

#include "config.h"

#include <string.h>

#include "debrief-label-cache.h"

#define WIDTH_BUCKET 8
#define MAX_LABEL_CHARS 300
#define KEY_PREFIX 256

typedef struct {
  DebriefLabelRole  role;
  int               width;
  char             *text;    /* the first KEY_PREFIX bytes of the text */
  gsize             length;  /* the whole text's length */
  guint             hash;
  PangoLayout      *layout;
  GList             link;    /* in the LRU queue; data points back here */
} Entry;

struct _DebriefLabelCache
{
  PangoContext         *context;
  PangoFontDescription *fonts[DEBRIEF_N_LABEL_ROLES];
  GHashTable           *entries;   /* Entry* → Entry* */
  GQueue                lru;       /* most recent first */
  guint                 capacity;
  guint                 created;
  double                digit_width[DEBRIEF_N_LABEL_ROLES];
  double                line_height[DEBRIEF_N_LABEL_ROLES];
};

static guint
entry_hash (gconstpointer data)
{
  return ((const Entry *) data)->hash;
}

static gboolean
entry_equal (gconstpointer a,
             gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  return ea->role == eb->role && ea->width == eb->width && ea->length == eb->length &&
         strcmp (ea->text, eb->text) == 0;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
  g_clear_object (&entry->layout);
  g_free (entry);
}

DebriefLabelCache *
debrief_label_cache_new (guint capacity)
{
  DebriefLabelCache *cache = g_new0 (DebriefLabelCache, 1);
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();

  cache->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (cache->context, 96.0);
  cache->entries = g_hash_table_new_full (entry_hash, entry_equal, NULL, entry_free);
  cache->capacity = MAX (capacity, 16);
  debrief_label_cache_set_fonts (cache, "sans-serif", 12, 13, 11);
  return cache;
}

void
debrief_label_cache_free (DebriefLabelCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->entries);
  for (guint i = 0; i < DEBRIEF_N_LABEL_ROLES; i++)
    g_clear_pointer (&cache->fonts[i], pango_font_description_free);
  g_clear_object (&cache->context);
  g_free (cache);
}

static void
measure_role (DebriefLabelCache *cache,
              DebriefLabelRole   role)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (cache->context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, cache->fonts[role]);
  pango_layout_set_text (layout, "0123456789", -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cache->digit_width[role] = logical.width / 10.0;
  cache->line_height[role] = logical.height;
}

/* Sizes are in pixels; changing them empties the cache. */
void
debrief_label_cache_set_fonts (DebriefLabelCache *cache,
                               const char        *family,
                               double             label_size,
                               double             header_size,
                               double             small_size)
{
  const double sizes[DEBRIEF_N_LABEL_ROLES] = { label_size, header_size, small_size, small_size };

  for (guint i = 0; i < DEBRIEF_N_LABEL_ROLES; i++)
    {
      g_clear_pointer (&cache->fonts[i], pango_font_description_free);
      cache->fonts[i] = pango_font_description_from_string (family);
      pango_font_description_set_absolute_size (cache->fonts[i], sizes[i] * PANGO_SCALE);
      if (i == DEBRIEF_LABEL_HEADER || i == DEBRIEF_LABEL_SMALL_BOLD)
        pango_font_description_set_weight (cache->fonts[i], PANGO_WEIGHT_BOLD);
      measure_role (cache, i);
    }
  g_hash_table_remove_all (cache->entries);
  g_queue_init (&cache->lru);
}

static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f ||
         c == 0x061c;
}

static void
append_inert (GString  *out,
              gunichar  c)
{
  if (c == '\t')
    g_string_append_c (out, ' ');
  else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
    g_string_append_unichar (out, 0xfffd);
  else if (!is_bidi_control (c))
    g_string_append_unichar (out, c);
}

/**
 * debrief_label_sanitize:
 *
 * The first line of @text, at most @max_chars characters (with "…" when
 * cut), control characters as U+FFFD and bidi controls removed.
 */
char *
debrief_label_sanitize (const char *text,
                        gsize       max_chars)
{
  GString *out = g_string_sized_new (MIN (strlen (text), max_chars * 2) + 4);
  gsize chars = 0;

  for (const char *p = text; *p != '\0' && *p != '\n' && *p != '\r'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (chars++ >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      append_inert (out, c);
    }
  if (text[strcspn (text, "\r\n")] != '\0' && chars <= max_chars)
    g_string_append (out, " …");
  return g_string_free (out, FALSE);
}

/**
 * debrief_label_sanitize_lines:
 *
 * Like debrief_label_sanitize(), for text shown whole in a widget (a
 * tooltip, a list cell): every line kept ("\r\n" and "\r" as "\n"), at
 * most @max_chars characters in all. Other people's text, shown inertly:
 * an override cannot make "deyolped" read "deployed" (the Events list did,
 * before), and a 10 MB message does not become a 10 MB label.
 */
char *
debrief_label_sanitize_lines (const char *text,
                              gsize       max_chars)
{
  GString *out = g_string_sized_new (MIN (strlen (text), max_chars * 2) + 4);
  gsize chars = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (chars++ >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '\r' && p[1] == '\n')
        continue;
      if (c == '\n' || c == '\r')
        g_string_append_c (out, '\n');
      else
        append_inert (out, c);
    }
  return g_string_free (out, FALSE);
}

/* No font draws a character narrower than about a fifth of its size, so
 * a label @width wide never shows more characters than this: shaping the
 * rest of a long log line would be thrown away by the ellipsis. */
static gsize
chars_that_fit (DebriefLabelCache *cache,
                DebriefLabelRole   role,
                int                width)
{
  double size = pango_font_description_get_size (cache->fonts[role]) / (double) PANGO_SCALE;

  if (width <= 0)
    return MAX_LABEL_CHARS;
  return MIN (MAX_LABEL_CHARS, (gsize) (width / (size * 0.2)) + 2);
}

static PangoLayout *
make_layout (DebriefLabelCache *cache,
             DebriefLabelRole   role,
             const char        *text,
             int                width)
{
  g_autofree char *clean = debrief_label_sanitize (text, chars_that_fit (cache, role, width));
  PangoLayout *layout = pango_layout_new (cache->context);

  pango_layout_set_font_description (layout, cache->fonts[role]);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, clean, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  cache->created++;
  return layout;
}

static void
evict_oldest (DebriefLabelCache *cache)
{
  GList *oldest = g_queue_peek_tail_link (&cache->lru);
  Entry *entry = oldest->data;

  g_queue_unlink (&cache->lru, oldest);
  g_hash_table_remove (cache->entries, entry);
}

/**
 * debrief_label_cache_get:
 * @max_width: ellipsize past this many pixels; -1 for no limit
 *
 * Returns: (transfer none): a layout of @text, valid until the next call
 * that may evict it (keep no pointer across frames)
 */
PangoLayout *
debrief_label_cache_get (DebriefLabelCache *cache,
                         DebriefLabelRole   role,
                         const char        *text,
                         int                max_width)
{
  Entry key = { 0 }, *entry;
  char prefix[KEY_PREFIX + 1];
  gsize length = strlen (text);

  g_strlcpy (prefix, text, sizeof prefix);
  key.role = role;
  key.width = max_width > 0 ? max_width / WIDTH_BUCKET * WIDTH_BUCKET : -1;
  key.text = prefix;
  key.length = length;
  key.hash = (g_str_hash (prefix) * 31 + (guint) key.width) * 31 + role + (guint) length;

  entry = g_hash_table_lookup (cache->entries, &key);
  if (entry != NULL)
    {
      g_queue_unlink (&cache->lru, &entry->link);
      g_queue_push_head_link (&cache->lru, &entry->link);
      return entry->layout;
    }

  if (g_hash_table_size (cache->entries) >= cache->capacity)
    evict_oldest (cache);

  entry = g_new0 (Entry, 1);
  *entry = key;
  entry->text = g_strdup (prefix);
  entry->layout = make_layout (cache, role, text, key.width);
  entry->link.data = entry;
  g_hash_table_add (cache->entries, entry);
  g_queue_push_head_link (&cache->lru, &entry->link);
  return entry->layout;
}

/* Layouts made since the last reset: the benchmark reports them per frame. */
guint
debrief_label_cache_get_created (DebriefLabelCache *cache)
{
  return cache->created;
}

void
debrief_label_cache_reset_created (DebriefLabelCache *cache)
{
  cache->created = 0;
}

/* Digits are tabular in the UI fonts: a ruler label's width is its
 * character count times this. */
double
debrief_label_cache_get_digit_width (DebriefLabelCache *cache,
                                     DebriefLabelRole   role)
{
  return cache->digit_width[role];
}

double
debrief_label_cache_get_line_height (DebriefLabelCache *cache,
                                     DebriefLabelRole   role)
{
  return cache->line_height[role];
}
