//! Small icons drawn as SVG shapes, so every machine shows them: emoji such as ⏱ ⏳ 👤 are
//! empty boxes where no emoji font is installed. Icons are decoration: the text beside them
//! (or the control's accessible name) says what they mean, so they are hidden from readers.

use yew::prelude::*;

/// Which icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Clock,
    Hourglass,
    Person,
    Undo,
    Redo,
}

/// The shapes of an icon on a 16×16 grid, drawn with `currentColor`.
fn shapes(icon: Icon) -> Html {
    match icon {
        Icon::Clock => html! {
            <>
                <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" stroke-width="1.6" />
                <path d="M8 5.5V9l2.4 1.6M6 1.5h4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </>
        },
        Icon::Hourglass => html! {
            <path d="M4 1.5h8M4 14.5h8M5 1.5c0 4 6 4 6 6.5s-6 2.5-6 6.5M11 1.5c0 4-6 4-6 6.5s6 2.5 6 6.5"
                fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        },
        Icon::Undo => html! {
            <path d="M5.5 3.5 2 7l3.5 3.5M2.5 7H10a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
        },
        Icon::Redo => html! {
            <path d="M10.5 3.5 14 7l-3.5 3.5M13.5 7H6a4 4 0 0 0 0 8h3" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
        },
        Icon::Person => html! {
            <>
                <circle cx="8" cy="5" r="3" fill="currentColor" />
                <path d="M2.5 15c0-3.6 2.5-5.5 5.5-5.5s5.5 1.9 5.5 5.5z" fill="currentColor" />
            </>
        },
    }
}

/// The icon inline in HTML text, one em high.
pub fn icon(icon: Icon) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">{ shapes(icon) }</svg>
    }
}

/// The icon inside an SVG drawing, its top-left corner at (x, y), `size` pixels square.
pub fn icon_at(icon: Icon, x: f64, y: f64, size: f64) -> Html {
    html! {
        <g class="icon" aria-hidden="true" transform={format!("translate({x:.1} {y:.1}) scale({:.3})", size / 16.0)}>{ shapes(icon) }</g>
    }
}
