//! Identifiers. A `ProjectId` names a project in storage and is chosen by the store; it is
//! validated so it is always safe inside a storage key or a file name. An `ItemId` names a thing
//! inside one project: `space × 2^32 + counter`, minted by an [`IdMint`] from the project's
//! counter and the [`IdSpace`] of the session editing it. Each editing session draws a random
//! space, so two copies of one project edited apart (two tabs, two laptops) never mint the same
//! id; space 0 belongs to files written before spaces existed, to repairs and to the samples,
//! so those stay deterministic. Replaying the same commands from the same counter in the same
//! space gives the same ids (no randomness in the core: the UI draws the space).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest project id accepted, in characters.
pub const MAX_PROJECT_ID_CHARS: usize = 64;

/// A project's identity: 1–64 ASCII letters, digits, `-` or `_`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProjectId(String);

impl ProjectId {
    /// Returns `None` unless `text` is a well-formed id.
    pub fn parse(text: &str) -> Option<Self> {
        let well_formed =
            !text.is_empty() && text.len() <= MAX_PROJECT_ID_CHARS && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        well_formed.then(|| ProjectId(text.to_owned()))
    }

    /// The id for the `attempt`-th try at a project created at `millis`: short, sortable by
    /// creation time, and different for each attempt so a caller can step past ids in use.
    pub fn generate(millis: i64, attempt: u32) -> Self {
        ProjectId(format!("p{}-{}", to_base36(millis.max(0) as u64), to_base36(attempt as u64)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ProjectId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ProjectId::parse(&text).ok_or_else(|| "a project id is 1–64 letters, digits, '-' or '_'".to_owned())
    }
}

impl From<ProjectId> for String {
    fn from(id: ProjectId) -> String {
        id.0
    }
}

impl fmt::Display for ProjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An item inside one project (a SWOT item, a position, a card…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u64);

impl ItemId {
    /// The counter part of the id (its low 32 bits): a project's counter stays above the counter
    /// part of every id in it, so no space mints an id twice.
    pub fn counter(self) -> u64 {
        self.0 & COUNTER_MASK
    }
}

/// Bits of an id below its space; a project's counter runs from 1 to `2^COUNTER_BITS`.
pub const COUNTER_BITS: u32 = 32;
const COUNTER_MASK: u64 = (1 << COUNTER_BITS) - 1;
/// The first counter value no id can hold.
pub const COUNTER_END: u64 = 1 << COUNTER_BITS;
/// Spaces are 0..`2^SPACE_BITS`: with the counter that keeps ids below 2^53, exact in JSON.
pub const SPACE_BITS: u32 = 21;

/// Where new ids are minted: 0 for files, repairs and samples; a random 1..2^21 per session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IdSpace(u32);

impl IdSpace {
    /// The deterministic space of files, repairs and samples.
    pub const FILE: IdSpace = IdSpace(0);

    /// A session's space from 32 random bits (never 0, so never the file's space).
    pub fn from_random(bits: u32) -> Self {
        let space = bits & ((1 << SPACE_BITS) - 1);
        IdSpace(if space == 0 { 1 } else { space })
    }
}

/// Mints ids in one space from a project's counter and remembers what it minted (what the
/// edit created).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdMint {
    space: IdSpace,
    next: u64,
    minted: Vec<ItemId>,
}

impl IdMint {
    /// A mint at `counter` (the project's `next_item_id`), raised to at least 1.
    pub fn new(space: IdSpace, counter: u64) -> Self {
        IdMint { space, next: counter.clamp(1, COUNTER_END), minted: Vec::new() }
    }

    /// A new id. Past `COUNTER_END - 1` (four billion ids) the counter stays put; the
    /// duplicate that could then arise is renumbered by repair when the file is next read.
    pub fn mint(&mut self) -> ItemId {
        let id = ItemId((u64::from(self.space.0) << COUNTER_BITS) | (self.next & COUNTER_MASK));
        self.next = (self.next + 1).min(COUNTER_END);
        self.minted.push(id);
        id
    }

    /// The counter to store in the project after minting.
    pub fn counter(&self) -> u64 {
        self.next
    }

    /// Every id minted so far, in order.
    pub fn minted(&self) -> &[ItemId] {
        &self.minted
    }

    pub fn into_minted(self) -> Vec<ItemId> {
        self.minted
    }
}

/// A new id for an item a repair renumbers: the next of space 0 from the counter, so every
/// device repairs a file the same way; once the counter is spent (only a hostile file gets
/// there), the first space-0 id that `taken` says is free.
pub fn repair_id(next: &mut u64, taken: impl Fn(ItemId) -> bool) -> ItemId {
    if *next < COUNTER_END {
        let id = ItemId((*next).max(1));
        *next = id.0 + 1;
        return id;
    }
    (1..COUNTER_END).map(ItemId).find(|id| !taken(*id)).unwrap_or(ItemId(0))
}

pub(crate) fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_are_valid_and_distinct_per_attempt() {
        let a = ProjectId::generate(1_764_000_000_000, 0);
        let b = ProjectId::generate(1_764_000_000_000, 1);
        assert_ne!(a, b);
        assert!(ProjectId::parse(a.as_str()).is_some());
        assert!(ProjectId::parse(ProjectId::generate(-1, u32::MAX).as_str()).is_some());
    }

    #[test]
    fn hostile_ids_are_rejected() {
        for bad in ["", "a/b", "../x", "<script>", "a b", "项目", &"x".repeat(65)] {
            assert!(ProjectId::parse(bad).is_none(), "{bad:?} accepted");
        }
        assert!(ProjectId::parse("p-1_Z").is_some());
    }

    #[test]
    fn each_space_mints_its_own_ids_from_one_counter() {
        let mut file = IdMint::new(IdSpace::FILE, 7);
        assert_eq!((file.mint(), file.mint(), file.counter()), (ItemId(7), ItemId(8), 9));
        let space = IdSpace::from_random(0xFFFF_FFFF);
        let mut a = IdMint::new(space, 7);
        let mut b = IdMint::new(IdSpace::from_random(1), 7);
        let (x, y) = (a.mint(), b.mint());
        assert_ne!(x, y);
        assert_eq!((x.counter(), y.counter()), (7, 7));
        assert!(x.0 < 1 << 53);
        assert_eq!(a.minted(), &[x]);
        assert_eq!(IdSpace::from_random(1 << SPACE_BITS), IdSpace::from_random(1), "space 0 is never drawn");
    }

    #[test]
    fn an_exhausted_counter_stays_within_its_space() {
        let mut mint = IdMint::new(IdSpace::from_random(5), u64::MAX);
        let id = mint.mint();
        assert_eq!(id.0 >> COUNTER_BITS, 5);
        assert_eq!(mint.counter(), COUNTER_END);
        assert_eq!(mint.mint().0 >> COUNTER_BITS, 5);
    }

    #[test]
    fn ids_deserialize_only_when_valid() {
        assert!(serde_json::from_str::<ProjectId>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<ProjectId>("\"no way\"").is_err());
    }
}
