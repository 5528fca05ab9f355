//! Fitting text into a width without a browser: an estimate of each character's width (CJK
//! and emoji wide, Latin narrow), grapheme-like clusters, unbreakable runs (a Latin word, one
//! CJK character, with the spaces and closing punctuation that must stay on its line), and a
//! line wrapper that cuts with an ellipsis after a number of lines.

/// Most lines one item shows before it is cut with an ellipsis (its full text stays in a `<title>`).
pub const MAX_LINES: usize = 12;

const ELLIPSIS: char = '…';

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
