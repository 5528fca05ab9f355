//! The sample service-quality study, consistent with the sample blueprint: the built-in
//! questionnaire answered by 120 customers (expectations high everywhere; perception lowest on
//! responsiveness and reliability, where the blueprint's waits and the spare-parts fail point
//! are), importance points leaning on reliability, the four provider gaps with causes, owners
//! from the sample org chart and one gap sent to SWOT as a weakness; and the blueprint's cards
//! marked as technical (the repair itself) or functional (how staff deal with the customer).

use super::run;
use crate::model::blueprint::{BlueprintCommand, LaneKey};
use crate::model::core::{Origin, QualityKind, Servqual};
use crate::model::project::{command::Command, Project};
use crate::model::quality::questionnaire::built_in;
use crate::model::quality::{GapEdit, GapStatus, ProviderGap, QualityCommand, Tally};
use crate::model::swot::Quadrant;

/// Answers per score 1…7 (120 respondents).
type Counts = [u32; 7];
const EXPECTED: Counts = [0, 0, 0, 2, 10, 38, 70];
/// Perceived, per dimension in `Servqual::ALL` order.
const PERCEIVED: [Counts; 5] =
    [[0, 1, 3, 10, 24, 50, 32], [2, 6, 14, 30, 36, 22, 10], [3, 8, 18, 32, 30, 19, 10], [0, 2, 6, 16, 36, 40, 20], [0, 1, 5, 14, 34, 42, 24]];
const RESPONDENTS: u32 = 120;
const WEIGHTS: [u8; 5] = [10, 30, 25, 20, 15];

fn tally(counts: &Counts) -> Tally {
    let mut t = Tally::default();
    for (score, &count) in (1u8..=7).zip(counts) {
        for _ in 0..count {
            t.add(score);
        }
    }
    t
}

/// (gap, summary, causes, evidence, actions, owner's code, status), in Chinese and English.
type GapRow = (ProviderGap, [&'static str; 2], &'static [[&'static str; 2]], [&'static str; 2], [&'static str; 2], &'static str, GapStatus);

const GAPS: [GapRow; 4] = [
    (
        ProviderGap::Knowledge,
        [
            "管理层以为客户最看重价格，调查显示客户最看重维修及时可靠",
            "Management assumed price matters most; the survey says timely, reliable repairs do",
        ],
        &[
            ["没有定期开展客户满意度调查", "No regular satisfaction survey"],
            ["一线的投诉信息没有汇总给管理层", "Front-line complaint data never reaches management"],
        ],
        ["重要性权重中可靠性 30 分、反应性 25 分，价格相关的意见很少", "Importance: reliability 30 points, responsiveness 25; few comments on price"],
        ["每季度做一次满意度调查，投诉月报抄送经理", "A quarterly survey; a monthly complaint report to the manager"],
        "CS-01",
        GapStatus::InProgress,
    ),
    (
        ProviderGap::Standards,
        ["没有书面的上门时限和回电时限标准", "No written standard for visit and call-back times"],
        &[["服务标准只停留在口头要求", "Service standards are only spoken instructions"]],
        ["", ""],
        ["制订上门 48 小时、回电 2 小时的服务标准", "Set standards: visit within 48 hours, call back within 2"],
        "CS-01",
        GapStatus::Open,
    ),
    (
        ProviderGap::Delivery,
        ["上门维修常因备件缺货而延期", "Home repairs slip because spare parts are out of stock"],
        &[["备件库存没有安全线", "No safety stock for spare parts"], ["派工时看不到备件库存", "Dispatchers cannot see spare-part stock"]],
        [
            "可靠性感知 4.65 分，比期望低 1.8 分；服务蓝图中备件出库是失误点",
            "Reliability perceived at 4.65, 1.8 below expectation; issuing spare parts is a fail point on the blueprint",
        ],
        ["建立常用备件安全库存，派工系统接入库存数据", "Keep safety stock of common parts; connect dispatch to stock data"],
        "CS-03",
        GapStatus::InProgress,
    ),
    (
        ProviderGap::Communication,
        ["广告承诺“次日上门”，实际平均两天才到", "Adverts promise a next-day visit; it takes two days on average"],
        &[["市场部发布服务承诺前没有与客户服务部核对", "Marketing publishes service promises without checking with the department"]],
        ["", ""],
        ["", ""],
        "",
        GapStatus::Open,
    ),
];

/// Adds the sample study to `project` (after its blueprint and org chart).
pub fn with_sample_quality(mut project: Project, chinese: bool) -> Project {
    let pick = |pair: [&'static str; 2]| if chinese { pair[0].to_owned() } else { pair[1].to_owned() };
    let statements = built_in(chinese);
    let created = run(&mut project, Command::Quality(QualityCommand::InsertStatements { statements: statements.clone(), replace: false }));
    let tallies = created
        .iter()
        .zip(&statements)
        .map(|(id, (dimension, _))| {
            let at = Servqual::ALL.iter().position(|d| d == dimension).unwrap_or(0);
            (*id, tally(&EXPECTED), tally(&PERCEIVED[at]))
        })
        .collect();
    run(&mut project, Command::Quality(QualityCommand::ImportSurvey { respondents: RESPONDENTS, tallies }));
    for (dimension, points) in Servqual::ALL.into_iter().zip(WEIGHTS) {
        run(&mut project, Command::Quality(QualityCommand::SetWeight { dimension, points }));
    }
    for (kind, summary, causes, evidence, actions, owner, status) in GAPS {
        let owner = project.org.positions.iter().rev().find(|p| !owner.is_empty() && p.details.code == owner).map(|p| p.id);
        let edit = GapEdit { summary: pick(summary), evidence: pick(evidence), actions: pick(actions), owner, status };
        run(&mut project, Command::Quality(QualityCommand::EditGap { kind, edit }));
        for cause in causes {
            run(&mut project, Command::Quality(QualityCommand::AddCause { kind, text: pick(*cause) }));
        }
    }
    if let Some(gap) = project.quality.gap(ProviderGap::Communication).map(|g| g.id) {
        run(&mut project, Command::SendToSwot { origin: Origin::Gap(gap), quadrant: Quadrant::Weaknesses });
    }
    let marks: Vec<_> = project
        .blueprint
        .cards
        .iter()
        .filter_map(|c| match (c.lane, c.servqual) {
            (_, Some(Servqual::Reliability)) => Some((c.id, QualityKind::Technical)),
            (LaneKey::FrontStage, Some(_)) => Some((c.id, QualityKind::Functional)),
            _ => None,
        })
        .collect();
    for (id, kind) in marks {
        run(&mut project, Command::Blueprint(BlueprintCommand::SetQuality { id, quality: Some(kind) }));
    }
    project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blueprint::by_dimension::quality_kinds;
    use crate::model::links::sent_item;
    use crate::model::project::quality_links::dimension_links;
    use crate::model::project::sample::sample_project;
    use crate::model::quality::score::{dimension_scores, largest_shortfall, overall};

    #[test]
    fn the_sample_study_points_at_responsiveness_and_reliability_and_links_a_gap_to_swot() {
        for chinese in [true, false] {
            let mut p = sample_project(crate::model::project::test_project("Plan"), chinese);
            let q = &p.quality;
            assert_eq!((q.statements.len(), q.respondents, q.gaps.len()), (22, RESPONDENTS, 4));
            let scores = dimension_scores(q);
            assert!(scores.iter().all(|s| s.gap().is_some_and(|g| g < 0.0)));
            assert_eq!(largest_shortfall(&scores).map(|(d, _)| d), Some(Servqual::Responsiveness));
            assert!(overall(&scores).is_some_and(|o| (-2.0..-1.0).contains(&o)), "{:?}", overall(&scores));
            let delivery = q.gap(ProviderGap::Delivery).unwrap();
            assert!(delivery.owner.is_some_and(|o| p.org.position(o).is_some()));
            let gap4 = q.gap(ProviderGap::Communication).unwrap().id;
            assert!(sent_item(&p, Origin::Gap(gap4)).is_some());
            let (technical, functional) = quality_kinds(&p.blueprint);
            assert!(technical > 0 && functional > 0);
            // Reliability and responsiveness are carried by touchpoints: no flag.
            assert!(dimension_links(&p.quality, &p.blueprint).iter().all(|l| !l.no_moment_of_truth));
            assert_eq!(p.repair(), 0);
        }
    }
}
