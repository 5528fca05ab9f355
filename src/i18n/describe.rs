//! Errors and quantities in words. Each error variant maps to one catalogue row, filled with
//! the facts the variant carries, so the user reads what is wrong in their own language.

use super::file_words::{field_in_words, problem_in_words};
use super::{BlueprintText, Lang, Text};
use crate::model::project::{NameError, RepairReport};
use crate::model::ModelError;
use crate::persist::{JsonKind, LoadError, ShareError};

/// "532 B", "1.2 KB", "4.8 MB" (decimal units, one decimal place above a kilobyte).
pub fn format_bytes(bytes: usize) -> String {
    const KB: f64 = 1000.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.1} KB", b / KB)
    } else {
        format!("{:.1} MB", b / (KB * KB))
    }
}

/// What repairing a file changed, where: "This file was repaired: SWOT: 2 fixes, links
/// between canvases: 1 fix. Everything else is as it was."
pub fn describe_repairs(lang: Lang, report: &RepairReport) -> String {
    let places = [
        (Text::CanvasSwot, report.swot),
        (Text::CanvasFiveForces, report.five_forces),
        (Text::CanvasOrg, report.org),
        (Text::CanvasBlueprint, report.blueprint),
        (Text::CanvasQuality, report.quality),
        (Text::RepairedVoting, report.voting),
        (Text::RepairedLinks, report.links),
        (Text::RepairedCounter, report.counter),
    ];
    let parts: Vec<String> =
        places.iter().filter(|(_, n)| *n > 0).map(|(place, n)| lang.trf(Text::RepairedIn, &[lang.tr(*place), &n.to_string()])).collect();
    lang.trf(Text::Repaired, &[&parts.join(lang.tr(Text::RepairedSeparator))])
}

pub fn describe_name_error(lang: Lang, error: &NameError) -> String {
    match error {
        NameError::Empty => lang.tr(Text::NameEmpty).to_owned(),
        NameError::TooLong { chars, max } => lang.trf(Text::NameTooLong, &[&max.to_string(), &chars.to_string()]),
    }
}

pub fn describe_model_error(lang: Lang, error: &ModelError) -> String {
    match error {
        ModelError::InvalidName(e) => describe_name_error(lang, e),
        ModelError::ItemNotFound(_) => lang.tr(Text::ErrItemNotFound).to_owned(),
        ModelError::EmptyText => lang.tr(Text::ErrEmptyText).to_owned(),
        ModelError::TextTooLong { chars, max } => lang.trf(Text::ErrTextTooLong, &[&max.to_string(), &chars.to_string()]),
        ModelError::PriorityOutOfRange(_) => lang.tr(Text::ErrPriority).to_owned(),
        ModelError::TagOnInternalItem => lang.tr(Text::ErrTagInternal).to_owned(),
        ModelError::SourceNotInCell { cell } => lang.trf(Text::ErrSourceNotInCell, &[cell]),
        ModelError::StrategyNeedsBothSides { cell } => lang.trf(Text::ErrNeedsBothSides, &[cell]),
        ModelError::OutOfRange(value) => lang.trf(Text::ErrOutOfRange, &[&value.to_string()]),
        ModelError::AlreadySent => lang.tr(Text::ErrAlreadySent).to_owned(),
        ModelError::SendToInternal => lang.tr(Text::ErrSendToInternal).to_owned(),
        ModelError::Cycle => lang.tr(Text::ErrCycle).to_owned(),
        ModelError::HeadcountTooLarge { count, max } => lang.trf(Text::ErrHeadcount, &[&max.to_string(), &count.to_string()]),
        ModelError::TooManyEntries { count, max } => lang.trf(Text::ErrTooManyEntries, &[&max.to_string(), &count.to_string()]),
        ModelError::DottedLineInvalid => lang.tr(Text::ErrDottedLine).to_owned(),
        ModelError::SpanRangeInvalid { max } => lang.trf(Text::ErrSpanRange, &[&max.to_string()]),
        ModelError::InvalidDraft => lang.tr(Text::ErrInvalidDraft).to_owned(),
        ModelError::DurationTooLong { minutes, max } => lang.trf(Text::ErrDuration, &[&max.to_string(), &minutes.to_string()]),
        ModelError::EmotionOutOfRange(value) => lang.trf(Text::ErrEmotion, &[&value.to_string()]),
        ModelError::LaneNotFound => lang.tr(Text::ErrLaneNotFound).to_owned(),
        ModelError::StandardLane => lang.tr(Text::ErrStandardLane).to_owned(),
        ModelError::ServqualOnCustomerAction => lang.tr(BlueprintText::ErrServqualCustomer).to_owned(),
        ModelError::ConnectorToItself => lang.tr(Text::ErrConnectorToItself).to_owned(),
        ModelError::FailPointToWeakness => lang.tr(Text::ErrFailPointToWeakness).to_owned(),
        ModelError::NotAFailPoint => lang.tr(Text::ErrNotAFailPoint).to_owned(),
        ModelError::RoundOpen => lang.tr(Text::ErrRoundOpen).to_owned(),
        ModelError::NoOpenRound => lang.tr(Text::ErrNoOpenRound).to_owned(),
        ModelError::NoDotsLeft => lang.tr(Text::ErrNoDotsLeft).to_owned(),
        ModelError::NotVotable(_) => lang.tr(Text::ErrNotVotable).to_owned(),
        ModelError::BadVoteCode => lang.tr(Text::ErrBadVoteCode).to_owned(),
        ModelError::WrongRound => lang.tr(Text::ErrWrongRound).to_owned(),
        ModelError::NoEmptyBallot => lang.tr(Text::ErrNoEmptyBallot).to_owned(),
        ModelError::VoteRange => lang.tr(Text::ErrVoteRange).to_owned(),
    }
}

pub fn describe_load_error(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { bytes, limit } => lang.trf(Text::ErrTooLarge, &[&format_bytes(*bytes), &format_bytes(*limit)]),
        LoadError::Empty => lang.tr(Text::ErrEmpty).to_owned(),
        LoadError::LooksLikeHtml => lang.tr(Text::ErrHtml).to_owned(),
        LoadError::NotJson { line, column } => lang.trf(Text::ErrNotJson, &[&line.to_string(), &column.to_string()]),
        LoadError::TooDeep { limit } => lang.trf(Text::ErrTooDeep, &[&limit.to_string()]),
        LoadError::NotAnObject(kind) => {
            let kind = match kind {
                JsonKind::Array => Text::KindArray,
                JsonKind::String => Text::KindString,
                JsonKind::Number => Text::KindNumber,
                JsonKind::Bool => Text::KindBool,
                JsonKind::Null => Text::KindNull,
            };
            lang.trf(Text::ErrNotObject, &[lang.tr(kind)])
        }
        LoadError::NotAProject => lang.tr(Text::ErrNotAProject).to_owned(),
        LoadError::WrongFormat { found } => lang.trf(Text::ErrWrongFormat, &[found]),
        LoadError::BadVersion => lang.tr(Text::ErrBadVersion).to_owned(),
        LoadError::NewerVersion { found, supported } => lang.trf(Text::ErrNewerVersion, &[&found.to_string(), &supported.to_string()]),
        LoadError::MigrationFailed { from, reason } => lang.trf(Text::ErrMigration, &[&from.to_string(), &problem_in_words(lang, reason)]),
        LoadError::BadShape { path, detail } => lang.trf(Text::ErrBadShape, &[&field_in_words(lang, path), &problem_in_words(lang, detail)]),
    }
}

pub fn describe_share_error(lang: Lang, error: &ShareError) -> String {
    match error {
        ShareError::TooLarge { chars, max } => lang.trf(Text::ShareTooLarge, &[&chars.to_string(), &max.to_string()]),
        ShareError::NotAShareLink => lang.tr(Text::ShareNotALink).to_owned(),
        ShareError::Damaged => lang.tr(Text::ShareDamaged).to_owned(),
        ShareError::TooBig { max } => lang.trf(Text::ShareTooBig, &[&format_bytes(*max)]),
        ShareError::Load(e) => describe_load_error(lang, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_read_naturally() {
        assert_eq!(format_bytes(532), "532 B");
        assert_eq!(format_bytes(1_234), "1.2 KB");
        assert_eq!(format_bytes(10 * 1024 * 1024), "10.5 MB");
    }

    #[test]
    fn newer_version_names_both_versions_in_both_languages() {
        let e = LoadError::NewerVersion { found: 7, supported: 1 };
        for lang in Lang::ALL {
            let text = describe_load_error(lang, &e);
            assert!(text.contains('7') && text.contains('1'), "{text}");
        }
    }

    #[test]
    fn descriptions_are_not_raw_debug_output() {
        let e = LoadError::NotAnObject(JsonKind::Array);
        assert_eq!(describe_load_error(Lang::En, &e), "The file holds a list (JSON array), not a project.");
        assert_eq!(describe_load_error(Lang::ZhCn, &e), "文件内容是一个列表（JSON 数组），而不是项目。");
    }
}
