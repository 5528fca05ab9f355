//! Tests of the survey reader: headers in both languages, columns in any order, blank cells
//! and rows, bad rows by line, whole-file refusals, a BOM, 10,000 rows, and (natively) arbitrary
//! bytes.

use super::*;

fn read(text: &str, statements: usize) -> SurveyPreview {
    read_survey(text.as_bytes(), statements).expect("a survey")
}

fn refusal(text: &str, statements: usize) -> SurveyError {
    read_survey(text.as_bytes(), statements).expect_err("refused")
}

fn tally(answers: &[u8]) -> Tally {
    let mut t = Tally::default();
    answers.iter().for_each(|&a| t.add(a));
    t
}

#[test]
fn an_english_survey_is_tallied_per_statement_and_side() {
    let preview = read("respondent,E1,P1,E2,P2\nr1,7,5,6,4\nr2,6,6,7,3\n", 2);
    assert_eq!(preview.respondents, 2);
    assert_eq!(preview.tallies, vec![(tally(&[7, 6]), tally(&[5, 6])), (tally(&[6, 7]), tally(&[4, 3]))]);
    assert!(preview.bad_rows.is_empty());
    assert_eq!(preview.blank_rows, 0);
}

#[test]
fn a_chinese_header_reads_the_same() {
    let preview = read("受访者,期望1,感知1,期望2,感知2\n张三,7,5,6,4\n", 3);
    assert_eq!(preview.respondents, 1);
    assert_eq!(preview.tallies[1], (tally(&[6]), tally(&[4])));
    assert_eq!(preview.tallies[2], Default::default());
    assert_eq!(preview.tallies.len(), 3);
}

#[test]
fn columns_come_in_any_order_in_any_case_and_without_a_respondent_column() {
    let preview = read(" p2 ,e1, 感知1 ,E2\n1,2,3,4\n", 2);
    assert_eq!(preview.tallies, vec![(tally(&[2]), tally(&[3])), (tally(&[4]), tally(&[1]))]);
    let preview = read("E1,RESPONDENT\n5,x\n", 1);
    assert_eq!((preview.respondents, preview.tallies[0].0), (1, tally(&[5])));
}

#[test]
fn blank_cells_are_unanswered_and_rows_without_scores_are_blank() {
    let text = "respondent,E1,P1\nr1,,5\n,,\n\nr2, , \n,\n r3 , 7 ,6\n";
    let preview = read(text, 1);
    assert_eq!(preview.respondents, 2);
    assert_eq!(preview.tallies[0], (tally(&[7]), tally(&[5, 6])));
    assert_eq!(preview.blank_rows, 3, "`,,`, the numbered `r2` without answers and `,`");
    assert!(preview.bad_rows.is_empty());
}

#[test]
fn a_bad_row_is_left_out_and_reported_at_the_line_it_starts_on() {
    let text = "respondent,E1,P1\r\n\"two\r\nlines\",5,6\r\nr2,5\r\n\r\nr3,8,6\r\n\"a\nb\nc\",\"abcdefghijklmnopqrstuvwxyz\",1\r\nr5,7,7\r\n";
    let preview = read(text, 1);
    assert_eq!(preview.respondents, 2);
    assert_eq!(preview.tallies[0], (tally(&[5, 7]), tally(&[6, 7])));
    let expected = vec![
        BadRow { line: 4, problem: RowProblem::CellCount { found: 2, expected: 3 } },
        BadRow { line: 6, problem: RowProblem::NotAScore { column: "E1".into(), value: "8".into() } },
        BadRow { line: 7, problem: RowProblem::NotAScore { column: "E1".into(), value: "abcdefghijklmnopqrst…".into() } },
    ];
    assert_eq!(preview.bad_rows, expected);
}

#[test]
fn only_plain_integers_from_1_to_7_are_scores() {
    for bad in ["0", "8", "5.0", "+5", "-1", "1e0", "五", "255", "256", "99999999999999999999"] {
        let preview = read(&format!("E1\n{bad}\n"), 1);
        assert_eq!(preview.bad_rows.len(), 1, "{bad}");
        assert_eq!(preview.respondents, 0);
    }
    assert_eq!(read("E1\n07\n1\n", 1).tallies[0].0, tally(&[7, 1]));
    // The apostrophe an export puts before formula-like text is not part of the value.
    let guarded = read("期望1\n'=1\n", 1).bad_rows;
    assert_eq!(guarded[0].problem, RowProblem::NotAScore { column: "期望1".into(), value: "=1".into() });
}

#[test]
fn unknown_out_of_range_and_repeated_columns_refuse_the_file() {
    assert_eq!(refusal("respondent,E1,Q1\n", 2), SurveyError::UnknownColumn("Q1".into()));
    assert_eq!(refusal("E1,P1,\n", 2), SurveyError::UnknownColumn(String::new()));
    assert_eq!(refusal("E,P1\n", 2), SurveyError::UnknownColumn("E".into()));
    assert_eq!(refusal("E1x\n", 2), SurveyError::UnknownColumn("E1x".into()));
    assert_eq!(refusal("E1,P3\n", 2), SurveyError::StatementOutOfRange { column: "P3".into(), statements: 2 });
    assert_eq!(refusal("期望0\n", 2), SurveyError::StatementOutOfRange { column: "期望0".into(), statements: 2 });
    let huge = refusal("E123456789012345678901234567890\n", 2);
    assert_eq!(huge, SurveyError::StatementOutOfRange { column: "E1234567890123456789…".into(), statements: 2 });
    assert_eq!(refusal("E1,P1,e1\n", 2), SurveyError::RepeatedColumn("e1".into()));
    assert_eq!(refusal("E1,期望1\n", 2), SurveyError::RepeatedColumn("期望1".into()));
    assert_eq!(refusal("受访者,E1,respondent\n", 2), SurveyError::RepeatedColumn("respondent".into()));
    assert_eq!(refusal("respondent\nr1\n", 2), SurveyError::NoScoreColumns);
}

#[test]
fn files_that_are_not_a_survey_are_refused_whole() {
    assert_eq!(refusal("", 2), SurveyError::NoHeader);
    assert_eq!(refusal("\u{feff}", 2), SurveyError::NoHeader);
    assert_eq!(refusal("\n\r\n,,\n", 2), SurveyError::NoHeader);
    assert_eq!(read_survey(b"E1\n\xff\n", 2), Err(SurveyError::NotText));
    let big = vec![b' '; MAX_SURVEY_BYTES + 1];
    assert_eq!(read_survey(&big, 2), Err(SurveyError::TooLarge { bytes: MAX_SURVEY_BYTES + 1, max: MAX_SURVEY_BYTES }));
    let long = format!("E1\n{}", "1\n".repeat(MAX_SURVEY_ROWS + 1));
    assert_eq!(refusal(&long, 1), SurveyError::TooManyRows { max: MAX_SURVEY_ROWS });
    let most = format!("E1\n{}", "1\n".repeat(MAX_SURVEY_ROWS));
    assert_eq!(read(&most, 1).respondents, MAX_SURVEY_ROWS as u32);
}

#[test]
fn a_byte_order_mark_is_skipped_and_blank_lines_may_come_first() {
    let preview = read("\u{feff}E1,P1\r\n6,5\r\n", 1);
    assert_eq!(preview.tallies[0], (tally(&[6]), tally(&[5])));
    let preview = read("\n\nE1\n9\n", 1);
    assert_eq!(preview.bad_rows[0].line, 4);
}

#[test]
fn ten_thousand_rows_read_and_their_tallies_add_up() {
    let mut text = String::from("respondent,E1,P1,E2,P2\r\n");
    let (mut e1, mut p2) = (Tally::default(), Tally::default());
    for i in 0..10_000u32 {
        let (a, b) = ((i % 7 + 1) as u8, ((i * 3) % 7 + 1) as u8);
        text.push_str(&format!("r{i},{a},,6,{b}\r\n"));
        e1.add(a);
        p2.add(b);
    }
    let preview = read(&text, 22);
    assert_eq!(preview.respondents, 10_000);
    assert_eq!(preview.tallies[0], (e1, Tally::default()));
    assert_eq!(preview.tallies[1].0, Tally { n: 10_000, sum: 60_000, sum_sq: 360_000 });
    assert_eq!(preview.tallies[1].1, p2);
    assert_eq!(e1.sum, (0..10_000u64).map(|i| i % 7 + 1).sum::<u64>());
    assert!(preview.tallies.iter().all(|(e, p)| e.is_consistent() && p.is_consistent()));
}

#[test]
fn a_blank_form_reads_back_as_an_empty_survey() {
    let english = blank_form_csv(2, false);
    assert_eq!(english, "\u{feff}respondent,E1,P1,E2,P2\r\n");
    assert_eq!(blank_form_csv(1, true), "\u{feff}受访者,期望1,感知1\r\n");
    for form in [blank_form_csv(22, true), blank_form_csv(22, false)] {
        let preview = read(&form, 22);
        assert_eq!((preview.respondents, preview.tallies.len()), (0, 22));
    }
    assert_eq!(read_survey(blank_form_csv(0, false).as_bytes(), 0), Err(SurveyError::NoScoreColumns));
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// What holds for any file read: one tally pair per statement, tallies answers could give,
    /// no more answers than respondents, bad rows below the header in file order.
    fn assert_sound(preview: &SurveyPreview, statements: usize) {
        assert_eq!(preview.tallies.len(), statements);
        for (e, p) in &preview.tallies {
            assert!(e.is_consistent() && p.is_consistent());
            assert!(e.n <= preview.respondents && p.n <= preview.respondents);
        }
        assert!(preview.bad_rows.iter().all(|row| row.line >= 2));
        assert!(preview.bad_rows.windows(2).all(|w| w[0].line < w[1].line), "{:?}", preview.bad_rows);
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "E1",
            "P1",
            "e2",
            "p3",
            "期望1",
            "感知2",
            "受访者",
            "respondent",
            "E0",
            "P99999999999999999999",
            ",",
            ",",
            ",",
            "\"",
            "\"\"",
            "\n",
            "\r\n",
            "\r",
            "1",
            "4",
            "7",
            "8",
            "0",
            "'",
            " ",
            "x",
            "\u{feff}",
            "\u{0}",
            "é",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), statements in 0usize..30) {
            if let Ok(preview) = read_survey(&bytes, statements) {
                assert_sound(&preview, statements);
            }
        }

        #[test]
        fn mangled_surveys_never_panic(
            header in prop::collection::vec(piece(), 0..12),
            body in prop::collection::vec(piece(), 0..150),
            statements in 0usize..5,
            valid_header in any::<bool>(),
        ) {
            let header = if valid_header { "respondent,E1,P1,期望2".to_owned() } else { header.concat() };
            let text = format!("{header}\n{}", body.concat());
            match read_survey(text.as_bytes(), statements) {
                Ok(preview) => assert_sound(&preview, statements),
                // Under a good header only the questionnaire's size can refuse a file.
                Err(error) => prop_assert!(!valid_header || matches!(error, SurveyError::StatementOutOfRange { .. }), "{error:?}"),
            }
        }

        #[test]
        fn well_formed_surveys_are_counted_exactly(rows in prop::collection::vec(prop::collection::vec(0u8..=8, 4), 0..40)) {
            let mut text = String::from("E1,P1,E2,P2\n");
            for row in &rows {
                let cells: Vec<String> = row.iter().map(|&s| if s == 0 { String::new() } else { s.to_string() }).collect();
                text.push_str(&cells.join(","));
                text.push('\n');
            }
            let preview = read_survey(text.as_bytes(), 2).expect("a survey");
            assert_sound(&preview, 2);
            let bad = rows.iter().filter(|r| r.contains(&8)).count();
            let blank = rows.iter().filter(|r| r.iter().all(|&s| s == 0)).count();
            prop_assert_eq!(preview.bad_rows.len(), bad);
            prop_assert_eq!(preview.blank_rows as usize, blank);
            prop_assert_eq!(preview.respondents as usize, rows.len() - bad - blank);
        }
    }
}
