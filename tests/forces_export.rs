//! Five-forces exports as a user's file would meet them: the diagram and the assessment sheet
//! parsed by a real XML parser for a project full of hostile text (markup, attribute breakouts,
//! CDATA ends, a bidi override, emoji, 1,000-character texts, a control character), checking the
//! fixed element and attribute vocabulary, that no attribute carries user text, that everything
//! drawn lies inside the document, and that every text is present. A force that is not assessed
//! reads "not assessed" and never "0.0"; arrows grow with intensity. The Markdown summary is
//! checked for its order, its tags and neutralised markup.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::svg::{check_vocabulary, long_text, probes, root_size, squeeze};
use planning_workbench::export::{forces_assessment_svg, forces_diagram_svg, forces_markdown};
use planning_workbench::i18n::{force_label, force_short_label, Lang, Text};
use planning_workbench::model::five_forces::{Force, ForcesCommand};
use planning_workbench::model::links::Origin;
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{CompetitorType, Quadrant};
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
    "rx",
    "text-anchor",
    "x1",
    "y1",
    "x2",
    "y2",
    "stroke-width",
    "stroke-dasharray",
    "points",
];

fn hostile() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "]]>".into(),
        "&amp; &lt;".into(),
        "\u{202e}gnp.exe right-to-left".into(),
        "emoji 😀🎉 👨\u{200d}👩\u{200d}👧 表情".into(),
        long_text(),
        "control\u{1}char".into(),
        "# heading\n[link](javascript:alert(1)) `code` *b* _i_ <b>".into(),
    ]
}

fn run(project: Project, command: Command) -> Project {
    match apply(&project, &command) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} refused: {other:?}"),
    }
}

fn forces(project: Project, command: ForcesCommand) -> Project {
    run(project, Command::Forces(command))
}

fn new_project(name: &str) -> Project {
    Project::new(ProjectId::parse("p-export").unwrap(), name.into(), Timestamp(0))
}

/// Every hostile text as a factor of every force (rated, weighted and with a hostile note),
/// except that substitutes' factors stay unrated so that force is not assessed; every hostile
/// text as a competitor with hostile strengths and weaknesses; a hostile conclusion; and links.
fn hostile_project() -> Project {
    let texts = hostile();
    let mut p = new_project("<b>\"Plan\" & 'co'</b>\u{1}");
    for force in Force::ALL {
        for (i, text) in texts.iter().enumerate() {
            let id = ItemId(p.next_item_id);
            p = forces(p, ForcesCommand::AddFactor { force, text: text.clone() });
            p = forces(p, ForcesCommand::EditFactor { id, text: text.clone(), note: texts[(i + 1) % texts.len()].clone() });
            if force != Force::Substitutes {
                p = forces(p, ForcesCommand::RateFactor { id, rating: Some(1 + (i % 5) as u8) });
                if i % 2 == 0 {
                    p = forces(p, ForcesCommand::SetWeight { id, weight: Some(1 + (i % 10) as u8) });
                }
            }
        }
    }
    for (i, text) in texts.iter().enumerate() {
        let id = ItemId(p.next_item_id);
        let kind = Some(CompetitorType::ALL[i % 4]);
        p = forces(p, ForcesCommand::AddCompetitor { name: text.clone(), kind });
        let edit = ForcesCommand::EditCompetitor {
            id,
            name: text.clone(),
            kind,
            strengths: texts[(i + 1) % texts.len()].clone(),
            weaknesses: texts[(i + 2) % texts.len()].clone(),
            threat: Some(1 + (i % 5) as u8),
        };
        p = forces(p, edit);
    }
    p = forces(p, ForcesCommand::SetConclusion { text: texts.join("\n") });
    let first_factor = p.five_forces.factors[0].id;
    let first_competitor = p.five_forces.competitors[0].id;
    p = run(p, Command::SendToSwot { origin: Origin::Factor(first_factor), quadrant: Quadrant::Threats });
    run(p, Command::SendToSwot { origin: Origin::Competitor(first_competitor), quadrant: Quadrant::Opportunities })
}

/// The parts of an SVG the tests look at.
struct Parsed {
    height: f64,
    /// All character data, titles included, whitespace removed.
    all: String,
    /// Character data drawn on the canvas (inside `<text>`), whitespace removed.
    visible: String,
    /// (stroke-width, dashed, stroke) of every line with a width, in document order.
    strokes: Vec<(f64, bool, String)>,
}

/// Parses `svg` and checks the vocabulary, the attribute values and the geometry.
fn parse(svg: &str, user_texts: &[String]) -> Parsed {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    let (width, height) = root_size(&doc);
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    let probes = probes(user_texts);
    let mut strokes = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        check_vocabulary(node, &ATTRIBUTES, &probes);
        let coordinate = |a: &str| node.attribute(a).map(|v| v.parse::<f64>().expect("numeric coordinate"));
        for (at, extent, limit) in
            [("x", "width", width), ("y", "height", height), ("x1", "", width), ("x2", "", width), ("y1", "", height), ("y2", "", height)]
        {
            if let Some(v) = coordinate(at) {
                assert!(v >= 0.0 && v + coordinate(extent).unwrap_or(0.0) <= limit, "<{name}> {at}={v} outside {limit}");
            }
        }
        if (name == "text" || name == "tspan") && coordinate("y").is_some() {
            assert!(coordinate("y").unwrap() < height);
        }
        if let Some(points) = node.attribute("points") {
            for pair in points.split(' ') {
                let (x, y) = pair.split_once(',').expect("x,y");
                let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
                assert!((0.0..=width).contains(&x) && (0.0..=height).contains(&y), "arrowhead point {pair} outside");
            }
        }
        if let Some(w) = coordinate("stroke-width") {
            strokes.push((w, node.attribute("stroke-dasharray").is_some(), node.attribute("stroke").unwrap_or("").to_owned()));
        }
    }
    let text_of = |visible_only: bool| -> String {
        let nodes = doc.descendants().filter(|n| n.is_text());
        let nodes = nodes.filter(|n| !visible_only || n.ancestors().any(|a| a.has_tag_name("text")));
        squeeze(&nodes.filter_map(|n| n.text()).collect::<String>())
    };
    Parsed { height, all: text_of(false), visible: text_of(true), strokes }
}

fn not_assessed(lang: Lang) -> String {
    squeeze(lang.tr(Text::NotAssessed))
}

#[test]
fn hostile_diagram_parses_and_shows_every_factor_as_text() {
    let p = hostile_project();
    let texts = hostile();
    for lang in Lang::ALL {
        let svg = forces_diagram_svg(&p, lang);
        assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("foreignObject"));
        let parsed = parse(&svg, &texts);
        for text in &texts {
            let text = squeeze(text);
            assert!(parsed.all.matches(text.as_str()).count() >= 5, "{text:?} missing from some force");
            if text.chars().count() < 200 {
                assert!(parsed.visible.matches(text.as_str()).count() >= 5, "{text:?} is not drawn in every box");
            }
        }
        // The long factor is drawn up to an ellipsis; its full text stays in the group's title.
        let long = squeeze(&long_text());
        let head: String = long.chars().take(40).collect();
        assert!(parsed.visible.matches(head.as_str()).count() >= 5 && parsed.visible.contains('…'));
        assert!(parsed.all.matches(long.as_str()).count() >= 5);
        assert!(parsed.visible.contains("<b>\"Plan\"&'co'</b>"), "the name is the title, escaped");
        for force in Force::ALL {
            assert!(parsed.visible.contains(&squeeze(lang.tr(force_label(force)))), "{force:?} has no box");
        }
        assert!(parsed.visible.contains("★5×5") || parsed.visible.contains("★5"), "ratings are shown");
        assert!(parsed.visible.contains("×3"), "weights are shown");
        // Substitutes is not assessed: named so in its box and on its arrow; never 0.
        assert!(parsed.visible.matches(not_assessed(lang).as_str()).count() >= 2);
        assert!(!parsed.visible.contains("0.0"));
        assert!(parsed.strokes.iter().any(|(w, dashed, _)| *dashed && *w < 2.0), "a thin dashed arrow");
        // Four forces are assessed, so no verdict yet.
        let incomplete = squeeze(
            &lang.trf(Text::VerdictIncomplete, &["4", &planning_workbench::model::five_forces::score::verdict(&p.five_forces).high.to_string()]),
        );
        assert!(parsed.visible.contains(&incomplete), "verdict line missing");
    }
}

#[test]
fn hostile_assessment_parses_and_lists_verdict_conclusion_and_register() {
    let p = hostile_project();
    let texts = hostile();
    for lang in Lang::ALL {
        let svg = forces_assessment_svg(&p, lang);
        assert!(!svg.contains("<script") && !svg.contains("<img") && !svg.contains("foreignObject"));
        let parsed = parse(&svg, &texts);
        for force in Force::ALL {
            assert!(parsed.visible.contains(&squeeze(lang.tr(force_short_label(force)))), "{force:?} has no bar");
        }
        assert!(parsed.visible.contains(&not_assessed(lang)));
        assert!(!parsed.visible.contains("0.0"));
        assert!(parsed.visible.contains(&squeeze(lang.tr(Text::VerdictRule))));
        assert!(parsed.visible.contains(&squeeze(lang.tr(Text::Conclusion))));
        for heading in [Text::Competitors, Text::CompetitorName, Text::CompetitorKind, Text::ThreatLevel] {
            assert!(parsed.visible.contains(&squeeze(lang.tr(heading))), "{heading:?} missing");
        }
        for text in &texts {
            let text = squeeze(text);
            // As competitor name, strengths, weaknesses and part of the conclusion.
            assert!(parsed.all.matches(text.as_str()).count() >= 4, "{text:?} missing");
            if text.chars().count() < 200 {
                assert!(parsed.visible.matches(text.as_str()).count() >= 4, "{text:?} not drawn");
            }
        }
        for competitor in &p.five_forces.competitors {
            assert!(parsed.visible.contains(&format!("★{}", competitor.threat.unwrap())));
        }
        // The competitor sent to SWOT says so.
        assert!(parsed.visible.contains(&squeeze(&lang.trf(Text::SentToSwot, &[""]))));
    }
}

/// Buyers at 5, suppliers at 3, new entrants at 1, substitutes not assessed, rivalry at 4.
fn graded() -> Project {
    let mut p = new_project("Graded");
    for (force, value) in [(Force::Buyers, 5), (Force::Suppliers, 3), (Force::NewEntrants, 1), (Force::Rivalry, 4)] {
        p = forces(p, ForcesCommand::SetOverride { force, value: Some(value) });
    }
    p
}

#[test]
fn arrows_grow_with_intensity_and_a_missing_one_is_thin_dashed_and_named() {
    let p = graded();
    let parsed = parse(&forces_diagram_svg(&p, Lang::En), &[]);
    // Arrows in drawing order: new entrants, substitutes, suppliers, buyers.
    let widths: Vec<f64> = parsed.strokes.iter().map(|(w, _, _)| *w).collect();
    assert_eq!(widths.len(), 4, "{:?}", parsed.strokes);
    assert!(parsed.strokes[1].1 && parsed.strokes.iter().filter(|s| s.1).count() == 1, "only substitutes is dashed");
    assert!(widths[1] < widths[0] && widths[0] < widths[2] && widths[2] < widths[3], "{widths:?}");
    assert_ne!(parsed.strokes[0].2, parsed.strokes[3].2, "1 and 5 have different colours");
    assert_eq!(parsed.strokes[1].2, "#8c959f", "grey when not assessed");
    assert!(parsed.visible.contains("notassessed") && !parsed.visible.contains("0.0"));
    for shown in ["5.0", "3.0", "1.0", "4.0"] {
        assert!(parsed.visible.contains(shown), "{shown} missing");
    }
    assert!(parsed.visible.contains("sethand") || parsed.visible.contains("setbyhand"), "overrides are marked");
    // Not yet five: the verdict waits; the chart shows the same.
    let sheet = parse(&forces_assessment_svg(&p, Lang::ZhCn), &[]);
    assert!(sheet.visible.contains(&not_assessed(Lang::ZhCn)));
    assert!(sheet.visible.contains(&squeeze(&Lang::ZhCn.trf(Text::VerdictIncomplete, &["4", "2"]))));
    assert!(sheet.visible.contains(&squeeze(Lang::ZhCn.tr(Text::OverrideSet))));
    // Completing the assessment gives a verdict.
    let p = forces(p, ForcesCommand::SetOverride { force: Force::Substitutes, value: Some(2) });
    let sheet = parse(&forces_assessment_svg(&p, Lang::En), &[]);
    assert!(sheet.visible.contains(&squeeze(&Lang::En.trf(Text::VerdictModerate, &["2"]))));
    assert!(!sheet.visible.contains("notassessed"));
}

#[test]
fn the_drawings_grow_with_their_content_and_crop_nothing() {
    let mut p = new_project("Big");
    let small = (parse(&forces_diagram_svg(&p, Lang::En), &[]).height, parse(&forces_assessment_svg(&p, Lang::En), &[]).height);
    let mut texts = Vec::new();
    for force in Force::ALL {
        for i in 0..60 {
            let text = format!("{force:?}-factor-{i:02} {}", if i % 7 == 0 { "长文本 ".repeat(30) } else { String::new() });
            let id = ItemId(p.next_item_id);
            p = forces(p, ForcesCommand::AddFactor { force, text: text.clone() });
            p = forces(p, ForcesCommand::RateFactor { id, rating: Some(1 + (i % 5) as u8) });
            texts.push(text.trim().to_owned());
        }
    }
    for i in 0..100 {
        p = forces(p, ForcesCommand::AddCompetitor { name: format!("rival-{i:03}"), kind: None });
    }
    p = forces(p, ForcesCommand::SetConclusion { text: "结论。".repeat(2_000) });
    let diagram = parse(&forces_diagram_svg(&p, Lang::En), &[]);
    assert!(diagram.height > small.0 + 60.0 * 20.0, "{} → {}", small.0, diagram.height);
    for text in &texts {
        assert!(diagram.visible.contains(&squeeze(text)), "{text} missing");
    }
    assert_eq!(diagram.visible.matches("-factor-").count(), 300);
    let sheet = parse(&forces_assessment_svg(&p, Lang::En), &[]);
    assert!(sheet.height > small.1 + 100.0 * 30.0);
    assert_eq!(sheet.visible.matches("rival-").count(), 100);
    assert!(sheet.all.contains(&"结论。".repeat(2_000)), "the cut conclusion keeps its full text in a title");
}

#[test]
fn sample_exports_parse_in_both_languages() {
    for chinese in [true, false] {
        let p = sample_project(new_project("示例 Sample"), chinese);
        for lang in Lang::ALL {
            let diagram = parse(&forces_diagram_svg(&p, lang), &[]);
            let sheet = parse(&forces_assessment_svg(&p, lang), &[]);
            for factor in &p.five_forces.factors {
                assert!(diagram.visible.contains(&squeeze(&factor.text)));
            }
            for competitor in &p.five_forces.competitors {
                assert!(sheet.visible.contains(&squeeze(&competitor.name)));
            }
            assert!(!diagram.visible.contains(&not_assessed(lang)) && !sheet.visible.contains(&not_assessed(lang)));
            assert!(!diagram.strokes.iter().any(|s| s.1), "every arrow is solid");
            let verdict = squeeze(&lang.trf(Text::VerdictUnattractive, &["3"]));
            assert!(diagram.visible.contains(&verdict) && sheet.visible.contains(&verdict));
            assert!(sheet.visible.contains(&squeeze(&p.five_forces.conclusion)));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

#[test]
fn markdown_lists_forces_in_order_with_factors_in_their_order() {
    let mut p = graded();
    p = forces(p, ForcesCommand::SetOverride { force: Force::Rivalry, value: None });
    for (force, text, rating, weight) in [
        (Force::Rivalry, "r-first", Some(2), Some(1)),
        (Force::Rivalry, "r-second", Some(5), Some(3)),
        (Force::Rivalry, "r-unrated", None, None),
        (Force::Buyers, "b-only", Some(4), None),
    ] {
        let id = ItemId(p.next_item_id);
        p = forces(p, ForcesCommand::AddFactor { force, text: text.into() });
        if rating.is_some() {
            p = forces(p, ForcesCommand::RateFactor { id, rating });
        }
        if weight.is_some() {
            p = forces(p, ForcesCommand::SetWeight { id, weight });
        }
    }
    let second = p.five_forces.factors.iter().find(|f| f.text == "r-second").unwrap().id;
    p = forces(p, ForcesCommand::MoveFactor { id: second, index: 0 });
    p = forces(p, ForcesCommand::EditFactor { id: second, text: "r-second".into(), note: "why".into() });
    let rival = ItemId(p.next_item_id);
    p = forces(p, ForcesCommand::AddCompetitor { name: "Rival".into(), kind: Some(CompetitorType::ProductForm) });
    let edit = ForcesCommand::EditCompetitor {
        id: rival,
        name: "Rival".into(),
        kind: Some(CompetitorType::ProductForm),
        strengths: "cheap".into(),
        weaknesses: String::new(),
        threat: Some(4),
    };
    p = forces(p, edit);
    p = run(p, Command::SendToSwot { origin: Origin::Competitor(rival), quadrant: Quadrant::Threats });
    p = forces(p, ForcesCommand::SetConclusion { text: "first paragraph\n\nsecond".into() });

    let md = forces_markdown(&p, Lang::En);
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Graded",
            "## Rivalry among existing competitors",
            "## Threat of new entrants",
            "## Threat of substitutes",
            "## Bargaining power of suppliers",
            "## Bargaining power of buyers",
            "## Overall assessment",
            "## Conclusion",
            "## Competitor register",
        ]
    );
    assert!(
        md.contains("## Rivalry among existing competitors\n\nIntensity 4.3 · from 2 factors\n\n- r-second (pressure 5, weight 3)\n  - Note: why\n- r-first (pressure 2, weight 1)\n- r-unrated\n"),
        "{md}"
    );
    assert!(md.contains("## Threat of new entrants\n\nIntensity 1.0 · set by hand\n\n*No items yet*\n"), "{md}");
    assert!(md.contains("## Threat of substitutes\n\n*not assessed*\n\n*No items yet*\n"), "{md}");
    assert!(md.contains("Intensity 5.0 · set by hand\n\n- b-only (pressure 4)\n"), "the override wins over the factor: {md}");
    assert!(!md.contains("0.0"));
    assert!(md.contains("**4 of 5 forces assessed, 2 high. The verdict comes once all five are assessed.**\n\nRule: a force is high"));
    assert!(md.contains("## Conclusion\n\nfirst paragraph\n\nsecond\n"), "{md}");
    assert!(md.contains("- Rival (Competitor type: Product-form competitor, Threat level: 4)\n  - Strengths: cheap\n  - In SWOT: Rival\n"), "{md}");

    let zh = forces_markdown(&p, Lang::ZhCn);
    assert!(zh.contains("## 现有竞争者的竞争\n\n强度 4.3 · 依据 2 个因素\n\n- r-second（强度评分 5，权重 3）\n  - 备注：why\n"), "{zh}");
    assert!(zh.contains("## 替代品的威胁\n\n*未评定*\n"), "{zh}");
    assert!(zh.contains("- Rival（竞争者类型：产品形式竞争者，威胁程度：4）\n  - 优势：cheap\n"), "{zh}");
    // Once all five are assessed the verdict is given.
    let p = forces(p, ForcesCommand::SetOverride { force: Force::Substitutes, value: Some(4) });
    assert!(forces_markdown(&p, Lang::En).contains("**3 of 5 forces high → unattractive industry**"));
}

#[test]
fn markdown_neutralises_hostile_text() {
    let p = hostile_project();
    for lang in Lang::ALL {
        let md = forces_markdown(&p, lang);
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(headings.len(), 1 + 5 + 3, "{headings:?}");
        assert!(headings[0].starts_with("# \\<b\\>"));
        let conclusion_at = md.find(&format!("## {}", lang.tr(Text::Conclusion))).unwrap();
        let register_at = md.find(&format!("## {}", lang.tr(Text::Competitors))).unwrap();
        for (at, line) in md.lines().scan(0, |pos, l| {
            let start = *pos;
            *pos += l.len() + 1;
            Some((start, l))
        }) {
            if line.is_empty() || line.starts_with('#') || line.starts_with('*') {
                continue;
            }
            let in_conclusion = at > conclusion_at && at < register_at;
            let is_catalogue = line == lang.tr(Text::VerdictRule) || line.starts_with(&lang.trf(Text::IntensityValue, &[""]));
            assert!(line.starts_with("- ") || line.starts_with("  - ") || in_conclusion || is_catalogue, "stray line {line:?}");
            assert!(!line.contains('\u{1}'));
            if is_catalogue {
                continue;
            }
            let body = line.trim_start().strip_prefix("- ").unwrap_or(line);
            let unescaped = body.replace("\\\\", "");
            let mut previous = ' ';
            for c in unescaped.chars() {
                assert!(!"<>[]`*_#&".contains(c) || previous == '\\', "unescaped {c:?} in {line:?}");
                previous = c;
            }
        }
        // The 1,000-character factor stays on one list line in each of the five forces.
        let long = long_text();
        assert_eq!(md.lines().filter(|l| l.starts_with("- ") && l.contains(&long)).count(), 5 + 1);
        assert!(md.contains(&format!("*{}*", lang.tr(Text::NotAssessed))));
    }
}
