/* debrief-window-private.h — the window's parts, for the files that share it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "debrief-event-inspector.h"
#include "debrief-events-view.h"
#include "debrief-language-panel.h"
#include "debrief-overview-strip.h"
#include "debrief-lane-inspector.h"
#include "debrief-phase-inspector.h"
#include "debrief-review-inspector.h"
#include "debrief-recovery.h"
#include "debrief-timeline-renderer.h"
#include "debrief-timeline-view.h"
#include "debrief-welcome-page.h"
#include "debrief-window.h"

G_BEGIN_DECLS

typedef struct _DebriefPresenter DebriefPresenter;

struct _DebriefWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwSplitButton       *open_button;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkRevealer          *file_changed_revealer;
  GtkLabel             *file_changed_label;
  GtkWidget            *file_reload_button;
  GtkStack             *main_stack;
  DebriefWelcomePage   *welcome_page;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *loading_progress;
  AdwViewStack         *view_stack;
  DebriefEventsView    *events_view;
  DebriefTimelineView  *timeline_view;
  DebriefOverviewStrip *overview_strip;
  GtkWidget            *timeline_controls;
  GtkDrawingArea       *legend_area;
  GMenu                *recent_menu;
  AdwFlap              *inspector_flap;
  GtkStack             *inspector_stack;
  DebriefEventInspector *event_inspector;
  AdwStatusPage        *many_page;
  DebriefPhaseInspector *phase_inspector;
  DebriefReviewInspector *review_inspector;
  DebriefLaneInspector *lane_inspector;
  GtkWidget            *series_inspector; /* added by debrief-window-series.c */
  GtkWidget            *artefact_inspector; /* added by debrief-window-artefacts.c */
  gboolean              inspecting_item;  /* a phase (or lane) page stands, not the selection */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *search_count;
  GtkMenuButton        *filter_button;
  GtkBox               *filter_box;
  GArray               *matches;          /* DebriefEventRef, in time order; NULL: no search */
  guint                 research_timeout;
  guint64               hidden_kinds;
  GtkMenuButton        *perspectives_button;
  GtkRevealer          *capture_revealer;
  GtkDropDown          *capture_speaker;
  GtkDropDown          *capture_kind;
  GtkEntry             *capture_entry;
  GtkCheckButton       *capture_private;
  GtkBox               *perspectives_box;
  DebriefPresenter     *presenter;        /* while presenting, else NULL */
  AdwFlap              *language_flap;
  DebriefLanguagePanel *language_panel;
  GtkWidget            *entry_inspector;    /* DebriefEntryInspector, a page of the inspector */
  GtkWidget            *comparison_panel;   /* DebriefComparisonPanel, another */
  char                 *recovery_slot;    /* NULL until the first recovery copy */
  guint64               autosaved_generation;
  guint                 autosave_timeout;
  gboolean              autosave_running;
  gboolean              autosave_failed;

  GSimpleActionGroup   *timeline_actions;
  DebriefTimelineRenderer *legend_renderer;

  GSettings            *settings;
  DebriefDocument      *document;
  GCancellable         *open_cancellable;
  char                 *page_before_loading;
  guint                 loading_timeout;
  gboolean              close_after_save;
  gboolean              close_confirmed;

  /* Logging out is held back while the review has unsaved changes. */
  GtkApplication       *inhibit_application;
  guint                 inhibit_cookie;

  /* The review's file on disk, watched for other programs' changes. */
  GFileMonitor         *file_monitor;
  guint                 file_check_timeout;
  GCancellable         *file_check_cancellable;
  GFileInfo            *file_seen;         /* what the last check found; NULL: no file */
  guint                 file_checks_done;  /* for tests: checks that have finished */
};

/* debrief-window.c */
void _debrief_window_update_timeline_controls (DebriefWindow *self);

/* debrief-window-edit.c */
void _debrief_window_edit_class_init          (GtkWidgetClass *widget_class);
void _debrief_window_setup_editing            (DebriefWindow *self);
void _debrief_window_edit_document            (DebriefWindow *self);
void _debrief_window_update_edit_actions      (DebriefWindow *self);
void _debrief_window_show_selection           (DebriefWindow *self);

/* debrief-window-artefacts.c */
void _debrief_window_setup_artefacts          (DebriefWindow *self);
void _debrief_window_artefacts_document       (DebriefWindow *self);
GFile *_debrief_window_images_base           (DebriefDocument *document);
gboolean _debrief_window_carry_images        (DebriefWindow   *self,
                                              GFile           *target,
                                              GError         **error);
void     _debrief_window_carried_images_done (DebriefWindow   *self,
                                              gboolean         saved);
guint _debrief_window_attach_images_at       (DebriefWindow *self,
                                              GPtrArray     *images,
                                              gint64         time,
                                              const char    *lane);
DebriefArtefact *_debrief_window_attach_image (DebriefWindow *self,
                                               GFile         *image);

/* debrief-window-series.c */
void _debrief_window_setup_series             (DebriefWindow *self);
void _debrief_window_series_document          (DebriefWindow *self);
gboolean _debrief_window_import               (DebriefWindow *self,
                                               GPtrArray     *sources);

/* debrief-window-session.c */
void _debrief_window_session_store            (DebriefWindow *self);
void _debrief_window_session_recall           (DebriefWindow *self);
void _debrief_window_save_size                (DebriefWindow *self);
void _debrief_window_restore_size             (DebriefWindow *self);
void _debrief_window_uninhibit_logout         (DebriefWindow *self);
void _debrief_window_update_logout_inhibit    (DebriefWindow *self);

/* debrief-window-drop.c */
void _debrief_window_setup_drop               (DebriefWindow *self);

/* debrief-window-autosave.c */
void _debrief_window_setup_autosave           (DebriefWindow *self);
void _debrief_window_autosave_now             (DebriefWindow *self);
void _debrief_window_autosave_forget          (DebriefWindow *self);
void _debrief_window_autosave_adopt           (DebriefWindow *self,
                                               const char    *slot_id);
void _debrief_window_autosave_dispose         (DebriefWindow *self);

/* debrief-window-perspectives.c */
void _debrief_window_setup_perspectives       (DebriefWindow *self);
void _debrief_window_perspectives_document    (DebriefWindow *self);

/* debrief-window-comparisons.c */
void _debrief_window_setup_comparisons        (DebriefWindow *self);
void _debrief_window_comparisons_document     (DebriefWindow *self);

/* debrief-window-view-state.c */
void _debrief_window_view_state_apply         (DebriefWindow *self);
void _debrief_window_show_perspectives        (DebriefWindow      *self,
                                               const char * const *ids,
                                               gboolean            split_by_kind,
                                               const char         *pinned);
void _debrief_window_view_state_playhead      (DebriefWindow *self);
void _debrief_window_set_comparison_hidden_lanes (DebriefWindow      *self,
                                                 const char * const *lane_ids);

/* debrief-window-capture.c */
void _debrief_window_setup_capture            (DebriefWindow *self);
void _debrief_window_capture_document         (DebriefWindow *self);

/* debrief-window-present.c */
void _debrief_window_setup_present            (DebriefWindow *self);
void _debrief_window_present_document         (DebriefWindow *self);
void _debrief_window_present_dispose          (DebriefWindow *self);

/* debrief-window-search.c */
void _debrief_window_search_class_init        (GtkWidgetClass *widget_class);

/* debrief-window-print.c */
void _debrief_window_print_class_init         (GtkWidgetClass *widget_class);
void _debrief_window_setup_search             (DebriefWindow *self);
void _debrief_window_search_document          (DebriefWindow *self);
void _debrief_window_search_review_changed    (DebriefWindow *self);
void _debrief_window_search_dispose           (DebriefWindow *self);

/* debrief-window-timeline.c */
void _debrief_window_setup_timeline           (DebriefWindow *self);

/* debrief-window-language.c */
void _debrief_window_language_class_init      (GtkWidgetClass *widget_class);
void _debrief_window_setup_language           (DebriefWindow *self);
void _debrief_window_language_document        (DebriefWindow *self);

/* debrief-window-file-watch.c */
void _debrief_window_file_watch_class_init    (GtkWidgetClass *widget_class);
void _debrief_window_watch_file               (DebriefWindow *self);
void _debrief_window_stop_watching_file       (DebriefWindow *self);

G_END_DECLS
