//! The sample SWOT from the course's customer-service context: the service department of an
//! electronics retailer. Built through `apply`, so the sample obeys every rule a user's
//! board does, and offered in Chinese or English.

use super::run;
use crate::model::core::{CompetitorType, ItemId};
use crate::model::project::{command::Command, Project};
use crate::model::swot::{EnvFactor, Quadrant, SwotCommand, TowsCell};

type Row = (Quadrant, &'static str, &'static str, u8, Option<EnvFactor>, Option<CompetitorType>);

const ITEMS: [Row; 13] = [
    (
        Quadrant::Strengths,
        "覆盖全市的自营售后网点，上门维修 24 小时内响应",
        "Own after-sales outlets across the city; home repairs answered within 24 hours",
        5,
        None,
        None,
    ),
    (
        Quadrant::Strengths,
        "客户信息管理系统记录了十年的购买与维修档案",
        "A customer-information system with ten years of purchase and repair records",
        4,
        None,
        None,
    ),
    (Quadrant::Strengths, "门店员工经过统一的服务标准培训", "Store staff trained to one set of service standards", 3, None, None),
    (Quadrant::Weaknesses, "投诉处理流程长，平均结案需要 9 天", "Complaint handling is slow: 9 days on average to close a case", 5, None, None),
    (
        Quadrant::Weaknesses,
        "大客户没有专人负责，关系维护靠个人",
        "No dedicated key-account staff; relationships depend on individuals",
        4,
        None,
        None,
    ),
    (Quadrant::Weaknesses, "电话客服高峰期等待超过 5 分钟", "Phone support waits exceed 5 minutes at peak times", 3, None, None),
    (
        Quadrant::Opportunities,
        "以旧换新补贴政策带动家电更新需求",
        "Trade-in subsidies drive demand for new appliances",
        5,
        Some(EnvFactor::PoliticalLegal),
        None,
    ),
    (
        Quadrant::Opportunities,
        "老龄人口增长，上门安装与讲解需求上升",
        "An ageing population wants home installation and guidance",
        4,
        Some(EnvFactor::MarketPopulation),
        None,
    ),
    (
        Quadrant::Opportunities,
        "在线客服与 CRM 工具成本下降",
        "Online service desks and CRM tools are getting cheaper",
        3,
        Some(EnvFactor::Technology),
        None,
    ),
    (
        Quadrant::Threats,
        "电商平台提供“送装一体”与极速退换",
        "Online platforms offer delivery-with-installation and fast returns",
        5,
        Some(EnvFactor::Competitor),
        Some(CompetitorType::Brand),
    ),
    (
        Quadrant::Threats,
        "品牌厂商自建售后，绕过零售商",
        "Manufacturers build their own after-sales service, bypassing retailers",
        4,
        Some(EnvFactor::Service),
        None,
    ),
    (
        Quadrant::Threats,
        "消费者对服务的期望随社交媒体口碑快速上升",
        "Social-media word of mouth raises service expectations fast",
        3,
        Some(EnvFactor::SocioCultural),
        None,
    ),
    (
        Quadrant::Threats,
        "租赁与共享家电满足同样的需求",
        "Appliance rental and sharing meet the same needs",
        2,
        Some(EnvFactor::Competitor),
        Some(CompetitorType::Generic),
    ),
];

/// (cell, zh, en, indexes into `ITEMS`)
const STRATEGIES: [(TowsCell, &str, &str, &[usize]); 4] = [
    (TowsCell::SO, "推出“以旧换新 + 24 小时上门安装”套餐", "Offer a trade-in bundle with installation at home within 24 hours", &[0, 6]),
    (
        TowsCell::WO,
        "上线在线客服与工单系统，把投诉结案时间缩短到 3 天",
        "Launch an online service desk with tickets to close complaints within 3 days",
        &[3, 8],
    ),
    (
        TowsCell::ST,
        "用十年维修档案提供个性化保养提醒，留住客户",
        "Use ten years of repair records for personal maintenance reminders that keep customers",
        &[1, 9],
    ),
    (
        TowsCell::WT,
        "设立大客户服务专员，先守住最有价值的客户",
        "Appoint key-account service staff to keep the most valuable customers first",
        &[4, 10],
    ),
];

/// Adds the sample items and strategies to `project` (normally a new, empty one).
pub fn with_sample_swot(mut project: Project, chinese: bool) -> Project {
    let pick = |zh: &str, en: &str| if chinese { zh.to_owned() } else { en.to_owned() };
    let run = |project: &mut Project, command: SwotCommand| run(project, Command::Swot(command));
    let mut ids: Vec<ItemId> = Vec::new();
    for (quadrant, zh, en, priority, source, competitor) in ITEMS {
        let Some(&id) = run(&mut project, SwotCommand::AddItem { quadrant, text: pick(zh, en), source }).first() else { continue };
        run(&mut project, SwotCommand::SetPriority { id, priority: Some(priority) });
        if competitor.is_some() {
            run(&mut project, SwotCommand::SetTags { id, source, competitor });
        }
        ids.push(id);
    }
    for (cell, zh, en, sources) in STRATEGIES {
        let sources = sources.iter().filter_map(|i| ids.get(*i).copied()).collect();
        run(&mut project, SwotCommand::AddStrategy { cell, text: pick(zh, en), sources });
    }
    project
}
