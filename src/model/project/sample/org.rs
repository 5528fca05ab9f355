//! The sample org chart: the course's customer-service department (the `SampleDepartment`
//! template) with people in most posts, some posts short of their planned headcount, one post
//! left vacant so the design checks have something to point at, and one dotted line (the
//! customer-information specialist also reports to the after-sales supervisor, whose
//! complaints and returns feed the customer records). Built through `apply`, so it obeys every
//! rule a user's chart does; offered in Chinese or English.

use super::run;
use crate::model::core::ItemId;
use crate::model::org::templates::{template_draft, Template};
use crate::model::org::OrgCommand;
use crate::model::project::{command::Command, Project};

/// (position code, holder zh, holder en, filled). The customer proposal specialist (CS-11) is
/// not listed: it stays vacant.
const HOLDERS: [(&str, &str, &str, u32); 10] = [
    ("CS-01", "王敏", "Wang Min", 1),
    ("CS-02", "李娜", "Li Na", 1),
    ("CS-03", "张伟", "Zhang Wei", 1),
    // Two of the three planned after-sales specialists.
    ("CS-04", "刘洋、陈静", "Liu Yang, Chen Jing", 2),
    // One of two planned.
    ("CS-05", "赵磊", "Zhao Lei", 1),
    ("CS-06", "孙丽", "Sun Li", 1),
    ("CS-07", "周杰、吴芳", "Zhou Jie, Wu Fang", 2),
    ("CS-08", "郑浩", "Zheng Hao", 1),
    ("CS-09", "黄蕾", "Huang Lei", 1),
    ("CS-10", "林峰、许婷", "Lin Feng, Xu Ting", 2),
];

/// The dotted line: (from code, to code).
const DOTTED: (&str, &str) = ("CS-08", "CS-03");

/// Adds the sample department to `project` beside any chart it already has.
pub fn with_sample_org(mut project: Project, chinese: bool) -> Project {
    let draft = template_draft(Template::SampleDepartment, chinese);
    let insert = OrgCommand::Insert { draft, replace: false };
    // Only the posts just inserted: a chart already there may use the same codes.
    let inserted = run(&mut project, Command::Org(insert));
    let id_of = |project: &Project, code: &str| -> Option<ItemId> {
        project.org.positions.iter().find(|p| inserted.contains(&p.id) && p.details.code == code).map(|p| p.id)
    };
    let run = |project: &mut Project, command: OrgCommand| run(project, Command::Org(command));
    for (code, zh, en, filled) in HOLDERS {
        let Some(id) = id_of(&project, code) else { continue };
        let Some(position) = project.org.position(id) else { continue };
        let mut details = position.details.clone();
        details.holder = if chinese { zh } else { en }.to_owned();
        details.filled = filled;
        run(&mut project, OrgCommand::EditDetails { id, details });
    }
    if let (Some(from), Some(to)) = (id_of(&project, DOTTED.0), id_of(&project, DOTTED.1)) {
        run(&mut project, OrgCommand::AddDotted { from, to });
    }
    project
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Project {
        crate::model::project::test_project("Plan")
    }

    #[test]
    fn the_sample_chart_has_holders_one_vacancy_and_a_dotted_line() {
        for chinese in [true, false] {
            let mut p = with_sample_org(empty(), chinese);
            let org = &p.org;
            assert_eq!(org.positions.len(), 11);
            let vacant: Vec<&str> = org.positions.iter().filter(|p| p.is_vacant()).map(|p| p.details.code.as_str()).collect();
            assert_eq!(vacant, ["CS-11"]);
            assert_eq!(org.dotted.len(), 1);
            assert!(org.positions.iter().any(|p| p.details.holder == if chinese { "王敏" } else { "Wang Min" }));
            assert_eq!(p.repair(), 0);
        }
    }

    #[test]
    fn the_sample_goes_beside_an_existing_chart() {
        let once = with_sample_org(empty(), false);
        let twice = with_sample_org(once.clone(), false);
        assert_eq!(twice.org.positions.len(), 22);
        assert_eq!(twice.org.dotted.len(), 2);
        // The first copy is untouched by the second's edits.
        assert_eq!(twice.org.positions[..11], once.org.positions[..]);
    }
}
