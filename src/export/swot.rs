//! SWOT exports as standalone SVG: the 2×2 board (Strengths/Weaknesses = internal row,
//! Opportunities/Threats = external row) and the TOWS matrix (SO WO / ST WT with each
//! strategy's sources). The Markdown summary lives in `export::markdown` and is re-exported here.
//! Invariants: the document's size is computed from the wrapped content, so nothing is cropped
//! (each row is as tall as its fuller pane); user text reaches the SVG only through
//! `svg::Writer`, which escapes it; an item cut at `svg::MAX_LINES` keeps its full text in a
//! `<title>` on its group.

use super::svg::{wrap, Style, Wrapped, Writer};
use crate::i18n::{cell_label, competitor_label, factor_label, quadrant_label, Lang, Text};
use crate::model::project::Project;
use crate::model::swot::{Quadrant, SwotCanvas, SwotItem, TowsCell};

pub use super::markdown::swot_markdown;

const MARGIN: u32 = 24;
const COL_W: u32 = 440;
const GAP: u32 = 16;
const PAD: u32 = 16;
const WIDTH: u32 = 2 * MARGIN + 2 * COL_W + GAP;
const BULLET_W: u32 = 14;
const BADGE_W: u32 = 34;
const ITEM_GAP: u32 = 8;
const MIN_PANE_H: u32 = 96;
/// Most lines a cited source shows under a strategy.
const SOURCE_LINES: usize = 4;

const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
const CAPTION: Style = Style { size: 13, line_height: 18, fill: MUTED, bold: true, italic: false, end: false };
const HEADER: Style = Style { size: 16, line_height: 22, fill: INK, bold: true, italic: false, end: false };
const COUNT: Style = Style { size: 12, line_height: 22, fill: MUTED, bold: false, italic: false, end: true };
const ITEM: Style = Style { size: 14, line_height: 20, fill: INK, bold: false, italic: false, end: false };
const BADGE: Style = Style { size: 13, line_height: 20, fill: "#9a6700", bold: true, italic: false, end: true };
const SMALL: Style = Style { size: 12, line_height: 16, fill: MUTED, bold: false, italic: false, end: false };
const SMALL_ITALIC: Style = Style { italic: true, ..SMALL };

/// A line of extra detail under an entry (tags, or a strategy's source).
struct Sub {
    text: Wrapped,
    full: String,
    style: Style,
}

/// One item or strategy in a pane.
struct Entry {
    text: Wrapped,
    full: String,
    badge: Option<String>,
    subs: Vec<Sub>,
}

impl Entry {
    fn height(&self) -> u32 {
        let subs: u32 = self.subs.iter().map(|s| s.text.lines.len() as u32 * s.style.line_height).sum();
        self.text.lines.len() as u32 * ITEM.line_height + subs + ITEM_GAP
    }
}

/// A quadrant of the board or a cell of the matrix.
struct Pane {
    header: Vec<String>,
    count: Option<String>,
    entries: Vec<Entry>,
    empty: Option<&'static str>,
    fill: &'static str,
    stroke: &'static str,
}

/// Room for an entry's text beside the bullet and the priority badge.
const TEXT_W: f64 = (COL_W - 2 * PAD - BULLET_W - BADGE_W) as f64;
/// Room for an entry's text in panes without badges (the TOWS cells).
const WIDE_TEXT_W: f64 = TEXT_W + BADGE_W as f64;

impl Pane {
    fn header_height(&self) -> u32 {
        PAD + self.header.len() as u32 * HEADER.line_height + ITEM_GAP
    }

    fn height(&self) -> u32 {
        let body: u32 = self.entries.iter().map(Entry::height).sum();
        let empty = if self.empty.is_some() { ITEM.line_height } else { 0 };
        (self.header_height() + body + empty + PAD).max(MIN_PANE_H)
    }

    fn draw(&self, w: &mut Writer, x: u32, y: u32, height: u32) {
        w.rect(x, y, COL_W, height, self.fill, self.stroke);
        w.text(x + PAD, y + PAD - 4, HEADER, &self.header);
        if let Some(count) = &self.count {
            w.text(x + COL_W - PAD, y + PAD - 4, COUNT, std::slice::from_ref(count));
        }
        let mut top = y + self.header_height();
        if let Some(empty) = self.empty {
            w.text(x + PAD, top, SMALL_ITALIC, &[empty.to_owned()]);
        }
        for entry in &self.entries {
            w.open_group(entry.text.truncated.then_some(entry.full.as_str()));
            w.text(x + PAD, top, ITEM, &["•".to_owned()]);
            if let Some(badge) = &entry.badge {
                w.text(x + COL_W - PAD, top, BADGE, std::slice::from_ref(badge));
            }
            top += w.text(x + PAD + BULLET_W, top, ITEM, &entry.text.lines);
            for sub in &entry.subs {
                w.open_group(sub.text.truncated.then_some(sub.full.as_str()));
                top += w.text(x + PAD + BULLET_W, top, sub.style, &sub.text.lines);
                w.close_group();
            }
            w.close_group();
            top += ITEM_GAP;
        }
    }
}

fn entry(text: &str, width: f64, badge: Option<String>, subs: Vec<Sub>) -> Entry {
    Entry { text: wrap(text, width, ITEM.size as f64, super::svg::MAX_LINES), full: text.to_owned(), badge, subs }
}

fn sub(text: String, width: f64, style: Style) -> Sub {
    Sub { text: wrap(&text, width, style.size as f64, SOURCE_LINES), full: text, style }
}

/// Draws the project name and a subtitle; returns the y where the body starts.
fn draw_title(w: &mut Writer, name: &str, subtitle: &str) -> u32 {
    let content = (WIDTH - 2 * MARGIN) as f64;
    let mut y = MARGIN;
    y += w.text(MARGIN, y, TITLE, &wrap(name, content, TITLE.size as f64, 3).lines);
    y += w.text(MARGIN, y + 2, CAPTION, &[subtitle.to_owned()]) + 8;
    w.line(MARGIN, y, WIDTH - MARGIN, y, "#d0d7de");
    y + GAP
}

/// Draws rows of two panes, each row as tall as its taller pane; returns the bottom edge.
fn draw_rows(w: &mut Writer, mut y: u32, rows: [(Option<&'static str>, [Pane; 2]); 2]) -> u32 {
    for (caption, [left, right]) in rows {
        if let Some(caption) = caption {
            y += w.text(MARGIN, y, CAPTION, &[caption.to_owned()]) + 4;
        }
        let height = left.height().max(right.height());
        left.draw(w, MARGIN, y, height);
        right.draw(w, MARGIN + COL_W + GAP, y, height);
        y += height + GAP;
    }
    y - GAP
}

fn quadrant_colors(quadrant: Quadrant) -> (&'static str, &'static str) {
    match quadrant {
        Quadrant::Strengths => ("#eef7ee", "#2e7d32"),
        Quadrant::Weaknesses => ("#fff4e5", "#e65100"),
        Quadrant::Opportunities => ("#e8f1fb", "#1565c0"),
        Quadrant::Threats => ("#fdecec", "#c62828"),
    }
}

/// The environment source and competitor type of an O/T item, in words.
fn tags_line(item: &SwotItem, lang: Lang) -> Option<String> {
    let tags: Vec<&str> = [item.source.map(factor_label), item.competitor.map(competitor_label)].into_iter().flatten().map(|t| lang.tr(t)).collect();
    (!tags.is_empty()).then(|| tags.join(" · "))
}

fn quadrant_pane(canvas: &SwotCanvas, quadrant: Quadrant, lang: Lang) -> Pane {
    let items = canvas.quadrant_items(quadrant);
    let label = format!("{} {}", quadrant.letter(), lang.tr(quadrant_label(quadrant)));
    let (fill, stroke) = quadrant_colors(quadrant);
    let entries = items
        .iter()
        .map(|item| {
            let subs = tags_line(item, lang).map(|t| sub(t, TEXT_W, SMALL)).into_iter().collect();
            entry(&item.text, TEXT_W, item.priority.map(|p| format!("★{p}")), subs)
        })
        .collect();
    Pane { header: vec![label], count: Some(lang.trf(Text::ItemCount, &[&items.len().to_string()])), entries, empty: None, fill, stroke }
}

/// The SWOT board as a standalone SVG document in `lang`: the project name, then the internal
/// row (S, W) and the external row (O, T), items in display order with their priority as "★N".
pub fn swot_board_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.swot;
    let mut w = Writer::default();
    let y = draw_title(&mut w, &project.name, lang.tr(Text::ViewBoard));
    let pane = |q| quadrant_pane(canvas, q, lang);
    let rows = [
        (Some(lang.tr(Text::Internal)), [pane(Quadrant::Strengths), pane(Quadrant::Weaknesses)]),
        (Some(lang.tr(Text::External)), [pane(Quadrant::Opportunities), pane(Quadrant::Threats)]),
    ];
    let bottom = draw_rows(&mut w, y, rows);
    w.finish(WIDTH, bottom + MARGIN, &project.name, lang.code())
}

fn cell_pane(canvas: &SwotCanvas, cell: TowsCell, lang: Lang) -> Pane {
    let header = wrap(lang.tr(cell_label(cell)), (COL_W - 2 * PAD) as f64, HEADER.size as f64, 3).lines;
    let entries: Vec<Entry> = canvas
        .cell_strategies(cell)
        .map(|strategy| {
            let subs = strategy
                .sources
                .iter()
                .map(|id| match canvas.item(*id) {
                    Some(item) => sub(format!("{} · {}", item.quadrant.letter(), item.text), WIDE_TEXT_W, SMALL),
                    None => sub(format!("· {}", lang.tr(Text::SourceRemoved)), WIDE_TEXT_W, SMALL_ITALIC),
                })
                .collect();
            entry(&strategy.text, WIDE_TEXT_W, None, subs)
        })
        .collect();
    let empty = entries.is_empty().then(|| lang.tr(Text::NoStrategies));
    Pane { header, count: None, entries, empty, fill: "#f6f8fa", stroke: "#57606a" }
}

/// The TOWS matrix as a standalone SVG document in `lang`: SO WO / ST WT, each strategy with
/// the items it cites beneath it ("source removed" for items deleted since).
pub fn tows_matrix_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.swot;
    let mut w = Writer::default();
    let y = draw_title(&mut w, &project.name, lang.tr(Text::ViewTows));
    let pane = |c| cell_pane(canvas, c, lang);
    let rows = [(None, [pane(TowsCell::SO), pane(TowsCell::WO)]), (None, [pane(TowsCell::ST), pane(TowsCell::WT)])];
    let bottom = draw_rows(&mut w, y, rows);
    w.finish(WIDTH, bottom + MARGIN, &project.name, lang.code())
}

#[cfg(test)]
#[path = "swot_tests.rs"]
mod tests;
