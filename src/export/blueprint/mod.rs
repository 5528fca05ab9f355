//! Service-blueprint exports: the whole blueprint as a standalone SVG, and the fail-point
//! register (every fail and wait point with its step, lane, SERVQUAL dimension, touchpoint,
//! owner and minutes) as CSV for a spreadsheet and as Markdown for a report.
//!
//! The SVG prints the same geometry the canvas shows (`model::blueprint::layout`), shifted
//! below a title and the summary lines: the emotion band with its axis, curve and dots; the
//! stage headings; the step headers (name, minutes); the column of lane names; the lanes in
//! alternating light fills; the three lines as labelled dashed lines across the grid; the
//! connectors as bent arrows; and the cards. A fail point has a heavy red outline *and* a
//! "✕ Fail point" label, a wait point an amber one and "⏳ Wait point", a touchpoint a "★" —
//! never colour alone — and a legend under the grid names the symbols.
//!
//! Invariants as for the other exports: the document is the layout's extent plus margins, so a
//! blueprint of any width is exported whole; user text reaches the SVG only through
//! `svg::Writer`, which escapes it, and a card whose text is cut keeps it in full in a
//! `<title>`; CSV cells are quoted by the `csv` crate; Markdown cells pass through
//! `escape_markdown`, which flattens line breaks and escapes `|`.

mod card;
mod register;
mod style;
mod svg;

pub use register::{register_csv, register_markdown};
pub use svg::blueprint_svg;

use crate::export::markdown::colon;
use crate::i18n::{BlueprintText, Lang};
use crate::model::blueprint::summary::summary;
use crate::model::blueprint::BlueprintCanvas;

/// "12 分钟" / "12 minutes".
pub(super) fn minutes_text(minutes: u64, lang: Lang) -> String {
    match lang {
        Lang::ZhCn => format!("{minutes} {}", lang.tr(BlueprintText::Minutes)),
        Lang::En => format!("{minutes} {}", lang.tr(BlueprintText::Minutes).to_ascii_lowercase()),
    }
}

/// The summary in words, one entry per line: total and waiting time; the budget and the steps
/// past it (when there is a budget); the counts of fail points, wait points and touchpoints.
/// `user` formats user text (step names) for the target format.
pub(super) fn summary_lines(canvas: &BlueprintCanvas, lang: Lang, user: impl Fn(&str) -> String) -> Vec<String> {
    let s = summary(canvas);
    let mut lines = vec![format!(
        "{} · {}",
        lang.trf(BlueprintText::TotalTime, &[&s.total_minutes.to_string()]),
        lang.trf(BlueprintText::Waiting, &[&s.waiting_minutes.to_string()])
    )];
    if let Some(budget) = s.budget {
        let verdict = if s.over_budget.is_empty() {
            lang.tr(BlueprintText::WithinBudget).to_owned()
        } else {
            let names: Vec<String> = s.over_budget.iter().filter_map(|id| canvas.step(*id)).map(|step| user(&step.name)).collect();
            let separator = if lang == Lang::ZhCn { "、" } else { ", " };
            lang.trf(BlueprintText::OverBudget, &[&names.join(separator)])
        };
        lines.push(format!("{}{}{budget} · {verdict}", lang.tr(BlueprintText::Budget), colon(lang)));
    }
    lines.push(lang.trf(BlueprintText::Counts, &[&s.fail_points.to_string(), &s.wait_points.to_string(), &s.touchpoints.to_string()]));
    lines
}

// ---------------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------------
