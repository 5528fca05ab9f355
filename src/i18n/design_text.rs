//! The org chart's design self-check in words, Chinese then English: the course's six design
//! principles (with what each asks of a customer-service department) and its five-step design
//! procedure (DOMAIN.md §4).

use super::catalog::catalog;

catalog! {
    DesignText;
    Tab => "设计原则", "Design principles";
    PrinciplesHeading => "六项设计原则", "The six design principles";
    PrinciplesIntro => "课程提出的客户服务部组织设计原则：其中两项由设计检查自动判断，其余四项请逐条自查并记录结论。",
        "The course's six principles for designing the department: two are judged from the design checks, the other four are questions to answer and record.";
    SpanOfControl => "适当管理跨度原则", "Appropriate span of control";
    SpanOfControlExplain => "每位管理者直接管理的下属人数要适当：人数过多管不过来，过少则层级增多、信息传递变慢。合适的范围在“设计检查”中设定。",
        "Each manager should lead a workable number of direct reports: too many and they cannot lead them all, too few and the layers multiply and information slows. The range is set in the design checks.";
    Centralisation => "集权与分权统一原则", "Balance centralisation and decentralisation";
    CentralisationExplain => "关系全局的决定（服务标准、重大投诉、补偿权限）集中在经理，日常事务授权给主管和一线员工，使他们能当场为客户解决问题。",
        "Decisions that concern the whole department (service standards, serious complaints, compensation limits) stay with the manager; day-to-day matters are delegated to supervisors and front-line staff so they can settle a customer's problem on the spot.";
    CentralisationAsk => "哪些决定必须由经理做出？一线员工能否在授权范围内当场解决客户的问题？",
        "Which decisions must the manager take? Can front-line staff settle a customer's problem on the spot within their authority?";
    Cooperation => "协作原则", "Cooperation";
    CooperationExplain => "客户服务涉及多个岗位和部门，组织设计要明确岗位之间、部门之间如何配合，使服务流程的各个环节顺畅衔接。",
        "Customer service runs across several posts and departments: the design must make clear how posts and departments work together, so that every step of the service hands over smoothly.";
    CooperationAsk => "各岗位之间，以及客户服务部与销售、仓储、技术等部门之间如何配合？每个交接环节是否有人负责？",
        "How do the posts work together, and the department with sales, warehousing and engineering? Does someone answer for every hand-over?";
    Authority => "权责一致原则", "Authority matches responsibility";
    AuthorityExplain => "每个岗位的职权与职责相对应：承担职责就要有相应的权力，每项职责只由一个岗位负责。依据岗位说明书的职责范围自动检查。",
        "Each post's authority matches its responsibilities: a post that answers for something has the power to do it, and each responsibility belongs to one post. Checked from the job descriptions' responsibilities.";
    Efficiency => "效率原则", "Efficiency";
    EfficiencyExplain => "以尽量少的层级和人员、较低的成本完成客户服务工作，避免机构臃肿、人浮于事。",
        "Do the department's work with as few layers and people and as little cost as it takes, without bloated units or idle staff.";
    EfficiencyAsk => "有没有可以合并的岗位或层级？每个岗位的工作量是否饱满？",
        "Are there posts or layers that could be merged? Does every post have a full workload?";
    Flexibility => "弹性原则", "Flexibility";
    FlexibilityExplain => "组织结构要能适应业务量的高峰与低谷，以及市场和客户需求的变化，在一定范围内灵活调整。",
        "The structure must absorb peaks and troughs in the workload and changes in the market and in what customers need, adjusting within limits.";
    FlexibilityAsk => "业务高峰（促销、节假日）时如何增援？客户需求变化时，岗位能否随之调整？",
        "How is the department reinforced at peaks (promotions, holidays)? Can the posts change when customers' needs do?";
    Holds => "符合：设计检查没有发现相关问题。", "Met: the design checks find nothing against it.";
    Breaks => "不符合：设计检查发现 {0} 个相关问题。", "Not met: the design checks find {0} {0|issue|issues} against it.";
    NothingToJudge => "还没有岗位，暂无法判断。", "No positions yet: nothing to judge.";
    ShowChecks => "查看设计检查", "Show the design checks";
    Assessment => "自查结论", "Assessment";
    AssessmentNone => "未评定", "Not assessed";
    Met => "符合", "Met";
    Partly => "部分符合", "Partly met";
    NotMet => "不符合", "Not met";
    Note => "说明与改进措施", "Notes and actions";
    ProcedureHeading => "设计程序（五个步骤）", "The design procedure (five steps)";
    ProcedureIntro => "按课程的五个步骤设计客户服务部。每一步都有对应的功能，完成后请打勾。",
        "Design the department in the course's five steps. Each step has a feature that does it; tick it when it is done.";
    FunctionAnalysis => "职能分析与设计", "Function analysis and design";
    FunctionAnalysisHint => "确定客户服务部承担的八项职责，并把每项职责分配到岗位。", "Decide the department's eight duties and give each one to a post.";
    BasicStructure => "设计与建立基本结构", "Design the basic structure";
    BasicStructureHint => "选择组织结构类型，建立岗位和层级。", "Choose a structure type and lay out the posts and their levels.";
    LinksAndRules => "建立组织联系与规范", "Set up links and rules";
    LinksAndRulesHint => "明确虚线汇报和各岗位的工作关系。", "Set the dotted-line reporting and each post's working relations.";
    Staffing => "人员配备与培训", "Staffing and training";
    StaffingHint => "确定各岗位的编制人数并配备人员。", "Set each post's headcount and fill it.";
    Feedback => "反馈与修正", "Feedback and revision";
    FeedbackHint => "根据设计检查的结果修正组织设计。", "Revise the design from what the checks find.";
    DutiesCarried => "已分配 {0} / {1} 项职责", "{0} of {1} {1|duty|duties} given to a post";
    Positions => "共 {0} 个岗位", "{0} {0|position|positions}";
    Links => "{0} 条虚线汇报 · {1} / {2} 份岗位说明书写明了工作关系", "{0} dotted {0|line|lines} · {1} of {2} job descriptions give working relations";
    Staffed => "编制人数 {0}，在岗 {1}，缺编 {2}", "{0} planned, {1} filled, {2} {2|vacancy|vacancies}";
    Findings => "设计检查发现 {0} 个问题", "The design checks find {0} {0|issue|issues}";
    OpenChecks => "打开设计检查", "Open the design checks";
    OpenTemplates => "选择结构模板…", "Choose a structure template…";
    OpenJob => "编辑岗位说明书", "Edit job descriptions";
}

use crate::model::org::design::{Assessment, DesignStep, GuidedPrinciple, Principle};

/// A principle's name, what it asks of the department, and (for a guided one) the question the
/// planner answers.
pub fn principle_words(principle: Principle) -> (DesignText, DesignText, Option<DesignText>) {
    use DesignText as D;
    match principle {
        Principle::SpanOfControl => (D::SpanOfControl, D::SpanOfControlExplain, None),
        Principle::AuthorityMatchesResponsibility => (D::Authority, D::AuthorityExplain, None),
        Principle::Guided(GuidedPrinciple::Centralisation) => (D::Centralisation, D::CentralisationExplain, Some(D::CentralisationAsk)),
        Principle::Guided(GuidedPrinciple::Cooperation) => (D::Cooperation, D::CooperationExplain, Some(D::CooperationAsk)),
        Principle::Guided(GuidedPrinciple::Efficiency) => (D::Efficiency, D::EfficiencyExplain, Some(D::EfficiencyAsk)),
        Principle::Guided(GuidedPrinciple::Flexibility) => (D::Flexibility, D::FlexibilityExplain, Some(D::FlexibilityAsk)),
    }
}

pub fn assessment_label(assessment: Assessment) -> DesignText {
    match assessment {
        Assessment::Met => DesignText::Met,
        Assessment::Partly => DesignText::Partly,
        Assessment::NotMet => DesignText::NotMet,
    }
}

/// A procedure step's name and what it involves.
pub fn step_words(step: DesignStep) -> (DesignText, DesignText) {
    use DesignText as D;
    match step {
        DesignStep::FunctionAnalysis => (D::FunctionAnalysis, D::FunctionAnalysisHint),
        DesignStep::BasicStructure => (D::BasicStructure, D::BasicStructureHint),
        DesignStep::LinksAndRules => (D::LinksAndRules, D::LinksAndRulesHint),
        DesignStep::Staffing => (D::Staffing, D::StaffingHint),
        DesignStep::Feedback => (D::Feedback, D::FeedbackHint),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Translatable;

    #[test]
    fn the_principles_and_steps_carry_the_courses_names_in_order() {
        let names: Vec<&str> = Principle::ALL.iter().map(|&p| principle_words(p).0.zh()).collect();
        assert_eq!(names, ["适当管理跨度原则", "集权与分权统一原则", "协作原则", "权责一致原则", "效率原则", "弹性原则"]);
        let steps: Vec<&str> = DesignStep::ALL.iter().map(|&s| step_words(s).0.zh()).collect();
        assert_eq!(steps, ["职能分析与设计", "设计与建立基本结构", "建立组织联系与规范", "人员配备与培训", "反馈与修正"]);
        // Exactly the guided ones ask a question.
        for principle in Principle::ALL {
            assert_eq!(principle_words(principle).2.is_some(), matches!(principle, Principle::Guided(_)), "{principle:?}");
        }
    }
}
