//! Org-chart commands and how they apply. Texts are trimmed and length-checked, headcounts
//! capped at `MAX_HEADCOUNT`. Moving a position under itself or one of its subordinates is
//! refused (`ModelError::Cycle`). Deleting a position either lifts its subordinates to its
//! parent or removes the whole branch; dotted lines touching removed positions go with them.
//! The design self-check's answers and ticks are recorded here too; a template that replaces
//! the chart keeps them (they judge the department, which the planner is redesigning).

use super::design::{Assessment, DesignStep, GuidedPrinciple, PrincipleAnswer};
use super::{
    ChartDraft, Direction, DottedLine, Duty, JobDescription, OrgCanvas, Position, PositionDetails, SpanRange, Tree, MAX_FIELD_CHARS, MAX_HEADCOUNT,
    MAX_RESPONSIBILITIES, MAX_SPAN,
};
use crate::model::core::{checked_text, Change, Edited, IdMint, ItemId, ModelError, MAX_NOTE_CHARS};
use std::collections::HashSet;

/// What happens to a deleted position's subordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeleteMode {
    /// They move up to the deleted position's parent, in its place.
    LiftChildren,
    /// They are deleted with it.
    WholeBranch,
}

#[derive(Clone, Debug, PartialEq)]
pub enum OrgCommand {
    /// Adds a vacant position titled `title` under `parent` at sibling `index` (None: last).
    AddPosition {
        parent: Option<ItemId>,
        index: Option<usize>,
        title: String,
    },
    EditDetails {
        id: ItemId,
        details: PositionDetails,
    },
    EditJob {
        id: ItemId,
        job: JobDescription,
    },
    SetDuties {
        id: ItemId,
        duties: Vec<Duty>,
    },
    /// Re-parents `id` under `parent` at sibling `index` (clamped); also reorders siblings.
    Move {
        id: ItemId,
        parent: Option<ItemId>,
        index: usize,
    },
    Delete {
        id: ItemId,
        mode: DeleteMode,
    },
    SetCollapsed {
        id: ItemId,
        collapsed: bool,
    },
    AddDotted {
        from: ItemId,
        to: ItemId,
    },
    DeleteDotted {
        from: ItemId,
        to: ItemId,
    },
    SetSpanRange {
        range: SpanRange,
    },
    SetDirection {
        direction: Direction,
    },
    /// Adds a template's or a CSV file's positions, replacing the chart or as new tops beside it.
    Insert {
        draft: ChartDraft,
        replace: bool,
    },
    /// Records the planner's judgement of a guided design principle and why (both empty:
    /// forgets it).
    SetPrinciple {
        principle: GuidedPrinciple,
        assessment: Option<Assessment>,
        note: String,
    },
    /// Ticks or unticks a step of the design procedure.
    SetStepDone {
        step: DesignStep,
        done: bool,
    },
}

fn at(canvas: &OrgCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.positions.iter().position(|p| p.id == id).ok_or(ModelError::ItemNotFound(id))
}

fn field(raw: &str, allow_empty: bool) -> Result<String, ModelError> {
    let flat: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    checked_text(&flat, MAX_FIELD_CHARS, allow_empty)
}

fn checked_details(details: &PositionDetails) -> Result<PositionDetails, ModelError> {
    for count in [details.planned, details.filled] {
        if count > MAX_HEADCOUNT {
            return Err(ModelError::HeadcountTooLarge { count, max: MAX_HEADCOUNT });
        }
    }
    Ok(PositionDetails {
        title: field(&details.title, false)?,
        holder: field(&details.holder, true)?,
        planned: details.planned,
        filled: details.filled,
        level: field(&details.level, true)?,
        code: field(&details.code, true)?,
        department: field(&details.department, true)?,
    })
}

fn checked_job(job: &JobDescription) -> Result<JobDescription, ModelError> {
    let mut responsibilities = Vec::new();
    for line in &job.responsibilities {
        let line = checked_text(line, MAX_NOTE_CHARS, true)?;
        if !line.is_empty() {
            responsibilities.push(line);
        }
    }
    if responsibilities.len() > MAX_RESPONSIBILITIES {
        return Err(ModelError::TooManyEntries { count: responsibilities.len(), max: MAX_RESPONSIBILITIES });
    }
    Ok(JobDescription {
        scope: checked_text(&job.scope, MAX_NOTE_CHARS, true)?,
        relations: checked_text(&job.relations, MAX_NOTE_CHARS, true)?,
        responsibilities,
        qualifications: checked_text(&job.qualifications, MAX_NOTE_CHARS, true)?,
        other: checked_text(&job.other, MAX_NOTE_CHARS, true)?,
    })
}

/// Puts `position` among `parent`'s children at sibling `index` (clamped to the end).
fn insert_as_child(canvas: &mut OrgCanvas, position: Position, index: Option<usize>) {
    let siblings: Vec<usize> = canvas.positions.iter().enumerate().filter(|(_, p)| p.parent == position.parent).map(|(i, _)| i).collect();
    let slot = match index.and_then(|i| siblings.get(i)) {
        Some(&global) => global,
        None => siblings.last().map_or(canvas.positions.len(), |last| last + 1),
    };
    canvas.positions.insert(slot, position);
}

fn delete(canvas: &mut OrgCanvas, id: ItemId, mode: DeleteMode) -> Result<(), ModelError> {
    let tree = Tree::new(canvas);
    let target = tree.at(id).ok_or(ModelError::ItemNotFound(id))?;
    let removed: HashSet<ItemId> = match mode {
        DeleteMode::LiftChildren => HashSet::from([id]),
        DeleteMode::WholeBranch => tree.subtree(target).into_iter().map(|i| canvas.positions[i].id).collect(),
    };
    let parent = canvas.positions[target].parent;
    if mode == DeleteMode::LiftChildren {
        // The children take the deleted position's place among its siblings, in their order.
        let children: Vec<Position> = tree.children(target).iter().map(|&c| Position { parent, ..canvas.positions[c].clone() }).collect();
        let child_ids: HashSet<ItemId> = children.iter().map(|c| c.id).collect();
        let mut rebuilt = Vec::with_capacity(canvas.positions.len());
        let mut children = Some(children);
        for position in canvas.positions.drain(..) {
            if position.id == id {
                rebuilt.extend(children.take().unwrap_or_default());
            } else if !child_ids.contains(&position.id) {
                rebuilt.push(position);
            }
        }
        canvas.positions = rebuilt;
    } else {
        canvas.positions.retain(|p| !removed.contains(&p.id));
    }
    canvas.dotted.retain(|d| !removed.contains(&d.from) && !removed.contains(&d.to));
    Ok(())
}

fn move_position(canvas: &mut OrgCanvas, id: ItemId, parent: Option<ItemId>, index: usize) -> Result<(), ModelError> {
    let tree = Tree::new(canvas);
    let moving = tree.at(id).ok_or(ModelError::ItemNotFound(id))?;
    if let Some(parent) = parent {
        let parent_at = tree.at(parent).ok_or(ModelError::ItemNotFound(parent))?;
        if tree.is_ancestor_or_self(moving, parent_at) {
            return Err(ModelError::Cycle);
        }
    }
    let mut position = canvas.positions.remove(moving);
    position.parent = parent;
    insert_as_child(canvas, position, Some(index));
    // The moved position must stay in view.
    if let Some(parent) = parent.and_then(|p| canvas.positions.iter_mut().find(|q| q.id == p)) {
        parent.collapsed = false;
    }
    Ok(())
}

fn insert_draft(canvas: &mut OrgCanvas, draft: &ChartDraft, replace: bool, mint: &mut IdMint) -> Result<(), ModelError> {
    if !draft.is_well_formed() {
        return Err(ModelError::InvalidDraft);
    }
    let mut added = Vec::with_capacity(draft.positions.len());
    let mut ids = Vec::with_capacity(draft.positions.len());
    for entry in &draft.positions {
        let id = mint.mint();
        ids.push(id);
        added.push(Position {
            id,
            parent: entry.parent.and_then(|p| ids.get(p).copied()),
            details: checked_details(&entry.details)?,
            job: checked_job(&entry.job)?,
            duties: dedup_duties(&entry.duties),
            collapsed: false,
        });
    }
    if replace {
        canvas.positions.clear();
        canvas.dotted.clear();
    }
    canvas.positions.extend(added);
    Ok(())
}

/// A dotted line between a position and its direct superior or subordinate says nothing the
/// solid line does not; a move or a delete that makes one so removes it.
pub(super) fn drop_dotted_beside_solid(canvas: &mut OrgCanvas) {
    if canvas.dotted.is_empty() {
        return;
    }
    let parent_of: std::collections::HashMap<ItemId, Option<ItemId>> = canvas.positions.iter().map(|p| (p.id, p.parent)).collect();
    let solid = |a: ItemId, b: ItemId| parent_of.get(&a).copied().flatten() == Some(b);
    canvas.dotted.retain(|d| !solid(d.from, d.to) && !solid(d.to, d.from));
}

fn dedup_duties(duties: &[Duty]) -> Vec<Duty> {
    let mut out = duties.to_vec();
    out.sort();
    out.dedup();
    out
}

/// Applies one org-chart command to `before`, minting new ids from `ids`.
pub fn apply_org(before: &OrgCanvas, command: &OrgCommand, ids: &mut IdMint) -> Edited<OrgCanvas> {
    let mut canvas: OrgCanvas = before.clone();
    match command {
        OrgCommand::AddPosition { parent, index, title } => {
            if let Some(parent) = parent {
                at(&canvas, *parent)?;
            }
            let id = ids.mint();
            let details = checked_details(&PositionDetails::titled(title.as_str()))?;
            let position = Position { id, parent: *parent, details, job: JobDescription::default(), duties: Vec::new(), collapsed: false };
            // A new subordinate must be visible.
            if let Some(parent) = parent.and_then(|p| canvas.positions.iter_mut().find(|q| q.id == p)) {
                parent.collapsed = false;
            }
            insert_as_child(&mut canvas, position, *index);
        }
        OrgCommand::EditDetails { id, details } => {
            let i = at(&canvas, *id)?;
            canvas.positions[i].details = checked_details(details)?;
        }
        OrgCommand::EditJob { id, job } => {
            let i = at(&canvas, *id)?;
            canvas.positions[i].job = checked_job(job)?;
        }
        OrgCommand::SetDuties { id, duties } => {
            let i = at(&canvas, *id)?;
            canvas.positions[i].duties = dedup_duties(duties);
        }
        OrgCommand::Move { id, parent, index } => move_position(&mut canvas, *id, *parent, *index)?,
        OrgCommand::Delete { id, mode } => delete(&mut canvas, *id, *mode)?,
        OrgCommand::SetCollapsed { id, collapsed } => {
            let i = at(&canvas, *id)?;
            canvas.positions[i].collapsed = *collapsed;
        }
        OrgCommand::AddDotted { from, to } => {
            let (f, t) = (at(&canvas, *from)?, at(&canvas, *to)?);
            if f == t || canvas.positions[f].parent == Some(*to) || canvas.positions[t].parent == Some(*from) {
                return Err(ModelError::DottedLineInvalid);
            }
            let line = DottedLine { from: *from, to: *to };
            if !canvas.dotted.contains(&line) {
                canvas.dotted.push(line);
            }
        }
        OrgCommand::DeleteDotted { from, to } => canvas.dotted.retain(|d| !(d.from == *from && d.to == *to)),
        OrgCommand::SetSpanRange { range } => {
            if range.min == 0 || range.min > range.max || range.max > MAX_SPAN {
                return Err(ModelError::SpanRangeInvalid { max: MAX_SPAN });
            }
            canvas.span = *range;
        }
        OrgCommand::SetDirection { direction } => canvas.direction = *direction,
        OrgCommand::Insert { draft, replace } => insert_draft(&mut canvas, draft, *replace, ids)?,
        OrgCommand::SetPrinciple { principle, assessment, note } => {
            let answer = PrincipleAnswer { assessment: *assessment, note: checked_text(note, MAX_NOTE_CHARS, true)? };
            if answer.is_empty() {
                canvas.design.answers.remove(principle);
            } else {
                canvas.design.answers.insert(*principle, answer);
            }
        }
        OrgCommand::SetStepDone { step, done } => {
            if *done {
                canvas.design.done.insert(*step);
            } else {
                canvas.design.done.remove(step);
            }
        }
    }
    drop_dotted_beside_solid(&mut canvas);
    Ok(Change::between(before, canvas, ids, Vec::new()))
}
