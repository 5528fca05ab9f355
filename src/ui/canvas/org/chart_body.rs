//! The drawn chart in chart coordinates: all solid reporting lines as one path, dotted lines
//! as another, and one `PositionBox` per visible position. Boxes compare their own position
//! only, so an edit or a selection change repaints the boxes it touches, and panning or
//! zooming (a transform on the parent group) repaints none. Only boxes near the viewport are
//! drawn, so a 2,000-position chart costs what its visible part costs.

use crate::export::svg::wrap;
use crate::i18n::OrgText;
use crate::interaction::org_chart::{DropMark, DropZone, Window, TOGGLE_HEIGHT, TOGGLE_WIDTH};
use crate::model::org::layout::{elbow, ChartLayout, PlacedBox, BOX_HEIGHT, BOX_WIDTH};
use crate::model::org::{Direction, OrgCanvas};
use crate::model::ItemId;
use crate::ui::use_lang;
use std::fmt::Write;
use std::rc::Rc;
use yew::prelude::*;

const TITLE_PX: f64 = 14.0;
const TEXT_X: f64 = 10.0;

#[derive(Properties)]
pub struct ChartBodyProps {
    pub org: Rc<OrgCanvas>,
    pub layout: Rc<ChartLayout>,
    pub selected: Option<ItemId>,
    pub drop: Option<DropMark>,
    /// Only boxes in this window are drawn (`None`: all of them).
    pub window: Option<Window>,
}

impl PartialEq for ChartBodyProps {
    /// By identity: a new document or layout is a new `Rc`, and comparing 2,000 positions
    /// field by field on every pan frame would cost more than it saves.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.org, &other.org)
            && Rc::ptr_eq(&self.layout, &other.layout)
            && self.selected == other.selected
            && self.drop == other.drop
            && self.window == other.window
    }
}

/// The SVG path of every solid line (parent → child elbows) and of every dotted line.
fn line_paths(org: &OrgCanvas, layout: &ChartLayout) -> (String, String) {
    let mut solid = String::new();
    for placed in &layout.boxes {
        let parent = org.positions.get(placed.index).and_then(|p| p.parent).and_then(|p| layout.box_of(p));
        if let Some(parent) = parent {
            let [a, b, c, d] = elbow(parent, placed, org.direction);
            let _ = write!(solid, "M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}", a.0, a.1, b.0, b.1, c.0, c.1, d.0, d.1);
        }
    }
    let mut dotted = String::new();
    for line in &org.dotted {
        if let (Some(from), Some(to)) = (layout.box_of(line.from), layout.box_of(line.to)) {
            let (a, b) = dotted_ends(from, to, org.direction);
            let _ = write!(dotted, "M{:.1} {:.1}L{:.1} {:.1}", a.0, a.1, b.0, b.1);
        }
    }
    (solid, dotted)
}

/// A dotted line runs between the facing edges of the two boxes.
pub fn dotted_ends(from: &PlacedBox, to: &PlacedBox, direction: Direction) -> ((f64, f64), (f64, f64)) {
    let centre = |b: &PlacedBox| (b.x + BOX_WIDTH / 2.0, b.y + BOX_HEIGHT / 2.0);
    let (f, t) = (centre(from), centre(to));
    let vertical = match direction {
        Direction::TopDown => (f.1 - t.1).abs() > BOX_HEIGHT,
        Direction::LeftRight => (f.0 - t.0).abs() <= BOX_WIDTH,
    };
    if vertical {
        let dir = if t.1 < f.1 { -1.0 } else { 1.0 };
        ((f.0, f.1 + dir * BOX_HEIGHT / 2.0), (t.0, t.1 - dir * BOX_HEIGHT / 2.0))
    } else {
        let dir = if t.0 < f.0 { -1.0 } else { 1.0 };
        ((f.0 + dir * BOX_WIDTH / 2.0, f.1), (t.0 - dir * BOX_WIDTH / 2.0, t.1))
    }
}

#[function_component(ChartBody)]
pub fn chart_body(props: &ChartBodyProps) -> Html {
    let paths = use_memo((props.org.clone(), props.layout.clone()), |(org, layout)| line_paths(org, layout));
    let (solid, dotted) = &*paths;
    let hidden = use_memo(props.org.clone(), |org| hidden_counts(org));
    let window = props.window;
    let shown = props.layout.boxes.iter().filter(|placed| window.is_none_or(|w| w.shows(placed)));
    let boxes = shown.map(|placed| {
        let drop = props.drop.filter(|d| d.target == placed.id);
        html! {
            <PositionBox key={placed.id.0} org={props.org.clone()} placed={*placed}
                selected={props.selected == Some(placed.id)} {drop}
                hidden={hidden.get(placed.index).copied().unwrap_or(0)} />
        }
    });
    html! {
        <>
            <path class="org-lines" d={solid.clone()} aria-hidden="true" />
            <path class="org-dotted" d={dotted.clone()} aria-hidden="true" />
            { for boxes }
        </>
    }
}

/// For each position: how many positions sit below it (shown on collapsed boxes), or 0.
fn hidden_counts(org: &OrgCanvas) -> Vec<usize> {
    let tree = crate::model::org::Tree::new(org);
    let mut below = vec![0usize; org.positions.len()];
    // Children come after parents in a pre-order walk; summing in reverse visits each child
    // before its parent without recursion.
    let order: Vec<usize> = tree.roots().iter().flat_map(|&r| tree.subtree(r)).collect();
    for &at in order.iter().rev() {
        below[at] = tree.children(at).iter().map(|&c| below[c] + 1).sum();
    }
    below
}

#[derive(Properties)]
struct PositionBoxProps {
    org: Rc<OrgCanvas>,
    placed: PlacedBox,
    selected: bool,
    drop: Option<DropMark>,
    hidden: usize,
}

impl PartialEq for PositionBoxProps {
    fn eq(&self, other: &Self) -> bool {
        self.placed == other.placed
            && self.selected == other.selected
            && self.drop == other.drop
            && self.hidden == other.hidden
            && self.org.positions.get(self.placed.index) == other.org.positions.get(other.placed.index)
    }
}

/// The id attribute of a position's box (the tree's `aria-activedescendant`).
pub fn box_dom_id(id: ItemId) -> String {
    format!("org-pos-{}", id.0)
}

fn title_lines(title: &str) -> Vec<String> {
    wrap(title, BOX_WIDTH - 2.0 * TEXT_X, TITLE_PX, 2).lines
}

#[function_component(PositionBox)]
fn position_box(props: &PositionBoxProps) -> Html {
    let lang = use_lang();
    let Some(position) = props.org.positions.get(props.placed.index) else { return html! {} };
    let details = &position.details;
    let vacant = position.is_vacant();
    let holder = if details.holder.trim().is_empty() { lang.tr(OrgText::Vacant).to_owned() } else { details.holder.clone() };
    let label = lang.trf(OrgText::PositionAria, &[&details.title, &holder, &details.filled.to_string(), &details.planned.to_string()]);
    let drop_class = props.drop.map(|d| match (d.allowed, d.zone) {
        (false, _) => "drop-refused",
        (true, DropZone::Child) => "drop-child",
        (true, DropZone::Before) => "drop-before",
        (true, DropZone::After) => "drop-after",
    });
    let class = classes!("org-box", props.selected.then_some("selected"), vacant.then_some("vacant"), drop_class);
    let lines = title_lines(&details.title);
    let title_y = if lines.len() > 1 { 18.0 } else { 24.0 };
    let has_children = props.hidden > 0;
    let toggle = has_children.then(|| {
        let (text, hint) = if position.collapsed {
            (lang.trf(OrgText::HiddenCount, &[&props.hidden.to_string()]), lang.trf(OrgText::HiddenLabel, &[&props.hidden.to_string()]))
        } else {
            ("−".to_owned(), String::new())
        };
        html! {
            <g class="org-toggle" aria-hidden="true" transform={format!("translate({} {})", BOX_WIDTH - TOGGLE_WIDTH - 4.0, BOX_HEIGHT - TOGGLE_HEIGHT - 4.0)}>
                <title>{ hint }</title>
                <rect width={TOGGLE_WIDTH.to_string()} height={TOGGLE_HEIGHT.to_string()} rx="8" />
                <text x={(TOGGLE_WIDTH / 2.0).to_string()} y="12" text-anchor="middle">{ text }</text>
            </g>
        }
    });
    let expanded = has_children.then(|| (!position.collapsed).to_string());
    html! {
        // The box is named by its <title> (SVG's own naming), which says everything in full;
        // the drawn text may be cut short to fit.
        <g id={box_dom_id(position.id)} {class} role="treeitem"
            aria-level={(props.placed.depth + 1).to_string()} aria-selected={props.selected.to_string()}
            aria-expanded={expanded}
            transform={format!("translate({:.1} {:.1})", props.placed.x, props.placed.y)}>
            <title>{ label }</title>
            <rect class="org-box-bg" width={BOX_WIDTH.to_string()} height={BOX_HEIGHT.to_string()} rx="8" />
            // The box's accessible name says all of this in full; the drawn text may be cut.
            <text class="org-box-title" aria-hidden="true" x={TEXT_X.to_string()} y={title_y.to_string()}>
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={TEXT_X.to_string()} dy={if i == 0 { "0" } else { "17" }}>{ line }</tspan>
                }) }
            </text>
            <text class="org-box-holder" aria-hidden="true" x={TEXT_X.to_string()} y="54">{ one_line(&holder, 12.0) }</text>
            <text class="org-box-count" aria-hidden="true" x={TEXT_X.to_string()} y="68">{ format!("{}/{}", details.filled, details.planned) }</text>
            { toggle }
        </g>
    }
}

/// `text` cut to one line at `font_px`, ending in "…" when cut; it stops short of the
/// collapse toggle in the bottom-right corner.
fn one_line(text: &str, font_px: f64) -> String {
    wrap(text, BOX_WIDTH - TEXT_X - TOGGLE_WIDTH - 8.0, font_px, 1).lines.into_iter().next().unwrap_or_default()
}
