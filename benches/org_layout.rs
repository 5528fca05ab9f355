//! Native timing of the org-chart layout (`cargo bench --bench org_layout`). It uses only
//! std (no criterion), so it builds wherever the core does. For deterministic trees of 1k, 10k
//! and 100k positions, plus a 10,000-deep chain, it runs a warm-up and then timed iterations
//! of `layout` (which builds the `Tree` too) and of `layout_tree` on a prebuilt tree. It prints
//! a markdown table with median/min/max milliseconds and nanoseconds per position; a flat
//! ns/position column is what linear time looks like.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

/// `Instant` does not work on wasm32-unknown-unknown; the benchmark is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod common;

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use super::common::{ms, time, Lcg};
    use planning_workbench::model::org::layout::{layout, layout_tree};
    use planning_workbench::model::org::{Direction, OrgCanvas, Position, PositionDetails, Tree};
    use planning_workbench::model::ItemId;
    use std::hint::black_box;

    fn canvas(parents: &[Option<usize>]) -> OrgCanvas {
        let id = |i: usize| ItemId(i as u64 + 1);
        OrgCanvas {
            positions: parents
                .iter()
                .enumerate()
                .map(|(i, &parent)| Position {
                    id: id(i),
                    parent: parent.map(id),
                    details: PositionDetails::titled("x"),
                    job: Default::default(),
                    duties: vec![],
                    collapsed: false,
                })
                .collect(),
            direction: Direction::TopDown,
            ..OrgCanvas::default()
        }
    }

    /// One top; each later position reports to a random earlier one, biased towards recent
    /// ones (the distance back is `i * u^2`), so the tree grows deep-ish and bushy like a real
    /// organisation rather than flat like a uniformly random one.
    fn org(n: usize, seed: u64) -> OrgCanvas {
        let mut random = Lcg(seed);
        let parents: Vec<Option<usize>> = (0..n)
            .map(|i| {
                (i > 0).then(|| {
                    let back = (i as f64 * random.unit().powi(2)) as usize;
                    i - 1 - back.min(i - 1)
                })
            })
            .collect();
        canvas(&parents)
    }

    fn chain(n: usize) -> OrgCanvas {
        canvas(&(0..n).map(|i| i.checked_sub(1)).collect::<Vec<_>>())
    }

    /// Deepest level and widest span of control, to say what shape was measured.
    fn shape(canvas: &OrgCanvas) -> (usize, usize) {
        let chart = layout(canvas);
        let depth = chart.boxes.iter().map(|b| b.depth).max().unwrap_or(0);
        let tree = Tree::new(canvas);
        let span = (0..canvas.positions.len()).map(|i| tree.children(i).len()).max().unwrap_or(0);
        (depth, span)
    }

    pub fn run() {
        let cases: Vec<(&str, OrgCanvas, usize)> = vec![
            ("org 1k", org(1_000, 1), 400),
            ("org 10k", org(10_000, 2), 100),
            ("org 100k", org(100_000, 3), 20),
            ("chain 10k", chain(10_000), 100),
        ];
        println!("| case | positions | depth | max span | iterations | median ms | min ms | max ms | ns/position | median ms, `layout_tree` only |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (name, canvas, iterations) in &cases {
            let n = canvas.positions.len();
            let (depth, span) = shape(canvas);
            let full = time(*iterations, || {
                black_box(layout(black_box(canvas)));
            });
            let tree = Tree::new(canvas);
            let reused = time(*iterations, || {
                black_box(layout_tree(black_box(&tree)));
            });
            println!(
                "| {name} | {n} | {depth} | {span} | {iterations} | {:.3} | {:.3} | {:.3} | {:.0} | {:.3} |",
                ms(full.median),
                ms(full.min),
                ms(full.max),
                full.median.as_secs_f64() * 1e9 / n as f64,
                ms(reused.median),
            );
        }
    }
}
