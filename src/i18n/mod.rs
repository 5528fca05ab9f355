//! User-facing words in zh-CN and en. Every string the UI shows comes from the `Text`
//! catalogue (one table, both languages side by side, so a missing translation is a compile
//! error) or from the `describe_*` functions that put errors into words. Pure and native-tested.

mod blueprint_text;
mod catalog;
mod describe;
mod labels;
mod org_text;

pub use blueprint_text::BlueprintText;
pub use catalog::Text;
pub use org_text::OrgText;

/// A catalogue entry in both languages (implemented by each `catalog!` table).
pub trait Translatable: Copy {
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
}
pub use describe::{describe_load_error, describe_model_error, describe_name_error, describe_share_error, format_bytes};
pub use labels::{cell_label, competitor_label, duty_label, lane_label, lane_name, line_label, mark_label, servqual_label, factor_label, factor_prompt, force_label, force_short_label, quadrant_label};

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// BCP 47 tag, used for `<html lang>` and stored preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhCn => "中文",
            Lang::En => "English",
        }
    }

    /// Reads a stored preference (exact codes only).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// Picks the first browser language we speak: any `zh*` → Chinese, any `en*` → English;
    /// Chinese when none match, since most users read it.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let tag = tag.to_ascii_lowercase();
            if tag.starts_with("zh") {
                return Lang::ZhCn;
            }
            if tag.starts_with("en") {
                return Lang::En;
            }
        }
        Lang::ZhCn
    }

    pub fn tr(self, text: impl Translatable) -> &'static str {
        match self {
            Lang::ZhCn => text.zh(),
            Lang::En => text.en(),
        }
    }

    /// Translates a template and fills its `{0}`, `{1}`… placeholders.
    pub fn trf(self, text: impl Translatable, args: &[&str]) -> String {
        fill(self.tr(text), args)
    }
}

/// Replaces `{i}` by `args[i]`. Unknown placeholders stay as written; arguments are inserted
/// once, never re-scanned, so user text containing `{0}` is shown as typed.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            after[..close].parse::<usize>().ok().and_then(|i| args.get(i)).map(|a| (a, close))
        });
        match arg {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_inserts_arguments_once() {
        assert_eq!(fill("a {0} b {1} {0}", &["x", "{1}"]), "a x b {1} x");
        assert_eq!(fill("{9} {x} {", &["a"]), "{9} {x} {");
    }

    #[test]
    fn browser_languages_map_to_ours() {
        assert_eq!(Lang::from_browser(["zh-TW"]), Lang::ZhCn);
        assert_eq!(Lang::from_browser(["fr", "en-GB"]), Lang::En);
        assert_eq!(Lang::from_browser(["fr"]), Lang::ZhCn);
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("EN"), None);
    }

    fn placeholders(s: &str) -> Vec<String> {
        let mut found: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(n, _)| n.to_owned()))
            .filter(|n| n.parse::<usize>().is_ok())
            .collect();
        found.sort();
        found.dedup();
        found
    }

    fn check_table<T: Translatable + std::fmt::Debug>(all: &[T]) {
        for &text in all {
            assert!(!text.zh().trim().is_empty(), "{text:?} has no Chinese");
            assert!(!text.en().trim().is_empty(), "{text:?} has no English");
            assert_eq!(placeholders(text.zh()), placeholders(text.en()), "{text:?} placeholders differ");
        }
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        check_table(Text::ALL);
        check_table(OrgText::ALL);
        check_table(BlueprintText::ALL);
    }
}
