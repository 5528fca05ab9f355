//! Text limits and checks every canvas applies the same way: text is trimmed, may not be empty
//! unless allowed, and is measured in characters (Unicode scalar values), never bytes.

use super::error::{ModelError, NameError};

/// Longest item or strategy text, in characters.
pub const MAX_TEXT_CHARS: usize = 1_000;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Longest project name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Trims `raw` and checks it is non-empty (unless allowed) and at most `max` characters.
pub fn checked_text(raw: &str, max: usize, allow_empty: bool) -> Result<String, ModelError> {
    let text = raw.trim();
    let chars = text.chars().count();
    if chars == 0 && !allow_empty {
        Err(ModelError::EmptyText)
    } else if chars > max {
        Err(ModelError::TextTooLong { chars, max })
    } else {
        Ok(text.to_owned())
    }
}

/// Trims the name, turns line breaks and tabs into spaces and checks its length.
/// Any other text (markup, quotes, right-to-left marks, emoji) is kept as typed: the UI shows
/// it as text and every export escapes it.
pub fn normalize_name(raw: &str) -> Result<String, NameError> {
    let flattened: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let name = flattened.trim();
    let chars = name.chars().count();
    if chars == 0 {
        Err(NameError::Empty)
    } else if chars > MAX_NAME_CHARS {
        Err(NameError::TooLong { chars, max: MAX_NAME_CHARS })
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_flattened() {
        assert_eq!(normalize_name("  客服 部\n规划\t ").as_deref(), Ok("客服 部 规划"));
        assert_eq!(normalize_name("<script>\"&'").as_deref(), Ok("<script>\"&'"));
        assert_eq!(normalize_name("\u{202e}abc 😀").as_deref(), Ok("\u{202e}abc 😀"));
    }

    #[test]
    fn empty_and_overlong_names_are_refused() {
        assert_eq!(normalize_name(" \n "), Err(NameError::Empty));
        assert_eq!(normalize_name(&"字".repeat(MAX_NAME_CHARS)).map(|n| n.chars().count()), Ok(MAX_NAME_CHARS));
        assert_eq!(normalize_name(&"x".repeat(10_000)), Err(NameError::TooLong { chars: 10_000, max: MAX_NAME_CHARS }));
    }
}
