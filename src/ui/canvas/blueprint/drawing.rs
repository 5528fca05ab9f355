//! The drawn blueprint in SVG: the emotion curve, stage and step headers, lane names and
//! bands, the three labelled lines, connectors and one `CardView` per card. Everything but the
//! cards is one component that redraws only when the document or its layout changes; each card
//! compares its own data, so selecting or editing one card repaints that card.

use crate::export::svg::{text_width, wrap};
use crate::i18n::{lane_name, line_label, mark_label, BlueprintText};
use crate::interaction::blueprint_grid::Selection;
use crate::model::blueprint::layout::{
    connector_route, BlueprintLayout, CardBox, LaneBand, COLUMN_WIDTH, EMOTION_HEIGHT, LANE_HEADER_WIDTH, STAGE_HEIGHT, STEP_HEADER_HEIGHT,
};
use crate::model::blueprint::summary::{owner_of, Owner, Summary};
use crate::model::blueprint::{BlueprintCanvas, Card, Mark};
use crate::model::org::OrgCanvas;
use crate::model::ItemId;
use crate::ui::use_lang;
use crate::ui::widgets::icons::{icon_at, Icon};
use std::collections::HashSet;
use std::fmt::Write;
use std::rc::Rc;
use yew::prelude::*;

const CARD_TEXT_PX: f64 = 12.5;

/// The id attribute of a card's group (the grid's `aria-activedescendant`).
pub fn card_dom_id(id: ItemId) -> String {
    format!("bp-card-{}", id.0)
}

#[derive(Properties)]
pub struct BackdropProps {
    pub canvas: Rc<BlueprintCanvas>,
    pub layout: Rc<BlueprintLayout>,
    pub summary: Rc<Summary>,
}

impl PartialEq for BackdropProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.canvas, &other.canvas) && Rc::ptr_eq(&self.layout, &other.layout) && Rc::ptr_eq(&self.summary, &other.summary)
    }
}

fn f(v: f64) -> String {
    format!("{v:.1}")
}

/// Everything under the cards: bands, headers, lines, the emotion curve and the connectors.
#[function_component(Backdrop)]
pub fn backdrop(props: &BackdropProps) -> Html {
    let lang = use_lang();
    let (layout, canvas) = (&*props.layout, &*props.canvas);
    let grid_top = EMOTION_HEIGHT + STAGE_HEIGHT;
    let lanes = layout.lanes.iter().enumerate().map(|(i, band): (usize, &LaneBand)| {
        let name = canvas.lanes.get(band.index).map(|l| lane_name(lang, l)).unwrap_or_default();
        let lines = wrap(&name, LANE_HEADER_WIDTH - 16.0, 13.0, 3).lines;
        html! {
            <g class={classes!("bp-lane", (i % 2 == 1).then_some("odd"))}>
                <rect class="bp-lane-band" x="0" y={f(band.y)} width={f(layout.width)} height={f(band.height)} />
                <text class="bp-lane-name" x="8" y={f(band.y + 18.0)}>
                    { for lines.iter().enumerate().map(|(n, l)| html! { <tspan x="8" dy={if n == 0 { "0" } else { "16" }}>{ l }</tspan> }) }
                </text>
            </g>
        }
    });
    let steps = layout.steps.iter().map(|column| {
        let Some(step) = canvas.steps.get(column.index) else { return html! {} };
        let over = props.summary.over_budget.contains(&step.id);
        let lines = wrap(&step.name, COLUMN_WIDTH - 16.0, 13.0, 2).lines;
        let minutes = step.minutes.map(|m| {
            let (x, y) = (column.x + 8.0, grid_top + STEP_HEADER_HEIGHT - 8.0);
            html! {
                <>
                    { icon_at(Icon::Clock, x, y - 10.0, 11.0) }
                    <text class="bp-step-minutes" x={f(x + 14.0)} y={f(y)}>{ format!("{m}′{}", if over { " ⚠" } else { "" }) }</text>
                </>
            }
        });
        html! {
            <g class={classes!("bp-step", over.then_some("over-budget"))}>
                <rect class="bp-step-head" x={f(column.x + 2.0)} y={f(grid_top + 2.0)} width={f(column.width - 4.0)} height={f(STEP_HEADER_HEIGHT - 4.0)} rx="6" />
                <text class="bp-step-name" x={f(column.x + 8.0)} y={f(grid_top + 19.0)}>
                    { for lines.iter().enumerate().map(|(n, l)| html! { <tspan x={f(column.x + 8.0)} dy={if n == 0 { "0" } else { "15" }}>{ l }</tspan> }) }
                </text>
                { for minutes }
            </g>
        }
    });
    let stages = layout.stages.iter().map(|span| {
        html! {
            <g class="bp-stage">
                <rect x={f(span.x + 2.0)} y={f(EMOTION_HEIGHT + 2.0)} width={f(span.width - 4.0)} height={f(STAGE_HEIGHT - 4.0)} rx="4" />
                <text x={f(span.x + 8.0)} y={f(EMOTION_HEIGHT + STAGE_HEIGHT - 8.0)}>{ &span.name }</text>
            </g>
        }
    });
    let lines = layout.lines.iter().map(|placed| {
        html! {
            <g class="bp-line">
                <line x1="0" x2={f(layout.width)} y1={f(placed.y)} y2={f(placed.y)} />
                // Labelled in the lane-name column, where no card can cover it.
                <text x="8" y={f(placed.y - 5.0)}>{ lang.tr(line_label(placed.line)) }</text>
            </g>
        }
    });
    let mut routes = String::new();
    for connector in &canvas.connectors {
        if let (Some(a), Some(b)) = (layout.card_box(connector.from), layout.card_box(connector.to)) {
            let route = connector_route(a, b);
            for (i, (x, y)) in route.iter().enumerate() {
                let _ = write!(routes, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
            }
        }
    }
    let (zero, top, bottom) = layout.emotion_axis();
    let curve: String = layout.emotion.iter().map(|(x, y)| format!("{x:.1},{y:.1} ")).collect();
    html! {
        <g class="bp-backdrop">
            <defs>
                <marker id="bp-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10z" class="bp-arrowhead" />
                </marker>
            </defs>
            <g class="bp-emotion" role="img" aria-label={lang.tr(BlueprintText::EmotionCurve)}>
                // Wrapped clear of the scale marks at the right of the header column.
                <text class="bp-emotion-label" x="8" y={f(top + 24.0)}>
                    { for wrap(lang.tr(BlueprintText::EmotionCurve), LANE_HEADER_WIDTH - 44.0, 12.0, 2).lines.iter().enumerate().map(|(n, l)| {
                        html! { <tspan x="8" dy={if n == 0 { "0" } else { "15" }}>{ l }</tspan> }
                    }) }
                </text>
                <text class="bp-emotion-scale" x={f(LANE_HEADER_WIDTH - 8.0)} y={f(top + 10.0)} text-anchor="end">{ "+2" }</text>
                <text class="bp-emotion-scale" x={f(LANE_HEADER_WIDTH - 8.0)} y={f(zero + 4.0)} text-anchor="end">{ "0" }</text>
                <text class="bp-emotion-scale" x={f(LANE_HEADER_WIDTH - 8.0)} y={f(bottom)} text-anchor="end">{ "−2" }</text>
                <line class="bp-emotion-axis" x1={f(LANE_HEADER_WIDTH)} x2={f(layout.width)} y1={f(zero)} y2={f(zero)} />
                <polyline class="bp-emotion-curve" points={curve} />
                { for layout.emotion.iter().map(|(x, y)| html! { <circle class="bp-emotion-dot" cx={f(*x)} cy={f(*y)} r="4" /> }) }
            </g>
            { for stages }
            { for lanes }
            { for steps }
            { for lines }
            <path class="bp-connectors" d={routes} marker-end="url(#bp-arrow)" />
        </g>
    }
}

#[derive(Properties)]
pub struct CardViewProps {
    pub canvas: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub placed: CardBox,
    pub selected: bool,
    pub touchpoint: bool,
    /// The card a connector is being drawn from.
    pub source: bool,
}

impl PartialEq for CardViewProps {
    fn eq(&self, other: &Self) -> bool {
        fn card(p: &CardViewProps) -> Option<&Card> {
            p.canvas.cards.get(p.placed.index)
        }
        // The owner's title is looked up only when the org chart itself changed.
        let owner = |p: &Self| card(p).map(|c| owner_of(c, &p.org));
        self.placed == other.placed
            && self.selected == other.selected
            && self.touchpoint == other.touchpoint
            && self.source == other.source
            && card(self) == card(other)
            && (Rc::ptr_eq(&self.org, &other.org) || owner(self) == owner(other))
    }
}

#[function_component(CardView)]
pub fn card_view(props: &CardViewProps) -> Html {
    let lang = use_lang();
    let Some(card) = props.canvas.cards.get(props.placed.index) else { return html! {} };
    let b = props.placed;
    // A touchpoint's star sits in the top-right corner; the text keeps clear of it.
    let room = if props.touchpoint { b.width - 26.0 } else { b.width - 14.0 };
    let lines = wrap(&card.text, room, CARD_TEXT_PX, 2).lines;
    let mark = card.mark.map(|m| {
        let minutes = card.minutes.map(|v| format!(" {v}′")).unwrap_or_default();
        format!("{}{minutes}", lang.tr(mark_label(m)))
    });
    let owner = match owner_of(card, &props.org) {
        Owner::Unassigned => String::new(),
        Owner::Position { title, .. } => title.clone(),
        Owner::Removed(_) => lang.tr(BlueprintText::OwnerRemoved).to_owned(),
    };
    let step = props.canvas.step(card.step).map(|s| s.name.clone()).unwrap_or_default();
    let lane = props.canvas.lane(card.lane).map(|l| lane_name(lang, l)).unwrap_or_default();
    let mut label = lang.trf(BlueprintText::CardLabel, &[&card.text, &step, &lane]);
    for extra in [mark.clone(), props.touchpoint.then(|| lang.tr(BlueprintText::Touchpoint).to_owned()), (!owner.is_empty()).then(|| owner.clone())]
        .into_iter()
        .flatten()
    {
        label.push_str(", ");
        label.push_str(&extra);
    }
    let class = classes!(
        "bp-card",
        props.selected.then_some("selected"),
        props.source.then_some("source"),
        card.mark.map(|m| if m == Mark::FailPoint { "fail" } else { "wait" }),
        matches!(owner_of(card, &props.org), Owner::Removed(_)).then_some("owner-removed"),
    );
    let footer = card_footer(card.mark, mark.unwrap_or_default(), owner, b.width, b.height);
    html! {
        <g id={card_dom_id(card.id)} {class} role="img" aria-label={label}
            transform={format!("translate({:.1} {:.1})", b.x, b.y)}>
            <rect class="bp-card-bg" width={f(b.width)} height={f(b.height)} rx="6" />
            <text class="bp-card-text" x="7" y="16">
                { for lines.iter().enumerate().map(|(n, l)| html! { <tspan x="7" dy={if n == 0 { "0" } else { "15" }}>{ l }</tspan> }) }
            </text>
            if props.touchpoint {
                <text class="bp-touch" x={f(b.width - 6.0)} y="14" text-anchor="end">{ "★" }</text>
            }
            { footer }
        </g>
    }
}

/// A card's last line: its mark (✕ for a fail point, an hourglass for a wait point) and its
/// owner (a person), each icon followed by its text, cut to the card's width.
fn card_footer(mark: Option<Mark>, mark_text: String, owner: String, width: f64, height: f64) -> Html {
    const FONT: f64 = 10.5;
    let y = height - 7.0;
    let mut x = 7.0;
    let mut parts = Vec::new();
    let pieces = [(mark.map(|m| if m == Mark::FailPoint { None } else { Some(Icon::Hourglass) }), mark_text), (Some(Some(Icon::Person)), owner)];
    for (icon, text) in pieces {
        let room = width - 7.0 - x;
        if text.is_empty() || room < 24.0 {
            continue;
        }
        match icon {
            Some(Some(icon)) => {
                parts.push(icon_at(icon, x, y - 9.0, 10.0));
                x += 12.0;
            }
            // A fail point's ✕ is plain text, present in every font.
            Some(None) => {
                parts.push(html! { <text class="bp-card-foot" x={f(x)} y={f(y)}>{ "✕" }</text> });
                x += text_width("✕ ", FONT);
            }
            None => {}
        }
        let shown = wrap(&text, width - 7.0 - x, FONT, 1).lines.into_iter().next().unwrap_or_default();
        let end = x + text_width(&shown, FONT);
        parts.push(html! { <text class="bp-card-foot" x={f(x)} y={f(y)}>{ shown }</text> });
        x = end + 10.0;
    }
    html! { <>{ for parts }</> }
}

/// The outline drawn around a selected cell or header.
pub fn selection_outline(layout: &BlueprintLayout, selected: Option<Selection>) -> Html {
    let rect = match selected {
        Some(Selection::Cell { step, lane }) => {
            let column = layout.steps.iter().find(|c| c.id == step);
            let band = layout.lanes.iter().find(|b| b.key == lane);
            column.zip(band).map(|(c, b)| (c.x, b.y, c.width, b.height))
        }
        Some(Selection::Step(id)) => {
            layout.steps.iter().find(|c| c.id == id).map(|c| (c.x, EMOTION_HEIGHT + STAGE_HEIGHT, c.width, STEP_HEADER_HEIGHT))
        }
        Some(Selection::Lane(key)) => layout.lanes.iter().find(|b| b.key == key).map(|b| (0.0, b.y, LANE_HEADER_WIDTH, b.height)),
        _ => None,
    };
    match rect {
        Some((x, y, w, h)) => html! {
            <rect class="bp-selection" x={f(x + 1.0)} y={f(y + 1.0)} width={f(w - 2.0)} height={f(h - 2.0)} rx="4" />
        },
        None => html! {},
    }
}

/// Which cards are touchpoints, for drawing.
pub type Touchpoints = Rc<HashSet<ItemId>>;
