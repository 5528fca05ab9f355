//! Document edits. Every change a user makes to a project is a `Command`; `apply_in` turns a
//! project and a command into the next project (with the ids it created) or a `ModelError`.
//! It is pure and total: the same inputs give the same output and no input panics. This is the
//! one `match` over canvases: each arm hands the canvas its own part of the project (and a
//! read-only view of a neighbour it needs); the origins a canvas ended are unlinked here.

use super::links::{send_to_swot, unlink};
use super::Project;
use crate::model::blueprint::{apply_blueprint, BlueprintCommand};
use crate::model::core::{normalize_name, Change, IdMint, IdSpace, ItemId, Origin};
use crate::model::five_forces::{apply_forces, ForcesCommand};
use crate::model::org::{apply_org, OrgCommand};
use crate::model::quality::{apply_quality, QualityCommand};
use crate::model::swot::{apply_swot, Quadrant, SwotCommand};
use crate::model::voting::{apply_vote, VoteCommand};
use std::rc::Rc;

pub use crate::model::core::{checked_text, ModelError, NameError};

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
    /// An edit of the service-quality canvas.
    Quality(QualityCommand),
    /// Adds a linked SWOT item made from a factor or competitor (in O or T), or from a
    /// blueprint fail point, a quality gap or a gap's cause (in W).
    SendToSwot { origin: Origin, quadrant: Quadrant },
    /// A dot-voting edit.
    Vote(VoteCommand),
}

/// What applying a command did.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The document changed; this is the new project (its `updated` time is left to the caller).
    Changed(Project),
    /// The command was valid but changed nothing (e.g. renaming to the same name): no undo step.
    Unchanged,
}

/// A change made by [`apply_in`]: the next project and the ids the edit created, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// Its `updated` time is left to the caller.
    pub project: Project,
    pub created: Vec<ItemId>,
}

/// Applies `command` to `project`, minting new ids in the file's own space: for samples,
/// templates and tests, where the same commands must always give the same ids. An editing
/// session uses [`apply_in`] with its own space.
pub fn apply(project: &Project, command: &Command) -> Result<Outcome, ModelError> {
    Ok(match apply_in(project, command, IdSpace::FILE)? {
        Some(applied) => Outcome::Changed(applied.project),
        None => Outcome::Unchanged,
    })
}

/// Applies `command` to `project`, minting new ids in `space`. `Ok(None)`: the command was
/// valid but changed nothing.
pub fn apply_in(project: &Project, command: &Command, space: IdSpace) -> Result<Option<Applied>, ModelError> {
    let mut ids = IdMint::new(space, project.next_item_id);
    let mut next = project.clone();
    let ended = match command {
        Command::RenameProject { name } => {
            let name = normalize_name(name)?;
            if name == project.name {
                return Ok(None);
            }
            next.name = name;
            Some(Vec::new())
        }
        Command::Swot(command) => replace(&mut next.swot, apply_swot(&project.swot, command, &mut ids)?),
        Command::Forces(command) => replace(&mut next.five_forces, apply_forces(&project.five_forces, command, &mut ids)?),
        Command::Org(command) => replace(&mut next.org, apply_org(&project.org, command, &mut ids)?),
        Command::Blueprint(command) => {
            let change = apply_blueprint(&project.blueprint, command, &mut ids, project.org.as_ref())?;
            replace(&mut next.blueprint, change)
        }
        Command::Quality(command) => {
            let change = apply_quality(&project.quality, command, &mut ids, project.org.as_ref())?;
            replace(&mut next.quality, change)
        }
        Command::SendToSwot { origin, quadrant } => {
            next.swot = Rc::new(send_to_swot(project, *origin, *quadrant, &mut ids)?);
            Some(Vec::new())
        }
        Command::Vote(command) => replace(&mut next.voting, apply_vote(&project.voting, command, &mut ids, &|id| project.votable(id))?),
    };
    let Some(ended) = ended else { return Ok(None) };
    unlink(&mut next.swot, &ended);
    next.next_item_id = ids.counter();
    Ok(Some(Applied { project: next, created: ids.into_minted() }))
}

/// Puts a canvas's change in its slot; the origins it ended, or `None` for no change.
fn replace<C>(slot: &mut Rc<C>, change: Option<Change<C>>) -> Option<Vec<Origin>> {
    let change = change?;
    *slot = Rc::new(change.canvas);
    Some(change.ended)
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
