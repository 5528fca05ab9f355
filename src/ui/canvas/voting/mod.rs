//! Dot voting for facilitators: the voting bar above every canvas (start a round with N dots
//! per participant, take turns on one screen, paste vote codes from other devices, reveal, end;
//! past rounds keep their results and date) and the dot button on everything that can receive
//! dots — SWOT items, five-forces factors and blueprint fail points. Until the round is
//! revealed, a participant sees only their own dots. In a live session a round is voted on
//! each participant's own device instead (`Round::on_devices`): this device votes under its
//! key ([`this_device`]) and only the device that started the round reveals and ends it.

mod bar;
mod devices;
mod dot;

pub use bar::VotingBar;
pub use dot::DotButton;

use crate::model::voting::{device_key_ok, Round, VoteCommand};
use crate::model::{Command, ItemId};
use crate::storage::local::LocalStorageKv;
use crate::storage::Prefs;
use crate::ui::browser;
use std::rc::Rc;

/// What the dot buttons need: the open round (if any), who votes here and where commands go.
#[derive(Clone, PartialEq)]
pub struct VoteContext {
    pub round: Option<Rc<Round>>,
    pub me: Me,
    pub on_command: yew::Callback<Command>,
}

/// Who votes from this device in a round voted on each device.
#[derive(Clone, Debug, PartialEq)]
pub struct Me {
    pub device: Rc<str>,
    /// The name this device goes by in live sessions (may be empty outside one).
    pub name: Rc<str>,
}

impl Me {
    /// Puts a dot on `id` (or takes one back), on this device's ballot in a device round or on
    /// the current participant's in a round of seats.
    pub fn dot(&self, round: &Round, id: ItemId, add: bool) -> VoteCommand {
        let device = self.device.to_string();
        match (round.on_devices(), add) {
            (true, true) => VoteCommand::DeviceDot { device, name: self.name.to_string(), id },
            (true, false) => VoteCommand::DeviceUndot { device, id },
            (false, true) => VoteCommand::Dot { id },
            (false, false) => VoteCommand::Undot { id },
        }
    }

    /// My dots on `id` and the dots I have left.
    pub fn dots(&self, round: &Round, id: ItemId) -> (u8, u8) {
        if round.on_devices() {
            (round.mine_on(&self.device, id), round.left_on(&self.device))
        } else {
            (round.mine(round.current, id), round.left(round.current))
        }
    }
}

/// This device: its key, made once from `crypto.getRandomValues` and kept in the preferences
/// (a per-tab key when the browser keeps nothing), and its live-session name.
pub fn this_device() -> Me {
    thread_local! {
        static UNSTORED: String = format!("t{:08x}{:08x}", browser::random_u32(), browser::random_u32());
    }
    let kv = LocalStorageKv::open().ok();
    let mut prefs = kv.as_ref().map(Prefs::load).unwrap_or_default();
    let device = match prefs.device.clone().filter(|key| device_key_ok(key)) {
        Some(key) => key,
        None => {
            let made = browser::random_bytes16().map(|bytes| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
            match (made, kv.as_ref()) {
                (Some(key), Some(kv)) => {
                    prefs.device = Some(key.clone());
                    match prefs.save(kv) {
                        Ok(()) => key,
                        Err(_) => UNSTORED.with(String::clone),
                    }
                }
                _ => UNSTORED.with(String::clone),
            }
        }
    };
    Me { device: device.into(), name: prefs.live_name.unwrap_or_default().into() }
}

/// The name of something that received dots: the SWOT item's, factor's or card's text.
pub fn target_text(project: &crate::model::Project, id: crate::model::ItemId) -> String {
    super::registry::vote_label(project, id)
}
