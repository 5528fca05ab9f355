//! Five-forces exports: the classic diagram and the assessment sheet as standalone SVG, and a
//! Markdown summary.
//! - Diagram: rivalry in the centre, new entrants above, substitutes below, suppliers left,
//!   buyers right; an arrow from each outer force into the centre whose width and colour grow
//!   with the force's intensity (a thin dashed grey arrow and "not assessed" when it has none —
//!   never a fake 0). Each box lists its factors with rating ("★4") and weight ("×2").
//! - Assessment: a bar per force on the 1–5 scale with the "high" threshold marked, the verdict
//!   and its rule, the conclusion, and the competitor register as a table.
//! - Markdown: a section per force, the verdict and rule, the conclusion, the register.
//!
//! Invariants as for the SWOT exports: sizes are computed from the wrapped content, so nothing
//! is cropped; user text reaches an SVG only as escaped character data through `svg::Writer`
//! and Markdown only through `escape_markdown`; text cut at its line cap keeps its full text in
//! a `<title>`.

use super::markdown::{colon, escape_markdown};
use super::svg::{wrap, Style, Wrapped, Writer, MAX_LINES};
use crate::i18n::{competitor_label, force_label, force_short_label, Lang, Text};
use crate::model::five_forces::score::{intensity, verdict, Attractiveness, Intensity, IntensitySource, Verdict, HIGH_AT};
use crate::model::five_forces::{Competitor, Factor, FiveForcesCanvas, Force};
use crate::model::links::{sent_item, Origin};
use crate::model::project::Project;
use std::fmt::Write as _;

const MARGIN: u32 = 24;
const PAD: u32 = 14;
const GAP: u32 = 16;
const ITEM_GAP: u32 = 6;
const BULLET_W: u32 = 14;

const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const RULE: &str = "#d0d7de";
/// Arrows, bars and outlines of forces that are not assessed.
const UNASSESSED: &str = "#8c959f";

const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
const CAPTION: Style = Style { size: 13, line_height: 18, fill: MUTED, bold: true, italic: false, end: false };
const HEADER: Style = Style { size: 16, line_height: 22, fill: INK, bold: true, italic: false, end: false };
const STATUS: Style = Style { size: 13, line_height: 18, fill: MUTED, bold: false, italic: false, end: false };
const STATUS_ITALIC: Style = Style { italic: true, ..STATUS };
const ITEM: Style = Style { size: 14, line_height: 20, fill: INK, bold: false, italic: false, end: false };
const BADGE: Style = Style { size: 13, line_height: 20, fill: "#9a6700", bold: true, italic: false, end: true };
const SMALL: Style = Style { size: 12, line_height: 16, fill: MUTED, bold: false, italic: false, end: false };
const SMALL_ITALIC: Style = Style { italic: true, ..SMALL };
const VERDICT: Style = Style { size: 16, line_height: 22, fill: INK, bold: true, italic: false, end: false };

/// Colour of an assessed force's arrow, bar and outline, from calm (1) to alarming (5).
fn intensity_color(value: f64) -> &'static str {
    const SCALE: [&str; 5] = ["#e0a33a", "#e8833a", "#d9480f", "#b3261e", "#7f1d1d"];
    let band = (value.clamp(1.0, 5.0).round() as usize).saturating_sub(1);
    SCALE[band.min(SCALE.len() - 1)]
}

/// An intensity with one decimal, rounded half up — except that a value below the "high"
/// threshold never shows as the threshold (3.46 reads "3.4", not "3.5"), so what the user reads
/// always agrees with the verdict.
pub fn format_intensity(value: f64) -> String {
    let mut shown = (value * 10.0).round() / 10.0;
    if value < HIGH_AT && shown >= HIGH_AT {
        shown = (HIGH_AT * 10.0 - 1.0) / 10.0;
    }
    format!("{shown:.1}")
}

/// "Intensity 4.3 · from 3 factors", "Intensity 4.0 · set by hand", or "not assessed".
fn status_text(found: Option<Intensity>, lang: Lang) -> String {
    match found {
        None => lang.tr(Text::NotAssessed).to_owned(),
        Some(i) => {
            let value = lang.trf(Text::IntensityValue, &[&format_intensity(i.value)]);
            let source = match i.source {
                IntensitySource::Override => lang.tr(Text::OverrideSet).to_owned(),
                IntensitySource::Factors(n) => lang.trf(Text::FromFactors, &[&n.to_string()]),
            };
            format!("{value} · {source}")
        }
    }
}

/// The verdict sentence: attractive / moderate / unattractive, or how far the assessment got.
fn verdict_text(v: Verdict, lang: Lang) -> String {
    let high = v.high.to_string();
    match v.level {
        Some(Attractiveness::Attractive) => lang.trf(Text::VerdictAttractive, &[&high]),
        Some(Attractiveness::Moderate) => lang.trf(Text::VerdictModerate, &[&high]),
        Some(Attractiveness::Unattractive) => lang.trf(Text::VerdictUnattractive, &[&high]),
        None => lang.trf(Text::VerdictIncomplete, &[&v.assessed.to_string(), &high]),
    }
}

/// A factor's badge: "★4", "★4 ×2", "×2" (weighted but unrated) or nothing.
fn factor_badge(factor: &Factor) -> Option<String> {
    let rating = factor.rating.map(|r| format!("★{r}"));
    let weight = factor.weight.map(|w| format!("×{w}"));
    match (rating, weight) {
        (None, None) => None,
        (Some(r), None) => Some(r),
        (None, Some(w)) => Some(w),
        (Some(r), Some(w)) => Some(format!("{r} {w}")),
    }
}

/// Draws the project name and a subtitle across `width`; returns the y where the body starts.
fn draw_title(w: &mut Writer, width: u32, name: &str, subtitle: &str) -> u32 {
    let content = (width - 2 * MARGIN) as f64;
    let mut y = MARGIN;
    y += w.text(MARGIN, y, TITLE, &wrap(name, content, TITLE.size as f64, 3).lines);
    y += w.text(MARGIN, y + 2, CAPTION, &[subtitle.to_owned()]) + 8;
    w.line(MARGIN, y, width - MARGIN, y, RULE);
    y + GAP
}

/// Wrapped text drawn in one style, with its full text kept when it was cut.
struct Block {
    text: Wrapped,
    full: String,
    style: Style,
}

impl Block {
    fn new(text: &str, width: u32, style: Style, max_lines: usize) -> Block {
        Block { text: wrap(text, width as f64, style.size as f64, max_lines), full: text.to_owned(), style }
    }

    fn height(&self) -> u32 {
        self.text.lines.len() as u32 * self.style.line_height
    }

    /// Draws the block (in a titled group when it was cut); returns the height used.
    fn draw(&self, w: &mut Writer, x: u32, top: u32) -> u32 {
        if self.text.truncated {
            w.open_group(Some(&self.full));
        }
        let used = w.text(x, top, self.style, &self.text.lines);
        if self.text.truncated {
            w.close_group();
        }
        used
    }
}

// ---------------------------------------------------------------------------------------------
// The diagram
// ---------------------------------------------------------------------------------------------

const BOX_W: u32 = 300;
/// Room between boxes for the horizontal and vertical arrows.
const H_GAP: u32 = 100;
const V_GAP: u32 = 76;
const BADGE_W: u32 = 52;
const DIAGRAM_W: u32 = 2 * MARGIN + 3 * BOX_W + 2 * H_GAP;
const MIN_BOX_H: u32 = 96;

/// One force's box: its name, its intensity and its factors.
struct ForceBox {
    header: Block,
    status: Block,
    factors: Vec<(Block, Option<String>)>,
    empty: Option<&'static str>,
    stroke: &'static str,
}

impl ForceBox {
    fn new(canvas: &FiveForcesCanvas, force: Force, lang: Lang) -> ForceBox {
        let inner = BOX_W - 2 * PAD;
        let found = intensity(canvas, force);
        let status_style = if found.is_some() { STATUS } else { STATUS_ITALIC };
        let factors: Vec<(Block, Option<String>)> = canvas
            .force_factors(force)
            .map(|f| (Block::new(&f.text, inner - BULLET_W - BADGE_W, ITEM, MAX_LINES), factor_badge(f)))
            .collect();
        ForceBox {
            header: Block::new(lang.tr(force_label(force)), inner, HEADER, 3),
            status: Block::new(&status_text(found, lang), inner, status_style, 3),
            empty: factors.is_empty().then(|| lang.tr(Text::NotCoveredYet)),
            factors,
            stroke: found.map_or(UNASSESSED, |i| intensity_color(i.value)),
        }
    }

    fn height(&self) -> u32 {
        let factors: u32 = self.factors.iter().map(|(b, _)| b.height() + ITEM_GAP).sum();
        let empty = if self.empty.is_some() { ITEM.line_height } else { 0 };
        (PAD + self.header.height() + self.status.height() + ITEM_GAP + factors + empty + PAD).max(MIN_BOX_H)
    }

    fn draw(&self, w: &mut Writer, x: u32, y: u32, height: u32) {
        w.rect(x, y, BOX_W, height, "#ffffff", self.stroke);
        let mut top = y + PAD - 4;
        top += self.header.draw(w, x + PAD, top);
        top += self.status.draw(w, x + PAD, top) + ITEM_GAP;
        if let Some(empty) = self.empty {
            w.text(x + PAD, top, SMALL_ITALIC, &[empty.to_owned()]);
        }
        for (block, badge) in &self.factors {
            w.open_group(block.text.truncated.then_some(block.full.as_str()));
            w.text(x + PAD, top, ITEM, &["•".to_owned()]);
            if let Some(badge) = badge {
                w.text(x + BOX_W - PAD, top, BADGE, std::slice::from_ref(badge));
            }
            top += w.text(x + PAD + BULLET_W, top, ITEM, &block.text.lines) + ITEM_GAP;
            w.close_group();
        }
    }
}

/// Arrow thickness for an intensity: 2 px at 1 up to 10 px at 5; 1.5 px when not assessed.
fn arrow_width(found: Option<Intensity>) -> f64 {
    found.map_or(1.5, |i| 2.0 + (i.value.clamp(1.0, 5.0) - 1.0) * 2.0)
}

/// The arrow from an outer force into the centre, with its intensity (or "not assessed")
/// written beside it at `label`.
fn draw_force_arrow(w: &mut Writer, canvas: &FiveForcesCanvas, force: Force, from: (u32, u32), to: (u32, u32), label: (u32, u32), lang: Lang) {
    let found = intensity(canvas, force);
    let color = found.map_or(UNASSESSED, |i| intensity_color(i.value));
    let point = |(x, y): (u32, u32)| (f64::from(x), f64::from(y));
    w.arrow(point(from), point(to), arrow_width(found), color, found.is_none());
    let text = match found {
        Some(i) => format_intensity(i.value),
        None => lang.tr(Text::NotAssessed).to_owned(),
    };
    let style = if found.is_some() { Style { bold: true, ..STATUS } } else { STATUS_ITALIC };
    let lines = wrap(&text, f64::from(H_GAP - 12), f64::from(style.size), 2).lines;
    w.text(label.0, label.1, style, &lines);
}

/// Porter's diagram as a standalone SVG document in `lang`: the project name, the five boxes
/// with their factors and intensities, the arrows into the centre, then the verdict and its rule.
pub fn forces_diagram_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.five_forces;
    let mut w = Writer::default();
    let y0 = draw_title(&mut w, DIAGRAM_W, &project.name, lang.tr(Text::ForcesDiagram));
    let boxed = |force| ForceBox::new(canvas, force, lang);
    let (top, bottom) = (boxed(Force::NewEntrants), boxed(Force::Substitutes));
    let (left, centre, right) = (boxed(Force::Suppliers), boxed(Force::Rivalry), boxed(Force::Buyers));
    let columns = [MARGIN, MARGIN + BOX_W + H_GAP, MARGIN + 2 * (BOX_W + H_GAP)];
    let top_h = top.height();
    let mid_y = y0 + top_h + V_GAP;
    let mid_h = left.height().max(centre.height()).max(right.height());
    let bottom_y = mid_y + mid_h + V_GAP;
    let bottom_h = bottom.height();
    top.draw(&mut w, columns[1], y0, top_h);
    left.draw(&mut w, columns[0], mid_y, mid_h);
    centre.draw(&mut w, columns[1], mid_y, mid_h);
    right.draw(&mut w, columns[2], mid_y, mid_h);
    bottom.draw(&mut w, columns[1], bottom_y, bottom_h);

    // Arrows stop a few pixels short of the boxes; labels sit beside the vertical arrows and
    // above the horizontal ones.
    const CLEAR: u32 = 4;
    let centre_x = columns[1] + BOX_W / 2;
    let middle_y = mid_y + mid_h / 2;
    let label_x = centre_x + 12;
    let arrows = [
        (Force::NewEntrants, (centre_x, y0 + top_h + CLEAR), (centre_x, mid_y - CLEAR), (label_x, y0 + top_h + V_GAP / 2 - 14)),
        (Force::Substitutes, (centre_x, bottom_y - CLEAR), (centre_x, mid_y + mid_h + CLEAR), (label_x, mid_y + mid_h + V_GAP / 2 - 14)),
        (Force::Suppliers, (columns[0] + BOX_W + CLEAR, middle_y), (columns[1] - CLEAR, middle_y), (columns[0] + BOX_W + 8, middle_y - 44)),
        (Force::Buyers, (columns[2] - CLEAR, middle_y), (columns[1] + BOX_W + CLEAR, middle_y), (columns[1] + BOX_W + 8, middle_y - 44)),
    ];
    for (force, from, to, label) in arrows {
        draw_force_arrow(&mut w, canvas, force, from, to, label, lang);
    }

    let content = DIAGRAM_W - 2 * MARGIN;
    let mut y = bottom_y + bottom_h + GAP;
    w.line(MARGIN, y, DIAGRAM_W - MARGIN, y, RULE);
    y += GAP;
    y += Block::new(&verdict_text(verdict(canvas), lang), content, VERDICT, 4).draw(&mut w, MARGIN, y) + 4;
    y += Block::new(lang.tr(Text::VerdictRule), content, SMALL, 4).draw(&mut w, MARGIN, y);
    w.finish(DIAGRAM_W, y + MARGIN, &project.name, lang.code())
}

// ---------------------------------------------------------------------------------------------
// The assessment sheet
// ---------------------------------------------------------------------------------------------

const SHEET_W: u32 = 2 * MARGIN + SHEET_CONTENT;
const SHEET_CONTENT: u32 = 880;
const LABEL_W: u32 = 170;
/// Pixels per intensity point; the axis runs 0–5 so a 1 still shows as a bar.
const UNIT_W: u32 = 100;
const BAR_ROW_H: u32 = 36;
const BAR_H: u32 = 20;
/// Lines a conclusion shows before it is cut (its full text stays in a `<title>`).
const CONCLUSION_LINES: usize = 60;
/// Lines a competitor's strengths or weaknesses show.
const DETAIL_LINES: usize = 4;
const NAME_W: u32 = 460;
const KIND_W: u32 = 260;
const ROW_PAD: u32 = 8;
/// The dashed line marking `HIGH_AT` on the chart.
const HIGH_LINE: &str = "#b3261e";

/// One force's bar; returns nothing — rows have a fixed height.
fn draw_bar(w: &mut Writer, canvas: &FiveForcesCanvas, force: Force, y: u32, lang: Lang) {
    let axis_x = MARGIN + LABEL_W;
    let label = wrap(lang.tr(force_short_label(force)), f64::from(LABEL_W - 12), f64::from(ITEM.size), 1).lines;
    w.text(MARGIN, y + (BAR_ROW_H - ITEM.line_height) / 2, ITEM, &label);
    let bar_y = y + (BAR_ROW_H - BAR_H) / 2;
    match intensity(canvas, force) {
        Some(found) => {
            let length = (found.value.clamp(0.0, 5.0) * f64::from(UNIT_W)).round() as u32;
            w.bar(axis_x, bar_y, length.max(1), BAR_H, intensity_color(found.value));
            let mut value = format_intensity(found.value);
            if found.source == IntensitySource::Override {
                value = format!("{value} · {}", lang.tr(Text::OverrideSet));
            }
            let style = Style { bold: found.is_high(), ..STATUS };
            let room = f64::from(SHEET_CONTENT - LABEL_W - 5 * UNIT_W - 12);
            w.text(axis_x + 5 * UNIT_W + 12, bar_y, style, &wrap(&value, room, f64::from(style.size), 1).lines);
        }
        None => {
            w.text(axis_x + 8, bar_y, STATUS_ITALIC, &[lang.tr(Text::NotAssessed).to_owned()]);
        }
    }
}

/// The bar chart: a row per force, grid lines at 1–5 and the "high" threshold dashed.
fn draw_chart(w: &mut Writer, canvas: &FiveForcesCanvas, y: u32, lang: Lang) -> u32 {
    let axis_x = MARGIN + LABEL_W;
    let chart_h = Force::ALL.len() as u32 * BAR_ROW_H;
    for tick in 0..=5u32 {
        let x = axis_x + tick * UNIT_W;
        w.line(x, y, x, y + chart_h, if tick == 0 { MUTED } else { RULE });
        if tick > 0 {
            w.text(x - 3, y + chart_h + 2, SMALL, &[tick.to_string()]);
        }
    }
    for (row, force) in Force::ALL.into_iter().enumerate() {
        draw_bar(w, canvas, force, y + row as u32 * BAR_ROW_H, lang);
    }
    // The threshold is drawn over the bars so it stays visible, and labelled under the axis.
    let high_x = f64::from(axis_x) + HIGH_AT * f64::from(UNIT_W);
    w.stroke((high_x, f64::from(y)), (high_x, f64::from(y + chart_h)), 1.5, HIGH_LINE, true);
    let label_x = (HIGH_AT * f64::from(UNIT_W)) as u32 + axis_x - 8;
    w.text(label_x, y + chart_h + 2, Style { fill: HIGH_LINE, ..SMALL }, &[format!("{HIGH_AT:.1}")]);
    chart_h + SMALL.line_height + 4
}

/// One row of the competitor register.
struct CompetitorRow {
    name: Block,
    details: Vec<Block>,
    kind: Block,
    threat: String,
}

impl CompetitorRow {
    fn new(project: &Project, competitor: &Competitor, lang: Lang) -> CompetitorRow {
        let name_w = NAME_W - 2 * ROW_PAD;
        let mut details = Vec::new();
        for (label, text) in [(Text::CompetitorStrengths, &competitor.strengths), (Text::CompetitorWeaknesses, &competitor.weaknesses)] {
            if !text.trim().is_empty() {
                let line = format!("{}{}{}", lang.tr(label), colon(lang), text);
                details.push(Block::new(&line, name_w, SMALL, DETAIL_LINES));
            }
        }
        if let Some(item) = sent_item(project, Origin::Competitor(competitor.id)) {
            details.push(Block::new(&lang.trf(Text::SentToSwot, &[&item.text]), name_w, SMALL_ITALIC, 2));
        }
        let kind = competitor.kind.map_or("—", |k| lang.tr(competitor_label(k)));
        CompetitorRow {
            name: Block::new(&competitor.name, name_w, ITEM, MAX_LINES),
            details,
            kind: Block::new(kind, KIND_W - 2 * ROW_PAD, ITEM, 3),
            threat: competitor.threat.map_or_else(|| "—".to_owned(), |t| format!("★{t}")),
        }
    }

    fn height(&self) -> u32 {
        let first: u32 = self.name.height() + self.details.iter().map(Block::height).sum::<u32>();
        2 * ROW_PAD + first.max(self.kind.height()).max(ITEM.line_height)
    }

    fn draw(&self, w: &mut Writer, y: u32) {
        let mut top = y + ROW_PAD;
        top += self.name.draw(w, MARGIN + ROW_PAD, top);
        for detail in &self.details {
            top += detail.draw(w, MARGIN + ROW_PAD, top);
        }
        self.kind.draw(w, MARGIN + NAME_W + ROW_PAD, y + ROW_PAD);
        w.text(MARGIN + NAME_W + KIND_W + ROW_PAD, y + ROW_PAD, Style { end: false, ..BADGE }, std::slice::from_ref(&self.threat));
    }
}

/// The register as a table: name (with strengths and weaknesses), type, threat level.
fn draw_register(w: &mut Writer, project: &Project, mut y: u32, lang: Lang) -> u32 {
    let start = y;
    y += w.text(MARGIN, y, HEADER, &[lang.tr(Text::Competitors).to_owned()]) + 6;
    let competitors = &project.five_forces.competitors;
    if competitors.is_empty() {
        return y - start + w.text(MARGIN, y, SMALL_ITALIC, &[lang.tr(Text::NotCoveredYet).to_owned()]);
    }
    let head_h = 2 * ROW_PAD + CAPTION.line_height;
    w.bar(MARGIN, y, SHEET_CONTENT, head_h, "#f6f8fa");
    let columns = [
        (Text::CompetitorName, 0, NAME_W),
        (Text::CompetitorKind, NAME_W, KIND_W),
        (Text::ThreatLevel, NAME_W + KIND_W, SHEET_CONTENT - NAME_W - KIND_W),
    ];
    for (label, offset, width) in columns {
        let lines = wrap(lang.tr(label), f64::from(width - 2 * ROW_PAD), f64::from(CAPTION.size), 1).lines;
        w.text(MARGIN + offset + ROW_PAD, y + ROW_PAD - 2, CAPTION, &lines);
    }
    y += head_h;
    for competitor in competitors {
        let row = CompetitorRow::new(project, competitor, lang);
        let height = row.height();
        w.open_group(None);
        row.draw(w, y);
        w.close_group();
        y += height;
        w.line(MARGIN, y, MARGIN + SHEET_CONTENT, y, RULE);
    }
    y - start
}

/// The assessment sheet as a standalone SVG document in `lang`: the intensity bars, the verdict
/// with its rule, the conclusion and the competitor register.
pub fn forces_assessment_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.five_forces;
    let mut w = Writer::default();
    let mut y = draw_title(&mut w, SHEET_W, &project.name, lang.tr(Text::Assessment));
    y += draw_chart(&mut w, canvas, y, lang) + GAP;
    y += Block::new(&verdict_text(verdict(canvas), lang), SHEET_CONTENT, VERDICT, 4).draw(&mut w, MARGIN, y) + 4;
    y += Block::new(lang.tr(Text::VerdictRule), SHEET_CONTENT, SMALL, 4).draw(&mut w, MARGIN, y) + GAP;
    if !canvas.conclusion.trim().is_empty() {
        y += w.text(MARGIN, y, HEADER, &[lang.tr(Text::Conclusion).to_owned()]) + 6;
        y += Block::new(&canvas.conclusion, SHEET_CONTENT, ITEM, CONCLUSION_LINES).draw(&mut w, MARGIN, y) + GAP;
    }
    y += draw_register(&mut w, project, y, lang);
    w.finish(SHEET_W, y + MARGIN, &project.name, lang.code())
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/// " (pressure 4, weight 2)" / "（压力评分 4，权重 2）"; empty when neither is set.
fn rating_tag(factor: &Factor, lang: Lang) -> String {
    let parts: Vec<String> = [(Text::Rating, factor.rating), (Text::Weight, factor.weight)]
        .into_iter()
        .filter_map(|(label, value)| value.map(|v| (label, v)))
        .map(|(label, v)| match lang {
            Lang::ZhCn => format!("{} {v}", lang.tr(label)),
            Lang::En => format!("{} {v}", lang.tr(label).to_lowercase()),
        })
        .collect();
    match (parts.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::ZhCn) => format!("（{}）", parts.join("，")),
        (false, Lang::En) => format!(" ({})", parts.join(", ")),
    }
}

/// "  - In SWOT: text" under a factor or competitor that was sent to the board.
fn write_sent(out: &mut String, project: &Project, origin: Origin, lang: Lang) {
    if let Some(item) = sent_item(project, origin) {
        let _ = writeln!(out, "  - {}", lang.trf(Text::SentToSwot, &[&escape_markdown(&item.text)]));
    }
}

/// The five-forces Markdown summary of `project` in `lang`: `# name`, a section per force
/// (intensity or "not assessed", then its factors in order with rating, weight and note), the
/// verdict with its rule, the conclusion and the competitor register.
pub fn forces_markdown(project: &Project, lang: Lang) -> String {
    let canvas = &*project.five_forces;
    let mut out = format!("# {}\n", escape_markdown(&project.name));
    for force in Force::ALL {
        let _ = writeln!(out, "\n## {}\n", lang.tr(force_label(force)));
        let found = intensity(canvas, force);
        let status = status_text(found, lang);
        let _ = if found.is_some() { writeln!(out, "{status}\n") } else { writeln!(out, "*{status}*\n") };
        let mut factors = canvas.force_factors(force).peekable();
        if factors.peek().is_none() {
            let _ = writeln!(out, "*{}*", lang.tr(Text::NotCoveredYet));
        }
        for factor in factors {
            let _ = writeln!(out, "- {}{}", escape_markdown(&factor.text), rating_tag(factor, lang));
            if !factor.note.trim().is_empty() {
                let _ = writeln!(out, "  - {}{}{}", lang.tr(Text::Note), colon(lang), escape_markdown(&factor.note));
            }
            write_sent(&mut out, project, Origin::Factor(factor.id), lang);
        }
    }
    let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Assessment));
    let _ = writeln!(out, "**{}**\n", verdict_text(verdict(canvas), lang));
    let _ = writeln!(out, "{}", lang.tr(Text::VerdictRule));
    let paragraphs: Vec<String> =
        canvas.conclusion.lines().map(escape_markdown).filter(|line| !line.is_empty()).collect();
    if !paragraphs.is_empty() {
        let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Conclusion));
        let _ = writeln!(out, "{}", paragraphs.join("\n\n"));
    }
    let _ = writeln!(out, "\n## {}\n", lang.tr(Text::Competitors));
    if canvas.competitors.is_empty() {
        let _ = writeln!(out, "*{}*", lang.tr(Text::NotCoveredYet));
    }
    for competitor in &canvas.competitors {
        let _ = write!(out, "- {}", escape_markdown(&competitor.name));
        let tags: Vec<String> = [
            competitor.kind.map(|k| format!("{}{}{}", lang.tr(Text::CompetitorKind), colon(lang), lang.tr(competitor_label(k)))),
            competitor.threat.map(|t| format!("{}{}{t}", lang.tr(Text::ThreatLevel), colon(lang))),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !tags.is_empty() {
            let _ = match lang {
                Lang::ZhCn => write!(out, "（{}）", tags.join("，")),
                Lang::En => write!(out, " ({})", tags.join(", ")),
            };
        }
        out.push('\n');
        for (label, text) in [(Text::CompetitorStrengths, &competitor.strengths), (Text::CompetitorWeaknesses, &competitor.weaknesses)] {
            if !text.trim().is_empty() {
                let _ = writeln!(out, "  - {}{}{}", lang.tr(label), colon(lang), escape_markdown(text));
            }
        }
        write_sent(&mut out, project, Origin::Competitor(competitor.id), lang);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intensities_show_one_decimal_and_never_contradict_the_verdict() {
        assert_eq!(format_intensity(4.25), "4.3");
        assert_eq!(format_intensity(1.0), "1.0");
        assert_eq!(format_intensity(11.0 / 3.0), "3.7");
        assert_eq!(format_intensity(3.5), "3.5");
        assert_eq!(format_intensity(3.46), "3.4");
        assert_eq!(format_intensity(3.449), "3.4");
        assert_eq!(format_intensity(3.44), "3.4");
        assert_eq!(format_intensity(3.349), "3.3");
    }

    #[test]
    fn arrows_and_colours_grow_with_intensity() {
        let at = |value| Some(Intensity { value, source: IntensitySource::Override });
        assert!(arrow_width(None) < arrow_width(at(1.0)));
        assert!(arrow_width(at(1.0)) < arrow_width(at(3.0)) && arrow_width(at(3.0)) < arrow_width(at(5.0)));
        assert_ne!(intensity_color(1.0), intensity_color(5.0));
        assert_eq!(intensity_color(f64::NAN), intensity_color(1.0));
    }
}
