//! Why an edit was refused. One error type for every canvas, put into words for the user by
//! `i18n`.

use super::ids::ItemId;

/// Why a command could not be applied. Shown to the user through `i18n`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("invalid project name: {0}")]
    InvalidName(#[from] NameError),
    #[error("item {0:?} does not exist")]
    ItemNotFound(ItemId),
    #[error("the text is empty")]
    EmptyText,
    #[error("the text has {chars} characters; at most {max} are allowed")]
    TextTooLong { chars: usize, max: usize },
    #[error("priority {0} is outside 1–5")]
    PriorityOutOfRange(u8),
    #[error("only opportunities and threats carry environment tags")]
    TagOnInternalItem,
    #[error("a {cell} strategy cites an item from another quadrant")]
    SourceNotInCell { cell: &'static str },
    #[error("a {cell} strategy needs at least one internal and one external item")]
    StrategyNeedsBothSides { cell: &'static str },
    #[error("{0} is outside its allowed range")]
    OutOfRange(u8),
    #[error("this was already sent to the SWOT board")]
    AlreadySent,
    #[error("only opportunities and threats can come from the five forces")]
    SendToInternal,
    #[error("a position cannot report to itself or to one of its subordinates")]
    Cycle,
    #[error("headcount {count} is above {max}")]
    HeadcountTooLarge { count: u32, max: u32 },
    #[error("{count} entries; at most {max} are allowed")]
    TooManyEntries { count: usize, max: usize },
    #[error("a dotted line needs two different positions that are not already linked by a solid line")]
    DottedLineInvalid,
    #[error("the span of control needs 1 ≤ min ≤ max ≤ {max}")]
    SpanRangeInvalid { max: u8 },
    #[error("the chart to insert is not a tree")]
    InvalidDraft,
    #[error("{minutes} minutes is above {max}")]
    DurationTooLong { minutes: u32, max: u32 },
    #[error("emotion {0} is outside −2…+2")]
    EmotionOutOfRange(i8),
    #[error("the lane does not exist")]
    LaneNotFound,
    #[error("the standard lanes cannot be deleted")]
    StandardLane,
    #[error("SERVQUAL rates the provider's cards, not the customer's actions")]
    ServqualOnCustomerAction,
    #[error("a connector needs two different cards")]
    ConnectorToItself,
    #[error("a fail point can only become a weakness")]
    FailPointToWeakness,
    #[error("only a card marked as a fail point can be sent to SWOT")]
    NotAFailPoint,
    #[error("a voting round is already open")]
    RoundOpen,
    #[error("no voting round is open")]
    NoOpenRound,
    #[error("this participant has no dots left")]
    NoDotsLeft,
    #[error("item {0:?} cannot receive dots")]
    NotVotable(ItemId),
    #[error("the vote code cannot be read")]
    BadVoteCode,
    #[error("the vote code belongs to another round")]
    WrongRound,
    #[error("every participant has already voted")]
    NoEmptyBallot,
    #[error("a round has 1–20 dots per participant and 1–100 participants")]
    VoteRange,
}

/// Why a project name was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name has {chars} characters; at most {max} are allowed")]
    TooLong { chars: usize, max: usize },
}
