//! The voting bar: starting a round, whose turn it is and their dots left, the next
//! participant, vote codes (this participant's to send, and pasting others'), reveal and end;
//! after the reveal the results, most dots first. Past rounds stay listed with their date.
//! In a live session a new round is voted on each device (`devices.rs` shows it).

use super::devices::device_round;
use super::{target_text, Me};
use crate::i18n::{describe_model_error, Text};
use crate::model::voting::{vote_code, Round, VoteCommand, MAX_DOTS, MAX_PARTICIPANTS};
use crate::model::{apply, Command, Project};
use crate::ui::canvas::registry::CANVASES;
use crate::ui::widgets::field::{read_value, use_field_error, use_synced_value, Range};
use crate::ui::{browser, use_lang};
use yew::prelude::*;

#[derive(Properties)]
pub struct VotingBarProps {
    pub project: Project,
    pub on_command: Callback<Command>,
    pub me: Me,
    /// In a live session: new rounds are voted on each device.
    pub live: bool,
}

impl PartialEq for VotingBarProps {
    /// By identity of the parts the bar shows (rounds, and the texts of what got dots): the
    /// editor re-renders on every save-status change, and comparing whole documents each time
    /// would cost more than the bar.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.project, &other.project);
        std::rc::Rc::ptr_eq(&a.voting, &b.voting)
            && CANVASES.iter().all(|c| (c.same_votables)(a, b))
            && self.on_command == other.on_command
            && (&self.me, self.live) == (&other.me, other.live)
    }
}

pub(super) fn results_list(project: &Project, round: &Round) -> Html {
    let rows = project.vote_results(round);
    html! {
        <ol class="vote-results">
            { for rows.iter().map(|(id, dots)| html! { <li><span class="vote-count">{ format!("● {dots}") }</span>{ target_text(project, *id) }</li> }) }
        </ol>
    }
}

#[function_component(VotingBar)]
pub fn voting_bar(props: &VotingBarProps) -> Html {
    let lang = use_lang();
    let starting = use_state(|| false);
    let code_shown = use_state(|| false);
    let paste = use_node_ref();
    let paste_error = use_field_error();
    let vote = |command: VoteCommand| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(Command::Vote(command.clone())))
    };
    let voting = &props.project.voting;
    let past: Vec<&Round> = voting.rounds.iter().filter(|r| r.ended.is_some()).collect();
    let history = (!past.is_empty()).then(|| {
        html! {
            <details class="vote-history">
                <summary>{ lang.trf(Text::PastRounds, &[&past.len().to_string()]) }</summary>
                { for past.iter().rev().map(|round| html! {
                    <section>
                        <h4>{ lang.trf(Text::RoundOf, &[&browser::date_time(round.started)]) }</h4>
                        { results_list(&props.project, round) }
                        <button class="button small" onclick={vote(VoteCommand::DeleteRound { id: round.id })}>{ lang.tr(Text::DeleteRound) }</button>
                    </section>
                }) }
            </details>
        }
    });
    let Some(round) = voting.open() else {
        let close_form = {
            let starting = starting.clone();
            Callback::from(move |_| starting.set(false))
        };
        let open_form = {
            let starting = starting.clone();
            Callback::from(move |_| starting.set(true))
        };
        return html! {
            <div class="voting-bar idle">
                if *starting {
                    <StartForm on_command={props.on_command.clone()} on_close={close_form}
                        host={props.live.then(|| props.me.device.to_string())} />
                } else {
                    <button class="button" onclick={open_form}>{ lang.tr(Text::DotVoting) }</button>
                }
                { for history }
            </div>
        };
    };
    if round.on_devices() {
        return device_round(lang, &props.project, round, &props.me, &props.on_command, history);
    }
    let set_participant = {
        let on_command = props.on_command.clone();
        Callback::from(move |e: Event| {
            if let Ok(index) = browser::field_value(&e).parse::<u16>() {
                on_command.emit(Command::Vote(VoteCommand::SetParticipant { index }));
            }
        })
    };
    let add_code = {
        let (on_command, paste, paste_error, project) = (props.on_command.clone(), paste.clone(), paste_error.clone(), props.project.clone());
        Callback::from(move |_| {
            let Some(input) = paste.cast::<web_sys::HtmlInputElement>() else { return };
            let command = Command::Vote(VoteCommand::AddCode { code: input.value() });
            // Tried on the document first, so a code that is refused stays in the field with
            // the reason beside it.
            match apply(&project, &command) {
                Ok(_) => {
                    paste_error.set(None);
                    input.set_value("");
                    on_command.emit(command);
                }
                Err(error) => paste_error.set(Some(describe_model_error(lang, &error))),
            }
        })
    };
    let toggle_code = {
        let code_shown = code_shown.clone();
        Callback::from(move |_| code_shown.set(!*code_shown))
    };
    let next = round.current.saturating_add(1) % round.participants.max(1);
    html! {
        <div class="voting-bar" role="region" aria-label={lang.tr(Text::DotVoting)}>
            <strong>{ lang.trf(Text::RoundOf, &[&browser::date_time(round.started)]) }</strong>
            <label class="inline-field">{ lang.tr(Text::Participant) }
                <select class="vote-participant" onchange={set_participant}>
                    { for (0..round.participants).map(|i| html! {
                        <option value={i.to_string()} selected={i == round.current}>{ lang.trf(Text::ParticipantN, &[&(i + 1).to_string(), &round.participants.to_string()]) }</option>
                    }) }
                </select>
            </label>
            <span class="dots-left" aria-live="polite">{ lang.trf(Text::DotsLeft, &[&round.left(round.current).to_string(), &round.dots.to_string()]) }</span>
            <button class="button" onclick={vote(VoteCommand::SetParticipant { index: next })}>{ lang.tr(Text::NextParticipant) }</button>
            <button class="button" onclick={toggle_code}>{ lang.tr(Text::MyVoteCode) }</button>
            if *code_shown {
                <output class="vote-code">{ vote_code(round, round.current) }</output>
            }
            <span class="inline-field">
                <input ref={paste} class="vote-paste" aria-label={lang.tr(Text::PasteVoteCode)} placeholder={lang.tr(Text::PasteVoteCode)}
                    aria-invalid={paste_error.invalid()} aria-describedby={paste_error.described_by()} />
                <button class="button" onclick={add_code}>{ lang.tr(Text::AddVoteCode) }</button>
                { paste_error.line() }
            </span>
            if !round.revealed {
                <button class="button" onclick={vote(VoteCommand::Reveal)}>{ lang.tr(Text::Reveal) }</button>
            }
            <button class="button danger" onclick={vote(VoteCommand::End { now: browser::now() })}>{ lang.tr(Text::EndRound) }</button>
            if round.revealed {
                <div class="vote-revealed">
                    <span>{ lang.tr(Text::Results) }</span>
                    { results_list(&props.project, round) }
                </div>
            } else {
                <span class="hint">{ lang.tr(Text::VotesHidden) }</span>
            }
            { for history }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StartFormProps {
    on_command: Callback<Command>,
    on_close: Callback<()>,
    /// This device's key when the round is voted on each device (it then hosts it).
    host: Option<String>,
}

/// Dots per participant and the number of participants, filled with the usual 3 and 5 (no
/// number of participants for a round voted on each device). A number out of range is named
/// beside its field and starts nothing.
#[function_component(StartForm)]
fn start_form(props: &StartFormProps) -> Html {
    let lang = use_lang();
    let (dots, participants) = (use_node_ref(), use_node_ref());
    let error = use_field_error();
    use_synced_value(&dots, "3");
    use_synced_value(&participants, "5");
    let dots_range = Range { min: 1, max: u32::from(MAX_DOTS), allow_empty: false };
    let people_range = Range { min: 1, max: u32::from(MAX_PARTICIPANTS), allow_empty: false };
    let start = {
        let (on_command, on_close, dots, participants, error, host) =
            (props.on_command.clone(), props.on_close.clone(), dots.clone(), participants.clone(), error.clone(), props.host.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let read = |node: &NodeRef, range: Range, label: Text| {
                range.run(lang, &read_value(node).unwrap_or_default()).map_err(|m| format!("{}: {m}", lang.tr(label)))
            };
            let dots_read = read(&dots, dots_range, Text::DotsPerPerson);
            if let Some(host) = host.clone() {
                match dots_read {
                    Ok(Some(d)) => {
                        let dots = d.min(u32::from(MAX_DOTS)) as u8;
                        on_command.emit(Command::Vote(VoteCommand::StartOnDevices { dots, host, now: browser::now() }));
                        on_close.emit(());
                    }
                    Err(message) => error.set(Some(message)),
                    Ok(None) => {}
                }
                return;
            }
            match (dots_read, read(&participants, people_range, Text::Participants)) {
                (Ok(Some(d)), Ok(Some(p))) => {
                    let (dots, participants) = (d.min(u32::from(MAX_DOTS)) as u8, p.min(u32::from(MAX_PARTICIPANTS)) as u16);
                    on_command.emit(Command::Vote(VoteCommand::Start { dots, participants, now: browser::now() }));
                    on_close.emit(());
                }
                (Err(message), _) | (_, Err(message)) => error.set(Some(message)),
                _ => {}
            }
        })
    };
    let (invalid, described) = (error.invalid(), error.described_by());
    html! {
        <form class="start-round" onsubmit={start}>
            <label class="inline-field">{ lang.tr(Text::DotsPerPerson) }
                <input ref={dots} inputmode="numeric" class="vote-dots" aria-invalid={invalid} aria-describedby={described.clone()} /></label>
            if props.host.is_some() {
                <span class="hint">{ lang.tr(Text::OnDevices) }</span>
            } else {
                <label class="inline-field">{ lang.tr(Text::Participants) }
                    <input ref={participants} inputmode="numeric" class="vote-participants" aria-invalid={invalid} aria-describedby={described} /></label>
            }
            <button class="button primary" type="submit">{ lang.tr(Text::StartRound) }</button>
            { error.line() }
        </form>
    }
}
