/* debrief-events-view.c — every event as a table: time, lane, kind, text
 *
 * The same content as the timeline, for reading in order and for screen
 * readers. The event store itself is the list model; rows are made only
 * for what is visible, so a million events scroll like a hundred.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "debrief-events-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "debrief-event-item.h"
#include "debrief-event-kind.h"
#include "debrief-events-view.h"
#include "debrief-label-cache.h"
#include "debrief-time.h"
#include "debrief-time-ticks.h"

/* A cell shows one line; past this a longer text is cut ("…"). */
#define MAX_SHOWN_CHARS 2000

struct _DebriefEventsView
{
  GtkWidget           parent_instance;

  DebriefReview      *review;
  GtkWidget          *scrolled;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  gboolean            spans_days;
  DebriefTimeDisplay  display;
  GHashTable         *time_labels;   /* bound Time cells, to redo when the display changes */
  GHashTable         *text_labels;   /* bound Text cells, to mark when the search changes */
  GHashTable         *matches;       /* refs the search found */
  guint64             hidden_kinds;  /* bit k: events of kind k are not listed */
  gint64              playhead;      /* only events up to it are listed; DEBRIEF_TIME_NONE: all */
};

G_DEFINE_FINAL_TYPE (DebriefEventsView, debrief_events_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_SELECTED_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  COLUMN_TIME,
  COLUMN_LANE,
  COLUMN_KIND,
  COLUMN_TEXT,
} Column;

/* ---- cells ------------------------------------------------------------------ */

/* In the display the timeline uses: the review's zone, UTC, or T+. */
static char *
format_time (DebriefEventsView  *self,
             const DebriefEvent *event)
{
  gboolean fraction = event->start % DEBRIEF_USEC_PER_SEC != 0;

  switch (self->display)
    {
    case DEBRIEF_TIME_DISPLAY_UTC:
      return debrief_time_format_clock (event->start, NULL, self->spans_days, fraction);
    case DEBRIEF_TIME_DISPLAY_RELATIVE:
      return debrief_time_format_relative (event->start, debrief_review_get_origin (self->review));
    case DEBRIEF_TIME_DISPLAY_ZONE:
    default:
      return debrief_time_format_clock (event->start, debrief_review_get_time_zone (self->review),
                                        self->spans_days, fraction);
    }
}

static char *
format_lane (DebriefEventsView  *self,
             const DebriefEvent *event)
{
  DebriefLane *lane = debrief_review_get_lane_by_key (self->review, event->lane);

  return g_strdup (lane ? debrief_lane_get_name (lane) : "");
}

static char *
format_kind (DebriefEventStore  *store,
             const DebriefEvent *event)
{
  if (event->kind < DEBRIEF_N_BUILTIN_EVENT_KINDS)
    return g_strdup (debrief_event_kind_get_label (event->kind));
  return g_strdup (debrief_event_store_get_kind_name (store, event->kind));
}

/* One line: line breaks shown as spaces; the tooltip has the whole text. */
static char *
format_text (const DebriefEvent *event)
{
  char *text = g_strdup (event->text);

  g_strdelimit (text, "\n\r\t", ' ');
  return text;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column == COLUMN_TIME)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* A search match is marked in the Text column, as on the timeline. */
static void
mark_match (DebriefEventsView *self,
            GtkWidget         *label)
{
  DebriefEventItem *item = g_object_get_data (G_OBJECT (label), "event-item");
  gboolean matched = item != NULL && self->matches != NULL &&
                     g_hash_table_contains (self->matches, GUINT_TO_POINTER (debrief_event_item_get_ref (item) + 1));

  if (matched)
    gtk_widget_add_css_class (label, "search-match");
  else
    gtk_widget_remove_css_class (label, "search-match");
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (user_data);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  DebriefEventItem *item = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  const DebriefEvent *event = debrief_event_item_get_event (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_TIME:
      text = format_time (self, event);
      g_object_set_data_full (G_OBJECT (label), "event-item", g_object_ref (item), g_object_unref);
      g_hash_table_add (self->time_labels, label);
      break;
    case COLUMN_LANE: text = format_lane (self, event); break;
    case COLUMN_KIND: text = format_kind (debrief_event_item_get_store (item), event); break;
    case COLUMN_TEXT:
    default:
      text = format_text (event);
      {
        g_autofree char *tip = debrief_label_sanitize_lines (event->text, MAX_SHOWN_CHARS);

        gtk_widget_set_tooltip_text (GTK_WIDGET (label), tip);
      }
      g_object_set_data_full (G_OBJECT (label), "event-item", g_object_ref (item), g_object_unref);
      g_hash_table_add (self->text_labels, label);
      mark_match (self, GTK_WIDGET (label));
      break;
    }
  /* Names, kinds and texts come from other people's files: shown inertly
   * (no bidi overrides, no control characters, bounded). */
  if (column != COLUMN_TIME)
    {
      char *shown = debrief_label_sanitize (text, MAX_SHOWN_CHARS);

      g_free (text);
      text = shown;
    }
  gtk_label_set_text (label, text);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (user_data);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (g_hash_table_remove (self->time_labels, label) || g_hash_table_remove (self->text_labels, label))
    g_object_set_data (G_OBJECT (label), "event-item", NULL);
}

static void
add_column (DebriefEventsView *self,
            Column             column,
            const char        *title,
            gboolean           expand,
            int                fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ---- lifecycle --------------------------------------------------------------- */

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      gpointer           user_data)
{
  g_object_notify_by_pspec (G_OBJECT (user_data), properties[PROP_SELECTED_EVENT]);
}

static void
debrief_events_view_dispose (GObject *object)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->review);
  g_clear_pointer (&self->time_labels, g_hash_table_unref);
  g_clear_pointer (&self->text_labels, g_hash_table_unref);
  g_clear_pointer (&self->matches, g_hash_table_unref);

  G_OBJECT_CLASS (debrief_events_view_parent_class)->dispose (object);
}

static void
debrief_events_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW: g_value_set_object (value, self->review); break;
    case PROP_SELECTED_EVENT: g_value_set_uint (value, debrief_events_view_get_selected_event (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_events_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW: debrief_events_view_set_review (self, g_value_get_object (value)); break;
    case PROP_SELECTED_EVENT: debrief_events_view_set_selected_event (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
debrief_events_view_class_init (DebriefEventsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = debrief_events_view_dispose;
  object_class->get_property = debrief_events_view_get_property;
  object_class->set_property = debrief_events_view_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, DEBRIEF_TYPE_REVIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_uint ("selected-event", NULL, NULL, 0, G_MAXUINT32, DEBRIEF_EVENT_REF_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventsview");
}

static void
debrief_events_view_init (DebriefEventsView *self)
{
  self->time_labels = g_hash_table_new (NULL, NULL);
  self->playhead = DEBRIEF_TIME_NONE;
  self->text_labels = g_hash_table_new (NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Events"), -1);

  add_column (self, COLUMN_TIME, _("Time"), FALSE, 170);
  add_column (self, COLUMN_LANE, _("Lane"), FALSE, 180);
  add_column (self, COLUMN_KIND, _("Kind"), FALSE, 130);
  add_column (self, COLUMN_TEXT, _("Text"), TRUE, -1);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

/* GTK 4.12 can scroll a column view to a row; before that, the row's list
 * view (the column view's child) has a "list.scroll-to-item" action. */
static void
scroll_to_position (DebriefEventsView *self,
                    guint              position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_column_view_scroll_to (self->column_view, position, NULL, GTK_LIST_SCROLL_NONE, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
#endif
}

/* ---- hiding kinds ------------------------------------------------------------------- */

static gboolean
is_shown (gpointer item,
          gpointer user_data)
{
  DebriefEventsView *self = DEBRIEF_EVENTS_VIEW (user_data);
  guint kind = debrief_event_item_get_event (item)->kind;

  return kind >= 64 || !(self->hidden_kinds & (G_GUINT64_CONSTANT (1) << kind));
}

static gboolean
is_filtered (DebriefEventsView *self)
{
  return self->hidden_kinds != 0 || self->playhead != DEBRIEF_TIME_NONE;
}

/* The store itself while everything is shown (no cost for a million
 * rows). With the playhead, the events before it: a prefix of the store,
 * which is in time order. Hidden kinds filter what is left. */
static void
show_model (DebriefEventsView *self)
{
  DebriefEventStore *events = self->review ? debrief_review_get_events (self->review) : NULL;
  g_autoptr(GListModel) base = events ? g_object_ref (G_LIST_MODEL (events)) : NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;

  if (base == NULL || !is_filtered (self))
    {
      gtk_single_selection_set_model (self->selection, base);
      return;
    }
  if (self->playhead != DEBRIEF_TIME_NONE)
    {
      guint known = debrief_event_store_lower_bound (events, self->playhead == G_MAXINT64 ? self->playhead
                                                                                         : self->playhead + 1);

      base = G_LIST_MODEL (gtk_slice_list_model_new (g_steal_pointer (&base), 0, known));
    }
  if (self->hidden_kinds == 0)
    {
      gtk_single_selection_set_model (self->selection, base);
      return;
    }
  filtered = gtk_filter_list_model_new (g_object_ref (base), GTK_FILTER (gtk_custom_filter_new (is_shown, self, NULL)));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (filtered));
}

/* "Known at time T": the list too shows nothing after it. */
void
debrief_events_view_set_playhead (DebriefEventsView *self,
                                  gint64             playhead)
{
  DebriefEventRef selected;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));
  if (self->playhead == playhead)
    return;
  selected = debrief_events_view_get_selected_event (self);
  self->playhead = playhead;
  show_model (self);
  debrief_events_view_set_selected_event (self, selected);
}

void
debrief_events_view_set_hidden_kinds (DebriefEventsView *self,
                                      guint64            hidden_kinds)
{
  DebriefEventRef selected;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));
  if (self->hidden_kinds == hidden_kinds)
    return;
  selected = debrief_events_view_get_selected_event (self);
  self->hidden_kinds = hidden_kinds;
  show_model (self);
  debrief_events_view_set_selected_event (self, selected);
}

static int
compare_with (DebriefEventStore  *store,
              const DebriefEvent *event,
              DebriefEventItem   *item)
{
  const DebriefEvent *other = debrief_event_item_get_event (item);

  if (event->start != other->start)
    return event->start < other->start ? -1 : 1;
  return strcmp (event->id, other->id);
}

/* Where the event's row is: the store's own position, or, filtered, a
 * binary search — the filter keeps the store's (start, id) order. */
static guint
row_of (DebriefEventsView *self,
        DebriefEventRef    ref)
{
  DebriefEventStore *store = debrief_review_get_events (self->review);
  GListModel *model = gtk_single_selection_get_model (self->selection);
  const DebriefEvent *event;
  guint lo = 0, hi;

  if (!debrief_event_store_is_live (store, ref))
    return GTK_INVALID_LIST_POSITION;
  if (!is_filtered (self))
    return debrief_event_store_get_position (store, ref);
  event = debrief_event_store_get (store, ref);
  hi = g_list_model_get_n_items (model);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(DebriefEventItem) item = g_list_model_get_item (model, mid);
      int order = compare_with (store, event, item);

      if (order == 0)
        return mid;
      if (order < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* ---- public ------------------------------------------------------------------- */

DebriefReview *
debrief_events_view_get_review (DebriefEventsView *self)
{
  g_return_val_if_fail (DEBRIEF_IS_EVENTS_VIEW (self), NULL);
  return self->review;
}

void
debrief_events_view_set_review (DebriefEventsView *self,
                                DebriefReview     *review)
{
  gint64 start, end;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));

  if (!g_set_object (&self->review, review))
    return;

  self->spans_days = FALSE;
  if (review != NULL && debrief_review_get_time_bounds (review, &start, &end))
    {
      g_autoptr(GDateTime) first = debrief_time_to_date_time (start, debrief_review_get_time_zone (review));
      g_autoptr(GDateTime) last = debrief_time_to_date_time (end, debrief_review_get_time_zone (review));

      self->spans_days = first && last && (g_date_time_get_day_of_year (first) != g_date_time_get_day_of_year (last) ||
                                           g_date_time_get_year (first) != g_date_time_get_year (last));
    }

  show_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

DebriefEventRef
debrief_events_view_get_selected_event (DebriefEventsView *self)
{
  DebriefEventItem *item;

  g_return_val_if_fail (DEBRIEF_IS_EVENTS_VIEW (self), DEBRIEF_EVENT_REF_NONE);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? debrief_event_item_get_ref (item) : DEBRIEF_EVENT_REF_NONE;
}

/* Selects the event and scrolls its row into view. */
void
debrief_events_view_set_selected_event (DebriefEventsView *self,
                                        DebriefEventRef    ref)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));

  if (self->review != NULL && ref != DEBRIEF_EVENT_REF_NONE)
    position = row_of (self, ref);
  if (position == G_MAXUINT)
    position = GTK_INVALID_LIST_POSITION;
  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to_position (self, position);
}

/* Shows times as the timeline does; the rows on screen are redone in
 * place, so scrolling and selection stay. */
/* @matches: (nullable): the refs the search found */
void
debrief_events_view_set_matches (DebriefEventsView *self,
                                 GArray            *matches)
{
  GHashTableIter iter;
  gpointer label;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));
  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (matches != NULL && matches->len > 0)
    {
      self->matches = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < matches->len; i++)
        g_hash_table_add (self->matches, GUINT_TO_POINTER (g_array_index (matches, DebriefEventRef, i) + 1));
    }
  g_hash_table_iter_init (&iter, self->text_labels);
  while (g_hash_table_iter_next (&iter, &label, NULL))
    mark_match (self, label);
}

void
debrief_events_view_set_time_display (DebriefEventsView  *self,
                                      DebriefTimeDisplay  display)
{
  GHashTableIter iter;
  gpointer label;

  g_return_if_fail (DEBRIEF_IS_EVENTS_VIEW (self));

  if (self->display == display)
    return;
  self->display = display;
  if (self->review == NULL)
    return;

  g_hash_table_iter_init (&iter, self->time_labels);
  while (g_hash_table_iter_next (&iter, &label, NULL))
    {
      DebriefEventItem *item = g_object_get_data (label, "event-item");
      g_autofree char *text = NULL;

      if (item == NULL || !debrief_event_store_is_live (debrief_event_item_get_store (item),
                                                        debrief_event_item_get_ref (item)))
        continue;
      text = format_time (self, debrief_event_item_get_event (item));
      gtk_label_set_text (GTK_LABEL (label), text);
    }
}
