//! SVG building blocks shared by every canvas export: XML escaping, a width-estimating line
//! wrapper for mixed Chinese/Latin/emoji text, the CJK-capable font stack, and a small writer.
//! Invariants: user text only ever enters the document as escaped character data (never an
//! element or attribute name, never an attribute value — the writer's attribute arguments are
//! numbers or `&'static str`), and the output uses a fixed element set
//! ([`ELEMENTS`]) with no `foreignObject`; `polygon` is used only for arrowheads, `polyline`
//! only for bent connectors and the blueprint's emotion curve, `circle` only for its dots.

use std::fmt::Write as _;

/// Every element name the exporters emit (`polygon` draws arrowheads; `polyline` and `circle`
/// draw the service blueprint's bent connectors and its emotion curve with its dots).
pub const ELEMENTS: [&str; 10] = ["svg", "title", "g", "rect", "line", "polygon", "polyline", "circle", "text", "tspan"];

/// Font stack with a CJK face on every common system. Single quotes only, so it can sit inside
/// a double-quoted attribute as is.
pub const FONT_FAMILY: &str = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', \
     'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// Most lines one item shows before it is cut with an ellipsis (its full text stays in a `<title>`).
pub const MAX_LINES: usize = 12;

const ELLIPSIS: char = '…';

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

/// Characters drawn with no advance of their own: joiners, bidi controls, variation selectors,
/// combining marks, skin-tone modifiers, tag characters and other controls.
fn is_zero_width(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
        || c.is_control()
}

/// CJK, fullwidth forms and emoji: about one em wide, and a line may break on either side.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x231A..=0x231B | 0x23E9..=0x23FA | 0x2600..=0x27BF | 0x2B50 | 0x2B55
        | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F000..=0x1F2FF | 0x1F300..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F900..=0x1F9FF
        | 0x1FA70..=0x1FAFF | 0x20000..=0x3FFFD)
}

/// Punctuation that must not start a line.
fn is_closing(c: char) -> bool {
    ",.;:!?)]}'\"，。、；：？！）》」』】〉〕…・".contains(c)
}

/// Estimated advance of `c`, in ems.
fn char_em(c: char) -> f64 {
    if is_zero_width(c) {
        0.0
    } else if is_wide(c) {
        1.0
    } else if c.is_ascii() {
        match c {
            ' ' | 'i' | 'l' | 'j' | '.' | ',' | '\'' | '|' | '!' | ':' | ';' => 0.3,
            'A'..='Z' | 'm' | 'w' | '@' | '%' => 0.75,
            _ => 0.55,
        }
    } else {
        0.6
    }
}

/// Estimated width of `text` at `font_px`, in pixels.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    clusters(text).iter().map(|c| c.em).sum::<f64>() * font_px
}

/// A user-perceived character: a base plus what attaches to it (marks, joiners, modifiers).
struct Cluster<'a> {
    text: &'a str,
    em: f64,
    space: bool,
    wide: bool,
}

fn clusters(text: &str) -> Vec<Cluster<'_>> {
    let mut out: Vec<Cluster<'_>> = Vec::new();
    let mut joined = false;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some(last) if joined || is_zero_width(c) => {
                last.text = &text[end - last.text.len() - c.len_utf8()..end];
                last.em = last.em.max(char_em(c));
                last.wide |= is_wide(c);
            }
            _ => out.push(Cluster { text: &text[at..end], em: char_em(c), space: c == ' ' || c == '\t', wide: is_wide(c) }),
        }
        joined = c == '\u{200d}';
    }
    out
}

/// An unbreakable run: a Latin word or one CJK character, with the spaces and closing
/// punctuation that must stay on its line.
fn segments<'a>(clusters: &[Cluster<'a>]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=clusters.len() {
        let Some(next) = clusters.get(i) else {
            out.push(start..i);
            break;
        };
        let prev = &clusters[i - 1];
        let first_char = next.text.chars().next().unwrap_or(' ');
        let breakable = !next.space && (prev.space || ((prev.wide || next.wide) && !is_closing(first_char)));
        if breakable {
            out.push(start..i);
            start = i;
        }
    }
    out
}

/// Lines of one text, and whether it was cut to fit the line cap.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    pub truncated: bool,
}

/// Wraps one paragraph (no line breaks) into `lines`.
fn wrap_paragraph(text: &str, max_px: f64, font_px: f64, lines: &mut Vec<String>) {
    let cl = clusters(text);
    let width = |range: std::ops::Range<usize>| cl[range].iter().map(|c| c.em).sum::<f64>() * font_px;
    let mut line_start = 0;
    let mut line_end = 0;
    for seg in segments(&cl) {
        // Trailing spaces may hang past the edge.
        let ink_end = (seg.start..seg.end).rev().find(|i| !cl[*i].space).map_or(seg.start, |i| i + 1);
        if line_end > line_start && width(line_start..ink_end) > max_px {
            lines.push(cl[line_start..line_end].iter().map(|c| c.text).collect());
            line_start = line_end;
        }
        // A run wider than a whole line is hard-broken between clusters.
        while line_end < seg.end {
            if line_end > line_start && width(line_start..line_end + 1) > max_px && !cl[line_end].space {
                lines.push(cl[line_start..line_end].iter().map(|c| c.text).collect());
                line_start = line_end;
            }
            line_end += 1;
        }
    }
    lines.push(cl[line_start..line_end].iter().map(|c| c.text).collect());
}

/// Wraps `text` into lines at most `max_width_px` wide (estimated) at `font_px`, keeping at most
/// `max_lines` lines; the last kept line then ends in "…". Line breaks in `text` start new
/// lines; otherwise concatenating the lines gives back `text` exactly (spaces stay at the end
/// of the line they follow). Empty text gives no lines.
pub fn wrap(text: &str, max_width_px: f64, font_px: f64, max_lines: usize) -> Wrapped {
    let mut lines = Vec::new();
    if !text.is_empty() {
        for paragraph in text.split('\n') {
            wrap_paragraph(paragraph.strip_suffix('\r').unwrap_or(paragraph), max_width_px, font_px, &mut lines);
            if lines.len() > max_lines {
                break;
            }
        }
    }
    let truncated = lines.len() > max_lines.max(1);
    if truncated {
        lines.truncate(max_lines.max(1));
        let last = lines.pop().unwrap_or_default();
        let room = max_width_px - char_em(ELLIPSIS) * font_px;
        let mut kept: String = String::new();
        for c in clusters(last.trim_end()) {
            if text_width(&kept, font_px) + c.em * font_px > room {
                break;
            }
            kept.push_str(c.text);
        }
        kept.push(ELLIPSIS);
        lines.push(kept);
    }
    Wrapped { lines, truncated }
}

/// [`wrap`] with the usual cap of [`MAX_LINES`].
pub fn wrap_text(text: &str, max_width_px: f64, font_px: f64) -> Vec<String> {
    wrap(text, max_width_px, font_px, MAX_LINES).lines
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
