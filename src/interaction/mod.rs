//! What the UI does, as pure functions: where the user is (`route`), what the canvases do
//! with keys, pointers and the camera, and the workshop timer's arithmetic (`countdown`). The
//! components in `ui/` hand them what the browser said (a [`KeyPress`], a point, the clock) and
//! act on the answer. Nothing here names a web crate, so all of it is tested natively.

pub mod blueprint_grid;
pub mod camera;
pub mod countdown;
pub mod org_chart;
pub mod route;

/// A key as the canvases read it: its name (`KeyboardEvent.key`) and the modifiers held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    /// Ctrl, or ⌘ on a Mac.
    pub command: bool,
    pub shift: bool,
    pub alt: bool,
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::model::org::{JobDescription, OrgCanvas, Position, PositionDetails};
    use crate::model::ItemId;

    /// A chart of `(id, parent)` positions, in order, titled by their id.
    pub fn chart_of(positions: &[(u64, Option<u64>)]) -> OrgCanvas {
        let positions = positions
            .iter()
            .map(|&(id, parent)| Position {
                id: ItemId(id),
                parent: parent.map(ItemId),
                details: PositionDetails::titled(format!("P{id}")),
                job: JobDescription::default(),
                duties: Vec::new(),
                collapsed: false,
            })
            .collect();
        OrgCanvas { positions, ..OrgCanvas::default() }
    }
}
