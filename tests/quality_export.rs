//! The service-quality exports on a study full of hostile text: the SVG parses, uses only the
//! exporters' elements and attributes, and carries user text only as character data; a
//! dimension without scores reads "not assessed", never 0; the Markdown escapes user text;
//! the statement table round-trips through a CSV reader with formulas defused.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::svg::{check_vocabulary, probes, root_size, squeeze};
use planning_workbench::export::quality::{quality_markdown, quality_svg, statements_csv};
use planning_workbench::i18n::Lang;
use planning_workbench::model::core::csv_text::unguarded;
use planning_workbench::model::quality::{GapEdit, GapStatus, ProviderGap, QualityCommand, Servqual, Tally};
use planning_workbench::model::{apply, Command, Outcome, Project, ProjectId, Timestamp};

const ATTRIBUTES: [&str; 19] = [
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
    "text-anchor",
    "x1",
    "y1",
    "x2",
    "y2",
    "rx",
    "xmlns",
];

fn hostile() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=alert(1)>".into(),
        "]]> & 'single' \"double\"".into(),
        "=SUM(A1:A2), \"x\"\r\n- list".into(),
        "\u{202e}right-to-left 😀 表情".into(),
    ]
}

fn run(p: &mut Project, command: QualityCommand) {
    match apply(p, &Command::Quality(command)) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("refused: {other:?}"),
    }
}

fn hostile_study() -> Project {
    let mut p = Project::new(ProjectId::parse("p-q").unwrap(), "<b>Study</b>".into(), Timestamp(0));
    let texts = hostile();
    run(&mut p, QualityCommand::InsertStatements { statements: texts.iter().map(|t| (Servqual::Reliability, t.clone())).collect(), replace: false });
    let mut e = Tally::default();
    let mut q = Tally::default();
    for (a, b) in [(7, 4), (6, 5)] {
        e.add(a);
        q.add(b);
    }
    let id = p.quality.statements[0].id;
    run(&mut p, QualityCommand::ImportSurvey { respondents: 2, tallies: vec![(id, e, q)] });
    let edit = GapEdit {
        summary: texts[1].replace(['\r', '\n'], " "),
        evidence: texts[2].clone(),
        actions: texts[3].clone(),
        owner: None,
        status: GapStatus::InProgress,
    };
    run(&mut p, QualityCommand::EditGap { kind: ProviderGap::Delivery, edit });
    run(&mut p, QualityCommand::AddCause { kind: ProviderGap::Delivery, text: texts[0].clone() });
    p
}

#[test]
fn the_svg_carries_user_text_only_as_character_data_and_says_not_assessed() {
    let p = hostile_study();
    let texts = hostile();
    let probes = probes(&texts);
    for lang in Lang::ALL {
        let svg = quality_svg(&p, lang);
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("not XML: {e}\n{svg}"));
        let (width, height) = root_size(&doc);
        assert!(width > 0.0 && height > 0.0);
        for node in doc.descendants().filter(|n| n.is_element()) {
            check_vocabulary(node, &ATTRIBUTES, &probes);
        }
        let all_text = squeeze(&doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect::<String>());
        assert!(all_text.contains(&squeeze("<script>alert(1)</script>")));
        // Reliability is scored from the survey (6.50 vs 4.50); the others are not assessed.
        assert!(all_text.contains("6.50") && all_text.contains("4.50") && all_text.contains("-2.00"));
        let missing = if lang == Lang::En { "notassessed" } else { "未评定" };
        assert!(all_text.matches(missing).count() >= 8, "{lang:?}");
    }
}

#[test]
fn the_markdown_escapes_user_text_and_reports_the_weighted_score() {
    let p = hostile_study();
    let md = quality_markdown(&p, Lang::En);
    assert!(!md.contains("<script>"), "{md}");
    assert!(md.contains("Weighted SERVQUAL score: -2.00"), "{md}");
    assert!(md.contains("| Reliability — accurate and error-free | 20 | 6.50 | 4.50 | -2.00 |"), "{md}");
    assert!(md.contains("not assessed"));
    let zh = quality_markdown(&p, Lang::ZhCn);
    assert!(zh.contains("差距 3：服务质量标准与实际传递的服务之间的差距"), "{zh}");
    assert!(zh.contains("状态：处理中"), "{zh}");
}

#[test]
fn the_statement_table_round_trips_through_a_csv_reader() {
    let p = hostile_study();
    let texts = hostile();
    for lang in Lang::ALL {
        let csv = statements_csv(&p, lang);
        let body = csv.strip_prefix('\u{feff}').expect("a BOM for Excel");
        let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a readable row")).collect();
        assert_eq!(records.len(), texts.len());
        for (record, statement) in records.iter().zip(&p.quality.statements) {
            assert_eq!(record.len(), 10);
            assert_eq!(unguarded(&record[2]), statement.text);
            if statement.text.starts_with(['=', '+', '-', '@']) {
                assert_eq!(&record[2], format!("'{}", statement.text));
            }
        }
        assert_eq!((&records[0][3], &records[0][4], &records[0][7], &records[0][9]), ("2", "6.50", "4.50", "-2.00"));
        assert_eq!(&records[1][4], "");
    }
}
