//! Where in a project a shape error is, as a path (`swot.items[3].priority`). The decoder
//! reads the project from compact JSON text, so serde_json reports a refusal as the column
//! of the last byte it read; this scans the text up to that byte and names the field or list
//! element it was reading. Done only when a file is refused, so a path costs no code in the
//! deserializers of every field (a path-tracking deserializer doubled their size).

/// One level of nesting the scan is inside.
enum Frame {
    /// An object: the key whose value is being read, once its name and colon have been read
    /// (a refused key, such as an unknown variant, is the object's fault, not a field's).
    Object { key: Option<String>, colon: bool },
    /// A list: the index of the element being read.
    List(usize),
}

/// The path of the value being read when the decoder stopped after `consumed` bytes of
/// `text` (valid JSON without line breaks, as `Value::to_string` writes it). Empty at the top.
pub fn path_at(text: &str, consumed: usize) -> String {
    let bytes = &text.as_bytes()[..consumed.min(text.len())];
    let mut frames: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => frames.push(Frame::Object { key: None, colon: false }),
            b'[' => frames.push(Frame::List(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b':' => {
                if let Some(Frame::Object { colon, .. }) = frames.last_mut() {
                    *colon = true;
                }
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { key, colon }) => (*key, *colon) = (None, false),
                Some(Frame::List(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, at);
                // A string in an object with no key yet is the next key.
                if let (Some(end), Some(Frame::Object { key: key @ None, .. })) = (end, frames.last_mut()) {
                    *key = Some(serde_json::from_str::<String>(&text[at..=end]).unwrap_or_default());
                }
                at = end.unwrap_or(bytes.len());
            }
            _ => {}
        }
        at += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), colon: true } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { .. } => {}
            Frame::List(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The index of the quote closing the string that opens at `start`, if it is in `bytes`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return Some(at),
            _ => at += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Item {
        id: u64,
        text: String,
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Board {
        items: Vec<Item>,
        pair: (u8, u8),
    }

    /// The path serde_json's refusal of `text` points at.
    fn refused_at(text: &str) -> String {
        let error = serde_json::from_str::<Board>(text).expect_err("refused");
        assert_eq!(error.line(), 1);
        path_at(text, error.column())
    }

    #[test]
    fn names_the_field_and_element_being_read() {
        assert_eq!(refused_at(r#"{"items":[{"id":1,"text":"a"},{"id":"x","text":"b"}],"pair":[1,2]}"#), "items[1].id");
        assert_eq!(refused_at(r#"{"items":[{"id":1,"text":{}}],"pair":[1,2]}"#), "items[0].text");
        assert_eq!(refused_at(r#"{"items":[{"id":1,"text":"a"},{"id":2}],"pair":[1,2]}"#), "items[1]", "a missing field names its object");
        assert_eq!(refused_at(r#"{"items":[],"pair":[1,2,3]}"#), "pair[2]", "the element too many");
        assert_eq!(refused_at(r#"{"items":[],"pair":[1,"2"]}"#), "pair[1]");
        assert_eq!(refused_at(r#"{"items":7,"pair":[1,2]}"#), "items");
        assert_eq!(refused_at(r#"{"items":[]}"#), "", "a field missing at the top");
    }

    #[test]
    fn quotes_brackets_and_escapes_inside_strings_are_text() {
        let text = r#"{"items":[{"id":1,"text":"a\"],{[,b"},{"id":2,"text":"\\"},{"id":-1,"text":"c"}],"pair":[1,2]}"#;
        assert_eq!(refused_at(text), "items[2].id");
        assert_eq!(path_at(r#"{"k\"ey":[1,"#, 12), "k\"ey[1]");
        assert_eq!(path_at(r#"{"a":{"refused-key""#, 19), "a", "a key read without its colon is not in the path");
    }

    #[test]
    fn a_cut_short_or_out_of_range_position_is_safe() {
        assert_eq!(path_at(r#"{"items":[{"te"#, 14), "items[0]");
        assert_eq!(path_at("{}", 99), "");
        assert_eq!(path_at("", 0), "");
    }
}
