//! Unit tests of `export::org`: what a box shows, the dotted-line route, the document language
//! and size. Parsing and hostile input are covered in `tests/org_export.rs`.

use super::*;
use crate::model::org::OrgCommand;
use crate::model::project::sample::org::with_sample_org;
use crate::model::{apply, Command, ItemId, Outcome, Project};

const EN: OrgSvgLabels<'static> = OrgSvgLabels { title: "Org chart", vacant: "Vacant", hidden: "+{0} hidden" };
const ZH: OrgSvgLabels<'static> = OrgSvgLabels { title: "组织结构图", vacant: "空缺", hidden: "另有 {0} 个岗位" };

fn sample(chinese: bool) -> Project {
    with_sample_org(crate::model::project::test_project("Plan"), chinese)
}

fn run(project: Project, command: OrgCommand) -> Project {
    match apply(&project, &Command::Org(command)) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("command refused: {other:?}"),
    }
}

fn view_box(svg: &str) -> (f64, f64) {
    let values: Vec<f64> = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split('"').next().unwrap().split(' ').map(|v| v.parse().unwrap()).collect();
    (values[0], values[1])
}

#[test]
fn boxes_show_title_holder_headcount_and_vacancy() {
    let svg = org_svg(&sample(false).org, &EN);
    // Long titles wrap onto a second line.
    assert!(svg.contains(">Customer Service </tspan><tspan") && svg.contains(">Manager</tspan>"));
    assert!(svg.contains(">Wang Min</tspan>"));
    // Two of three after-sales specialists, and the one vacant post.
    assert!(svg.contains(">2/3</tspan>"));
    assert_eq!(svg.matches(">Vacant</tspan>").count(), 1);
    assert!(svg.contains(r#"stroke-dasharray="5 3""#), "the vacant post has no dashed outline");
    assert!(svg.contains("xml:lang=\"en\""));
    let zh = org_svg(&sample(true).org, &ZH);
    assert!(zh.contains(">客户服务部经理</tspan>") && zh.contains(">空缺</tspan>") && zh.contains("xml:lang=\"zh-CN\""));
}

#[test]
fn a_collapsed_post_shows_its_hidden_count_instead_of_its_subordinates() {
    let p = sample(false);
    let manager = p.org.positions[0].id;
    let svg = org_svg(&run(p, OrgCommand::SetCollapsed { id: manager, collapsed: true }).org, &EN);
    assert!(svg.contains(">+10 hidden</tspan>"));
    assert!(!svg.contains("After-sales Supervisor"));
    // The box and its stack, and no connector.
    assert_eq!(svg.matches("<rect x=").count(), 1 + 2);
    assert!(!svg.contains("stroke=\"#8c959f\" stroke-width=\"1.5\"/>"));
}

#[test]
fn the_document_grows_with_the_chart() {
    let one = crate::model::project::test_project("Plan");
    let one = run(one, OrgCommand::AddPosition { parent: None, index: None, title: "Solo".into() });
    let small = view_box(&org_svg(&one.org, &EN));
    assert!(small.0 >= MIN_WIDTH && small.1 >= BOX_HEIGHT + 2.0 * MARGIN, "{small:?}");
    let big = view_box(&org_svg(&sample(false).org, &EN));
    assert!(big.0 > small.0 + 4.0 * BOX_WIDTH && big.1 > small.1 + 2.0 * BOX_HEIGHT, "{small:?} → {big:?}");
    let chart = layout(&sample(false).org);
    assert!(big.0 >= chart.width + 2.0 * MARGIN);
}

#[test]
fn dotted_routes_leave_and_enter_the_facing_edges() {
    let boxed = |x: f64, y: f64| PlacedBox { index: 0, id: ItemId(1), x, y, depth: 0 };
    let low = boxed(400.0, 256.0);
    let high = boxed(0.0, 128.0);
    let route = dotted_route(&low, &high, Direction::TopDown);
    assert_eq!(route[0].1, 256.0, "leaves the deeper box's top edge");
    assert_eq!(route[3].1, 128.0 + BOX_HEIGHT, "enters the higher box's bottom edge");
    assert_eq!(route[1].1, route[2].1);
    assert!(route[1].1 < 256.0 && route[1].1 > 128.0 + BOX_HEIGHT);
    let down = dotted_route(&high, &low, Direction::TopDown);
    assert_eq!((down[0].1, down[3].1), (128.0 + BOX_HEIGHT, 256.0));
    // Same level: out of and back into the bottom edges.
    let side = dotted_route(&high, &boxed(200.0, 128.0), Direction::TopDown);
    assert_eq!((side[0].1, side[3].1), (128.0 + BOX_HEIGHT, 128.0 + BOX_HEIGHT));
    // Left to right: the same, turned.
    let across = dotted_route(&boxed(256.0, 400.0), &boxed(128.0, 0.0), Direction::LeftRight);
    assert_eq!((across[0].0, across[3].0), (256.0, 128.0 + BOX_WIDTH));
}

/// Writes the sample chart in both languages and directions to `target/org-sample-*.svg` for
/// a look in a browser (`cargo test --lib write_sample_svgs -- --ignored`).
#[test]
#[ignore]
fn write_sample_svgs() {
    for (chinese, labels, name) in [(false, &EN, "en"), (true, &ZH, "zh")] {
        for direction in [Direction::TopDown, Direction::LeftRight] {
            let mut org = (*sample(chinese).org).clone();
            org.direction = direction;
            let svg = org_svg(&org, labels);
            let file = format!("{}/target/org-sample-{name}-{direction:?}.svg", env!("CARGO_MANIFEST_DIR"));
            std::fs::write(file, svg).unwrap();
        }
    }
    let mut org = (*sample(false).org).clone();
    org.positions[5].collapsed = true;
    std::fs::write(format!("{}/target/org-sample-collapsed.svg", env!("CARGO_MANIFEST_DIR")), org_svg(&org, &EN)).unwrap();
}

#[test]
fn an_empty_chart_is_just_its_title() {
    let svg = org_svg(&OrgCanvas::default(), &EN);
    assert!(svg.contains(">Org chart</tspan>") && !svg.contains("<g>"));
    assert_eq!(px(f64::NAN), 0);
    assert_eq!(px(-3.0), 0);
}
