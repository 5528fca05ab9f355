//! Service-quality exports: the SERVQUAL sheet as standalone SVG (expectation and perception
//! bars per dimension on the 1–7 scale with each gap labelled, the weighted score, then the
//! gap model: each provider gap's summary, status, owner and causes), a Markdown summary, and
//! the statement table as CSV. A dimension with no scores says "not assessed", never 0. User
//! text reaches the SVG only through `svg::Writer` (escaped) and Markdown only through
//! `escape_markdown`; CSV cells go through `write_table`, which defuses formulas.

use super::markdown::{colon, escape_markdown};
use super::svg::{wrap, Style, Writer};
use crate::i18n::{gap_status_label, gap_title, servqual_gloss, servqual_label, Lang, QualityText, Text};
use crate::model::core::csv_text::write_table;
use crate::model::core::{Positions, Servqual};
use crate::model::project::Project;
use crate::model::quality::score::{
    dimension_scores, format_gap, format_score, largest_shortfall, overall, points_total, tally_mean, tally_spread, DimensionScore,
};
use crate::model::quality::{Gap, ProviderGap, SCALE_MAX};
use std::fmt::Write as _;

const MARGIN: u32 = 24;
const WIDTH: u32 = 920;
const LABEL_W: u32 = 200;
/// Pixels per point of the 1–7 scale (the axis starts at 0 so a 1 still shows).
const UNIT_W: u32 = 80;
const BAR_H: u32 = 14;
const ROW_H: u32 = 52;
const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const RULE: &str = "#d0d7de";
const EXPECTED: &str = "#8c959f";
const PERCEIVED: &str = "#1f6feb";
const SHORT: &str = "#b3261e";

const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
const HEADER: Style = Style { size: 16, line_height: 22, fill: INK, bold: true, italic: false, end: false };
const ITEM: Style = Style { size: 14, line_height: 20, fill: INK, bold: false, italic: false, end: false };
const SMALL: Style = Style { size: 12, line_height: 16, fill: MUTED, bold: false, italic: false, end: false };
const SMALL_ITALIC: Style = Style { italic: true, ..SMALL };

fn dimension_name(lang: Lang, dimension: Servqual) -> String {
    format!("{} — {}", lang.tr(servqual_label(dimension)), lang.tr(servqual_gloss(dimension)))
}

/// One dimension's row: two bars (expectation above, perception below) and the gap.
fn draw_row(w: &mut Writer, score: &DimensionScore, y: u32, lang: Lang) {
    let axis_x = MARGIN + LABEL_W;
    let label = wrap(&dimension_name(lang, score.dimension), f64::from(LABEL_W - 12), f64::from(ITEM.size), 2).lines;
    w.text(MARGIN, y + 4, ITEM, &label);
    let sides = [(score.expectation, EXPECTED, 6), (score.perception, PERCEIVED, 6 + BAR_H + 4)];
    for (mean, fill, dy) in sides {
        match mean {
            Some(mean) => {
                let length = (mean.value.clamp(0.0, f64::from(SCALE_MAX)) * f64::from(UNIT_W)).round() as u32;
                w.bar(axis_x, y + dy, length.max(1), BAR_H, fill);
                w.text(axis_x + length + 6, y + dy - 1, SMALL, &[format_score(mean.value)]);
            }
            None => {
                w.text(axis_x + 6, y + dy - 1, SMALL_ITALIC, &[lang.tr(QualityText::NotAssessed).to_owned()]);
            }
        }
    }
    let gap_x = axis_x + u32::from(SCALE_MAX) * UNIT_W + 60;
    let (text, style) = match score.gap() {
        Some(gap) => (format_gap(gap), Style { bold: true, fill: if gap < 0.0 { SHORT } else { INK }, ..ITEM }),
        None => (lang.tr(QualityText::NotAssessed).to_owned(), Style { italic: true, ..SMALL }),
    };
    w.text(gap_x, y + 12, style, &[text]);
}

fn draw_gap(w: &mut Writer, project: &Project, kind: ProviderGap, gap: Option<&Gap>, y: u32, lang: Lang) -> u32 {
    let width = f64::from(WIDTH - 2 * MARGIN);
    let mut height = w.text(MARGIN, y, HEADER, &wrap(lang.tr(gap_title(kind)), width, f64::from(HEADER.size), 3).lines);
    let Some(gap) = gap else {
        return height + w.text(MARGIN, y + height, SMALL_ITALIC, &[lang.tr(QualityText::NotAssessed).to_owned()]) + 8;
    };
    let owner = gap.owner.and_then(|o| project.org.title(o)).unwrap_or("—");
    let status = format!(
        "{}{}{} · {}{}{}",
        lang.tr(QualityText::Status),
        colon(lang),
        lang.tr(gap_status_label(gap.status)),
        lang.tr(QualityText::GapOwner),
        colon(lang),
        owner
    );
    height += w.text(MARGIN, y + height, SMALL, &wrap(&status, width, f64::from(SMALL.size), 2).lines);
    if !gap.summary.is_empty() {
        height += w.text(MARGIN, y + height, ITEM, &wrap(&gap.summary, width, f64::from(ITEM.size), 4).lines);
    }
    for cause in &gap.causes {
        let lines = wrap(&format!("• {}", cause.text), width - 16.0, f64::from(ITEM.size), 4).lines;
        height += w.text(MARGIN + 16, y + height, ITEM, &lines);
    }
    height + 10
}

/// The SERVQUAL sheet and the gap model, as one SVG.
pub fn quality_svg(project: &Project, lang: Lang) -> String {
    let mut w = Writer::default();
    let title = format!("{} — {}", lang.tr(Text::CanvasQuality), project.name);
    let mut y = MARGIN;
    y += w.text(MARGIN, y, TITLE, &wrap(&title, f64::from(WIDTH - 2 * MARGIN), f64::from(TITLE.size), 2).lines) + 6;
    y += w.text(MARGIN, y, HEADER, &[lang.tr(QualityText::ChartTitle).to_owned()]) + 4;
    // The legend: grey expectation, blue perception.
    w.bar(MARGIN, y + 2, 12, 12, EXPECTED);
    w.text(MARGIN + 18, y, SMALL, &[lang.tr(QualityText::Expectation).to_owned()]);
    w.bar(MARGIN + 140, y + 2, 12, 12, PERCEIVED);
    y += w.text(MARGIN + 158, y, SMALL, &[lang.tr(QualityText::Perception).to_owned()]) + 8;
    let scores = dimension_scores(&project.quality);
    let axis_x = MARGIN + LABEL_W;
    let chart_h = ROW_H * scores.len() as u32;
    for tick in 0..=u32::from(SCALE_MAX) {
        let x = axis_x + tick * UNIT_W;
        w.line(x, y, x, y + chart_h, if tick == 0 { MUTED } else { RULE });
        w.text(x - 3, y + chart_h + 2, SMALL, &[tick.to_string()]);
    }
    w.text(axis_x + u32::from(SCALE_MAX) * UNIT_W + 60, y - SMALL.line_height, SMALL, &[lang.tr(QualityText::Gap).to_owned()]);
    for (row, score) in scores.iter().enumerate() {
        draw_row(&mut w, score, y + row as u32 * ROW_H, lang);
    }
    y += chart_h + SMALL.line_height + 12;
    let overall_line = match overall(&scores) {
        Some(value) => lang.trf(QualityText::Overall, &[&format_gap(value)]),
        None => lang.tr(QualityText::OverallNone).to_owned(),
    };
    y += w.text(MARGIN, y, HEADER, &wrap(&overall_line, f64::from(WIDTH - 2 * MARGIN), f64::from(HEADER.size), 2).lines) + 16;
    for kind in ProviderGap::ALL {
        y += draw_gap(&mut w, project, kind, project.quality.gap(kind), y, lang);
    }
    w.finish(WIDTH, y + MARGIN, &title, lang.code())
}

/// A Markdown summary: the score table, the weighted score, and the gap model.
pub fn quality_markdown(project: &Project, lang: Lang) -> String {
    let q = &project.quality;
    let scores = dimension_scores(q);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", lang.tr(Text::CanvasQuality), escape_markdown(&project.name));
    let cols = [QualityText::Dimension, QualityText::Weight, QualityText::Expectation, QualityText::Perception, QualityText::Gap];
    let _ = writeln!(out, "| {} |\n|---|---:|---:|---:|---:|", cols.map(|c| lang.tr(c)).join(" | "));
    let shown = |m: Option<f64>, f: fn(f64) -> String| m.map_or_else(|| lang.tr(QualityText::NotAssessed).to_owned(), f);
    for score in &scores {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape_markdown(&dimension_name(lang, score.dimension)),
            score.points,
            shown(score.expectation.map(|m| m.value), format_score),
            shown(score.perception.map(|m| m.value), format_score),
            shown(score.gap(), format_gap)
        );
    }
    let total = points_total(&q.weights);
    let weights = if total == 100 {
        lang.trf(QualityText::WeightsTotal, &[&total.to_string()])
    } else {
        lang.trf(QualityText::WeightsNormalised, &[&total.to_string()])
    };
    let _ = writeln!(out, "\n{weights}\n");
    match overall(&scores) {
        Some(value) => {
            let _ = writeln!(out, "**{}**\n", lang.trf(QualityText::Overall, &[&format_gap(value)]));
        }
        None => {
            let _ = writeln!(out, "**{}**\n", lang.tr(QualityText::OverallNone));
        }
    }
    if let Some((dimension, gap)) = largest_shortfall(&scores) {
        let _ = writeln!(out, "{}\n", lang.trf(QualityText::Shortfall, &[lang.tr(servqual_label(dimension)), &format_gap(gap)]));
    }
    let _ = writeln!(out, "## {}\n", lang.tr(QualityText::ViewGaps));
    for kind in ProviderGap::ALL {
        let _ = writeln!(out, "### {}\n", lang.tr(gap_title(kind)));
        let Some(gap) = q.gap(kind) else {
            let _ = writeln!(out, "{}\n", lang.tr(QualityText::NotAssessed));
            continue;
        };
        let owner = gap.owner.and_then(|o| project.org.title(o)).unwrap_or("—");
        let _ = writeln!(out, "- {}{}{}", lang.tr(QualityText::Status), colon(lang), lang.tr(gap_status_label(gap.status)));
        let _ = writeln!(out, "- {}{}{}", lang.tr(QualityText::GapOwner), colon(lang), escape_markdown(owner));
        for (label, text) in [(QualityText::GapSummary, &gap.summary), (QualityText::Evidence, &gap.evidence), (QualityText::Actions, &gap.actions)] {
            if !text.is_empty() {
                let _ = writeln!(out, "- {}{}{}", lang.tr(label), colon(lang), escape_markdown(text));
            }
        }
        for cause in &gap.causes {
            let _ = writeln!(out, "- {}{}{}", lang.tr(QualityText::Causes), colon(lang), escape_markdown(&cause.text));
        }
        out.push('\n');
    }
    out
}

/// The statement table: number, dimension, statement, and for each side the answers, mean and
/// spread; then the statement's gap. Empty cells where nobody answered.
pub fn statements_csv(project: &Project, lang: Lang) -> String {
    let header = [
        "#".to_owned(),
        lang.tr(QualityText::Dimension).to_owned(),
        lang.tr(QualityText::Statement).to_owned(),
        format!("{} {}", lang.tr(QualityText::Expectation), lang.tr(QualityText::Answers)),
        lang.tr(QualityText::MeanE).to_owned(),
        format!("{} {}", lang.tr(QualityText::Expectation), lang.tr(QualityText::Spread)),
        format!("{} {}", lang.tr(QualityText::Perception), lang.tr(QualityText::Answers)),
        lang.tr(QualityText::MeanP).to_owned(),
        format!("{} {}", lang.tr(QualityText::Perception), lang.tr(QualityText::Spread)),
        lang.tr(QualityText::Gap).to_owned(),
    ];
    let opt = |v: Option<f64>| v.map(format_score).unwrap_or_default();
    let rows = project.quality.statements.iter().enumerate().map(|(i, s)| {
        let (e, p) = (tally_mean(&s.expectation), tally_mean(&s.perception));
        let gap = e.zip(p).map(|(e, p)| format_gap(p - e)).unwrap_or_default();
        [
            (i + 1).to_string(),
            lang.tr(servqual_label(s.dimension)).to_owned(),
            s.text.clone(),
            s.expectation.n.to_string(),
            opt(e),
            opt(tally_spread(&s.expectation)),
            s.perception.n.to_string(),
            opt(p),
            opt(tally_spread(&s.perception)),
            gap,
        ]
    });
    write_table(std::iter::once(header).chain(rows))
}
