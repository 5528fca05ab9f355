//! The SWOT board as a Markdown summary to paste into a report: `# name`, one section per
//! quadrant (items by priority, highest first, unrated last, ties in manual order, with note
//! and environment tags in the user's language), then the TOWS strategies with their sources.
//! Invariant: user text passes through [`escape_markdown`], so it renders as the literal text
//! typed and can never open a heading, list, quote, link, image, code span or HTML tag.

use crate::i18n::{cell_label, competitor_label, factor_label, quadrant_label, Lang, Text};
use crate::model::project::Project;
use crate::model::swot::{Quadrant, SwotItem, TowsCell};
use std::fmt::Write as _;

/// Makes `text` one line of literal Markdown: line breaks and other control characters become
/// spaces, and every character that could start markup is backslash-escaped (everywhere for
/// inline markup, at the start for block markers such as `-`, `+`, `=` and `1.`).
pub fn escape_markdown(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let flat = flat.trim();
    let mut out = String::with_capacity(flat.len() + 8);
    for (i, c) in flat.chars().enumerate() {
        let inline = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '&' | '~' | '|' | '!');
        let block = i == 0 && matches!(c, '-' | '+' | '=');
        if inline || block {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. text" or "1) text" at the start would become an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

pub(crate) fn colon(lang: Lang) -> &'static str {
    lang.colon()
}

fn priority_tag(lang: Lang, priority: u8) -> String {
    match lang {
        Lang::ZhCn => format!("（{} {priority}）", lang.tr(Text::Priority)),
        Lang::En => format!(" ({} {priority})", lang.tr(Text::Priority).to_ascii_lowercase()),
    }
}

/// Items of a quadrant by priority, highest first; unrated last; ties keep manual order.
fn by_priority(project: &Project, quadrant: Quadrant) -> Vec<&SwotItem> {
    let mut items: Vec<&SwotItem> = project.swot.items.iter().filter(|i| i.quadrant == quadrant).collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.priority.unwrap_or(0)));
    items
}

fn write_item(out: &mut String, item: &SwotItem, lang: Lang) {
    let _ = write!(out, "- {}", escape_markdown(&item.text));
    if let Some(p) = item.priority {
        out.push_str(&priority_tag(lang, p));
    }
    out.push('\n');
    if !item.note.trim().is_empty() {
        let _ = writeln!(out, "  - {}{}{}", lang.tr(Text::Note), colon(lang), escape_markdown(&item.note));
    }
    let tags: Vec<String> =
        [item.source.map(|f| (Text::EnvSource, factor_label(f))), item.competitor.map(|c| (Text::CompetitorKind, competitor_label(c)))]
            .into_iter()
            .flatten()
            .map(|(label, value)| format!("{}{}{}", lang.tr(label), colon(lang), lang.tr(value)))
            .collect();
    if !tags.is_empty() {
        let _ = writeln!(out, "  - {}", tags.join(" · "));
    }
}

/// The Markdown summary of `project`'s SWOT canvas in `lang`.
pub fn swot_markdown(project: &Project, lang: Lang) -> String {
    let canvas = &*project.swot;
    let mut out = format!("# {}\n", escape_markdown(&project.name));
    for quadrant in Quadrant::ALL {
        let side = if quadrant.is_internal() { Text::Internal } else { Text::External };
        let _ = write!(out, "\n## {} {}", quadrant.letter(), lang.tr(quadrant_label(quadrant)));
        let _ = writeln!(out, " · {}\n", lang.tr(side));
        let items = by_priority(project, quadrant);
        if items.is_empty() {
            let _ = writeln!(out, "*{}*", lang.tr(Text::NotCoveredYet));
        }
        for item in items {
            write_item(&mut out, item, lang);
        }
    }
    let _ = writeln!(out, "\n## {}", lang.tr(Text::ViewTows));
    for cell in TowsCell::ALL {
        let _ = writeln!(out, "\n### {}\n", lang.tr(cell_label(cell)));
        let mut strategies = canvas.cell_strategies(cell).peekable();
        if strategies.peek().is_none() {
            let _ = writeln!(out, "*{}*", lang.tr(Text::NoStrategies));
        }
        for strategy in strategies {
            let _ = writeln!(out, "- {}", escape_markdown(&strategy.text));
            for id in &strategy.sources {
                match canvas.item(*id) {
                    Some(item) => {
                        let _ = writeln!(out, "  - {}{}{}", item.quadrant.letter(), colon(lang), escape_markdown(&item.text));
                    }
                    None => {
                        let _ = writeln!(out, "  - *{}*", lang.tr(Text::SourceRemoved));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project::sample::swot::with_sample_swot;

    #[test]
    fn markup_in_user_text_is_neutralised() {
        assert_eq!(escape_markdown("# Heading"), "\\# Heading");
        assert_eq!(escape_markdown("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(escape_markdown("<img src=x>"), "\\<img src=x\\>");
        assert_eq!(escape_markdown("a\nb\r\n- c"), "a b  - c");
        assert_eq!(escape_markdown("- item"), "\\- item");
        assert_eq!(escape_markdown("12. item"), "12\\. item");
        assert_eq!(escape_markdown("**b** _i_ `c` ~s~ &amp; |t| ![i]"), "\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~s\\~ \\&amp; \\|t\\| \\!\\[i\\]");
        assert_eq!(escape_markdown("C:\\dir 3.5 客服 😀"), "C:\\\\dir 3.5 客服 😀");
    }

    #[test]
    fn sample_summary_reads_in_both_languages() {
        let base = crate::model::project::test_project("Plan");
        let en = swot_markdown(&with_sample_swot(base.clone(), false), Lang::En);
        assert!(en.starts_with("# Plan\n\n## S Strengths · Internal\n\n- Own after-sales outlets"), "{en}");
        assert!(en.contains("within 24 hours (priority 5)\n"));
        assert!(en.contains("  - Environment source: Political & legal\n"));
        assert!(en.contains("  - Environment source: Competitor environment · Competitor type: Brand competitor\n"));
        assert!(en.contains("\n## TOWS matrix\n\n### SO: use strengths to seize opportunities\n\n- Offer a trade-in"));
        let zh = swot_markdown(&with_sample_swot(base, true), Lang::ZhCn);
        assert!(zh.contains("## W 劣势 · 内部"));
        assert!(zh.contains("平均结案需要 9 天（优先级 5）\n"));
        assert!(zh.contains("  - S：覆盖全市的自营售后网点"));
    }
}
