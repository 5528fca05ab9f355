//! SWOT exports as a user's file would meet them: both SVGs (board and TOWS matrix) parsed by a
//! real XML parser for a project full of hostile text (markup, CDATA ends, entities, script
//! URLs, bidi overrides, joiners, emoji, a 1,000-character item, a control character), checking
//! the fixed element and attribute vocabulary, that no attribute carries user text, that every
//! item is present, and that the drawing grows instead of cropping (800 items). The Markdown
//! summary is checked for priority order, sources, "source removed" and neutralised markup.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::svg::{check_vocabulary, long_text, probes, root_size, squeeze};
use planning_workbench::export::{swot_board_svg, swot_markdown, tows_matrix_svg};
use planning_workbench::i18n::{Lang, Text};
use planning_workbench::model::project::sample::swot::with_sample_swot;
use planning_workbench::model::swot::{CompetitorType, EnvFactor, Quadrant, SwotCommand, TowsCell};
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};

const ATTRIBUTES: [&str; 18] = [
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
    "rx",
    "text-anchor",
    "x1",
    "y1",
    "x2",
    "y2",
];

fn hostile() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "]]>".into(),
        "&amp;".into(),
        "javascript:alert(1)".into(),
        "\u{202e}gnp.exe right-to-left".into(),
        "zero\u{200d}width 👨\u{200d}👩\u{200d}👧".into(),
        "emoji 😀🎉 表情".into(),
        long_text(),
        "control\u{1}char".into(),
        "# heading\n[link](javascript:alert(1)) `code` *b* _i_ <b>".into(),
    ]
}

fn run(project: Project, command: SwotCommand) -> Project {
    match apply(&project, &Command::Swot(command.clone())) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} refused: {other:?}"),
    }
}

fn new_project(name: &str) -> Project {
    Project::new(ProjectId::parse("p-export").unwrap(), name.into(), Timestamp(0))
}

/// Every hostile text in every quadrant, with priorities, notes and tags, plus one strategy per
/// cell citing hostile items from both of its sides.
fn hostile_project() -> Project {
    let mut p = new_project("<b>\"Plan\" & 'co'</b>\u{1}");
    let texts = hostile();
    for quadrant in Quadrant::ALL {
        for (i, text) in texts.iter().enumerate() {
            let id = ItemId(p.next_item_id);
            p = run(p, SwotCommand::AddItem { quadrant, text: text.clone(), source: None });
            p = run(p, SwotCommand::SetPriority { id, priority: Some(1 + (i % 5) as u8) });
            p = run(p, SwotCommand::EditItem { id, text: text.clone(), note: texts[(i + 1) % texts.len()].clone() });
            if !quadrant.is_internal() {
                let tags = SwotCommand::SetTags { id, source: Some(EnvFactor::Competitor), competitor: Some(CompetitorType::Brand) };
                p = run(p, tags);
            }
        }
    }
    let first = |q: Quadrant, k: usize| p.swot.quadrant_items(q).iter().map(|it| it.id).nth(k).unwrap();
    let cells: Vec<(TowsCell, Vec<ItemId>)> =
        TowsCell::ALL.into_iter().enumerate().map(|(k, cell)| (cell, vec![first(cell.internal(), k), first(cell.external(), k + 4)])).collect();
    for (k, (cell, sources)) in cells.into_iter().enumerate() {
        p = run(p, SwotCommand::AddStrategy { cell, text: texts[k + 5].clone(), sources });
    }
    p
}

/// The parts of an SVG the tests look at.
struct Parsed {
    height: f64,
    width: f64,
    /// All character data, titles included, whitespace removed.
    all: String,
    /// Character data drawn on the canvas (inside `<text>`), whitespace removed.
    visible: String,
}

/// Parses `svg` and checks the vocabulary, the attribute values and the geometry.
fn parse(svg: &str, user_texts: &[String]) -> Parsed {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    let (width, height) = root_size(&doc);
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    let probes = probes(user_texts);
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        check_vocabulary(node, &ATTRIBUTES, &probes);
        let coordinate = |a: &str| node.attribute(a).map(|v| v.parse::<f64>().expect("numeric coordinate"));
        if let Some(y) = coordinate("y") {
            assert!(y >= 0.0 && y + coordinate("height").unwrap_or(0.0) <= height, "<{name}> y={y} outside {height}");
            if name == "text" || name == "tspan" {
                assert!(y < height);
            }
        }
        if let Some(x) = coordinate("x") {
            assert!(x >= 0.0 && x + coordinate("width").unwrap_or(0.0) <= width, "<{name}> x={x} outside {width}");
        }
    }
    let text_of = |visible_only: bool| -> String {
        let nodes = doc.descendants().filter(|n| n.is_text());
        let nodes = nodes.filter(|n| !visible_only || n.ancestors().any(|a| a.has_tag_name("text")));
        squeeze(&nodes.filter_map(|n| n.text()).collect::<String>())
    };
    Parsed { height, width, all: text_of(false), visible: text_of(true) }
}

#[test]
fn hostile_board_parses_and_shows_every_item_as_text() {
    let p = hostile_project();
    let texts = hostile();
    for lang in Lang::ALL {
        let svg = swot_board_svg(&p, lang);
        assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("foreignObject"));
        let parsed = parse(&svg, &texts);
        assert_eq!(parsed.width, 944.0);
        for text in &texts {
            let text = squeeze(text);
            assert!(parsed.all.matches(text.as_str()).count() >= 4, "{text:?} missing from some quadrant");
            if text.chars().count() < 200 {
                assert!(parsed.visible.contains(text.as_str()), "{text:?} is not drawn");
            }
        }
        // The long item is drawn up to an ellipsis; its full text stays in the group's title.
        let long = squeeze(&long_text());
        let head: String = long.chars().take(60).collect();
        assert!(parsed.visible.matches(head.as_str()).count() >= 4 && parsed.visible.contains('…'));
        assert!(parsed.visible.contains("<b>\"Plan\"&'co'</b>"), "the name is the title, escaped");
        assert!(parsed.visible.contains("★5"));
    }
}

#[test]
fn hostile_matrix_parses_and_lists_strategies_and_sources() {
    let p = hostile_project();
    let texts = hostile();
    let svg = tows_matrix_svg(&p, Lang::En);
    let parsed = parse(&svg, &texts);
    for strategy in &p.swot.strategies {
        let text = squeeze(&strategy.text);
        assert!(parsed.all.contains(&text), "{:?} missing", strategy.text);
        if text.chars().count() < 200 {
            assert!(parsed.visible.contains(&text), "{:?} not drawn", strategy.text);
        }
        for id in &strategy.sources {
            let item = p.swot.item(*id).unwrap();
            assert!(parsed.all.contains(&squeeze(&item.text)), "source {:?} missing", item.text);
        }
    }
    assert!(!parsed.visible.contains("sourceremoved"));
    // Deleting a cited item keeps the strategy and marks the source.
    let cited = p.swot.strategies[0].sources[0];
    let p = run(p, SwotCommand::DeleteItem { id: cited });
    let parsed = parse(&tows_matrix_svg(&p, Lang::En), &texts);
    assert!(parsed.visible.contains("sourceremoved") && parsed.visible.contains(&squeeze(&texts[5])));
    let zh = parse(&tows_matrix_svg(&p, Lang::ZhCn), &texts);
    assert!(zh.visible.contains(Lang::ZhCn.tr(Text::SourceRemoved)));
}

#[test]
fn the_board_grows_with_its_items_and_crops_nothing() {
    let mut p = new_project("Big");
    let small = parse(&swot_board_svg(&p, Lang::En), &[]).height;
    let mut texts = Vec::new();
    for quadrant in Quadrant::ALL {
        for i in 0..200 {
            let text = format!("{}-item-{i:03} {}", quadrant.letter(), if i % 7 == 0 { "长文本 ".repeat(20) } else { String::new() });
            p = run(p, SwotCommand::AddItem { quadrant, text: text.clone(), source: None });
            texts.push(text.trim().to_owned());
        }
    }
    let parsed = parse(&swot_board_svg(&p, Lang::En), &[]);
    assert!(parsed.height > small + 200.0 * 20.0, "{small} → {}", parsed.height);
    for text in &texts {
        assert!(parsed.visible.contains(&squeeze(text)), "{text} missing");
    }
    assert_eq!(parsed.visible.matches("-item-").count(), 800);
}

#[test]
fn sample_exports_parse_in_both_languages() {
    for chinese in [true, false] {
        let p = with_sample_swot(new_project("示例 Sample"), chinese);
        for lang in Lang::ALL {
            let board = parse(&swot_board_svg(&p, lang), &[]);
            let matrix = parse(&tows_matrix_svg(&p, lang), &[]);
            for item in &p.swot.items {
                assert!(board.visible.contains(&squeeze(&item.text)));
            }
            for strategy in &p.swot.strategies {
                assert!(matrix.visible.contains(&squeeze(&strategy.text)));
            }
        }
    }
}

fn markdown_project() -> Project {
    let mut p = new_project("Plan");
    let priorities = [None, Some(2), Some(5), Some(2), None, Some(3)];
    for (i, priority) in priorities.into_iter().enumerate() {
        let id = ItemId(p.next_item_id);
        p = run(p, SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: format!("s{i}"), source: None });
        if priority.is_some() {
            p = run(p, SwotCommand::SetPriority { id, priority });
        }
    }
    let o = ItemId(p.next_item_id);
    p = run(p, SwotCommand::AddItem { quadrant: Quadrant::Opportunities, text: "o0".into(), source: Some(EnvFactor::Technology) });
    p = run(p, SwotCommand::AddStrategy { cell: TowsCell::SO, text: "grow".into(), sources: vec![ItemId(3), o] });
    p
}

#[test]
fn markdown_orders_items_by_priority_and_lists_sources() {
    let p = markdown_project();
    let md = swot_markdown(&p, Lang::En);
    let order: Vec<usize> = ["- s2 ", "- s5 ", "- s1 ", "- s3 ", "- s0\n", "- s4\n"].iter().map(|l| md.find(l).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");
    assert!(md.contains("- s2 (priority 5)\n") && md.contains("- s0\n"));
    assert!(md.contains("- o0\n  - Environment source: Technology\n"));
    assert!(md.contains("- grow\n  - S: s2\n  - O: o0\n"), "{md}");
    let md = swot_markdown(&run(p, SwotCommand::DeleteItem { id: ItemId(3) }), Lang::ZhCn);
    assert!(md.contains("- grow\n  - *来源已删除*\n  - O：o0\n"), "{md}");
}

#[test]
fn markdown_neutralises_hostile_text() {
    let p = hostile_project();
    let md = swot_markdown(&p, Lang::En);
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(headings.len(), 1 + 4 + 1 + 4, "{headings:?}");
    assert!(headings[0].starts_with("# \\<b\\>"));
    for line in md.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        assert!(line.starts_with("- ") || line.starts_with("  - ") || line.starts_with('*'), "stray line {line:?}");
        let body = line.trim_start().strip_prefix("- ").unwrap_or(line);
        if body == "*source removed*" || line.starts_with('*') {
            continue;
        }
        let unescaped = body.replace("\\\\", "");
        let mut previous = ' ';
        for c in unescaped.chars() {
            assert!(!"<>[]`*_#&".contains(c) || previous == '\\', "unescaped {c:?} in {line:?}");
            previous = c;
        }
        assert!(!line.contains('\u{1}'));
    }
    // The 1,000-character item stays on one list line.
    let long = long_text();
    assert!(md.lines().any(|l| l.starts_with("- ") && l.contains(&long)));
}
