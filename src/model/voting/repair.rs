//! Repairing the voting rounds of a project that came from outside (a file, a share link, a
//! live peer), so every rule `apply_vote` keeps holds again, the same way on every device.

use super::{device_key_ok, voter_name, Round, Voter, Voting, MAX_DOTS, MAX_PARTICIPANTS, MAX_VOTERS};
use crate::model::core::ids::repair_id;
use crate::model::core::ItemId;
use std::collections::{BTreeSet, HashSet};

/// Repairs the rounds of a project that came from outside so every rule `apply_vote` keeps
/// holds again: dots and participants within range, one ballot per participant, no ballot
/// longer than `dots`, `current` naming a participant, at most one open round (all but the
/// last open one are ended at their start time), round and voter ids unique across the project
/// and below its counter. A device round (no seats) keeps one voter per well-formed device key
/// (a second ballot of one device, from two tabs voting at once, joins the first), names made
/// safe. Ballots keep ids of items deleted since. `used` holds every other item id. Returns the
/// number of repairs made.
pub fn repair_voting(voting: &mut Voting, used: &BTreeSet<ItemId>, next_item_id: &mut u64) -> usize {
    let mut repairs = 0;
    let voter_ids = voting.rounds.iter().flat_map(|r| r.voters.iter().map(|v| v.id));
    let highest = voting.rounds.iter().map(|r| r.id).chain(voter_ids).chain(used.iter().copied()).map(ItemId::counter).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let mut seen: HashSet<ItemId> = used.iter().copied().collect();
    let last_open = voting.rounds.iter().rposition(|r| r.ended.is_none());
    for (index, round) in voting.rounds.iter_mut().enumerate() {
        let mut fresh_id = |id: &mut ItemId, seen: &mut HashSet<ItemId>| {
            if id.0 == 0 || !seen.insert(*id) {
                *id = repair_id(next_item_id, |id| seen.contains(&id));
                seen.insert(*id);
                return 1;
            }
            0
        };
        repairs += fresh_id(&mut round.id, &mut seen);
        let dots = round.dots.clamp(1, MAX_DOTS);
        let participants = round.participants.min(MAX_PARTICIPANTS);
        repairs += usize::from(dots != round.dots) + usize::from(participants != round.participants);
        round.dots = dots;
        round.participants = participants;
        if round.ballots.len() != usize::from(participants) {
            round.ballots.resize(usize::from(participants), Vec::new());
            repairs += 1;
        }
        for ballot in &mut round.ballots {
            if ballot.len() > usize::from(dots) {
                ballot.truncate(usize::from(dots));
                repairs += 1;
            }
        }
        repairs += repair_voters(round);
        for voter in &mut round.voters {
            repairs += fresh_id(&mut voter.id, &mut seen);
        }
        let last_seat = participants.saturating_sub(1);
        if round.current > last_seat {
            round.current = last_seat;
            repairs += 1;
        }
        if round.ended.is_none() && Some(index) != last_open {
            round.ended = Some(round.started);
            repairs += 1;
        }
    }
    repairs
}

/// A round's voters as `apply_vote` keeps them: only in a device round, one per well-formed
/// device key (a second ballot of one device joins the first), safe names, at most `dots`
/// dots each, at most `MAX_VOTERS`. Returns the repairs made.
fn repair_voters(round: &mut Round) -> usize {
    let mut repairs = 0;
    let has_device_parts = !round.voters.is_empty() || !round.host.is_empty();
    if !round.on_devices() && has_device_parts {
        round.voters.clear();
        round.host.clear();
        return 1;
    }
    if !round.host.is_empty() && !device_key_ok(&round.host) {
        round.host.clear();
        repairs += 1;
    }
    let mut kept: Vec<Voter> = Vec::with_capacity(round.voters.len());
    for mut voter in std::mem::take(&mut round.voters) {
        let name = voter_name(&voter.name);
        if name != voter.name {
            voter.name = name;
            repairs += 1;
        }
        if !device_key_ok(&voter.device) || kept.len() >= MAX_VOTERS {
            repairs += 1;
            continue;
        }
        match kept.iter_mut().find(|k| k.device == voter.device) {
            Some(first) => {
                first.dots.extend(voter.dots);
                repairs += 1;
            }
            None => kept.push(voter),
        }
    }
    for voter in &mut kept {
        if voter.dots.len() > usize::from(round.dots) {
            voter.dots.truncate(usize::from(round.dots));
            repairs += 1;
        }
    }
    round.voters = kept;
    repairs
}
