//! The org-chart canvas: a tree (a forest, in fact) of positions stored flat — each position
//! names its parent, and siblings keep the order they have in `positions` — plus dotted-line
//! (functional) reporting, the span-of-control range the checks use, the layout direction and
//! the design self-check's recorded answers (`design.rs`).
//! Everything derived (layout, checks, totals, completeness) is computed, never stored.
//! Walks over the tree are iterative: a 10,000-deep chain must not overflow the wasm stack.

pub mod checks;
pub mod design;
mod draft;
mod edit;
pub mod layout;
mod repair;
pub mod table;
pub mod templates;
mod wire;

pub use draft::{ChartDraft, DraftPosition};
pub use edit::{apply_org, DeleteMode, OrgCommand};
pub use repair::repair_org;

use crate::model::core::ItemId;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Longest title, holder, level, code or department, in characters.
pub const MAX_FIELD_CHARS: usize = 200;
/// Largest planned or filled headcount of one position.
pub const MAX_HEADCOUNT: u32 = 9_999;
/// Most responsibilities one job description lists.
pub const MAX_RESPONSIBILITIES: usize = 100;
/// The course's "appropriate span of control" default: 2–8 direct reports.
pub const DEFAULT_SPAN: SpanRange = SpanRange { min: 2, max: 8 };
/// Largest value either end of the span range may take.
pub const MAX_SPAN: u8 = 50;

/// The customer-service department's eight duties (DOMAIN.md §4), attachable to positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    ServiceRules,
    ServiceStandards,
    CustomerInformation,
    ServiceQuality,
    Relationships,
    Complaints,
    AfterSales,
    Commitments,
}

impl Duty {
    pub const ALL: [Duty; 8] = [
        Duty::ServiceRules,
        Duty::ServiceStandards,
        Duty::CustomerInformation,
        Duty::ServiceQuality,
        Duty::Relationships,
        Duty::Complaints,
        Duty::AfterSales,
        Duty::Commitments,
    ];
}

/// How the chart is laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    TopDown,
    LeftRight,
}

/// The span of control the checks accept: a position with direct reports should have between
/// `min` and `max` of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpanRange {
    pub min: u8,
    pub max: u8,
}

impl Default for SpanRange {
    fn default() -> Self {
        DEFAULT_SPAN
    }
}

/// The typed fields of a position (everything but its place in the tree and its job text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionDetails {
    pub title: String,
    /// The person holding the post; empty means vacant.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub holder: String,
    /// Headcount planned for the post.
    #[serde(default = "one")]
    pub planned: u32,
    /// Headcount actually filled.
    #[serde(default)]
    pub filled: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub level: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// Empty means "the same as the parent's" (see [`OrgCanvas::department_of`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
}

pub(crate) fn one() -> u32 {
    1
}

impl PositionDetails {
    /// A post with only a title: one planned, none filled, vacant.
    pub fn titled(title: impl Into<String>) -> Self {
        PositionDetails {
            title: title.into(),
            holder: String::new(),
            planned: 1,
            filled: 0,
            level: String::new(),
            code: String::new(),
            department: String::new(),
        }
    }
}

/// The course's job description (岗位说明书) beyond its header, which comes from the position's
/// details and its place in the tree.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobDescription {
    /// 管理结构: management scope and authority.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scope: String,
    /// 工作关系: working relations with other units.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub relations: String,
    /// 职责范围: one responsibility per entry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<String>,
    /// 基本素质要求: qualifications.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub qualifications: String,
    /// 其他.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub other: String,
}

impl JobDescription {
    pub fn is_empty(&self) -> bool {
        *self == JobDescription::default()
    }
}

/// One position (岗位) in the chart. In a file its details stand flat beside its id (see
/// `wire.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "wire::PositionWire")]
pub struct Position {
    pub id: ItemId,
    /// The position this one reports to; `None` for a top of the chart.
    pub parent: Option<ItemId>,
    pub details: PositionDetails,
    pub job: JobDescription,
    /// Which of the department's eight duties this post carries.
    pub duties: Vec<Duty>,
    /// Whether its subordinates are hidden in the chart.
    pub collapsed: bool,
}

impl Position {
    /// Vacant: nobody named and nobody counted as filling it.
    pub fn is_vacant(&self) -> bool {
        self.details.holder.trim().is_empty() && self.details.filled == 0
    }
}

/// A dotted (functional) reporting line: `from` also reports to `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DottedLine {
    pub from: ItemId,
    pub to: ItemId,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgCanvas {
    /// Every position; siblings are ordered as they appear here.
    pub positions: Vec<Position>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dotted: Vec<DottedLine>,
    pub span: SpanRange,
    pub direction: Direction,
    /// The guided principles' answers and the procedure steps ticked as done.
    #[serde(skip_serializing_if = "design::DesignReview::is_empty")]
    pub design: design::DesignReview,
}

/// Parent/children lookups built once per pass over the chart (positions are stored flat).
pub struct Tree<'a> {
    pub canvas: &'a OrgCanvas,
    index: HashMap<ItemId, usize>,
    /// Every position's children, grouped by parent in storage order: the children of `at`
    /// are `child_list[child_start[at]..child_start[at + 1]]`. One flat list rather than a
    /// `Vec` per position: no allocation per position, and siblings sit next to each other.
    child_list: Vec<usize>,
    child_start: Vec<usize>,
    roots: Vec<usize>,
}

impl<'a> Tree<'a> {
    /// Builds the lookups. A parent that does not exist makes its child a root (repair fixes
    /// such files on load; this keeps every walk total anyway).
    pub fn new(canvas: &'a OrgCanvas) -> Self {
        let count = canvas.positions.len();
        let index: HashMap<ItemId, usize> = canvas.positions.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let parent_of: Vec<Option<usize>> = canvas
            .positions
            .iter()
            .enumerate()
            .map(|(i, position)| position.parent.and_then(|p| index.get(&p).copied()).filter(|&parent| parent != i))
            .collect();
        // A counting sort by parent, stable, so siblings keep their storage order.
        let mut child_start = vec![0; count + 1];
        for parent in parent_of.iter().flatten() {
            child_start[parent + 1] += 1;
        }
        for at in 0..count {
            child_start[at + 1] += child_start[at];
        }
        let mut next_slot = child_start.clone();
        let mut child_list = vec![0; child_start[count]];
        let mut roots = Vec::new();
        for (i, parent) in parent_of.iter().enumerate() {
            match parent {
                Some(parent) => {
                    child_list[next_slot[*parent]] = i;
                    next_slot[*parent] += 1;
                }
                None => roots.push(i),
            }
        }
        Tree { canvas, index, child_list, child_start, roots }
    }

    pub fn at(&self, id: ItemId) -> Option<usize> {
        self.index.get(&id).copied()
    }

    pub fn get(&self, id: ItemId) -> Option<&'a Position> {
        self.at(id).map(|i| &self.canvas.positions[i])
    }

    pub fn children(&self, at: usize) -> &[usize] {
        match (self.child_start.get(at), self.child_start.get(at + 1)) {
            (Some(&from), Some(&to)) => &self.child_list[from..to],
            _ => &[],
        }
    }

    pub fn roots(&self) -> &[usize] {
        &self.roots
    }

    /// `at` and everything below it, parents before children. Iterative.
    pub fn subtree(&self, at: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![at];
        while let Some(next) = stack.pop() {
            out.push(next);
            stack.extend(self.children(next).iter().rev());
        }
        out
    }

    /// Whether `ancestor` is `at` or above it. Bounded by the number of positions, so a
    /// damaged file with a cycle cannot loop forever.
    pub fn is_ancestor_or_self(&self, ancestor: usize, at: usize) -> bool {
        let mut current = Some(at);
        for _ in 0..=self.canvas.positions.len() {
            match current {
                Some(c) if c == ancestor => return true,
                Some(c) => current = self.canvas.positions[c].parent.and_then(|p| self.at(p)).filter(|&p| p != c),
                None => return false,
            }
        }
        false
    }

    /// The department `at` belongs to: its own, or the nearest superior's that is set.
    pub fn department(&self, at: usize) -> &'a str {
        let mut current = Some(at);
        for _ in 0..=self.canvas.positions.len() {
            let Some(c) = current else { break };
            let position = &self.canvas.positions[c];
            if !position.details.department.trim().is_empty() {
                return &position.details.department;
            }
            current = position.parent.and_then(|p| self.at(p)).filter(|&p| p != c);
        }
        ""
    }

    /// How many positions a collapsed `at` hides (its whole subtree, less itself).
    pub fn hidden_below(&self, at: usize) -> usize {
        self.subtree(at).len().saturating_sub(1)
    }
}

impl OrgCanvas {
    pub fn position(&self, id: ItemId) -> Option<&Position> {
        self.positions.iter().find(|p| p.id == id)
    }
}
