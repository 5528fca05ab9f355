//! The blueprint exports as a user's file would meet them. The SVG is parsed by a real XML
//! parser for a blueprint full of hostile text (markup, attribute breakouts, CDATA ends, a bidi
//! override, joiners and emoji, 1,000-character cards, a control character) in the project
//! name, step names, stages, lane names, card texts and position titles: the element and
//! attribute vocabulary is fixed, no attribute carries user text, everything drawn lies inside
//! the viewBox (also for 100 steps), every card's and step's text is present, and fail points,
//! wait points and touchpoints are marked by a symbol and a label, not by colour alone. The
//! register CSV round-trips through a CSV reader with the right columns and quoting; the
//! register Markdown is one table row per fail or wait point, with `|` and line breaks neutralised.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::svg::{check_vocabulary, long_text, probes, root_size, squeeze};
use planning_workbench::export::{blueprint_svg, register_csv, register_markdown};
use planning_workbench::i18n::{BlueprintText, Lang};
use planning_workbench::model::blueprint::layout::layout;
use planning_workbench::model::blueprint::summary::{register, summary};
use planning_workbench::model::blueprint::{BlueprintCommand, LaneKey, Mark, Servqual};
use planning_workbench::model::core::csv_text::unguarded;
use planning_workbench::model::org::{DeleteMode, OrgCommand};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};

const ATTRIBUTES: [&str; 25] = [
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
    "cx",
    "cy",
    "r",
    "xmlns",
];
const FAIL_STROKE: &str = "#cf222e";

fn hostile() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "]]>".into(),
        "&amp; &lt; 'single' \"double\"".into(),
        "\u{202e}gnp.exe right-to-left \u{200f}".into(),
        "emoji 😀🎉 👨\u{200d}👩\u{200d}👧 表情".into(),
        "a | pipe, a \"quote\",\nand a line break".into(),
        "=SUM(A1:A2), \"x\"\r\n- list".into(),
        long_text(),
        "control\u{1}char".into(),
    ]
}

fn new_project(name: &str) -> Project {
    Project::new(ProjectId::parse("p-blueprint-export").unwrap(), name.into(), Timestamp(0))
}

fn run(project: Project, command: Command) -> Project {
    match apply(&project, &command) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} refused: {other:?}"),
    }
}

fn bp(project: Project, command: BlueprintCommand) -> Project {
    run(project, Command::Blueprint(command))
}

/// One step per hostile text (named with it, staged with the next one), a card in every lane
/// (plus an added lane with a hostile name) carrying the texts, fail and wait points with
/// minutes, SERVQUAL dimensions, connectors across the line of interaction, owners that are
/// positions with hostile titles, and one owner whose position was deleted since.
fn hostile_project() -> Project {
    let texts = hostile();
    let mut p = new_project(&texts[0]);
    for title in &texts[..3] {
        p = run(p, Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: title.clone() }));
    }
    let positions: Vec<ItemId> = p.org.positions.iter().map(|q| q.id).collect();
    p = bp(p, BlueprintCommand::RenameLane { lane: LaneKey::Support, name: texts[4].clone() });
    let custom = LaneKey::Custom(ItemId(p.next_item_id));
    p = bp(p, BlueprintCommand::AddLane { after: LaneKey::Support, name: texts[1].clone() });
    let lanes = [LaneKey::Evidence, LaneKey::Customer, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support, custom];
    let mut previous_customer: Option<ItemId> = None;
    for (i, text) in texts.iter().enumerate() {
        let step = ItemId(p.next_item_id);
        // Names are capped at 200 characters.
        let name: String = text.chars().take(200).collect();
        p = bp(p, BlueprintCommand::AddStep { index: None, name: name.clone() });
        let stage = texts[(i + 1) % texts.len()].chars().take(200).collect();
        let emotion = Some((i as i8 % 5) - 2);
        p = bp(p, BlueprintCommand::EditStep { id: step, name, stage, minutes: Some(5 + i as u32), emotion });
        let mut ids = Vec::new();
        for (l, lane) in lanes.iter().enumerate() {
            let id = ItemId(p.next_item_id);
            let text = texts[(i + l) % texts.len()].clone();
            p = bp(p, BlueprintCommand::AddCard { step, lane: *lane, index: None, text });
            ids.push(id);
        }
        let (customer, front, back) = (ids[1], ids[2], ids[3]);
        p = bp(p, BlueprintCommand::Connect { from: customer, to: front });
        p = bp(p, BlueprintCommand::Connect { from: front, to: back });
        if let Some(before) = previous_customer {
            p = bp(p, BlueprintCommand::Connect { from: before, to: customer });
        }
        previous_customer = Some(customer);
        let mark = match i % 3 {
            0 => Some(Mark::FailPoint),
            1 => Some(Mark::WaitPoint),
            _ => None,
        };
        if mark.is_some() {
            p = bp(p, BlueprintCommand::MarkCard { id: front, mark, minutes: Some(10 + i as u32) });
        }
        p = bp(p, BlueprintCommand::MarkCard { id: back, mark: Some(Mark::FailPoint), minutes: None });
        p = bp(p, BlueprintCommand::SetServqual { id: front, servqual: Some(Servqual::ALL[i % 5]) });
        p = bp(p, BlueprintCommand::SetOwner { id: front, owner: Some(positions[(i + 1) % positions.len()]) });
        p = bp(p, BlueprintCommand::SetOwner { id: back, owner: Some(positions[i % positions.len()]) });
    }
    p = bp(p, BlueprintCommand::SetBudget { minutes: Some(40) });
    // The third position goes: its cards now read "unassigned (position deleted)".
    run(p, Command::Org(OrgCommand::Delete { id: positions[2], mode: DeleteMode::LiftChildren }))
}

/// The parts of an SVG the tests look at.
struct Parsed {
    width: f64,
    /// All character data, titles included, whitespace removed.
    all: String,
    /// For each `<g>` with a frame: its rect's stroke and its squeezed text.
    groups: Vec<(String, String)>,
    names: Vec<String>,
}

/// Parses `svg` and checks the vocabulary, the attribute values and that everything drawn
/// lies inside the document.
fn parse(svg: &str, user_texts: &[String]) -> Parsed {
    assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("foreignObject"));
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    let (width, height) = root_size(&doc);
    let probes = probes(user_texts);
    let inside = |name: &str, what: &str, x: f64, y: f64| {
        assert!((0.0..=width).contains(&x) && (0.0..=height).contains(&y), "<{name}> {what} ({x}, {y}) outside {width}×{height}");
    };
    let mut names = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        check_vocabulary(node, &ATTRIBUTES, &probes);
        names.push(name.to_owned());
        let num = |a: &str| node.attribute(a).map(|v| v.parse::<f64>().unwrap_or_else(|_| panic!("{a}={v} is not a number")));
        if name != "svg" {
            if let (Some(x), Some(y)) = (num("x"), num("y")) {
                inside(name, "corner", x, y);
                inside(name, "far corner", x + num("width").unwrap_or(0.0), y + num("height").unwrap_or(0.0));
            }
        }
        for (a, b) in [("x1", "y1"), ("x2", "y2"), ("cx", "cy")] {
            if let (Some(x), Some(y)) = (num(a), num(b)) {
                let r = num("r").unwrap_or(0.0);
                inside(name, a, x - r, y - r);
                inside(name, a, x + r, y + r);
            }
        }
        if let Some(points) = node.attribute("points") {
            for pair in points.split(' ') {
                let (x, y) = pair.split_once(',').expect("x,y");
                inside(name, "point", x.parse().unwrap(), y.parse().unwrap());
            }
        }
    }
    let groups = doc
        .descendants()
        .filter(|n| n.has_tag_name("g"))
        .filter_map(|g| {
            let rect = g.children().find(|c| c.has_tag_name("rect"))?;
            let text: String = g.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
            Some((rect.attribute("stroke").unwrap_or_default().to_owned(), squeeze(&text)))
        })
        .collect();
    let text: String = doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    Parsed { width, all: squeeze(&text), groups, names }
}

#[test]
fn hostile_text_is_escaped_and_every_text_is_present() {
    let p = hostile_project();
    let texts = hostile();
    for lang in Lang::ALL {
        let svg = blueprint_svg(&p, lang);
        let parsed = parse(&svg, &texts);
        let canvas = &p.blueprint;
        assert_eq!(canvas.cards.len(), texts.len() * 6);
        for card in &canvas.cards {
            assert!(parsed.all.contains(&squeeze(&card.text)), "card {:?} missing", card.text);
        }
        for step in &canvas.steps {
            assert!(parsed.all.contains(&squeeze(&step.name)), "step {:?} missing", step.name);
        }
        for lane in &canvas.lanes[4..] {
            assert!(parsed.all.contains(&squeeze(&lane.name)), "lane {:?} missing", lane.name);
        }
        assert!(parsed.all.contains(&squeeze("<script>alert(1)</script>")), "the project name is drawn as text");
        assert!(svg.contains("&lt;script&gt;"));
        // Owners: live titles, and the deleted position's cards say so.
        assert!(parsed.all.contains(&squeeze(&p.org.positions[0].details.title)));
        assert!(parsed.all.contains(&squeeze(lang.tr(BlueprintText::OwnerRemoved))));
        // The three lines are labelled; the emotion curve and its dots are drawn.
        for label in [BlueprintText::LineInteraction, BlueprintText::LineVisibility, BlueprintText::LineInternal] {
            assert!(parsed.all.contains(&squeeze(lang.tr(label))), "{label:?} missing");
        }
        assert!(parsed.names.iter().any(|n| n == "polyline"));
        assert_eq!(parsed.names.iter().filter(|n| *n == "circle").count(), texts.len());
    }
}

#[test]
fn fail_wait_and_touchpoints_are_marked_by_symbol_and_label_not_colour_alone() {
    let p = hostile_project();
    let svg = blueprint_svg(&p, Lang::En);
    let parsed = parse(&svg, &hostile());
    let fail_label = squeeze("✕ Fail point");
    let wait_label = squeeze("⏳ Wait point");
    let canvas = &p.blueprint;
    let fails = canvas.cards.iter().filter(|c| c.mark == Some(Mark::FailPoint)).count();
    let waits = canvas.cards.iter().filter(|c| c.mark == Some(Mark::WaitPoint)).count();
    let red: Vec<&(String, String)> = parsed.groups.iter().filter(|(stroke, _)| stroke == FAIL_STROKE).collect();
    assert_eq!(red.len(), fails);
    assert!(red.iter().all(|(_, text)| text.contains(&fail_label)), "a red card without its label");
    assert_eq!(parsed.groups.iter().filter(|(_, text)| text.contains(&fail_label)).count(), fails);
    assert_eq!(parsed.groups.iter().filter(|(_, text)| text.contains(&wait_label)).count(), waits);
    // A marked card with minutes shows them.
    assert!(parsed.all.contains(&squeeze("✕ Fail point · 10 minutes")));
    // Every customer and front-stage card is a touchpoint here, and shows a star.
    let stars = parsed.groups.iter().filter(|(_, text)| text.contains('★')).count();
    assert_eq!(stars, 2 * canvas.steps.len());
    // The legend names the symbols.
    assert!(parsed.all.contains(&squeeze("★ Touchpoint (moment of truth)")));
}

#[test]
fn the_view_box_covers_a_hundred_steps() {
    let mut p = new_project("Wide");
    for i in 0..100 {
        let step = ItemId(p.next_item_id);
        p = bp(p, BlueprintCommand::AddStep { index: None, name: format!("Step {i}") });
        p = bp(
            p,
            BlueprintCommand::EditStep {
                id: step,
                name: format!("Step {i}"),
                stage: format!("Stage {}", i / 10),
                minutes: Some(3),
                emotion: Some((i % 5) as i8 - 2),
            },
        );
        for lane in LaneKey::STANDARD {
            p = bp(p, BlueprintCommand::AddCard { step, lane, index: None, text: format!("Card {i} {lane:?}") });
        }
    }
    // A connector from the first customer card to the last, across the whole width.
    let customers: Vec<ItemId> = p.blueprint.cards.iter().filter(|c| c.lane == LaneKey::Customer).map(|c| c.id).collect();
    p = bp(p, BlueprintCommand::Connect { from: customers[0], to: customers[99] });
    let svg = blueprint_svg(&p, Lang::ZhCn);
    let parsed = parse(&svg, &[]);
    let grid = layout(&p.blueprint);
    let last = grid.steps.last().unwrap();
    assert!(parsed.width >= last.x + last.width, "the last step ends at {} past {}", last.x + last.width, parsed.width);
    for i in 0..100 {
        assert!(parsed.all.contains(&squeeze(&format!("Step {i}"))), "step {i} missing");
        assert!(parsed.all.contains(&squeeze(&format!("Card {i} Support"))), "card {i} missing");
    }
}

#[test]
fn an_empty_blueprint_exports_a_grid_and_an_empty_register() {
    let p = new_project("Empty");
    for lang in Lang::ALL {
        let parsed = parse(&blueprint_svg(&p, lang), &[]);
        assert!(parsed.all.contains(&squeeze(lang.tr(BlueprintText::LaneCustomer))));
        let csv = register_csv(&p, lang);
        assert_eq!(csv.lines().count(), 1, "{csv}");
        let md = register_markdown(&p, lang);
        assert!(md.contains(&format!("*{}*", lang.tr(BlueprintText::NoMarkedCards))), "{md}");
        assert!(!md.contains("| ---"));
    }
}

fn header(lang: Lang) -> Vec<&'static str> {
    [
        BlueprintText::Step,
        BlueprintText::Lane,
        BlueprintText::CardText,
        BlueprintText::Mark,
        BlueprintText::Servqual,
        BlueprintText::Touchpoint,
        BlueprintText::Owner,
        BlueprintText::Minutes,
    ]
    .map(|t| lang.tr(t))
    .to_vec()
}

#[test]
fn register_csv_round_trips_with_quoting_and_localised_values() {
    let p = hostile_project();
    let rows = register(&p.blueprint, &p.org);
    assert!(rows.len() >= 10);
    for lang in Lang::ALL {
        let csv = register_csv(&p, lang);
        let body = csv.strip_prefix('\u{feff}').expect("a BOM for Excel");
        let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
        let found: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(found, header(lang));
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a readable row")).collect();
        assert_eq!(records.len(), rows.len());
        for (record, row) in records.iter().zip(&rows) {
            assert_eq!(record.len(), 8);
            assert_eq!(unguarded(&record[0]), row.step_name);
            // Commas, quotes, line breaks and all: the text comes back exactly, with an
            // apostrophe in front when a spreadsheet would run it as a formula.
            assert_eq!(unguarded(&record[2]), row.text);
            if row.text.starts_with(['=', '+', '-', '@']) {
                assert_eq!(&record[2], format!("'{}", row.text));
            }
            let mark = match row.mark {
                Mark::FailPoint => lang.tr(BlueprintText::FailPoint),
                Mark::WaitPoint => lang.tr(BlueprintText::WaitPoint),
            };
            assert_eq!(&record[3], mark);
            assert_eq!(&record[5], if row.touchpoint { "★" } else { "" });
            assert_eq!(&record[7], row.minutes.map(|m| m.to_string()).unwrap_or_default());
        }
        let lanes: Vec<&str> = records.iter().map(|r| &r[1]).collect();
        assert!(lanes.contains(&lang.tr(BlueprintText::LaneFrontStage)));
        assert!(records.iter().any(|r| &r[4] == lang.tr(BlueprintText::Empathy)));
        assert!(records.iter().any(|r| &r[6] == lang.tr(BlueprintText::OwnerRemoved)));
        assert!(records.iter().any(|r| r[6] == p.org.positions[0].details.title));
        // Fields holding the separator or a quote are quoted, quotes doubled.
        assert!(body.contains("\"a | pipe, a \"\"quote\"\",\nand a line break\""), "{body}");
    }
}

#[test]
fn register_markdown_has_one_table_row_per_marked_card_and_neutral_cells() {
    let p = hostile_project();
    let rows = register(&p.blueprint, &p.org);
    for lang in Lang::ALL {
        let md = register_markdown(&p, lang);
        assert!(md.starts_with("# \\<script\\>alert(1)\\</script\\>\n\n## "), "{md}");
        assert!(md.contains(lang.tr(BlueprintText::Register)));
        let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(table.len(), 2 + rows.len(), "header, rule and a row per fail or wait point");
        assert_eq!(table[0], format!("| {} |", header(lang).join(" | ")));
        for line in &table {
            // Exactly nine cell borders per row: every `|` in user text is escaped.
            let borders = line.char_indices().filter(|&(i, c)| c == '|' && (i == 0 || !line[..i].ends_with('\\'))).count();
            assert_eq!(borders, 9, "{line}");
        }
        assert!(md.contains("a \\| pipe, a \"quote\", and a line break"), "{md}");
        // Markup never gets through: every `<` is escaped.
        assert!(md.char_indices().all(|(i, c)| c != '<' || md[..i].ends_with('\\')), "{md}");
        // The summary: total and waiting time, the budget and the steps past it, the counts.
        let s = summary(&p.blueprint);
        let lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(lines.len(), 3, "{md}");
        assert!(lines[0].contains(&lang.trf(BlueprintText::TotalTime, &[&s.total_minutes.to_string()])));
        assert!(lines[1].contains("40") && !s.over_budget.is_empty());
        let counts = [s.fail_points, s.wait_points, s.touchpoints].map(|n| n.to_string());
        assert_eq!(lines[2], format!("- {}", lang.trf(BlueprintText::Counts, &[&counts[0], &counts[1], &counts[2]])));
        // Step names past the budget are user text too, escaped like the cells.
        assert!(lines[1].contains("a \\| pipe"), "{}", lines[1]);
    }
}

#[test]
fn the_sample_exports_in_both_languages() {
    for (lang, chinese) in [(Lang::ZhCn, true), (Lang::En, false)] {
        let p = sample_project(new_project("示例 Sample"), chinese);
        let parsed = parse(&blueprint_svg(&p, lang), &[]);
        for card in &p.blueprint.cards {
            assert!(parsed.all.contains(&squeeze(&card.text)), "{:?} missing", card.text);
        }
        let fail = if chinese { "✕ 失误点" } else { "✕ Fail point" };
        assert!(parsed.all.contains(&squeeze(fail)));
        let supervisor = if chinese { "售后服务管理主管" } else { "After-sales Supervisor" };
        assert!(parsed.all.contains(&squeeze(supervisor)));
        let md = register_markdown(&p, lang);
        let rows = register(&p.blueprint, &p.org).len();
        assert_eq!(md.lines().filter(|l| l.starts_with('|')).count(), 2 + rows);
        assert!(md.contains(supervisor));
        let csv = register_csv(&p, lang);
        assert_eq!(csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes()).records().count(), rows);
    }
}
