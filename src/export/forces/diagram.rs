//! The five-forces diagram as SVG: rivalry in the centre, the other forces around it, arrows
//! weighted by intensity.

use super::*;

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
        let factors: Vec<(Block, Option<String>)> =
            canvas.force_factors(force).map(|f| (Block::new(&f.text, inner - BULLET_W - BADGE_W, ITEM, MAX_LINES), factor_badge(f))).collect();
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
pub(super) fn arrow_width(found: Option<Intensity>) -> f64 {
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
