//! The handlers a canvas puts on its drawing's element to read pointers, built together by
//! the canvas's pointer hook.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct PointerHandlers {
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerup: Callback<PointerEvent>,
    pub onpointercancel: Callback<PointerEvent>,
    pub ondblclick: Callback<MouseEvent>,
}

impl PointerHandlers {
    /// Handlers that each call one method of `scene` (a cheap clone per handler).
    pub fn of<S: Clone + 'static>(
        scene: S,
        down: fn(&S, &PointerEvent),
        moved: fn(&S, &PointerEvent),
        up: fn(&S, &PointerEvent),
        cancel: fn(&S, &PointerEvent),
        double_click: fn(&S, &MouseEvent),
    ) -> Self {
        let on = |handle: fn(&S, &PointerEvent)| {
            let scene = scene.clone();
            Callback::from(move |e: PointerEvent| handle(&scene, &e))
        };
        PointerHandlers {
            onpointerdown: on(down),
            onpointermove: on(moved),
            onpointerup: on(up),
            onpointercancel: on(cancel),
            ondblclick: Callback::from(move |e: MouseEvent| double_click(&scene, &e)),
        }
    }
}
