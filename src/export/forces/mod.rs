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
use crate::i18n::{competitor_label, force_label, force_short_label, response_label, Lang, Text};
use crate::model::five_forces::score::{intensity, verdict, Attractiveness, Intensity, IntensitySource, Verdict, HIGH_AT};
use crate::model::five_forces::{Competitor, Factor, FiveForcesCanvas, Force};
use crate::model::links::{sent_item, Origin};
use crate::model::project::Project;
use std::fmt::Write as _;

mod assessment;
mod diagram;
mod summary;

pub use assessment::forces_assessment_svg;
pub use diagram::forces_diagram_svg;
pub use summary::forces_markdown;

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

#[cfg(test)]
mod tests {
    use super::diagram::arrow_width;
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
