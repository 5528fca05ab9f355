//! The sample five-forces analysis for the same customer-service context as the SWOT sample:
//! the after-sales service department of an electronics retailer. Every force has rated
//! factors (a few weighted), so all five are assessed and the verdict is computed; the
//! competitor register covers the course's four competitor types. One high-rated factor and one
//! competitor are sent to the SWOT board as threats, so the sample shows live links. Built
//! through `apply`, so it obeys every rule a user's canvas does; offered in Chinese or English.

use super::run;
use crate::model::core::{CompetitorType, ItemId, Origin};
use crate::model::five_forces::{Comparison, Force, ForcesCommand, Response};
use crate::model::project::{command::Command, Project};
use crate::model::swot::Quadrant;

/// (force, zh, en, rating, weight, note zh, note en)
type FactorRow = (Force, &'static str, &'static str, u8, Option<u8>, &'static str, &'static str);

const FACTORS: [FactorRow; 15] = [
    (
        Force::Rivalry,
        "电商平台以“送装一体”和极速退换争夺客户",
        "Online platforms compete with delivery-with-installation and fast returns",
        5,
        Some(3),
        "",
        "",
    ),
    (
        Force::Rivalry,
        "区域内三家连锁电器卖场都提供延保与上门服务",
        "Three regional appliance chains all offer extended warranties and home service",
        4,
        Some(2),
        "",
        "",
    ),
    (Force::Rivalry, "服务内容同质化，价格战压缩服务利润", "Service offers look alike, so price wars squeeze service margins", 3, None, "", ""),
    (Force::NewEntrants, "品牌厂商自建直营售后网点", "Manufacturers open their own after-sales outlets", 4, Some(2), "", ""),
    (Force::NewEntrants, "家装公司开始承接家电安装业务", "Home-improvement firms start taking on appliance installation", 3, None, "", ""),
    (
        Force::NewEntrants,
        "上门服务需要网点、技师认证与备件库存，进入门槛较高",
        "Home service needs outlets, certified technicians and spare-part stock: a high entry barrier",
        2,
        None,
        "",
        "",
    ),
    (
        Force::Substitutes,
        "第三方维修平台在线预约，价格更低",
        "Third-party repair platforms take bookings online at lower prices",
        4,
        Some(2),
        "客户投诉中已多次提到这类平台的报价。",
        "Customers quote these platforms' prices in complaints.",
    ),
    (Force::Substitutes, "家电租赁与以租代买方案包含维修服务", "Appliance rental and rent-to-own plans include repairs", 3, None, "", ""),
    (Force::Substitutes, "视频教程让客户自己排除简单故障", "Video tutorials let customers fix simple faults themselves", 2, None, "", ""),
    (
        Force::Suppliers,
        "原厂备件只能从品牌厂商采购，交期由厂商决定",
        "Original spare parts come only from the manufacturers, who set the lead times",
        4,
        None,
        "",
        "",
    ),
    (Force::Suppliers, "熟练技师稀缺，薪资持续上涨", "Skilled technicians are scarce and their pay keeps rising", 4, None, "", ""),
    (
        Force::Suppliers,
        "送装由第三方物流承担，旺季运力紧张",
        "Third-party logistics handle delivery and installation; capacity is tight at peak season",
        3,
        None,
        "",
        "",
    ),
    (
        Force::Buyers,
        "客户可在网上比较服务价格与评价，转换成本低",
        "Customers compare service prices and reviews online; switching costs are low",
        5,
        Some(2),
        "",
        "",
    ),
    (Force::Buyers, "企业大客户集中采购，要求专属服务条款", "Corporate key accounts buy in bulk and demand dedicated service terms", 4, None, "", ""),
    (Force::Buyers, "以旧换新补贴让客户更看重价格", "Trade-in subsidies make customers more price-conscious", 3, None, "", ""),
];

/// The factor sent to the SWOT board as a threat (an index into `FACTORS`).
const SENT_FACTOR: usize = 6;

/// (zh name, en name, type, zh strengths, en strengths, zh weaknesses, en weaknesses, threat)
type CompetitorRow = (&'static str, &'static str, CompetitorType, &'static str, &'static str, &'static str, &'static str, u8);

const COMPETITORS: [CompetitorRow; 4] = [
    (
        "大型电商平台的自营服务",
        "A major online platform's in-house service",
        CompetitorType::Brand,
        "送装一体、极速退换、会员权益",
        "Delivery with installation, fast returns, member benefits",
        "线下网点少，复杂维修依赖外包",
        "Few physical outlets; complex repairs are outsourced",
        5,
    ),
    (
        "社区便民维修店",
        "Neighbourhood repair shops",
        CompetitorType::ProductForm,
        "就近、价格低、随到随修",
        "Nearby, cheap, walk-in repairs",
        "没有原厂备件，维修不提供质保",
        "No original parts and no warranty on repairs",
        4,
    ),
    (
        "家电租赁平台",
        "Appliance rental platforms",
        CompetitorType::Generic,
        "前期花费低，维修包含在租金中",
        "Low upfront cost; repairs are included in the rent",
        "品类少，长期使用成本更高",
        "Narrow range; costlier over the long run",
        3,
    ),
    (
        "旅游与数码娱乐消费",
        "Travel and digital entertainment",
        CompetitorType::Desire,
        "争夺同一份家庭可支配收入",
        "Compete for the same household budget",
        "不能满足家电使用与维修需求",
        "Do not meet the need for working appliances",
        2,
    ),
];

/// The competitor sent to the SWOT board as a threat (an index into `COMPETITORS`).
const SENT_COMPETITOR: usize = 1;

const CONCLUSION: (&str, &str) = (
    "对本部门而言，现有竞争者、供应商和购买者三种力量较强：竞争者送装和退换更快，客户比较和转换都很容易。本部门采取加强防守的对策：守住自营网点上门维修和原厂备件两项优势，以大客户专属服务留住客户，并与品牌厂商签订备件保障协议；在电商平台外包的复杂维修上集中优势进攻，把社区维修店擅长的小修让出去。",
    "For our service department, rivalry, supplier power and buyer power are strong: rivals deliver and exchange faster, and customers compare and switch easily. We strengthen our defence: hold on to our own outlets' home repairs and original parts, keep key accounts with dedicated service, and secure spare-part agreements with the manufacturers; we concentrate our strengths on the complex repairs the online platform outsources, and leave small repairs to the neighbourhood shops.",
);

/// The conclusion's response, and each competitor's stance in register order: benchmark,
/// response, and (for the benchmark) the comparison on the course's three aspects.
const RESPONSE: Response = Response::StrengthenDefence;
const STANCES: [(bool, Response); 4] =
    [(true, Response::ConcentrateAttack), (false, Response::Yield), (false, Response::StrengthenDefence), (false, Response::StrengthenDefence)];
const BENCHMARK_COMPARISON: [(&str, &str); 3] = [
    (
        "平台以会员权益锁定客户；本部门以原厂服务和线下网点赢得信任。",
        "The platform locks customers in with membership; we win trust with manufacturer service and local outlets.",
    ),
    (
        "平台送装一体、退换极快；本部门上门维修 24 小时内响应，但退换要 3 天。",
        "The platform delivers, installs and exchanges fast; we answer home repairs within 24 hours but exchanges take 3 days.",
    ),
    (
        "平台服务标准统一、进度可在线查询；本部门投诉结案平均需要 9 天。",
        "The platform has one service standard and online tracking; our complaints take 9 days on average to close.",
    ),
];

/// Adds the sample factors, competitors and conclusion to `project` and sends one factor and
/// one competitor to its SWOT board as threats.
pub fn with_sample_forces(mut project: Project, chinese: bool) -> Project {
    let pick = |zh: &str, en: &str| if chinese { zh.to_owned() } else { en.to_owned() };
    let forces = |command: ForcesCommand| Command::Forces(command);
    let mut factor_ids: Vec<ItemId> = Vec::new();
    for (force, zh, en, rating, weight, note_zh, note_en) in FACTORS {
        let text = pick(zh, en);
        let Some(&id) = run(&mut project, forces(ForcesCommand::AddFactor { force, text: text.clone() })).first() else { continue };
        run(&mut project, forces(ForcesCommand::RateFactor { id, rating: Some(rating) }));
        if weight.is_some() {
            run(&mut project, forces(ForcesCommand::SetWeight { id, weight }));
        }
        if !note_en.is_empty() {
            run(&mut project, forces(ForcesCommand::EditFactor { id, text, note: pick(note_zh, note_en) }));
        }
        factor_ids.push(id);
    }
    let mut competitor_ids: Vec<ItemId> = Vec::new();
    for (zh, en, kind, strengths_zh, strengths_en, weaknesses_zh, weaknesses_en, threat) in COMPETITORS {
        let name = pick(zh, en);
        let Some(&id) = run(&mut project, forces(ForcesCommand::AddCompetitor { name: name.clone(), kind: Some(kind) })).first() else { continue };
        let edit = ForcesCommand::EditCompetitor {
            id,
            name,
            kind: Some(kind),
            strengths: pick(strengths_zh, strengths_en),
            weaknesses: pick(weaknesses_zh, weaknesses_en),
            threat: Some(threat),
        };
        run(&mut project, forces(edit));
        competitor_ids.push(id);
    }
    run(&mut project, forces(ForcesCommand::SetConclusion { text: pick(CONCLUSION.0, CONCLUSION.1) }));
    run(&mut project, forces(ForcesCommand::SetResponse { response: Some(RESPONSE) }));
    for (id, (benchmark, response)) in competitor_ids.iter().zip(STANCES) {
        run(&mut project, forces(ForcesCommand::SetStance { id: *id, benchmark, response: Some(response) }));
        if benchmark {
            let [strategy, operations, management] = BENCHMARK_COMPARISON.map(|(zh, en)| pick(zh, en));
            run(&mut project, forces(ForcesCommand::SetComparison { id: *id, comparison: Comparison { strategy, operations, management } }));
        }
    }
    let sent = [factor_ids.get(SENT_FACTOR).map(|id| Origin::Factor(*id)), competitor_ids.get(SENT_COMPETITOR).map(|id| Origin::Competitor(*id))];
    for origin in sent.into_iter().flatten() {
        run(&mut project, Command::SendToSwot { origin, quadrant: Quadrant::Threats });
    }
    project
}
