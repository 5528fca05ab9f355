//! The assessment sheet as SVG: intensity bars with the "high" threshold, the verdict and its
//! rule, the conclusion and the competitor register.

use super::*;

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
