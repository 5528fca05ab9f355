//! What an editable field accepts: the same text rules the commands apply (so refused text is
//! caught before it is sent and can stay in its field), and whole-number ranges for number
//! fields, each refusal put into words in the user's language. Pure and native-tested; the
//! fields themselves are in `ui::widgets::field`.

use crate::i18n::{describe_model_error, describe_name_error, Lang, Text};
use crate::model::command::checked_text;
use crate::model::project::normalize_name;

/// What a text field accepts, by the same rules as the command it sends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Check {
    /// Trimmed text of at most `max` characters, empty only when allowed.
    Text { max: usize, allow_empty: bool },
    /// A project name (`normalize_name`).
    Name,
}

impl Check {
    pub const fn text(max: usize) -> Check {
        Check::Text { max, allow_empty: false }
    }

    pub const fn optional(max: usize) -> Check {
        Check::Text { max, allow_empty: true }
    }

    /// The text to send, or the reason it is refused, in the user's language.
    pub fn run(self, lang: Lang, raw: &str) -> Result<String, String> {
        match self {
            Check::Text { max, allow_empty } => checked_text(raw, max, allow_empty).map_err(|e| describe_model_error(lang, &e)),
            Check::Name => normalize_name(raw).map_err(|e| describe_name_error(lang, &e)),
        }
    }
}

/// The whole numbers a number field accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: u32,
    pub max: u32,
    /// Whether an empty field is a value ("not set").
    pub allow_empty: bool,
}

impl Range {
    /// `None` for an empty field (when allowed), or the reason the text is refused.
    pub fn run(self, lang: Lang, raw: &str) -> Result<Option<u32>, String> {
        let text = raw.trim();
        if text.is_empty() && self.allow_empty {
            return Ok(None);
        }
        let refuse = || lang.trf(Text::ErrWholeNumber, &[&self.min.to_string(), &self.max.to_string()]);
        let all_digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        match text.parse::<u32>() {
            Ok(n) if all_digits && (self.min..=self.max).contains(&n) => Ok(Some(n)),
            _ => Err(refuse()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_checked_like_the_commands_check_it() {
        assert_eq!(Check::text(5).run(Lang::En, "  abc  "), Ok("abc".to_owned()));
        assert_eq!(Check::text(5).run(Lang::En, "   "), Err("The text cannot be empty.".to_owned()));
        assert_eq!(Check::optional(5).run(Lang::En, ""), Ok(String::new()));
        assert_eq!(Check::text(5).run(Lang::En, "abcdef"), Err("The text can have at most 5 characters; this one has 6.".to_owned()));
        assert_eq!(Check::text(1).run(Lang::ZhCn, "字字"), Err("内容最多 1 个字符，当前为 2 个。".to_owned()));
        assert_eq!(Check::Name.run(Lang::En, " a\nb "), Ok("a b".to_owned()));
        assert!(Check::Name.run(Lang::En, &"n".repeat(201)).is_err());
    }

    #[test]
    fn numbers_are_whole_and_in_range() {
        let range = Range { min: 1, max: 20, allow_empty: false };
        assert_eq!(range.run(Lang::En, " 7 "), Ok(Some(7)));
        for bad in ["0", "21", "", "-1", "+3", "2.5", "1e1", "abc", "99999999999"] {
            assert_eq!(range.run(Lang::En, bad), Err("Enter a whole number from 1 to 20.".to_owned()), "{bad:?}");
        }
        let optional = Range { min: 0, max: 100_000, allow_empty: true };
        assert_eq!(optional.run(Lang::En, "  "), Ok(None));
        assert_eq!(optional.run(Lang::En, "0"), Ok(Some(0)));
        assert_eq!(optional.run(Lang::ZhCn, "x"), Err("请输入 0 到 100000 之间的整数。".to_owned()));
    }
}
