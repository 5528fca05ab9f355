//! The service-quality canvas: four views of one document — the SERVQUAL scores (weights,
//! expectation and perception per dimension, the chart and the weighted score), the
//! questionnaire (statements, survey import, the blank form), the gap model (the four provider
//! gaps with causes, evidence, actions, owner and status, sent to SWOT) and the blueprint links
//! (per dimension the cards rated with it). The document comes in as `project` and leaves as
//! `Command`s; the chosen view, dialogs and printing are view state.

mod chart;
mod export;
mod gaps;
mod links;
mod print_form;
mod questionnaire;
mod register;
mod scores;
mod survey_dialog;

pub use export::{export_quality, QualityExport};
pub use register::CANVAS;

use crate::i18n::QualityText;
use crate::interaction::route::CanvasTab;
use crate::model::blueprint::BlueprintCanvas;
use crate::model::org::OrgCanvas;
use crate::model::quality::QualityCanvas;
use crate::model::swot::SwotCanvas;
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QualityViewProps {
    pub quality: Rc<QualityCanvas>,
    pub org: Rc<OrgCanvas>,
    pub blueprint: Rc<BlueprintCanvas>,
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
    pub on_export: Callback<QualityExport>,
    /// Opens another canvas with one of its items selected (a blueprint card).
    pub on_reveal: Callback<(CanvasTab, ItemId)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum View {
    Scores,
    Questionnaire,
    Gaps,
    Blueprint,
}

impl View {
    const ALL: [View; 4] = [View::Scores, View::Questionnaire, View::Gaps, View::Blueprint];

    fn label(self) -> QualityText {
        match self {
            View::Scores => QualityText::ViewScores,
            View::Questionnaire => QualityText::ViewQuestionnaire,
            View::Gaps => QualityText::ViewGaps,
            View::Blueprint => QualityText::ViewBlueprint,
        }
    }
}

#[function_component(QualityView)]
pub fn quality_view(props: &QualityViewProps) -> Html {
    let lang = use_lang();
    let view = use_state(|| View::Scores);
    let tabs = View::ALL.iter().map(|&which| {
        let (view, active) = (view.clone(), *view == which);
        html! {
            <button class={classes!("subview", active.then_some("active"))} aria-pressed={active.to_string()}
                onclick={Callback::from(move |_| view.set(which))}>{ lang.tr(which.label()) }</button>
        }
    });
    let on_command = props.on_command.clone();
    let body = match *view {
        View::Scores => scores::scores_panel(lang, &scores::ScoresPanelProps { quality: props.quality.clone(), on_command }),
        View::Questionnaire => html! { <questionnaire::QuestionnairePanel quality={props.quality.clone()} {on_command} /> },
        View::Gaps => gaps::gaps_panel(
            lang,
            &gaps::GapsPanelProps { quality: props.quality.clone(), org: props.org.clone(), swot: props.swot.clone(), on_command },
        ),
        View::Blueprint => links::links_panel(
            lang,
            &links::LinksPanelProps { quality: props.quality.clone(), blueprint: props.blueprint.clone(), on_reveal: props.on_reveal.clone() },
        ),
    };
    html! {
        <section class="quality">
            <div class="canvas-toolbar">
                <div class="subviews" role="group">{ for tabs }</div>
                { export::export_menu(lang, &props.on_export) }
            </div>
            { body }
            <p class="hint keys-hint">{ lang.tr(QualityText::KeysHint) }</p>
        </section>
    }
}
