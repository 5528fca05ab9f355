//! Starting charts for the org canvas (DOMAIN.md §4): the course's four structure types
//! (comprehensive, functional, flow-line, spoke) and its sample customer-service department.
//! Each template is fixed bilingual data turned into a [`ChartDraft`], which
//! `OrgCommand::Insert` adds to a project (so a template obeys every rule a user's chart does).
//! Positions carry the job-description elements the course lists: title, department (on the
//! top position only; the others inherit it), level, code, planned headcount, responsibilities
//! worded after the department's eight duties, the matching [`Duty`] values, and — for the
//! manager and the supervisors — management scope, working relations and qualifications.
//! Every draft has one top position and titles unique within it; in the sample department all
//! eight duties are assigned.

mod posts;

use super::{ChartDraft, Duty, JobDescription, PositionDetails};
use posts::{COMPREHENSIVE, FLOW_LINE, FUNCTIONAL, SAMPLE, SPOKE};

/// The course's four organisation structure types (组织结构四型).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StructureType {
    /// 综合型: few staff, each covering several jobs (small or growing firms).
    Comprehensive,
    /// 职能型: one unit with a supervisor per function (medium and large firms).
    Functional,
    /// 流线型: teams along the service flow.
    FlowLine,
    /// 辐条型: specialised posts radiating from the manager.
    Spoke,
}

impl StructureType {
    pub const ALL: [StructureType; 4] = [StructureType::Comprehensive, StructureType::Functional, StructureType::FlowLine, StructureType::Spoke];
}

/// A chart the user can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Template {
    /// A generic department of one structure type.
    Structure(StructureType),
    /// The course's sample customer-service department (a functional structure).
    SampleDepartment,
}

impl Template {
    pub const ALL: [Template; 5] = [
        Template::Structure(StructureType::Comprehensive),
        Template::Structure(StructureType::Functional),
        Template::Structure(StructureType::FlowLine),
        Template::Structure(StructureType::Spoke),
        Template::SampleDepartment,
    ];

    /// The structure type the template shows (the sample department is organised by function).
    pub fn structure(self) -> StructureType {
        match self {
            Template::Structure(structure) => structure,
            Template::SampleDepartment => StructureType::Functional,
        }
    }
}

/// One text in Chinese and English.
type Bilingual = (&'static str, &'static str);

const NONE: Bilingual = ("", "");
const DEPARTMENT: Bilingual = ("客户服务部", "Customer Service Department");

/// The levels (级别) the templates use.
#[derive(Clone, Copy)]
enum Level {
    Manager,
    Deputy,
    Supervisor,
    TeamLead,
    Specialist,
}

impl Level {
    fn text(self) -> Bilingual {
        match self {
            Level::Manager => ("经理级", "Manager"),
            Level::Deputy => ("副经理级", "Deputy Manager"),
            Level::Supervisor => ("主管级", "Supervisor"),
            Level::TeamLead => ("组长级", "Team Lead"),
            Level::Specialist => ("专员级", "Specialist"),
        }
    }
}

/// One position of a template. It names its superior by code (`reports_to`), which reads
/// better in the tables below than an index; codes are unique within a template and a
/// superior is always listed before its subordinates.
struct Post {
    code: &'static str,
    reports_to: Option<&'static str>,
    title: Bilingual,
    level: Level,
    planned: u32,
    duties: &'static [Duty],
    responsibilities: &'static [Bilingual],
    scope: Bilingual,
    relations: Bilingual,
    qualifications: Bilingual,
}

/// Defaults for the fields most posts leave empty (`Post { .., ..POST }`).
const POST: Post = Post {
    code: "",
    reports_to: None,
    title: NONE,
    level: Level::Specialist,
    planned: 1,
    duties: &[],
    responsibilities: &[],
    scope: NONE,
    relations: NONE,
    qualifications: NONE,
};

fn posts(template: Template) -> &'static [Post] {
    match template {
        Template::Structure(StructureType::Comprehensive) => COMPREHENSIVE,
        Template::Structure(StructureType::Functional) => FUNCTIONAL,
        Template::Structure(StructureType::FlowLine) => FLOW_LINE,
        Template::Structure(StructureType::Spoke) => SPOKE,
        Template::SampleDepartment => SAMPLE,
    }
}

/// The template's positions in Chinese or English, with job descriptions where the course gives them.
pub fn template_draft(template: Template, chinese: bool) -> ChartDraft {
    let pick = |(zh, en): Bilingual| if chinese { zh.to_owned() } else { en.to_owned() };
    let mut draft = ChartDraft::default();
    let mut codes: Vec<&str> = Vec::new();
    for post in posts(template) {
        // A superior is always listed earlier; an unknown code would make a top position.
        let parent = post.reports_to.and_then(|code| codes.iter().position(|c| *c == code));
        let details = PositionDetails {
            planned: post.planned,
            level: pick(post.level.text()),
            code: post.code.to_owned(),
            department: if parent.is_none() { pick(DEPARTMENT) } else { String::new() },
            ..PositionDetails::titled(pick(post.title))
        };
        let at = draft.push(parent, details);
        if let Some(entry) = draft.positions.get_mut(at) {
            entry.duties = post.duties.to_vec();
            entry.job = JobDescription {
                scope: pick(post.scope),
                relations: pick(post.relations),
                responsibilities: post.responsibilities.iter().map(|line| pick(*line)).collect(),
                qualifications: pick(post.qualifications),
                other: String::new(),
            };
        }
        codes.push(post.code);
    }
    draft
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_template_is_one_tree_with_unique_codes_and_titles() {
        for template in Template::ALL {
            for chinese in [true, false] {
                let draft = template_draft(template, chinese);
                assert!(draft.is_well_formed() && draft.positions.len() >= 5, "{template:?}");
                assert_eq!(draft.positions.iter().filter(|p| p.parent.is_none()).count(), 1, "{template:?}");
                let titles: HashSet<&str> = draft.positions.iter().map(|p| p.details.title.as_str()).collect();
                assert_eq!(titles.len(), draft.positions.len(), "{template:?} repeats a title");
                let codes: HashSet<&str> = draft.positions.iter().map(|p| p.details.code.as_str()).collect();
                assert_eq!(codes.len(), draft.positions.len(), "{template:?} repeats a code");
                for p in &draft.positions {
                    assert!((2..=4).contains(&p.job.responsibilities.len()), "{template:?} {}", p.details.title);
                    assert!(!p.details.level.is_empty() && !p.duties.is_empty(), "{template:?} {}", p.details.title);
                    assert_eq!(p.details.department.is_empty(), p.parent.is_some());
                }
            }
        }
    }

    #[test]
    fn every_post_reports_to_a_listed_superior() {
        for template in Template::ALL {
            let posts = posts(template);
            for (i, post) in posts.iter().enumerate() {
                if let Some(code) = post.reports_to {
                    assert!(posts[..i].iter().any(|p| p.code == code), "{template:?}: {} reports to unknown {code}", post.code);
                }
            }
        }
    }

    #[test]
    fn the_sample_department_is_the_course_chart_and_covers_all_eight_duties() {
        let draft = template_draft(Template::SampleDepartment, true);
        let titles: Vec<&str> = draft.positions.iter().map(|p| p.details.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "客户服务部经理",
                "经理助理",
                "售后服务管理主管",
                "售后服务专员",
                "客户投诉接待专员",
                "大客户关系管理主管",
                "大客户服务专员",
                "客户信息管理专员",
                "客户关系维护主管",
                "客户接待专员",
                "客户提案管理专员",
            ]
        );
        let parent = |i: usize| draft.positions[i].parent;
        assert_eq!([parent(1), parent(2), parent(5), parent(8)], [Some(0); 4]);
        assert_eq!([parent(3), parent(4)], [Some(2); 2]);
        assert_eq!([parent(6), parent(7)], [Some(5); 2]);
        assert_eq!([parent(9), parent(10)], [Some(8); 2]);
        let duties: HashSet<Duty> = draft.positions.iter().flat_map(|p| p.duties.iter().copied()).collect();
        assert_eq!(duties.len(), Duty::ALL.len());
        let en = template_draft(Template::SampleDepartment, false);
        assert_eq!(en.positions[0].details.title, "Customer Service Manager");
        assert_eq!(en.positions[10].details.title, "Customer Proposal Specialist");
    }
}
