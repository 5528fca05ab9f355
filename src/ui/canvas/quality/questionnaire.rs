//! The questionnaire view: the statements grouped by dimension, each rewordable, movable to
//! another dimension and removable, with its survey means, spread and answer count; a field per
//! dimension to add one; the built-in questionnaire; importing survey responses as CSV (through
//! a preview, nothing changes until confirmed), clearing them, a blank response file and the
//! printed blank form.

use super::print_form::print_form;
use super::survey_dialog::SurveyDialog;
use crate::i18n::survey_words::describe_survey_error;
use crate::i18n::{servqual_gloss, servqual_label, Lang, QualityText, Text};
use crate::model::core::Servqual;
use crate::model::quality::questionnaire::built_in;
use crate::model::quality::score::{format_score, tally_mean, tally_spread};
use crate::model::quality::survey::{blank_form_csv, read_survey, SurveyError, SurveyPreview, MAX_SURVEY_BYTES};
use crate::model::quality::{QualityCanvas, QualityCommand, Statement};
use crate::model::swot::MAX_TEXT_CHARS;
use crate::model::Command;
use crate::ui::browser;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{choices, picked, value_of, Choice};
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::field::{AddField, Check, TextField};
use crate::ui::widgets::printing::use_printing;
use crate::ui::widgets::toast::{use_toaster, Toast};
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnairePanelProps {
    pub quality: Rc<QualityCanvas>,
    pub on_command: Callback<Command>,
}

fn quality(command: QualityCommand) -> Command {
    Command::Quality(command)
}

/// One statement: its number, text, dimension, survey figures and delete button.
fn statement_row(lang: Lang, number: usize, statement: &Statement, on_command: &Callback<Command>) -> Html {
    let (id, dimension, text) = (statement.id, statement.dimension, statement.text.clone());
    let reword = {
        let on_command = on_command.clone();
        Callback::from(move |text: String| on_command.emit(quality(QualityCommand::EditStatement { id, dimension, text })))
    };
    let move_to = {
        let (on_command, text) = (on_command.clone(), text.clone());
        Callback::from(move |value: String| {
            if let Some(dimension) = picked(&Servqual::ALL, &value) {
                on_command.emit(quality(QualityCommand::EditStatement { id, dimension, text: text.clone() }))
            }
        })
    };
    let delete = {
        let on_command = on_command.clone();
        Callback::from(move |_| on_command.emit(quality(QualityCommand::DeleteStatement { id })))
    };
    let mean = |t| tally_mean(t).map(format_score).unwrap_or_else(|| "—".to_owned());
    let spread = |t| tally_spread(t).map(format_score).unwrap_or_else(|| "—".to_owned());
    let options = choices("", &Servqual::ALL, |d| lang.tr(servqual_label(d)).to_owned());
    let figures = format!(
        "{} {} · {} {} · {} {}/{}",
        lang.tr(QualityText::MeanE),
        mean(&statement.expectation),
        lang.tr(QualityText::MeanP),
        mean(&statement.perception),
        lang.tr(QualityText::Spread),
        spread(&statement.expectation),
        spread(&statement.perception),
    );
    html! {
        <li class="statement">
            <span class="statement-number">{ number }</span>
            <TextField value={text.clone()} check={Check::text(MAX_TEXT_CHARS)} on_commit={reword} label={format!("{} {number}", lang.tr(QualityText::Statement))} />
            <Choice value={value_of(&Servqual::ALL, Some(dimension))} options={options} on_change={move_to}
                label={lang.trf(QualityText::StatementDimension, &[&text])} />
            <span class="statement-figures" title={format!("{} {}", lang.tr(QualityText::Answers), statement.expectation.n)}>{ figures }</span>
            <button class="button small" aria-label={lang.trf(QualityText::DeleteStatement, &[&text])} onclick={delete}>{ "×" }</button>
        </li>
    }
}

/// Reads the chosen survey file and hands its preview on, or says why it is refused.
#[hook]
fn use_survey_picker(statements: usize, preview: &UseStateHandle<Option<Rc<SurveyPreview>>>, lang: Lang) -> Callback<Event> {
    let reader = use_mut_ref(|| None::<FileReader>);
    let toaster = use_toaster();
    let preview = preview.clone();
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // The same file can be chosen again after fixing it.
        input.set_value("");
        let size = file.size() as usize;
        if size > MAX_SURVEY_BYTES {
            toaster.show(Toast::text(describe_survey_error(lang, &SurveyError::TooLarge { bytes: size, max: MAX_SURVEY_BYTES })));
            return;
        }
        let (preview, toaster) = (preview.clone(), toaster.clone());
        let task = browser::read_file_bytes(
            file,
            Box::new(move |result| match result {
                Ok(bytes) => match read_survey(&bytes, statements) {
                    Ok(read) => preview.set(Some(Rc::new(read))),
                    Err(error) => toaster.show(Toast::text(describe_survey_error(lang, &error))),
                },
                Err(_) => toaster.show(Toast::text(describe_survey_error(lang, &SurveyError::NotText))),
            }),
        );
        *reader.borrow_mut() = Some(task);
    })
}

#[function_component(QuestionnairePanel)]
pub fn questionnaire_panel(props: &QuestionnairePanelProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let preview = use_state(|| None::<Rc<SurveyPreview>>);
    let confirm_replace = use_state(|| false);
    let printing = use_printing::<()>();
    let q = &props.quality;
    let on_file = use_survey_picker(q.statements.len(), &preview, lang);
    let chinese = lang == Lang::ZhCn;
    let insert = |replace: bool| {
        let (on_command, confirm) = (props.on_command.clone(), confirm_replace.clone());
        Callback::from(move |_| {
            confirm.set(false);
            on_command.emit(quality(QualityCommand::InsertStatements { statements: built_in(chinese), replace }))
        })
    };
    let import = {
        let (on_command, preview, ids, toaster) =
            (props.on_command.clone(), preview.clone(), q.statements.iter().map(|s| s.id).collect::<Vec<_>>(), toaster.clone());
        Callback::from(move |_| {
            let Some(read) = (*preview).clone() else { return };
            preview.set(None);
            let tallies = ids.iter().zip(read.tallies.iter()).map(|(id, (e, p))| (*id, *e, *p)).collect();
            on_command.emit(quality(QualityCommand::ImportSurvey { respondents: read.respondents, tallies }));
            toaster.show(Toast::text(lang.trf(QualityText::SurveyImported, &[&read.respondents.to_string()])));
        })
    };
    let blank_form = {
        let (count, toaster) = (q.statements.len(), toaster.clone());
        Callback::from(move |_| {
            if let Err(error) = browser::download_text("servqual-responses.csv", "text/csv", &blank_form_csv(count, chinese)) {
                toaster.show(Toast::text(error));
            }
        })
    };
    let mut number = 0;
    let groups = Servqual::ALL.iter().map(|&dimension| {
        let rows: Vec<Html> = q
            .statements
            .iter()
            .filter(|s| s.dimension == dimension)
            .map(|s| {
                number += 1;
                statement_row(lang, number, s, &props.on_command)
            })
            .collect();
        let on_command = props.on_command.clone();
        let add = Callback::from(move |text: String| on_command.emit(quality(QualityCommand::AddStatement { dimension, text, index: None })));
        let name = lang.tr(servqual_label(dimension));
        html! {
            <section class="statement-group">
                <h4>{ name }<span class="gloss">{ lang.tr(servqual_gloss(dimension)) }</span></h4>
                <ol class="statements">{ for rows }</ol>
                <AddField check={Check::text(MAX_TEXT_CHARS)} on_add={add} label={lang.trf(QualityText::AddStatement, &[name])}
                    placeholder={lang.trf(QualityText::AddStatement, &[name])} />
            </section>
        }
    });
    let replace_dialog = (*confirm_replace).then(|| {
        let cancel = { let c = confirm_replace.clone(); Callback::from(move |_| c.set(false)) };
        let buttons = vec![
            DialogButton { label: lang.tr(QualityText::ReplaceWithBuiltIn).into(), primary: true, danger: true, onclick: insert(true) },
            DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: cancel.clone() },
        ];
        html! { <Dialog title={lang.tr(QualityText::ReplaceWithBuiltIn).to_owned()} message={lang.trf(QualityText::ReplaceQuestionnaireBody, &[&q.statements.len().to_string()])} {buttons} on_cancel={cancel} /> }
    });
    let survey_dialog = (*preview).clone().map(|read| {
        let cancel = {
            let p = preview.clone();
            Callback::from(move |_| p.set(None))
        };
        html! { <SurveyDialog preview={read} on_import={import.clone()} on_cancel={cancel} /> }
    });
    let empty = q.statements.is_empty();
    html! {
        <div class="quality-questionnaire">
            <p class="hint">{ lang.tr(QualityText::QuestionnaireIntro) }</p>
            <div class="button-row questionnaire-tools">
                if empty {
                    <button class="button primary" onclick={insert(false).reform(|_| ())}>{ lang.tr(QualityText::UseBuiltIn) }</button>
                } else {
                    <button class="button" onclick={{ let c = confirm_replace.clone(); Callback::from(move |_| c.set(true)) }}>{ lang.tr(QualityText::ReplaceWithBuiltIn) }</button>
                    <label class="button file-button">{ lang.tr(QualityText::ImportSurvey) }
                        <input type="file" accept=".csv,text/csv" class="visually-hidden" onchange={on_file} /></label>
                    if q.respondents > 0 {
                        <button class="button" onclick={props.on_command.reform(|_| quality(QualityCommand::ClearSurvey))}>{ lang.tr(QualityText::ClearSurvey) }</button>
                    }
                    <button class="button" onclick={blank_form}>{ lang.tr(QualityText::BlankForm) }</button>
                    <button class="button" onclick={{ let p = printing.clone(); Callback::from(move |_| p.set(Some(()))) }}>{ lang.tr(QualityText::PrintForm) }</button>
                }
            </div>
            <p class="survey-status">{ if q.respondents > 0 { lang.trf(QualityText::Respondents, &[&q.respondents.to_string()]) } else { lang.tr(QualityText::NoSurvey).to_owned() } }</p>
            <p class="hint">{ lang.tr(QualityText::SurveyHelp) }</p>
            if empty { <p class="hint">{ lang.tr(QualityText::NoStatements) }</p> }
            { for groups }
            { for replace_dialog }
            { for survey_dialog }
            if printing.is_some() { { print_form(lang, &props.quality) } }
        </div>
    }
}
