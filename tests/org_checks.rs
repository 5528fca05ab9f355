#![cfg(not(target_arch = "wasm32"))]
//! The org chart's design checks (span of control at its boundaries, vacancies and headcount
//! gaps, responsibilities missing or shared, unassigned duties), the headcount totals and the
//! job-description completeness, on charts built through `model::apply`; plus a 10,000-deep
//! chain in a small-stack thread and a damaged canvas, which must give answers, not panics.

use planning_workbench::model::ids::ItemId;
use planning_workbench::model::org::checks::{
    branch_totals, chart_completeness, completeness, findings, totals, Completeness, Finding, FindingKind, Totals,
};
use planning_workbench::model::org::{Duty, JobDescription, OrgCanvas, OrgCommand, Position, PositionDetails, SpanRange, Tree};
use planning_workbench::model::{apply, Command, Outcome, Project, ProjectId, Timestamp};

fn new_project() -> Project {
    Project::new(ProjectId::parse("p1").unwrap(), "P".into(), Timestamp(0))
}

fn run(project: &mut Project, command: OrgCommand) {
    match apply(project, &Command::Org(command.clone())) {
        Ok(Outcome::Changed(next)) => *project = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

/// Adds a vacant position titled `title` as the last child of `parent` and returns its id.
fn add(project: &mut Project, parent: Option<ItemId>, title: &str) -> ItemId {
    let id = ItemId(project.next_item_id.max(1));
    run(project, OrgCommand::AddPosition { parent, index: None, title: title.into() });
    id
}

fn details(project: &Project, id: ItemId) -> PositionDetails {
    project.org.position(id).unwrap().details.clone()
}

fn edit(project: &mut Project, id: ItemId, change: impl FnOnce(&mut PositionDetails)) {
    let mut details = details(project, id);
    change(&mut details);
    run(project, OrgCommand::EditDetails { id, details });
}

fn staff(project: &mut Project, id: ItemId, holder: &str, filled: u32, planned: u32) {
    edit(project, id, |d| {
        d.holder = holder.into();
        d.filled = filled;
        d.planned = planned;
    });
}

fn set_job(project: &mut Project, id: ItemId, job: JobDescription) {
    run(project, OrgCommand::EditJob { id, job });
}

fn responsibilities(lines: &[&str]) -> JobDescription {
    JobDescription { responsibilities: lines.iter().map(|l| l.to_string()).collect(), ..JobDescription::default() }
}

/// The findings of one kind.
fn of_kind(canvas: &OrgCanvas, kind: FindingKind) -> Vec<Finding> {
    findings(canvas).into_iter().filter(|f| f.kind() == kind).collect()
}

/// A top position with `reports` direct reports; returns the top's id.
fn manager_with(project: &mut Project, reports: usize) -> ItemId {
    let top = add(project, None, &format!("Manager of {reports}"));
    for n in 0..reports {
        add(project, Some(top), &format!("Report {n}"));
    }
    top
}

#[test]
fn span_of_control_is_checked_at_the_default_boundaries() {
    let mut p = new_project();
    let one = manager_with(&mut p, 1);
    let two = manager_with(&mut p, 2);
    let eight = manager_with(&mut p, 8);
    let nine = manager_with(&mut p, 9);
    assert_eq!(
        of_kind(&p.org, FindingKind::Span),
        vec![Finding::SpanTooNarrow { id: one, reports: 1, min: 2 }, Finding::SpanTooWide { id: nine, reports: 9, max: 8 },]
    );
    let flagged: Vec<ItemId> = of_kind(&p.org, FindingKind::Span).iter().filter_map(Finding::position).collect();
    assert!(!flagged.contains(&two) && !flagged.contains(&eight));
}

#[test]
fn a_configured_span_range_is_respected() {
    let mut p = new_project();
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 3, max: 4 } });
    let two = manager_with(&mut p, 2);
    manager_with(&mut p, 3);
    manager_with(&mut p, 4);
    let five = manager_with(&mut p, 5);
    assert_eq!(
        of_kind(&p.org, FindingKind::Span),
        vec![Finding::SpanTooNarrow { id: two, reports: 2, min: 3 }, Finding::SpanTooWide { id: five, reports: 5, max: 4 },]
    );
}

#[test]
fn a_leaf_is_never_a_span_finding() {
    let mut p = new_project();
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 5, max: 5 } });
    let top = add(&mut p, None, "Alone");
    assert!(of_kind(&p.org, FindingKind::Span).is_empty());
    // Its one report is a leaf; only the manager is too narrow.
    add(&mut p, Some(top), "Report");
    assert_eq!(of_kind(&p.org, FindingKind::Span), vec![Finding::SpanTooNarrow { id: top, reports: 1, min: 5 }]);
}

#[test]
fn a_vacancy_is_not_also_a_headcount_gap() {
    let mut p = new_project();
    let vacant = add(&mut p, None, "Vacant");
    let named_unfilled = add(&mut p, None, "Named, none counted");
    let partly = add(&mut p, None, "Two of three");
    let full = add(&mut p, None, "Full");
    let over = add(&mut p, None, "Over");
    let zero_planned = add(&mut p, None, "None planned");
    staff(&mut p, named_unfilled, "Ann", 0, 1);
    staff(&mut p, partly, "", 2, 3);
    staff(&mut p, full, "Bo", 1, 1);
    staff(&mut p, over, "Cy", 3, 2);
    staff(&mut p, zero_planned, "", 0, 0);
    assert!(p.org.position(vacant).unwrap().is_vacant());
    assert_eq!(of_kind(&p.org, FindingKind::Vacancy), vec![Finding::Vacant { id: vacant }, Finding::Vacant { id: zero_planned }]);
    assert_eq!(
        of_kind(&p.org, FindingKind::Headcount),
        vec![
            Finding::HeadcountGap { id: named_unfilled, planned: 1, filled: 0 },
            Finding::HeadcountGap { id: partly, planned: 3, filled: 2 },
            Finding::HeadcountGap { id: over, planned: 2, filled: 3 },
        ]
    );
}

#[test]
fn a_position_without_responsibilities_is_found_until_one_is_written() {
    let mut p = new_project();
    let id = add(&mut p, None, "Clerk");
    assert_eq!(of_kind(&p.org, FindingKind::Responsibilities), vec![Finding::NoResponsibilities { id }]);
    // Other job elements do not count as responsibilities.
    set_job(&mut p, id, JobDescription { scope: "Front desk".into(), ..JobDescription::default() });
    assert_eq!(of_kind(&p.org, FindingKind::Responsibilities).len(), 1);
    set_job(&mut p, id, responsibilities(&["File reports"]));
    assert!(of_kind(&p.org, FindingKind::Responsibilities).is_empty());
}

#[test]
fn a_responsibility_on_two_positions_is_shared_after_normalising() {
    let mut p = new_project();
    let top = add(&mut p, None, "Head");
    let a = add(&mut p, Some(top), "A");
    let b = add(&mut p, Some(top), "B");
    let c = add(&mut p, Some(top), "C");
    set_job(&mut p, a, responsibilities(&["  Handle   complaints", "Keep records", "keep records"]));
    set_job(&mut p, b, responsibilities(&["handle complaints"]));
    set_job(&mut p, c, responsibilities(&["Handle\tcomplaints ", "Train staff"]));
    // "Keep records" twice on A alone is not shared; the first spelling seen is reported.
    assert_eq!(
        of_kind(&p.org, FindingKind::SharedResponsibility),
        vec![Finding::SharedResponsibility { text: "Handle   complaints".into(), ids: vec![a, b, c] }]
    );
    assert_eq!(of_kind(&p.org, FindingKind::SharedResponsibility)[0].position(), Some(a));
}

#[test]
fn shared_responsibility_ids_follow_chart_order_not_storage_order() {
    let mut p = new_project();
    let first_top = add(&mut p, None, "First");
    let second_top = add(&mut p, None, "Second");
    let under_first = add(&mut p, Some(first_top), "Under first");
    set_job(&mut p, second_top, responsibilities(&["Budget"]));
    set_job(&mut p, under_first, responsibilities(&["budget"]));
    // Chart order: First, Under first, Second.
    assert_eq!(
        of_kind(&p.org, FindingKind::SharedResponsibility),
        vec![Finding::SharedResponsibility { text: "budget".into(), ids: vec![under_first, second_top] }]
    );
}

#[test]
fn duties_are_unassigned_until_some_position_carries_them() {
    let mut p = new_project();
    assert!(findings(&p.org).is_empty(), "an empty chart has no findings");
    let a = add(&mut p, None, "A");
    let unassigned = |p: &Project| {
        of_kind(&p.org, FindingKind::Duty).into_iter().map(|f| match f {
            Finding::DutyUnassigned { duty } => duty,
            other => panic!("{other:?}"),
        })
    };
    assert_eq!(unassigned(&p).collect::<Vec<_>>(), Duty::ALL.to_vec());
    let b = add(&mut p, None, "B");
    run(&mut p, OrgCommand::SetDuties { id: a, duties: vec![Duty::Complaints, Duty::ServiceRules] });
    run(&mut p, OrgCommand::SetDuties { id: b, duties: vec![Duty::Commitments] });
    assert_eq!(
        unassigned(&p).collect::<Vec<_>>(),
        vec![Duty::ServiceStandards, Duty::CustomerInformation, Duty::ServiceQuality, Duty::Relationships, Duty::AfterSales]
    );
    run(&mut p, OrgCommand::SetDuties { id: b, duties: Duty::ALL.to_vec() });
    assert_eq!(unassigned(&p).count(), 0);
    assert_eq!(Finding::DutyUnassigned { duty: Duty::Complaints }.position(), None);
}

#[test]
fn findings_are_per_position_in_chart_order_then_shared_then_duties() {
    let mut p = new_project();
    let top = add(&mut p, None, "Top");
    let child = add(&mut p, Some(top), "Child");
    let second = add(&mut p, None, "Second top");
    set_job(&mut p, child, responsibilities(&["Same"]));
    set_job(&mut p, second, responsibilities(&["same"]));
    staff(&mut p, second, "Di", 1, 2);
    let all = findings(&p.org);
    assert_eq!(
        all[..6],
        [
            Finding::SpanTooNarrow { id: top, reports: 1, min: 2 },
            Finding::Vacant { id: top },
            Finding::NoResponsibilities { id: top },
            Finding::Vacant { id: child },
            Finding::HeadcountGap { id: second, planned: 2, filled: 1 },
            Finding::SharedResponsibility { text: "Same".into(), ids: vec![child, second] },
        ]
    );
    let kinds: Vec<FindingKind> = all[6..].iter().map(Finding::kind).collect();
    assert_eq!(kinds, vec![FindingKind::Duty; 8]);
}

#[test]
fn every_finding_names_its_position_and_kind() {
    let id = ItemId(7);
    let cases = [
        (Finding::SpanTooWide { id, reports: 9, max: 8 }, FindingKind::Span),
        (Finding::SpanTooNarrow { id, reports: 1, min: 2 }, FindingKind::Span),
        (Finding::Vacant { id }, FindingKind::Vacancy),
        (Finding::HeadcountGap { id, planned: 2, filled: 1 }, FindingKind::Headcount),
        (Finding::NoResponsibilities { id }, FindingKind::Responsibilities),
        (Finding::SharedResponsibility { text: "x".into(), ids: vec![id, ItemId(8)] }, FindingKind::SharedResponsibility),
    ];
    for (finding, kind) in cases {
        assert_eq!(finding.position(), Some(id), "{finding:?}");
        assert_eq!(finding.kind(), kind, "{finding:?}");
    }
    assert_eq!(Finding::DutyUnassigned { duty: Duty::AfterSales }.kind(), FindingKind::Duty);
}

#[test]
fn totals_and_branch_totals_add_up_headcounts() {
    let mut p = new_project();
    let ceo = add(&mut p, None, "CEO");
    let a = add(&mut p, Some(ceo), "A");
    add(&mut p, Some(a), "A1"); // vacant: 0 of 1
    let b = add(&mut p, Some(ceo), "B");
    let lone = add(&mut p, None, "Lone top");
    staff(&mut p, ceo, "Eve", 1, 1);
    staff(&mut p, a, "", 2, 3);
    staff(&mut p, b, "Fay", 3, 1); // over-filled: no negative vacancy
    staff(&mut p, lone, "", 0, 2);
    assert_eq!(totals(&p.org), Totals { positions: 5, planned: 8, filled: 6, vacancies: 4 });
    assert_eq!(
        branch_totals(&p.org),
        vec![
            (a, Totals { positions: 2, planned: 4, filled: 2, vacancies: 2 }),
            (b, Totals { positions: 1, planned: 1, filled: 3, vacancies: 0 }),
            (lone, Totals { positions: 1, planned: 2, filled: 0, vacancies: 2 }),
        ]
    );
    assert_eq!(totals(&OrgCanvas::default()), Totals::default());
    assert!(branch_totals(&OrgCanvas::default()).is_empty());
}

#[test]
fn completeness_counts_the_five_required_elements_one_by_one() {
    let mut p = new_project();
    let id = add(&mut p, None, "Clerk");
    let done = |p: &Project| {
        let tree = Tree::new(&p.org);
        completeness(&tree, tree.at(id).unwrap())
    };
    assert_eq!(done(&p), Completeness { done: 0, of: 5 });
    // The header needs level, code and department as well as the title.
    edit(&mut p, id, |d| d.level = "L2".into());
    edit(&mut p, id, |d| d.code = "CS-01".into());
    assert_eq!(done(&p).done, 0);
    edit(&mut p, id, |d| d.department = "客服部".into());
    assert_eq!(done(&p).done, 1);
    let mut job = JobDescription { other: "optional".into(), ..JobDescription::default() };
    set_job(&mut p, id, job.clone());
    assert_eq!(done(&p).done, 1, "\"other\" is optional");
    let steps: [fn(&mut JobDescription); 4] = [
        |j| j.scope = "Front desk".into(),
        |j| j.relations = "Sales".into(),
        |j| j.responsibilities = vec!["Answer calls".into()],
        |j| j.qualifications = "Patience".into(),
    ];
    for (n, step) in steps.into_iter().enumerate() {
        step(&mut job);
        set_job(&mut p, id, job.clone());
        assert_eq!(done(&p), Completeness { done: n as u32 + 2, of: 5 });
    }
    assert_eq!(done(&p).percent(), 100);
}

#[test]
fn the_department_may_be_inherited_from_a_superior() {
    let mut p = new_project();
    let top = add(&mut p, None, "Director");
    let middle = add(&mut p, Some(top), "Manager");
    let clerk = add(&mut p, Some(middle), "Clerk");
    edit(&mut p, clerk, |d| {
        d.level = "L1".into();
        d.code = "C1".into();
    });
    let header_done = |p: &Project| {
        let tree = Tree::new(&p.org);
        completeness(&tree, tree.at(clerk).unwrap()).done == 1
    };
    assert!(!header_done(&p));
    edit(&mut p, top, |d| d.department = "客服部".into());
    assert!(header_done(&p));
    assert_eq!(chart_completeness(&p.org), Completeness { done: 1, of: 15 });
}

#[test]
fn chart_completeness_adds_up_and_percent_rounds_down() {
    assert_eq!(chart_completeness(&OrgCanvas::default()), Completeness { done: 0, of: 0 });
    assert_eq!(Completeness { done: 0, of: 0 }.percent(), 0);
    assert_eq!(Completeness { done: 1, of: 3 }.percent(), 33);
    assert_eq!(Completeness { done: 2, of: 3 }.percent(), 66);
    assert_eq!(Completeness { done: 199, of: 200 }.percent(), 99);
    assert_eq!(Completeness { done: 5, of: 5 }.percent(), 100);
    let tree_canvas = OrgCanvas::default();
    let tree = Tree::new(&tree_canvas);
    assert_eq!(completeness(&tree, 3), Completeness { done: 0, of: 0 }, "an index outside the chart");
}

fn position(id: u64, parent: Option<u64>, details: PositionDetails) -> Position {
    Position { id: ItemId(id), parent: parent.map(ItemId), details, job: JobDescription::default(), duties: Vec::new(), collapsed: false }
}

/// A chain 1 → 2 → … → `depth`, built directly (10,000 `apply` calls would each copy the chart).
fn chain(depth: u64) -> OrgCanvas {
    let positions = (1..=depth)
        .map(|n| {
            let mut details = PositionDetails::titled(format!("Level {n}"));
            details.level = "L".into();
            details.code = format!("C{n}");
            if n == 1 {
                details.department = "客服部".into();
            }
            position(n, (n > 1).then(|| n - 1), details)
        })
        .collect();
    OrgCanvas { positions, ..OrgCanvas::default() }
}

#[test]
fn a_ten_thousand_deep_chain_is_checked_in_a_small_stack() {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let canvas = chain(10_000);
            let all = findings(&canvas);
            let count = |kind| all.iter().filter(|f| f.kind() == kind).count();
            assert_eq!(count(FindingKind::Span), 9_999);
            assert_eq!(count(FindingKind::Vacancy), 10_000);
            assert_eq!(count(FindingKind::Responsibilities), 10_000);
            assert_eq!(count(FindingKind::Duty), 8);
            assert_eq!(totals(&canvas).positions, 10_000);
            assert_eq!(branch_totals(&canvas), vec![(ItemId(2), Totals { positions: 9_999, planned: 9_999, filled: 0, vacancies: 9_999 })]);
            // Every header inherits the top's department; nothing else is written.
            assert_eq!(chart_completeness(&canvas), Completeness { done: 10_000, of: 50_000 });
            let tree = Tree::new(&canvas);
            assert_eq!(completeness(&tree, 9_999).done, 1);
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn a_damaged_canvas_gives_findings_not_panics() {
    // 1 and 2 report to each other, 3 to a position that does not exist, 4 twice shares an id.
    let canvas = OrgCanvas {
        positions: vec![
            position(1, Some(2), PositionDetails::titled("Loop A")),
            position(2, Some(1), PositionDetails { department: "D".into(), ..PositionDetails::titled("Loop B") }),
            position(3, Some(99), PositionDetails::titled("Dangling")),
            position(4, None, PositionDetails::titled("Twin")),
            position(4, Some(4), PositionDetails::titled("Twin again")),
        ],
        span: SpanRange { min: 9, max: 1 },
        ..OrgCanvas::default()
    };
    let all = findings(&canvas);
    assert_eq!(all.iter().filter(|f| f.kind() == FindingKind::Vacancy).count(), 5);
    assert_eq!(totals(&canvas).positions, 5);
    let branches: Vec<ItemId> = branch_totals(&canvas).into_iter().map(|(id, _)| id).collect();
    // The dangling one and both twins are tops without reports; the loop is in no branch.
    assert_eq!(branches, vec![ItemId(3), ItemId(4), ItemId(4)]);
    assert_eq!(chart_completeness(&canvas).of, 25);
    let tree = Tree::new(&canvas);
    for at in 0..canvas.positions.len() {
        assert_eq!(completeness(&tree, at).of, 5);
    }
}
