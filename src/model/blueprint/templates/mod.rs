//! Starting blueprints for the blueprint canvas (DOMAIN.md §5): complaint handling along the
//! course's loop (listen → minimise the customer's loss → find the root cause → respond → act →
//! evaluate satisfaction), the course's six-step customer service loop itself (a repair
//! request), and a visit to a service hall (arrive, take a number, wait, be served at the
//! counter, pay and sign, leave).
//!
//! Each template is fixed bilingual data, one row per step with a card in each of the five
//! standard lanes, turned into a [`BlueprintDraft`] that `BlueprintCommand::Insert` adds to a
//! project (so a template obeys every rule a user's blueprint does). Steps carry minutes, an
//! emotion score (dipping at the wait or the complaint) and a stage named exactly as the
//! course's five stages are in the UI. Connectors are derived, not listed: the customer's
//! actions are chained step to step, and within each step the customer's action leads across
//! the line of interaction to the front stage, the front stage to the back stage and the back
//! stage to its support process — so every customer and front-stage card is a touchpoint.
//! SERVQUAL dimensions rate the provider's side only: every evidence and front-stage card
//! carries one, no customer action does.

mod rows;

use super::{BlueprintDraft, DraftCard, DraftStep, LaneKey, Mark, Servqual};
use rows::{COMPLAINT, HALL_VISIT, SERVICE_LOOP};

/// A blueprint the user can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlueprintTemplate {
    /// 客户投诉处理: from a complaint to the satisfaction follow-up.
    ComplaintHandling,
    /// 客户服务循环: the course's six steps, from listening to evaluating satisfaction.
    ServiceLoop,
    /// 营业厅到访: a customer's visit to a service hall.
    ServiceHallVisit,
}

impl BlueprintTemplate {
    pub const ALL: [BlueprintTemplate; 3] =
        [BlueprintTemplate::ComplaintHandling, BlueprintTemplate::ServiceLoop, BlueprintTemplate::ServiceHallVisit];
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

/// A provider's card with a SERVQUAL dimension.
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

fn rows(template: BlueprintTemplate) -> &'static [Row] {
    match template {
        BlueprintTemplate::ComplaintHandling => COMPLAINT,
        BlueprintTemplate::ServiceLoop => SERVICE_LOOP,
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
        draft.steps.push(DraftStep { name: pick(row.name), stage: pick(row.stage.text()), minutes: Some(row.minutes), emotion: Some(row.emotion) });
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
    use crate::model::Project;

    fn empty() -> Project {
        crate::model::project::test_project("Plan")
    }

    #[test]
    fn every_draft_is_well_formed_and_fills_all_five_lanes_of_each_step() {
        for template in BlueprintTemplate::ALL {
            for chinese in [true, false] {
                let draft = template_draft(template, chinese);
                assert!(draft.is_well_formed(), "{template:?}");
                assert!((6..=8).contains(&draft.steps.len()), "{template:?}");
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
    fn every_draft_inserts_into_an_empty_project_with_the_providers_cards_rated_by_servqual() {
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
                }
                for card in &canvas.cards {
                    match card.lane {
                        LaneKey::Customer => assert_eq!(card.servqual, None, "a customer action rated: {}", card.text),
                        LaneKey::Evidence => assert_eq!(card.servqual, Some(Servqual::Tangibles), "{}", card.text),
                        LaneKey::FrontStage => assert!(card.servqual.is_some(), "front stage without SERVQUAL: {}", card.text),
                        _ => {}
                    }
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
        let loop_order = ["Listen", "Minimise the customer's loss", "Find the root cause", "Respond", "Act", "Evaluate satisfaction"];
        let positions: Vec<usize> = loop_order.iter().map(|n| names.iter().position(|s| s.starts_with(n)).expect(n)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        let zh = template_draft(BlueprintTemplate::ComplaintHandling, true);
        assert!(zh.cards.iter().any(|c| c.text == "投诉登记表"));
        assert!(zh.cards.iter().any(|c| c.text.contains("工单系统")));
        assert!(zh.steps.iter().any(|s| s.name == "将客户的损失降到最小"));
    }

    #[test]
    fn the_service_loop_is_the_courses_six_steps_in_order() {
        let zh = template_draft(BlueprintTemplate::ServiceLoop, true);
        let names: Vec<&str> = zh.steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["倾听客户需求", "将客户的损失降到最小", "发现请求的根本原因", "对客户的需求作出反应", "采取有成效的行动，积极反馈", "评估客户满意度"]
        );
        let en = template_draft(BlueprintTemplate::ServiceLoop, false);
        assert_eq!(en.steps.first().map(|s| s.name.as_str()), Some("Listen to the customer's needs"));
        assert_eq!(en.steps.last().map(|s| s.name.as_str()), Some("Evaluate customer satisfaction"));
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
