//! One card in the blueprint export: its fill and outline by mark, the symbols that say what
//! it is besides colour, its text wrapped to the box (kept whole in a `<title>` when cut), and
//! its owner.

use super::minutes_text;
use super::style::*;
use crate::export::svg::{text_width, wrap, Style, Wrapped, Writer};
use crate::i18n::{mark_label, BlueprintText, Lang};
use crate::model::blueprint::layout::{CardBox, CARD_HEIGHT, CARD_WIDTH};
use crate::model::blueprint::summary::Owner;
use crate::model::blueprint::{Card, Mark};

/// What one card shows, top to bottom: the mark line (symbol, label, minutes) and the
/// touchpoint star beside it, the text, and the owner.
pub(super) struct CardFace {
    mark: Option<(String, Style)>,
    star: bool,
    text: Wrapped,
    owner: Option<(String, Style)>,
    /// The card's full wording, for the `<title>` when something was cut.
    full: String,
    cut: bool,
}

impl CardFace {
    pub(super) fn new(card: &Card, touchpoint: bool, owner: Owner, lang: Lang) -> CardFace {
        let inner = CARD_WIDTH - 2.0 * CARD_PAD;
        let small = f64::from(CARD_SMALL.size);
        let mark = card.mark.map(|mark| {
            let (symbol, style) = match mark {
                Mark::FailPoint => (FAIL_SYMBOL, FAIL_LABEL),
                Mark::WaitPoint => (WAIT_SYMBOL, WAIT_LABEL),
            };
            let mut label = format!("{symbol} {}", lang.tr(mark_label(mark)));
            if let Some(minutes) = card.minutes {
                label.push_str(" · ");
                label.push_str(&minutes_text(u64::from(minutes), lang));
            }
            (label, style)
        });
        let owner = match owner {
            Owner::Unassigned => None,
            Owner::Position { title, .. } => Some((title, OWNER)),
            Owner::Removed(_) => Some((lang.tr(BlueprintText::OwnerRemoved).to_owned(), OWNER_REMOVED)),
        };
        let star_room = if touchpoint { text_width(TOUCHPOINT_SYMBOL, small) + 4.0 } else { 0.0 };
        let mark = mark.map(|(label, style)| (wrap(&label, inner - star_room, small, 1), style));
        let owner = owner.map(|(title, style)| (wrap(&title, inner, small, 1), title, style));
        // The text gets the lines the mark and owner lines leave free, two or three.
        let header = mark.is_some() || touchpoint;
        let small_lines = usize::from(header) + usize::from(owner.is_some());
        let used = small_lines as f64 * f64::from(CARD_SMALL.line_height);
        let room = ((CARD_HEIGHT - 2.0 * CARD_PAD - used) / f64::from(CARD_TEXT.line_height)).floor().max(1.0);
        let text = wrap(&card.text, inner, f64::from(CARD_TEXT.size), room as usize);
        let cut = text.truncated || mark.as_ref().is_some_and(|(m, _)| m.truncated) || owner.as_ref().is_some_and(|(o, _, _)| o.truncated);
        let mut full = card.text.clone();
        if let Some((_, title, _)) = &owner {
            full.push_str(" — ");
            full.push_str(title);
        }
        CardFace {
            mark: mark.map(|(m, style)| (m.lines.concat(), style)),
            star: touchpoint,
            text,
            owner: owner.map(|(o, _, style)| (o.lines.concat(), style)),
            full,
            cut,
        }
    }
}

/// Fill and outline of a card, and the outline's width: marked cards stand out.
pub(super) fn card_colors(mark: Option<Mark>) -> (&'static str, &'static str, f64) {
    match mark {
        Some(Mark::FailPoint) => ("#fff5f5", FAIL, 2.5),
        Some(Mark::WaitPoint) => ("#fff8e5", "#bf8700", 2.5),
        None => ("#ffffff", "#8c959f", 1.0),
    }
}

pub(super) fn draw_card(w: &mut Writer, at: &Place, placed: &CardBox, card: &Card, face: &CardFace) {
    w.open_group(face.cut.then_some(face.full.as_str()));
    let (fill, stroke, width) = card_colors(card.mark);
    w.frame_width(at.point((placed.x, placed.y)), (placed.width, placed.height), fill, stroke, width, false);
    let left = at.x(placed.x + CARD_PAD);
    let mut top = placed.y + CARD_PAD - 1.0;
    if face.mark.is_some() || face.star {
        if let Some((label, style)) = &face.mark {
            w.text(left, at.y(top), *style, std::slice::from_ref(label));
        }
        if face.star {
            w.text(at.x(placed.x + placed.width - CARD_PAD), at.y(top), STAR, &[TOUCHPOINT_SYMBOL.to_owned()]);
        }
        top += f64::from(CARD_SMALL.line_height);
    }
    w.text(left, at.y(top), CARD_TEXT, &face.text.lines);
    if let Some((owner, style)) = &face.owner {
        let bottom = placed.y + placed.height - CARD_PAD - f64::from(CARD_SMALL.line_height);
        w.text(left, at.y(bottom), *style, std::slice::from_ref(owner));
    }
    w.close_group();
}
