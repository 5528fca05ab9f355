//! What the page and the live worker say to each other (as JSON text over `postMessage`), and
//! who a participant is. The page never trusts what comes back more than an imported file:
//! states go through `persist::decode_project`, people through [`Person::checked`].

use serde::{Deserialize, Serialize};

/// Longest participant name kept; longer ones are cut.
pub const MAX_NAME_CHARS: usize = 40;
/// Most selected items shown per participant.
pub const MAX_SELECTION: usize = 50;

/// What the worker says first, once it can hear the page (plain text, not JSON).
pub const READY: &str = "ready";

/// Page → worker.
// Externally tagged (serde's default): an internally tagged enum costs the first visit several
// kilobytes of buffering code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Join `room` on `server`. `seed` is the project file a new session starts from (empty
    /// for a join); `saved` this device's copy of the document from an earlier visit (base64).
    Open {
        room: String,
        server: String,
        seed: Option<String>,
        saved: Option<String>,
        me: Presence,
    },
    /// The page's whole document after an edit, made on state number `seen`.
    Edit {
        seen: u64,
        file: String,
    },
    Undo,
    Redo,
    /// Who I am, where I am and what I have selected, for the others.
    Presence(Presence),
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The shared document changed: the page shows `file` (after checking it) and bases its
    /// next edits on `seq`.
    State {
        seq: u64,
        file: String,
    },
    /// Whether this device has edits of its own to undo or redo.
    History {
        can_undo: bool,
        can_redo: bool,
    },
    Link {
        link: Link,
        unsent: u32,
    },
    /// Everyone else in the room.
    Peers {
        peers: Vec<Presence>,
    },
    /// This device's copy of the document, to keep for a reload while offline (base64).
    Saved {
        snapshot: String,
    },
    /// A join found a room with nothing in it.
    EmptyRoom,
    /// The server refused us, with its reason.
    Denied {
        reason: String,
    },
    /// Something from the network was refused (unreadable or too large) and changed nothing.
    Refused {
        bytes: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    Connecting,
    Connected,
    Offline,
}

/// A participant as the others see them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    #[serde(default)]
    pub name: String,
    /// `#rrggbb`.
    #[serde(default)]
    pub colour: String,
    /// The canvas they are on (its slug).
    #[serde(default)]
    pub canvas: String,
    /// Ids of the items they have selected.
    #[serde(default)]
    pub selection: Vec<u64>,
    /// Their workshop timer while it runs or is paused (a countdown's JSON, see
    /// `interaction::countdown`); empty otherwise. Text, so a broken one costs only the timer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub timer: String,
    /// Asks everyone to come to `canvas`: a new random number each time they press "bring
    /// everyone here" (0 for never).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub summon: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Longest timer text kept (a countdown's JSON is under 80 bytes).
const MAX_TIMER_CHARS: usize = 120;

impl Presence {
    /// What a peer claims, made safe to show: a name cut to length with control characters
    /// dropped, a colour that is a colour, a canvas slug of letters, a short selection.
    pub fn checked(mut self) -> Presence {
        self.name = self.name.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect::<String>().trim().to_owned();
        let hex = self.colour.strip_prefix('#').filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()));
        if hex.is_none() {
            self.colour = "#6e7781".into();
        }
        if self.canvas.len() > 20 || !self.canvas.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            self.canvas.clear();
        }
        self.selection.truncate(MAX_SELECTION);
        if self.timer.len() > MAX_TIMER_CHARS {
            self.timer.clear();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hostile_presence_is_made_safe() {
        let p = Presence {
            name: format!("  <b>\u{7}{}", "x".repeat(90)),
            colour: "red;background:url(x)".into(),
            canvas: "../../etc".into(),
            selection: (0..500).collect(),
            timer: "x".repeat(500),
            summon: 7,
        }
        .checked();
        assert_eq!(p.name.chars().count(), MAX_NAME_CHARS - 2);
        assert!(p.name.starts_with("<b>x"));
        assert_eq!(p.colour, "#6e7781");
        assert_eq!(p.canvas, "");
        assert_eq!(p.selection.len(), MAX_SELECTION);
        assert_eq!((p.timer.as_str(), p.summon), ("", 7));
    }

    #[test]
    fn messages_read_back() {
        let m = ToWorker::Edit { seen: 3, file: "{}".into() };
        assert_eq!(serde_json::from_str::<ToWorker>(&serde_json::to_string(&m).unwrap()).unwrap(), m);
        let s = FromWorker::Link { link: Link::Offline, unsent: 2 };
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"Link":{"link":"offline","unsent":2}}"#);
    }
}
