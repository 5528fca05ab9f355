//! The org-chart SVG as a user's file would meet it: parsed by a real XML parser for a chart
//! full of hostile text (markup, CDATA ends, entities, script URLs, bidi overrides, joiners,
//! emoji, a 200-character title, a control character) in titles, holders and the labels,
//! checking the fixed element and attribute vocabulary, that no attribute carries user text,
//! that `<script>` never appears raw, that every visible position's title is present and no
//! hidden one is, that dotted lines and vacant posts are dashed, and that the viewBox covers
//! every box in both directions and for a large chart.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::svg::{check_vocabulary, probes, root_size, squeeze};
use planning_workbench::export::{org_svg, OrgSvgLabels};
use planning_workbench::model::org::layout::{layout, BOX_HEIGHT, BOX_WIDTH};
use planning_workbench::model::org::{Direction, OrgCanvas, OrgCommand, PositionDetails, MAX_FIELD_CHARS};
use planning_workbench::model::project::sample::org::with_sample_org;
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};

const ATTRIBUTES: [&str; 21] = [
    "x",
    "y",
    "width",
    "height",
    "viewBox",
    "lang",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "rx",
    "text-anchor",
    "x1",
    "y1",
    "x2",
    "y2",
    "points",
];
const DOTTED_STROKE: &str = "#0969da";

fn hostile() -> Vec<String> {
    let mut long: String = "客服 service 😀 ".repeat(30).chars().take(MAX_FIELD_CHARS - 1).collect();
    long.push('末');
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "]]>".into(),
        "&amp;".into(),
        "javascript:alert(1)".into(),
        "\u{202e}gnp.exe right-to-left".into(),
        "zero\u{200d}width 👨\u{200d}👩\u{200d}👧".into(),
        "emoji 😀🎉 表情".into(),
        long,
        "control\u{1}char".into(),
    ]
}

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-org-export").unwrap(), "Plan".into(), Timestamp(0))
}

fn run(project: Project, command: OrgCommand) -> Project {
    match apply(&project, &Command::Org(command.clone())) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} refused: {other:?}"),
    }
}

/// A manager (with a hostile holder) over one position per hostile text (titled with it, held by the next one), the
/// last left vacant, plus a dotted line between two of them.
fn hostile_project() -> Project {
    let texts = hostile();
    let mut p = run(new_project(), OrgCommand::AddPosition { parent: None, index: None, title: "<b>Boss</b> & co".into() });
    let top = p.org.positions[0].id;
    let details = PositionDetails { holder: "'Boss' \"&\" <i>".into(), filled: 1, ..p.org.positions[0].details.clone() };
    p = run(p, OrgCommand::EditDetails { id: top, details });
    for (i, text) in texts.iter().enumerate() {
        let id = ItemId(p.next_item_id);
        p = run(p, OrgCommand::AddPosition { parent: Some(top), index: None, title: text.clone() });
        if i + 1 < texts.len() {
            let mut details = p.org.position(id).unwrap().details.clone();
            details.holder = texts[(i + 1) % texts.len()].clone();
            details.filled = 1;
            p = run(p, OrgCommand::EditDetails { id, details });
        }
    }
    let (a, b) = (p.org.positions[1].id, p.org.positions[4].id);
    run(p, OrgCommand::AddDotted { from: a, to: b })
}

/// The parts of an SVG the tests look at.
struct Parsed {
    width: f64,
    height: f64,
    /// All character data, titles included, whitespace removed.
    all: String,
    /// `(stroke, dashed)` of every `<line>`.
    lines: Vec<(String, bool)>,
    /// `(x, y, width, height, dashed)` of every `<rect>` but the background.
    rects: Vec<(f64, f64, f64, f64, bool)>,
}

/// Parses `svg` and checks the vocabulary, the attribute values and the geometry.
fn parse(svg: &str, user_texts: &[String]) -> Parsed {
    assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("foreignObject"));
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    let (width, height) = root_size(&doc);
    let probes = probes(user_texts);
    let mut lines = Vec::new();
    let mut rects = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        check_vocabulary(node, &ATTRIBUTES, &probes);
        let coordinate = |a: &str| node.attribute(a).map(|v| v.parse::<f64>().expect("numeric coordinate"));
        for (a, extent, limit) in [("x", "width", width), ("y", "height", height), ("x1", "", width), ("x2", "", width)]
            .into_iter()
            .chain([("y1", "", height), ("y2", "", height)])
        {
            if let Some(v) = coordinate(a) {
                let end = v + coordinate(extent).unwrap_or(0.0);
                assert!(v >= 0.0 && end <= limit, "<{name}> {a}={v} (to {end}) outside 0..{limit}");
            }
        }
        let dashed = node.attribute("stroke-dasharray").is_some();
        if name == "line" {
            lines.push((node.attribute("stroke").unwrap_or_default().to_owned(), dashed));
        }
        if name == "rect" && coordinate("x") != Some(0.0) {
            let c = |a: &str| coordinate(a).unwrap();
            rects.push((c("x"), c("y"), c("width"), c("height"), dashed));
        }
    }
    let text: String = doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    Parsed { width, height, all: squeeze(&text), lines, rects }
}

fn labels(title: &str) -> OrgSvgLabels<'_> {
    OrgSvgLabels { title, vacant: "Vacant", hidden: "+{0} hidden" }
}

#[test]
fn hostile_text_is_escaped_and_every_title_is_present() {
    let p = hostile_project();
    let texts = hostile();
    for direction in [Direction::TopDown, Direction::LeftRight] {
        let mut org = (*p.org).clone();
        org.direction = direction;
        let svg = org_svg(&org, &labels("<script>alert('title')</script>"));
        let parsed = parse(&svg, &texts);
        for position in &org.positions {
            assert!(parsed.all.contains(&squeeze(&position.details.title)), "{:?} missing", position.details.title);
            if !position.details.holder.is_empty() {
                assert!(parsed.all.contains(&squeeze(&position.details.holder)), "holder {:?} missing", position.details.holder);
            }
        }
        assert!(parsed.all.contains("<script>alert('title')</script>"), "the title is drawn as text");
        // One dotted line, drawn dashed in all its runs.
        let dotted: Vec<&(String, bool)> = parsed.lines.iter().filter(|(stroke, _)| stroke == DOTTED_STROKE).collect();
        assert!(!dotted.is_empty() && dotted.iter().all(|(_, dashed)| *dashed));
        // Solid connectors stay solid.
        assert!(parsed.lines.iter().filter(|(stroke, _)| stroke != DOTTED_STROKE).all(|(_, dashed)| !dashed));
        // Exactly one vacant post, outlined with dashes.
        assert_eq!(parsed.rects.iter().filter(|r| r.4).count(), 1);
        assert!(parsed.all.contains("Vacant"));
    }
}

#[test]
fn hidden_positions_are_not_drawn_and_the_collapsed_post_says_how_many() {
    let p = with_sample_org(new_project(), false);
    let supervisor = p.org.positions.iter().find(|q| q.details.title == "Key Account Supervisor").unwrap().id;
    let p = run(p, OrgCommand::SetCollapsed { id: supervisor, collapsed: true });
    let parsed = parse(&org_svg(&p.org, &labels("Chart")), &[]);
    assert!(parsed.all.contains(&squeeze("+2 hidden")));
    for hidden in ["Key Account Specialist", "Customer Information Specialist", "Zhou Jie", "Zheng Hao"] {
        assert!(!parsed.all.contains(&squeeze(hidden)), "{hidden} is drawn though hidden");
    }
    for shown in ["After-sales Specialist", "Customer Proposal Specialist", "Key Account Supervisor"] {
        assert!(parsed.all.contains(&squeeze(shown)), "{shown} missing");
    }
    // The dotted line's one end is hidden, so it is not drawn.
    assert!(parsed.lines.iter().all(|(stroke, _)| stroke != DOTTED_STROKE));
    // 9 visible boxes and the collapsed one's stack.
    assert_eq!(parsed.rects.len(), 10);
}

/// A few thousand positions in a bushy, deep tree: the viewBox holds every box of the layout.
#[test]
fn the_view_box_covers_a_large_chart_in_both_directions() {
    let mut org = OrgCanvas::default();
    let mut p = new_project();
    for i in 0..1_500usize {
        // Parents spread over earlier positions: some wide levels, some long chains.
        let parent = (i > 0).then(|| p.org.positions[(i * 7 + i / 3) % i].id);
        p = run(p, OrgCommand::AddPosition { parent, index: None, title: format!("Post {i}") });
    }
    org.positions = p.org.positions.clone();
    for direction in [Direction::TopDown, Direction::LeftRight] {
        org.direction = direction;
        let chart = layout(&org);
        assert_eq!(chart.boxes.len(), 1_500);
        let parsed = parse(&org_svg(&org, &labels("Big")), &[]);
        assert!(parsed.width >= chart.width && parsed.height >= chart.height);
        let boxes: Vec<_> = parsed.rects.iter().filter(|r| r.2 == BOX_WIDTH && r.3 == BOX_HEIGHT).collect();
        assert_eq!(boxes.len(), 1_500);
        // (the coordinate checks in `parse` already hold every rect and line inside the viewBox)
    }
}
