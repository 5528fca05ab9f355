//! The SERVQUAL scores view: per dimension its importance points, expectation and perception
//! (entered by hand, or read from the survey when its statements were answered) and the gap;
//! the points' total (normalised when it is not 100, and the view says so), the weighted
//! SERVQUAL score, the largest shortfall and the chart. Scores are derived, never stored.

use super::chart::score_chart;
use crate::field_rules::Tenths;
use crate::i18n::{servqual_gloss, servqual_label, Lang, QualityText};
use crate::model::core::Servqual;
use crate::model::quality::score::{
    dimension_scores, format_gap, format_score, largest_shortfall, overall, points_total, DimensionScore, Mean, Source,
};
use crate::model::quality::{QualityCanvas, QualityCommand, MAX_WEIGHT, TENTHS_MAX, TENTHS_MIN};
use crate::model::Command;
use crate::ui::widgets::field::{NumberField, Range};
use crate::ui::widgets::score_field::ScoreField;
use std::rc::Rc;
use yew::prelude::*;

const SCALE: Tenths = Tenths { min: TENTHS_MIN, max: TENTHS_MAX };
const POINTS: Range = Range { min: 0, max: MAX_WEIGHT as u32, allow_empty: false };

/// What the scores view is drawn from.
pub struct ScoresPanelProps {
    pub quality: Rc<QualityCanvas>,
    pub on_command: Callback<Command>,
}

fn source_text(lang: Lang, mean: Option<Mean>) -> String {
    match mean.map(|m| m.source) {
        Some(Source::Survey { statements, answers }) => lang.trf(QualityText::FromSurvey, &[&statements.to_string(), &answers.to_string()]),
        Some(Source::Entered) => lang.tr(QualityText::ByHand).to_owned(),
        None => String::new(),
    }
}

/// One side of a dimension: the survey's mean (read-only) or the field for the hand-entered one.
fn side_cell(lang: Lang, quality: &QualityCanvas, score: &DimensionScore, expectation: bool, on_command: &Callback<Command>) -> Html {
    let dimension = score.dimension;
    let mean = if expectation { score.expectation } else { score.perception };
    if let Some(Mean { value, source: Source::Survey { .. }, .. }) = mean {
        return html! { <td class="survey-score">{ format_score(value) }</td> };
    }
    let entered = quality.entered.get(&dimension).copied().unwrap_or_default();
    let on_commit = {
        let on_command = on_command.clone();
        Callback::from(move |tenths: Option<u8>| {
            let (expectation_value, perception_value) = if expectation { (tenths, entered.perception) } else { (entered.expectation, tenths) };
            on_command.emit(Command::Quality(QualityCommand::SetEntered { dimension, expectation: expectation_value, perception: perception_value }))
        })
    };
    let name = lang.tr(servqual_label(dimension));
    let label = lang.trf(if expectation { QualityText::ExpectationOf } else { QualityText::PerceptionOf }, &[name]);
    let value = if expectation { entered.expectation } else { entered.perception };
    html! { <td><ScoreField {value} scale={SCALE} {on_commit} label={label} /></td> }
}

fn row(lang: Lang, quality: &QualityCanvas, score: &DimensionScore, on_command: &Callback<Command>) -> Html {
    let dimension: Servqual = score.dimension;
    let set_points = {
        let on_command = on_command.clone();
        Callback::from(move |points: Option<u32>| {
            let Some(points) = points.and_then(|p| u8::try_from(p).ok()) else { return };
            on_command.emit(Command::Quality(QualityCommand::SetWeight { dimension, points }))
        })
    };
    let name = lang.tr(servqual_label(dimension));
    let (gap_text, gap_class) = match score.gap() {
        Some(gap) => (format_gap(gap), if gap < 0.0 { "gap short" } else { "gap" }),
        None => (lang.tr(QualityText::NotAssessed).to_owned(), "gap not-assessed"),
    };
    let mut sources: Vec<String> =
        [score.expectation, score.perception].into_iter().map(|m| source_text(lang, m)).filter(|s| !s.is_empty()).collect();
    sources.dedup();
    html! {
        <tr class={format!("dimension-{dimension:?}").to_ascii_lowercase()}>
            <th scope="row">{ name }<span class="gloss">{ lang.tr(servqual_gloss(dimension)) }</span></th>
            <td><NumberField value={Some(u32::from(score.points))} range={POINTS} on_commit={set_points}
                label={lang.trf(QualityText::WeightOf, &[name])} /></td>
            { side_cell(lang, quality, score, true, on_command) }
            { side_cell(lang, quality, score, false, on_command) }
            <td class={gap_class}>{ gap_text }</td>
            <td class="hint source-col">{ sources.join(" · ") }</td>
        </tr>
    }
}

/// A plain function, not a component: it holds no state of its own, and the scores are cheap
/// to derive (five dimensions over the statements).
pub fn scores_panel(lang: Lang, props: &ScoresPanelProps) -> Html {
    let scores = dimension_scores(&props.quality);
    let total = points_total(&props.quality.weights);
    let weights_line = if total == 100 {
        html! { <p class="hint">{ lang.trf(QualityText::WeightsTotal, &[&total.to_string()]) }</p> }
    } else {
        html! { <p class="warning weights-normalised" role="status">{ lang.trf(QualityText::WeightsNormalised, &[&total.to_string()]) }</p> }
    };
    let overall_line = match overall(&scores) {
        Some(value) => lang.trf(QualityText::Overall, &[&format_gap(value)]),
        None => lang.tr(QualityText::OverallNone).to_owned(),
    };
    let shortfall = match largest_shortfall(&scores) {
        Some((dimension, gap)) => lang.trf(QualityText::Shortfall, &[lang.tr(servqual_label(dimension)), &format_gap(gap)]),
        None => lang.tr(QualityText::NoShortfall).to_owned(),
    };
    let header =
        [QualityText::Dimension, QualityText::Weight, QualityText::Expectation, QualityText::Perception, QualityText::Gap, QualityText::Source];
    html! {
        <div class="quality-scores">
            <p class="hint">{ lang.tr(QualityText::ScoresIntro) }</p>
            <div class="table-scroll">
            <table class="score-table">
                <thead><tr>{ for header.iter().map(|h| {
                    let class = (*h == QualityText::Source).then_some("source-col");
                    html! { <th scope="col" {class}>{ lang.tr(*h) }</th> }
                }) }</tr></thead>
                <tbody>{ for scores.iter().map(|s| row(lang, &props.quality, s, &props.on_command)) }</tbody>
            </table>
            </div>
            { weights_line }
            <p class="overall-score"><strong>{ overall_line }</strong></p>
            <p class="shortfall">{ shortfall }</p>
            { score_chart(lang, &scores) }
        </div>
    }
}
