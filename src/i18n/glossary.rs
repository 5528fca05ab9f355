//! The glossary's "never" forms (GLOSSARY.md): variants the Chinese catalogue must not use, each
//! with the preferred forms that merely contain it. Checked by a test over every table, the org
//! templates and the Chinese sample project.

/// (a variant, the preferred forms allowed to contain it).
pub const NEVER: &[(&str, &[&str])] = &[
    ("组织架构", &[]),
    ("组织图", &[]),
    ("岗位名称", &[]),
    // The CSV's Chinese header keeps its column name: files written before still import.
    ("编制", &["编制人数", ",编制,"]),
    ("未评估", &[]),
    ("未评", &["未评定"]),
    ("客服部", &[]),
    ("客户服务部门", &[]),
    ("发送到 SWOT", &[]),
    ("SWOT 看板", &[]),
    ("环境扫描", &[]),
    ("点投票", &["圆点投票", "失误点投票"]),
    ("投一个点", &[]),
    ("每人点数", &[]),
    // A dot is a vote in Chinese: 投一票, never 投点.
    ("投点", &[]),
    ("管理幅度", &[]),
    ("未分配", &[]),
    ("折叠", &[]),
];

/// The variants `text` uses, once per occurrence.
pub fn variants_in(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for &(variant, allowed) in NEVER {
        for (at, _) in text.match_indices(variant) {
            // Allowed when the occurrence is part of a preferred form around it.
            let inside_preferred =
                allowed.iter().any(|form| form.match_indices(variant).any(|(offset, _)| at >= offset && text[at - offset..].starts_with(form)));
            if !inside_preferred {
                found.push(variant);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{BlueprintText, OrgText, Text, Translatable};

    #[test]
    fn variants_are_found_but_preferred_forms_pass() {
        assert_eq!(variants_in("编制人数 3 · 圆点投票 · 未评定"), Vec::<&str>::new());
        assert_eq!(variants_in("编制 3"), vec!["编制"]);
        assert_eq!(variants_in("点投票"), vec!["点投票"]);
        assert_eq!(variants_in("未评"), vec!["未评"]);
        assert_eq!(variants_in("组织架构图"), vec!["组织架构"]);
        assert_eq!(variants_in("管理幅度 · 投点"), vec!["投点", "管理幅度"]);
    }

    #[test]
    fn the_chinese_catalogue_uses_only_the_glossary_forms() {
        fn check<T: Translatable + std::fmt::Debug>(all: &[T], wrong: &mut Vec<String>) {
            for &text in all {
                let found = variants_in(text.zh());
                if !found.is_empty() {
                    wrong.push(format!("{text:?} uses {found:?}: {}", text.zh()));
                }
            }
        }
        let mut wrong = Vec::new();
        check(Text::ALL, &mut wrong);
        check(OrgText::ALL, &mut wrong);
        check(crate::i18n::DesignText::ALL, &mut wrong);
        check(crate::i18n::QualityText::ALL, &mut wrong);
        check(BlueprintText::ALL, &mut wrong);
        check(crate::i18n::file_words::FieldText::ALL, &mut wrong);

        // The Chinese content users start from reads in the same terms: every org template's
        // positions (the post catalogue) and the whole Chinese sample project, as saved.
        use crate::model::org::templates::{template_draft, Template};
        use crate::model::project::{sample::sample_project, test_project};
        let mut content = |what: String, text: String| {
            let found = variants_in(&text);
            if !found.is_empty() {
                wrong.push(format!("{what} uses {found:?}: {text}"));
            }
        };
        for template in Template::ALL {
            for position in template_draft(template, true).positions {
                let details = serde_json::to_string(&position.details).expect("position details serialise");
                let job = serde_json::to_string(&position.job).expect("a job description serialises");
                content(format!("{template:?} template, {}", position.details.title), format!("{details} {job}"));
            }
        }
        let sample = sample_project(test_project("示例"), true);
        content("the Chinese sample project".to_owned(), serde_json::to_string(&sample).expect("the sample serialises"));
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
