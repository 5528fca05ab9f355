//! One folder per canvas. Each canvas component receives its part of the document and a
//! stable `on_command` callback (and `on_create` where it selects what it adds); it never
//! touches storage or history itself.

pub mod blueprint;
pub mod deliver;
pub mod forces;
pub mod org;
pub mod quality;
pub mod registry;
pub mod swot;
pub mod voting;

use crate::model::{Command, ItemId};
use yew::Callback;

/// Runs a command that adds something and hands the ids it created to the second callback,
/// so a canvas can select or start editing what it just added.
pub type OnCreate = Callback<(Command, Callback<Vec<ItemId>>)>;
