//! The org chart as a standalone SVG: a title, then every visible position as a box (title on
//! up to two lines, the holder or "vacant", and filled/planned headcount) placed by the tidy
//! layout (`model::org::layout`), solid elbow connectors from each box to its subordinates, and
//! dashed arrows for dotted (functional) reporting lines. A collapsed position shows how many
//! positions it hides, drawn as a small stack; the hidden positions themselves are not drawn.
//!
//! Invariants as for the other exports: the document's size is the layout's extent plus
//! margins, so the whole chart is exported and nothing is cropped; user text reaches the SVG
//! only through `svg::Writer`, which escapes it; text cut to fit a box keeps its full wording
//! in a `<title>` on the box's group. A vacant post is marked by a dashed outline and an italic
//! label, not by colour alone.

use super::svg::{text_width, wrap, Style, Writer};
use crate::i18n::fill;
use crate::model::org::layout::{elbow, layout, PlacedBox, BOX_HEIGHT, BOX_WIDTH, LEVEL_GAP};
use crate::model::org::{Direction, OrgCanvas, Position, Tree};

/// The words the export needs, in the user's language (the model knows no language).
pub struct OrgSvgLabels<'a> {
    /// Drawn above the chart and used as the document's title.
    pub title: &'a str,
    /// Shown in place of the holder of a vacant post.
    pub vacant: &'a str,
    /// Shown on a collapsed post; `{0}` becomes how many posts it hides (e.g. "+{0} hidden").
    pub hidden: &'a str,
}

const MARGIN: f64 = 24.0;
/// The narrowest document, so a title has room above a one-box chart.
const MIN_WIDTH: f64 = 420.0;
const GAP: u32 = 16;
/// Inner padding of a box.
const PAD: f64 = 8.0;
/// Space between the holder and the "filled/planned" count beside it.
const COUNT_GAP: f64 = 8.0;
/// How far a collapsed box's stack shows behind it.
const STACK: f64 = 4.0;
/// How far a dotted line runs beside the solid connectors' centre line, so the two never overlap.
const DOTTED_OFFSET: f64 = 18.0;

const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const RULE: &str = "#d0d7de";
const CONNECTOR: &str = "#8c959f";
const DOTTED: &str = "#0969da";

const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
const POST: Style = Style { size: 13, line_height: 16, fill: INK, bold: true, italic: false, end: false };
const HOLDER: Style = Style { size: 12, line_height: 15, fill: INK, bold: false, italic: false, end: false };
const VACANT: Style = Style { fill: "#9a6700", italic: true, ..HOLDER };
const COUNT: Style = Style { fill: MUTED, end: true, ..HOLDER };
const HIDDEN: Style = Style { size: 11, line_height: 13, fill: MUTED, bold: false, italic: true, end: false };

/// Fill and outline of a box: tops stand out; a vacant post is pale with an amber outline
/// (dashed as well, see `draw_box`).
fn box_colors(placed: &PlacedBox, vacant: bool) -> (&'static str, &'static str) {
    match (vacant, placed.depth) {
        (true, _) => ("#fffbeb", "#bf8700"),
        (false, 0) => ("#ddf4ff", "#54aeff"),
        (false, _) => ("#f6f8fa", "#8c959f"),
    }
}

/// A chart-space coordinate as a whole pixel for the writer's text (layout coordinates are
/// non-negative; anything else is clamped rather than wrapped).
fn px(value: f64) -> u32 {
    if value.is_finite() && value > 0.0 {
        value.round().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// The document's language, for `xml:lang` (which picks Chinese glyph forms): taken from the
/// interface words, which are in the user's language, never from user text.
fn lang_code(labels: &OrgSvgLabels) -> &'static str {
    let cjk = |text: &str| text.chars().any(|c| matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF));
    if cjk(labels.vacant) || cjk(labels.hidden) {
        "zh-CN"
    } else {
        "en"
    }
}

/// Shifts chart-space points to the document (the chart starts at `origin`).
struct Place {
    origin: (f64, f64),
}

impl Place {
    fn point(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.origin.0 + x, self.origin.1 + y)
    }
}

/// One box: its frame (and a stack behind it when collapsed), the post's title, the holder or
/// the vacant label, the headcount and, when collapsed, how many posts it hides.
fn draw_box(w: &mut Writer, at: &Place, placed: &PlacedBox, position: &Position, hidden: usize, labels: &OrgSvgLabels) {
    let (x, y) = at.point((placed.x, placed.y));
    let inner = BOX_WIDTH - 2.0 * PAD;
    let details = &position.details;
    let vacant = position.is_vacant();
    let title = wrap(&details.title, inner, f64::from(POST.size), 2);
    let count = format!("{}/{}", details.filled, details.planned);
    let count_w = text_width(&count, f64::from(COUNT.size)) + COUNT_GAP;
    let (who, who_style) = if vacant { (labels.vacant, VACANT) } else { (details.holder.as_str(), HOLDER) };
    let holder = wrap(who, inner - count_w, f64::from(who_style.size), 1);
    let cut = title.truncated || holder.truncated;
    let full = if vacant { details.title.clone() } else { format!("{} — {}", details.title, details.holder) };
    w.open_group(cut.then_some(full.as_str()));
    let (paint, outline) = box_colors(placed, vacant);
    if position.collapsed && hidden > 0 {
        w.frame((x + STACK, y + STACK), (BOX_WIDTH, BOX_HEIGHT), paint, outline, vacant);
    }
    w.frame((x, y), (BOX_WIDTH, BOX_HEIGHT), paint, outline, vacant);
    let (left, top) = (px(x + PAD), px(y + 6.0));
    w.text(left, top, POST, &title.lines);
    // The holder row sits below two title lines whether the title needs them or not, so rows
    // line up across a level.
    let row = top + 2 * POST.line_height + 4;
    w.text(left, row, who_style, &holder.lines);
    w.text(px(x + BOX_WIDTH - PAD), row, COUNT, &[count]);
    if position.collapsed && hidden > 0 {
        let text = fill(labels.hidden, &[&hidden.to_string()]);
        let lines = wrap(&text, inner, f64::from(HIDDEN.size), 1).lines;
        w.text(left, row + HOLDER.line_height + 1, HIDDEN, &lines);
    }
    w.close_group();
}

/// The route of a dotted line from box `from` to box `to`, in chart space: out of `from`'s
/// edge facing the other level, along the gap next to that level, and into `to` — three
/// straight runs, kept `DOTTED_OFFSET` beside the centre line the solid connectors use.
fn dotted_route(from: &PlacedBox, to: &PlacedBox, direction: Direction) -> [(f64, f64); 4] {
    // Work in (across, along) — along is where depth grows — then map back to (x, y).
    let (across_size, along_size) = match direction {
        Direction::TopDown => (BOX_WIDTH, BOX_HEIGHT),
        Direction::LeftRight => (BOX_HEIGHT, BOX_WIDTH),
    };
    let split = |b: &PlacedBox| match direction {
        Direction::TopDown => (b.x, b.y),
        Direction::LeftRight => (b.y, b.x),
    };
    let join = |(across, along): (f64, f64)| match direction {
        Direction::TopDown => (across, along),
        Direction::LeftRight => (along, across),
    };
    let (f, t) = (split(from), split(to));
    let centre = |(across, _): (f64, f64)| across + across_size / 2.0 + DOTTED_OFFSET;
    let route = if (f.1 - t.1).abs() < 1.0 {
        // Same level: below both boxes, in the gap before the next level.
        let bend = f.1 + along_size + LEVEL_GAP * 0.3;
        [(centre(f), f.1 + along_size), (centre(f), bend), (centre(t), bend), (centre(t), t.1 + along_size)]
    } else if f.1 > t.1 {
        // `from` is deeper: leave its near edge, run along the gap above it, rise to `to`.
        let bend = f.1 - LEVEL_GAP * 0.3;
        [(centre(f), f.1), (centre(f), bend), (centre(t), bend), (centre(t), t.1 + along_size)]
    } else {
        // `to` is deeper: the mirror image, along the gap above `to`.
        let bend = t.1 - LEVEL_GAP * 0.3;
        [(centre(f), f.1 + along_size), (centre(f), bend), (centre(t), bend), (centre(t), t.1)]
    };
    route.map(join)
}

/// The org chart `canvas` as a standalone SVG document, with `labels` in the user's language.
pub fn org_svg(canvas: &OrgCanvas, labels: &OrgSvgLabels) -> String {
    let tree = Tree::new(canvas);
    let chart = layout(canvas);
    let width = (chart.width + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    let mut w = Writer::default();
    let mut y = px(MARGIN);
    y += w.text(px(MARGIN), y, TITLE, &wrap(labels.title, width - 2.0 * MARGIN, f64::from(TITLE.size), 3).lines);
    y += 8;
    w.line(px(MARGIN), y, px(width - MARGIN), y, RULE);
    y += GAP;
    // The layout starts at (0, 0); the chart goes below the title.
    let at = Place { origin: (MARGIN, f64::from(y)) };

    // Connectors first, so every box is drawn over the ends of its lines.
    for child in &chart.boxes {
        let parent = canvas.positions.get(child.index).and_then(|p| p.parent).and_then(|id| chart.box_of(id));
        if let Some(parent) = parent {
            let points = elbow(parent, child, canvas.direction).map(|p| at.point(p));
            for pair in points.windows(2) {
                w.stroke(pair[0], pair[1], 1.5, CONNECTOR, false);
            }
        }
    }
    for line in &canvas.dotted {
        let (Some(from), Some(to)) = (chart.box_of(line.from), chart.box_of(line.to)) else { continue };
        if from.index == to.index {
            continue;
        }
        let points = dotted_route(from, to, canvas.direction).map(|p| at.point(p));
        w.stroke(points[0], points[1], 1.5, DOTTED, true);
        w.stroke(points[1], points[2], 1.5, DOTTED, true);
        w.arrow(points[2], points[3], 1.5, DOTTED, true);
    }
    for placed in &chart.boxes {
        let Some(position) = canvas.positions.get(placed.index) else { continue };
        let hidden = if position.collapsed { tree.hidden_below(placed.index) } else { 0 };
        draw_box(&mut w, &at, placed, position, hidden, labels);
    }
    let height = (at.origin.1 + chart.height + STACK + MARGIN).ceil();
    w.finish(px(width), px(height), labels.title, lang_code(labels))
}

#[cfg(test)]
#[path = "org_tests.rs"]
mod tests;
