//! Unit tests of `export::svg`: escaping, the line wrapper's width estimates, break rules and
//! cap, and the writer's fixed vocabulary.

use super::*;

#[test]
fn escapes_markup_and_drops_characters_xml_forbids() {
    assert_eq!(escape_xml(r#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    assert_eq!(escape_xml("]]>"), "]]&gt;");
    assert_eq!(escape_xml("&amp;"), "&amp;amp;");
    assert_eq!(escape_xml("a\u{0}\u{1}\u{8}\u{b}\u{c}\u{e}\u{1f}b\u{fffe}\u{ffff}c"), "abc");
    // Tab, line feed and carriage return are legal; so is everything people type.
    assert_eq!(escape_xml("\t\n\r"), "\t\n\r");
    let kept = "\u{202e}abc\u{200f}\u{200d}👨\u{200d}👩\u{200d}👧 客服 ①";
    assert_eq!(escape_xml(kept), kept);
    assert!("\u{7f}\u{85}\u{10ffff}".chars().all(is_xml_char));
}

#[test]
fn font_stack_is_safe_inside_a_double_quoted_attribute() {
    assert!(!FONT_FAMILY.contains(['"', '<', '&']));
    assert!(FONT_FAMILY.contains("'Noto Sans CJK SC'") && FONT_FAMILY.ends_with("sans-serif"));
    assert_eq!(escape_xml(FONT_FAMILY).replace("&apos;", "'"), FONT_FAMILY);
}

#[test]
fn widths_are_estimated_per_script() {
    assert_eq!(text_width("中文", 10.0), 20.0);
    assert_eq!(text_width("😀", 10.0), 10.0);
    // A joined family and a flag-like sequence count as one glyph.
    assert_eq!(text_width("👨\u{200d}👩\u{200d}👧", 10.0), 10.0);
    assert_eq!(text_width("\u{202e}\u{200b}\u{fe0f}", 10.0), 0.0);
    let latin = text_width("planning", 10.0);
    assert!((30.0..60.0).contains(&latin), "{latin}");
}

#[test]
fn latin_text_breaks_at_spaces_and_stays_lossless() {
    let text = "Own after-sales outlets across the city; home repairs answered within 24 hours";
    let lines = wrap_text(text, 150.0, 14.0);
    assert!(lines.len() > 2, "{lines:?}");
    assert_eq!(lines.concat(), text);
    for line in &lines {
        assert!(text_width(line.trim_end(), 14.0) <= 150.0, "{line:?} is too wide");
        assert!(!line.starts_with(' '), "{line:?}");
    }
    // Words are never split when they fit on a line of their own.
    for word in text.split(' ') {
        assert!(lines.iter().any(|l| l.contains(word)), "{word} was split: {lines:?}");
    }
}

#[test]
fn cjk_breaks_between_characters_but_not_before_closing_punctuation() {
    let text = "投诉处理流程长，平均结案需要九天。大客户没有专人负责，关系维护靠个人。";
    let lines = wrap_text(text, 100.0, 14.0);
    assert_eq!(lines.concat(), text);
    for line in &lines {
        assert!(line.chars().count() <= 7, "{line:?}");
        assert!(!line.starts_with(['，', '。']), "{lines:?}");
    }
    // Mixed scripts: Latin words stay whole, CJK breaks anywhere.
    let mixed = "在线客服与 CRM 工具成本下降 online desks";
    let lines = wrap_text(mixed, 60.0, 14.0);
    assert_eq!(lines.concat(), mixed);
    assert!(lines.iter().any(|l| l.contains("CRM")), "{lines:?}");
}

#[test]
fn overlong_words_are_hard_broken_and_joiner_sequences_kept_whole() {
    let word = "x".repeat(200);
    let lines = wrap(&word, 100.0, 14.0, usize::MAX).lines;
    assert!(lines.len() > 5);
    assert_eq!(lines.concat(), word);
    assert!(lines.iter().all(|l| text_width(l, 14.0) <= 100.0));
    let family = "👨\u{200d}👩\u{200d}👧";
    let lines = wrap_text(&family.repeat(10), 14.0, 14.0);
    assert_eq!(lines.len(), 10);
    assert!(lines.iter().all(|l| l == family), "{lines:?}");
}

#[test]
fn long_items_are_capped_with_an_ellipsis() {
    let long = "长".repeat(1_000);
    let wrapped = wrap(&long, 140.0, 14.0, MAX_LINES);
    assert!(wrapped.truncated);
    assert_eq!(wrapped.lines.len(), MAX_LINES);
    let last = wrapped.lines.last().unwrap();
    assert!(last.ends_with('…') && text_width(last, 14.0) <= 140.0, "{last:?}");
    assert!(long.starts_with(&wrapped.lines[..MAX_LINES - 1].concat()));
    let short = wrap("short", 140.0, 14.0, MAX_LINES);
    assert_eq!(short, Wrapped { lines: vec!["short".into()], truncated: false });
}

#[test]
fn line_breaks_start_new_lines_and_odd_widths_do_not_panic() {
    assert_eq!(wrap_text("a\nb\r\nc", 500.0, 14.0), ["a", "b", "c"]);
    assert!(wrap_text("", 500.0, 14.0).is_empty());
    assert_eq!(wrap_text("\n".repeat(100).as_str(), 500.0, 14.0).len(), MAX_LINES);
    for width in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let lines = wrap_text("ab 中文 😀", width, 14.0);
        assert!(!lines.is_empty() && lines.len() <= MAX_LINES);
    }
}

#[test]
fn writer_escapes_text_and_writes_a_sized_document() {
    let mut w = Writer::default();
    let style = Style { size: 14, line_height: 20, fill: "#000000", bold: true, italic: false, end: false };
    assert_eq!(w.text(10, 20, style, &["<b>".into(), "&".into()]), 40);
    w.open_group(Some("\"full\""));
    w.close_group();
    let svg = w.finish(300, 200, "a<b", "en");
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200""#));
    assert!(svg.contains("<title>a&lt;b</title>"));
    assert!(svg.contains(r#"<tspan x="10" y="34">&lt;b&gt;</tspan><tspan x="10" y="54">&amp;</tspan>"#));
    assert!(svg.contains("<g><title>&quot;full&quot;</title></g>"));
    assert!(!svg.contains("foreignObject"));
}

#[test]
fn bent_arrows_polylines_and_dots_use_only_listed_elements() {
    let mut w = Writer::default();
    w.polyline(&[(1.0, 2.0)], 1.0, "#000000", false);
    w.route_arrow(&[(5.0, 5.0), (5.0, 5.0)], 1.0, "#000000");
    assert!(w.body.is_empty(), "degenerate routes draw nothing: {}", w.body);
    w.route_arrow(&[(0.0, 0.0), (50.0, 0.0), (50.0, 40.0), (100.0, 40.0)], 1.5, "#57606a");
    w.polyline(&[(0.0, 10.0), (20.0, 30.0)], 2.0, "#0969da", true);
    w.circle((20.0, 30.0), 3.5, "#ffffff", "#0969da");
    w.frame_width((1.0, 2.0), (30.0, 40.0), "#ffffff", "#cf222e", 2.5, false);
    let svg = w.finish(120, 60, "t", "en");
    assert!(svg.contains(r##"<polyline points="0.0,0.0 50.0,0.0 50.0,40.0" fill="none" stroke="#57606a" stroke-width="1.5"/>"##), "{svg}");
    // The head's tip is exactly at the route's end.
    assert!(svg.contains(r##"<polygon points="100.0,40.0 "##), "{svg}");
    assert!(svg.contains(r##"stroke-dasharray="6 4""##));
    assert!(svg.contains(r##"<circle cx="20.0" cy="30.0" r="3.5" fill="#ffffff" stroke="#0969da" stroke-width="1.5"/>"##));
    assert!(svg.contains(r##"stroke="#cf222e" stroke-width="2.5""##));
    for tag in svg.split('<').skip(1).filter(|t| !t.starts_with('/')) {
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        assert!(ELEMENTS.contains(&name.as_str()), "<{name}> is not listed");
    }
}
