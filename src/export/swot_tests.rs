//! Unit tests of `export::swot`: what the board and matrix show, and that their size follows
//! their content. Parsing and hostile input are covered in `tests/swot_export.rs`.

use super::*;
use crate::model::project::sample::swot::with_sample_swot;
use crate::model::swot::SwotCommand;
use crate::model::{apply, Command, ItemId, Outcome};

fn empty() -> Project {
    crate::model::project::test_project("Plan")
}

fn run(project: Project, command: SwotCommand) -> Project {
    match apply(&project, &Command::Swot(command)) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("command refused: {other:?}"),
    }
}

fn height(svg: &str) -> u32 {
    let at = svg.find("height=\"").unwrap() + 8;
    svg[at..].split('"').next().unwrap().parse().unwrap()
}

#[test]
fn board_shows_labels_items_and_priorities_in_the_chosen_language() {
    let en = swot_board_svg(&with_sample_swot(empty(), false), Lang::En);
    for word in ["S Strengths", "W Weaknesses", "O Opportunities", "T Threats", "Internal", "External", "SWOT board"] {
        assert!(en.contains(word), "missing {word}");
    }
    assert!(en.contains(">★5<") && en.contains(">★2<"));
    assert!(en.contains("Political &amp; legal"), "environment tags are shown and escaped");
    assert!(en.contains(r#"xml:lang="en""#));
    let zh = swot_board_svg(&with_sample_swot(empty(), true), Lang::ZhCn);
    assert!(zh.contains("S 优势") && zh.contains("内部") && zh.contains("外部") && zh.contains("3 项"));
    assert!(zh.contains(r#"xml:lang="zh-CN""#));
}

#[test]
fn board_lists_a_sorted_quadrant_in_display_order() {
    let mut p = empty();
    for text in ["low", "high", "unrated"] {
        p = run(p, SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: text.into(), source: None });
    }
    p = run(p, SwotCommand::SetPriority { id: ItemId(1), priority: Some(1) });
    p = run(p, SwotCommand::SetPriority { id: ItemId(2), priority: Some(5) });
    let at = |svg: &str, word: &str| svg.find(&format!(">{word}<")).unwrap();
    let manual = swot_board_svg(&p, Lang::En);
    assert!(at(&manual, "low") < at(&manual, "high"));
    p = run(p, SwotCommand::SetSorted { quadrant: Quadrant::Strengths, by_priority: true });
    let sorted = swot_board_svg(&p, Lang::En);
    assert!(at(&sorted, "high") < at(&sorted, "low") && at(&sorted, "low") < at(&sorted, "unrated"));
}

#[test]
fn the_document_grows_with_its_content_and_rows_align() {
    let base = empty();
    let short = height(&swot_board_svg(&base, Lang::En));
    let mut p = base;
    for i in 0..30 {
        p = run(p, SwotCommand::AddItem { quadrant: Quadrant::Threats, text: format!("threat {i}"), source: None });
    }
    let taller = height(&swot_board_svg(&p, Lang::En));
    assert!(taller >= short + 30 * 20, "{short} → {taller}");
    // The opportunities pane is stretched to the threats pane's height.
    let svg = swot_board_svg(&p, Lang::En);
    let rects: Vec<&str> = svg.match_indices("<rect ").map(|(at, _)| &svg[at..at + 80]).collect();
    let h = |r: &str| r.split("height=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert_eq!(h(rects[3]), h(rects[4]), "{rects:?}");
}

#[test]
fn matrix_lists_strategies_with_their_sources_and_marks_removed_ones() {
    let p = with_sample_swot(empty(), false);
    let svg = tows_matrix_svg(&p, Lang::En);
    assert!(svg.contains("SO: use strengths to seize opportunities"));
    assert!(svg.contains("Offer a trade-in bundle"));
    assert!(svg.contains("S · Own after-sales outlets"));
    assert!(!svg.contains("source removed"));
    let p = run(p, SwotCommand::DeleteItem { id: ItemId(1) });
    let svg = tows_matrix_svg(&p, Lang::En);
    assert!(svg.contains("· source removed") && !svg.contains("S · Own after-sales outlets"));
    let empty_matrix = tows_matrix_svg(&empty(), Lang::ZhCn);
    assert_eq!(empty_matrix.matches("暂无策略").count(), 4);
}

#[test]
fn cut_items_keep_their_full_text_in_a_title() {
    let long = format!("{}END", "字".repeat(900));
    let p = run(empty(), SwotCommand::AddItem { quadrant: Quadrant::Weaknesses, text: long.clone(), source: None });
    let svg = swot_board_svg(&p, Lang::En);
    assert!(svg.contains(&format!("<g><title>{long}</title>")));
    assert!(svg.contains("…</tspan>"));
}
