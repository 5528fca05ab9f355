//! A survey CSV's problems in words: each `SurveyError` and `RowProblem` variant maps to one
//! row of its own table, filled with the facts the variant carries. The Chinese names rows 行
//! and columns by their header name, and uses no English words, so file sizes are given in
//! 兆字节 rather than "MB".

use super::catalog::catalog;
use super::{format_bytes, Lang};
use crate::model::quality::survey::{BadRow, RowProblem, SurveyError};

catalog! {
    SurveyText;
    TooLarge => "文件大小为 {0}，超过了 {1}的上限。", "The file is {0}; at most {1} can be read.";
    NotText => "无法读取此文件：它不是文本文件，或者文字编码无法识别。请用表格软件把答卷另存为逗号分隔的文本文件，再重新导入。",
        "This file cannot be read: it is not text, or not in UTF-8. Save the responses from the spreadsheet as CSV UTF-8 and import again.";
    NoHeader => "文件是空的，或者缺少表头行。", "The file is empty or has no header row.";
    UnknownColumn => "表头中的列“{0}”无法识别。列名只能是“受访者”，或者“期望”“感知”加陈述编号，例如“期望1”“感知1”。",
        "The header has a column “{0}” that is not part of a survey. Columns are respondent, then E or P with a statement number, such as E1 and P1.";
    UnnamedColumn => "表头中有一列没有列名。请填写列名，或删除这一列。", "A column in the header has no name. Name it or delete it.";
    StatementOutOfRange => "列“{0}”没有对应的陈述：问卷共有 {1} 条陈述，编号为 1 到 {1}。",
        "Column “{0}” matches no statement: the questionnaire has {1} {1|statement|statements}, numbered from 1 to {1}.";
    NoStatements => "列“{0}”没有对应的陈述：问卷中还没有陈述。请先添加陈述，或使用内置问卷。",
        "Column “{0}” matches no statement: the questionnaire has no statements yet. Add some, or use the built-in questionnaire, first.";
    RepeatedColumn => "表头中的列“{0}”重复出现。", "The header has column “{0}” more than once.";
    NoScoreColumns => "表头中没有期望列或感知列，例如“期望1”“感知1”。", "The header has no expectation or perception columns, such as E1 and P1.";
    TooManyRows => "文件中的答卷超过 {0} 行，无法导入。", "The file has more than {0} response rows, too many to import.";
    CellCount => "该行有 {0} 个单元格，而表头有 {1} 列。", "The row has {0} {0|cell|cells} but the header has {1} {1|column|columns}.";
    NotAScore => "该行中列“{0}”的值“{1}”不是 1 到 7 之间的整数。", "In column “{0}”, “{1}” is not a whole number from 1 to 7.";
    BadRow => "第 {0} 行：{1}", "Line {0}: {1}";
}

/// A file size in the language's words: 兆字节 and 千字节 in Chinese (decimal, as
/// `format_bytes` counts), "10.0 MB" in English.
fn size(lang: Lang, bytes: usize) -> String {
    match lang {
        Lang::En => format_bytes(bytes),
        Lang::ZhCn => {
            let b = bytes as f64;
            if b < 1000.0 {
                format!("{bytes} 字节")
            } else if b < 1000.0 * 1000.0 {
                format!("{:.1} 千字节", b / 1000.0)
            } else {
                format!("{:.1} 兆字节", b / (1000.0 * 1000.0))
            }
        }
    }
}

pub fn describe_survey_error(lang: Lang, error: &SurveyError) -> String {
    match error {
        SurveyError::TooLarge { bytes, max } => lang.trf(SurveyText::TooLarge, &[&size(lang, *bytes), &size(lang, *max)]),
        SurveyError::NotText => lang.tr(SurveyText::NotText).to_owned(),
        SurveyError::NoHeader => lang.tr(SurveyText::NoHeader).to_owned(),
        SurveyError::UnknownColumn(name) if name.is_empty() => lang.tr(SurveyText::UnnamedColumn).to_owned(),
        SurveyError::UnknownColumn(name) => lang.trf(SurveyText::UnknownColumn, &[name]),
        SurveyError::StatementOutOfRange { column, statements: 0 } => lang.trf(SurveyText::NoStatements, &[column]),
        SurveyError::StatementOutOfRange { column, statements } => lang.trf(SurveyText::StatementOutOfRange, &[column, &statements.to_string()]),
        SurveyError::RepeatedColumn(name) => lang.trf(SurveyText::RepeatedColumn, &[name]),
        SurveyError::NoScoreColumns => lang.tr(SurveyText::NoScoreColumns).to_owned(),
        SurveyError::TooManyRows { max } => lang.trf(SurveyText::TooManyRows, &[&max.to_string()]),
    }
}

pub fn describe_row_problem(lang: Lang, problem: &RowProblem) -> String {
    match problem {
        RowProblem::CellCount { found, expected } => lang.trf(SurveyText::CellCount, &[&found.to_string(), &expected.to_string()]),
        RowProblem::NotAScore { column, value } => lang.trf(SurveyText::NotAScore, &[column, value]),
    }
}

/// A left-out row with its line: "第 4 行：…" / "Line 4: …".
pub fn describe_bad_row(lang: Lang, row: &BadRow) -> String {
    lang.trf(SurveyText::BadRow, &[&row.line.to_string(), &describe_row_problem(lang, &row.problem)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{fill, Translatable};

    fn errors() -> Vec<SurveyError> {
        vec![
            SurveyError::TooLarge { bytes: 12_345_678, max: 10_000_000 },
            SurveyError::NotText,
            SurveyError::NoHeader,
            SurveyError::UnknownColumn("Q1".into()),
            SurveyError::UnknownColumn(String::new()),
            SurveyError::StatementOutOfRange { column: "E23".into(), statements: 22 },
            SurveyError::StatementOutOfRange { column: "感知1".into(), statements: 0 },
            SurveyError::RepeatedColumn("p3".into()),
            SurveyError::NoScoreColumns,
            SurveyError::TooManyRows { max: 100_000 },
        ]
    }

    fn problems() -> Vec<RowProblem> {
        vec![RowProblem::CellCount { found: 3, expected: 45 }, RowProblem::NotAScore { column: "期望3".into(), value: "abc".into() }]
    }

    /// The text with every “quoted” part taken out: column names and cell values may be Latin.
    fn unquoted(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('“') {
            out.push_str(&rest[..open]);
            rest = rest[open..].split_once('”').map_or("", |(_, after)| after);
        }
        out + rest
    }

    fn assert_chinese(text: &str) {
        assert!(!text.is_empty());
        assert!(!unquoted(text).chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert!(!text.contains('{'), "{text}");
    }

    fn assert_english(text: &str) {
        assert!(text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert!(!text.contains('{'), "{text}");
    }

    #[test]
    fn every_survey_error_is_described_in_both_languages() {
        let mut seen = std::collections::HashSet::new();
        for error in errors() {
            let zh = describe_survey_error(Lang::ZhCn, &error);
            let en = describe_survey_error(Lang::En, &error);
            assert_chinese(&zh);
            assert_english(&en);
            assert!(seen.insert(zh.clone()), "{zh} twice");
        }
        let large = describe_survey_error(Lang::ZhCn, &errors()[0]);
        assert_eq!(large, "文件大小为 12.3 兆字节，超过了 10.0 兆字节的上限。");
        assert_eq!(describe_survey_error(Lang::En, &errors()[0]), "The file is 12.3 MB; at most 10.0 MB can be read.");
        assert!(describe_survey_error(Lang::ZhCn, &errors()[3]).contains("“Q1”"));
        assert!(
            describe_survey_error(Lang::En, &errors()[5]).contains("“E23”")
                && describe_survey_error(Lang::En, &errors()[5]).contains("22 statements")
        );
    }

    #[test]
    fn every_row_problem_is_described_in_both_languages_and_names_the_column() {
        for problem in problems() {
            assert_chinese(&describe_row_problem(Lang::ZhCn, &problem));
            assert_english(&describe_row_problem(Lang::En, &problem));
            let row = BadRow { line: 7, problem };
            let zh = describe_bad_row(Lang::ZhCn, &row);
            assert!(zh.starts_with("第 7 行：") && zh.contains('行'), "{zh}");
            assert_chinese(&zh);
            assert!(describe_bad_row(Lang::En, &row).starts_with("Line 7: "));
        }
        let zh = describe_row_problem(Lang::ZhCn, &problems()[1]);
        assert_eq!(zh, "该行中列“期望3”的值“abc”不是 1 到 7 之间的整数。");
        assert!(describe_row_problem(Lang::En, &problems()[1]).contains("“期望3”"));
    }

    #[test]
    fn both_languages_use_the_same_placeholders_and_english_counts_of_one_are_singular() {
        let placeholders = |text: &str| {
            let mut found: Vec<String> =
                text.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(n, _)| n.split('|').next().unwrap_or("").to_owned()).collect();
            found.sort();
            found.dedup();
            found
        };
        for &text in SurveyText::ALL {
            assert_eq!(placeholders(text.zh()), placeholders(text.en()), "{text:?}");
            let one = fill(text.en(), &["1"; 2]);
            for plural in ["1 cells", "1 columns", "1 statements"] {
                assert!(!one.contains(plural), "{one}");
            }
        }
        assert_eq!(
            describe_row_problem(Lang::En, &RowProblem::CellCount { found: 1, expected: 1 }),
            "The row has 1 cell but the header has 1 column."
        );
    }
}
