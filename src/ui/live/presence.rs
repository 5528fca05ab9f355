//! What this device tells the room besides who it is, and what it does with what the others
//! tell: the items selected here (read from the page: every canvas marks a selected item
//! `.selected` with an id ending in the item's number), outlines in each person's colour on the
//! items they have selected on this canvas, the facilitator's timer, and following a "bring
//! everyone here".

use crate::interaction::countdown::Countdown;
use crate::live::messages::{Presence, MAX_SELECTION};
use crate::ui::widgets::timer::SharedTimer;
use std::collections::HashSet;
use wasm_bindgen::JsCast;

/// The DOM ids an item can have on a canvas (`swot-item-N`, `org-pos-N`, `bp-card-N`).
const ITEM_ID_PREFIXES: [&str; 3] = ["swot-item-", "org-pos-", "bp-card-"];
/// The attribute an outlined item carries: the names of whoever has it selected.
const PEER_ATTRIBUTE: &str = "data-peer";

/// The ids of the items selected on the canvas shown here.
pub fn read_selection() -> Vec<u64> {
    let Some(found) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(".canvas-area .selected[id]").ok()) else {
        return Vec::new();
    };
    let ids = (0..found.length()).filter_map(|n| found.item(n)).filter_map(|node| node.dyn_into::<web_sys::Element>().ok());
    ids.filter_map(|element| {
        let id = element.id();
        ITEM_ID_PREFIXES.iter().find_map(|prefix| id.strip_prefix(prefix)).and_then(|n| n.parse().ok())
    })
    .take(MAX_SELECTION)
    .collect()
}

/// The inline style of an HTML or SVG element (the two expose it apart).
fn style_of(element: &web_sys::Element) -> Option<web_sys::CssStyleDeclaration> {
    element.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style()).or_else(|| element.dyn_ref::<web_sys::SvgElement>().map(|e| e.style()))
}

/// Outlines, on this canvas, the items each peer on it has selected, in their colour (set as a
/// CSS property through the CSSOM: the CSP allows no inline style attributes), named in
/// `data-peer`; and takes the outline off items nobody has selected any more.
pub fn draw_outlines(peers: &[Presence], canvas: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(marked) = document.query_selector_all(&format!("[{PEER_ATTRIBUTE}]")) {
        for element in (0..marked.length()).filter_map(|n| marked.item(n)).filter_map(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let _ = element.remove_attribute(PEER_ATTRIBUTE);
            if let Some(style) = style_of(&element) {
                let _ = style.remove_property("--peer-colour");
            }
        }
    }
    for peer in peers.iter().filter(|p| p.canvas == canvas) {
        for id in &peer.selection {
            let Some(element) = ITEM_ID_PREFIXES.iter().find_map(|prefix| document.get_element_by_id(&format!("{prefix}{id}"))) else { continue };
            let names = element.get_attribute(PEER_ATTRIBUTE).map_or_else(|| peer.name.clone(), |before| format!("{before}, {}", peer.name));
            let _ = element.set_attribute(PEER_ATTRIBUTE, &names);
            // The first person's colour stays: two outlines on one item would hide each other.
            if let Some(style) = style_of(&element).filter(|s| s.get_property_value("--peer-colour").unwrap_or_default().is_empty()) {
                let _ = style.set_property("--peer-colour", &peer.colour);
            }
        }
    }
}

/// This device's timer as its presence carries it: only while it runs or is paused.
pub fn timer_text(countdown: Countdown) -> String {
    match countdown {
        Countdown::Idle { .. } => String::new(),
        running_or_paused => running_or_paused.to_json(),
    }
}

/// The first peer's running or paused timer.
pub fn shared_timer(peers: &[Presence]) -> Option<SharedTimer> {
    peers.iter().find_map(|p| {
        let countdown = (!p.timer.is_empty()).then(|| Countdown::parse(&p.timer)).filter(|c| !matches!(c, Countdown::Idle { .. }))?;
        Some(SharedTimer { name: p.name.clone(), countdown })
    })
}

/// The "bring everyone here" requests already seen, so each is followed once; those made
/// before this device arrived are not followed at all.
#[derive(Default)]
pub struct Summons {
    seen: HashSet<u32>,
    primed: bool,
}

impl Summons {
    /// The peer whose new request to follow is in `peers`, if any.
    pub fn next_to_follow<'a>(&mut self, peers: &'a [Presence]) -> Option<&'a Presence> {
        let mut follow = None;
        for peer in peers.iter().filter(|p| p.summon != 0) {
            if self.seen.insert(peer.summon) && self.primed && follow.is_none() {
                follow = Some(peer);
            }
        }
        self.primed = true;
        follow
    }
}
