//! Fuzzing the import path: whatever text a user hands to "Open / Import" (or storage hands
//! back), `persist::decode_project` must answer without panicking, overflowing the stack or
//! hanging, and
//! - every refusal must read as a sentence in both languages (`describe_load_error`: non-empty,
//!   different for zh-CN and en, no template placeholder left unfilled, reasonably short), and
//!   `peek_header` must agree with it about the envelope;
//! - every acceptance must be a healthy project: ids unique across SWOT items, strategies,
//!   factors and competitors and with counter parts below `next_item_id` (itself at most `MAX_ITEM_ID`), strategy
//!   sources below the counter too, each SWOT origin naming an existing factor or competitor
//!   and no two items sharing one, values in range, the name normalised, `Project::repair`
//!   finding nothing left to fix; and it must re-encode with `encode_project` and decode again
//!   to an equal project, byte-for-byte stable on a second encode.
//!
//! Inputs: (1) arbitrary bytes (lossily made UTF-8), also biased towards JSON punctuation and
//! spliced into a valid file; (2) arbitrary JSON values, depth ≤ 8, with the keys and enum
//! strings of real files, plus envelope/project-shaped values whose fields are mostly right;
//! (3) every valid fixture `tests/fixtures/v*_*.json` (every schema version) with 1–5 random
//! mutations at random paths (delete, replace by a random value, change type, duplicate array
//! elements, huge/negative/fractional numbers, hostile strings: markup, RTL override, 10,000
//! characters, U+0000, `{0}`); (4) nesting `[`×N and `{"a":`×N for N around `MAX_NESTING` and
//! up to 100,000, on a 1 MiB stack like the browser's; (5) files of `MAX_FILE_BYTES` and one
//! byte more.
//!
//! Each property runs `FUZZ_CASES` cases (default 1,000: about 2 s for the whole file in a debug
//! build on 2 cores). For a longer run on demand (≈20,000 cases per property):
//!
//! ```text
//! FUZZ_CASES=20000 cargo test --test import_fuzz --release
//! ```
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::i18n::{describe_load_error, Lang};
use planning_workbench::model::five_forces::MAX_WEIGHT;
use planning_workbench::model::links::origin_exists;
use planning_workbench::model::project::{normalize_name, RepairReport};
use planning_workbench::model::{ItemId, Project};
use planning_workbench::persist::decode::MAX_ITEM_ID;
use planning_workbench::persist::{
    decode_project, encode_project, peek_header, Header, LoadError, CURRENT_SCHEMA_VERSION, FORMAT, MAX_FILE_BYTES, MAX_NESTING,
};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Number, Value};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Configuration and shared checks
// ---------------------------------------------------------------------------------------------

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.trim().parse().ok()).filter(|n| *n > 0).unwrap_or(1000)
}

fn config() -> ProptestConfig {
    // Shrinking a failure is worth a few seconds more, not minutes.
    ProptestConfig { cases: cases(), max_shrink_time: 30_000, ..ProptestConfig::default() }
}

/// Far beyond what decoding a few kilobytes takes even in a debug build on a busy machine; it
/// only catches runaway (quadratic or looping) behaviour.
const DECODE_TIME_LIMIT: Duration = Duration::from_secs(5);

/// Longest description a user is shown for a refused file (both languages).
const MAX_DESCRIPTION_CHARS: usize = 1_000;

/// `{0}`…`{9}` placeholders in `s`.
fn placeholders(s: &str) -> BTreeSet<String> {
    (0..10).map(|i| format!("{{{i}}}")).filter(|p| s.contains(p.as_str())).collect()
}

/// Placeholders that text carried by the error itself contains (shown as typed, not unfilled).
fn carried_placeholders(error: &LoadError) -> BTreeSet<String> {
    match error {
        LoadError::WrongFormat { found } => placeholders(found),
        LoadError::MigrationFailed { reason, .. } => placeholders(reason),
        LoadError::BadShape { path, detail } => &placeholders(path) | &placeholders(detail),
        _ => BTreeSet::new(),
    }
}

/// A refusal reads as a sentence in both languages.
fn check_description(error: &LoadError) -> Result<(), TestCaseError> {
    let zh = describe_load_error(Lang::ZhCn, error);
    let en = describe_load_error(Lang::En, error);
    prop_assert!(!zh.trim().is_empty(), "no Chinese description for {:?}", error);
    prop_assert!(!en.trim().is_empty(), "no English description for {:?}", error);
    prop_assert_ne!(&zh, &en, "zh-CN and en read the same for {:?}", error);
    let carried = carried_placeholders(error);
    for text in [&zh, &en] {
        let unfilled: Vec<_> = placeholders(text).difference(&carried).cloned().collect();
        prop_assert!(unfilled.is_empty(), "unfilled {:?} in {:?} for {:?}", unfilled, text, error);
        let chars = text.chars().count();
        prop_assert!(chars <= MAX_DESCRIPTION_CHARS, "a {}-character description for {:?}", chars, error);
    }
    Ok(())
}

/// Every id a project hands out, in canvas order.
fn all_ids(p: &Project) -> Vec<ItemId> {
    let swot = &p.swot;
    let forces = &p.five_forces;
    swot.items
        .iter()
        .map(|i| i.id)
        .chain(swot.strategies.iter().map(|s| s.id))
        .chain(forces.factors.iter().map(|f| f.id))
        .chain(forces.competitors.iter().map(|c| c.id))
        .collect()
}

/// What an accepted project must be: healthy, and stable through encode → decode.
fn check_accepted(text: &str, project: &Project, header: &Header) -> Result<(), TestCaseError> {
    // The envelope check on its own agrees (it does not look at the content, so repairs no).
    let peeked = peek_header(text);
    prop_assert_eq!(peeked.as_ref(), Ok(&Header { repaired: RepairReport::default(), ..header.clone() }));
    prop_assert!(header.schema_version >= 1 && header.schema_version <= CURRENT_SCHEMA_VERSION);

    prop_assert!(project.next_item_id >= 1 && project.next_item_id <= MAX_ITEM_ID, "counter {}", project.next_item_id);
    let mut seen = BTreeSet::new();
    for id in all_ids(project) {
        prop_assert!(seen.insert(id), "id {:?} used twice", id);
        prop_assert!(id.counter() < project.next_item_id, "id {:?} not below the counter {}", id, project.next_item_id);
    }
    let swot = &project.swot;
    for strategy in &swot.strategies {
        let distinct: BTreeSet<_> = strategy.sources.iter().collect();
        prop_assert_eq!(distinct.len(), strategy.sources.len(), "duplicate sources in {:?}", strategy);
        for source in &strategy.sources {
            // A source may name a deleted item, but never an id the counter has yet to issue:
            // the next new item would silently become that citation.
            prop_assert!(
                source.counter() < project.next_item_id,
                "{:?} cites {:?}, at or past the counter {}",
                strategy.id,
                source,
                project.next_item_id
            );
        }
    }
    let mut origins = BTreeSet::new();
    for item in &swot.items {
        prop_assert!(item.priority.is_none_or(|n| (1..=5).contains(&n)), "priority {:?}", item.priority);
        prop_assert!(!item.quadrant.is_internal() || (item.source.is_none() && item.competitor.is_none()));
        if let Some(origin) = item.origin {
            prop_assert!(origin_exists(project, origin), "item {:?} names a missing {:?}", item.id, origin);
            prop_assert!(origins.insert(format!("{origin:?}")), "two items share {:?}", origin);
        }
    }
    let forces = &project.five_forces;
    for factor in &forces.factors {
        prop_assert!(factor.rating.is_none_or(|r| (1..=5).contains(&r)));
        prop_assert!(factor.weight.is_none_or(|w| (1..=MAX_WEIGHT).contains(&w)));
    }
    for competitor in &forces.competitors {
        prop_assert!(competitor.threat.is_none_or(|t| (1..=5).contains(&t)));
    }
    prop_assert!(forces.overrides.values().all(|v| (1..=5).contains(v)));
    for card in &project.blueprint.cards {
        prop_assert!(card.servqual.is_none() || card.lane.takes_servqual(), "customer action {:?} rated by SERVQUAL", card.id);
    }
    prop_assert!(project.org.design.answers.values().all(|a| !a.is_empty()), "an empty design-principle answer was kept");
    let normalized = normalize_name(&project.name);
    prop_assert_eq!(normalized.as_deref(), Ok(project.name.as_str()));
    let mut again = project.clone();
    prop_assert_eq!(again.repair(), 0, "a decoded project still needed repairs");

    // Export → import gives the same project; a second export is byte-for-byte the first.
    let encoded = encode_project(project, header.saved_at);
    let (back, back_header) = decode_project(&encoded).map_err(|e| TestCaseError::fail(format!("re-encoded project refused: {e:?}\n{encoded}")))?;
    prop_assert_eq!(&back, project);
    prop_assert_eq!(back_header, Header { schema_version: CURRENT_SCHEMA_VERSION, saved_at: header.saved_at, repaired: RepairReport::default() });
    prop_assert_eq!(encode_project(&back, header.saved_at), encoded);
    Ok(())
}

/// Decodes `text` and checks whichever answer comes back.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let result = decode_project(text);
    let took = started.elapsed();
    prop_assert!(took < DECODE_TIME_LIMIT, "decoding {} bytes took {:?}", text.len(), took);
    match result {
        Ok((project, header)) => check_accepted(text, &project, &header),
        Err(error) => {
            // Envelope errors come from the shared envelope check: `peek_header` says the same.
            let envelope_error = !matches!(error, LoadError::BadShape { .. } | LoadError::MigrationFailed { .. });
            if envelope_error {
                prop_assert_eq!(peek_header(text), Err(error.clone()));
            }
            check_description(&error)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/// Every valid fixture `v{N}_*.json`, as (file name, parsed JSON).
fn fixtures() -> &'static [(String, Value)] {
    static FIXTURES: OnceLock<Vec<(String, Value)>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures");
        let mut found: Vec<(String, Value)> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.is_file())
            .filter_map(|path| {
                let name = path.file_name()?.to_string_lossy().into_owned();
                let rest = name.strip_prefix('v')?;
                let (digits, tail) = rest.split_once('_')?;
                (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && tail.ends_with(".json")).then_some(())?;
                let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
                let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("fixture {name} is not JSON: {e}"));
                Some((name, value))
            })
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        assert!(!found.is_empty(), "no v*_*.json fixtures in {}", dir.display());
        found
    })
}

#[test]
fn every_fixture_decodes_and_passes_the_acceptance_checks() {
    let versions: BTreeSet<u64> = fixtures().iter().filter_map(|(_, v)| v["schema_version"].as_u64()).collect();
    for version in 1..=u64::from(CURRENT_SCHEMA_VERSION) {
        assert!(versions.contains(&version), "no fixture of schema version {version}");
    }
    for (name, value) in fixtures() {
        let text = value.to_string();
        let (project, header) = decode_project(&text).unwrap_or_else(|e| panic!("{name} refused: {e:?}"));
        check_accepted(&text, &project, &header).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "\u{202e}gnp.exe",
    "\u{202e}\u{200f}\u{200d}😀 客服",
    "\u{0}",
    "a\u{0}b",
    "{0}",
    "{1} {0} {",
    "\\",
    "\"",
    "",
    "   ",
    "\n\t\r",
    "\u{feff}",
    "\u{fffd}",
    "]]]]}}}}",
    "[[[[{{{{",
];

/// Strings real files contain: keys, enum values, the format tag, ids.
const KNOWN_STRINGS: &[&str] = &[
    FORMAT,
    "strengths",
    "weaknesses",
    "opportunities",
    "threats",
    "SO",
    "WO",
    "ST",
    "WT",
    "rivalry",
    "new_entrants",
    "substitutes",
    "suppliers",
    "buyers",
    "market_population",
    "economy",
    "political_legal",
    "technology",
    "socio_cultural",
    "marketing",
    "sales",
    "service",
    "competitor",
    "desire",
    "generic",
    "product_form",
    "brand",
    "factor",
    "p-1",
    "Plan",
];

const KEYS: &[&str] = &[
    "format",
    "schema_version",
    "saved_at",
    "project",
    "id",
    "name",
    "created",
    "updated",
    "next_item_id",
    "swot",
    "five_forces",
    "org",
    "blueprint",
    "items",
    "strategies",
    "sorted_by_priority",
    "quadrant",
    "text",
    "note",
    "priority",
    "source",
    "competitor",
    "origin",
    "factor",
    "cell",
    "sources",
    "factors",
    "overrides",
    "competitors",
    "conclusion",
    "force",
    "rating",
    "weight",
    "kind",
    "strengths",
    "weaknesses",
    "threat",
    "rivalry",
    "buyers",
];

fn long_string() -> String {
    "x".repeat(10_000)
}

fn json_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KNOWN_STRINGS).prop_map(str::to_owned),
        3 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        1 => Just(long_string()),
        3 => "\\PC{0,16}",
        1 => any::<String>(),
    ]
}

fn huge_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::from(MAX_ITEM_ID - 1)),
        Just(Value::from(MAX_ITEM_ID)),
        Just(Value::from(MAX_ITEM_ID + 1)),
        Just(Value::from(u64::MAX)),
        Just(Value::from(u64::MAX - 1)),
        Just(Value::from(i64::MAX)),
        Just(Value::from(i64::MIN)),
        Just(Value::from(-1)),
        Just(Value::from(0)),
        Just(Value::from(256)),
        Just(Value::from(1.5)),
        Just(Value::from(-0.0)),
        Just(Value::from(1e300)),
        Just(Value::from(3.0)),
        Just(Value::from(u64::MAX as f64)),
    ]
}

fn json_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (0..24u64).prop_map(Value::from),
        2 => huge_number(),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => json_number(),
        3 => json_string().prop_map(Value::String),
    ]
}

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "[a-z_]{0,8}",
        1 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        1 => Just(long_string()),
    ]
}

/// Any JSON value, nested up to 8 levels.
fn json_value() -> BoxedStrategy<Value> {
    json_leaf()
        .prop_recursive(8, 96, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((json_key(), inner), 0..6).prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<String, Value>>())),
            ]
        })
        .boxed()
}

/// A small JSON value (at most 3 levels), for replacing one field.
fn small_json_value() -> BoxedStrategy<Value> {
    json_leaf()
        .prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((json_key(), inner), 0..4).prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<String, Value>>())),
            ]
        })
        .boxed()
}

/// A field that is usually right, sometimes any value, sometimes missing.
fn field(good: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![60 => good.prop_map(Some), 1 => small_json_value().prop_map(Some), 1 => Just(None)].boxed()
}

fn object(fields: Vec<(&'static str, Option<Value>)>) -> Value {
    Value::Object(fields.into_iter().filter_map(|(k, v)| Some((k.to_owned(), v?))).collect())
}

fn select_str(options: &'static [&'static str]) -> BoxedStrategy<Value> {
    prop::sample::select(options).prop_map(Value::from).boxed()
}

/// Small ids, so collisions between canvases are common.
fn id() -> BoxedStrategy<Value> {
    prop_oneof![40 => (0..16u64).prop_map(Value::from), 1 => huge_number()].boxed()
}

fn level() -> BoxedStrategy<Value> {
    prop_oneof![24 => (1..=5u64).prop_map(Value::from), 6 => (0..=12u64).prop_map(Value::from), 1 => huge_number()].boxed()
}

fn text() -> BoxedStrategy<Value> {
    prop_oneof![6 => "[a-z ]{1,10}".prop_map(Value::from), 2 => json_string().prop_map(Value::from)].boxed()
}

fn optional(good: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![2 => Just(None), 3 => field(good)].boxed()
}

const QUADRANTS: &[&str] = &["strengths", "weaknesses", "opportunities", "threats"];
const FORCES: &[&str] = &["rivalry", "new_entrants", "substitutes", "suppliers", "buyers"];
const CELLS: &[&str] = &["SO", "WO", "ST", "WT"];
const ENV: &[&str] = &["economy", "technology", "competitor", "sales"];
const KINDS: &[&str] = &["desire", "generic", "product_form", "brand"];

fn origin() -> BoxedStrategy<Value> {
    (prop::sample::select(&["factor", "competitor"][..]), id()).prop_map(|(kind, id)| object(vec![(kind, Some(id))])).boxed()
}

fn swot_item() -> BoxedStrategy<Value> {
    (field(id()), field(select_str(QUADRANTS)), field(text()), optional(text()), optional(level()))
        .prop_flat_map(|(id, quadrant, text, note, priority)| {
            (optional(select_str(ENV)), optional(select_str(KINDS)), optional(origin())).prop_map(move |(source, competitor, origin)| {
                object(vec![
                    ("id", id.clone()),
                    ("quadrant", quadrant.clone()),
                    ("text", text.clone()),
                    ("note", note.clone()),
                    ("priority", priority.clone()),
                    ("source", source),
                    ("competitor", competitor),
                    ("origin", origin),
                ])
            })
        })
        .boxed()
}

fn strategy() -> BoxedStrategy<Value> {
    (field(id()), field(select_str(CELLS)), field(text()), field(prop::collection::vec(id(), 0..5).prop_map(Value::Array).boxed()))
        .prop_map(|(id, cell, text, sources)| object(vec![("id", id), ("cell", cell), ("text", text), ("sources", sources)]))
        .boxed()
}

fn factor() -> BoxedStrategy<Value> {
    (field(id()), field(select_str(FORCES)), field(text()), optional(text()), optional(level()), optional(level()))
        .prop_map(|(id, force, text, note, rating, weight)| {
            object(vec![("id", id), ("force", force), ("text", text), ("note", note), ("rating", rating), ("weight", weight)])
        })
        .boxed()
}

fn competitor() -> BoxedStrategy<Value> {
    (field(id()), field(text()), optional(select_str(KINDS)), optional(text()), optional(text()), optional(level()))
        .prop_map(|(id, name, kind, strengths, weaknesses, threat)| {
            object(vec![("id", id), ("name", name), ("kind", kind), ("strengths", strengths), ("weaknesses", weaknesses), ("threat", threat)])
        })
        .boxed()
}

fn list(of: BoxedStrategy<Value>, max: usize) -> BoxedStrategy<Value> {
    prop::collection::vec(of, 0..max).prop_map(Value::Array).boxed()
}

fn overrides() -> BoxedStrategy<Value> {
    prop::collection::vec((prop::sample::select(FORCES), level()), 0..4)
        .prop_map(|entries| Value::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
        .boxed()
}

fn swot_canvas() -> BoxedStrategy<Value> {
    (optional(list(swot_item(), 6)), optional(list(strategy(), 4)), optional(list(select_str(QUADRANTS), 3)))
        .prop_map(|(items, strategies, sorted)| object(vec![("items", items), ("strategies", strategies), ("sorted_by_priority", sorted)]))
        .boxed()
}

fn forces_canvas() -> BoxedStrategy<Value> {
    (optional(list(factor(), 6)), optional(overrides()), optional(list(competitor(), 4)), optional(text()))
        .prop_map(|(factors, overrides, competitors, conclusion)| {
            object(vec![("factors", factors), ("overrides", overrides), ("competitors", competitors), ("conclusion", conclusion)])
        })
        .boxed()
}

fn project_value() -> BoxedStrategy<Value> {
    let project_id = prop_oneof![8 => "p-[a-z0-9]{1,8}".prop_map(Value::from), 1 => json_string().prop_map(Value::from)];
    let timestamp = prop_oneof![8 => (0..2_000_000_000_000i64).prop_map(Value::from), 1 => huge_number()];
    let counter = prop_oneof![4 => (0..20u64).prop_map(Value::from), 1 => huge_number()];
    (
        field(project_id.boxed()),
        field(text()),
        field(timestamp.clone().boxed()),
        field(timestamp.boxed()),
        optional(counter.boxed()),
        optional(swot_canvas()),
        optional(forces_canvas()),
    )
        .prop_map(|(id, name, created, updated, next, swot, forces)| {
            object(vec![
                ("id", id),
                ("name", name),
                ("created", created),
                ("updated", updated),
                ("next_item_id", next),
                ("swot", swot),
                ("five_forces", forces),
            ])
        })
        .boxed()
}

/// A file shaped like ours: envelope and project fields mostly right.
fn envelope_value() -> BoxedStrategy<Value> {
    let format = prop_oneof![30 => Just(Value::from(FORMAT)), 1 => json_leaf()];
    let version = prop_oneof![
        30 => (1..=u64::from(CURRENT_SCHEMA_VERSION)).prop_map(Value::from),
        1 => Just(Value::from(CURRENT_SCHEMA_VERSION + 1)),
        1 => json_number(),
    ];
    (field(format.boxed()), field(version.boxed()), optional(json_number().boxed()), field(project_value()))
        .prop_map(|(format, version, saved_at, project)| {
            object(vec![("format", format), ("schema_version", version), ("saved_at", saved_at), ("project", project)])
        })
        .boxed()
}

/// Arbitrary text as an import would see it.
fn raw_bytes() -> impl Strategy<Value = Vec<u8>> {
    let json_alphabet = prop::sample::select(b"{}[]\":,0123456789-+.eE \t\r\ntruefalsn\\/u<>".to_vec());
    prop_oneof![prop::collection::vec(any::<u8>(), 0..4096), prop::collection::vec(json_alphabet, 0..4096),]
}

// ---------------------------------------------------------------------------------------------
// Mutations of valid fixtures
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    At(usize),
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete,
    Replace(Value),
    ChangeType,
    Duplicate(usize),
    Number(Value),
    Hostile(String),
    AppendHostile(String),
}

/// Where a mutation lands: usually somewhere inside `project`, sometimes anywhere; usually
/// on a node it fits (a number for `Number`, a string for `Hostile`, an array element for
/// `Duplicate`, an object member for `Delete`), sometimes on any node.
#[derive(Clone, Debug)]
struct Target {
    inside_project: bool,
    fitting: bool,
    at: Index,
}

fn mutation() -> impl Strategy<Value = (Target, Mutation)> {
    let hostile = prop_oneof![3 => prop::sample::select(HOSTILE).prop_map(str::to_owned), 1 => Just(long_string())];
    let kind = prop_oneof![
        3 => Just(Mutation::Delete),
        3 => small_json_value().prop_map(Mutation::Replace),
        3 => Just(Mutation::ChangeType),
        2 => (1..4usize).prop_map(Mutation::Duplicate),
        3 => huge_number().prop_map(Mutation::Number),
        2 => hostile.clone().prop_map(Mutation::Hostile),
        1 => hostile.prop_map(Mutation::AppendHostile),
    ];
    let target = (prop::bool::weighted(0.85), prop::bool::weighted(0.7), any::<Index>()).prop_map(|(inside_project, fitting, at)| Target {
        inside_project,
        fitting,
        at,
    });
    (target, kind)
}

/// Every path in `value`, root first.
fn paths(value: &Value, prefix: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(prefix.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                prefix.push(Seg::At(i));
                paths(item, prefix, out);
                prefix.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                prefix.push(Seg::Key(key.clone()));
                paths(item, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at_path_ref<'a>(value: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.as_object()?.get(k),
        Seg::At(i) => v.as_array()?.get(*i),
    })
}

fn at_path<'a>(value: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.as_object_mut()?.get_mut(k),
        Seg::At(i) => v.as_array_mut()?.get_mut(*i),
    })
}

/// The same content as a value of another JSON type.
fn change_type(v: &Value) -> Value {
    match v {
        Value::Null => Value::from(0),
        Value::Bool(b) => Value::from(b.to_string()),
        Value::Number(n) => Value::from(n.to_string()),
        Value::String(s) => s.parse::<u64>().map(Value::from).unwrap_or_else(|_| Value::Array(vec![v.clone()])),
        Value::Array(items) => Value::Object(items.iter().enumerate().map(|(i, x)| (i.to_string(), x.clone())).collect()),
        Value::Object(map) => Value::Array(map.values().cloned().collect()),
    }
}

fn mutate(root: &mut Value, target: &Target, mutation: &Mutation) {
    let mut all = Vec::new();
    paths(root, &mut Vec::new(), &mut all);
    let in_project: Vec<Vec<Seg>> = all.iter().filter(|p| p.len() >= 2 && p[0] == Seg::Key("project".into())).cloned().collect();
    let pool = if target.inside_project && !in_project.is_empty() { in_project } else { all };
    let fits = |path: &Vec<Seg>| {
        let node = at_path_ref(root, path);
        match mutation {
            Mutation::Number(_) => node.is_some_and(Value::is_number),
            Mutation::Hostile(_) | Mutation::AppendHostile(_) => node.is_some_and(Value::is_string),
            Mutation::Duplicate(_) => matches!(path.last(), Some(Seg::At(_))),
            Mutation::Delete => matches!(path.last(), Some(Seg::Key(_))),
            Mutation::Replace(_) | Mutation::ChangeType => true,
        }
    };
    let fitting: Vec<Vec<Seg>> = pool.iter().filter(|p| fits(p)).cloned().collect();
    let pool = if target.fitting && !fitting.is_empty() { fitting } else { pool };
    let path = target.at.get(&pool).clone();
    match mutation {
        Mutation::Delete => match path.split_last() {
            None => *root = Value::Object(Map::new()),
            Some((last, parent)) => {
                if let Some(parent) = at_path(root, parent) {
                    match (parent, last) {
                        (Value::Object(map), Seg::Key(k)) => {
                            map.remove(k);
                        }
                        (Value::Array(items), Seg::At(i)) => {
                            items.remove(*i);
                        }
                        _ => {}
                    }
                }
            }
        },
        Mutation::Duplicate(times) => {
            let target_is_array = at_path(root, &path).is_some_and(|v| v.as_array().is_some_and(|a| !a.is_empty()));
            let (array_path, index) = if target_is_array {
                (path.clone(), 0)
            } else {
                match path.split_last() {
                    Some((Seg::At(i), parent)) => (parent.to_vec(), *i),
                    _ => return,
                }
            };
            if let Some(Value::Array(items)) = at_path(root, &array_path) {
                let index = index.min(items.len().saturating_sub(1));
                if let Some(copy) = items.get(index).cloned() {
                    for _ in 0..*times {
                        items.insert(index, copy.clone());
                    }
                }
            }
        }
        _ => {
            let Some(target) = at_path(root, &path) else { return };
            *target = match mutation {
                Mutation::Replace(v) | Mutation::Number(v) => v.clone(),
                Mutation::ChangeType => change_type(target),
                Mutation::Hostile(s) => Value::from(s.as_str()),
                Mutation::AppendHostile(s) => match target {
                    Value::String(old) => Value::from(format!("{old}{s}")),
                    _ => Value::from(s.as_str()),
                },
                Mutation::Delete | Mutation::Duplicate(_) => unreachable!(),
            };
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// (1) Arbitrary bytes, lossily decoded as a browser's `File.text()` would.
    #[test]
    fn arbitrary_bytes_are_answered(bytes in raw_bytes()) {
        check_text(&String::from_utf8_lossy(&bytes))?;
    }

    /// (1b) Bytes spliced into, or overwriting part of, a valid file.
    #[test]
    fn valid_files_with_spliced_bytes_are_answered(
        which in any::<Index>(),
        at in any::<Index>(),
        cut in prop_oneof![3 => 0..4usize, 1 => 0..64usize],
        bytes in prop_oneof![
            1 => prop::collection::vec(any::<u8>(), 0..64),
            2 => "[a-zA-Z0-9 ]{0,16}".prop_map(String::into_bytes),
            1 => prop::collection::vec(prop::sample::select(b"{}[]\":,0123456789-. ".to_vec()), 0..4),
        ],
    ) {
        let (_, value) = which.get(fixtures());
        let mut raw = serde_json::to_vec_pretty(value).unwrap();
        let start = at.index(raw.len() + 1);
        let end = (start + cut).min(raw.len());
        raw.splice(start..end, bytes);
        check_text(&String::from_utf8_lossy(&raw))?;
    }

    /// (2) Arbitrary JSON values, serialised compactly or pretty: on their own, and as the
    /// `project` of a correct envelope (so they reach the project's shape checks).
    #[test]
    fn arbitrary_json_is_answered(value in json_value(), enveloped in any::<bool>(), pretty in any::<bool>()) {
        let value = if enveloped {
            let mut envelope = Map::new();
            envelope.insert("format".into(), Value::from(FORMAT));
            envelope.insert("schema_version".into(), Value::from(CURRENT_SCHEMA_VERSION));
            envelope.insert("project".into(), value);
            Value::Object(envelope)
        } else {
            value
        };
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
        check_text(&text)?;
    }

    /// (2b) Values shaped like our files, with fields mostly right: many are accepted and so
    /// exercise the repairs and the round trip.
    #[test]
    fn project_shaped_json_is_answered(value in envelope_value()) {
        check_text(&serde_json::to_string(&value).unwrap())?;
    }

    /// (3) Every valid fixture, mutated 1–5 times at random paths.
    #[test]
    fn mutated_fixtures_are_answered(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..=5),
        pretty in any::<bool>(),
    ) {
        let (_, original) = which.get(fixtures());
        let mut value = original.clone();
        for (target, mutation) in &mutations {
            mutate(&mut value, target, mutation);
        }
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
        check_text(&text)?;
    }
}

// ---------------------------------------------------------------------------------------------
// (4) Deep nesting
// ---------------------------------------------------------------------------------------------

const DEPTHS: [usize; 6] = [63, 64, 65, 1_000, 10_000, 100_000];

/// Runs `f` on a 1 MiB stack, the size a wasm32 build gets in the browser.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .name("small-stack".into())
        .stack_size(1 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
}

fn assert_depth_verdict(text: &str, depth: usize, what: &str) -> LoadError {
    let error = decode_project(text).map(|_| ()).expect_err(what);
    if depth > MAX_NESTING {
        assert_eq!(error, LoadError::TooDeep { limit: MAX_NESTING }, "{what} at depth {depth}");
    } else {
        assert_ne!(error, LoadError::TooDeep { limit: MAX_NESTING }, "{what} at depth {depth} is within the limit");
    }
    if !matches!(error, LoadError::BadShape { .. }) {
        assert_eq!(peek_header(text), Err(error.clone()), "{what} at depth {depth}: peek_header disagrees");
    }
    check_description(&error).unwrap_or_else(|e| panic!("{what} at depth {depth}: {e}"));
    error
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    on_small_stack(|| {
        for n in DEPTHS {
            // Unclosed: within the limit the parser reports the missing end.
            let error = assert_depth_verdict(&"[".repeat(n), n, "unclosed arrays");
            if n <= MAX_NESTING {
                assert!(matches!(error, LoadError::NotJson { .. }), "{error:?}");
            }
            let error = assert_depth_verdict(&r#"{"a":"#.repeat(n), n, "unclosed objects");
            if n <= MAX_NESTING {
                assert!(matches!(error, LoadError::NotJson { .. }), "{error:?}");
            }
            // Closed: within the limit the value parses and is refused for what it is.
            let closed_arrays = format!("{}{}", "[".repeat(n), "]".repeat(n));
            let error = assert_depth_verdict(&closed_arrays, n, "closed arrays");
            if n <= MAX_NESTING {
                assert_eq!(error, LoadError::NotAnObject(planning_workbench::persist::JsonKind::Array));
            }
            let closed_objects = format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
            let error = assert_depth_verdict(&closed_objects, n, "closed objects");
            if n <= MAX_NESTING {
                assert_eq!(error, LoadError::NotAProject);
            }
            // Inside a real envelope (which is itself one level): the project's field nests.
            let inner = n.saturating_sub(2);
            let envelope = format!(
                r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p-1","created":0,"updated":0,"name":{}1{}}}}}"#,
                r#"{"a":"#.repeat(inner),
                "}".repeat(inner),
            );
            // The envelope and the project add two levels; `name` is the wrong type, so within the
            // limit the project is refused for its shape.
            let depth = inner + 2;
            let error = assert_depth_verdict(&envelope, depth, "nesting inside a project");
            if depth <= MAX_NESTING {
                assert!(matches!(error, LoadError::BadShape { .. }), "{error:?}");
            }
        }
    });
}

#[test]
fn brackets_inside_strings_do_not_count_as_nesting() {
    on_small_stack(|| {
        for n in DEPTHS {
            let text = format!(
                r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p-1","name":"x","created":0,"updated":0,"swot":{{"items":[{{"id":1,"quadrant":"threats","text":"{}\"{}"}}]}}}}}}"#,
                "[".repeat(n),
                "{".repeat(n),
            );
            let (project, header) = decode_project(&text).unwrap_or_else(|e| panic!("depth {n} in a string refused: {e:?}"));
            assert_eq!(project.swot.items[0].text.chars().count(), 2 * n + 1);
            check_accepted(&text, &project, &header).unwrap_or_else(|e| panic!("{e}"));
        }
    });
}

#[test]
fn deep_nesting_within_the_limit_still_decodes_on_a_small_stack() {
    // Exactly MAX_NESTING levels, all inside fields the project ignores: accepted.
    on_small_stack(|| {
        let inner = MAX_NESTING - 2;
        let text = format!(
            r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p-1","name":"x","created":0,"updated":0,"extra":{}1{}}}}}"#,
            "[".repeat(inner),
            "]".repeat(inner),
        );
        let (project, header) = decode_project(&text).expect("64 levels are within the limit");
        check_accepted(&text, &project, &header).unwrap_or_else(|e| panic!("{e}"));
        let one_more = text.replacen("\"extra\":", "\"extra\":[", 1).replacen("1]", "1]]", 1);
        assert_eq!(decode_project(&one_more).map(|_| ()), Err(LoadError::TooDeep { limit: MAX_NESTING }));
    });
}

// ---------------------------------------------------------------------------------------------
// (5) Size
// ---------------------------------------------------------------------------------------------

/// A valid file padded (with an envelope field the decoder ignores) to exactly `bytes` bytes.
fn padded_file(bytes: usize) -> String {
    let head =
        format!(r#"{{"format":"{FORMAT}","schema_version":1,"saved_at":0,"project":{{"id":"p-big","name":"Big","created":0,"updated":0}},"pad":""#);
    let tail = "\"}";
    let text = format!("{head}{}{tail}", "x".repeat(bytes - head.len() - tail.len()));
    assert_eq!(text.len(), bytes);
    text
}

#[test]
fn a_file_one_byte_over_the_limit_is_refused_as_too_large() {
    let at_limit = padded_file(MAX_FILE_BYTES);
    let (project, _) = decode_project(&at_limit).expect("a file of exactly MAX_FILE_BYTES is read");
    assert_eq!(project.name, "Big");

    let over = padded_file(MAX_FILE_BYTES + 1);
    let started = Instant::now();
    let error = decode_project(&over).map(|_| ()).expect_err("one byte over the limit");
    let took = started.elapsed();
    assert_eq!(error, LoadError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    assert_eq!(peek_header(&over), Err(error.clone()));
    check_description(&error).unwrap_or_else(|e| panic!("{e}"));
    // Refused before parsing: far quicker than the parse above (loose, for slow machines).
    assert!(took < Duration::from_secs(1), "refusing took {took:?}");

    // Size is counted in bytes before anything else: leading whitespace, multi-byte text and a
    // nesting bomb of the same size are all "too large", not something else.
    let spaces = format!(" {}", padded_file(MAX_FILE_BYTES));
    assert_eq!(decode_project(&spaces).map(|_| ()), Err(LoadError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
    let wide = "字".repeat(MAX_FILE_BYTES / 3 + 1);
    assert!(wide.chars().count() < MAX_FILE_BYTES && wide.len() > MAX_FILE_BYTES);
    assert_eq!(decode_project(&wide).map(|_| ()), Err(LoadError::TooLarge { bytes: wide.len(), limit: MAX_FILE_BYTES }));
    let bomb = "[".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(decode_project(&bomb).map(|_| ()), Err(LoadError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
}

// ---------------------------------------------------------------------------------------------
// Regressions found by the properties above
// ---------------------------------------------------------------------------------------------

/// A strategy may cite a deleted item, but an imported file can also cite an id the project's
/// counter has not issued yet. Decoding must raise the counter past it; otherwise a later new
/// item receives that id and the old strategy silently cites it.
#[test]
fn a_citation_past_the_counter_never_captures_a_new_item() {
    use planning_workbench::model::swot::{Quadrant, SwotCommand};
    use planning_workbench::model::{Command, EditSession, Timestamp};
    let text = format!(
        r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p-1","name":"x","created":0,"updated":0,"next_item_id":3,
            "swot":{{"items":[{{"id":1,"quadrant":"strengths","text":"s"}},{{"id":2,"quadrant":"opportunities","text":"o"}}],
                     "strategies":[{{"id":0,"cell":"SO","text":"so","sources":[1,2,5]}}]}}}}}}"#
    );
    let (project, header) = decode_project(&text).expect("a file citing a deleted item is accepted");
    let mut session = EditSession::new(project);
    for n in 0..4 {
        let add = SwotCommand::AddItem { quadrant: Quadrant::Threats, text: format!("new {n}"), source: None };
        session.execute(&Command::Swot(add), Timestamp(n)).expect("add an item");
    }
    let cited: Vec<ItemId> = session.project().swot.strategies[0].sources.clone();
    let captured: Vec<&str> = session
        .project()
        .swot
        .items
        .iter()
        .filter(|item| item.text.starts_with("new") && cited.contains(&item.id))
        .map(|item| item.text.as_str())
        .collect();
    assert!(captured.is_empty(), "new items {captured:?} became sources of an old strategy ({cited:?})");
    let decoded = decode_project(&text).unwrap().0;
    check_accepted(&text, &decoded, &header).unwrap_or_else(|e| panic!("{e}"));
}

/// Hostile keys and values end up in the refusal's path and detail; the user still reads a
/// sentence of reasonable length, in both languages.
#[test]
fn long_hostile_keys_and_values_give_short_descriptions() {
    let long = long_string();
    let projects = [
        format!(r#""five_forces":{{"overrides":{{"{long}":3}}}}"#),
        format!(r#""five_forces":{{"overrides":{{"rivalry":"{long}"}}}}"#),
        format!(r#""swot":{{"items":[{{"id":1,"quadrant":"{long}","text":"t"}}]}}"#),
        format!(r#""swot":{{"items":[{{"id":1,"quadrant":"threats","text":"t","origin":{{"{long}":1}}}}]}}"#),
        format!(r#""swot":{{"strategies":[{{"id":1,"cell":"SO","text":"t","sources":["{long}"]}}]}}"#),
    ];
    for (n, fields) in projects.iter().enumerate() {
        let text = format!(r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p-1","name":"x","created":0,"updated":0,{fields}}}}}"#);
        let error = decode_project(&text).map(|_| ()).expect_err("a hostile value is refused");
        assert!(matches!(error, LoadError::BadShape { .. }), "case {n}: {error:?}");
        check_description(&error).unwrap_or_else(|e| panic!("case {n}: {e}"));
    }
    let wrong_format = format!(r#"{{"format":"{long}"}}"#);
    let error = decode_project(&wrong_format).map(|_| ()).expect_err("another format");
    check_description(&error).unwrap_or_else(|e| panic!("{e}"));
}
