//! Names of domain values (quadrants, TOWS cells, environment factors, competitor types) in
//! the catalogue, so the UI and every export call them the same.

use super::Text;
use super::{BlueprintText, OrgText};
use crate::model::blueprint::{BlueprintLine, LaneKey, Mark, Servqual};
use crate::model::five_forces::{Force, Response};
use crate::model::org::Duty;
use crate::model::swot::{CompetitorType, EnvFactor, Quadrant, TowsCell};

pub fn quadrant_label(quadrant: Quadrant) -> Text {
    match quadrant {
        Quadrant::Strengths => Text::Strengths,
        Quadrant::Weaknesses => Text::Weaknesses,
        Quadrant::Opportunities => Text::Opportunities,
        Quadrant::Threats => Text::Threats,
    }
}

pub fn cell_label(cell: TowsCell) -> Text {
    match cell {
        TowsCell::SO => Text::CellSO,
        TowsCell::WO => Text::CellWO,
        TowsCell::ST => Text::CellST,
        TowsCell::WT => Text::CellWT,
    }
}

pub fn factor_label(factor: EnvFactor) -> Text {
    match factor {
        EnvFactor::MarketPopulation => Text::FactorMarketPopulation,
        EnvFactor::Economy => Text::FactorEconomy,
        EnvFactor::PoliticalLegal => Text::FactorPoliticalLegal,
        EnvFactor::Technology => Text::FactorTechnology,
        EnvFactor::SocioCultural => Text::FactorSocioCultural,
        EnvFactor::Marketing => Text::FactorMarketing,
        EnvFactor::Sales => Text::FactorSales,
        EnvFactor::Service => Text::FactorService,
        EnvFactor::Competitor => Text::FactorCompetitor,
    }
}

/// The course's one-line prompt for scanning a factor.
pub fn factor_prompt(factor: EnvFactor) -> Text {
    match factor {
        EnvFactor::MarketPopulation => Text::PromptMarketPopulation,
        EnvFactor::Economy => Text::PromptEconomy,
        EnvFactor::PoliticalLegal => Text::PromptPoliticalLegal,
        EnvFactor::Technology => Text::PromptTechnology,
        EnvFactor::SocioCultural => Text::PromptSocioCultural,
        EnvFactor::Marketing => Text::PromptMarketing,
        EnvFactor::Sales => Text::PromptSales,
        EnvFactor::Service => Text::PromptService,
        EnvFactor::Competitor => Text::PromptCompetitor,
    }
}

pub fn competitor_label(kind: CompetitorType) -> Text {
    match kind {
        CompetitorType::Desire => Text::CompetitorDesire,
        CompetitorType::Generic => Text::CompetitorGeneric,
        CompetitorType::ProductForm => Text::CompetitorProductForm,
        CompetitorType::Brand => Text::CompetitorBrand,
    }
}

/// The course's definition of a competitor type.
pub fn competitor_hint(kind: CompetitorType) -> Text {
    match kind {
        CompetitorType::Desire => Text::CompetitorDesireHint,
        CompetitorType::Generic => Text::CompetitorGenericHint,
        CompetitorType::ProductForm => Text::CompetitorProductFormHint,
        CompetitorType::Brand => Text::CompetitorBrandHint,
    }
}

/// A competitive response's name, and the course's explanation of it.
pub fn response_label(response: Response) -> (Text, Text) {
    match response {
        Response::StrengthenDefence => (Text::ResponseDefend, Text::ResponseDefendHint),
        Response::Yield => (Text::ResponseYield, Text::ResponseYieldHint),
        Response::ConcentrateAttack => (Text::ResponseAttack, Text::ResponseAttackHint),
    }
}

/// A force's full name (diagram titles, exports).
pub fn force_label(force: Force) -> Text {
    match force {
        Force::Rivalry => Text::ForceRivalry,
        Force::NewEntrants => Text::ForceNewEntrants,
        Force::Substitutes => Text::ForceSubstitutes,
        Force::Suppliers => Text::ForceSuppliers,
        Force::Buyers => Text::ForceBuyers,
    }
}

/// A force's short name (charts).
pub fn force_short_label(force: Force) -> Text {
    match force {
        Force::Rivalry => Text::ForceRivalryShort,
        Force::NewEntrants => Text::ForceNewEntrantsShort,
        Force::Substitutes => Text::ForceSubstitutesShort,
        Force::Suppliers => Text::ForceSuppliersShort,
        Force::Buyers => Text::ForceBuyersShort,
    }
}

/// One of the department's eight duties (DOMAIN.md §4).
pub fn duty_label(duty: Duty) -> OrgText {
    match duty {
        Duty::ServiceRules => OrgText::DutyServiceRules,
        Duty::ServiceStandards => OrgText::DutyServiceStandards,
        Duty::CustomerInformation => OrgText::DutyCustomerInformation,
        Duty::ServiceQuality => OrgText::DutyServiceQuality,
        Duty::Relationships => OrgText::DutyRelationships,
        Duty::Complaints => OrgText::DutyComplaints,
        Duty::AfterSales => OrgText::DutyAfterSales,
        Duty::Commitments => OrgText::DutyCommitments,
    }
}

/// A standard lane's name; `None` for a lane the user added (it has only its own name).
pub fn lane_label(lane: LaneKey) -> Option<BlueprintText> {
    Some(match lane {
        LaneKey::Evidence => BlueprintText::LaneEvidence,
        LaneKey::Customer => BlueprintText::LaneCustomer,
        LaneKey::FrontStage => BlueprintText::LaneFrontStage,
        LaneKey::BackStage => BlueprintText::LaneBackStage,
        LaneKey::Support => BlueprintText::LaneSupport,
        LaneKey::Custom(_) => return None,
    })
}

pub fn line_label(line: BlueprintLine) -> BlueprintText {
    match line {
        BlueprintLine::Interaction => BlueprintText::LineInteraction,
        BlueprintLine::Visibility => BlueprintText::LineVisibility,
        BlueprintLine::InternalInteraction => BlueprintText::LineInternal,
    }
}

pub fn mark_label(mark: Mark) -> BlueprintText {
    match mark {
        Mark::FailPoint => BlueprintText::FailPoint,
        Mark::WaitPoint => BlueprintText::WaitPoint,
    }
}

pub fn servqual_label(dimension: Servqual) -> BlueprintText {
    match dimension {
        Servqual::Tangibles => BlueprintText::Tangibles,
        Servqual::Reliability => BlueprintText::Reliability,
        Servqual::Responsiveness => BlueprintText::Responsiveness,
        Servqual::Assurance => BlueprintText::Assurance,
        Servqual::Empathy => BlueprintText::Empathy,
    }
}

/// What a lane is called: the name the user gave it, else its standard name.
pub fn lane_name(lang: super::Lang, lane: &crate::model::blueprint::Lane) -> String {
    match lane_label(lane.key) {
        Some(standard) if lane.name.trim().is_empty() => lang.tr(standard).to_owned(),
        _ => lane.name.clone(),
    }
}

#[cfg(test)]
mod competitor_tests {
    use super::*;
    use crate::i18n::Lang;

    /// The four types are defined in the course's words wherever they are chosen.
    #[test]
    fn each_competitor_type_carries_the_courses_definition() {
        let zh: Vec<&str> = CompetitorType::ALL.iter().map(|k| Lang::ZhCn.tr(competitor_hint(*k))).collect();
        assert_eq!(
            zh,
            [
                "指提供不同的产品以满足不同需求的竞争者。",
                "指提供不同的产品以满足相同需求的竞争者。",
                "指生产同类但规格、型号、款式不同产品的竞争者。",
                "指生产相同规格、型号的产品，但品牌不同的竞争者。",
            ]
        );
        assert!(CompetitorType::ALL.iter().all(|k| !Lang::En.tr(competitor_hint(*k)).is_empty()));
    }

    /// The environment prompts say what the course says: the technology line quotes it exactly.
    #[test]
    fn environment_prompts_follow_the_course() {
        assert!(Lang::ZhCn.tr(factor_prompt(EnvFactor::Technology)).starts_with("科学技术是社会生产力最新和最活跃的因素"));
        let population = Lang::ZhCn.tr(factor_prompt(EnvFactor::MarketPopulation));
        assert!(["人口是构成市场的第一要素", "地理分布", "婚姻状况", "流动性"].iter().all(|part| population.contains(part)));
        assert!(Lang::ZhCn.tr(factor_prompt(EnvFactor::Economy)).contains("经济发展水平"));
        assert!(Lang::ZhCn.tr(factor_prompt(EnvFactor::Sales)).contains("中介机构"));
    }

    /// The structure types show the traits the course gives them.
    #[test]
    fn structure_types_show_the_courses_traits() {
        use crate::i18n::OrgText;
        assert!(Lang::ZhCn.tr(OrgText::SpokeTraits).contains("强调客服经理的组织控制能力"));
        assert!(Lang::ZhCn.tr(OrgText::FunctionalPros).contains("要求客服人员有较高的工作主动性"));
        assert!(Lang::ZhCn.tr(OrgText::FlowLineTraits).contains("客服主管的协调和控制作用突出"));
        assert!(Lang::En.tr(OrgText::SpokeTraits).contains("control"));
    }
}
