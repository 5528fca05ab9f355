//! The whole blueprint as a standalone SVG: title and summary, the emotion band, stages, step
//! headers, lanes and lines, connectors, cards and the legend.

use super::card::{draw_card, CardFace};
use super::style::*;
use super::{minutes_text, summary_lines};
use crate::export::svg::{wrap, Writer};
use crate::i18n::{lane_name, line_label, BlueprintText, Lang};
use crate::model::blueprint::layout::{
    connector_route, emotion_y, layout, BlueprintLayout, LANES_TOP, LANE_HEADER_WIDTH, STAGE_HEIGHT, STAGE_TOP, STEP_HEADER_TOP,
};
use crate::model::blueprint::summary::{owner_of, touchpoints};
use crate::model::blueprint::{BlueprintCanvas, MAX_EMOTION};
use crate::model::project::Project;

/// The lane fills, the header column's rule and the column rules: the grid under everything.
fn draw_grid(w: &mut Writer, at: &Place, grid: &BlueprintLayout) {
    for band in &grid.lanes {
        let fill = LANE_FILLS[band.index % LANE_FILLS.len()];
        w.bar(at.x(0.0), at.y(band.y), px(grid.width), px(band.height), fill);
    }
    for span in &grid.stages {
        w.bar(at.x(span.x + 2.0), at.y(STAGE_TOP + 3.0), px(span.width - 4.0), px(STAGE_HEIGHT - 6.0), STAGE_FILL);
    }
    let (top, bottom) = (at.y(STEP_HEADER_TOP), at.y(grid.height));
    w.line(at.x(LANE_HEADER_WIDTH), top, at.x(LANE_HEADER_WIDTH), bottom, RULE);
    for column in &grid.steps {
        let right = column.x + column.width;
        w.line(at.x(right), top, at.x(right), bottom, GRID);
    }
    w.line(at.x(0.0), at.y(LANES_TOP), at.x(grid.width), at.y(LANES_TOP), RULE);
}

/// The emotion band: its name, the +2 / 0 / −2 ticks, the zero axis, the curve and a dot per
/// rated step (red below zero, green above, grey at zero; the height says the same).
fn draw_emotion(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    let tick_room = 26.0;
    let label = wrap(lang.tr(BlueprintText::EmotionCurve), LANE_HEADER_WIDTH - 2.0 * PAD - tick_room, f64::from(EMOTION_LABEL.size), 3);
    w.text(at.x(PAD), at.y(PAD), EMOTION_LABEL, &label.lines);
    for score in [MAX_EMOTION, 0, -MAX_EMOTION] {
        let tick = if score > 0 {
            format!("+{score}")
        } else if score < 0 {
            format!("−{}", -score)
        } else {
            "0".to_owned()
        };
        let top = emotion_y(score) - f64::from(TICK.size) / 2.0 - 1.0;
        w.text(at.x(LANE_HEADER_WIDTH - PAD), at.y(top), TICK, &[tick]);
    }
    let (zero, _, _) = grid.emotion_axis();
    w.stroke(at.point((LANE_HEADER_WIDTH, zero)), at.point((grid.width, zero)), 1.0, RULE, true);
    let points: Vec<(f64, f64)> = grid.emotion.iter().map(|&p| at.point(p)).collect();
    w.polyline(&points, 2.0, CURVE, false);
    let scores = canvas.steps.iter().filter_map(|s| s.emotion);
    for (point, score) in points.iter().zip(scores) {
        let fill = match score {
            s if s < 0 => FAIL,
            s if s > 0 => "#1a7f37",
            _ => "#8c959f",
        };
        w.circle(*point, 4.0, fill, "#ffffff");
    }
}

/// The stage headings, one line each (cut with "…" if the span is too narrow).
fn draw_stages(w: &mut Writer, at: &Place, grid: &BlueprintLayout) {
    for span in &grid.stages {
        let name = wrap(&span.name, span.width - 2.0 * PAD - 4.0, f64::from(STAGE.size), 1);
        let top = STAGE_TOP + (STAGE_HEIGHT - f64::from(STAGE.line_height)) / 2.0;
        w.open_group(name.truncated.then_some(span.name.as_str()));
        w.text(at.x(span.x + PAD + 2.0), at.y(top), STAGE, &name.lines);
        w.close_group();
    }
}

/// Each step's name (two lines at most) and minutes.
fn draw_step_headers(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    for column in &grid.steps {
        let Some(step) = canvas.steps.get(column.index) else { continue };
        let name = wrap(&step.name, column.width - 2.0 * PAD, f64::from(STEP.size), 2);
        w.open_group(name.truncated.then_some(step.name.as_str()));
        let top = STEP_HEADER_TOP + 4.0;
        let used = w.text(at.x(column.x + PAD), at.y(top), STEP, &name.lines);
        if let Some(minutes) = step.minutes {
            // Right under the name, which has at most two lines, so it always fits the header.
            let below = top + f64::from(used) + 1.0;
            w.text(at.x(column.x + PAD), at.y(below), STEP_MINUTES, &[minutes_text(u64::from(minutes), lang)]);
        }
        w.close_group();
    }
}

/// The lane names in the header column and the three lines: a dashed rule across the whole
/// grid at the bottom of its lane, labelled in the header column just above it.
fn draw_lanes_and_lines(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas, lang: Lang) {
    let inner = LANE_HEADER_WIDTH - 2.0 * PAD;
    for band in &grid.lanes {
        let Some(lane) = canvas.lanes.get(band.index) else { continue };
        let line = grid.lines.iter().find(|l| l.line.below() == band.key);
        let label = line.map(|l| wrap(lang.tr(line_label(l.line)), inner, f64::from(LINE_LABEL.size), 2));
        let label_height = label.as_ref().map_or(0.0, |l| l.lines.len() as f64 * f64::from(LINE_LABEL.line_height) + 2.0);
        let room = ((band.height - 2.0 * PAD - label_height) / f64::from(LANE.line_height)).floor().max(1.0);
        let name = lane_name(lang, lane);
        let wrapped = wrap(&name, inner, f64::from(LANE.size), room as usize);
        w.open_group(wrapped.truncated.then_some(name.as_str()));
        w.text(at.x(PAD), at.y(band.y + PAD), LANE, &wrapped.lines);
        w.close_group();
        if let (Some(line), Some(label)) = (line, label) {
            let top = line.y - label_height - 1.0;
            w.text(at.x(PAD), at.y(top), LINE_LABEL, &label.lines);
        }
    }
    for line in &grid.lines {
        w.stroke(at.point((0.0, line.y)), at.point((grid.width, line.y)), 1.5, LINE, true);
    }
}

/// Every connector as a bent arrow between its cards' boxes.
fn draw_connectors(w: &mut Writer, at: &Place, grid: &BlueprintLayout, canvas: &BlueprintCanvas) {
    for connector in &canvas.connectors {
        let (Some(from), Some(to)) = (grid.card_box(connector.from), grid.card_box(connector.to)) else { continue };
        if from.index == to.index {
            continue;
        }
        let route: Vec<(f64, f64)> = connector_route(from, to).into_iter().map(|p| at.point(p)).collect();
        w.route_arrow(&route, 1.25, CONNECTOR);
    }
}

/// The whole blueprint of `project` as a standalone SVG document in `lang`, however wide.
pub fn blueprint_svg(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let grid = layout(canvas);
    let width = (grid.width + 2.0 * MARGIN).max(MIN_WIDTH).ceil();
    let text_room = width - 2.0 * MARGIN;
    let title = format!("{} · {}", project.name, lang.tr(BlueprintText::Title));

    let mut w = Writer::default();
    let mut y = px(MARGIN);
    y += w.text(px(MARGIN), y, TITLE, &wrap(&title, text_room, f64::from(TITLE.size), TITLE_LINES).lines);
    let mut summary: Vec<String> = Vec::new();
    for line in summary_lines(canvas, lang, str::to_owned) {
        summary.extend(wrap(&line, text_room, f64::from(SUMMARY.size), SUMMARY_LINES).lines);
    }
    summary.truncate(SUMMARY_LINES);
    y += 4;
    y += w.text(px(MARGIN), y, SUMMARY, &summary);
    y += 8;
    w.line(px(MARGIN), y, px(width - MARGIN), y, RULE);
    y += px(GAP);
    // The layout starts at (0, 0); the grid goes below the title.
    let at = Place { origin: (MARGIN, f64::from(y)) };

    draw_grid(&mut w, &at, &grid);
    draw_emotion(&mut w, &at, &grid, canvas, lang);
    draw_stages(&mut w, &at, &grid);
    draw_step_headers(&mut w, &at, &grid, canvas, lang);
    draw_lanes_and_lines(&mut w, &at, &grid, canvas, lang);
    // Connectors before cards: each arrow's tip touches its card's edge, and a route that
    // passes a card goes under it rather than over its text.
    draw_connectors(&mut w, &at, &grid, canvas);
    let touching = touchpoints(canvas);
    for placed in &grid.cards {
        let Some(card) = canvas.cards.get(placed.index) else { continue };
        let face = CardFace::new(card, touching.contains(&card.id), owner_of(card, &project.org), lang);
        draw_card(&mut w, &at, placed, card, &face);
    }

    let legend = format!(
        "{FAIL_SYMBOL} {}    {WAIT_SYMBOL} {}    {TOUCHPOINT_SYMBOL} {}",
        lang.tr(BlueprintText::FailPoint),
        lang.tr(BlueprintText::WaitPoint),
        lang.tr(BlueprintText::Touchpoint)
    );
    let legend_top = px(at.origin.1 + grid.height + GAP / 2.0);
    let legend_height = w.text(px(MARGIN), legend_top, LEGEND, &wrap(&legend, text_room, f64::from(LEGEND.size), 2).lines);
    let height = (f64::from(legend_top + legend_height) + MARGIN).ceil();
    w.finish(px(width), px(height), &title, lang.code())
}

// ---------------------------------------------------------------------------------------------
// Register: CSV and Markdown
// ---------------------------------------------------------------------------------------------
