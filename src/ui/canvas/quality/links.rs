//! The blueprint links view: per SERVQUAL dimension its gap beside the blueprint cards rated
//! with it — touchpoints, fail and wait points and their minutes — each card with "show", which
//! opens the blueprint with the card selected; a dimension that falls well short and that no
//! touchpoint carries is flagged. Also how many cards carry technical and functional quality.

use crate::i18n::{servqual_label, Lang, QualityText};
use crate::interaction::route::CanvasTab;
use crate::model::blueprint::by_dimension::quality_kinds;
use crate::model::blueprint::BlueprintCanvas;
use crate::model::project::quality_links::dimension_links;
use crate::model::quality::score::format_gap;
use crate::model::quality::QualityCanvas;
use crate::model::ItemId;
use std::rc::Rc;
use yew::prelude::*;

/// What the blueprint links view is drawn from.
pub struct LinksPanelProps {
    pub quality: Rc<QualityCanvas>,
    pub blueprint: Rc<BlueprintCanvas>,
    pub on_reveal: Callback<(CanvasTab, ItemId)>,
}

/// A plain function, not a component: it holds no state of its own.
pub fn links_panel(lang: Lang, props: &LinksPanelProps) -> Html {
    let links = dimension_links(&props.quality, &props.blueprint);
    let (technical, functional) = quality_kinds(&props.blueprint);
    let sections = links.iter().map(|link| {
        let dimension = link.score.dimension;
        let gap = link.score.gap().map_or_else(|| lang.tr(QualityText::NotAssessed).to_owned(), format_gap);
        let cards = link.cards.cards.iter().filter_map(|&id| props.blueprint.card(id).map(|c| (id, c.text.clone()))).map(|(id, text)| {
            let show = props.on_reveal.reform(move |_| (CanvasTab::Blueprint, id));
            html! { <li><span>{ text }</span><button class="button small" onclick={show}>{ lang.tr(QualityText::ShowCard) }</button></li> }
        });
        let c = &link.cards;
        html! {
            <section class={classes!("dimension-link", link.no_moment_of_truth.then_some("flagged"))}>
                <h4>{ lang.tr(servqual_label(dimension)) }{ " · " }{ lang.tr(QualityText::Gap) }{ " " }{ gap.clone() }</h4>
                if link.no_moment_of_truth {
                    <p class="warning no-moment" role="status">{ lang.trf(QualityText::NoMomentOfTruth, &[&gap]) }</p>
                }
                <p class="link-figures">
                    { format!("{} {} · {} {} · {} {} · {} {}", lang.tr(QualityText::Touchpoints), c.touchpoints, lang.tr(QualityText::FailPoints), c.fail_points,
                        lang.tr(QualityText::WaitPoints), c.wait_points, lang.tr(QualityText::Minutes), c.marked_minutes) }
                </p>
                if c.cards.is_empty() {
                    <p class="hint">{ lang.tr(QualityText::NoCards) }</p>
                } else {
                    <ul class="link-cards">{ for cards }</ul>
                }
            </section>
        }
    });
    html! {
        <div class="quality-links">
            <p class="hint">{ lang.tr(QualityText::BlueprintIntro) }</p>
            <p class="quality-kinds">{ lang.trf(QualityText::QualityKinds, &[&technical.to_string(), &functional.to_string()]) }</p>
            { for sections }
        </div>
    }
}
