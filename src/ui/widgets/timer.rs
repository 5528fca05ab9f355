//! The workshop timer in the top bar: set minutes, start, pause, reset. It counts down from a
//! wall-clock end time (`countdown.rs`), kept in this tab's session storage, so it stays right
//! across tab switches and reloads. At zero it says "Time's up" and its border pulses — no
//! sound, and the pulse stops for users who ask for reduced motion. In a live session a
//! facilitator's running or paused timer reaches everyone: a device whose own timer is idle
//! shows theirs, named. The workspace holds the state ([`use_timer`]) and hands it down in a
//! [`TimerContext`], so the live session can send it.

use super::field::{NumberField, Range};
use super::icons::{icon, Icon};
use crate::i18n::{LiveText, Text};
use crate::interaction::countdown::Countdown;
use crate::ui::{browser, use_lang};
use gloo::timers::callback::Interval;
use yew::prelude::*;

const KEY: &str = "pw1:timer";

fn load() -> Countdown {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|text| Countdown::parse(&text))
        .unwrap_or_default()
}

fn store(countdown: Countdown) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        // Without session storage the timer still runs; it only forgets itself on reload.
        let _ = storage.set_item(KEY, &countdown.to_json());
    }
}

/// Someone else's timer, as their presence carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedTimer {
    pub name: String,
    pub countdown: Countdown,
}

/// This device's timer, how to change it, and the facilitator's timer in a live session.
#[derive(Clone, PartialEq)]
pub struct TimerContext {
    pub countdown: Countdown,
    pub set: Callback<Countdown>,
    pub shared: Option<SharedTimer>,
}

/// This tab's timer, read from and kept in session storage.
#[hook]
pub fn use_timer() -> (Countdown, Callback<Countdown>) {
    let countdown = use_state(load);
    let set = {
        let countdown = countdown.clone();
        use_callback((), move |next: Countdown, _| {
            store(next);
            countdown.set(next);
        })
    };
    (*countdown, set)
}

#[function_component(WorkshopTimer)]
pub fn workshop_timer() -> Html {
    let lang = use_lang();
    let context = use_context::<TimerContext>();
    let now = use_state(browser::now);
    let current = context.as_ref().map(|c| c.countdown).unwrap_or_default();
    // My own timer, or while it is idle the facilitator's.
    let shown = context.as_ref().and_then(|c| c.shared.clone()).filter(|_| matches!(current, Countdown::Idle { .. }));
    let face = shown.as_ref().map_or(current, |s| s.countdown);
    // Tick only while running; the label comes from the clock, never from counting ticks.
    {
        let now = now.clone();
        use_effect_with(face.is_running(), move |running| {
            let interval = running.then(|| Interval::new(250, move || now.set(browser::now())));
            move || drop(interval)
        });
    }
    let set = {
        let (set, now) = (context.map(|c| c.set), now.clone());
        move |next: Countdown| {
            now.set(browser::now());
            if let Some(set) = &set {
                set.emit(next);
            }
        }
    };
    let up = face.is_up(*now);
    let start = {
        let set = set.clone();
        Callback::from(move |_| set(current.start(browser::now())))
    };
    let pause = {
        let set = set.clone();
        Callback::from(move |_| set(current.pause(browser::now())))
    };
    let reset = {
        let set = set.clone();
        Callback::from(move |_| set(current.reset()))
    };
    let minutes = Callback::from(move |m: Option<u32>| {
        if let Some(m) = m {
            set(Countdown::of_minutes(f64::from(m)));
        }
    });
    let label = if up { lang.tr(Text::TimeUp).to_owned() } else { face.label(*now) };
    let whose = shown.as_ref().map(|s| lang.trf(LiveText::TimerOf, &[&s.name]));
    html! {
        <details class="timer-menu">
            <summary class={classes!("button", "timer-face", face.is_running().then_some("running"), up.then_some("up"), shown.is_some().then_some("shared"))}
                role="timer" aria-label={lang.trf(Text::TimerLabel, &[&label])} title={whose.clone()}>
                { icon(Icon::Clock) }{ " " }{ label }
                if let Some(whose) = whose { <span class="visually-hidden">{ format!(" · {whose}") }</span> }
            </summary>
            <div class="menu">
                <label class="menu-field">{ lang.tr(Text::TimerMinutes) }
                    <NumberField class="timer-minutes" value={Some((current.length_ms() / 60_000).clamp(1, 1440) as u32)}
                        range={Range { min: 1, max: 1440, allow_empty: false }} on_commit={minutes} />
                </label>
                if current.is_running() {
                    <button class="button" onclick={pause}>{ lang.tr(Text::TimerPause) }</button>
                } else {
                    <button class="button primary" onclick={start}>{ lang.tr(Text::TimerStart) }</button>
                }
                <button class="button" onclick={reset}>{ lang.tr(Text::TimerReset) }</button>
            </div>
        </details>
    }
}
