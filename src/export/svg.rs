//! SVG building blocks shared by every canvas export: XML escaping, the CJK-capable font
//! stack, and a small writer; lines are wrapped by `text_fit`.
//! Invariants: user text only ever enters the document as escaped character data (never an
//! element or attribute name, never an attribute value — the writer's attribute arguments are
//! numbers or `&'static str`), and the output uses a fixed element set
//! ([`ELEMENTS`]) with no `foreignObject`; `polygon` is used only for arrowheads, `polyline`
//! only for bent connectors and the blueprint's emotion curve, `circle` only for its dots.

pub use super::text_fit::{text_width, wrap, wrap_text, Wrapped, MAX_LINES};
use std::fmt::Write as _;

/// Every element name the exporters emit (`polygon` draws arrowheads; `polyline` and `circle`
/// draw the service blueprint's bent connectors and its emotion curve with its dots).
pub const ELEMENTS: [&str; 10] = ["svg", "title", "g", "rect", "line", "polygon", "polyline", "circle", "text", "tspan"];

/// Font stack with a CJK face on every common system. Single quotes only, so it can sit inside
/// a double-quoted attribute as is.
pub const FONT_FAMILY: &str = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', \
     'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// Whether XML 1.0 allows `c` in a document.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

/// Escapes `& < > " '` and drops characters XML 1.0 forbids (C0 controls other than tab, LF
/// and CR; U+FFFE, U+FFFF). Bidi marks, joiners, emoji and CJK are kept as they are.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// How a run of text is drawn. Fields are fixed values, never user text.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub size: u32,
    pub line_height: u32,
    pub fill: &'static str,
    pub bold: bool,
    pub italic: bool,
    /// Anchor the text at its end (right-aligned at `x`).
    pub end: bool,
}

/// Writes the body of an SVG; [`Writer::finish`] wraps it once the size is known.
#[derive(Default)]
pub struct Writer {
    body: String,
}

impl Writer {
    pub fn rect(&mut self, x: u32, y: u32, width: u32, height: u32, fill: &'static str, stroke: &'static str) {
        let _ = write!(self.body, r#"<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="6" fill="{fill}" stroke="{stroke}"/>"#);
    }

    pub fn line(&mut self, x1: u32, y1: u32, x2: u32, y2: u32, stroke: &'static str) {
        let _ = write!(self.body, r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{stroke}"/>"#);
    }

    /// A box at `(x, y)` of `(width, height)` with rounded corners and a 1.5 px outline, dashed
    /// or solid (the org chart's positions: a vacant post is dashed, not only differently coloured).
    pub fn frame(&mut self, at: (f64, f64), size: (f64, f64), fill: &'static str, stroke: &'static str, dashed: bool) {
        self.frame_width(at, size, fill, stroke, 1.5, dashed);
    }

    /// [`Writer::frame`] with an outline `stroke_width` pixels thick (the blueprint's fail and
    /// wait points stand out with a heavier outline as well as their label).
    pub fn frame_width(
        &mut self,
        (x, y): (f64, f64),
        (width, height): (f64, f64),
        fill: &'static str,
        stroke: &'static str,
        stroke_width: f64,
        dashed: bool,
    ) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width:.1}""#
        );
        if dashed {
            self.body.push_str(r#" stroke-dasharray="5 3""#);
        }
        self.body.push_str("/>");
    }

    /// A filled rectangle with slightly rounded corners and no outline (chart bars, table rows).
    pub fn bar(&mut self, x: u32, y: u32, width: u32, height: u32, fill: &'static str) {
        let _ = write!(self.body, r#"<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="2" fill="{fill}"/>"#);
    }

    /// A line `width` pixels thick, dashed or solid.
    pub fn stroke(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), width: f64, stroke: &'static str, dashed: bool) {
        let _ = write!(self.body, r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="{width:.1}""#);
        if dashed {
            self.body.push_str(r#" stroke-dasharray="6 4""#);
        }
        self.body.push_str("/>");
    }

    /// An arrow from `from` to `to`: a shaft `width` pixels thick (dashed or solid) ending in a
    /// filled head whose tip is exactly at `to`. A zero-length arrow draws nothing.
    pub fn arrow(&mut self, from: (f64, f64), to: (f64, f64), width: f64, color: &'static str, dashed: bool) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt();
        // Also refuses NaN lengths.
        if length.is_nan() || length <= 0.0 {
            return;
        }
        let (ux, uy) = (dx / length, dy / length);
        let head_len = (width * 2.5 + 6.0).min(length);
        let half = width * 1.4 + 3.0;
        let base = (to.0 - ux * head_len, to.1 - uy * head_len);
        self.stroke(from, base, width, color, dashed);
        let (px, py) = (-uy * half, ux * half);
        let _ = write!(
            self.body,
            r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{color}"/>"#,
            to.0,
            to.1,
            base.0 + px,
            base.1 + py,
            base.0 - px,
            base.1 - py
        );
        self.body.push('\n');
    }

    /// An open line through `points`, `width` pixels thick, dashed or solid. Fewer than two
    /// points draw nothing.
    pub fn polyline(&mut self, points: &[(f64, f64)], width: f64, stroke: &'static str, dashed: bool) {
        if points.len() < 2 {
            return;
        }
        self.body.push_str(r#"<polyline points=""#);
        for (i, (x, y)) in points.iter().enumerate() {
            let _ = write!(self.body, "{}{x:.1},{y:.1}", if i == 0 { "" } else { " " });
        }
        let _ = write!(self.body, r#"" fill="none" stroke="{stroke}" stroke-width="{width:.1}""#);
        if dashed {
            self.body.push_str(r#" stroke-dasharray="6 4""#);
        }
        self.body.push_str("/>");
    }

    /// An arrow along a bent route: a [`Writer::polyline`] through `points` whose last run ends
    /// in a filled head with its tip exactly at the last point (as [`Writer::arrow`] draws a
    /// straight one). Repeated points are skipped; fewer than two distinct points draw nothing.
    pub fn route_arrow(&mut self, points: &[(f64, f64)], width: f64, color: &'static str) {
        let mut route: Vec<(f64, f64)> = Vec::with_capacity(points.len());
        for &point in points {
            if route.last() != Some(&point) {
                route.push(point);
            }
        }
        let [.., from, to] = route[..] else { return };
        if route.len() > 2 {
            self.polyline(&route[..route.len() - 1], width, color, false);
        }
        self.arrow(from, to, width, color, false);
    }

    /// A dot of radius `r` centred on `(cx, cy)`, filled and outlined.
    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, fill: &'static str, stroke: &'static str) {
        let _ = write!(self.body, r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>"#);
    }

    /// Draws `lines` as one `<text>` with a `<tspan>` per line, the first baseline at `top +
    /// size`; returns the height used. No whitespace is written between the lines, so the
    /// element's text content is the lines joined.
    pub fn text(&mut self, x: u32, top: u32, style: Style, lines: &[String]) -> u32 {
        if lines.is_empty() {
            return 0;
        }
        let baseline = |i: usize| top + style.size + i as u32 * style.line_height;
        let _ = write!(self.body, r#"<text x="{x}" y="{}" font-size="{}" fill="{}""#, baseline(0), style.size, style.fill);
        if style.bold {
            self.body.push_str(r#" font-weight="bold""#);
        }
        if style.italic {
            self.body.push_str(r#" font-style="italic""#);
        }
        if style.end {
            self.body.push_str(r#" text-anchor="end""#);
        }
        self.body.push('>');
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(self.body, r#"<tspan x="{x}" y="{}">{}</tspan>"#, baseline(i), escape_xml(line));
        }
        self.body.push_str("</text>\n");
        lines.len() as u32 * style.line_height
    }

    /// Opens a group; with `title`, the group carries it as its tooltip and accessible name
    /// (used to keep the full text of an item whose lines were cut).
    pub fn open_group(&mut self, title: Option<&str>) {
        self.body.push_str("<g>");
        if let Some(title) = title {
            let _ = write!(self.body, "<title>{}</title>", escape_xml(title));
        }
    }

    pub fn close_group(&mut self) {
        self.body.push_str("</g>\n");
    }

    /// The finished document: `width` × `height` pixels with a matching viewBox, a white
    /// background, `title` as the document's title, and `lang` (a fixed BCP 47 code).
    pub fn finish(self, width: u32, height: u32, title: &str, lang: &'static str) -> String {
        let mut out = String::with_capacity(self.body.len() + 600);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" xml:lang=\"{lang}\" font-family=\"{FONT_FAMILY}\">\n\
             <title>{}</title>\n<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n",
            escape_xml(title)
        );
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        out
    }
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
