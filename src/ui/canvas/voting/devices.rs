//! The voting bar of a round voted on each device (a live session's): the dots this device has
//! left, how many people have voted, and — only on the device that started it — reveal and
//! end. Until the reveal everyone sees only their own dots; then the results, most dots first.

use super::bar::results_list;
use super::Me;
use crate::i18n::{Lang, Text};
use crate::model::voting::{Round, VoteCommand};
use crate::model::{Command, Project};
use crate::ui::browser;
use yew::prelude::*;

pub fn device_round(lang: Lang, project: &Project, round: &Round, me: &Me, on_command: &Callback<Command>, history: Option<Html>) -> Html {
    let vote = |command: VoteCommand| on_command.reform(move |_: MouseEvent| Command::Vote(command.clone()));
    let hosting = *round.host == *me.device;
    let left = round.left_on(&me.device);
    html! {
        <div class="voting-bar on-devices" role="region" aria-label={lang.tr(Text::DotVoting)}>
            <strong>{ lang.trf(Text::RoundOf, &[&browser::date_time(round.started)]) }</strong>
            <span class="hint">{ lang.tr(Text::OnDevices) }</span>
            <span class="dots-left" aria-live="polite">{ lang.trf(Text::YourDotsLeft, &[&left.to_string(), &round.dots.to_string()]) }</span>
            <span class="vote-voted" aria-live="polite">{ lang.trf(Text::VotedCount, &[&round.voted().to_string()]) }</span>
            if hosting && !round.revealed {
                <button class="button" onclick={vote(VoteCommand::Reveal)}>{ lang.tr(Text::Reveal) }</button>
            }
            if hosting {
                <button class="button danger" onclick={vote(VoteCommand::End { now: browser::now() })}>{ lang.tr(Text::EndRound) }</button>
            }
            if round.revealed {
                <div class="vote-revealed">
                    <span>{ lang.tr(Text::Results) }</span>
                    { results_list(project, round) }
                </div>
            } else {
                <span class="hint">{ lang.tr(Text::HostReveals) }</span>
            }
            { for history }
        </div>
    }
}
