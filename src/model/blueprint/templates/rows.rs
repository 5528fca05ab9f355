//! The templates' steps: one row per step with its card in each of the five standard lanes,
//! in Chinese and English. SERVQUAL dimensions sit on the provider's cards only: every piece
//! of physical evidence is rated tangibles (可感知性, the tangible part), every front-stage
//! card by what it shows the customer, and a back-stage card where its slip reaches them.

use super::{fail, plain, rated, wait, Row, Stage};
use crate::model::blueprint::Servqual::{Assurance, Empathy, Reliability, Responsiveness, Tangibles};

/// Physical evidence: what the customer sees and touches, rated tangibles.
const fn evidence(text: (&'static str, &'static str)) -> super::Tile {
    rated(text, Tangibles)
}

// ---------------------------------------------------------------------------------------------
// Complaint handling (客户投诉处理): the course's loop, listen → minimise the loss → root cause →
// respond → act → evaluate, framed by raising the complaint and closing the case
// ---------------------------------------------------------------------------------------------

pub(super) const COMPLAINT: &[Row] = &[
    Row {
        name: ("提出投诉", "Raise a complaint"),
        stage: Stage::Arrive,
        minutes: 3,
        emotion: -1,
        evidence: evidence(("投诉热线号码、服务台指示牌", "Complaint hotline number and service-desk sign")),
        customer: plain(("来电、到店或在线提出投诉", "Calls, visits or writes in to complain")),
        front: rated(("接待专员问候客户，先安抚情绪", "Greets the customer and calms them first"), Empathy),
        back: plain(("按投诉渠道转交客户投诉接待专员", "Passes the contact to the complaint reception specialist")),
        support: plain(("投诉热线与在线客服系统", "Complaint hotline and online service desk")),
    },
    Row {
        name: ("倾听与登记", "Listen and log"),
        stage: Stage::Input,
        minutes: 10,
        emotion: -1,
        evidence: evidence(("投诉登记表", "Complaint registration form")),
        customer: plain(("讲述问题经过，出示购买凭证", "Explains what went wrong and shows the receipt")),
        front: fail(("耐心倾听，如实记录诉求（记录不全需客户重述）", "Logs the complaint (risk: an incomplete record)"), 5, Some(Empathy)),
        back: plain(("主管判定投诉级别，创建工单", "Supervisor grades the complaint and opens a case")),
        support: plain(("CRM 客户档案与购买记录", "CRM customer records and purchase history")),
    },
    Row {
        name: ("将客户的损失降到最小", "Minimise the customer's loss"),
        stage: Stage::Input,
        minutes: 10,
        emotion: -1,
        evidence: evidence(("临时方案说明、备用机借用单", "Interim-solution note and loan-unit form")),
        customer: plain(("接受临时方案，如先借用备用机", "Accepts an interim fix, such as a loan unit")),
        front: rated(("先提出临时方案，减少客户的损失", "Offers an interim fix first to limit the customer's loss"), Responsiveness),
        back: plain(("调配备用机或安排优先处理", "Arranges a loan unit or priority handling")),
        support: plain(("备用机库存与优先处理规则", "Loan-unit stock and priority rules")),
    },
    Row {
        name: ("查找根本原因", "Find the root cause"),
        stage: Stage::Input,
        minutes: 30,
        emotion: -2,
        evidence: evidence(("受理短信（含工单号和答复时限）", "SMS receipt with the case number and reply deadline")),
        customer: wait(("等待处理结果", "Waits for an answer"), 30, None),
        front: rated(("告知答复时限，按时回电", "Gives a reply time and calls back on time"), Responsiveness),
        back: fail(("检测产品，查明原因（存在误判风险）", "Tests the product for the cause (risk: misdiagnosis)"), 20, Some(Reliability)),
        support: plain(("工单系统与产品检测记录", "Work-order system and product test records")),
    },
    Row {
        name: ("答复客户", "Respond"),
        stage: Stage::TakePart,
        minutes: 10,
        emotion: 0,
        evidence: evidence(("书面处理方案", "Written resolution offer")),
        customer: plain(("听取原因和方案，表示同意", "Hears the cause and the offer and agrees")),
        front: rated(("说明原因，致歉并提出解决方案", "Explains the cause, apologises, offers a fix"), Assurance),
        back: wait(("主管审批补偿金额", "Supervisor approves the compensation"), 15, Some(Responsiveness)),
        support: plain(("补偿标准与审批权限", "Compensation rules and approval limits")),
    },
    Row {
        name: ("采取行动", "Act"),
        stage: Stage::Produce,
        minutes: 40,
        emotion: 1,
        evidence: evidence(("维修单或换货凭证", "Repair slip or exchange receipt")),
        customer: plain(("接受维修、换货或补偿", "Receives the repair, exchange or compensation")),
        front: rated(("按约定时间上门维修或办理换货", "Repairs or exchanges at the agreed time"), Reliability),
        back: fail(("备件出库（常缺货，维修延期）", "Issues spare parts (often out of stock, so repairs slip)"), 60, Some(Reliability)),
        support: plain(("备件库存与物流配送", "Spare-part stock and delivery")),
    },
    Row {
        name: ("确认结案", "Close the case"),
        stage: Stage::Leave,
        minutes: 5,
        emotion: 1,
        evidence: evidence(("结案确认单", "Case closure form")),
        customer: plain(("确认问题解决，签字结案", "Confirms the problem is solved and signs off")),
        front: rated(("确认结果，感谢客户的意见", "Confirms the result and thanks the customer"), Empathy),
        back: plain(("归档投诉记录，关闭工单", "Files the complaint record and closes the case")),
        support: plain(("工单系统结案", "Work-order system closes the case")),
    },
    Row {
        name: ("评估满意度", "Evaluate satisfaction"),
        stage: Stage::Leave,
        minutes: 5,
        emotion: 2,
        evidence: evidence(("满意度回访短信", "Satisfaction survey SMS")),
        customer: plain(("回答回访，评价处理结果", "Answers the follow-up and rates the outcome")),
        front: rated(("三日内电话回访满意度", "Calls within 3 days to ask about satisfaction"), Responsiveness),
        back: plain(("分析投诉原因，提出改进措施", "Analyses complaint causes and proposes improvements")),
        support: plain(("满意度调查系统与投诉分析报表", "Satisfaction survey system and complaint reports")),
    },
];

// ---------------------------------------------------------------------------------------------
// The customer service loop (客户服务循环, course 001): the six steps by which the course defines
// customer service, here a home-appliance repair request
// ---------------------------------------------------------------------------------------------

pub(super) const SERVICE_LOOP: &[Row] = &[
    Row {
        name: ("倾听客户需求", "Listen to the customer's needs"),
        stage: Stage::Arrive,
        minutes: 5,
        emotion: -1,
        evidence: evidence(("服务热线、在线报修页面", "Service hotline and online repair form")),
        customer: plain(("来电说明家电故障和自己的需要", "Calls about a faulty appliance and says what they need")),
        front: fail(
            ("客服专员倾听并复述需求（漏记会让客户重复说明）", "Listens and repeats the need back (risk: a missed detail)"),
            5,
            Some(Empathy),
        ),
        back: plain(("查询购买记录和保修状态", "Looks up the purchase and the warranty")),
        support: plain(("CRM 客户档案与保修记录", "CRM customer records and warranty data")),
    },
    Row {
        name: ("将客户的损失降到最小", "Minimise the customer's loss"),
        stage: Stage::Input,
        minutes: 15,
        emotion: 0,
        evidence: evidence(("备用机借用单", "Loan-unit form")),
        customer: plain(("接受临时方案，先用备用机", "Accepts an interim fix: a loan unit")),
        front: rated(("先提供备用机或远程指导应急使用", "Offers a loan unit or remote help to keep the customer going"), Responsiveness),
        back: fail(("备用机出库（库存不足时无法提供）", "Issues a loan unit (risk: none in stock)"), 30, Some(Reliability)),
        support: plain(("备用机库存", "Loan-unit stock")),
    },
    Row {
        name: ("发现请求的根本原因", "Find the root cause"),
        stage: Stage::Input,
        minutes: 60,
        emotion: -2,
        evidence: evidence(("上门服务工单、检测报告", "Visit order and test report")),
        customer: wait(("等待工程师上门检测", "Waits for the engineer's visit"), 60, None),
        front: rated(("工程师按约上门，检测故障", "The engineer arrives on time and tests the appliance"), Assurance),
        back: plain(("技术支持远程协助诊断", "Technical support helps diagnose remotely")),
        support: plain(("故障知识库与检测设备", "Fault knowledge base and test equipment")),
    },
    Row {
        name: ("对客户的需求作出反应", "Respond to the customer's needs"),
        stage: Stage::TakePart,
        minutes: 10,
        emotion: 0,
        evidence: evidence(("维修方案与费用确认单", "Repair plan and cost confirmation")),
        customer: plain(("听取原因和方案，确认维修", "Hears the cause and the plan and agrees to the repair")),
        front: rated(("说明故障原因、维修方案和费用", "Explains the cause, the repair and its cost"), Assurance),
        back: wait(("主管审批保修期外的费用减免", "Supervisor approves a discount outside the warranty"), 15, Some(Responsiveness)),
        support: plain(("保修政策与审批权限", "Warranty policy and approval limits")),
    },
    Row {
        name: ("采取有成效的行动，积极反馈", "Act and follow up"),
        stage: Stage::Produce,
        minutes: 45,
        emotion: 1,
        evidence: evidence(("维修单、换下的旧配件", "Repair slip and the replaced part")),
        customer: plain(("接受维修，收到进度通知", "Gets the repair and progress updates")),
        front: rated(("按约完成维修，主动告知进度", "Completes the repair as agreed and keeps the customer informed"), Reliability),
        back: fail(("备件调拨（缺件时维修延期）", "Transfers spare parts (risk: a missing part delays the repair)"), 120, Some(Reliability)),
        support: plain(("备件仓储与物流", "Spare-part storage and logistics")),
    },
    Row {
        name: ("评估客户满意度", "Evaluate customer satisfaction"),
        stage: Stage::Leave,
        minutes: 5,
        emotion: 2,
        evidence: evidence(("满意度回访短信", "Satisfaction survey SMS")),
        customer: plain(("回答回访，评价服务", "Answers the follow-up and rates the service")),
        front: rated(("三日内回访满意度，收回备用机", "Calls within 3 days about satisfaction and collects the loan unit"), Empathy),
        back: plain(("分析服务记录，提出改进措施", "Reviews the case and proposes improvements")),
        support: plain(("满意度调查系统", "Satisfaction survey system")),
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
        evidence: evidence(("门头标识、营业时间牌、整洁的大堂", "Shop sign, opening hours and a tidy lobby")),
        customer: plain(("进入营业厅，寻找办理区域", "Walks in and looks for the right counter")),
        front: rated(("大堂经理迎候并询问来意", "Floor manager greets and asks what they need"), Empathy),
        back: plain(("开门前检查营业环境和设备", "Checks the hall and equipment before opening")),
        support: plain(("门店设施维护", "Facilities maintenance")),
    },
    Row {
        name: ("取号", "Take a number"),
        stage: Stage::Arrive,
        minutes: 2,
        emotion: 0,
        evidence: evidence(("取号机与排队小票", "Ticket machine and queue ticket")),
        customer: plain(("说明业务，取排队号", "Says what they need and takes a ticket")),
        front: fail(("协助取号并预审资料（资料不全需改日再来）", "Pre-checks documents (risk: a wasted visit)"), 10, Some(Assurance)),
        back: plain(("按业务类型分配队列", "Assigns the ticket to a queue by type of business")),
        support: plain(("排队叫号系统", "Queue management system")),
    },
    Row {
        name: ("等候叫号", "Wait to be called"),
        stage: Stage::Input,
        minutes: 20,
        emotion: -2,
        evidence: evidence(("等候区座椅、叫号屏、饮水机", "Waiting seats, queue display and water dispenser")),
        customer: wait(("等候叫号", "Waits for their number"), 20, None),
        front: rated(("巡视等候区，告知预计等候时间", "Tells waiting customers the expected wait"), Responsiveness),
        back: plain(("按排队人数增开窗口", "Opens more counters when the queue grows")),
        support: plain(("柜员排班表", "Counter staff rota")),
    },
    Row {
        name: ("柜台办理", "Served at the counter"),
        stage: Stage::TakePart,
        minutes: 10,
        emotion: 1,
        evidence: evidence(("柜台、业务单据", "Counter and service forms")),
        customer: plain(("出示证件，说明需求", "Shows ID and explains the request")),
        front: fail(("柜员受理并录入业务（录入错误需重新办理）", "Clerk enters the request (risk: entry errors)"), 10, Some(Reliability)),
        back: wait(("后台审核业务资料", "Back office verifies the application"), 5, Some(Reliability)),
        support: plain(("业务系统与 CRM 客户档案", "Service system and CRM customer records")),
    },
    Row {
        name: ("缴费签字", "Pay and sign"),
        stage: Stage::Produce,
        minutes: 3,
        emotion: 0,
        evidence: evidence(("POS 机与缴费凭证", "Card terminal and payment receipt")),
        customer: plain(("核对单据，缴费并签字", "Checks the form, pays and signs")),
        front: rated(("收款，打印凭证并解释费用", "Takes payment and explains the charges"), Assurance),
        back: plain(("日终对账", "Reconciles payments at the end of the day")),
        support: plain(("计费与支付系统", "Billing and payment system")),
    },
    Row {
        name: ("离开", "Leave"),
        stage: Stage::Leave,
        minutes: 2,
        emotion: 1,
        evidence: evidence(("办结短信、服务评价器", "Completion SMS and rating keypad")),
        customer: plain(("评价服务后离开", "Rates the service and leaves")),
        front: rated(("致谢道别，邀请评价", "Thanks the customer, says goodbye and invites a rating"), Empathy),
        back: plain(("归档业务资料", "Files the paperwork")),
        support: plain(("满意度评价系统", "Satisfaction rating system")),
    },
];
