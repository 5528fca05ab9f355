//! What an editable field accepts: the same text rules the commands apply (so refused text is
//! caught before it is sent and can stay in its field), and whole-number ranges for number
//! fields, each refusal put into words in the user's language. Pure and native-tested; the
//! fields themselves are in `ui::widgets::field`.

use crate::i18n::{describe_model_error, describe_name_error, Lang, QualityText, Text};
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

/// A score on the SERVQUAL scale typed with at most one decimal ("6", "6.5", or "6,5"), kept
/// in tenths; an empty field is "not entered".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tenths {
    pub min: u8,
    pub max: u8,
}

impl Tenths {
    pub fn run(self, lang: Lang, raw: &str) -> Result<Option<u8>, String> {
        let text = raw.trim().replace(['，', ','], ".");
        if text.is_empty() {
            return Ok(None);
        }
        let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
        let (whole, tenth) = text.split_once('.').unwrap_or((&text, "0"));
        let value = (digits(whole) && digits(tenth) && tenth.len() == 1)
            .then(|| whole.parse::<u32>().ok().zip(tenth.parse::<u32>().ok()))
            .flatten()
            .map(|(w, t)| w * 10 + t)
            .filter(|v| (u32::from(self.min)..=u32::from(self.max)).contains(v));
        value.and_then(|v| u8::try_from(v).ok()).map(Some).ok_or_else(|| lang.tr(QualityText::ErrScore).to_owned())
    }
}

/// Tenths as the field shows them: 65 → "6.5", 70 → "7.0".
pub fn tenths_text(tenths: u8) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_take_one_decimal_within_the_scale() {
        let scale = Tenths { min: 10, max: 70 };
        for (raw, tenths) in [("6", 60), (" 6.5 ", 65), ("6,5", 65), ("1.0", 10), ("7", 70)] {
            assert_eq!(scale.run(Lang::En, raw), Ok(Some(tenths)), "{raw}");
        }
        assert_eq!(scale.run(Lang::En, "  "), Ok(None));
        for raw in ["0.9", "7.1", "6.55", "6.", ".5", "-1", "abc", "1e1", "8", "６"] {
            assert!(scale.run(Lang::ZhCn, raw).is_err(), "{raw}");
        }
        assert_eq!((tenths_text(65), tenths_text(70)), ("6.5".to_owned(), "7.0".to_owned()));
    }

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
