//! The templates' steps: one row per step with its card in each of the five standard lanes,
//! in Chinese and English.

use super::{fail, plain, rated, wait, Row, Stage};
use crate::model::blueprint::Servqual::{Assurance, Empathy, Reliability, Responsiveness, Tangibles};

// ---------------------------------------------------------------------------------------------
// Complaint handling (客户投诉处理): the course's loop, listen → root cause → respond → act → evaluate
// ---------------------------------------------------------------------------------------------

pub(super) const COMPLAINT: &[Row] = &[
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

pub(super) const HALL_VISIT: &[Row] = &[
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
