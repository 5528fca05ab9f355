//! The workshop timer in the top bar: set minutes, start, pause, reset. It counts down from a
//! wall-clock end time (`countdown.rs`), kept in this tab's session storage, so it stays right
//! across tab switches and reloads. At zero it says "Time's up" and its border pulses — no
//! sound, and the pulse stops for users who ask for reduced motion.

use super::field::{NumberField, Range};
use super::icons::{icon, Icon};
use crate::i18n::Text;
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

#[function_component(WorkshopTimer)]
pub fn workshop_timer() -> Html {
    let lang = use_lang();
    let countdown = use_state(load);
    let now = use_state(browser::now);
    // Tick only while running; the label comes from the clock, never from counting ticks.
    {
        let now = now.clone();
        use_effect_with(countdown.is_running(), move |running| {
            let interval = running.then(|| Interval::new(250, move || now.set(browser::now())));
            move || drop(interval)
        });
    }
    let set = {
        let (countdown, now) = (countdown.clone(), now.clone());
        move |next: Countdown| {
            store(next);
            now.set(browser::now());
            countdown.set(next);
        }
    };
    let current = *countdown;
    let up = current.is_up(*now);
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
    let label = if up { lang.tr(Text::TimeUp).to_owned() } else { current.label(*now) };
    html! {
        <details class="timer-menu">
            <summary class={classes!("button", "timer-face", current.is_running().then_some("running"), up.then_some("up"))}
                role="timer" aria-label={lang.trf(Text::TimerLabel, &[&label])}>
                { icon(Icon::Clock) }{ " " }{ label }
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
