//! Checks shared by the SVG export tests: the root's size, and that every element and
//! attribute is from the canvas's vocabulary and no attribute carries user text (so hostile
//! text can only ever be character data).

use planning_workbench::export::svg::{is_xml_char, ELEMENTS};

/// `text` without whitespace and without characters XML cannot hold: how user text is looked
/// for in a drawing, whatever the wrapping did to its spaces.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| is_xml_char(*c) && !c.is_whitespace()).collect()
}

/// A 1,000-character text mixing Chinese, Latin and emoji, ending in a character to look for.
pub fn long_text() -> String {
    let mut text: String = "客服 service 😀 ".repeat(80).chars().take(999).collect();
    text.push('末');
    text
}

/// The root is an `<svg>` whose `viewBox` is `0 0 width height`; returns `(width, height)`.
pub fn root_size(doc: &roxmltree::Document) -> (f64, f64) {
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let number = |name: &str| root.attribute(name).and_then(|v| v.parse::<f64>().ok()).expect(name);
    let (width, height) = (number("width"), number("height"));
    assert_eq!(root.attribute("viewBox"), Some(format!("0 0 {width} {height}").as_str()));
    (width, height)
}

/// The user texts, squeezed, that are long enough to look for inside attribute values.
pub fn probes(user_texts: &[String]) -> Vec<String> {
    user_texts.iter().map(|t| squeeze(t)).filter(|t| t.chars().count() >= 3).collect()
}

/// `node` is an element the exports write, each of its attributes is in `attributes`, and no
/// value holds a character or a stretch of user text.
pub fn check_vocabulary(node: roxmltree::Node, attributes: &[&str], probes: &[String]) {
    let name = node.tag_name().name();
    assert!(ELEMENTS.contains(&name), "unexpected element <{name}>");
    for attr in node.attributes() {
        assert!(attributes.contains(&attr.name()), "unexpected attribute {} on <{name}>", attr.name());
        let value = attr.value();
        assert!(
            value.chars().all(|c| c.is_ascii_alphanumeric() || " #.,'-:/".contains(c)),
            "attribute {}={value:?} has characters of user text",
            attr.name()
        );
        for probe in probes {
            assert!(!squeeze(value).contains(probe.as_str()), "attribute {}={value:?} carries user text", attr.name());
        }
    }
}
