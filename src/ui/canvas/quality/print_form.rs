//! The blank questionnaire laid out for paper (A4): the instructions, then the statements by
//! dimension, each with a 1–7 box for the expectation and one for the perception, ready to hand
//! out at a workshop or a counter. Hidden on screen; the print stylesheet shows only this while
//! it is printed.

use crate::i18n::{servqual_label, Lang, QualityText};
use crate::model::core::Servqual;
use crate::model::quality::QualityCanvas;
use yew::prelude::*;

/// The form for `quality`'s statements. A plain function, not a component: it holds no state.
pub fn print_form(lang: Lang, quality: &QualityCanvas) -> Html {
    let scale = html! { <span class="scale-boxes">{ for (1..=7).map(|n| html! { <span class="scale-box">{ n }</span> }) }</span> };
    let mut number = 0;
    let sections = Servqual::ALL.iter().filter_map(|&dimension| {
        let rows: Vec<Html> = quality
            .statements
            .iter()
            .filter(|s| s.dimension == dimension)
            .map(|s| {
                number += 1;
                html! { <tr><td class="form-number">{ number }</td><td>{ &s.text }</td><td>{ scale.clone() }</td><td>{ scale.clone() }</td></tr> }
            })
            .collect();
        (!rows.is_empty()).then(|| {
            html! {
                <tbody>
                    <tr class="form-dimension"><th colspan="4" scope="colgroup">{ lang.tr(servqual_label(dimension)) }</th></tr>
                    { for rows }
                </tbody>
            }
        })
    });
    html! {
        <div class="print-jds print-form">
            <article class="print-jd">
                <h2>{ lang.tr(QualityText::FormTitle) }</h2>
                <p>{ lang.tr(QualityText::FormIntro) }</p>
                <table class="print-header form-table">
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        <th scope="col">{ lang.tr(QualityText::Statement) }</th>
                        <th scope="col">{ lang.tr(QualityText::FormExpect) }</th>
                        <th scope="col">{ lang.tr(QualityText::FormPerceive) }</th>
                    </tr></thead>
                    { for sections }
                </table>
            </article>
        </div>
    }
}
