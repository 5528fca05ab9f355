//! The chart's camera as a reducer, so long-lived listeners (the wheel listener) always act on
//! the latest view. The maths is in `interaction::camera`.

pub use crate::interaction::camera::{View, ViewAction};
use std::rc::Rc;
use yew::Reducible;

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let next = self.after(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
