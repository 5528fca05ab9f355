//! The workspace of an open project: wiring. The edit session (`session`), autosave
//! (`autosave`), the page and other tabs (`page_watch`), leaving with unsaved edits
//! (`leave_guard`), presentation, printing and exports each live in a hook of their own; this
//! component joins them to the top bar, the banners, the voting bar and the active canvas.

use super::autosave::{flush_and_report, use_autosave};
use super::editor_state::{EditorAction, SaveStatus};
use super::exports::exports;
use super::leave_guard::{leave_dialog, use_leave_guard, LeaveDialogProps};
use super::page_watch::use_page_watch;
use super::presentation::use_presentation;
use super::print_view::{use_print, PrintView};
use super::save_banner::{banner_actions, save_banner, SaveBannerProps};
use super::session::use_edit_session;
use super::top_bar::TopBar;
use crate::i18n::{describe_model_error, Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::model::{Command, ItemId};
use crate::storage::local::storage_is_persistent;
use crate::storage::{Loaded, StorageError};
use crate::ui::canvas::registry::{canvas, ViewContext};
use crate::ui::canvas::voting::{this_device, VoteContext, VotingBar};
use crate::ui::live::hook::{use_live, Here};
use crate::ui::live::panel::LivePanel;
use crate::ui::widgets::timer::{use_timer, TimerContext, WorkshopTimer};
use crate::ui::widgets::toast::use_toaster;
use crate::ui::{browser, use_lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct WorkspaceProps {
    pub loaded: Rc<Loaded>,
    pub tab: CanvasTab,
    pub navigate: Callback<Route>,
    pub on_lang: Callback<Lang>,
}

impl PartialEq for WorkspaceProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded) && self.tab == other.tab && self.navigate == other.navigate && self.on_lang == other.on_lang
    }
}

#[function_component(Workspace)]
pub fn workspace(props: &WorkspaceProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let (state, job) = use_edit_session(&props.loaded);
    let dispatcher = state.dispatcher();
    use_autosave(&state, &job);
    use_page_watch(&job, &dispatcher, &toaster, lang);
    let leave = use_leave_guard(&job, &state);
    let has_storage = use_memo((), |_| storage_is_persistent());
    let presentation = use_presentation(&props.navigate, &props.loaded.project.id);
    let (printing, on_print) = use_print(props.tab);
    let (timer, set_timer) = use_timer();
    let on_tab = {
        let (navigate, id) = (props.navigate.clone(), props.loaded.project.id.clone());
        Callback::from(move |tab| navigate.emit(Route::Project { id: id.clone(), tab }))
    };
    let live = use_live(&state, Here { tab: props.tab, on_tab: on_tab.clone(), timer }, &toaster, lang);
    let timer = TimerContext { countdown: timer, set: set_timer, shared: live.shared_timer.clone() };
    // Read again when a session starts, which may set the name this device goes by.
    let me = (*use_memo(live.view.as_ref().map(|v| v.me.name.clone()), |_| this_device())).clone();

    let project = state.session.project();
    let on_command = {
        let d = dispatcher.clone();
        use_memo((), move |_| Callback::from(move |command: Command| d.dispatch(EditorAction::Execute(command, browser::now()))))
    };
    let on_create = {
        let d = dispatcher.clone();
        use_memo((), move |_| {
            Callback::from(move |(command, then): (Command, Callback<Vec<ItemId>>)| d.dispatch(EditorAction::Create(command, browser::now(), then)))
        })
    };
    let d = dispatcher.clone();
    // Stable, so the name field is not re-rendered each time the save status changes.
    let on_rename = use_callback((), move |name: String, _| d.dispatch(EditorAction::Execute(Command::RenameProject { name }, browser::now())));
    let d = dispatcher.clone();
    let on_undo = Callback::from(move |_| d.dispatch(EditorAction::Undo(browser::now())));
    let d = dispatcher.clone();
    let on_redo = Callback::from(move |_| d.dispatch(EditorAction::Redo(browser::now())));
    // A canvas asked to open another with an item selected; the request holds while that
    // canvas is shown and lapses when the user moves on.
    let revealed = use_state(|| None::<(CanvasTab, ItemId)>);
    let on_reveal = {
        let (revealed, on_tab) = (revealed.clone(), on_tab.clone());
        use_memo((), move |_| {
            Callback::from(move |(tab, id): (CanvasTab, ItemId)| {
                revealed.set(Some((tab, id)));
                on_tab.emit(tab);
            })
        })
    };
    let reveal = revealed.filter(|(tab, _)| *tab == props.tab).map(|(_, id)| id);
    let on_back = {
        let (navigate, job, d, leave) = (props.navigate.clone(), job.clone(), dispatcher.clone(), leave.clone());
        Callback::from(move |_| {
            flush_and_report(&job, &d);
            if job.borrow().is_dirty() {
                leave.ask.set(true);
            } else {
                navigate.emit(Route::ProjectList);
            }
        })
    };
    let exports = exports(project, lang, &toaster);
    let banner = banner_actions(&job, &dispatcher, project, &props.navigate, &toaster, lang);

    // Without browser storage every save only reaches this tab's memory: say so all along.
    let status = if *has_storage { state.status.clone() } else { SaveStatus::Failed(StorageError::Unavailable(String::new())) };
    let vote_context =
        VoteContext { round: project.voting.open().map(|round| Rc::new(round.clone())), me: me.clone(), on_command: (*on_command).clone() };
    let tab = props.tab;
    let on_command = (*on_command).clone();
    let view = (canvas(tab).view)(&ViewContext {
        project,
        lang,
        toaster: &toaster,
        on_command: &on_command,
        on_create: &on_create,
        on_reveal: &on_reveal,
        reveal,
    });
    html! {
        <ContextProvider<TimerContext> context={timer}>
        <div class={classes!("editor", presentation.on.then_some("presenting"))}>
            if presentation.on {
                <div class="present-bar">
                    <strong>{ lang.tr(tab.label()) }</strong>
                    <span class="hint">{ lang.tr(Text::PresentHint) }</span>
                    <WorkshopTimer />
                    <button class="button" onclick={presentation.stop.clone()}>{ lang.tr(Text::Dismiss) }</button>
                </div>
            }
            <TopBar name={project.name.clone()} can_undo={state.can_undo()} can_redo={state.can_redo()}
                live={html! { <LivePanel view={live.view.clone()} {tab} start={live.start.clone()} leave={live.leave.clone()} summon={live.summon.clone()} /> }}
                status={status.clone()} {tab} {on_rename} {on_undo} {on_redo} {on_tab} {on_back}
                on_export={exports.json.clone()} on_share={exports.share} on_present={presentation.start.clone()} {on_print}
                navigate={props.navigate.clone()} on_lang={props.on_lang.clone()} />
            { save_banner(lang, &SaveBannerProps { status, on_export: exports.json.clone(), on_retry: banner.retry,
                on_load_theirs: banner.load_theirs, on_keep_mine: banner.keep_mine }) }
            if *leave.ask {
                { leave_dialog(lang, &LeaveDialogProps { on_stay: leave.stay(), on_export: exports.json,
                    on_leave: props.navigate.reform(|_| Route::ProjectList) }) }
            }
            if let Some(error) = &state.last_error {
                <p class="command-error" role="alert">{ describe_model_error(lang, error) }</p>
            }
            <VotingBar project={project.clone()} {on_command} {me} live={live.view.is_some()} />
            <main class="canvas-area" role="tabpanel" id={format!("panel-{}", tab.slug())} aria-labelledby={format!("tab-{}", tab.slug())}>
                <ContextProvider<VoteContext> context={vote_context}>{ view }</ContextProvider<VoteContext>>
                if let Some(scope) = printing {
                    <PrintView project={project.clone()} {scope} />
                }
            </main>
        </div>
        </ContextProvider<TimerContext>>
    }
}
