//! The open project's live session, as a hook for the workspace. It starts the worker (on
//! "Start live session", or again on reload while the project's session is remembered),
//! sends every edit made here, carries undo and redo to the shared document, and treats each
//! state the worker hands back like an imported file: decoded, checked and repaired, and a
//! repair or a refusal is written back so every device ends with the same valid project.
//! It also tells the room what is selected here, this device's timer and its "bring everyone
//! here", and follows the others' (`presence.rs`).

use super::presence::{draw_outlines, read_selection, shared_timer, timer_text, Summons};
use super::worker::LiveWorker;
use crate::i18n::{describe_load_error, format_bytes, Lang, LiveText};
use crate::interaction::countdown::Countdown;
use crate::interaction::route::CanvasTab;
use crate::live::messages::{FromWorker, Link, Presence, ToWorker};
use crate::live::room::room_id;
use crate::model::{Project, ProjectId};
use crate::persist::{decode_project, encode_project};
use crate::storage::live::{load_document, save_document, LiveRecord};
use crate::storage::local::LocalStorageKv;
use crate::storage::Prefs;
use crate::ui::browser;
use crate::ui::shell::editor_state::{EditorAction, EditorState, LiveHistory, LiveSteps};
use crate::ui::widgets::timer::SharedTimer;
use crate::ui::widgets::toast::{Toast, Toaster};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// A refusal toast at most this often: a broken peer may send many.
const REFUSED_TOAST_EVERY_MS: f64 = 10_000.0;

/// What the session panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveView {
    pub record: LiveRecord,
    pub link: Link,
    pub unsent: u32,
    pub peers: Vec<Presence>,
    pub me: Presence,
}

pub enum ViewChange {
    Begin(LiveView),
    Link(Link, u32),
    Peers(Vec<Presence>),
    End,
}

#[derive(Default)]
struct ViewState(Option<LiveView>);

impl Reducible for ViewState {
    type Action = ViewChange;
    fn reduce(self: Rc<Self>, change: ViewChange) -> Rc<Self> {
        let mut view = self.0.clone();
        match (change, view.as_mut()) {
            (ViewChange::Begin(begun), _) => view = Some(begun),
            (ViewChange::End, _) => view = None,
            (ViewChange::Link(link, unsent), Some(v)) => (v.link, v.unsent) = (link, unsent),
            (ViewChange::Peers(peers), Some(v)) => v.peers = peers,
            _ => {}
        }
        Rc::new(ViewState(view))
    }
}

pub struct Live {
    pub view: Option<LiveView>,
    /// Start a session on `server` as `me`.
    pub start: Callback<(String, Presence)>,
    pub leave: Callback<()>,
    /// Ask everyone to come to the canvas shown here.
    pub summon: Callback<()>,
    /// The first other person's running or paused timer.
    pub shared_timer: Option<SharedTimer>,
}

/// Everything the worker's messages are handled with; cheap to clone, stable across renders.
#[derive(Clone)]
struct Context {
    id: ProjectId,
    editor: UseReducerDispatcher<EditorState>,
    view: UseReducerDispatcher<ViewState>,
    worker: Rc<RefCell<Option<LiveWorker>>>,
    seen: Rc<Cell<u64>>,
    latest: Rc<RefCell<Project>>,
    lang: Rc<Cell<Lang>>,
    refused_at: Rc<Cell<f64>>,
    toaster: Toaster,
    summons: Rc<RefCell<Summons>>,
    on_tab: Callback<CanvasTab>,
}

/// The project as the room knows it: under the room's id, stamped with its own time so an
/// unchanged project encodes to the same text.
pub fn shared_file(project: &Project, shared_id: &str) -> String {
    let mut copy = project.clone();
    if let Some(id) = ProjectId::parse(shared_id) {
        copy.id = id;
    }
    encode_project(&copy, copy.updated)
}

/// Who this device is, as remembered (a name is asked for before a first session).
pub fn remembered_me(tab: CanvasTab) -> Presence {
    let prefs = LocalStorageKv::open().map(|kv| Prefs::load(&kv)).unwrap_or_default();
    Presence {
        name: prefs.live_name.unwrap_or_default(),
        colour: prefs.live_colour.unwrap_or_else(|| "#1f6feb".into()),
        canvas: tab.slug().into(),
        ..Presence::default()
    }
    .checked()
}

impl Context {
    fn send(&self, message: &ToWorker) {
        if let Some(worker) = self.worker.borrow().as_ref() {
            worker.send(message);
        }
    }

    fn toast(&self, text: String) {
        self.toaster.show(Toast::text(text));
    }

    fn on_message(&self, record: &LiveRecord, message: FromWorker) {
        let lang = self.lang.get();
        match message {
            FromWorker::State { seq, file } => self.on_state(record, seq, &file),
            FromWorker::History { can_undo, can_redo } => self.editor.dispatch(EditorAction::Live(Some(LiveHistory { can_undo, can_redo }))),
            FromWorker::Link { link, unsent } => self.view.dispatch(ViewChange::Link(link, unsent)),
            FromWorker::Peers { peers } => {
                let peers: Vec<Presence> = peers.into_iter().map(Presence::checked).collect();
                let follow = self.summons.borrow_mut().next_to_follow(&peers).cloned();
                if let Some((peer, tab)) = follow.and_then(|p| CanvasTab::from_slug(&p.canvas).map(|tab| (p, tab))) {
                    self.on_tab.emit(tab);
                    self.toast(lang.trf(LiveText::Summoned, &[&peer.name, lang.tr(tab.label())]));
                }
                self.view.dispatch(ViewChange::Peers(peers));
            }
            FromWorker::Saved { snapshot } => {
                // Only a reload while offline needs it; a full storage costs just that.
                if let Ok(kv) = LocalStorageKv::open() {
                    let _ = save_document(&kv, &self.id, &snapshot);
                }
            }
            FromWorker::EmptyRoom => self.toast(lang.tr(LiveText::EmptyRoom).to_owned()),
            FromWorker::Denied { reason } => self.toast(lang.trf(LiveText::Denied, &[&reason])),
            FromWorker::Refused { bytes } => {
                let now = js_sys::Date::now();
                if now - self.refused_at.get() > REFUSED_TOAST_EVERY_MS {
                    self.refused_at.set(now);
                    self.toast(lang.trf(LiveText::Refused, &[&format_bytes(bytes)]));
                }
            }
        }
    }

    /// A state from the room, read like an imported file. What repair changed, or the whole
    /// project here when the state cannot be read, goes back to the room.
    fn on_state(&self, record: &LiveRecord, seq: u64, file: &str) {
        match decode_project(file) {
            Ok((mut project, header)) => {
                project.id = self.id.clone();
                self.seen.set(seq);
                if header.repaired.total() > 0 {
                    self.send(&ToWorker::Edit { seen: seq, file: shared_file(&project, &record.shared_id) });
                }
                *self.latest.borrow_mut() = project.clone();
                self.editor.dispatch(EditorAction::Remote(project));
            }
            Err(error) => {
                let lang = self.lang.get();
                self.toast(lang.trf(LiveText::BadState, &[&describe_load_error(lang, &error)]));
                let mine = shared_file(&self.latest.borrow(), &record.shared_id);
                self.send(&ToWorker::Edit { seen: seq, file: mine });
            }
        }
    }

    /// Starts the worker on `record`: from `seed` (a new room), else from this device's copy of
    /// the document, else by joining.
    fn open(&self, record: LiveRecord, seed: Option<String>, me: Presence) {
        let on_message = {
            let (context, record) = (self.clone(), record.clone());
            Callback::from(move |message| context.on_message(&record, message))
        };
        let on_failure = {
            let context = self.clone();
            Callback::from(move |reason: String| context.toast(context.lang.get().trf(LiveText::NoWorker, &[&reason])))
        };
        let worker = match LiveWorker::start(on_message, on_failure) {
            Ok(worker) => worker,
            Err(reason) => return self.toast(self.lang.get().trf(LiveText::NoWorker, &[&reason])),
        };
        let saved = if seed.is_none() { LocalStorageKv::open().ok().and_then(|kv| load_document(&kv, &self.id)) } else { None };
        worker.send(&ToWorker::Open { room: record.room.clone(), server: record.server.clone(), seed, saved, me: me.clone() });
        *self.worker.borrow_mut() = Some(worker);
        *self.summons.borrow_mut() = Summons::default();
        self.seen.set(0);
        self.editor.dispatch(EditorAction::Live(Some(LiveHistory::default())));
        self.view.dispatch(ViewChange::Begin(LiveView { record, link: Link::Connecting, unsent: 0, peers: Vec::new(), me }));
    }
}

/// What the workspace hands the session besides the editor: where it is and its timer.
pub struct Here {
    pub tab: CanvasTab,
    pub on_tab: Callback<CanvasTab>,
    pub timer: Countdown,
}

#[hook]
pub fn use_live(state: &UseReducerHandle<EditorState>, here: Here, toaster: &Toaster, lang: Lang) -> Live {
    let Here { tab, on_tab, timer } = here;
    let view = use_reducer(ViewState::default);
    let project = state.session.project();
    let worker = use_mut_ref(|| None::<LiveWorker>);
    let seen = use_memo((), |_| Rc::new(Cell::new(0u64)));
    let latest = use_memo((), |_| Rc::new(RefCell::new(project.clone())));
    let lang_cell = use_memo((), |_| Rc::new(Cell::new(lang)));
    let refused_at = use_memo((), |_| Rc::new(Cell::new(0.0f64)));
    let summons = use_memo((), |_| Rc::new(RefCell::new(Summons::default())));
    let selection = use_state(Vec::<u64>::new);
    let summon = use_state(|| 0u32);
    lang_cell.set(lang);
    *latest.borrow_mut() = project.clone();
    let context = Context {
        id: project.id.clone(),
        editor: state.dispatcher(),
        view: view.dispatcher(),
        worker,
        seen: (*seen).clone(),
        latest: (*latest).clone(),
        lang: (*lang_cell).clone(),
        refused_at: (*refused_at).clone(),
        toaster: toaster.clone(),
        summons: (*summons).clone(),
        on_tab,
    };

    // A project whose session is remembered rejoins it when opened (a reload, even offline).
    {
        let context = context.clone();
        use_effect_with((), move |_| {
            if let Some(record) = LocalStorageKv::open().ok().and_then(|kv| LiveRecord::load(&kv, &context.id)) {
                context.open(record, None, remembered_me(tab));
            }
        });
    }
    let shared_id = view.0.as_ref().map(|v| v.record.shared_id.clone());
    {
        let (context, shared_id) = (context.clone(), shared_id.clone());
        use_effect_with(state.local_edits, move |edits| {
            if let (true, Some(shared_id)) = (*edits > 0, shared_id) {
                let file = shared_file(&context.latest.borrow(), &shared_id);
                context.send(&ToWorker::Edit { seen: context.seen.get(), file });
            }
        });
    }
    {
        let (context, last) = (context.clone(), use_mut_ref(LiveSteps::default));
        use_effect_with(state.live_steps, move |steps| {
            // One of the two counters moved since the last render.
            let before = last.replace(*steps);
            if steps.undo > before.undo {
                context.send(&ToWorker::Undo);
            } else if steps.redo > before.redo {
                context.send(&ToWorker::Redo);
            }
        });
    }
    let me = view.0.as_ref().map(|v| v.me.clone());
    // What is selected here, read after each click or key once the canvas has drawn it.
    {
        let selection = selection.clone();
        use_effect_with(me.is_some(), move |live| {
            let listeners = live.then(|| {
                let document = gloo::utils::document();
                ["click", "keyup", "focusin"].map(|event| {
                    let selection = selection.clone();
                    EventListener::new(&document, event, move |_| {
                        let selection = selection.clone();
                        Timeout::new(0, move || {
                            let now = read_selection();
                            if *selection != now {
                                selection.set(now);
                            }
                        })
                        .forget();
                    })
                })
            });
            move || drop(listeners)
        });
    }
    {
        let context = context.clone();
        let told = (tab, me, (*selection).clone(), timer_text(timer), *summon);
        use_effect_with(told, move |(tab, me, selection, timer, summon)| {
            if let Some(me) = me {
                let presence =
                    Presence { canvas: tab.slug().into(), selection: selection.clone(), timer: timer.clone(), summon: *summon, ..me.clone() };
                context.send(&ToWorker::Presence(presence));
            }
        });
    }
    // Others' selections, drawn again after every render (the canvas may have redrawn items),
    // and once more when nobody is left, to take the last outlines off; never outside a session.
    {
        let peers = view.0.as_ref().map(|v| v.peers.clone()).unwrap_or_default();
        let drawn = use_mut_ref(|| false);
        use_effect(move || {
            if !peers.is_empty() || *drawn.borrow() {
                draw_outlines(&peers, tab.slug());
                *drawn.borrow_mut() = !peers.is_empty();
            }
        });
    }

    let start = {
        let context = context.clone();
        Callback::from(move |(server, me): (String, Presence)| {
            let Some(random) = browser::random_bytes16() else {
                return context.toast(context.lang.get().trf(LiveText::NoWorker, &["crypto.getRandomValues"]));
            };
            let record = LiveRecord { room: room_id(random), server, shared_id: context.id.to_string() };
            if let Ok(kv) = LocalStorageKv::open() {
                let _ = record.save(&kv, &context.id);
                let mut prefs = Prefs::load(&kv);
                (prefs.live_name, prefs.live_colour, prefs.live_server) =
                    (Some(me.name.clone()), Some(me.colour.clone()), Some(record.server.clone()));
                let _ = prefs.save(&kv);
            }
            let seed = shared_file(&context.latest.borrow(), &record.shared_id);
            context.open(record, Some(seed), me);
        })
    };
    let leave = {
        let context = context.clone();
        Callback::from(move |_| {
            context.worker.borrow_mut().take();
            if let Ok(kv) = LocalStorageKv::open() {
                LiveRecord::forget(&kv, &context.id);
            }
            context.editor.dispatch(EditorAction::Live(None));
            context.view.dispatch(ViewChange::End);
            context.toast(context.lang.get().tr(LiveText::Left).to_owned());
        })
    };
    let summon = {
        let (context, summon) = (context.clone(), summon.clone());
        Callback::from(move |_| {
            summon.set(browser::random_u32().max(1));
            let lang = context.lang.get();
            context.toast(lang.trf(LiveText::SummonSent, &[lang.tr(tab.label())]));
        })
    };
    let shared_timer = view.0.as_ref().and_then(|v| shared_timer(&v.peers));
    Live { view: view.0.clone(), start, leave, summon, shared_timer }
}
