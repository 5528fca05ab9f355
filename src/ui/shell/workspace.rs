//! The workspace of an open project: the edit session wired to autosave, undo/redo shortcuts
//! and the other-tab watch; the top bar, voting bar and the active canvas; sharing, printing
//! and presentation mode.

use super::autosave::{SaveJob, SAVE_DELAY_MS};
use super::editor_state::{EditorAction, EditorState, SaveStatus};
use super::print_view::{PrintScope, PrintView};
use super::save_banner::SaveBanner;
use super::leave_guard::{use_leave_guard, LeaveDialog};
use super::top_bar::TopBar;
use super::unsaved;
use crate::i18n::{describe_model_error, Lang, Text};
use crate::ui::canvas::blueprint::{export_blueprint, BlueprintExport, BlueprintView};
use crate::ui::canvas::forces::{export_forces, ForcesExport, ForcesView};
use crate::ui::canvas::org::{export_org, OrgExport, OrgView};
use crate::ui::canvas::swot::{export_swot, SwotExport, SwotView};
use crate::ui::canvas::voting::{VoteContext, VotingBar};
use crate::model::project::normalize_name;
use crate::model::Command;
use crate::persist::{encode_project, export_file_name};
use crate::route::{CanvasTab, Route};
use crate::storage::local::{open_store, storage_is_persistent};
use crate::storage::{keys, Loaded, OpenError, StorageError};
use crate::ui::widgets::timer::WorkshopTimer;
use crate::ui::widgets::toast::{use_toaster, Toast, Toaster};
use crate::ui::{browser, use_lang};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
        Rc::ptr_eq(&self.loaded, &other.loaded)
            && self.tab == other.tab
            && self.navigate == other.navigate
            && self.on_lang == other.on_lang
    }
}

type Job = Rc<RefCell<SaveJob>>;

fn flush_and_report(job: &Job, dispatcher: &UseReducerDispatcher<EditorState>) {
    let result = job.borrow_mut().flush();
    if let Some(result) = result {
        dispatcher.dispatch(EditorAction::SaveDone(result));
    }
}

/// True when keyboard focus is in a text field, whose own undo must keep working.
fn typing_in_field(event: &web_sys::Event) -> bool {
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
    })
}

/// What another tab's write means for this one: reload quietly when this tab has nothing
/// unsaved, otherwise stop saving and let the user choose.
fn on_other_tab_write(job: &Job, dispatcher: &UseReducerDispatcher<EditorState>, toaster: &Toaster, lang: Lang) {
    let Ok(store) = open_store() else { return };
    let id = job.borrow().id().clone();
    let Ok(theirs) = store.revision(&id) else { return };
    let (mine, dirty) = {
        let job = job.borrow();
        (job.revision(), job.is_dirty())
    };
    if theirs == mine {
        return;
    }
    let exists = theirs > 0;
    if dirty || !exists {
        job.borrow_mut().halt();
        let found = exists.then_some(theirs);
        dispatcher.dispatch(EditorAction::SaveDone(Err(StorageError::Conflict { expected: Some(mine), found })));
        return;
    }
    if let Ok(loaded) = store.load(&id) {
        job.borrow_mut().adopt(loaded.revision);
        dispatcher.dispatch(EditorAction::Reset(loaded.project));
        toaster.show(Toast::text(lang.tr(Text::ReloadedFromOtherTab)));
    }
}

/// Puts a link holding the whole project on the clipboard, or says why it cannot and offers
/// the JSON export instead.
fn share_link(project: &crate::model::Project, lang: Lang, toaster: &Toaster, on_export: &Callback<()>) {
    match crate::persist::share_fragment(project, browser::now()) {
        Ok(fragment) => {
            let link = format!("{}#{fragment}", browser::address_without_fragment());
            let (toaster, chars) = (toaster.clone(), link.chars().count());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match web_sys::window().map(|w| w.navigator().clipboard()) {
                    Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&link)).await.is_ok(),
                    None => false,
                };
                toaster.show(if copied {
                    Toast::text(lang.trf(Text::ShareLinkCopied, &[&chars.to_string()]))
                } else {
                    Toast::copy_failed(lang.tr(Text::ShareLinkNotCopied), &link)
                });
            });
        }
        Err(error) => {
            let action = crate::ui::widgets::toast::ToastAction { label: lang.tr(Text::ExportJson).to_owned(), run: on_export.clone() };
            toaster.show(Toast { text: crate::i18n::describe_share_error(lang, &error), action: Some(action), copy_by_hand: None });
        }
    }
}

#[function_component(Workspace)]
pub fn workspace(props: &WorkspaceProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    // Edits this tab kept unsaved when the project was last closed come back first.
    let kept = use_memo((), |_| RefCell::new(unsaved::take(&props.loaded.project.id)));
    let based_on = kept.borrow().as_ref().map_or(props.loaded.revision, |k| k.revision);
    let state = {
        let (project, kept) = (props.loaded.project.clone(), kept.clone());
        use_reducer(move || match kept.borrow_mut().take() {
            Some(kept) => EditorState::restored(kept.session),
            None => EditorState::new(project),
        })
    };
    let job: Job = {
        let id = props.loaded.project.id.clone();
        use_mut_ref(move || SaveJob::new(id, based_on))
    };
    let dispatcher = state.dispatcher();
    let leave = use_leave_guard(&job, &state);

    // Autosave: queue each new document version; the first queued edit arms the timer.
    {
        let (job, dispatcher) = (job.clone(), dispatcher.clone());
        let project = state.session.project().clone();
        use_effect_with(state.doc_version, move |version| {
            if *version > 0 {
                dispatcher.dispatch(EditorAction::Saving);
                if job.borrow_mut().queue(project) {
                    let (timer_job, dispatcher) = (job.clone(), dispatcher.clone());
                    let timer = Timeout::new(SAVE_DELAY_MS, move || {
                        timer_job.borrow_mut().fired();
                        flush_and_report(&timer_job, &dispatcher);
                    });
                    job.borrow_mut().set_timer(timer);
                }
            }
        });
    }

    // Page lifecycle, shortcuts and other tabs; flush when the editor closes.
    {
        let (job, dispatcher, toaster) = (job.clone(), dispatcher.clone(), toaster.clone());
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let mut listeners = Vec::new();
            if let Some(window) = &window {
                let (j, d) = (job.clone(), dispatcher.clone());
                listeners.push(EventListener::new(window, "pagehide", move |_| flush_and_report(&j, &d)));
                let (j, d, t) = (job.clone(), dispatcher.clone(), toaster.clone());
                listeners.push(EventListener::new(window, "storage", move |event| {
                    let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    // The index changes with every save; `None` means storage was cleared.
                    if key.as_deref().is_none_or(|k| k == keys::INDEX) {
                        on_other_tab_write(&j, &d, &t, lang);
                    }
                }));
            }
            if let Some(document) = &document {
                let (j, d, doc) = (job.clone(), dispatcher.clone(), document.clone());
                listeners.push(EventListener::new(document, "visibilitychange", move |_| {
                    if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                        flush_and_report(&j, &d);
                    }
                }));
                let d = dispatcher.clone();
                let active = EventListenerOptions::enable_prevent_default();
                listeners.push(EventListener::new_with_options(document, "keydown", active, move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if !(key.ctrl_key() || key.meta_key()) || key.alt_key() || typing_in_field(event) {
                        return;
                    }
                    let action = match (key.key().to_ascii_lowercase().as_str(), key.shift_key()) {
                        ("z", false) => EditorAction::Undo(browser::now()),
                        ("z", true) | ("y", false) => EditorAction::Redo(browser::now()),
                        _ => return,
                    };
                    key.prevent_default();
                    d.dispatch(action);
                }));
            }
            move || {
                drop(listeners);
                let result = job.borrow_mut().flush();
                drop(result);
            }
        });
    }

    let has_storage = use_memo((), |_| storage_is_persistent());

    // Presentation mode: one canvas, full screen where the browser allows, no editing chrome;
    // ←/→ (or PageUp/PageDown) step through the canvases and Escape leaves.
    let presenting = use_state(|| false);
    {
        let (presenting_now, presenting, navigate, id) =
            (*presenting, presenting.clone(), props.navigate.clone(), props.loaded.project.id.clone());
        use_effect_with(presenting_now, move |_| {
            let mut listeners = Vec::new();
            let document = web_sys::window().and_then(|w| w.document());
            if let (true, Some(document)) = (presenting_now, document) {
                let active = EventListenerOptions { phase: gloo::events::EventListenerPhase::Capture, passive: false };
                let leave = presenting.clone();
                listeners.push(EventListener::new_with_options(&document, "keydown", active, move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    let step: isize = match key.key().as_str() {
                        "ArrowRight" | "PageDown" => 1,
                        "ArrowLeft" | "PageUp" => -1,
                        "Escape" => {
                            leave.set(false);
                            return;
                        }
                        _ => return,
                    };
                    key.prevent_default();
                    key.stop_propagation();
                    // The tab shown now, read from the address (a key can come before this
                    // listener would have been renewed for a new tab).
                    let tab = match Route::from_fragment(&browser::fragment()) {
                        Route::Project { tab, .. } => tab,
                        _ => return,
                    };
                    let all = CanvasTab::ALL;
                    let at = all.iter().position(|t| *t == tab).unwrap_or(0) as isize;
                    let next = all[(at + step).rem_euclid(all.len() as isize) as usize];
                    navigate.emit(Route::Project { id: id.clone(), tab: next });
                }));
                // Leaving full screen (the browser's own Escape) leaves the presentation too.
                let doc = document.clone();
                listeners.push(EventListener::new(&document, "fullscreenchange", move |_| {
                    if doc.fullscreen_element().is_none() {
                        presenting.set(false);
                    }
                }));
            }
            move || drop(listeners)
        });
    }
    // Printing: the pages are put in the document, printed, and removed when printing ends.
    let printing = use_state(|| None::<PrintScope>);
    {
        let printing = printing.clone();
        use_effect_with(printing.is_some(), move |active| {
            let listener = (*active).then(web_sys::window).flatten().map(|window| {
                let printing = printing.clone();
                let listener = EventListener::new(&window, "afterprint", move |_| printing.set(None));
                let _ = window.print();
                listener
            });
            move || drop(listener)
        });
    }
    let on_print = {
        let (printing, tab) = (printing.clone(), props.tab);
        Callback::from(move |whole: bool| printing.set(Some(if whole { PrintScope::Project } else { PrintScope::Canvas(tab) })))
    };
    let on_present = {
        let presenting = presenting.clone();
        Callback::from(move |_: ()| {
            presenting.set(true);
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                // Full screen is a nicety: refused (no user gesture, iframes) it still presents.
                let _ = root.request_fullscreen();
            }
        })
    };
    let stop_presenting = {
        let presenting = presenting.clone();
        Callback::from(move |_: MouseEvent| {
            presenting.set(false);
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
            }
        })
    };
    let project = state.session.project();
    let on_command = {
        let d = dispatcher.clone();
        use_memo((), move |_| Callback::from(move |command: Command| d.dispatch(EditorAction::Execute(command, browser::now()))))
    };
    let d = dispatcher.clone();
    // Stable, so the name field is not re-rendered (and what is being typed reset) each time
    // the save status changes.
    let on_rename = use_callback((), move |name: String, _| {
        d.dispatch(EditorAction::Execute(Command::RenameProject { name }, browser::now()))
    });
    let d = dispatcher.clone();
    let on_undo = Callback::from(move |_| d.dispatch(EditorAction::Undo(browser::now())));
    let d = dispatcher.clone();
    let on_redo = Callback::from(move |_| d.dispatch(EditorAction::Redo(browser::now())));
    let on_tab = {
        let (navigate, id) = (props.navigate.clone(), project.id.clone());
        Callback::from(move |tab| navigate.emit(Route::Project { id: id.clone(), tab }))
    };
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
    let on_export = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |_: ()| {
            let text = encode_project(&project, browser::now());
            if let Err(error) = browser::download_text(&export_file_name(&project.name), "application/json", &text) {
                toaster.show(Toast::text(error));
            }
        })
    };
    let on_swot_export = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |what: SwotExport| export_swot(&project, what, lang, &toaster))
    };
    let on_forces_export = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |what: ForcesExport| export_forces(&project, what, lang, &toaster))
    };
    let on_org_export = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |what: OrgExport| export_org(&project, what, lang, &toaster))
    };
    let on_blueprint_export = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |what: BlueprintExport| export_blueprint(&project, what, lang, &toaster))
    };
    let on_share = {
        let (project, toaster, on_export) = (project.clone(), toaster.clone(), on_export.clone());
        Callback::from(move |_: ()| share_link(&project, lang, &toaster, &on_export))
    };
    let on_retry = {
        let (job, d) = (job.clone(), dispatcher.clone());
        Callback::from(move |_: ()| flush_and_report(&job, &d))
    };
    let on_load_theirs = {
        let (job, d, navigate) = (job.clone(), dispatcher.clone(), props.navigate.clone());
        Callback::from(move |_: ()| match open_store().map_err(OpenError::Storage).and_then(|s| s.load(job.borrow().id())) {
            Ok(loaded) => {
                job.borrow_mut().adopt(loaded.revision);
                d.dispatch(EditorAction::Reset(loaded.project));
            }
            Err(_) => navigate.emit(Route::ProjectList),
        })
    };
    let on_keep_mine = {
        let (job, project, navigate, toaster) = (job.clone(), project.clone(), props.navigate.clone(), toaster.clone());
        Callback::from(move |_: ()| {
            let mut copy = project.clone();
            copy.name = normalize_name(&lang.trf(Text::CopyOf, &[&project.name])).unwrap_or(copy.name);
            match open_store().and_then(|s| s.add_as_new(copy, browser::now())) {
                Ok(saved) => {
                    job.borrow_mut().abandon();
                    navigate.emit(Route::Project { id: saved.project.id, tab: CanvasTab::default() });
                }
                Err(error) => toaster.show(Toast::text(error.describe(lang))),
            }
        })
    };

    // Without browser storage every save only reaches this tab's memory: say so all along.
    let status = if *has_storage {
        state.status.clone()
    } else {
        SaveStatus::Failed(StorageError::Unavailable(String::new()))
    };
    let vote_context = VoteContext {
        round: project.voting.open().map(|round| Rc::new(round.clone())),
        on_command: (*on_command).clone(),
    };
    let tab = props.tab;
    let canvas = match tab {
        CanvasTab::Swot => html! {
            <SwotView swot={project.swot.clone()} forces={project.five_forces.clone()} blueprint={project.blueprint.clone()}
                on_command={(*on_command).clone()} on_export={on_swot_export} />
        },
        CanvasTab::FiveForces => html! {
            <ForcesView forces={project.five_forces.clone()} swot={project.swot.clone()}
                on_command={(*on_command).clone()} on_export={on_forces_export} />
        },
        CanvasTab::Org => html! {
            <OrgView org={project.org.clone()} next_id={project.next_item_id}
                on_command={(*on_command).clone()} on_export={on_org_export} />
        },
        CanvasTab::Blueprint => html! {
            <BlueprintView blueprint={project.blueprint.clone()} org={project.org.clone()} swot={project.swot.clone()}
                next_id={project.next_item_id} on_command={(*on_command).clone()} on_export={on_blueprint_export} />
        },
    };
    html! {
        <div class={classes!("editor", presenting.then_some("presenting"))}>
            if *presenting {
                <div class="present-bar">
                    <strong>{ lang.tr(tab.label()) }</strong>
                    <span class="hint">{ lang.tr(Text::PresentHint) }</span>
                    <WorkshopTimer />
                    <button class="button" onclick={stop_presenting}>{ lang.tr(Text::Dismiss) }</button>
                </div>
            }
            <TopBar name={project.name.clone()} can_undo={state.session.can_undo()} can_redo={state.session.can_redo()}
                status={status.clone()} {tab}
                {on_rename} {on_undo} {on_redo} {on_tab} {on_back} on_export={on_export.clone()} {on_share} {on_present} {on_print}
                navigate={props.navigate.clone()} on_lang={props.on_lang.clone()} />
            <SaveBanner {status} on_export={on_export.clone()} {on_retry} {on_load_theirs} {on_keep_mine} />
            if *leave.ask {
                <LeaveDialog on_stay={leave.stay()} {on_export} on_leave={props.navigate.reform(|_| Route::ProjectList)} />
            }
            if let Some(error) = &state.last_error {
                <p class="command-error" role="alert">{ describe_model_error(lang, error) }</p>
            }
            <VotingBar project={project.clone()} on_command={(*on_command).clone()} />
            <main class="canvas-area" role="tabpanel" id={format!("panel-{}", tab.slug())} aria-labelledby={format!("tab-{}", tab.slug())}>
                <ContextProvider<VoteContext> context={vote_context}>{ canvas }</ContextProvider<VoteContext>>
                if let Some(scope) = *printing {
                    <PrintView project={project.clone()} {scope} />
                }
            </main>
        </div>
    }
}
