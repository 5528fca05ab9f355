//! Document edits. Every change a user makes to a project is a `Command`; `apply` turns a
//! project and a command into the next project or a `ModelError`. It is pure and total:
//! the same inputs give the same output and no input panics. Canvas issues add variants here.

use super::blueprint::{apply_blueprint, BlueprintCommand};
use super::five_forces::{apply_forces, ForcesCommand};
use super::ids::ItemId;
use super::links::{origin_exists, sent_item, Origin};
use super::org::{apply_org, OrgCommand};
use super::project::{normalize_name, NameError, Project};
use super::swot::{apply_swot, Quadrant, SwotCommand};
use super::voting::{apply_vote, VoteCommand};

/// One undoable edit of a project document.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Give the project a new name (normalised by [`normalize_name`]).
    RenameProject { name: String },
    /// An edit of the SWOT canvas.
    Swot(SwotCommand),
    /// An edit of the five-forces canvas.
    Forces(ForcesCommand),
    /// An edit of the org chart.
    Org(OrgCommand),
    /// An edit of the service blueprint.
    Blueprint(BlueprintCommand),
    /// Adds a linked SWOT item made from a factor or competitor (in O or T) or from a
    /// blueprint fail point (in W).
    SendToSwot { origin: Origin, quadrant: Quadrant },
    /// A dot-voting edit.
    Vote(VoteCommand),
}

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

/// What applying a command did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The document changed; this is the new project (its `updated` time is left to the caller).
    Changed(Project),
    /// The command was valid but changed nothing (e.g. renaming to the same name): no undo step.
    Unchanged,
}

/// Trims `raw` and checks it is non-empty (unless allowed) and at most `max` characters.
pub(crate) fn checked_text(raw: &str, max: usize, allow_empty: bool) -> Result<String, ModelError> {
    let text = raw.trim();
    let chars = text.chars().count();
    if chars == 0 && !allow_empty {
        Err(ModelError::EmptyText)
    } else if chars > max {
        Err(ModelError::TextTooLong { chars, max })
    } else {
        Ok(text.to_owned())
    }
}

/// Applies `command` to `project`.
pub fn apply(project: &Project, command: &Command) -> Result<Outcome, ModelError> {
    match command {
        Command::RenameProject { name } => {
            let name = normalize_name(name)?;
            if name == project.name {
                return Ok(Outcome::Unchanged);
            }
            Ok(Outcome::Changed(Project { name, ..project.clone() }))
        }
        Command::Swot(command) => apply_swot(project, command),
        Command::Forces(command) => apply_forces(project, command),
        Command::Org(command) => apply_org(project, command),
        Command::Blueprint(command) => apply_blueprint(project, command),
        Command::SendToSwot { origin, quadrant } => send_to_swot(project, *origin, *quadrant),
        Command::Vote(command) => apply_vote(project, command),
    }
}

/// Makes a SWOT item from a factor or competitor (an opportunity or threat) or from a fail
/// point (a weakness), linked back to it. Its text and priority come from the source (a
/// factor's rating, a competitor's threat level; a fail point has no priority).
fn send_to_swot(project: &Project, origin: Origin, quadrant: Quadrant) -> Result<Outcome, ModelError> {
    if !origin.fits(quadrant) {
        return Err(match origin {
            Origin::FailPoint(_) => ModelError::FailPointToWeakness,
            _ => ModelError::SendToInternal,
        });
    }
    if sent_item(project, origin).is_some() {
        return Err(ModelError::AlreadySent);
    }
    if !origin_exists(project, origin) {
        let (Origin::Factor(id) | Origin::Competitor(id) | Origin::FailPoint(id)) = origin;
        return Err(ModelError::ItemNotFound(id));
    }
    // Only a card marked as a fail point is sent; the link then stays with the card even if
    // its mark changes later, like a factor's link survives a new rating.
    if let Origin::FailPoint(id) = origin {
        if project.blueprint.card(id).is_some_and(|c| c.mark != Some(super::blueprint::Mark::FailPoint)) {
            return Err(ModelError::NotAFailPoint);
        }
    }
    let forces = &project.five_forces;
    let (text, priority, competitor) = match origin {
        Origin::Factor(id) => forces.factor(id).map(|f| (f.text.clone(), f.rating, None)),
        Origin::Competitor(id) => forces.competitor(id).map(|c| (c.name.clone(), c.threat, c.kind)),
        Origin::FailPoint(id) => project.blueprint.card(id).map(|c| (c.text.clone(), None, None)),
    }
    .ok_or(ModelError::EmptyText)?;
    // The five forces are part of the competitor environment (DOMAIN.md §1); a fail point is
    // internal and has no environment source.
    let source = (!quadrant.is_internal()).then_some(super::swot::EnvFactor::Competitor);
    let add = SwotCommand::AddItem { quadrant, text, source };
    let Outcome::Changed(mut next) = apply_swot(project, &add)? else { return Ok(Outcome::Unchanged) };
    let mut swot = (*next.swot).clone();
    if let Some(item) = swot.items.last_mut() {
        item.origin = Some(origin);
        item.priority = priority;
        item.competitor = competitor;
    }
    next.swot = std::rc::Rc::new(swot);
    Ok(Outcome::Changed(next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProjectId, Timestamp};

    fn project() -> Project {
        Project::new(ProjectId::parse("p1").unwrap(), "Plan".into(), Timestamp(10))
    }

    #[test]
    fn rename_changes_only_the_name() {
        let before = project();
        let Ok(Outcome::Changed(after)) = apply(&before, &Command::RenameProject { name: " 新名字 ".into() }) else {
            panic!("rename refused");
        };
        assert_eq!(after.name, "新名字");
        assert_eq!(Project { name: before.name.clone(), ..after.clone() }, before);
        // Canvases are shared, not copied.
        assert!(std::rc::Rc::ptr_eq(&before.swot, &after.swot));
    }

    #[test]
    fn renaming_to_the_same_name_is_not_an_edit() {
        assert_eq!(apply(&project(), &Command::RenameProject { name: "Plan ".into() }), Ok(Outcome::Unchanged));
    }

    #[test]
    fn invalid_names_are_errors_not_panics() {
        let result = apply(&project(), &Command::RenameProject { name: "   ".into() });
        assert_eq!(result, Err(ModelError::InvalidName(NameError::Empty)));
    }
}
