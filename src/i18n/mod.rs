//! User-facing words in zh-CN and en. Every string the UI shows comes from the `Text`
//! catalogue (one table, both languages side by side, so a missing translation is a compile
//! error) or from the `describe_*` functions that put errors into words. Pure and native-tested.

mod blueprint_text;
mod catalog;
mod describe;
mod design_text;
pub mod file_words;
pub mod glossary;
mod labels;
mod live_text;
mod org_text;
mod quality_text;
pub mod survey_words;

pub use blueprint_text::BlueprintText;
pub use catalog::Text;
pub use design_text::{assessment_label, principle_words, step_words, DesignText};
pub use live_text::LiveText;
pub use org_text::OrgText;
pub use quality_text::{gap_status_label, gap_title, quality_kind_label, servqual_gloss, QualityText};

/// A catalogue entry in both languages (implemented by each `catalog!` table).
pub trait Translatable: Copy {
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
}
pub use describe::{describe_load_error, describe_model_error, describe_name_error, describe_repairs, describe_share_error, format_bytes};
pub use labels::{
    cell_label, competitor_hint, competitor_label, duty_label, factor_label, factor_prompt, force_label, force_short_label, lane_label, lane_name,
    line_label, mark_label, quadrant_label, response_label, servqual_label,
};

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

    /// The colon after a label: full-width in Chinese, ": " in English.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::ZhCn => "：",
            Lang::En => ": ",
        }
    }

    /// Translates a template and fills its `{0}`, `{1}`… placeholders.
    pub fn trf(self, text: impl Translatable, args: &[&str]) -> String {
        fill(self.tr(text), args)
    }
}

/// Replaces `{i}` by `args[i]`, and `{i|one|other}` by `one` when `args[i]` is "1", else by
/// `other` (English plurals: "{0} {0|item|items}"). Unknown placeholders stay as written;
/// arguments are inserted once, never re-scanned, so user text containing `{0}` is shown as
/// typed.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| Some((placeholder(&after[..close], args)?, close)));
        match filled {
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

/// What one placeholder's inside (`0`, or `0|one|other`) stands for.
fn placeholder<'a>(inside: &'a str, args: &[&'a str]) -> Option<&'a str> {
    let mut parts = inside.split('|');
    let value = *args.get(parts.next()?.parse::<usize>().ok()?)?;
    match (parts.next(), parts.next(), parts.next()) {
        (None, ..) => Some(value),
        (Some(one), Some(other), None) => Some(if value == "1" { one } else { other }),
        _ => None,
    }
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
    fn plural_choices_follow_the_number() {
        assert_eq!(fill("{0} {0|item|items}", &["1"]), "1 item");
        assert_eq!(fill("{0} {0|item|items}", &["0"]), "0 items");
        assert_eq!(fill("{0} {0|item|items}", &["21"]), "21 items");
        assert_eq!(fill("{1|is|are}", &["1"]), "{1|is|are}");
        assert_eq!(fill("{0|a|b|c}", &["1"]), "{0|a|b|c}");
    }

    /// Every English text filled with 1 reads in the singular: no "1 items", "1 strategies".
    #[test]
    fn english_counts_of_one_are_singular() {
        fn check<T: Translatable + std::fmt::Debug>(all: &[T], wrong: &mut Vec<String>) {
            for &text in all {
                let one = fill(text.en(), &["1"; 6]);
                // Quoted user text (“1”) and a number before a comma are no counts.
                let trim = |w: &'static str| w.trim_start_matches('(').trim_end_matches([')', ';', ':', '.']);
                let one: &'static str = Box::leak(one.into_boxed_str());
                let words: Vec<&str> = one.split_whitespace().map(trim).collect();
                for pair in words.windows(2) {
                    let plural = pair[1].ends_with('s')
                        && !["is", "has", "was", "this", "as", "its", "yes", "status", "tangibles", "progress", "Its"].contains(&pair[1]);
                    if pair[0] == "1" && plural {
                        wrong.push(format!("{text:?} reads “{one}”"));
                    }
                }
            }
        }
        let mut wrong = Vec::new();
        check(Text::ALL, &mut wrong);
        check(OrgText::ALL, &mut wrong);
        check(DesignText::ALL, &mut wrong);
        check(QualityText::ALL, &mut wrong);
        check(BlueprintText::ALL, &mut wrong);
        check(LiveText::ALL, &mut wrong);
        check(survey_words::SurveyText::ALL, &mut wrong);
        check(file_words::FieldText::ALL, &mut wrong);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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
        let mut found: Vec<String> =
            s.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(n, _)| n.to_owned())).filter(|n| n.parse::<usize>().is_ok()).collect();
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
        check_table(DesignText::ALL);
        check_table(QualityText::ALL);
        check_table(BlueprintText::ALL);
        check_table(LiveText::ALL);
        check_table(survey_words::SurveyText::ALL);
        check_table(file_words::FieldText::ALL);
    }
}
