//! The project store, opened once by the app and handed to every component through a Yew
//! context, so no component opens storage itself.

use crate::storage::local::{browser_store, BrowserKv};
use crate::storage::ProjectStore;
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// This origin's project store (or this tab's memory when the browser gives no storage).
#[derive(Clone)]
pub struct Store(Rc<ProjectStore<BrowserKv>>);

impl Store {
    pub fn open() -> Self {
        Store(Rc::new(browser_store()))
    }
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Store {
    type Target = ProjectStore<BrowserKv>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// The app's store (one opened here if a component is rendered outside the app).
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().unwrap_or_else(Store::open)
}
