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

use super::markdown::{colon, escape_markdown};
use super::svg::{text_width, wrap, Style, Wrapped, Writer};
use crate::csv_text::write_table;
use crate::i18n::{lane_name, line_label, mark_label, servqual_label, BlueprintText, Lang};
use crate::model::blueprint::layout::{
    connector_route, emotion_y, layout, BlueprintLayout, CardBox, CARD_HEIGHT, CARD_WIDTH, LANES_TOP, LANE_HEADER_WIDTH, STAGE_HEIGHT, STAGE_TOP,
    STEP_HEADER_TOP,
};
use crate::model::blueprint::summary::{owner_of, register, summary, touchpoints, Owner, RegisterRow};
use crate::model::blueprint::{BlueprintCanvas, Card, Mark, MAX_EMOTION};
use crate::model::project::Project;
use std::fmt::Write as _;

const MARGIN: f64 = 24.0;
/// The narrowest document, so the title and summary have room above a one-step blueprint.
const MIN_WIDTH: f64 = 640.0;
const GAP: f64 = 16.0;
/// Inner padding of the header column, the step headers and the stage headings.
const PAD: f64 = 6.0;
/// Inner padding of a card: cards are small, so it is tighter than `PAD`.
const CARD_PAD: f64 = 3.0;
/// Most lines of the title, and of the summary lines together.
const TITLE_LINES: usize = 2;
const SUMMARY_LINES: usize = 4;

const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const RULE: &str = "#d0d7de";
const GRID: &str = "#e1e4e8";
const LANE_FILLS: [&str; 2] = ["#f6f8fa", "#ffffff"];
const STAGE_FILL: &str = "#eaeef2";
const LINE: &str = "#57606a";
const CONNECTOR: &str = "#6e7781";
const CURVE: &str = "#0969da";
const FAIL: &str = "#cf222e";
const WAIT: &str = "#9a6700";

const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
const SUMMARY: Style = Style { size: 13, line_height: 18, fill: MUTED, bold: false, italic: false, end: false };
const LANE: Style = Style { size: 12, line_height: 15, fill: INK, bold: true, italic: false, end: false };
const LINE_LABEL: Style = Style { size: 10, line_height: 12, fill: LINE, bold: false, italic: true, end: false };
const EMOTION_LABEL: Style = Style { size: 11, line_height: 14, fill: MUTED, bold: true, italic: false, end: false };
const TICK: Style = Style { size: 10, line_height: 12, fill: MUTED, bold: false, italic: false, end: true };
const STAGE: Style = Style { size: 11, line_height: 14, fill: MUTED, bold: true, italic: false, end: false };
const STEP: Style = Style { size: 12, line_height: 15, fill: INK, bold: true, italic: false, end: false };
const STEP_MINUTES: Style = Style { size: 10, line_height: 12, fill: MUTED, bold: false, italic: false, end: false };
const CARD_TEXT: Style = Style { size: 11, line_height: 13, fill: INK, bold: false, italic: false, end: false };
/// The mark line at the top of a card and the owner line at its bottom.
const CARD_SMALL: Style = Style { size: 9, line_height: 10, fill: MUTED, bold: false, italic: false, end: false };
const FAIL_LABEL: Style = Style { fill: FAIL, bold: true, ..CARD_SMALL };
const WAIT_LABEL: Style = Style { fill: WAIT, bold: true, ..CARD_SMALL };
const STAR: Style = Style { fill: "#bf8700", bold: true, end: true, ..CARD_SMALL };
const OWNER: Style = CARD_SMALL;
const OWNER_REMOVED: Style = Style { italic: true, fill: WAIT, ..CARD_SMALL };
const LEGEND: Style = Style { size: 11, line_height: 15, fill: MUTED, bold: false, italic: false, end: false };

/// The symbols that say what a card is, besides its colours.
const FAIL_SYMBOL: &str = "✕";
const WAIT_SYMBOL: &str = "⏳";
const TOUCHPOINT_SYMBOL: &str = "★";

/// A coordinate as a whole pixel for the writer's text and rules (layout coordinates are
/// non-negative; anything else is clamped rather than wrapped).
fn px(value: f64) -> u32 {
    if value.is_finite() && value > 0.0 {
        value.round().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// Shifts blueprint-space points to the document (the grid starts at `origin`).
struct Place {
    origin: (f64, f64),
}

impl Place {
    fn point(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.origin.0 + x, self.origin.1 + y)
    }

    fn x(&self, x: f64) -> u32 {
        px(self.origin.0 + x)
    }

    fn y(&self, y: f64) -> u32 {
        px(self.origin.1 + y)
    }
}

/// "12 分钟" / "12 minutes".
fn minutes_text(minutes: u64, lang: Lang) -> String {
    match lang {
        Lang::ZhCn => format!("{minutes} {}", lang.tr(BlueprintText::Minutes)),
        Lang::En => format!("{minutes} {}", lang.tr(BlueprintText::Minutes).to_ascii_lowercase()),
    }
}

/// The summary in words, one entry per line: total and waiting time; the budget and the steps
/// past it (when there is a budget); the counts of fail points, wait points and touchpoints.
/// `user` formats user text (step names) for the target format.
fn summary_lines(canvas: &BlueprintCanvas, lang: Lang, user: impl Fn(&str) -> String) -> Vec<String> {
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

/// The lane fills, the header column's rule and the column rules: the grid under everything.
fn draw_grid(w: &mut Writer, at: &Place, grid: &BlueprintLayout) {
    for band in &grid.lanes {
        let fill = LANE_FILLS[band.index % LANE_FILLS.len()];
        w.bar(at.x(0.0), at.y(band.y), px(grid.width), px(band.height), fill);
    }
    for span in &grid.stages {
        w.bar(at.x(span.x + 2.0), at.y(STAGE_TOP + 3.0), px(span.width - 4.0), px(STAGE_HEIGHT - 6.0), STAGE_FILL);
    }
    let (top, bottom) = (at.y(STEP_HEADER_TOP), at.y(grid.height));
    w.line(at.x(LANE_HEADER_WIDTH), top, at.x(LANE_HEADER_WIDTH), bottom, RULE);
    for column in &grid.steps {
        let right = column.x + column.width;
        w.line(at.x(right), top, at.x(right), bottom, GRID);
    }
    w.line(at.x(0.0), at.y(LANES_TOP), at.x(grid.width), at.y(LANES_TOP), RULE);
}

/// The emotion band: its name, the +2 / 0 / −2 ticks, the zero axis, the curve and a dot per
/// rated step (red below zero, green above, grey at zero; the height says the same).
fn draw_emotion(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    let tick_room = 26.0;
    let label = wrap(lang.tr(BlueprintText::EmotionCurve), LANE_HEADER_WIDTH - 2.0 * PAD - tick_room, f64::from(EMOTION_LABEL.size), 3);
    w.text(at.x(PAD), at.y(PAD), EMOTION_LABEL, &label.lines);
    for score in [MAX_EMOTION, 0, -MAX_EMOTION] {
        let tick = if score > 0 {
            format!("+{score}")
        } else if score < 0 {
            format!("−{}", -score)
        } else {
            "0".to_owned()
        };
        let top = emotion_y(score) - f64::from(TICK.size) / 2.0 - 1.0;
        w.text(at.x(LANE_HEADER_WIDTH - PAD), at.y(top), TICK, &[tick]);
    }
    let (zero, _, _) = grid.emotion_axis();
    w.stroke(at.point((LANE_HEADER_WIDTH, zero)), at.point((grid.width, zero)), 1.0, RULE, true);
    let points: Vec<(f64, f64)> = grid.emotion.iter().map(|&p| at.point(p)).collect();
    w.polyline(&points, 2.0, CURVE, false);
    let scores = canvas.steps.iter().filter_map(|s| s.emotion);
    for (point, score) in points.iter().zip(scores) {
        let fill = match score {
            s if s < 0 => FAIL,
            s if s > 0 => "#1a7f37",
            _ => "#8c959f",
        };
        w.circle(*point, 4.0, fill, "#ffffff");
    }
}

/// The stage headings, one line each (cut with "…" if the span is too narrow).
fn draw_stages(w: &mut Writer, at: &Place, grid: &BlueprintLayout) {
    for span in &grid.stages {
        let name = wrap(&span.name, span.width - 2.0 * PAD - 4.0, f64::from(STAGE.size), 1);
        let top = STAGE_TOP + (STAGE_HEIGHT - f64::from(STAGE.line_height)) / 2.0;
        w.open_group(name.truncated.then_some(span.name.as_str()));
        w.text(at.x(span.x + PAD + 2.0), at.y(top), STAGE, &name.lines);
        w.close_group();
    }
}

/// Each step's name (two lines at most) and minutes.
fn draw_step_headers(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    for column in &grid.steps {
        let Some(step) = canvas.steps.get(column.index) else { continue };
        let name = wrap(&step.name, column.width - 2.0 * PAD, f64::from(STEP.size), 2);
        w.open_group(name.truncated.then_some(step.name.as_str()));
        let top = STEP_HEADER_TOP + 4.0;
        let used = w.text(at.x(column.x + PAD), at.y(top), STEP, &name.lines);
        if let Some(minutes) = step.minutes {
            // Right under the name, which has at most two lines, so it always fits the header.
            let below = top + f64::from(used) + 1.0;
            w.text(at.x(column.x + PAD), at.y(below), STEP_MINUTES, &[minutes_text(u64::from(minutes), lang)]);
        }
        w.close_group();
    }
}

/// The lane names in the header column and the three lines: a dashed rule across the whole
/// grid at the bottom of its lane, labelled in the header column just above it.
fn draw_lanes_and_lines(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    let inner = LANE_HEADER_WIDTH - 2.0 * PAD;
    for band in &grid.lanes {
        let Some(lane) = canvas.lanes.get(band.index) else { continue };
        let line = grid.lines.iter().find(|l| l.line.below() == band.key);
        let label = line.map(|l| wrap(lang.tr(line_label(l.line)), inner, f64::from(LINE_LABEL.size), 2));
        let label_height = label.as_ref().map_or(0.0, |l| l.lines.len() as f64 * f64::from(LINE_LABEL.line_height) + 2.0);
        let room = ((band.height - 2.0 * PAD - label_height) / f64::from(LANE.line_height)).floor().max(1.0);
        let name = lane_name(lang, lane);
        let wrapped = wrap(&name, inner, f64::from(LANE.size), room as usize);
        w.open_group(wrapped.truncated.then_some(name.as_str()));
        w.text(at.x(PAD), at.y(band.y + PAD), LANE, &wrapped.lines);
        w.close_group();
        if let (Some(line), Some(label)) = (line, label) {
            let top = line.y - label_height - 1.0;
            w.text(at.x(PAD), at.y(top), LINE_LABEL, &label.lines);
        }
    }
    for line in &grid.lines {
        w.stroke(at.point((0.0, line.y)), at.point((grid.width, line.y)), 1.5, LINE, true);
    }
}

/// Every connector as a bent arrow between its cards' boxes.
fn draw_connectors(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas) {
    for connector in &canvas.connectors {
        let (Some(from), Some(to)) = (grid.card_box(connector.from), grid.card_box(connector.to)) else { continue };
        if from.index == to.index {
            continue;
        }
        let route: Vec<(f64, f64)> = connector_route(from, to).into_iter().map(|p| at.point(p)).collect();
        w.route_arrow(&route, 1.25, CONNECTOR);
    }
}

/// What one card shows, top to bottom: the mark line (symbol, label, minutes) and the
/// touchpoint star beside it, the text, and the owner.
struct CardFace {
    mark: Option<(String, Style)>,
    star: bool,
    text: Wrapped,
    owner: Option<(String, Style)>,
    /// The card's full wording, for the `<title>` when something was cut.
    full: String,
    cut: bool,
}

impl CardFace {
    fn new(card: &Card, touchpoint: bool, owner: Owner, lang: Lang) -> CardFace {
        let inner = CARD_WIDTH - 2.0 * CARD_PAD;
        let small = f64::from(CARD_SMALL.size);
        let mark = card.mark.map(|mark| {
            let (symbol, style) = match mark {
                Mark::FailPoint => (FAIL_SYMBOL, FAIL_LABEL),
                Mark::WaitPoint => (WAIT_SYMBOL, WAIT_LABEL),
            };
            let mut label = format!("{symbol} {}", lang.tr(mark_label(mark)));
            if let Some(minutes) = card.minutes {
                label.push_str(" · ");
                label.push_str(&minutes_text(u64::from(minutes), lang));
            }
            (label, style)
        });
        let owner = match owner {
            Owner::Unassigned => None,
            Owner::Position { title, .. } => Some((title, OWNER)),
            Owner::Removed(_) => Some((lang.tr(BlueprintText::OwnerRemoved).to_owned(), OWNER_REMOVED)),
        };
        let star_room = if touchpoint { text_width(TOUCHPOINT_SYMBOL, small) + 4.0 } else { 0.0 };
        let mark = mark.map(|(label, style)| (wrap(&label, inner - star_room, small, 1), style));
        let owner = owner.map(|(title, style)| (wrap(&title, inner, small, 1), title, style));
        // The text gets the lines the mark and owner lines leave free, two or three.
        let header = mark.is_some() || touchpoint;
        let small_lines = usize::from(header) + usize::from(owner.is_some());
        let used = small_lines as f64 * f64::from(CARD_SMALL.line_height);
        let room = ((CARD_HEIGHT - 2.0 * CARD_PAD - used) / f64::from(CARD_TEXT.line_height)).floor().max(1.0);
        let text = wrap(&card.text, inner, f64::from(CARD_TEXT.size), room as usize);
        let cut = text.truncated || mark.as_ref().is_some_and(|(m, _)| m.truncated) || owner.as_ref().is_some_and(|(o, _, _)| o.truncated);
        let mut full = card.text.clone();
        if let Some((_, title, _)) = &owner {
            full.push_str(" — ");
            full.push_str(title);
        }
        CardFace {
            mark: mark.map(|(m, style)| (m.lines.concat(), style)),
            star: touchpoint,
            text,
            owner: owner.map(|(o, _, style)| (o.lines.concat(), style)),
            full,
            cut,
        }
    }
}

/// Fill and outline of a card, and the outline's width: marked cards stand out.
fn card_colors(mark: Option<Mark>) -> (&'static str, &'static str, f64) {
    match mark {
        Some(Mark::FailPoint) => ("#fff5f5", FAIL, 2.5),
        Some(Mark::WaitPoint) => ("#fff8e5", "#bf8700", 2.5),
        None => ("#ffffff", "#8c959f", 1.0),
    }
}

fn draw_card(w: &mut Writer, at: &Place, placed: &CardBox, card: &Card, face: &CardFace) {
    w.open_group(face.cut.then_some(face.full.as_str()));
    let (fill, stroke, width) = card_colors(card.mark);
    w.frame_width(at.point((placed.x, placed.y)), (placed.width, placed.height), fill, stroke, width, false);
    let left = at.x(placed.x + CARD_PAD);
    let mut top = placed.y + CARD_PAD - 1.0;
    if face.mark.is_some() || face.star {
        if let Some((label, style)) = &face.mark {
            w.text(left, at.y(top), *style, std::slice::from_ref(label));
        }
        if face.star {
            w.text(at.x(placed.x + placed.width - CARD_PAD), at.y(top), STAR, &[TOUCHPOINT_SYMBOL.to_owned()]);
        }
        top += f64::from(CARD_SMALL.line_height);
    }
    w.text(left, at.y(top), CARD_TEXT, &face.text.lines);
    if let Some((owner, style)) = &face.owner {
        let bottom = placed.y + placed.height - CARD_PAD - f64::from(CARD_SMALL.line_height);
        w.text(left, at.y(bottom), *style, std::slice::from_ref(owner));
    }
    w.close_group();
}

/// The whole blueprint of `project` as a standalone SVG document in `lang`, however wide.
pub fn blueprint_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let grid = layout(canvas);
    let width = (grid.width + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    let text_room = width - 2.0 * MARGIN;
    let title = format!("{} · {}", project.name, lang.tr(BlueprintText::Title));

    let mut w = Writer::default();
    let mut y = px(MARGIN);
    y += w.text(px(MARGIN), y, TITLE, &wrap(&title, text_room, f64::from(TITLE.size), TITLE_LINES).lines);
    let mut summary: Vec<String> = Vec::new();
    for line in summary_lines(canvas, lang, str::to_owned) {
        summary.extend(wrap(&line, text_room, f64::from(SUMMARY.size), SUMMARY_LINES).lines);
    }
    summary.truncate(SUMMARY_LINES);
    y += 4;
    y += w.text(px(MARGIN), y, SUMMARY, &summary);
    y += 8;
    w.line(px(MARGIN), y, px(width - MARGIN), y, RULE);
    y += px(GAP);
    // The layout starts at (0, 0); the grid goes below the title.
    let at = Place { origin: (MARGIN, f64::from(y)) };

    draw_grid(&mut w, &at, &grid);
    draw_emotion(&mut w, &at, &grid, canvas, lang);
    draw_stages(&mut w, &at, &grid);
    draw_step_headers(&mut w, &at, &grid, canvas, lang);
    draw_lanes_and_lines(&mut w, &at, &grid, canvas, lang);
    // Connectors before cards: each arrow's tip touches its card's edge, and a route that
    // passes a card goes under it rather than over its text.
    draw_connectors(&mut w, &at, &grid, canvas);
    let touching = touchpoints(canvas);
    for placed in &grid.cards {
        let Some(card) = canvas.cards.get(placed.index) else { continue };
        let face = CardFace::new(card, touching.contains(&card.id), owner_of(card, &project.org), lang);
        draw_card(&mut w, &at, placed, card, &face);
    }

    let legend = format!(
        "{FAIL_SYMBOL} {}    {WAIT_SYMBOL} {}    {TOUCHPOINT_SYMBOL} {}",
        lang.tr(BlueprintText::FailPoint),
        lang.tr(BlueprintText::WaitPoint),
        lang.tr(BlueprintText::Touchpoint)
    );
    let legend_top = px(at.origin.1 + grid.height + GAP / 2.0);
    let legend_height = w.text(px(MARGIN), legend_top, LEGEND, &wrap(&legend, text_room, f64::from(LEGEND.size), 2).lines);
    let height = (f64::from(legend_top + legend_height) + MARGIN).ceil();
    w.finish(px(width), px(height), &title, lang.code())
}

// ---------------------------------------------------------------------------------------------
// Register: CSV and Markdown
// ---------------------------------------------------------------------------------------------

/// The register's columns, in order.
const COLUMNS: [BlueprintText; 8] = [
    BlueprintText::Step,
    BlueprintText::Lane,
    BlueprintText::CardText,
    BlueprintText::Mark,
    BlueprintText::Servqual,
    BlueprintText::Touchpoint,
    BlueprintText::Owner,
    BlueprintText::Minutes,
];

fn header(lang: Lang) -> [String; 8] {
    COLUMNS.map(|column| lang.tr(column).to_owned())
}

/// One register row's cells in `lang`, as plain text. Nothing set (no SERVQUAL dimension, not
/// a touchpoint, no owner, no minutes) is an empty cell; a touchpoint is "★", as on the SVG.
fn cells(row: &RegisterRow, canvas: &BlueprintCanvas, lang: Lang) -> [String; 8] {
    let lane = canvas.lane(row.lane).map(|lane| lane_name(lang, lane)).unwrap_or_default();
    let owner = match &row.owner {
        Owner::Unassigned => String::new(),
        Owner::Position { title, .. } => title.clone(),
        Owner::Removed(_) => lang.tr(BlueprintText::OwnerRemoved).to_owned(),
    };
    [
        row.step_name.clone(),
        lane,
        row.text.clone(),
        lang.tr(mark_label(row.mark)).to_owned(),
        row.servqual.map(|d| lang.tr(servqual_label(d)).to_owned()).unwrap_or_default(),
        if row.touchpoint { TOUCHPOINT_SYMBOL.to_owned() } else { String::new() },
        owner,
        row.minutes.map(|m| m.to_string()).unwrap_or_default(),
    ]
}

/// The fail-point register of `project` as CSV: a BOM, the header in `lang`, then one row per
/// fail or wait point in blueprint order. Cells holding commas, quotes or line breaks are
/// quoted; CRLF line ends, as spreadsheets write them.
pub fn register_csv(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let rows = register(canvas, &project.org).into_iter().map(|row| cells(&row, canvas, lang));
    write_table(std::iter::once(header(lang)).chain(rows))
}

/// One Markdown table row; every cell is made one line of literal text.
fn table_row(out: &mut String, cells: &[String]) {
    out.push('|');
    for cell in cells {
        let _ = write!(out, " {} |", escape_markdown(cell));
    }
    out.push('\n');
}

/// The fail-point register of `project` as Markdown: `# name`, `## register`, the summary as
/// a list, then a table with a row per fail or wait point (or a note that there are none).
pub fn register_markdown(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let mut out = format!("# {}\n\n## {}\n\n", escape_markdown(&project.name), lang.tr(BlueprintText::Register));
    for line in summary_lines(canvas, lang, escape_markdown) {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
    let rows = register(canvas, &project.org);
    if rows.is_empty() {
        let _ = writeln!(out, "*{}*", lang.tr(BlueprintText::NoMarkedCards));
        return out;
    }
    table_row(&mut out, &header(lang));
    out.push('|');
    out.push_str(&" --- |".repeat(COLUMNS.len()));
    out.push('\n');
    for row in &rows {
        table_row(&mut out, &cells(row, canvas, lang));
    }
    out
}
