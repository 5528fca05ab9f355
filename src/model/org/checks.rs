//! Design checks on the org chart, after the course's two principles: 适当管理跨度 (a manager
//! should have an appropriate number of direct reports — the canvas's span range) and 权责一致
//! (authority matches responsibility: every post has responsibilities, no responsibility is
//! claimed by two posts, each of the department's eight duties has an owner). Also the headcount
//! totals and how complete the job descriptions (岗位说明书) are.
//!
//! Everything here is derived on demand from the canvas and never stored. Each call builds one
//! [`Tree`] and walks it without recursion, so a 10,000-deep chain is as safe as a flat chart,
//! and a damaged canvas (dangling parents, cycles, duplicate ids) gives findings, not panics.

use super::{Duty, OrgCanvas, Position, SpanRange, Tree};
use crate::model::core::ItemId;
use std::collections::HashMap;

/// One problem the checks found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// More direct reports than `canvas.span.max`.
    SpanTooWide { id: ItemId, reports: usize, max: u8 },
    /// At least one direct report but fewer than `canvas.span.min` (leaves are never findings).
    SpanTooNarrow { id: ItemId, reports: usize, min: u8 },
    /// [`Position::is_vacant`]: no holder named and `filled == 0`.
    Vacant { id: ItemId },
    /// Not vacant, and `filled != planned`.
    HeadcountGap { id: ItemId, planned: u32, filled: u32 },
    /// The job description lists no responsibility.
    NoResponsibilities { id: ItemId },
    /// The same responsibility (compared after trimming, collapsing inner whitespace and
    /// lowercasing) on two or more positions. `text` is the first spelling seen; `ids` are in
    /// chart order.
    SharedResponsibility { text: String, ids: Vec<ItemId> },
    /// One of the eight duties no position carries (only reported for a non-empty chart).
    DutyUnassigned { duty: Duty },
}

/// What a finding is about, for grouping and filtering them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    Span,
    Vacancy,
    Headcount,
    Responsibilities,
    SharedResponsibility,
    Duty,
}

impl Finding {
    /// The first position the finding concerns (the one to select when the user clicks it);
    /// `None` for an unassigned duty, which concerns no position.
    pub fn position(&self) -> Option<ItemId> {
        match self {
            Finding::SpanTooWide { id, .. }
            | Finding::SpanTooNarrow { id, .. }
            | Finding::Vacant { id }
            | Finding::HeadcountGap { id, .. }
            | Finding::NoResponsibilities { id } => Some(*id),
            Finding::SharedResponsibility { ids, .. } => ids.first().copied(),
            Finding::DutyUnassigned { .. } => None,
        }
    }

    pub fn kind(&self) -> FindingKind {
        match self {
            Finding::SpanTooWide { .. } | Finding::SpanTooNarrow { .. } => FindingKind::Span,
            Finding::Vacant { .. } => FindingKind::Vacancy,
            Finding::HeadcountGap { .. } => FindingKind::Headcount,
            Finding::NoResponsibilities { .. } => FindingKind::Responsibilities,
            Finding::SharedResponsibility { .. } => FindingKind::SharedResponsibility,
            Finding::DutyUnassigned { .. } => FindingKind::Duty,
        }
    }
}

/// Positions (indexes into `positions`) in chart order: each top in stored order followed by
/// its subordinates, parents before children, siblings in stored order — the order a reader
/// of the chart meets them. Positions no top reaches (only a damaged canvas has them: a cycle
/// of parent links) come last, in stored order, so every position appears exactly once.
pub(crate) fn chart_order(tree: &Tree) -> Vec<usize> {
    let count = tree.canvas.positions.len();
    let mut order = Vec::with_capacity(count);
    for &root in tree.roots() {
        order.extend(tree.subtree(root));
    }
    if order.len() < count {
        let mut reached = vec![false; count];
        for &at in &order {
            reached[at] = true;
        }
        order.extend((0..count).filter(|&at| !reached[at]));
    }
    order
}

/// All findings, ordered: per position in chart order (span, vacancy, headcount, no
/// responsibilities), then shared responsibilities, then unassigned duties in [`Duty::ALL`]
/// order.
pub fn findings(canvas: &OrgCanvas) -> Vec<Finding> {
    let tree = Tree::new(canvas);
    let order = chart_order(&tree);
    let mut out = Vec::new();
    for &at in &order {
        let position = &canvas.positions[at];
        out.extend(span_finding(canvas.span, position.id, tree.children(at).len()));
        out.extend(headcount_finding(position));
        if !has_responsibilities(position) {
            out.push(Finding::NoResponsibilities { id: position.id });
        }
    }
    out.extend(shared_responsibilities(canvas, &order));
    out.extend(unassigned_duties(canvas));
    out
}

/// A leaf has no span to judge: only managers (one report or more) are checked.
fn span_finding(span: SpanRange, id: ItemId, reports: usize) -> Option<Finding> {
    if reports > usize::from(span.max) {
        Some(Finding::SpanTooWide { id, reports, max: span.max })
    } else if reports > 0 && reports < usize::from(span.min) {
        Some(Finding::SpanTooNarrow { id, reports, min: span.min })
    } else {
        None
    }
}

/// A vacant post is one finding on its own; a gap is only reported for a post someone holds,
/// so an empty post is not also flagged as understaffed.
fn headcount_finding(position: &Position) -> Option<Finding> {
    let details = &position.details;
    if position.is_vacant() {
        Some(Finding::Vacant { id: position.id })
    } else if details.filled != details.planned {
        Some(Finding::HeadcountGap { id: position.id, planned: details.planned, filled: details.filled })
    } else {
        None
    }
}

/// Blank entries do not count (the model drops them, but a damaged file may keep some).
fn has_responsibilities(position: &Position) -> bool {
    position.job.responsibilities.iter().any(|r| !r.trim().is_empty())
}

/// The form two spellings of one responsibility share: "  Handle   complaints" and
/// "handle complaints" are the same duty written twice. Case is folded for ASCII letters only:
/// duties are written in Chinese or English, and Unicode's case table would add 12 KB to the app.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// Responsibilities written on two or more positions, in the order their first holder appears
/// in the chart. A position listing the same line twice is not "shared" with itself.
fn shared_responsibilities(canvas: &OrgCanvas, order: &[usize]) -> Vec<Finding> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<(String, Vec<ItemId>)> = Vec::new();
    for &at in order {
        let position = &canvas.positions[at];
        for line in &position.job.responsibilities {
            let key = normalized(line);
            if key.is_empty() {
                continue;
            }
            let group = *seen.entry(key).or_insert_with(|| {
                groups.push((line.trim().to_owned(), Vec::new()));
                groups.len() - 1
            });
            let ids = &mut groups[group].1;
            if ids.last() != Some(&position.id) {
                ids.push(position.id);
            }
        }
    }
    groups.into_iter().filter(|(_, ids)| ids.len() >= 2).map(|(text, ids)| Finding::SharedResponsibility { text, ids }).collect()
}

/// An empty chart has nothing to assign duties to yet, so it gets no duty findings.
fn unassigned_duties(canvas: &OrgCanvas) -> Vec<Finding> {
    if canvas.positions.is_empty() {
        return Vec::new();
    }
    Duty::ALL
        .into_iter()
        .filter(|duty| !canvas.positions.iter().any(|p| p.duties.contains(duty)))
        .map(|duty| Finding::DutyUnassigned { duty })
        .collect()
}

/// Headcount figures of a set of positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub positions: usize,
    pub planned: u64,
    pub filled: u64,
    /// Sum of `planned.saturating_sub(filled)`: an over-filled post does not cancel out a
    /// vacancy elsewhere.
    pub vacancies: u64,
}

impl Totals {
    fn add(&mut self, position: &Position) {
        let details = &position.details;
        self.positions += 1;
        self.planned += u64::from(details.planned);
        self.filled += u64::from(details.filled);
        self.vacancies += u64::from(details.planned.saturating_sub(details.filled));
    }

    fn of<'a>(positions: impl IntoIterator<Item = &'a Position>) -> Totals {
        let mut totals = Totals::default();
        for position in positions {
            totals.add(position);
        }
        totals
    }
}

/// Totals over every position of the chart.
pub fn totals(canvas: &OrgCanvas) -> Totals {
    Totals::of(&canvas.positions)
}

/// Totals per branch: one entry per direct report of each top position (that report's whole
/// subtree), in chart order; a top position without reports gets an entry for itself alone.
/// The tops themselves are not counted in any branch.
pub fn branch_totals(canvas: &OrgCanvas) -> Vec<(ItemId, Totals)> {
    let tree = Tree::new(canvas);
    let subtree_totals = |at: usize| Totals::of(tree.subtree(at).into_iter().map(|i| &canvas.positions[i]));
    let mut out = Vec::new();
    for &top in tree.roots() {
        let reports = tree.children(top);
        if reports.is_empty() {
            out.push((canvas.positions[top].id, Totals::of([&canvas.positions[top]])));
        }
        for &branch in reports {
            out.push((canvas.positions[branch].id, subtree_totals(branch)));
        }
    }
    out
}

/// How many of a job description's required elements are filled in. `u32` rather than `u8`
/// so the chart-wide sum cannot overflow (a 20,000-position chart has 100,000 elements).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completeness {
    pub done: u32,
    pub of: u32,
}

impl Completeness {
    /// Rounded down, so 100 % means every element is there; 0 when there is nothing to fill.
    pub fn percent(self) -> u8 {
        if self.of == 0 {
            return 0;
        }
        let percent = u64::from(self.done.min(self.of)) * 100 / u64::from(self.of);
        u8::try_from(percent).unwrap_or(100)
    }
}

/// The job description's required elements; "other" (其他) is optional and not counted.
const REQUIRED_ELEMENTS: u32 = 5;

/// The five required elements of the job description of the position at index `at`: the
/// header (title, level and code set, and a department — its own or inherited via
/// [`Tree::department`]), scope, relations, at least one responsibility, qualifications.
/// An index outside the chart has nothing to complete: 0 of 0.
pub fn completeness(tree: &Tree, at: usize) -> Completeness {
    match tree.canvas.positions.get(at) {
        Some(position) => completeness_of(position, tree.department(at)),
        None => Completeness::default(),
    }
}

fn completeness_of(position: &Position, department: &str) -> Completeness {
    let set = |text: &str| !text.trim().is_empty();
    let details = &position.details;
    let job = &position.job;
    let elements = [
        set(&details.title) && set(&details.level) && set(&details.code) && set(department),
        set(&job.scope),
        set(&job.relations),
        has_responsibilities(position),
        set(&job.qualifications),
    ];
    let done = elements.into_iter().filter(|&done| done).count();
    Completeness { done: u32::try_from(done).unwrap_or(REQUIRED_ELEMENTS), of: REQUIRED_ELEMENTS }
}

/// The elements of every position added up; 0 of 0 (0 %) for an empty chart.
pub fn chart_completeness(canvas: &OrgCanvas) -> Completeness {
    let tree = Tree::new(canvas);
    let departments = departments(&tree);
    canvas
        .positions
        .iter()
        .zip(departments)
        .map(|(position, department)| completeness_of(position, department))
        .fold(Completeness::default(), |sum, one| Completeness { done: sum.done.saturating_add(one.done), of: sum.of.saturating_add(one.of) })
}

/// Every position's department as [`Tree::department`] gives it, in one linear pass: asking
/// each position separately would walk a 10,000-deep chain 10,000 times. Each walk up stops at
/// a position already resolved, and everything on the way takes the answer found.
fn departments<'a>(tree: &Tree<'a>) -> Vec<&'a str> {
    let positions = &tree.canvas.positions;
    let mut resolved: Vec<Option<&'a str>> = vec![None; positions.len()];
    let mut on_path = vec![false; positions.len()];
    for start in 0..positions.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        let found = loop {
            let Some(at) = current else { break "" };
            if let Some(department) = resolved[at] {
                break department;
            }
            // Back on this walk: a loop of parent links (damaged canvas) with no department.
            if on_path[at] {
                break "";
            }
            let own = positions[at].details.department.as_str();
            if !own.trim().is_empty() {
                resolved[at] = Some(own);
                break own;
            }
            on_path[at] = true;
            path.push(at);
            current = positions[at].parent.and_then(|p| tree.at(p)).filter(|&p| p != at);
        };
        for at in path {
            resolved[at] = Some(found);
            on_path[at] = false;
        }
    }
    resolved.into_iter().map(|department| department.unwrap_or("")).collect()
}
