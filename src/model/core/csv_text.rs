//! Writing CSV for spreadsheets: a byte-order mark (so Excel reads the file as UTF-8, Chinese
//! included), CRLF line ends, a field quoted only when it must be (RFC 4180), and text that a
//! spreadsheet would run as a formula kept as text (see [`guarded`]); and, for reading, the line
//! a record starts on as an editor counts it ([`Lines`]). Reading CSV
//! is the `csv` crate's job; its writer is not used here because its quoting code brings in
//! Rust's float parser (17 KB of the compressed wasm) for a mode this app never uses.

/// The byte-order mark that starts every CSV file written, and is skipped when reading one.
pub const BOM: &str = "\u{feff}";

/// What makes a spreadsheet read a cell as a formula when it starts the cell.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A field as written. Text starting like a formula (`=HYPERLINK(…)`, `+1`, `@SUM`) gets a
/// leading apostrophe, which spreadsheets take as "this cell is text" and do not show, so a
/// hostile project cannot run formulas in whoever opens its export (CSV injection). A field
/// that already starts with an apostrophe followed by such a character or another apostrophe
/// gets one too, so [`unguarded`] gives every field back exactly. A plain negative number
/// (`-2`, `-1.25`) is no formula and stays a number for the spreadsheet.
pub fn guarded(field: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = field.chars();
    let needs_guard = match (chars.next(), chars.next()) {
        (Some('-'), _) if is_negative_number(field) => false,
        (Some(first), _) if FORMULA_START.contains(&first) => true,
        (Some('\''), Some(second)) => second == '\'' || FORMULA_START.contains(&second),
        _ => false,
    };
    if needs_guard {
        format!("'{field}").into()
    } else {
        field.into()
    }
}

/// `-` then digits, with at most one decimal point between digits: nothing a spreadsheet could
/// run.
fn is_negative_number(field: &str) -> bool {
    let Some(digits) = field.strip_prefix('-') else { return false };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// A cell as read: the field [`guarded`] wrote it from.
pub fn unguarded(cell: &str) -> &str {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(second)) if second == '\'' || FORMULA_START.contains(&second) => &cell[1..],
        _ => cell,
    }
}

/// `rows` as CSV text: the BOM, then each row's fields joined by commas, each row ended by CRLF.
pub fn write_table<R, F>(rows: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator<Item = F>,
    F: AsRef<str>,
{
    let mut out = String::from(BOM);
    for row in rows {
        let (mut fields, mut only_field_empty) = (0, false);
        for field in row {
            if fields > 0 {
                out.push(',');
            }
            let field = field.as_ref();
            push_field(&mut out, &guarded(field));
            fields += 1;
            only_field_empty = fields == 1 && field.is_empty();
        }
        // A row of one empty field is written `""`, or it would read back as a blank line.
        if only_field_empty {
            out.push_str("\"\"");
        }
        out.push_str("\r\n");
    }
    out
}

/// Quotes a field that holds a comma, a quote or a line break, doubling its quotes.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Turns byte offsets into 1-based line numbers. csv's own `Position::line()` counts only
/// `\n` and is taken before the blank lines ahead of a record are skipped, so it is wrong for
/// CRLF files (what Excel saves) and after blank lines; this counts `\r\n`, `\n` and a lone
/// `\r` each as one line end, like a text editor.
pub struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a [u8]) -> Self {
        Lines { text, at: 0, line: 1 }
    }

    /// The line of a record csv reports as starting at byte `from`: the record really starts
    /// after any line breaks there. Offsets must not decrease between calls (records come in
    /// file order), which keeps the whole count linear.
    pub fn record_start(&mut self, from: u64) -> u64 {
        let mut start = usize::try_from(from).unwrap_or(usize::MAX).min(self.text.len());
        while self.text.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        while self.at < start {
            let ends_line = match self.text[self.at] {
                b'\n' => true,
                b'\r' => self.text.get(self.at + 1) != Some(&b'\n'),
                _ => false,
            };
            self.line += u64::from(ends_line);
            self.at += 1;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("starts with the BOM");
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body.as_bytes());
        reader.records().map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect()).collect()
    }

    #[test]
    fn plain_fields_are_written_bare_with_crlf_line_ends() {
        assert_eq!(write_table([["a", "b"], ["客服", ""]]), "\u{feff}a,b\r\n客服,\r\n");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged() {
        let rows = vec![
            vec!["a,b".to_owned(), "say \"hi\"".to_owned(), "two\nlines".to_owned(), "cr\r\nlf".to_owned()],
            vec!["<script>alert(1)</script>".to_owned(), "1+2".to_owned(), "مرحبا 👋".to_owned(), "\"".to_owned()],
        ];
        let text = write_table(rows.clone());
        assert!(text.contains("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\""), "{text}");
        assert_eq!(read_back(&text), rows);
    }

    #[test]
    fn text_that_starts_like_a_formula_is_written_as_text() {
        let text = write_table([["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "a=b", "'plain", "-1.25", "-", "-.5", "-2."]]);
        assert_eq!(text, "\u{feff}\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2+3,'@SUM(A1),a=b,'plain,-1.25,'-,'-.5,'-2.\r\n");
    }

    #[test]
    fn every_field_is_read_back_exactly_after_guarding() {
        let fields = ["", "'", "''", "'=", "''=x", "=", "'-5", "-5", "-5.5", "'-5.5", "x'", "\t=1", "\r", "'\t", "@", "'@@", "plain", "客服"];
        for field in fields {
            assert_eq!(unguarded(&guarded(field)), field, "{field:?}");
        }
        let written = write_table([fields]);
        let read: Vec<String> = read_back(&written).remove(0).iter().map(|cell| unguarded(cell).to_owned()).collect();
        assert_eq!(read, fields);
    }

    #[test]
    fn a_row_of_one_empty_field_is_not_a_blank_line() {
        let text = write_table([vec!["x"], vec![""], vec!["y"]]);
        assert_eq!(text, "\u{feff}x\r\n\"\"\r\ny\r\n");
        assert_eq!(read_back(&text), vec![vec!["x"], vec![""], vec!["y"]]);
        // Only an empty field: a single field that merely ends like a line is written as it is.
        assert_eq!(write_table([["x\u{feff}"]]), "\u{feff}x\u{feff}\r\n");
    }
}
