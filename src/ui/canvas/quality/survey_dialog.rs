//! The preview of a survey file before anything changes: how many respondents can be imported,
//! every bad row by line number and reason (left out), blank rows skipped; Import replaces the
//! current survey (undoable), Cancel leaves everything as it was.

use crate::i18n::survey_words::describe_bad_row;
use crate::i18n::{OrgText, QualityText, Text};
use crate::model::quality::survey::SurveyPreview;
use crate::ui::use_lang;
use crate::ui::widgets::dialog::use_modal;
use std::rc::Rc;
use yew::prelude::*;

/// Bad rows listed before the rest are summed up.
const SHOWN_ROWS: usize = 50;

#[derive(Properties, PartialEq)]
pub struct SurveyDialogProps {
    pub preview: Rc<SurveyPreview>,
    pub on_import: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component(SurveyDialog)]
pub fn survey_dialog(props: &SurveyDialogProps) -> Html {
    let lang = use_lang();
    let first = use_node_ref();
    use_modal(first.clone(), props.on_cancel.clone());
    let preview = &props.preview;
    let bad = preview.bad_rows.iter().take(SHOWN_ROWS).map(|row| html! { <li>{ describe_bad_row(lang, row) }</li> });
    let more = preview.bad_rows.len().saturating_sub(SHOWN_ROWS);
    let can_import = preview.respondents > 0;
    html! {
        <div class="dialog-backdrop">
            <div class="dialog survey-dialog" role="dialog" aria-modal="true" aria-labelledby="survey-title">
                <h2 id="survey-title">{ lang.tr(QualityText::SurveyPreviewTitle) }</h2>
                if can_import {
                    <p class="survey-count">{ lang.trf(QualityText::SurveyPreview, &[&preview.respondents.to_string()]) }</p>
                } else {
                    <p class="survey-count">{ lang.tr(QualityText::SurveyNothing) }</p>
                }
                if !preview.bad_rows.is_empty() {
                    <p>{ lang.trf(QualityText::SurveyBadRows, &[&preview.bad_rows.len().to_string()]) }</p>
                    <ul class="bad-rows">{ for bad }</ul>
                    if more > 0 { <p class="hint">{ format!("… +{more}") }</p> }
                }
                if preview.blank_rows > 0 {
                    <p class="hint">{ lang.trf(QualityText::SurveyBlankRows, &[&preview.blank_rows.to_string()]) }</p>
                }
                if can_import { <p class="hint">{ lang.tr(QualityText::SurveyReplaces) }</p> }
                <div class="dialog-buttons">
                    if can_import {
                        <button ref={first.clone()} class="button primary" onclick={props.on_import.reform(|_| ())}>{ lang.tr(OrgText::Import) }</button>
                        <button class="button" onclick={props.on_cancel.reform(|_| ())}>{ lang.tr(Text::Cancel) }</button>
                    } else {
                        <button ref={first} class="button" onclick={props.on_cancel.reform(|_| ())}>{ lang.tr(Text::Cancel) }</button>
                    }
                </div>
            </div>
        </div>
    }
}
