//! One folder per canvas. Each canvas component receives its part of the document and a
//! stable `on_command` callback; it never touches storage or history itself.

pub mod blueprint;
pub mod deliver;
pub mod forces;
pub mod org;
pub mod swot;
pub mod voting;
