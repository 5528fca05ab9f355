//! The templates' positions: one table per structure type and the course's sample department,
//! each post in Chinese and English with its job-description text and duties.

use super::{Level, Post, POST};
use crate::model::org::Duty::{
    AfterSales, Commitments, Complaints, CustomerInformation, Relationships, ServiceQuality, ServiceRules, ServiceStandards,
};

// ---------------------------------------------------------------------------------------------
// The sample department (exactly the course's chart)
// ---------------------------------------------------------------------------------------------

pub(super) const SAMPLE: &[Post] = &[
    Post {
        code: "CS-01",
        title: ("客户服务部经理", "Customer Service Manager"),
        level: Level::Manager,
        duties: &[ServiceRules, ServiceStandards, ServiceQuality],
        responsibilities: &[
            ("组织制订客户服务工作制度和工作流程，并监督执行", "Draw up the department's service rules and procedures and see that they are followed"),
            ("制订客户服务标准，审定各岗位的服务规范", "Set the customer service standards and approve each post's service norms"),
            ("监督、考核客户服务质量，组织服务问题的整改", "Monitor and assess service quality and lead the correction of service problems"),
            ("统筹部门的人员配备、培训与绩效考核", "Plan the department's staffing, training and performance reviews"),
        ],
        scope: (
            "领导经理助理及售后服务管理、大客户关系管理、客户关系维护三位主管；审批部门工作计划、费用和服务政策。",
            "Leads the manager's assistant and the after-sales, key-account and relationship supervisors; approves the department's plans, budget and service policies.",
        ),
        relations: (
            "向公司分管副总经理汇报；与销售、市场、财务、仓储物流等部门协调服务事项；代表公司处理重大客户事务。",
            "Reports to the vice president in charge; coordinates service matters with sales, marketing, finance and logistics; represents the company to customers on major issues.",
        ),
        qualifications: (
            "本科及以上学历，五年以上客户服务工作经验，其中两年以上管理经验；熟悉服务管理和质量管理方法，沟通协调能力强。",
            "Bachelor's degree or above; at least five years in customer service, two of them in management; knows service and quality management methods; strong at communication and coordination.",
        ),
        ..POST
    },
    Post {
        code: "CS-02",
        reports_to: Some("CS-01"),
        title: ("经理助理", "Manager's Assistant"),
        duties: &[ServiceRules, Commitments],
        responsibilities: &[
            ("协助经理起草客户服务工作制度、服务标准等部门文件", "Help the manager draft the service rules, standards and other department documents"),
            ("汇总公司对客户的服务承诺，跟踪各岗位的兑现情况", "Keep the list of the company's service commitments to customers and track how each post honours them"),
            ("安排部门会议和日常事务，整理工作报告", "Arrange department meetings and daily business and compile work reports"),
        ],
        qualifications: (
            "大专及以上学历，两年以上行政或客户服务工作经验，熟练使用办公软件，文字表达能力好。",
            "College diploma or above; two years in administration or customer service; fluent with office software and a good writer.",
        ),
        ..POST
    },
    Post {
        code: "CS-03",
        reports_to: Some("CS-01"),
        title: ("售后服务管理主管", "After-sales Supervisor"),
        level: Level::Supervisor,
        duties: &[AfterSales, Complaints, Commitments],
        responsibilities: &[
            ("组织安装、维修、退换货等售后服务工作，保证按时完成", "Organise installation, repair, returns and exchanges and see they are done on time"),
            ("督导客户投诉的受理与处理，分析投诉原因并提出改进措施", "Oversee how complaints are received and resolved, analyse their causes and propose improvements"),
            ("落实公司的售后服务承诺，处理承诺未兑现的问题", "Make sure the company's after-sales commitments are kept and resolve any that are not"),
        ],
        scope: (
            "管理售后服务专员和客户投诉接待专员；有权调度售后人员，审批一定金额以内的退换货和补偿。",
            "Manages the after-sales and complaint reception specialists; may dispatch after-sales staff and approve returns and compensation up to a set amount.",
        ),
        relations: (
            "向客户服务部经理汇报；与仓储物流、质检部门和品牌厂商的维修网点协作。",
            "Reports to the customer service manager; works with logistics, quality inspection and the manufacturers' repair centres.",
        ),
        qualifications: (
            "大专及以上学历，三年以上售后服务经验，熟悉产品知识和投诉处理技巧。",
            "College diploma or above; three years in after-sales service; knows the products and how to handle complaints.",
        ),
        ..POST
    },
    Post {
        code: "CS-04",
        reports_to: Some("CS-03"),
        title: ("售后服务专员", "After-sales Specialist"),
        planned: 3,
        duties: &[AfterSales],
        responsibilities: &[
            ("受理安装、维修和退换货申请，安排上门服务", "Take installation, repair and return requests and schedule home visits"),
            ("跟踪服务进度，在承诺时限内完成并回访客户", "Track each job and finish it within the promised time, then follow up with the customer"),
        ],
        ..POST
    },
    Post {
        code: "CS-05",
        reports_to: Some("CS-03"),
        title: ("客户投诉接待专员", "Complaint Reception Specialist"),
        planned: 2,
        duties: &[Complaints],
        responsibilities: &[
            ("接待来电、来访和网上投诉，如实记录并及时转交处理", "Receive complaints by phone, in person and online, record them accurately and pass them on promptly"),
            ("跟踪投诉处理结果，向客户反馈并记录满意度", "Follow each complaint to its resolution, report back to the customer and record their satisfaction"),
        ],
        qualifications: (
            "性格耐心，普通话标准，善于倾听并安抚客户情绪。",
            "Patient, clear-spoken, a good listener who can calm upset customers.",
        ),
        ..POST
    },
    Post {
        code: "CS-06",
        reports_to: Some("CS-01"),
        title: ("大客户关系管理主管", "Key Account Supervisor"),
        level: Level::Supervisor,
        duties: &[Relationships, CustomerInformation],
        responsibilities: &[
            ("制订大客户服务计划，维护与重点客户的长期合作关系", "Plan the service for key accounts and keep long-term relationships with them"),
            ("组织建立和更新客户档案，评估客户信用", "Organise how customer records are built and updated and assess customers' credit"),
            ("分析大客户的需求变化，提出专属服务方案", "Analyse how key accounts' needs change and propose dedicated service offers"),
        ],
        scope: (
            "管理大客户服务专员和客户信息管理专员；有权制订大客户服务方案，调阅全部客户档案。",
            "Manages the key-account and customer-information specialists; may set key-account service offers and consult every customer record.",
        ),
        relations: (
            "向客户服务部经理汇报；与销售部共享客户信息，与财务部核对客户信用。",
            "Reports to the customer service manager; shares customer information with sales and checks customers' credit with finance.",
        ),
        qualifications: (
            "本科及以上学历，三年以上大客户管理或销售经验，商务沟通能力强。",
            "Bachelor's degree or above; three years in key-account management or sales; strong business communication.",
        ),
        ..POST
    },
    Post {
        code: "CS-07",
        reports_to: Some("CS-06"),
        title: ("大客户服务专员", "Key Account Specialist"),
        planned: 2,
        duties: &[Relationships],
        responsibilities: &[
            ("定期拜访和回访大客户，了解需求并及时响应", "Visit and call key accounts regularly, learn their needs and respond quickly"),
            ("协调内部资源，落实大客户的专属服务条款", "Coordinate across the company to deliver key accounts' dedicated service terms"),
        ],
        ..POST
    },
    Post {
        code: "CS-08",
        reports_to: Some("CS-06"),
        title: ("客户信息管理专员", "Customer Information Specialist"),
        duties: &[CustomerInformation],
        responsibilities: &[
            ("建立和维护客户档案，保证信息准确、完整", "Build and maintain customer records and keep them accurate and complete"),
            ("收集客户信用资料，定期更新客户信用等级", "Collect customers' credit information and update their credit ratings regularly"),
            ("按规定保管客户信息，防止泄露", "Keep customer information safe as the rules require"),
        ],
        ..POST
    },
    Post {
        code: "CS-09",
        reports_to: Some("CS-01"),
        title: ("客户关系维护主管", "Relationship Supervisor"),
        level: Level::Supervisor,
        duties: &[Relationships, ServiceQuality, ServiceStandards],
        responsibilities: &[
            ("制订客户关系维护计划，组织客户回访和关怀活动", "Plan how customer relationships are cared for and organise follow-up calls and customer events"),
            ("按服务标准检查接待质量，组织满意度调查", "Check reception against the service standards and run satisfaction surveys"),
            ("汇总客户意见和提案，推动服务改进", "Collect customers' opinions and proposals and drive service improvements"),
        ],
        scope: (
            "管理客户接待专员和客户提案管理专员；有权安排接待排班，决定一般客户关怀活动。",
            "Manages the customer reception and proposal specialists; may set the reception rota and decide routine customer-care activities.",
        ),
        relations: (
            "向客户服务部经理汇报；与市场部合作开展客户活动，将客户提案转交相关部门。",
            "Reports to the customer service manager; runs customer events with marketing and passes customer proposals to the departments concerned.",
        ),
        ..POST
    },
    Post {
        code: "CS-10",
        reports_to: Some("CS-09"),
        title: ("客户接待专员", "Customer Reception Specialist"),
        planned: 2,
        duties: &[Relationships],
        responsibilities: &[
            ("接待来访客户，解答咨询，引导办理业务", "Welcome visiting customers, answer their questions and guide them through their business"),
            ("按服务标准做好接待记录，转交需要处理的事项", "Log each visit to the service standard and pass on anything that needs action"),
        ],
        ..POST
    },
    Post {
        code: "CS-11",
        reports_to: Some("CS-09"),
        title: ("客户提案管理专员", "Customer Proposal Specialist"),
        duties: &[ServiceQuality],
        responsibilities: &[
            ("收集、登记客户提出的意见和建议", "Collect and register customers' opinions and suggestions"),
            ("跟踪提案的处理进度，向客户反馈采纳结果", "Track how each proposal is handled and tell the customer what came of it"),
        ],
        ..POST
    },
];

// ---------------------------------------------------------------------------------------------
// Comprehensive (综合型): a small firm's department, staff covering several jobs each
// ---------------------------------------------------------------------------------------------

pub(super) const COMPREHENSIVE: &[Post] = &[
    Post {
        code: "CS-01",
        title: ("客户服务部经理", "Customer Service Manager"),
        level: Level::Manager,
        duties: &[ServiceRules, ServiceStandards, ServiceQuality, Commitments],
        responsibilities: &[
            ("制订客户服务工作制度和服务标准", "Draw up the service rules and the service standards"),
            ("检查服务质量，处理重大投诉和客户承诺问题", "Check service quality and handle serious complaints and broken commitments"),
            ("根据业务量安排人员，一人多岗时明确每人的主次工作", "Staff the department to the workload and, since each person covers several jobs, say which come first"),
        ],
        scope: (
            "直接管理经理助理和全部客户服务专员；部门规模小，经理兼做一线服务的协调。",
            "Directly manages the assistant and every customer service specialist; in a department this small the manager also coordinates front-line service.",
        ),
        relations: (
            "向总经理汇报；与销售、仓储等部门直接沟通。",
            "Reports to the general manager; deals directly with sales, warehousing and other departments.",
        ),
        qualifications: (
            "三年以上客户服务经验，熟悉各项服务业务，协调能力强。",
            "Three years in customer service, familiar with every service job, a strong coordinator.",
        ),
        ..POST
    },
    Post {
        code: "CS-02",
        reports_to: Some("CS-01"),
        title: ("经理助理", "Manager's Assistant"),
        duties: &[CustomerInformation, ServiceRules],
        responsibilities: &[
            ("协助经理起草制度、整理报告", "Help the manager draft rules and compile reports"),
            ("建立和维护客户档案，统计服务数据", "Build and maintain customer records and keep the service statistics"),
        ],
        ..POST
    },
    Post {
        code: "CS-03",
        reports_to: Some("CS-01"),
        title: ("客户服务专员（售后与投诉）", "Customer Service Specialist (After-sales & Complaints)"),
        planned: 2,
        duties: &[AfterSales, Complaints, Commitments],
        responsibilities: &[
            ("受理安装、维修、退换货申请并安排服务", "Take installation, repair and return requests and arrange the service"),
            ("接待和处理客户投诉，跟踪处理结果", "Receive and resolve complaints and follow them to the end"),
            ("按服务承诺的时限完成服务", "Finish each job within the promised time"),
        ],
        ..POST
    },
    Post {
        code: "CS-04",
        reports_to: Some("CS-01"),
        title: ("客户服务专员（关系与信息）", "Customer Service Specialist (Relationships & Information)"),
        planned: 2,
        duties: &[Relationships, CustomerInformation, ServiceQuality],
        responsibilities: &[
            ("回访客户，维护重点客户关系", "Follow up with customers and look after key accounts"),
            ("更新客户档案和信用信息", "Keep customer records and credit information up to date"),
            ("收集客户意见，开展满意度调查", "Gather customer opinions and run satisfaction surveys"),
        ],
        ..POST
    },
    Post {
        code: "CS-05",
        reports_to: Some("CS-01"),
        title: ("客户服务专员（接待与咨询）", "Customer Service Specialist (Reception & Enquiries)"),
        duties: &[Relationships, Complaints],
        responsibilities: &[
            ("接听服务热线，接待来访客户，解答咨询", "Answer the service hotline, welcome visitors and answer enquiries"),
            ("登记投诉和服务需求，转交同事处理", "Log complaints and service requests and pass them to colleagues"),
        ],
        ..POST
    },
];

// ---------------------------------------------------------------------------------------------
// Functional (职能型): a supervisor per function, each with specialists
// ---------------------------------------------------------------------------------------------

pub(super) const FUNCTIONAL: &[Post] = &[
    Post {
        code: "CS-01",
        title: ("客户服务部经理", "Customer Service Manager"),
        level: Level::Manager,
        duties: &[ServiceRules, ServiceStandards],
        responsibilities: &[
            ("制订部门工作制度、服务标准和年度目标", "Set the department's rules, service standards and yearly goals"),
            ("审批各职能组的工作计划并考核结果", "Approve each function's plans and review its results"),
        ],
        scope: (
            "领导副经理和经理助理，通过副经理管理各职能主管。",
            "Leads the deputy manager and the assistant, and the function supervisors through the deputy.",
        ),
        relations: (
            "向公司分管副总经理汇报；与其他部门负责人协调重大事项。",
            "Reports to the vice president in charge; settles major matters with other department heads.",
        ),
        qualifications: ("本科及以上学历，五年以上客户服务管理经验。", "Bachelor's degree or above; five years managing customer service."),
        ..POST
    },
    Post {
        code: "CS-02",
        reports_to: Some("CS-01"),
        title: ("经理助理", "Manager's Assistant"),
        duties: &[ServiceRules],
        responsibilities: &[
            (
                "协助经理处理日常事务，起草部门制度，整理会议纪要和报告",
                "Help the manager with daily business, draft department rules and write up minutes and reports",
            ),
            ("跟踪各职能组工作计划的完成情况", "Track how each function's plan is progressing"),
        ],
        ..POST
    },
    Post {
        code: "CS-03",
        reports_to: Some("CS-01"),
        title: ("客户服务部副经理", "Deputy Customer Service Manager"),
        level: Level::Deputy,
        duties: &[ServiceQuality, Commitments],
        responsibilities: &[
            ("协调各职能组的日常工作，解决跨组问题", "Coordinate the functions' daily work and settle issues between them"),
            ("监督服务质量和客户承诺的兑现", "Monitor service quality and whether commitments to customers are kept"),
        ],
        scope: ("管理各职能主管；经理不在时代行经理职责。", "Manages the function supervisors; stands in for the manager when absent."),
        relations: ("向客户服务部经理汇报。", "Reports to the customer service manager."),
        ..POST
    },
    Post {
        code: "CS-10",
        reports_to: Some("CS-03"),
        title: ("售后服务主管", "After-sales Supervisor"),
        level: Level::Supervisor,
        duties: &[AfterSales, Commitments],
        responsibilities: &[
            ("组织安装、维修和退换货服务", "Organise installation, repair, returns and exchanges"),
            ("保证售后服务按承诺时限完成", "Make sure after-sales work meets the promised times"),
        ],
        scope: ("管理售后服务专员和退换货专员。", "Manages the after-sales and returns specialists."),
        relations: ("与仓储物流部门和厂商维修网点协作。", "Works with logistics and the manufacturers' repair centres."),
        ..POST
    },
    Post {
        code: "CS-11",
        reports_to: Some("CS-10"),
        title: ("售后服务专员", "After-sales Specialist"),
        planned: 3,
        duties: &[AfterSales],
        responsibilities: &[
            ("受理维修和安装申请，安排上门服务", "Take repair and installation requests and schedule home visits"),
            ("服务完成后回访客户", "Follow up with the customer after each job"),
        ],
        ..POST
    },
    Post {
        code: "CS-12",
        reports_to: Some("CS-10"),
        title: ("退换货专员", "Returns Specialist"),
        duties: &[AfterSales],
        responsibilities: &[
            ("审核退换货申请，办理退换手续", "Check return and exchange requests and process them"),
            ("统计退换原因，反馈给质检部门", "Record why goods come back and report it to quality inspection"),
        ],
        ..POST
    },
    Post {
        code: "CS-20",
        reports_to: Some("CS-03"),
        title: ("客户投诉主管", "Complaints Supervisor"),
        level: Level::Supervisor,
        duties: &[Complaints],
        responsibilities: &[
            ("制订投诉处理流程和时限", "Set the complaint-handling procedure and deadlines"),
            ("处理升级投诉，分析投诉原因", "Handle escalated complaints and analyse their causes"),
        ],
        scope: ("管理投诉接待专员和投诉处理专员。", "Manages the complaint reception and resolution specialists."),
        relations: ("与被投诉部门沟通整改。", "Agrees corrections with the departments complained about."),
        ..POST
    },
    Post {
        code: "CS-21",
        reports_to: Some("CS-20"),
        title: ("投诉接待专员", "Complaint Reception Specialist"),
        planned: 2,
        duties: &[Complaints],
        responsibilities: &[
            ("接待各渠道的客户投诉并登记", "Receive and log complaints from every channel"),
            ("向客户说明处理进度", "Keep customers told how their complaint is going"),
        ],
        ..POST
    },
    Post {
        code: "CS-22",
        reports_to: Some("CS-20"),
        title: ("投诉处理专员", "Complaint Resolution Specialist"),
        duties: &[Complaints],
        responsibilities: &[
            ("调查投诉事实，提出处理方案", "Investigate each complaint and propose a resolution"),
            ("落实补偿和整改，回访确认客户满意", "Carry out compensation and corrections and confirm the customer is satisfied"),
        ],
        ..POST
    },
    Post {
        code: "CS-30",
        reports_to: Some("CS-03"),
        title: ("大客户主管", "Key Account Supervisor"),
        level: Level::Supervisor,
        duties: &[Relationships],
        responsibilities: &[
            ("制订大客户服务计划和专属服务条款", "Plan key-account service and dedicated service terms"),
            ("维护与重点客户的长期关系", "Keep long-term relationships with key accounts"),
        ],
        scope: ("管理大客户服务专员和客户关系专员。", "Manages the key-account and relationship specialists."),
        relations: ("与销售部共享大客户信息。", "Shares key-account information with sales."),
        ..POST
    },
    Post {
        code: "CS-31",
        reports_to: Some("CS-30"),
        title: ("大客户服务专员", "Key Account Specialist"),
        planned: 2,
        duties: &[Relationships],
        responsibilities: &[
            ("定期拜访大客户，响应服务需求", "Visit key accounts regularly and respond to their service needs"),
            ("落实大客户的专属服务条款", "Deliver key accounts' dedicated service terms"),
        ],
        ..POST
    },
    Post {
        code: "CS-32",
        reports_to: Some("CS-30"),
        title: ("客户关系专员", "Relationship Specialist"),
        duties: &[Relationships, ServiceQuality],
        responsibilities: &[
            ("组织客户回访和关怀活动", "Run follow-up calls and customer-care events"),
            ("开展满意度调查，汇总改进建议", "Run satisfaction surveys and collect suggestions for improvement"),
        ],
        ..POST
    },
    Post {
        code: "CS-40",
        reports_to: Some("CS-03"),
        title: ("客户信息主管", "Customer Information Supervisor"),
        level: Level::Supervisor,
        duties: &[CustomerInformation],
        responsibilities: &[
            ("制订客户信息的收集、使用和保密规定", "Set the rules for collecting, using and protecting customer information"),
            ("组织客户信用评估", "Organise customer credit assessment"),
        ],
        scope: ("管理客户档案专员和客户信用专员。", "Manages the customer records and credit specialists."),
        relations: (
            "与财务部核对客户信用，向各组提供客户信息。",
            "Checks credit with finance and supplies customer information to the other functions.",
        ),
        ..POST
    },
    Post {
        code: "CS-41",
        reports_to: Some("CS-40"),
        title: ("客户档案专员", "Customer Records Specialist"),
        duties: &[CustomerInformation],
        responsibilities: &[
            ("建立和更新客户档案", "Build and update customer records"),
            ("保证档案信息准确、完整", "Keep the records accurate and complete"),
        ],
        ..POST
    },
    Post {
        code: "CS-42",
        reports_to: Some("CS-40"),
        title: ("客户信用专员", "Customer Credit Specialist"),
        duties: &[CustomerInformation],
        responsibilities: &[
            ("收集客户信用资料，评定信用等级", "Collect credit information and rate customers' credit"),
            ("提示信用风险", "Flag credit risks"),
        ],
        ..POST
    },
];

// ---------------------------------------------------------------------------------------------
// Flow-line (流线型): teams along the service flow
// ---------------------------------------------------------------------------------------------

pub(super) const FLOW_LINE: &[Post] = &[
    Post {
        code: "CS-01",
        title: ("客户服务部经理", "Customer Service Manager"),
        level: Level::Manager,
        duties: &[ServiceRules, ServiceStandards, ServiceQuality],
        responsibilities: &[
            ("设计服务流程，制订各环节的服务标准和交接规则", "Design the service flow and set each stage's standards and hand-over rules"),
            (
                "协调接待、处理、回访三个小组，消除流程中的堵点",
                "Coordinate the reception, handling and follow-up teams and clear bottlenecks in the flow",
            ),
            ("监督全流程的服务质量", "Monitor service quality along the whole flow"),
        ],
        scope: ("领导三个小组的组长，统一调配各组人员。", "Leads the three team leads and moves staff between teams as needed."),
        relations: (
            "向总经理汇报；与销售、物流部门衔接流程的起点和终点。",
            "Reports to the general manager; links the flow's start and end with sales and logistics.",
        ),
        ..POST
    },
    Post {
        code: "CS-10",
        reports_to: Some("CS-01"),
        title: ("接待组组长", "Reception Team Lead"),
        level: Level::TeamLead,
        duties: &[Relationships, Complaints],
        responsibilities: &[
            ("安排热线和前台排班，保证接通率", "Set the hotline and front-desk rota and keep answer rates up"),
            ("把登记完整的服务需求按时交给处理组", "Hand complete service requests to the handling team on time"),
        ],
        scope: ("管理接待专员和热线客服专员。", "Manages the reception and hotline agents."),
        ..POST
    },
    Post {
        code: "CS-11",
        reports_to: Some("CS-10"),
        title: ("接待专员", "Reception Agent"),
        planned: 2,
        duties: &[Relationships],
        responsibilities: &[("接待来访客户，登记服务需求", "Welcome visitors and log their service requests"), ("解答咨询", "Answer enquiries")],
        ..POST
    },
    Post {
        code: "CS-12",
        reports_to: Some("CS-10"),
        title: ("热线客服专员", "Hotline Agent"),
        planned: 3,
        duties: &[Complaints],
        responsibilities: &[
            ("接听服务热线和网上咨询", "Answer the hotline and online enquiries"),
            ("登记投诉并转交处理组", "Log complaints and pass them to the handling team"),
        ],
        ..POST
    },
    Post {
        code: "CS-20",
        reports_to: Some("CS-01"),
        title: ("处理组组长", "Handling Team Lead"),
        level: Level::TeamLead,
        duties: &[AfterSales, Complaints, Commitments],
        responsibilities: &[
            ("分派维修、退换货和投诉处理任务", "Assign repair, return and complaint cases"),
            ("保证每项任务在承诺时限内办结", "See that every case is closed within the promised time"),
        ],
        scope: ("管理售后处理专员和投诉处理专员。", "Manages the after-sales and complaint handlers."),
        ..POST
    },
    Post {
        code: "CS-21",
        reports_to: Some("CS-20"),
        title: ("售后处理专员", "After-sales Handler"),
        planned: 3,
        duties: &[AfterSales],
        responsibilities: &[
            ("安排安装、维修和退换货", "Arrange installation, repair, returns and exchanges"),
            ("办结后把结果交给回访组", "Pass the outcome to the follow-up team when done"),
        ],
        ..POST
    },
    Post {
        code: "CS-22",
        reports_to: Some("CS-20"),
        title: ("投诉处理专员", "Complaint Handler"),
        duties: &[Complaints],
        responsibilities: &[
            ("调查投诉，提出并落实处理方案", "Investigate complaints and carry out the resolution"),
            ("办结后把处理结果和客户意见交给回访组", "Pass the resolution and the customer's comments to the follow-up team"),
        ],
        ..POST
    },
    Post {
        code: "CS-30",
        reports_to: Some("CS-01"),
        title: ("回访组组长", "Follow-up Team Lead"),
        level: Level::TeamLead,
        duties: &[ServiceQuality, CustomerInformation],
        responsibilities: &[
            ("安排服务后的回访，统计满意度", "Schedule follow-up calls after service and report satisfaction"),
            ("把客户反馈送回流程前端，推动改进", "Feed customer feedback back to the start of the flow to drive improvement"),
        ],
        scope: ("管理回访专员和客户信息专员。", "Manages the follow-up and customer information specialists."),
        ..POST
    },
    Post {
        code: "CS-31",
        reports_to: Some("CS-30"),
        title: ("回访专员", "Follow-up Specialist"),
        planned: 2,
        duties: &[ServiceQuality, Relationships],
        responsibilities: &[
            ("电话或上门回访客户，记录意见", "Call or visit customers after service and record their views"),
            ("开展满意度调查", "Run satisfaction surveys"),
        ],
        ..POST
    },
    Post {
        code: "CS-32",
        reports_to: Some("CS-30"),
        title: ("客户信息专员", "Customer Information Specialist"),
        duties: &[CustomerInformation],
        responsibilities: &[
            ("把每次服务的记录归入客户档案", "File each service record in the customer's record"),
            ("维护客户信用信息", "Maintain customer credit information"),
        ],
        ..POST
    },
];

// ---------------------------------------------------------------------------------------------
// Spoke (辐条型): specialised posts radiating from the manager
// ---------------------------------------------------------------------------------------------

pub(super) const SPOKE: &[Post] = &[
    Post {
        code: "CS-01",
        title: ("客户服务部经理", "Customer Service Manager"),
        level: Level::Manager,
        duties: &[ServiceQuality],
        responsibilities: &[
            ("给每个专业岗位分派工作并直接督导", "Assign work to each specialised post and supervise it directly"),
            ("协调各岗位与其他部门的合作", "Coordinate each post's work with other departments"),
            ("检查全部门的服务质量", "Check the whole department's service quality"),
        ],
        scope: (
            "直接管理七个专业岗位，没有中间层级；经理的管理负担较重。",
            "Directly manages seven specialised posts with no layer in between, so the manager's load is heavy.",
        ),
        relations: ("向总经理汇报。", "Reports to the general manager."),
        ..POST
    },
    Post {
        code: "CS-02",
        reports_to: Some("CS-01"),
        title: ("服务制度与标准专员", "Service Rules & Standards Specialist"),
        duties: &[ServiceRules, ServiceStandards],
        responsibilities: &[
            ("起草客户服务工作制度", "Draft the service rules"),
            ("制订和修订客户服务标准", "Write and revise the service standards"),
        ],
        ..POST
    },
    Post {
        code: "CS-03",
        reports_to: Some("CS-01"),
        title: ("客户信息管理专员", "Customer Information Specialist"),
        duties: &[CustomerInformation],
        responsibilities: &[("建立和维护客户档案", "Build and maintain customer records"), ("评估客户信用", "Assess customer credit")],
        ..POST
    },
    Post {
        code: "CS-04",
        reports_to: Some("CS-01"),
        title: ("服务质量管理专员", "Service Quality Specialist"),
        duties: &[ServiceQuality],
        responsibilities: &[
            ("检查各岗位的服务是否达到标准", "Check each post's service against the standards"),
            ("开展满意度调查，提出改进建议", "Run satisfaction surveys and suggest improvements"),
        ],
        ..POST
    },
    Post {
        code: "CS-05",
        reports_to: Some("CS-01"),
        title: ("客户关系管理专员", "Relationship Specialist"),
        planned: 2,
        duties: &[Relationships],
        responsibilities: &[
            ("维护重点客户关系，组织回访", "Look after key accounts and organise follow-up calls"),
            ("组织客户关怀活动", "Run customer-care events"),
        ],
        ..POST
    },
    Post {
        code: "CS-06",
        reports_to: Some("CS-01"),
        title: ("客户投诉管理专员", "Complaints Specialist"),
        planned: 2,
        duties: &[Complaints],
        responsibilities: &[
            ("受理和处理客户投诉", "Receive and resolve complaints"),
            ("分析投诉原因，提出预防措施", "Analyse why complaints arise and propose how to prevent them"),
        ],
        ..POST
    },
    Post {
        code: "CS-07",
        reports_to: Some("CS-01"),
        title: ("售后服务管理专员", "After-sales Specialist"),
        planned: 3,
        duties: &[AfterSales],
        responsibilities: &[
            ("安排安装、维修和退换货服务", "Arrange installation, repair, returns and exchanges"),
            ("与厂商维修网点协作", "Work with the manufacturers' repair centres"),
        ],
        ..POST
    },
    Post {
        code: "CS-08",
        reports_to: Some("CS-01"),
        title: ("客户承诺管理专员", "Commitments Specialist"),
        duties: &[Commitments],
        responsibilities: &[
            ("整理公司对客户的全部服务承诺", "Keep the list of every service commitment the company makes to customers"),
            ("跟踪承诺兑现，处理未兑现的问题", "Track whether commitments are kept and resolve those that are not"),
        ],
        ..POST
    },
];
