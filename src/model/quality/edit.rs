//! Service-quality commands and how they apply. Points stay within 0–`MAX_WEIGHT`, entered
//! averages within 1.0–7.0 (in tenths), texts are trimmed and length-checked. A gap's record is
//! made on its first edit (one per kind, with an id so it can be voted on and sent to SWOT);
//! deleting a cause, or the statements a survey answered, never touches the SWOT items sent
//! from them except to unlink them. An imported survey replaces the previous tallies whole.

use super::{Cause, Entered, Gap, GapStatus, ProviderGap, QualityCanvas, Statement, Tally, MAX_CAUSES, MAX_STATEMENTS, MAX_WEIGHT};
use super::{TENTHS_MAX, TENTHS_MIN};
use crate::model::core::{checked_text, Change, Edited, IdMint, ItemId, ModelError, Origin, Positions, Servqual, MAX_NOTE_CHARS, MAX_TEXT_CHARS};

/// Everything recorded about a gap but its causes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapEdit {
    pub summary: String,
    pub evidence: String,
    pub actions: String,
    pub owner: Option<ItemId>,
    pub status: GapStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QualityCommand {
    /// Sets a dimension's importance points (0–100).
    SetWeight {
        dimension: Servqual,
        points: u8,
    },
    /// Sets the averages entered by hand for a dimension, in tenths (10–70), or clears them.
    SetEntered {
        dimension: Servqual,
        expectation: Option<u8>,
        perception: Option<u8>,
    },
    /// Adds a statement at `index` among its dimension's statements (None: last).
    AddStatement {
        dimension: Servqual,
        text: String,
        index: Option<usize>,
    },
    /// Rewords a statement or moves it to another dimension (last in that dimension's group);
    /// its tallies stay.
    EditStatement {
        id: ItemId,
        dimension: Servqual,
        text: String,
    },
    DeleteStatement {
        id: ItemId,
    },
    /// Adds a questionnaire's statements (the built-in one), replacing the statements (and
    /// their tallies) or after them.
    InsertStatements {
        statements: Vec<(Servqual, String)>,
        replace: bool,
    },
    /// Replaces every statement's tallies with an imported survey's: `tallies` names
    /// statements by id (unnamed statements get none); `respondents` rows were read.
    ImportSurvey {
        respondents: u32,
        tallies: Vec<(ItemId, Tally, Tally)>,
    },
    /// Forgets the imported survey (the statements stay).
    ClearSurvey,
    /// Records a gap's summary, evidence, actions, owner and status.
    EditGap {
        kind: ProviderGap,
        edit: GapEdit,
    },
    AddCause {
        kind: ProviderGap,
        text: String,
    },
    EditCause {
        id: ItemId,
        text: String,
    },
    DeleteCause {
        id: ItemId,
    },
}

fn tenths(value: Option<u8>) -> Result<Option<u8>, ModelError> {
    match value {
        Some(t) if !(TENTHS_MIN..=TENTHS_MAX).contains(&t) => Err(ModelError::OutOfRange(t)),
        other => Ok(other),
    }
}

/// Trims a one-line text, turning line breaks and other control characters into spaces.
fn one_line(raw: &str, allow_empty: bool) -> Result<String, ModelError> {
    let flat: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    checked_text(&flat, MAX_TEXT_CHARS, allow_empty)
}

fn statement_text(raw: &str) -> Result<String, ModelError> {
    one_line(raw, false)
}

/// Puts `statement` at `index` among its dimension's statements (None or past the end: last).
/// Statements stay grouped by dimension in `Servqual::ALL` order, so a statement's number — its
/// place in the whole list, which a survey file's `E{n}`/`P{n}` columns name — is the number
/// the questionnaire and the printed form show.
fn place(canvas: &mut QualityCanvas, statement: Statement, index: Option<usize>) {
    let rank = super::dimension_index(statement.dimension);
    let group_start = canvas.statements.iter().position(|s| super::dimension_index(s.dimension) >= rank).unwrap_or(canvas.statements.len());
    let group_end = canvas.statements.iter().position(|s| super::dimension_index(s.dimension) > rank).unwrap_or(canvas.statements.len());
    let at = index.map_or(group_end, |i| (group_start + i).min(group_end));
    canvas.statements.insert(at, statement);
}

/// A statement nobody has answered yet.
fn new_statement(dimension: Servqual, text: &str, ids: &mut IdMint) -> Result<Statement, ModelError> {
    let text = statement_text(text)?;
    Ok(Statement { id: ids.mint(), dimension, text, expectation: Tally::default(), perception: Tally::default() })
}

fn statement_at(canvas: &QualityCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.statements.iter().position(|s| s.id == id).ok_or(ModelError::ItemNotFound(id))
}

fn room_for_statements(canvas: &QualityCanvas, more: usize) -> Result<(), ModelError> {
    let count = canvas.statements.len() + more;
    if count > MAX_STATEMENTS {
        return Err(ModelError::TooManyEntries { count, max: MAX_STATEMENTS });
    }
    Ok(())
}

/// The record of gap `kind`, made (in `ProviderGap` order) if there is none yet.
fn gap_mut<'a>(canvas: &'a mut QualityCanvas, kind: ProviderGap, ids: &mut IdMint) -> &'a mut Gap {
    let at = match canvas.gaps.iter().position(|g| g.kind == kind) {
        Some(at) => at,
        None => {
            let at = canvas.gaps.iter().position(|g| g.kind > kind).unwrap_or(canvas.gaps.len());
            let gap = Gap {
                id: ids.mint(),
                kind,
                summary: String::new(),
                causes: Vec::new(),
                evidence: String::new(),
                actions: String::new(),
                owner: None,
                status: GapStatus::Open,
            };
            canvas.gaps.insert(at, gap);
            at
        }
    };
    &mut canvas.gaps[at]
}

fn cause_at(canvas: &QualityCanvas, id: ItemId) -> Result<(usize, usize), ModelError> {
    canvas.gaps.iter().enumerate().find_map(|(g, gap)| gap.causes.iter().position(|c| c.id == id).map(|c| (g, c))).ok_or(ModelError::ItemNotFound(id))
}

fn import_survey(canvas: &mut QualityCanvas, respondents: u32, tallies: &[(ItemId, Tally, Tally)]) -> Result<(), ModelError> {
    for (id, e, p) in tallies {
        statement_at(canvas, *id)?;
        if !e.is_consistent() || !p.is_consistent() {
            return Err(ModelError::InvalidDraft);
        }
    }
    for statement in &mut canvas.statements {
        let found = tallies.iter().rev().find(|(id, ..)| *id == statement.id);
        (statement.expectation, statement.perception) = found.map_or_else(Default::default, |(_, e, p)| (*e, *p));
    }
    canvas.respondents = respondents;
    forget_empty_survey(canvas);
    Ok(())
}

/// A survey is its answers: once no statement holds any (none were given, or the statements
/// that had them are gone), there is no survey to count respondents of.
fn forget_empty_survey(canvas: &mut QualityCanvas) {
    if canvas.statements.iter().all(|s| s.expectation.is_empty() && s.perception.is_empty()) {
        canvas.respondents = 0;
    }
}

/// Applies one service-quality command to `before`, minting new ids from `ids`; `org` is the
/// chart whose positions may own gaps.
pub fn apply_quality(before: &QualityCanvas, command: &QualityCommand, ids: &mut IdMint, org: &dyn Positions) -> Edited<QualityCanvas> {
    let mut canvas = before.clone();
    let mut ended = Vec::new();
    match command {
        QualityCommand::SetWeight { dimension, points } => {
            if *points > MAX_WEIGHT {
                return Err(ModelError::OutOfRange(*points));
            }
            canvas.weights[super::dimension_index(*dimension)] = *points;
        }
        QualityCommand::SetEntered { dimension, expectation, perception } => {
            let entered = Entered { expectation: tenths(*expectation)?, perception: tenths(*perception)? };
            if entered.is_empty() {
                canvas.entered.remove(dimension);
            } else {
                canvas.entered.insert(*dimension, entered);
            }
        }
        QualityCommand::AddStatement { dimension, text, index } => {
            room_for_statements(&canvas, 1)?;
            let statement = new_statement(*dimension, text, ids)?;
            place(&mut canvas, statement, *index);
        }
        QualityCommand::EditStatement { id, dimension, text } => {
            let at = statement_at(&canvas, *id)?;
            let text = statement_text(text)?;
            if canvas.statements[at].dimension == *dimension {
                canvas.statements[at].text = text;
            } else {
                // Moved to another dimension: it goes last in that dimension's group.
                let mut statement = canvas.statements.remove(at);
                (statement.text, statement.dimension) = (text, *dimension);
                place(&mut canvas, statement, None);
            }
        }
        QualityCommand::DeleteStatement { id } => {
            let at = statement_at(&canvas, *id)?;
            canvas.statements.remove(at);
            forget_empty_survey(&mut canvas);
        }
        QualityCommand::InsertStatements { statements, replace } => {
            if *replace {
                canvas.statements.clear();
                canvas.respondents = 0;
            }
            room_for_statements(&canvas, statements.len())?;
            for (dimension, text) in statements {
                let statement = new_statement(*dimension, text, ids)?;
                place(&mut canvas, statement, None);
            }
        }
        QualityCommand::ImportSurvey { respondents, tallies } => import_survey(&mut canvas, *respondents, tallies)?,
        QualityCommand::ClearSurvey => {
            for statement in &mut canvas.statements {
                statement.expectation = Tally::default();
                statement.perception = Tally::default();
            }
            canvas.respondents = 0;
        }
        QualityCommand::EditGap { kind, edit } => {
            if let Some(owner) = edit.owner {
                if org.title(owner).is_none() && canvas.gap(*kind).and_then(|g| g.owner) != Some(owner) {
                    return Err(ModelError::ItemNotFound(owner));
                }
            }
            let (summary, evidence, actions) = (
                one_line(&edit.summary, true)?,
                checked_text(&edit.evidence, MAX_NOTE_CHARS, true)?,
                checked_text(&edit.actions, MAX_NOTE_CHARS, true)?,
            );
            let gap = gap_mut(&mut canvas, *kind, ids);
            (gap.summary, gap.evidence, gap.actions, gap.owner, gap.status) = (summary, evidence, actions, edit.owner, edit.status);
        }
        QualityCommand::AddCause { kind, text } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let count = canvas.gap(*kind).map_or(0, |g| g.causes.len()) + 1;
            if count > MAX_CAUSES {
                return Err(ModelError::TooManyEntries { count, max: MAX_CAUSES });
            }
            let gap = gap_mut(&mut canvas, *kind, ids);
            let id = ids.mint();
            gap.causes.push(Cause { id, text });
        }
        QualityCommand::EditCause { id, text } => {
            let (g, c) = cause_at(&canvas, *id)?;
            canvas.gaps[g].causes[c].text = checked_text(text, MAX_TEXT_CHARS, false)?;
        }
        QualityCommand::DeleteCause { id } => {
            let (g, c) = cause_at(&canvas, *id)?;
            canvas.gaps[g].causes.remove(c);
            ended.push(Origin::Cause(*id));
        }
    }
    Ok(Change::between(before, canvas, ids, ended))
}
