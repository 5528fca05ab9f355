//! Workshop dot voting: a round gives each participant a number of dots to put on SWOT items,
//! five-forces factors and blueprint fail points; the totals rank them. Rounds are part of the
//! document (so they save, undo and share like any edit); at most one round is open at a time.
//! Ballots keep what was cast: an item deleted later keeps its dots in the ballot but no longer
//! shows in [`results`], and undoing the delete brings them back. A participant voting on
//! another device sends a [`vote_code`], which [`VoteCommand::AddCode`] files into the first
//! empty ballot.

use crate::model::core::ids::to_base36;
use crate::model::core::{Change, Edited, IdMint, ItemId, ModelError, Timestamp};
use serde::{Deserialize, Serialize};

mod repair;
pub use repair::repair_voting;
use std::collections::{HashMap, HashSet};

/// Most dots per participant and most participants in a round.
pub const MAX_DOTS: u8 = 20;
pub const MAX_PARTICIPANTS: u16 = 100;
/// Most voters a device round keeps (a live room holds at most a few dozen people).
pub const MAX_VOTERS: usize = 500;
/// Longest device key and voter name kept.
pub const MAX_DEVICE_CHARS: usize = 32;
pub const MAX_VOTER_NAME_CHARS: usize = 40;

/// One voting round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Issued by the project's id counter.
    pub id: ItemId,
    pub started: Timestamp,
    /// Dots per participant, 1..=`MAX_DOTS`.
    pub dots: u8,
    /// 1..=`MAX_PARTICIPANTS`.
    pub participants: u16,
    /// One ballot per participant: the ids they put a dot on (an id repeats for several dots),
    /// in the order cast. Never longer than `dots`.
    #[serde(default)]
    pub ballots: Vec<Vec<ItemId>>,
    /// Whose turn it is on the shared screen (index into `ballots`).
    #[serde(default)]
    pub current: u16,
    #[serde(default)]
    pub revealed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Timestamp>,
    /// A device round's ballots, one per device that cast a dot, in the order they first did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voters: Vec<Voter>,
    /// The device key of whoever started a device round (empty for a round of seats).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host: String,
}

/// One device's ballot in a device round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voter {
    /// Issued by the project's id counter, so each device's ballot is its own list element.
    pub id: ItemId,
    /// The device's key (letters and digits, kept in its preferences).
    pub device: String,
    /// The name the participant goes by, shown once the round is revealed.
    #[serde(default)]
    pub name: String,
    /// The ids they put a dot on, in the order cast; never longer than the round's `dots`.
    #[serde(default)]
    pub dots: Vec<ItemId>,
}

/// Every voting round of a project, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Voting {
    pub rounds: Vec<Round>,
}

impl Voting {
    /// The round not yet ended (at most one).
    pub fn open(&self) -> Option<&Round> {
        self.rounds.iter().find(|r| r.ended.is_none())
    }

    pub fn round(&self, id: ItemId) -> Option<&Round> {
        self.rounds.iter().find(|r| r.id == id)
    }

    /// Whether there is nothing to store (the project then saves without a `voting` field).
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty()
    }
}

impl Round {
    fn ballot(&self, participant: u16) -> &[ItemId] {
        self.ballots.get(usize::from(participant)).map_or(&[], Vec::as_slice)
    }

    /// Dots `participant` has not used yet (0 for a participant not in the round).
    pub fn left(&self, participant: u16) -> u8 {
        if participant >= self.participants {
            return 0;
        }
        let used = u8::try_from(self.ballot(participant).len()).unwrap_or(u8::MAX);
        self.dots.saturating_sub(used)
    }

    /// All dots on `id` in this round.
    pub fn total(&self, id: ItemId) -> u32 {
        let dots = self.every_ballot().flatten().filter(|&&d| d == id).count();
        u32::try_from(dots).unwrap_or(u32::MAX)
    }

    /// The dots `participant` put on `id`.
    pub fn mine(&self, participant: u16, id: ItemId) -> u8 {
        let dots = self.ballot(participant).iter().filter(|&&d| d == id).count();
        u8::try_from(dots).unwrap_or(u8::MAX)
    }

    /// How many ballots hold at least one dot.
    pub fn voted(&self) -> usize {
        self.every_ballot().filter(|b| !b.is_empty()).count()
    }

    /// Whether each participant votes on their own device (no seats).
    pub fn on_devices(&self) -> bool {
        self.participants == 0
    }

    fn voter(&self, device: &str) -> Option<&Voter> {
        self.voters.iter().find(|v| v.device == device)
    }

    /// Dots `device` has not used yet in a device round (0 in a round of seats).
    pub fn left_on(&self, device: &str) -> u8 {
        if !self.on_devices() {
            return 0;
        }
        let used = self.voter(device).map_or(0, |v| v.dots.len());
        self.dots.saturating_sub(u8::try_from(used).unwrap_or(u8::MAX))
    }

    /// The dots `device` put on `id`.
    pub fn mine_on(&self, device: &str, id: ItemId) -> u8 {
        let dots = self.voter(device).map_or(0, |v| v.dots.iter().filter(|&&d| d == id).count());
        u8::try_from(dots).unwrap_or(u8::MAX)
    }

    /// Every ballot: the seats' and the devices'.
    fn every_ballot(&self) -> impl Iterator<Item = &Vec<ItemId>> {
        self.ballots.iter().chain(self.voters.iter().map(|v| &v.dots))
    }
}

/// Every votable id (`votable`, in document order) with its total dots in `round`, most dots
/// first (ties in `votable`'s order); only ids with at least one dot.
pub fn results(votable: impl Iterator<Item = ItemId>, round: &Round) -> Vec<(ItemId, u32)> {
    let mut totals: HashMap<ItemId, u32> = HashMap::new();
    for &id in round.every_ballot().flatten() {
        let total = totals.entry(id).or_insert(0);
        *total = total.saturating_add(1);
    }
    let mut seen = HashSet::new();
    let mut ranked: Vec<(ItemId, u32)> = votable.filter(|id| seen.insert(*id)).filter_map(|id| totals.get(&id).map(|&t| (id, t))).collect();
    ranked.sort_by_key(|&(_, total)| std::cmp::Reverse(total));
    ranked
}

/// A short code for one ballot, to send from another device: "V", the round id in base 36,
/// "-", then the ballot's ids in base 36 joined by "." (e.g. "V2s-1a.1a.3f"); an empty ballot
/// gives "V2s-".
pub fn vote_code(round: &Round, participant: u16) -> String {
    let ids: Vec<String> = round.ballot(participant).iter().map(|id| to_base36(id.0)).collect();
    format!("V{}-{}", to_base36(round.id.0), ids.join("."))
}

/// Reads a vote code back into its round id and ballot. Case does not matter; surrounding
/// whitespace is ignored.
pub fn parse_vote_code(code: &str) -> Option<(ItemId, Vec<ItemId>)> {
    fn base36(text: &str) -> Option<ItemId> {
        let ok = !text.is_empty() && text.len() <= 13 && text.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| u64::from_str_radix(text, 36).ok()).flatten().map(ItemId)
    }
    let code = code.trim();
    let rest = code.strip_prefix('V').or_else(|| code.strip_prefix('v'))?;
    let (round, ballot) = rest.split_once('-')?;
    let round = base36(round)?;
    if ballot.is_empty() {
        return Some((round, Vec::new()));
    }
    // More ids than any round allows dots is still a well-formed code (refused later as
    // `NoDotsLeft`), but the parse stops early so a pasted novel costs nothing.
    let ids: Option<Vec<ItemId>> = ballot.split('.').take(usize::from(MAX_DOTS) + 1).map(base36).collect();
    Some((round, ids?))
}

/// One undoable voting edit.
#[derive(Clone, Debug, PartialEq)]
pub enum VoteCommand {
    /// Opens a round; refused while another is open.
    Start {
        dots: u8,
        participants: u16,
        now: Timestamp,
    },
    /// Opens a device round with `dots` per device, hosted by the device `host`; refused while
    /// another round is open.
    StartOnDevices {
        dots: u8,
        host: String,
        now: Timestamp,
    },
    /// `device` (going by `name`) puts a dot on `id` in the open device round.
    DeviceDot {
        device: String,
        name: String,
        id: ItemId,
    },
    /// Removes `device`'s last dot on `id` (unchanged if there is none).
    DeviceUndot {
        device: String,
        id: ItemId,
    },
    /// The current participant of the open round puts a dot on `id`.
    Dot {
        id: ItemId,
    },
    /// Removes the current participant's last dot on `id` (unchanged if there is none).
    Undot {
        id: ItemId,
    },
    /// Passes the shared screen to another participant.
    SetParticipant {
        index: u16,
    },
    /// Fills the first participant whose ballot is empty with the ballot in `code` (after
    /// trimming whitespace).
    AddCode {
        code: String,
    },
    /// Shows the totals of the open round.
    Reveal,
    /// Closes the open round.
    End {
        now: Timestamp,
    },
    DeleteRound {
        id: ItemId,
    },
}

/// Applies a voting command to `before`, minting a new round's id from `ids`; `votable` says
/// which items can receive dots (the project knows; see `Project::votable`).
pub fn apply_vote(before: &Voting, command: &VoteCommand, ids: &mut IdMint, votable: &dyn Fn(ItemId) -> bool) -> Edited<Voting> {
    let mut voting = before.clone();
    let open = voting.rounds.iter().position(|r| r.ended.is_none());
    match command {
        VoteCommand::Start { dots, participants, now } => {
            if open.is_some() {
                return Err(ModelError::RoundOpen);
            }
            if !(1..=MAX_DOTS).contains(dots) || !(1..=MAX_PARTICIPANTS).contains(participants) {
                return Err(ModelError::VoteRange);
            }
            voting.rounds.push(Round {
                id: ids.mint(),
                started: *now,
                dots: *dots,
                participants: *participants,
                ballots: vec![Vec::new(); usize::from(*participants)],
                current: 0,
                revealed: false,
                ended: None,
                voters: Vec::new(),
                host: String::new(),
            });
        }
        VoteCommand::StartOnDevices { dots, host, now } => {
            if open.is_some() {
                return Err(ModelError::RoundOpen);
            }
            if !(1..=MAX_DOTS).contains(dots) || !device_key_ok(host) {
                return Err(ModelError::VoteRange);
            }
            voting.rounds.push(Round {
                id: ids.mint(),
                started: *now,
                dots: *dots,
                participants: 0,
                ballots: Vec::new(),
                current: 0,
                revealed: false,
                ended: None,
                voters: Vec::new(),
                host: host.clone(),
            });
        }
        VoteCommand::DeleteRound { id } => {
            let at = voting.rounds.iter().position(|r| r.id == *id).ok_or(ModelError::ItemNotFound(*id))?;
            voting.rounds.remove(at);
        }
        _ => {
            let index = open.ok_or(ModelError::NoOpenRound)?;
            let Some(round) = voting.rounds.get_mut(index) else { return Err(ModelError::NoOpenRound) };
            if !edit_open_round(votable, round, command, ids)? {
                return Ok(None);
            }
        }
    }
    Ok(Change::between(before, voting, ids, Vec::new()))
}

/// Applies a command that edits the open round; returns whether it changed.
fn edit_open_round(votable: &dyn Fn(ItemId) -> bool, round: &mut Round, command: &VoteCommand, ids: &mut IdMint) -> Result<bool, ModelError> {
    let current = usize::from(round.current);
    match command {
        VoteCommand::DeviceDot { device, name, id } => {
            if !votable(*id) {
                return Err(ModelError::NotVotable(*id));
            }
            if !round.on_devices() || !device_key_ok(device) {
                return Err(ModelError::VoteRange);
            }
            if round.left_on(device) == 0 {
                return Err(ModelError::NoDotsLeft);
            }
            let name = voter_name(name);
            let full = round.voters.len() >= MAX_VOTERS;
            match round.voters.iter_mut().find(|v| v.device == *device) {
                Some(voter) => {
                    voter.dots.push(*id);
                    voter.name = name;
                }
                None if full => return Err(ModelError::VoteRange),
                None => round.voters.push(Voter { id: ids.mint(), device: device.clone(), name, dots: vec![*id] }),
            }
        }
        VoteCommand::DeviceUndot { device, id } => {
            let Some(voter) = round.voters.iter_mut().find(|v| v.device == *device) else { return Ok(false) };
            let Some(at) = voter.dots.iter().rposition(|d| d == id) else { return Ok(false) };
            voter.dots.remove(at);
        }
        VoteCommand::Dot { id } => {
            if !votable(*id) {
                return Err(ModelError::NotVotable(*id));
            }
            if round.left(round.current) == 0 {
                return Err(ModelError::NoDotsLeft);
            }
            let ballot = round.ballots.get_mut(current).ok_or(ModelError::NoDotsLeft)?;
            ballot.push(*id);
        }
        VoteCommand::Undot { id } => {
            let Some(ballot) = round.ballots.get_mut(current) else { return Ok(false) };
            let Some(at) = ballot.iter().rposition(|d| d == id) else { return Ok(false) };
            ballot.remove(at);
        }
        VoteCommand::SetParticipant { index } => {
            if *index >= round.participants {
                return Err(ModelError::VoteRange);
            }
            if *index == round.current {
                return Ok(false);
            }
            round.current = *index;
        }
        VoteCommand::AddCode { code } => {
            let (round_id, ids) = parse_vote_code(code).ok_or(ModelError::BadVoteCode)?;
            if round_id != round.id {
                return Err(ModelError::WrongRound);
            }
            if ids.len() > usize::from(round.dots) {
                return Err(ModelError::NoDotsLeft);
            }
            if let Some(&bad) = ids.iter().find(|&&id| !votable(id)) {
                return Err(ModelError::NotVotable(bad));
            }
            let ballot = round.ballots.iter_mut().find(|b| b.is_empty()).ok_or(ModelError::NoEmptyBallot)?;
            if ids.is_empty() {
                return Ok(false);
            }
            *ballot = ids;
        }
        VoteCommand::Reveal => {
            if round.revealed {
                return Ok(false);
            }
            round.revealed = true;
        }
        VoteCommand::End { now } => round.ended = Some(*now),
        VoteCommand::Start { .. } | VoteCommand::StartOnDevices { .. } | VoteCommand::DeleteRound { .. } => return Ok(false),
    }
    Ok(true)
}

/// Whether `key` can name a device: 1–32 ASCII letters and digits.
pub fn device_key_ok(key: &str) -> bool {
    !key.is_empty() && key.len() <= MAX_DEVICE_CHARS && key.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A voter's name as kept: control characters dropped, cut to length, trimmed.
pub(super) fn voter_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(MAX_VOTER_NAME_CHARS).collect::<String>().trim().to_owned()
}
