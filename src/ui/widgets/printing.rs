//! Printing something the page shows only while it is printed (a canvas, job descriptions):
//! setting the state puts the pages in the document and opens the print dialog; the state is
//! cleared when printing ends, which takes the pages out again.

use yew::prelude::*;

/// What is being printed now (its pages are in the document while set). Setting it prints;
/// it is cleared when printing ends.
#[hook]
pub fn use_printing<T: 'static>() -> UseStateHandle<Option<T>> {
    let printing = use_state(|| None::<T>);
    {
        let printing = printing.clone();
        use_effect_with(printing.is_some(), move |active| {
            let listener = (*active).then(web_sys::window).flatten().map(|window| {
                let printing = printing.clone();
                let listener = gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(None));
                let _ = window.print();
                listener
            });
            move || drop(listener)
        });
    }
    printing
}
