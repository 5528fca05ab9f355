//! The expectation-against-perception chart, drawn in SVG: per dimension a grey bar for the
//! expectation and a blue one for the perception on the 1–7 scale, with the gap labelled (red
//! when perception falls short) and "not assessed" where a side is missing, never a bar of 0.

use crate::i18n::{servqual_label, Lang, QualityText};
use crate::model::quality::score::{format_gap, format_score, DimensionScore};
use crate::model::quality::SCALE_MAX;
use yew::prelude::*;

const LABEL_W: f64 = 110.0;
const UNIT: f64 = 52.0;
const ROW_H: f64 = 44.0;
const BAR_H: f64 = 13.0;
const TOP: f64 = 10.0;

fn bar(lang: Lang, value: Option<f64>, y: f64, class: &'static str) -> Html {
    match value {
        Some(v) => {
            let width = (v.clamp(0.0, f64::from(SCALE_MAX)) * UNIT).max(1.0);
            html! {
                <>
                    <rect class={class} x={LABEL_W.to_string()} y={y.to_string()} width={width.to_string()} height={BAR_H.to_string()} />
                    <text class="chart-value" x={(LABEL_W + width + 4.0).to_string()} y={(y + BAR_H - 2.0).to_string()}>{ format_score(v) }</text>
                </>
            }
        }
        None => html! {
            <text class="chart-missing" x={(LABEL_W + 4.0).to_string()} y={(y + BAR_H - 2.0).to_string()}>{ lang.tr(QualityText::NotAssessed) }</text>
        },
    }
}

pub fn score_chart(lang: Lang, scores: &[DimensionScore; 5]) -> Html {
    let axis_end = LABEL_W + f64::from(SCALE_MAX) * UNIT;
    let width = axis_end + 110.0;
    let height = TOP + ROW_H * scores.len() as f64 + 24.0;
    let ticks = (0..=SCALE_MAX).map(|t| {
        let x = LABEL_W + f64::from(t) * UNIT;
        html! {
            <>
                <line class="chart-grid" x1={x.to_string()} y1={TOP.to_string()} x2={x.to_string()} y2={(height - 20.0).to_string()} />
                <text class="chart-tick" x={(x - 3.0).to_string()} y={(height - 6.0).to_string()}>{ t }</text>
            </>
        }
    });
    let rows = scores.iter().enumerate().map(|(i, score)| {
        let y = TOP + i as f64 * ROW_H;
        let (gap, class) = match score.gap() {
            Some(g) => (format_gap(g), if g < 0.0 { "chart-gap short" } else { "chart-gap" }),
            None => (lang.tr(QualityText::NotAssessed).to_owned(), "chart-missing"),
        };
        html! {
            <g>
                <text class="chart-label" x="0" y={(y + BAR_H + 4.0).to_string()}>{ lang.tr(servqual_label(score.dimension)) }</text>
                { bar(lang, score.expectation.map(|m| m.value), y + 2.0, "bar-expected") }
                { bar(lang, score.perception.map(|m| m.value), y + BAR_H + 6.0, "bar-perceived") }
                <text class={class} x={(axis_end + 50.0).to_string()} y={(y + BAR_H + 4.0).to_string()}>{ gap }</text>
            </g>
        }
    });
    html! {
        <figure class="score-chart">
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={lang.tr(QualityText::ChartTitle)}>
                { for ticks }
                { for rows }
            </svg>
            <figcaption>
                <span class="legend-expected">{ lang.tr(QualityText::Expectation) }</span>
                <span class="legend-perceived">{ lang.tr(QualityText::Perception) }</span>
            </figcaption>
        </figure>
    }
}
