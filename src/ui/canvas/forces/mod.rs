//! The five-forces canvas: the classic diagram (rivalry in the centre, the other four forces
//! around it with arrows whose weight shows their intensity), the overall assessment and the
//! competitor register, plus the export menu. The document comes in as `forces` (and `swot`,
//! to show which factors were sent there) and leaves as `Command`s.

mod assessment;
mod competitors;
mod export;
mod factor_row;
mod force_panel;
mod register;
mod stance;

pub use export::{export_forces, ForcesExport};
pub use register::CANVAS;

use crate::i18n::Text;
use crate::model::five_forces::score::intensity;
use crate::model::five_forces::{FiveForcesCanvas, Force};
use crate::model::links::Origin;
use crate::model::swot::SwotCanvas;
use crate::model::Command;
use crate::ui::use_lang;
use force_panel::ForcePanel;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForcesViewProps {
    pub forces: Rc<FiveForcesCanvas>,
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
    pub on_export: Callback<ForcesExport>,
}

/// The SWOT item text each factor or competitor was sent as.
pub fn sent_texts(swot: &SwotCanvas) -> Rc<Vec<(Origin, String)>> {
    Rc::new(swot.items.iter().filter_map(|i| i.origin.map(|o| (o, i.text.clone()))).collect())
}

/// The arrow from an outer force into the centre; its weight and colour show the intensity.
fn arrow(force: Force, forces: &FiveForcesCanvas) -> Html {
    let level = intensity(forces, force).map(|i| i.value.round().clamp(1.0, 5.0) as u8);
    let class = match level {
        Some(l) => format!("force-arrow level-{l}"),
        None => "force-arrow unassessed".to_owned(),
    };
    // Drawn pointing right; CSS rotates it per position.
    let direction = match force {
        Force::NewEntrants => "down",
        Force::Substitutes => "up",
        Force::Suppliers => "right",
        Force::Buyers => "left",
        Force::Rivalry => "right",
    };
    html! {
        <div class={classes!("arrow-cell", format!("arrow-{direction}"))} aria-hidden="true">
            <svg class={class} viewBox="0 0 100 40" preserveAspectRatio="none">
                <line x1="4" y1="20" x2="78" y2="20" />
                <polygon points="76,6 98,20 76,34" />
            </svg>
        </div>
    }
}

#[function_component(ForcesView)]
pub fn forces_view(props: &ForcesViewProps) -> Html {
    let lang = use_lang();
    let sent = use_memo(props.swot.clone(), |swot| sent_texts(swot));
    let panel = |force: Force| {
        html! {
            <ForcePanel {force} forces={props.forces.clone()} sent={(*sent).clone()} on_command={props.on_command.clone()} />
        }
    };
    let export = |what: ForcesExport, label: Text| {
        let on_export = props.on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ lang.tr(label) }</button> }
    };
    html! {
        <section class="forces">
            <div class="canvas-toolbar">
                <h2 class="canvas-title">{ lang.tr(Text::ForcesDiagram) }</h2>
                <details class="export-menu">
                    <summary class="button">{ lang.tr(Text::Export) }</summary>
                    <div class="menu">
                        { export(ForcesExport::DiagramSvg, Text::ExportDiagramSvg) }
                        { export(ForcesExport::DiagramPng, Text::ExportDiagramPng) }
                        { export(ForcesExport::AssessmentSvg, Text::ExportAssessmentSvg) }
                        { export(ForcesExport::AssessmentPng, Text::ExportAssessmentPng) }
                        { export(ForcesExport::Markdown, Text::ExportMarkdown) }
                        { export(ForcesExport::CopyMarkdown, Text::CopyMarkdown) }
                    </div>
                </details>
            </div>
            <div class="forces-diagram">
                <div class="slot-top">{ panel(Force::NewEntrants) }</div>
                { arrow(Force::NewEntrants, &props.forces) }
                <div class="slot-left">{ panel(Force::Suppliers) }</div>
                { arrow(Force::Suppliers, &props.forces) }
                <div class="slot-centre">{ panel(Force::Rivalry) }</div>
                { arrow(Force::Buyers, &props.forces) }
                <div class="slot-right">{ panel(Force::Buyers) }</div>
                { arrow(Force::Substitutes, &props.forces) }
                <div class="slot-bottom">{ panel(Force::Substitutes) }</div>
            </div>
            <p class="hint keys-hint">{ lang.tr(Text::FactorKeysHint) }</p>
            <assessment::Assessment forces={props.forces.clone()} on_command={props.on_command.clone()} />
            <competitors::Register forces={props.forces.clone()} sent={(*sent).clone()} on_command={props.on_command.clone()} />
        </section>
    }
}
