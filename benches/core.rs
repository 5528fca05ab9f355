//! Native timing of the pure core (`cargo bench --bench core`). Like `org_layout` it uses only
//! std (no criterion). Two parts, each printed as a markdown table with median/min/max:
//!
//! 1. Editing: 10,000 commands (SWOT add/edit/move, five-forces add/rate, org add/edit/move,
//!    blueprint add/move card) executed through an `EditSession`, then undo as far as the
//!    history allows (`HISTORY_LIMIT` steps) and redo back. The command list is recorded once
//!    from a deterministic generator (only commands that change the document are kept), then
//!    replayed on a fresh session for every timed run.
//! 2. Files: `persist::decode_project` (envelope checks, JSON parse, migrate, deserialize,
//!    repair) and `persist::encode_project` (serialize) of a generated ~1 MB and ~5 MB project
//!    (a 2,000-position org chart, a 100-step blueprint with 600 cards, five-forces factors and
//!    competitors, TOWS strategies, and as many Chinese + English SWOT items as fill the size).
//!
//! Native figures are a lower bound for the browser, where the same code runs as wasm.

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
    use planning_workbench::model::blueprint::{standard_lanes, BlueprintCanvas, BlueprintCommand, Card, Connector, LaneKey, Mark, Servqual, Step};
    use planning_workbench::model::five_forces::{Competitor, Factor, FiveForcesCanvas, Force, ForcesCommand};
    use planning_workbench::model::links::Origin;
    use planning_workbench::model::org::{Direction, Duty, JobDescription, OrgCanvas, OrgCommand, Position, PositionDetails, SpanRange};
    use planning_workbench::model::session::HISTORY_LIMIT;
    use planning_workbench::model::swot::{CompetitorType, EnvFactor, Quadrant, Strategy, SwotCanvas, SwotCommand, SwotItem, TowsCell};
    use planning_workbench::model::{Command, EditSession, ItemId, Project, ProjectId, Timestamp};
    use planning_workbench::persist::{decode_project, encode_project};
    use std::hint::black_box;
    use std::rc::Rc;
    use std::time::{Duration, Instant};

    const ZH: [&str; 16] = [
        "客户服务",
        "服务质量",
        "投诉处理",
        "会员体系",
        "售后响应",
        "门店体验",
        "线上渠道",
        "品牌口碑",
        "员工培训",
        "供应链",
        "价格竞争",
        "市场份额",
        "数字化转型",
        "客户满意度",
        "服务承诺",
        "等待时间",
    ];
    const EN: [&str; 16] = [
        "service quality",
        "complaint handling",
        "loyalty programme",
        "after-sales response",
        "store experience",
        "online channel",
        "brand reputation",
        "staff training",
        "supply chain",
        "price competition",
        "market share",
        "digital transformation",
        "customer satisfaction",
        "service promise",
        "waiting time",
        "first-contact resolution",
    ];
    const TITLES: [&str; 8] = [
        "客服主管 Service supervisor",
        "客服专员 Service agent",
        "质检专员 QA specialist",
        "培训师 Trainer",
        "投诉经理 Complaints manager",
        "售后工程师 After-sales engineer",
        "数据分析师 Data analyst",
        "区域经理 Area manager",
    ];
    const NAMES: [&str; 8] = ["王芳", "李伟", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "Alex Chen"];

    /// A bilingual phrase with a running number, e.g. "条目 17：服务质量 / service quality …".
    fn phrase(random: &mut Lcg, n: usize) -> String {
        let (a, b) = (random.below(16), random.below(16));
        format!("条目 {n}：{}与{} / {} and {}", ZH[a], ZH[b], EN[a], EN[b])
    }

    fn note(random: &mut Lcg) -> String {
        let words = 2 + random.below(5);
        (0..words).map(|_| format!("{}（{}）", ZH[random.below(16)], EN[random.below(16)])).collect::<Vec<_>>().join("；")
    }

    fn us_each(d: Duration, n: usize) -> f64 {
        d.as_secs_f64() * 1e6 / n as f64
    }

    // ---------------------------------------------------------------- 1. commands and history

    const COMMANDS: usize = 10_000;
    const KINDS: [&str; 10] = [
        "SWOT AddItem",
        "SWOT EditItem",
        "SWOT MoveItem",
        "Forces AddFactor",
        "Forces RateFactor",
        "Org AddPosition",
        "Org EditDetails",
        "Org Move",
        "Blueprint AddCard",
        "Blueprint MoveCard",
    ];
    /// Relative frequency of each kind, in `KINDS` order.
    const WEIGHTS: [usize; 10] = [14, 12, 10, 8, 8, 10, 10, 8, 12, 8];

    fn kind_of(command: &Command) -> usize {
        match command {
            Command::Swot(SwotCommand::AddItem { .. }) => 0,
            Command::Swot(SwotCommand::EditItem { .. }) => 1,
            Command::Swot(SwotCommand::MoveItem { .. }) => 2,
            Command::Forces(ForcesCommand::AddFactor { .. }) => 3,
            Command::Forces(ForcesCommand::RateFactor { .. }) => 4,
            Command::Org(OrgCommand::AddPosition { .. }) => 5,
            Command::Org(OrgCommand::EditDetails { .. }) => 6,
            Command::Org(OrgCommand::Move { .. }) => 7,
            Command::Blueprint(BlueprintCommand::AddCard { .. }) => 8,
            Command::Blueprint(BlueprintCommand::MoveCard { .. }) => 9,
            _ => unreachable!("the generator makes only the kinds above"),
        }
    }

    /// The starting document: one top position and 20 blueprint steps, so org and blueprint
    /// commands have something to attach to.
    fn start() -> Project {
        let mut session = EditSession::new(Project::new(ProjectId::parse("bench-core").unwrap(), "Core bench".into(), Timestamp(0)));
        let top = OrgCommand::AddPosition { parent: None, index: None, title: "总经理 General manager".into() };
        session.execute(&Command::Org(top), Timestamp(0)).unwrap();
        for i in 0..20 {
            let step = BlueprintCommand::AddStep { index: None, name: format!("步骤 {i} Step {i}") };
            session.execute(&Command::Blueprint(step), Timestamp(0)).unwrap();
        }
        session.project().clone()
    }

    /// Records `COMMANDS` commands that each change the document, choosing by `WEIGHTS` and
    /// drawing ids from the live document (so moves never form a cycle in the replay).
    fn record(start: &Project, seed: u64) -> Vec<Command> {
        let mut random = Lcg(seed);
        let mut session = EditSession::new(start.clone());
        let mut commands = Vec::with_capacity(COMMANDS);
        let total: usize = WEIGHTS.iter().sum();
        let steps: Vec<ItemId> = start.blueprint.steps.iter().map(|s| s.id).collect();
        while commands.len() < COMMANDS {
            let mut roll = random.below(total);
            let kind = WEIGHTS
                .iter()
                .position(|&w| {
                    if roll < w {
                        true
                    } else {
                        roll -= w;
                        false
                    }
                })
                .unwrap();
            let project = session.project();
            let n = commands.len();
            let items: Vec<ItemId> = project.swot.items.iter().map(|i| i.id).collect();
            let factors: Vec<ItemId> = project.five_forces.factors.iter().map(|f| f.id).collect();
            let positions: Vec<ItemId> = project.org.positions.iter().map(|p| p.id).collect();
            let cards: Vec<ItemId> = project.blueprint.cards.iter().map(|c| c.id).collect();
            let command = match kind {
                1 | 2 if items.is_empty() => continue,
                4 if factors.is_empty() => continue,
                7 if positions.len() < 2 => continue,
                9 if cards.is_empty() => continue,
                0 => {
                    let quadrant = *random.pick(&Quadrant::ALL);
                    let source = (!quadrant.is_internal()).then(|| *random.pick(&EnvFactor::ALL));
                    Command::Swot(SwotCommand::AddItem { quadrant, text: phrase(&mut random, n), source })
                }
                1 => Command::Swot(SwotCommand::EditItem { id: *random.pick(&items), text: phrase(&mut random, n), note: note(&mut random) }),
                2 => Command::Swot(SwotCommand::MoveItem {
                    id: *random.pick(&items),
                    to: *random.pick(&Quadrant::ALL),
                    index: random.below(items.len() / 4 + 1),
                }),
                3 => Command::Forces(ForcesCommand::AddFactor { force: *random.pick(&Force::ALL), text: phrase(&mut random, n) }),
                4 => Command::Forces(ForcesCommand::RateFactor { id: *random.pick(&factors), rating: Some(1 + random.below(5) as u8) }),
                5 => Command::Org(OrgCommand::AddPosition {
                    parent: Some(*random.pick(&positions)),
                    index: None,
                    title: format!("{} {n}", random.pick(&TITLES)),
                }),
                6 => {
                    let mut details = PositionDetails::titled(format!("{} {n}", random.pick(&TITLES)));
                    details.holder = random.pick(&NAMES).to_string();
                    details.planned = 1 + random.below(5) as u32;
                    details.filled = random.below(details.planned as usize + 1) as u32;
                    details.code = format!("CS-{n:05}");
                    Command::Org(OrgCommand::EditDetails { id: *random.pick(&positions), details })
                }
                7 => Command::Org(OrgCommand::Move {
                    id: positions[1 + random.below(positions.len() - 1)],
                    parent: Some(*random.pick(&positions)),
                    index: random.below(4),
                }),
                8 => Command::Blueprint(BlueprintCommand::AddCard {
                    step: *random.pick(&steps),
                    lane: *random.pick(&LaneKey::STANDARD),
                    index: None,
                    text: phrase(&mut random, n),
                }),
                _ => Command::Blueprint(BlueprintCommand::MoveCard {
                    id: *random.pick(&cards),
                    step: *random.pick(&steps),
                    lane: *random.pick(&LaneKey::STANDARD),
                    index: random.below(3),
                }),
            };
            // Refused (a move into its own branch) or no-op commands are not recorded.
            if let Ok(true) = session.execute(&command, Timestamp(n as i64)) {
                commands.push(command);
            }
        }
        commands
    }

    fn replay(start: &Project, commands: &[Command]) -> EditSession {
        let mut session = EditSession::new(start.clone());
        for (i, command) in commands.iter().enumerate() {
            let changed = session.execute(command, Timestamp(i as i64));
            debug_assert_eq!(changed, Ok(true));
            black_box(changed).ok();
        }
        session
    }

    fn commands_table() {
        let start = start();
        let commands = record(&start, 7);
        let end = replay(&start, &commands);
        let p = end.project();
        println!(
            "Commands: {COMMANDS} through `EditSession` from a document of 1 position and 20 steps; at the end: {} SWOT items, {} factors, {} positions, {} cards. History limit: {HISTORY_LIMIT}.",
            p.swot.items.len(),
            p.five_forces.factors.len(),
            p.org.positions.len(),
            p.blueprint.cards.len(),
        );
        println!();
        println!("| operation | steps | iterations | median ms | min ms | max ms | µs/step (median) |");
        println!("|---|---:|---:|---:|---:|---:|---:|");
        let iterations = 10;
        let execute = time(iterations, || {
            black_box(replay(&start, &commands));
        });
        println!(
            "| execute 10k commands | {COMMANDS} | {iterations} | {:.1} | {:.1} | {:.1} | {:.2} |",
            ms(execute.median),
            ms(execute.min),
            ms(execute.max),
            us_each(execute.median, COMMANDS),
        );
        // Undo as far as the history allows, then redo back, on the session the 10k left.
        let mut session = end.clone();
        let mut undone = 0;
        let undo_redo = |session: &mut EditSession, undone: &mut usize| -> (Duration, Duration) {
            let start = Instant::now();
            let mut steps = 0;
            while session.undo(Timestamp(1)) {
                steps += 1;
            }
            let undo = start.elapsed();
            let start = Instant::now();
            while session.redo(Timestamp(2)) {}
            *undone = steps;
            (undo, start.elapsed())
        };
        for _ in 0..20 {
            black_box(undo_redo(&mut session, &mut undone));
        }
        let (mut undos, mut redos): (Vec<Duration>, Vec<Duration>) = (0..200).map(|_| undo_redo(&mut session, &mut undone)).unzip();
        assert!(session.project().same_content(end.project()), "undo + redo must return to the same document");
        for (name, samples) in [("undo to the history limit", &mut undos), ("redo back", &mut redos)] {
            samples.sort_unstable();
            let (median, min, max) = (samples[samples.len() / 2], samples[0], samples[samples.len() - 1]);
            println!(
                "| {name} | {undone} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
                samples.len(),
                ms(median),
                ms(min),
                ms(max),
                us_each(median, undone),
            );
        }

        // Mean cost per kind within one run (each `execute` timed on its own; the canvases grow
        // over the run, so these are averages over sizes from empty to the final counts).
        let mut per_kind = [(0usize, Duration::ZERO); KINDS.len()];
        for _ in 0..3 {
            per_kind = [(0usize, Duration::ZERO); KINDS.len()];
            let mut session = EditSession::new(start.clone());
            for (i, command) in commands.iter().enumerate() {
                let begin = Instant::now();
                black_box(session.execute(command, Timestamp(i as i64))).ok();
                let spent = begin.elapsed();
                let slot = &mut per_kind[kind_of(command)];
                slot.0 += 1;
                slot.1 += spent;
            }
        }
        println!();
        println!("| command kind | count | mean µs |");
        println!("|---|---:|---:|");
        for (name, (count, spent)) in KINDS.iter().zip(per_kind) {
            println!("| {name} | {count} | {:.2} |", us_each(spent, count.max(1)));
        }
    }

    // ---------------------------------------------------------------- 2. load and save

    /// A project of about `target` bytes once encoded: fixed org chart, blueprint and five
    /// forces, then SWOT items until the size is reached.
    fn big_project(target: usize, seed: u64) -> Project {
        let mut random = Lcg(seed);
        let mut next = 1u64;
        let mut id = || {
            next += 1;
            ItemId(next - 1)
        };

        // Five forces: 30 factors per force, 20 competitors.
        let mut forces = FiveForcesCanvas::default();
        for (f, force) in Force::ALL.iter().enumerate() {
            for i in 0..30 {
                forces.factors.push(Factor {
                    id: id(),
                    force: *force,
                    text: phrase(&mut random, f * 30 + i),
                    note: if random.chance(0.3) { note(&mut random) } else { String::new() },
                    rating: random.chance(0.8).then(|| 1 + random.below(5) as u8),
                    weight: random.chance(0.3).then(|| 1 + random.below(10) as u8),
                });
            }
        }
        for i in 0..20 {
            forces.competitors.push(Competitor {
                id: id(),
                name: format!("竞争对手 {i} Competitor {i}"),
                kind: Some(*random.pick(&CompetitorType::ALL)),
                strengths: note(&mut random),
                weaknesses: note(&mut random),
                threat: Some(1 + random.below(5) as u8),
                ..Competitor::named(ItemId(0), String::new(), None)
            });
        }
        forces.conclusion = "竞争激烈，服务是差异化的关键。Rivalry is intense; service is the differentiator.".into();

        // Org chart: 2,000 positions, each reporting to a recent-biased earlier one.
        let mut org = OrgCanvas { span: SpanRange { min: 2, max: 8 }, direction: Direction::TopDown, ..OrgCanvas::default() };
        for i in 0..2_000usize {
            let parent = (i > 0).then(|| {
                let back = (i as f64 * random.unit().powi(2)) as usize;
                org.positions[i - 1 - back.min(i - 1)].id
            });
            let planned = 1 + random.below(4) as u32;
            let mut details = PositionDetails::titled(format!("{} {i}", random.pick(&TITLES)));
            if random.chance(0.8) {
                details.holder = random.pick(&NAMES).to_string();
                details.filled = 1 + random.below(planned as usize) as u32;
            }
            details.planned = planned;
            details.code = format!("CS-{i:04}");
            if i % 50 == 0 {
                details.department = format!("客服{}部 Service dept. {}", i / 50, i / 50);
            }
            let job = if i % 10 == 0 {
                JobDescription {
                    scope: note(&mut random),
                    relations: note(&mut random),
                    responsibilities: (0..3).map(|_| note(&mut random)).collect(),
                    qualifications: "大专以上学历，两年客服经验 College degree, two years in service".into(),
                    other: String::new(),
                }
            } else {
                JobDescription::default()
            };
            let duties = if i % 5 == 0 { vec![*random.pick(&Duty::ALL)] } else { vec![] };
            org.positions.push(Position { id: id(), parent, details, job, duties, collapsed: false });
        }

        // Blueprint: 100 steps, 600 cards (6 per step over the 5 lanes), 300 connectors.
        let mut blueprint = BlueprintCanvas { lanes: standard_lanes(), ..BlueprintCanvas::default() };
        for i in 0..100 {
            blueprint.steps.push(Step {
                id: id(),
                name: format!("步骤 {i} Step {i}"),
                stage: format!("阶段 {} Stage {}", i / 10, i / 10),
                minutes: Some(1 + random.below(30) as u32),
                emotion: Some(random.below(5) as i8 - 2),
            });
        }
        for s in 0..100 {
            for c in 0..6 {
                let fail = random.chance(0.1);
                blueprint.cards.push(Card {
                    id: id(),
                    step: blueprint.steps[s].id,
                    lane: LaneKey::STANDARD[c % 5],
                    text: phrase(&mut random, s * 6 + c),
                    note: if random.chance(0.2) { note(&mut random) } else { String::new() },
                    mark: if fail { Some(Mark::FailPoint) } else { random.chance(0.1).then_some(Mark::WaitPoint) },
                    minutes: random.chance(0.2).then(|| 1 + random.below(20) as u32),
                    servqual: random.chance(0.3).then(|| *random.pick(&Servqual::ALL)).filter(|_| LaneKey::STANDARD[c % 5].takes_servqual()),
                    quality: None,
                    owner: random.chance(0.5).then(|| org.positions[random.below(org.positions.len())].id),
                });
            }
        }
        for i in 0..300 {
            let (from, to) = (blueprint.cards[i * 2].id, blueprint.cards[i * 2 + 1].id);
            blueprint.connectors.push(Connector { from, to });
        }

        // SWOT: one linked item per fail point and for the first 20 factors, 40 strategies
        // citing the first items, then plain items until the size is reached.
        let mut swot = SwotCanvas::default();
        let fail_points: Vec<ItemId> = blueprint.cards.iter().filter(|c| c.mark == Some(Mark::FailPoint)).map(|c| c.id).collect();
        for card in fail_points {
            swot.items.push(SwotItem {
                id: id(),
                quadrant: Quadrant::Weaknesses,
                text: phrase(&mut random, 0),
                note: String::new(),
                priority: None,
                source: None,
                competitor: None,
                origin: Some(Origin::FailPoint(card)),
            });
        }
        for factor in forces.factors.iter().take(20) {
            swot.items.push(SwotItem {
                id: id(),
                quadrant: Quadrant::Threats,
                text: factor.text.clone(),
                note: String::new(),
                priority: factor.rating,
                source: Some(EnvFactor::Competitor),
                competitor: None,
                origin: Some(Origin::Factor(factor.id)),
            });
        }
        let add_item = |swot: &mut SwotCanvas, random: &mut Lcg, id: ItemId, n: usize| {
            let quadrant = Quadrant::ALL[n % 4];
            let external = !quadrant.is_internal();
            swot.items.push(SwotItem {
                id,
                quadrant,
                text: phrase(random, n),
                note: if random.chance(0.5) { note(random) } else { String::new() },
                priority: random.chance(0.7).then(|| 1 + random.below(5) as u8),
                source: (external && random.chance(0.6)).then(|| *random.pick(&EnvFactor::ALL)),
                competitor: (external && random.chance(0.2)).then(|| *random.pick(&CompetitorType::ALL)),
                origin: None,
            });
        };
        for n in 0..8 {
            add_item(&mut swot, &mut random, id(), n);
        }
        let first: Vec<(ItemId, Quadrant)> = swot.items.iter().rev().take(8).map(|i| (i.id, i.quadrant)).collect();
        for i in 0..40 {
            let cell = TowsCell::ALL[i % 4];
            let sources: Vec<ItemId> = first.iter().filter(|(_, q)| *q == cell.internal() || *q == cell.external()).map(|(id, _)| *id).collect();
            swot.strategies.push(Strategy { id: id(), cell, text: phrase(&mut random, i), sources });
        }

        let mut project = Project::new(ProjectId::parse("bench-big").unwrap(), "大项目 Big project".into(), Timestamp(1));
        project.five_forces = Rc::new(forces);
        project.org = Rc::new(org);
        project.blueprint = Rc::new(blueprint);
        // Fill: the encoded size grows by each item's JSON plus a comma (the counter's digits
        // may add a byte or two; the exact size is measured and printed).
        project.swot = Rc::new(swot.clone());
        project.next_item_id = 100_000;
        let mut size = encode_project(&project, Timestamp(2)).len();
        let mut n = 8;
        while size < target {
            add_item(&mut swot, &mut random, id(), n);
            size += serde_json::to_string(swot.items.last().unwrap()).unwrap().len() + 1;
            n += 1;
        }
        project.swot = Rc::new(swot);
        project.next_item_id = id().0;
        project
    }

    fn files_table() {
        println!("Budget: 1 MB load ≤ 50 ms in the browser (native is a lower bound).");
        println!();
        println!("| project | JSON bytes | SWOT items | positions | cards | iterations | load (`decode_project`) median ms | min ms | max ms | JSON → `Value` parse alone, median ms | save (`encode_project`) median ms | min ms | max ms |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (label, target, seed, iterations) in [("1 MB", 1_000_000, 11, 40), ("5 MB", 5_000_000, 12, 10)] {
            let project = big_project(target, seed);
            let text = encode_project(&project, Timestamp(2));
            let (decoded, _) = decode_project(&text).expect("the generated project loads");
            assert!(decoded.same_content(&project), "the generated project needs no repair");
            let load = time(iterations, || {
                black_box(decode_project(black_box(&text)).ok());
            });
            let parse = time(iterations, || {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)).ok());
            });
            let save = time(iterations, || {
                black_box(encode_project(black_box(&project), Timestamp(3)));
            });
            println!(
                "| {label} | {} | {} | {} | {} | {iterations} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} |",
                text.len(),
                project.swot.items.len(),
                project.org.positions.len(),
                project.blueprint.cards.len(),
                ms(load.median),
                ms(load.min),
                ms(load.max),
                ms(parse.median),
                ms(save.median),
                ms(save.min),
                ms(save.max),
            );
        }
    }

    pub fn run() {
        commands_table();
        println!();
        files_table();
    }
}
