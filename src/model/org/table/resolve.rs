//! The second half of reading a table: linking each row to its parent row, rejecting loops,
//! unknown parents and rows under rejected ones (by line number), and ordering the good rows
//! parents first into a [`ChartDraft`]. Linear and iterative, so a 10,000-deep chain listed
//! child first is fine.

use super::{CsvImport, Row, RowError, RowProblem};
use crate::model::org::{ChartDraft, DraftPosition, JobDescription, PositionDetails};
use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// Where a row stands while rows are linked to their parents.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Unknown,
    /// On the current walk up, at this index of the path.
    OnPath(usize),
    Accepted,
    Rejected,
}

/// Links the rows to their parents, rejects what cannot be placed, and orders the rest so
/// every parent comes before its children.
pub(super) fn assemble(rows: Vec<Row>) -> CsvImport {
    let mut problems: Vec<Option<RowProblem>> = rows.iter().map(|row| row.details.as_ref().err().cloned()).collect();
    let parents = link_parents(&rows, &mut problems);
    reject_unplaceable(&rows, &parents, &mut problems);
    let errors =
        rows.iter().zip(&problems).filter_map(|(row, problem)| problem.clone().map(|problem| RowError { line: row.line, problem })).collect();
    let count = rows.len();
    let accepted: Vec<bool> = problems.iter().map(Option::is_none).collect();
    CsvImport { draft: draft_of(rows, &parents, &accepted), errors, rows: count }
}

/// Each row's parent row, by index. The first row with an id owns it; later rows with that id
/// are duplicates, and a parent id no row has is unknown.
fn link_parents(rows: &[Row], problems: &mut [Option<RowProblem>]) -> Vec<Option<usize>> {
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (at, row) in rows.iter().enumerate() {
        if row.id.is_empty() {
            continue;
        }
        match owner.entry(row.id.as_str()) {
            Entry::Vacant(slot) => {
                slot.insert(at);
            }
            Entry::Occupied(_) => {
                problems[at].get_or_insert_with(|| RowProblem::DuplicateId(row.id.clone()));
            }
        }
    }
    let mut parents = vec![None; rows.len()];
    for (at, row) in rows.iter().enumerate() {
        if problems[at].is_some() || row.parent.is_empty() {
            continue;
        }
        match owner.get(row.parent.as_str()) {
            Some(&parent) => parents[at] = Some(parent),
            None => problems[at] = Some(RowProblem::UnknownParent(row.parent.clone())),
        }
    }
    parents
}

/// Walks up from every row until it meets a top, a row already settled or a rejected one; the
/// rows on the way are accepted only if that end is. Meeting the current walk again is a loop:
/// its rows are `Cycle`, the rows that led to it have a rejected parent. Each row is walked
/// over once, so this is linear.
fn reject_unplaceable(rows: &[Row], parents: &[Option<usize>], problems: &mut [Option<RowProblem>]) {
    let mut fate = vec![Fate::Unknown; rows.len()];
    for start in 0..rows.len() {
        let mut path: Vec<usize> = Vec::new();
        let mut current = start;
        loop {
            match fate[current] {
                Fate::Accepted | Fate::Rejected => break,
                Fate::OnPath(from) => {
                    for &at in &path[from..] {
                        problems[at] = Some(RowProblem::Cycle);
                        fate[at] = Fate::Rejected;
                    }
                    path.truncate(from);
                    break;
                }
                Fate::Unknown if problems[current].is_some() => {
                    fate[current] = Fate::Rejected;
                    break;
                }
                Fate::Unknown => match parents[current] {
                    None => {
                        fate[current] = Fate::Accepted;
                        break;
                    }
                    Some(parent) => {
                        fate[current] = Fate::OnPath(path.len());
                        path.push(current);
                        current = parent;
                    }
                },
            }
        }
        // Settle the walk top-down: each row's parent is settled before it.
        for &at in path.iter().rev() {
            let parent_accepted = parents[at].is_some_and(|parent| fate[parent] == Fate::Accepted);
            if parent_accepted {
                fate[at] = Fate::Accepted;
            } else {
                fate[at] = Fate::Rejected;
                problems[at] = Some(RowProblem::ParentRejected(rows[at].parent.clone()));
            }
        }
    }
}

/// The accepted rows as a draft, in pre-order (parents first, rows under one parent in file
/// order), with parents as draft indexes.
fn draft_of(rows: Vec<Row>, parents: &[Option<usize>], accepted: &[bool]) -> ChartDraft {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    let mut tops = Vec::new();
    for at in (0..rows.len()).filter(|&at| accepted[at]) {
        match parents[at] {
            Some(parent) => children[parent].push(at),
            None => tops.push(at),
        }
    }
    let mut order = Vec::with_capacity(rows.len());
    let mut stack: Vec<usize> = tops.into_iter().rev().collect();
    while let Some(at) = stack.pop() {
        order.push(at);
        stack.extend(children[at].iter().rev());
    }
    let mut draft_index = vec![None; rows.len()];
    let mut details: Vec<Option<PositionDetails>> = rows.into_iter().map(|row| row.details.ok()).collect();
    let mut draft = ChartDraft::default();
    for at in order {
        let Some(details) = details[at].take() else { continue };
        draft_index[at] = Some(draft.positions.len());
        let parent = parents[at].and_then(|parent| draft_index[parent]);
        draft.positions.push(DraftPosition { parent, details, job: JobDescription::default(), duties: Vec::new() });
    }
    draft
}
