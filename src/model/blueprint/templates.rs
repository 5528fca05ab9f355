//! Starting blueprints for the blueprint canvas (DOMAIN.md §5): the course's complaint-handling
//! loop (listen → find the root cause → respond → act → evaluate satisfaction) and a visit to a
//! service hall (arrive, take a number, wait, be served at the counter, pay and sign, leave).
//!
//! Each template is fixed bilingual data, one row per step with a card in each of the five
//! standard lanes, turned into a [`BlueprintDraft`] that `BlueprintCommand::Insert` adds to a
//! project (so a template obeys every rule a user's blueprint does). Steps carry minutes, an
//! emotion score (dipping at the wait or the complaint) and a stage named exactly as the
//! course's five stages are in the UI. Connectors are derived, not listed: the customer's
//! actions are chained step to step, and within each step the customer's action leads across
//! the line of interaction to the front stage, the front stage to the back stage and the back
//! stage to its support process — so every customer and front-stage card is a touchpoint, and
//! every touchpoint carries a SERVQUAL dimension.

use super::{BlueprintDraft, DraftCard, DraftStep, LaneKey, Mark, Servqual};
use Servqual::{Assurance, Empathy, Reliability, Responsiveness, Tangibles};

/// A blueprint the user can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlueprintTemplate {
    /// 客户投诉处理: from a complaint to the satisfaction follow-up.
    ComplaintHandling,
    /// 营业厅到访: a customer's visit to a service hall.
    ServiceHallVisit,
}

impl BlueprintTemplate {
    pub const ALL: [BlueprintTemplate; 2] = [BlueprintTemplate::ComplaintHandling, BlueprintTemplate::ServiceHallVisit];
}

/// One text in Chinese and English.
type Bilingual = (&'static str, &'static str);

/// The course's five stages of a service system. The texts are the UI's stage names
/// (`BlueprintText::StageArrive` …), so a template's steps group under the names the stage
/// picker offers; a test keeps the two equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Arrive,
    Input,
    TakePart,
    Produce,
    Leave,
}

impl Stage {
    fn text(self) -> Bilingual {
        match self {
            Stage::Arrive => ("客户到达", "Customer arrives"),
            Stage::Input => ("服务投入", "Service input"),
            Stage::TakePart => ("客户参与", "Customer takes part"),
            Stage::Produce => ("服务产生", "Service produced"),
            Stage::Leave => ("客户离开", "Customer leaves"),
        }
    }
}

/// One card of a template row.
struct Tile {
    text: Bilingual,
    /// A fail or wait point and its expected minutes.
    mark: Option<(Mark, u32)>,
    servqual: Option<Servqual>,
}

/// A plain card.
const fn plain(text: Bilingual) -> Tile {
    Tile { text, mark: None, servqual: None }
}

/// A card with a SERVQUAL dimension (customer and front-stage cards, which are touchpoints).
const fn rated(text: Bilingual, servqual: Servqual) -> Tile {
    Tile { text, mark: None, servqual: Some(servqual) }
}

/// A fail point that may cost the customer `minutes`.
const fn fail(text: Bilingual, minutes: u32, servqual: Option<Servqual>) -> Tile {
    Tile { text, mark: Some((Mark::FailPoint, minutes)), servqual }
}

/// A wait point of about `minutes`.
const fn wait(text: Bilingual, minutes: u32, servqual: Option<Servqual>) -> Tile {
    Tile { text, mark: Some((Mark::WaitPoint, minutes)), servqual }
}

/// One step: its name, stage, minutes, the customer's emotion (−2 … +2) and its card in each
/// standard lane, top to bottom.
struct Row {
    name: Bilingual,
    stage: Stage,
    minutes: u32,
    emotion: i8,
    evidence: Tile,
    customer: Tile,
    front: Tile,
    back: Tile,
    support: Tile,
}

impl Row {
    /// The row's cards in lane order (the order of `LaneKey::STANDARD`).
    fn tiles(&self) -> [(LaneKey, &Tile); 5] {
        [
            (LaneKey::Evidence, &self.evidence),
            (LaneKey::Customer, &self.customer),
            (LaneKey::FrontStage, &self.front),
            (LaneKey::BackStage, &self.back),
            (LaneKey::Support, &self.support),
        ]
    }
}

// ---------------------------------------------------------------------------------------------
// Complaint handling (客户投诉处理): the course's loop, listen → root cause → respond → act → evaluate
// ---------------------------------------------------------------------------------------------

const COMPLAINT: &[Row] = &[
    Row {
        name: ("提出投诉", "Raise a complaint"),
        stage: Stage::Arrive,
        minutes: 3,
        emotion: -1,
        evidence: plain(("投诉热线号码、服务台指示牌", "Complaint hotline number and service-desk sign")),
        customer: rated(("来电、到店或在线提出投诉", "Calls, visits or writes in to complain"), Responsiveness),
        front: rated(("接待专员问候客户，先安抚情绪", "Greets the customer and calms them first"), Empathy),
        back: plain(("按投诉渠道转接到投诉组", "Routes the contact to the complaints team")),
        support: plain(("投诉热线与在线客服系统", "Complaint hotline and online service desk")),
    },
    Row {
        name: ("倾听与登记", "Listen and log"),
        stage: Stage::Input,
        minutes: 10,
        emotion: -1,
        evidence: plain(("投诉登记表", "Complaint registration form")),
        customer: rated(("讲述问题经过，出示购买凭证", "Explains what went wrong and shows the receipt"), Empathy),
        front: fail(
            ("耐心倾听，如实记录诉求（记录不全需客户重述）", "Logs the complaint (risk: an incomplete record)"),
            5,
            Some(Empathy),
        ),
        back: plain(("主管判定投诉级别，创建工单", "Supervisor grades the complaint and opens a case")),
        support: plain(("CRM 客户档案与购买记录", "CRM customer records and purchase history")),
    },
    Row {
        name: ("查找根本原因", "Find the root cause"),
        stage: Stage::Input,
        minutes: 30,
        emotion: -2,
        evidence: plain(("受理短信（含工单号和答复时限）", "SMS receipt with the case number and reply deadline")),
        customer: wait(("等待处理结果", "Waits for an answer"), 30, Some(Responsiveness)),
        front: rated(("告知答复时限，按时回电", "Gives a reply time and calls back on time"), Responsiveness),
        back: fail(
            ("检测产品，查明原因（存在误判风险）", "Tests the product for the cause (risk: misdiagnosis)"),
            20,
            None,
        ),
        support: plain(("工单系统与产品检测记录", "Work-order system and product test records")),
    },
    Row {
        name: ("答复客户", "Respond"),
        stage: Stage::TakePart,
        minutes: 10,
        emotion: 0,
        evidence: plain(("书面处理方案", "Written resolution offer")),
        customer: rated(("听取原因和方案，表示同意", "Hears the cause and the offer and agrees"), Assurance),
        front: rated(("说明原因，致歉并提出解决方案", "Explains the cause, apologises, offers a fix"), Assurance),
        back: wait(("主管审批补偿金额", "Supervisor approves the compensation"), 15, None),
        support: plain(("补偿标准与审批权限", "Compensation rules and approval limits")),
    },
    Row {
        name: ("采取行动", "Act"),
        stage: Stage::Produce,
        minutes: 40,
        emotion: 1,
        evidence: plain(("维修单或换货凭证", "Repair slip or exchange receipt")),
        customer: rated(("接受维修、换货或补偿", "Receives the repair, exchange or compensation"), Reliability),
        front: rated(("按约定时间上门维修或办理换货", "Repairs or exchanges at the agreed time"), Reliability),
        back: fail(
            ("备件出库（常缺货，维修延期）", "Issues spare parts (often out of stock, so repairs slip)"),
            60,
            None,
        ),
        support: plain(("备件库存与物流配送", "Spare-part stock and delivery")),
    },
    Row {
        name: ("确认结案", "Close the case"),
        stage: Stage::Leave,
        minutes: 5,
        emotion: 1,
        evidence: plain(("结案确认单", "Case closure form")),
        customer: rated(("确认问题解决，签字结案", "Confirms the problem is solved and signs off"), Reliability),
        front: rated(("确认结果，感谢客户的意见", "Confirms the result and thanks the customer"), Empathy),
        back: plain(("归档投诉记录，关闭工单", "Files the complaint record and closes the case")),
        support: plain(("工单系统结案", "Work-order system closes the case")),
    },
    Row {
        name: ("评估满意度", "Evaluate satisfaction"),
        stage: Stage::Leave,
        minutes: 5,
        emotion: 2,
        evidence: plain(("满意度回访短信", "Satisfaction survey SMS")),
        customer: rated(("回答回访，评价处理结果", "Answers the follow-up and rates the outcome"), Empathy),
        front: rated(("三日内电话回访满意度", "Calls within 3 days to ask about satisfaction"), Responsiveness),
        back: plain(("分析投诉原因，提出改进措施", "Analyses complaint causes and proposes improvements")),
        support: plain(("满意度调查系统与投诉分析报表", "Satisfaction survey system and complaint reports")),
    },
];

// ---------------------------------------------------------------------------------------------
// Service-hall visit (营业厅到访)
// ---------------------------------------------------------------------------------------------

const HALL_VISIT: &[Row] = &[
    Row {
        name: ("到达营业厅", "Arrive at the hall"),
        stage: Stage::Arrive,
        minutes: 5,
        emotion: 0,
        evidence: plain(("门头标识、营业时间牌、整洁的大堂", "Shop sign, opening hours and a tidy lobby")),
        customer: rated(("进入营业厅，寻找办理区域", "Walks in and looks for the right counter"), Tangibles),
        front: rated(("大堂经理迎候并询问来意", "Floor manager greets and asks what they need"), Empathy),
        back: plain(("开门前检查营业环境和设备", "Checks the hall and equipment before opening")),
        support: plain(("门店设施维护", "Facilities maintenance")),
    },
    Row {
        name: ("取号", "Take a number"),
        stage: Stage::Arrive,
        minutes: 2,
        emotion: 0,
        evidence: plain(("取号机与排队小票", "Ticket machine and queue ticket")),
        customer: rated(("说明业务，取排队号", "Says what they need and takes a ticket"), Tangibles),
        front: fail(
            ("协助取号并预审资料（资料不全需改日再来）", "Pre-checks documents (risk: a wasted visit)"),
            10,
            Some(Assurance),
        ),
        back: plain(("按业务类型分配队列", "Assigns the ticket to a queue by type of business")),
        support: plain(("排队叫号系统", "Queue management system")),
    },
    Row {
        name: ("等候叫号", "Wait to be called"),
        stage: Stage::Input,
        minutes: 20,
        emotion: -2,
        evidence: plain(("等候区座椅、叫号屏、饮水机", "Waiting seats, queue display and water dispenser")),
        customer: wait(("等候叫号", "Waits for their number"), 20, Some(Responsiveness)),
        front: rated(("巡视等候区，告知预计等候时间", "Tells waiting customers the expected wait"), Responsiveness),
        back: plain(("按排队人数增开窗口", "Opens more counters when the queue grows")),
        support: plain(("柜员排班表", "Counter staff rota")),
    },
    Row {
        name: ("柜台办理", "Served at the counter"),
        stage: Stage::TakePart,
        minutes: 10,
        emotion: 1,
        evidence: plain(("柜台、业务单据", "Counter and service forms")),
        customer: rated(("出示证件，说明需求", "Shows ID and explains the request"), Assurance),
        front: fail(
            ("柜员受理并录入业务（录入错误需重新办理）", "Clerk enters the request (risk: entry errors)"),
            10,
            Some(Reliability),
        ),
        back: wait(("后台审核业务资料", "Back office verifies the application"), 5, None),
        support: plain(("业务系统与 CRM 客户档案", "Service system and CRM customer records")),
    },
    Row {
        name: ("缴费签字", "Pay and sign"),
        stage: Stage::Produce,
        minutes: 3,
        emotion: 0,
        evidence: plain(("POS 机与缴费凭证", "Card terminal and payment receipt")),
        customer: rated(("核对单据，缴费并签字", "Checks the form, pays and signs"), Reliability),
        front: rated(("收款，打印凭证并解释费用", "Takes payment and explains the charges"), Assurance),
        back: plain(("日终对账", "Reconciles payments at the end of the day")),
        support: plain(("计费与支付系统", "Billing and payment system")),
    },
    Row {
        name: ("离开", "Leave"),
        stage: Stage::Leave,
        minutes: 2,
        emotion: 1,
        evidence: plain(("办结短信、服务评价器", "Completion SMS and rating keypad")),
        customer: rated(("评价服务后离开", "Rates the service and leaves"), Empathy),
        front: rated(("致谢道别，邀请评价", "Thanks the customer, says goodbye and invites a rating"), Empathy),
        back: plain(("归档业务资料", "Files the paperwork")),
        support: plain(("满意度评价系统", "Satisfaction rating system")),
    },
];

fn rows(template: BlueprintTemplate) -> &'static [Row] {
    match template {
        BlueprintTemplate::ComplaintHandling => COMPLAINT,
        BlueprintTemplate::ServiceHallVisit => HALL_VISIT,
    }
}

/// Index in the draft of lane `lane` (0 … 4, the `LaneKey::STANDARD` order) of step `step`:
/// every row adds exactly five cards, in lane order.
const fn card_index(step: usize, lane: usize) -> usize {
    step * 5 + lane
}

const CUSTOMER: usize = 1;
const FRONT: usize = 2;
const BACK: usize = 3;
const SUPPORT: usize = 4;

/// The template's steps, cards and connectors in Chinese or English.
pub fn template_draft(template: BlueprintTemplate, chinese: bool) -> BlueprintDraft {
    let pick = |(zh, en): Bilingual| if chinese { zh.to_owned() } else { en.to_owned() };
    let rows = rows(template);
    let mut draft = BlueprintDraft::default();
    for (step, row) in rows.iter().enumerate() {
        draft.steps.push(DraftStep {
            name: pick(row.name),
            stage: pick(row.stage.text()),
            minutes: Some(row.minutes),
            emotion: Some(row.emotion),
        });
        for (lane, tile) in row.tiles() {
            draft.cards.push(DraftCard {
                step,
                lane,
                text: pick(tile.text),
                mark: tile.mark.map(|(mark, _)| mark),
                minutes: tile.mark.map(|(_, minutes)| minutes),
                servqual: tile.servqual,
            });
        }
        // Within the step: across the line of interaction, then down the organisation.
        draft.connectors.push((card_index(step, CUSTOMER), card_index(step, FRONT)));
        draft.connectors.push((card_index(step, FRONT), card_index(step, BACK)));
        draft.connectors.push((card_index(step, BACK), card_index(step, SUPPORT)));
        // The customer's journey, step to step.
        if step > 0 {
            draft.connectors.push((card_index(step - 1, CUSTOMER), card_index(step, CUSTOMER)));
        }
    }
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{BlueprintText, Translatable};
    use crate::model::blueprint::summary::{summary, touchpoints};
    use crate::model::blueprint::{BlueprintCommand, MAX_EMOTION, MAX_MINUTES, MAX_NAME_CHARS};
    use crate::model::command::{apply, Command, Outcome};
    use crate::model::swot::MAX_TEXT_CHARS;
    use crate::model::{Project, ProjectId, Timestamp};

    fn empty() -> Project {
        Project::new(ProjectId::parse("p1").unwrap(), "Plan".into(), Timestamp(0))
    }

    #[test]
    fn every_draft_is_well_formed_and_fills_all_five_lanes_of_each_step() {
        for template in BlueprintTemplate::ALL {
            for chinese in [true, false] {
                let draft = template_draft(template, chinese);
                assert!(draft.is_well_formed(), "{template:?}");
                assert!((6..=7).contains(&draft.steps.len()), "{template:?}");
                for (i, step) in draft.steps.iter().enumerate() {
                    assert!(!step.name.trim().is_empty() && step.name.chars().count() <= MAX_NAME_CHARS);
                    assert!(step.minutes.is_some_and(|m| (1..=MAX_MINUTES).contains(&m)), "{template:?} {}", step.name);
                    assert!(step.emotion.is_some_and(|e| (-MAX_EMOTION..=MAX_EMOTION).contains(&e)));
                    for lane in LaneKey::STANDARD {
                        let cell: Vec<_> = draft.cards.iter().filter(|c| c.step == i && c.lane == lane).collect();
                        assert_eq!(cell.len(), 1, "{template:?} step {i} {lane:?}");
                    }
                }
                for card in &draft.cards {
                    assert!(!card.text.trim().is_empty() && card.text.chars().count() <= MAX_TEXT_CHARS);
                    // A marked card says how long it costs, an unmarked one carries no minutes.
                    assert_eq!(card.mark.is_some(), card.minutes.is_some(), "{}", card.text);
                    assert!(card.minutes.is_none_or(|m| (1..=MAX_MINUTES).contains(&m)));
                }
            }
        }
    }

    #[test]
    fn every_draft_has_fail_points_wait_points_and_an_emotional_dip() {
        for template in BlueprintTemplate::ALL {
            let draft = template_draft(template, false);
            let count = |mark: Mark| draft.cards.iter().filter(|c| c.mark == Some(mark)).count();
            assert!((2..=3).contains(&count(Mark::FailPoint)), "{template:?}");
            assert!((1..=2).contains(&count(Mark::WaitPoint)), "{template:?}");
            let emotions: Vec<i8> = draft.steps.iter().filter_map(|s| s.emotion).collect();
            let lowest = emotions.iter().copied().min().unwrap_or(0);
            assert_eq!(lowest, -MAX_EMOTION, "{template:?} {emotions:?}");
            // The dip is where the customer waits.
            let dip = emotions.iter().position(|e| *e == lowest).unwrap();
            assert!(draft.cards.iter().any(|c| c.step == dip && c.lane == LaneKey::Customer && c.mark == Some(Mark::WaitPoint)));
        }
    }

    #[test]
    fn every_draft_inserts_into_an_empty_project_with_touchpoints_rated_by_servqual() {
        for template in BlueprintTemplate::ALL {
            for chinese in [true, false] {
                let draft = template_draft(template, chinese);
                let insert = Command::Blueprint(BlueprintCommand::Insert { draft: draft.clone(), replace: false });
                let Ok(Outcome::Changed(mut project)) = apply(&empty(), &insert) else { panic!("{template:?} refused") };
                let canvas = &project.blueprint;
                assert_eq!(canvas.steps.len(), draft.steps.len());
                assert_eq!(canvas.cards.len(), draft.cards.len());
                assert_eq!(canvas.connectors.len(), draft.connectors.len());
                let touching = touchpoints(canvas);
                let touchpoints: Vec<_> = canvas.cards.iter().filter(|c| touching.contains(&c.id)).collect();
                assert!(touchpoints.iter().all(|c| canvas.is_touchpoint(c.id)));
                assert_eq!(touchpoints.len(), 2 * draft.steps.len(), "{template:?}");
                for card in &touchpoints {
                    assert!(matches!(card.lane, LaneKey::Customer | LaneKey::FrontStage), "{}", card.text);
                    assert!(card.servqual.is_some(), "touchpoint without SERVQUAL: {}", card.text);
                }
                let s = summary(canvas);
                let marked = |mark: Mark| draft.cards.iter().filter(|c| c.mark == Some(mark)).count();
                assert_eq!((s.fail_points, s.wait_points), (marked(Mark::FailPoint), marked(Mark::WaitPoint)));
                assert_eq!(s.steps_without_minutes, 0);
                assert!(s.waiting_minutes > 0 && s.waiting_minutes < s.total_minutes, "{s:?}");
                assert_eq!(project.repair(), 0);
            }
        }
    }

    #[test]
    fn complaint_handling_follows_the_course_loop() {
        let en = template_draft(BlueprintTemplate::ComplaintHandling, false);
        let names: Vec<&str> = en.steps.iter().map(|s| s.name.as_str()).collect();
        let loop_order = ["Listen", "Find the root cause", "Respond", "Act", "Evaluate satisfaction"];
        let positions: Vec<usize> =
            loop_order.iter().map(|n| names.iter().position(|s| s.starts_with(n)).expect(n)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        let zh = template_draft(BlueprintTemplate::ComplaintHandling, true);
        assert!(zh.cards.iter().any(|c| c.text == "投诉登记表"));
        assert!(zh.cards.iter().any(|c| c.text.contains("工单系统")));
    }

    #[test]
    fn stages_are_the_ui_stage_names() {
        let ui = [
            (Stage::Arrive, BlueprintText::StageArrive),
            (Stage::Input, BlueprintText::StageInput),
            (Stage::TakePart, BlueprintText::StageTakePart),
            (Stage::Produce, BlueprintText::StageProduce),
            (Stage::Leave, BlueprintText::StageLeave),
        ];
        for (stage, text) in ui {
            assert_eq!(stage.text(), (text.zh(), text.en()));
        }
    }
}
