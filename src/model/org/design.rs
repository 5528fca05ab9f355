//! The course's self-check for a department's design (DOMAIN.md §4): the six design principles
//! and the five-step design procedure. Two principles are computed from the chart — an
//! appropriate span of control and authority matching responsibility, from the design checks —
//! and four are guided questions whose answer and note the planner records
//! ([`GuidedPrinciple`]). The procedure is a checklist whose ticks are recorded; what each step
//! has produced so far is derived from the chart ([`step_progress`]), never stored.

use super::checks::{Finding, Totals};
use super::OrgCanvas;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The four principles the chart alone cannot judge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuidedPrinciple {
    /// 集权与分权统一: decisions kept central where they must be, delegated where they can be.
    Centralisation,
    /// 协作: the posts and teams work together and with other departments.
    Cooperation,
    /// 效率: the structure serves customers at a reasonable cost, without idle layers.
    Efficiency,
    /// 弹性: the structure can absorb peaks and change.
    Flexibility,
}

/// One of the six principles, in the course's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Principle {
    /// 适当管理跨度 — computed from the span-of-control findings.
    SpanOfControl,
    /// 权责一致 — computed from shared responsibilities and posts without any.
    AuthorityMatchesResponsibility,
    Guided(GuidedPrinciple),
}

impl Principle {
    pub const ALL: [Principle; 6] = [
        Principle::SpanOfControl,
        Principle::Guided(GuidedPrinciple::Centralisation),
        Principle::Guided(GuidedPrinciple::Cooperation),
        Principle::AuthorityMatchesResponsibility,
        Principle::Guided(GuidedPrinciple::Efficiency),
        Principle::Guided(GuidedPrinciple::Flexibility),
    ];
}

/// The planner's judgement of a guided principle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    Met,
    Partly,
    NotMet,
}

impl Assessment {
    pub const ALL: [Assessment; 3] = [Assessment::Met, Assessment::Partly, Assessment::NotMet];
}

/// What was recorded for one guided principle.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrincipleAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// Why, or what is to change; trimmed, at most `MAX_NOTE_CHARS`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl PrincipleAnswer {
    pub fn is_empty(&self) -> bool {
        self.assessment.is_none() && self.note.is_empty()
    }
}

/// The five steps of the design procedure, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DesignStep {
    /// 职能分析与设计: which duties the department carries (the duty-assignment check).
    FunctionAnalysis,
    /// 设计与建立基本结构: the structure (the templates and the chart).
    BasicStructure,
    /// 建立组织联系与规范: links and rules (dotted lines, working relations).
    LinksAndRules,
    /// 人员配备与培训: staffing (headcount planned and filled).
    Staffing,
    /// 反馈与修正: feedback and revision (the design checks).
    Feedback,
}

impl DesignStep {
    pub const ALL: [DesignStep; 5] =
        [DesignStep::FunctionAnalysis, DesignStep::BasicStructure, DesignStep::LinksAndRules, DesignStep::Staffing, DesignStep::Feedback];
}

/// The recorded part of the self-check. Entries with nothing recorded are not kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DesignReview {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<GuidedPrinciple, PrincipleAnswer>,
    /// The steps the planner has ticked as done.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub done: BTreeSet<DesignStep>,
}

impl DesignReview {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.done.is_empty()
    }

    pub fn answer(&self, principle: GuidedPrinciple) -> Option<&PrincipleAnswer> {
        self.answers.get(&principle)
    }

    /// Drops answers with nothing in them; returns how many went.
    pub(super) fn drop_empty_answers(&mut self) -> usize {
        let before = self.answers.len();
        self.answers.retain(|_, answer| !answer.is_empty());
        before - self.answers.len()
    }
}

/// How a computed principle stands on the current chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComputedStatus {
    /// No positions yet: nothing to judge.
    NothingToJudge,
    Holds,
    /// This many findings break it.
    Breaks(usize),
}

/// The status of a computed principle from the design checks' `findings`; `None` for a guided one.
pub fn computed_status(principle: Principle, canvas: &OrgCanvas, findings: &[Finding]) -> Option<ComputedStatus> {
    let breaking = |finding: &Finding| match principle {
        Principle::SpanOfControl => matches!(finding, Finding::SpanTooWide { .. } | Finding::SpanTooNarrow { .. }),
        Principle::AuthorityMatchesResponsibility => matches!(finding, Finding::SharedResponsibility { .. } | Finding::NoResponsibilities { .. }),
        Principle::Guided(_) => false,
    };
    if matches!(principle, Principle::Guided(_)) {
        return None;
    }
    if canvas.positions.is_empty() {
        return Some(ComputedStatus::NothingToJudge);
    }
    Some(match findings.iter().filter(|f| breaking(f)).count() {
        0 => ComputedStatus::Holds,
        n => ComputedStatus::Breaks(n),
    })
}

/// What a procedure step has produced so far, from the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepProgress {
    /// Of the department's eight duties, how many some post carries.
    DutiesCarried {
        carried: usize,
        of: usize,
    },
    Positions(usize),
    /// Dotted lines, and job descriptions that describe working relations (of all positions).
    Links {
        dotted: usize,
        relations: usize,
        positions: usize,
    },
    Staffing(Totals),
    /// How many findings the design checks report now.
    Findings(usize),
}

/// The progress of `step`, given the chart's `findings` and `totals` (from `checks`).
pub fn step_progress(step: DesignStep, canvas: &OrgCanvas, findings: &[Finding], totals: Totals) -> StepProgress {
    match step {
        DesignStep::FunctionAnalysis => {
            // Counted from the posts, not the findings: an empty chart reports no unassigned
            // duty, yet carries none.
            let carried: BTreeSet<super::Duty> = canvas.positions.iter().flat_map(|p| p.duties.iter().copied()).collect();
            StepProgress::DutiesCarried { carried: carried.len(), of: super::Duty::ALL.len() }
        }
        DesignStep::BasicStructure => StepProgress::Positions(canvas.positions.len()),
        DesignStep::LinksAndRules => StepProgress::Links {
            dotted: canvas.dotted.len(),
            relations: canvas.positions.iter().filter(|p| !p.job.relations.trim().is_empty()).count(),
            positions: canvas.positions.len(),
        },
        DesignStep::Staffing => StepProgress::Staffing(totals),
        DesignStep::Feedback => StepProgress::Findings(findings.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_principles_are_in_the_courses_order_with_four_guided() {
        let guided = Principle::ALL.iter().filter(|p| matches!(p, Principle::Guided(_))).count();
        assert_eq!((Principle::ALL.len(), guided), (6, 4));
        assert_eq!(Principle::ALL[0], Principle::SpanOfControl);
        assert_eq!(Principle::ALL[3], Principle::AuthorityMatchesResponsibility);
    }

    #[test]
    fn a_review_is_written_compactly_and_read_back() {
        let mut review = DesignReview::default();
        assert_eq!(serde_json::to_string(&review).unwrap(), "{}");
        review.answers.insert(GuidedPrinciple::Flexibility, PrincipleAnswer { assessment: Some(Assessment::Partly), note: "Peaks".into() });
        review.done.insert(DesignStep::Staffing);
        let text = serde_json::to_string(&review).unwrap();
        assert_eq!(text, r#"{"answers":{"flexibility":{"assessment":"partly","note":"Peaks"}},"done":["staffing"]}"#);
        assert_eq!(serde_json::from_str::<DesignReview>(&text).unwrap(), review);
    }
}
