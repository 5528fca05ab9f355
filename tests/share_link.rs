#![cfg(not(target_arch = "wasm32"))]
//! Share by link (`persist::share`): the sample project and a project full of hostile text
//! (tests/fixtures/hostile.json) come back from a link exactly; the sample's link is far below
//! `MAX_LINK_CHARS`, and a project of incompressible text is refused with its real link length;
//! the fragment reader tolerates `#`, whitespace, a trailing `&…` and percent-encoded line
//! breaks, tells share links from routes, and answers damaged links (wrong version tag, bad
//! base64, bytes that are not deflate, truncation), a deflate bomb (11 MB of zeros: refused
//! quickly, never holding more than the 10 MiB limit) and valid links of foreign or newer JSON
//! with the matching error, in words in both languages; property tests feed arbitrary text and
//! arbitrary deflated bytes and check nothing panics.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::deflate::compress_to_vec;
use planning_workbench::i18n::{describe_share_error, Lang};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{
    is_share_fragment, read_share_fragment, share_fragment, share_payload, LoadError, ShareError, CURRENT_SCHEMA_VERSION, MAX_FILE_BYTES,
    MAX_LINK_CHARS, SHARE_PREFIX,
};
use proptest::prelude::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::Path;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Allocation accounting for the bomb test: per thread, so parallel tests do not disturb it.

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

fn note(grow: isize, block: usize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + grow;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
    let _ = LARGEST.try_with(|largest| largest.set(largest.get().max(block)));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize, layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize, layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note(-(layout.size() as isize), 0);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size as isize - layout.size() as isize, new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns its result with the most bytes this thread held at once during it (on
/// top of what it held before) and the largest single block it asked for.
fn measured<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    LARGEST.with(|l| l.set(0));
    let result = f();
    let peak = (PEAK.with(Cell::get) - base).max(0) as usize;
    (result, peak, LARGEST.with(Cell::get))
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn new_project(name: &str) -> Project {
    Project::new(ProjectId::parse("p-share").unwrap(), name.to_owned(), Timestamp(1_700_000_000_000))
}

fn run(project: Project, command: SwotCommand) -> Project {
    match apply(&project, &Command::Swot(command.clone())) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} refused: {other:?}"),
    }
}

fn hostile_texts() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.json");
    let text = std::fs::read_to_string(&path).expect("tests/fixtures/hostile.json is readable");
    let texts: Vec<String> = serde_json::from_str(&text).expect("hostile.json is a list of strings");
    assert!(texts.len() >= 5, "hostile.json holds {} strings", texts.len());
    texts
}

/// Every hostile text in every quadrant, each with another hostile text as its note.
fn hostile_project(name: &str, texts: &[String]) -> Project {
    let mut p = new_project(name);
    for quadrant in Quadrant::ALL {
        for (i, text) in texts.iter().enumerate() {
            let id = ItemId(p.next_item_id);
            p = run(p, SwotCommand::AddItem { quadrant, text: text.clone(), source: None });
            let note = texts[(i + 1) % texts.len()].clone();
            p = run(p, SwotCommand::EditItem { id, text: text.clone(), note });
        }
    }
    p
}

/// A simple linear congruential generator (Knuth's MMIX constants): reproducible noise.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// `chars` random CJK ideographs and ASCII letters: text deflate cannot shrink much.
    fn text(&mut self, chars: usize) -> String {
        (0..chars)
            .map(|_| {
                let r = self.next();
                if r % 4 == 0 {
                    char::from(b'a' + (r / 4 % 26) as u8)
                } else {
                    char::from_u32(0x4E00 + r / 4 % 0x5000).unwrap()
                }
            })
            .collect()
    }
}

/// A fragment whose payload is `bytes` deflated and encoded like a real link.
fn fragment_of(bytes: &[u8]) -> String {
    format!("{SHARE_PREFIX}1.{}", URL_SAFE_NO_PAD.encode(compress_to_vec(bytes, 10)))
}

fn round_trip(project: &Project, saved_at: Timestamp) -> usize {
    let payload = share_payload(project, saved_at).expect("the project fits in a link");
    assert!(payload.starts_with("1."), "{payload:.20}");
    assert!(payload[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "the payload leaves the base64url alphabet");
    let fragment = share_fragment(project, saved_at).unwrap();
    assert_eq!(fragment, format!("share={payload}"));
    assert!(is_share_fragment(&fragment));
    for link in [fragment.clone(), format!("#{fragment}")] {
        let (back, header) = read_share_fragment(&link).unwrap_or_else(|e| panic!("{}: {e:?}", project.name));
        assert_eq!(&back, project, "{} changed on the way through a link", project.name);
        assert!(back.same_content(project));
        assert_eq!(header.saved_at, saved_at);
        assert_eq!(header.schema_version, CURRENT_SCHEMA_VERSION);
    }
    payload.len()
}

// ---------------------------------------------------------------------------------------------
// Round trips and sizes

#[test]
fn the_sample_project_round_trips_in_a_short_link() {
    for chinese in [true, false] {
        let sample = sample_project(new_project(if chinese { "示例项目" } else { "Sample project" }), chinese);
        assert!(!sample.swot.items.is_empty() && !sample.org.positions.is_empty());
        let json = planning_workbench::persist::encode_project(&sample, Timestamp(42));
        let chars = round_trip(&sample, Timestamp(42));
        println!(
            "sample project ({}): {} bytes of JSON → {chars}-character payload ({:.1}% of MAX_LINK_CHARS)",
            if chinese { "zh" } else { "en" },
            json.len(),
            100.0 * chars as f64 / MAX_LINK_CHARS as f64
        );
        assert!(chars < MAX_LINK_CHARS / 4, "the sample needs {chars} characters");
        assert!(chars < json.len() / 2, "deflate hardly helped: {chars} characters for {} bytes", json.len());
    }
}

#[test]
fn hostile_text_survives_a_link_exactly() {
    let texts = hostile_texts();
    for name in &texts {
        let project = hostile_project(name, &texts);
        assert_eq!(project.name, *name, "the fixture name was changed before the test");
        round_trip(&project, Timestamp(7));
        let (back, _) = read_share_fragment(&share_fragment(&project, Timestamp(7)).unwrap()).unwrap();
        let mut expected: Vec<&str> = texts.iter().map(String::as_str).collect();
        expected.sort_unstable();
        for quadrant in Quadrant::ALL {
            let mut got: Vec<&str> = back.swot.quadrant_items(quadrant).iter().map(|i| i.text.as_str()).collect();
            got.sort_unstable();
            assert_eq!(got, expected, "{quadrant:?}");
        }
    }
}

#[test]
fn an_empty_project_round_trips() {
    round_trip(&new_project("x"), Timestamp(0));
}

#[test]
fn an_incompressible_project_is_refused_with_its_real_link_length() {
    let mut rng = Lcg(0x5eed);
    let mut project = new_project("大项目");
    for k in 0..80 {
        let text = rng.text(900);
        project = run(project, SwotCommand::AddItem { quadrant: Quadrant::ALL[k % 4], text, source: None });
    }
    let json = planning_workbench::persist::encode_project(&project, Timestamp(1));
    let expected = 2 + URL_SAFE_NO_PAD.encode(compress_to_vec(json.as_bytes(), 10)).len();
    assert!(expected > MAX_LINK_CHARS, "the test project compresses too well: {expected} characters");
    let started = Instant::now();
    let refused = share_payload(&project, Timestamp(1));
    println!("{} bytes of JSON → {expected} characters, refused in {:?}", json.len(), started.elapsed());
    assert_eq!(refused, Err(ShareError::TooLarge { chars: expected, max: MAX_LINK_CHARS }));
    assert_eq!(share_fragment(&project, Timestamp(1)), Err(ShareError::TooLarge { chars: expected, max: MAX_LINK_CHARS }));

    // Just under the limit still makes a link: drop items until it fits.
    let mut smaller = project;
    let fits = loop {
        let id = smaller.swot.items.last().unwrap().id;
        smaller = run(smaller, SwotCommand::DeleteItem { id });
        if let Ok(payload) = share_payload(&smaller, Timestamp(1)) {
            break payload;
        }
    };
    assert!(fits.len() <= MAX_LINK_CHARS && fits.len() > MAX_LINK_CHARS * 9 / 10, "{}", fits.len());
    let (back, _) = read_share_fragment(&format!("#share={fits}")).unwrap();
    assert_eq!(back, smaller);
}

// ---------------------------------------------------------------------------------------------
// Reading fragments

#[test]
fn fragments_are_read_with_or_without_hash_and_despite_copy_damage() {
    let project = sample_project(new_project("Sample"), false);
    let payload = share_payload(&project, Timestamp(3)).unwrap();
    let (head, tail) = payload.split_at(payload.len() / 2);
    let variants = [
        format!("share={payload}"),
        format!("#share={payload}"),
        format!("  #share={payload}\n"),
        format!("\t share={payload} \r\n"),
        format!("#share={payload}&utm_source=chat&x=%0A"),
        format!("#share={payload}%0A"),
        format!("#share={payload}%0d%0A"),
        format!("#share={payload}%20"),
        format!("#share={head}\n{tail}"),
        format!("#share={head}%0A{tail}"),
        format!("#share={head} {tail}"),
        format!("#share={payload}=="),
    ];
    for fragment in &variants {
        assert!(is_share_fragment(fragment), "{fragment:.40?}");
        let (back, header) = read_share_fragment(fragment).unwrap_or_else(|e| panic!("{fragment:.40?}: {e:?}"));
        assert_eq!(back, project);
        assert_eq!(header.saved_at, Timestamp(3));
    }
}

#[test]
fn routes_and_empty_fragments_are_not_share_links() {
    for fragment in ["#/p/x/swot", "", "#", "#/", "/p/x", "#share", "share", "#shared=1.abc", "##share=1.abc", "#/share=1.abc", "SHARE=1.abc"] {
        assert!(!is_share_fragment(fragment), "{fragment:?}");
        assert_eq!(read_share_fragment(fragment), Err(ShareError::NotAShareLink), "{fragment:?}");
    }
    assert!(is_share_fragment("#share="));
    assert!(is_share_fragment(" share=anything"));
}

#[test]
fn damaged_links_are_reported_as_damaged() {
    let project = sample_project(new_project("示例"), true);
    let payload = share_payload(&project, Timestamp(9)).unwrap();
    let body = &payload[2..];
    let not_deflate = URL_SAFE_NO_PAD.encode([0xffu8, 0xff, 0xff, 0xff, 0x00, 0x13]);
    let cases = [
        ("empty payload", "share=".to_owned()),
        ("no version tag", format!("share={body}")),
        ("wrong version tag", format!("share=2.{body}")),
        ("version tag without dot", format!("share=1{body}")),
        ("bad base64", "share=1.@@@not*base64!".to_owned()),
        ("base64 of standard alphabet", format!("share=1.{}", body.replace('-', "+").replace('_', "/"))),
        ("impossible base64 length", "share=1.A".to_owned()),
        ("valid base64 of non-deflate bytes", format!("share=1.{not_deflate}")),
        ("truncated in the middle", format!("share={}", &payload[..payload.len() / 2])),
        ("invalid UTF-8 inside", fragment_of(&[0x7b, 0xff, 0xfe, 0x7d])),
        ("longer than any link we make", format!("share=1.{}", "A".repeat(MAX_LINK_CHARS * 2 + 1))),
    ];
    for (what, fragment) in &cases {
        if what.contains("standard alphabet") && !body.contains(['-', '_']) {
            continue;
        }
        assert_eq!(read_share_fragment(fragment).map(|_| ()), Err(ShareError::Damaged), "{what}");
    }
    // Every cut of a real payload is damaged, never a different project.
    for cut in (3..payload.len()).step_by(37).chain([payload.len() - 1]) {
        let fragment = format!("#share={}", &payload[..cut]);
        assert_eq!(read_share_fragment(&fragment).map(|_| ()), Err(ShareError::Damaged), "cut at {cut}");
    }
}

#[test]
fn a_deflate_bomb_is_refused_quickly_within_the_limit() {
    let zeros = vec![0u8; 11 * 1000 * 1000];
    let bomb = fragment_of(&zeros);
    drop(zeros);
    println!("11 MB of zeros → {}-character payload", bomb.len() - SHARE_PREFIX.len());
    assert!(bomb.len() < MAX_LINK_CHARS, "the bomb's link is {} characters", bomb.len());
    let started = Instant::now();
    let (result, peak, largest) = measured(|| read_share_fragment(&bomb));
    let elapsed = started.elapsed();
    println!("refused in {elapsed:?}; held at most {peak} bytes, largest block {largest}");
    assert_eq!(result.map(|_| ()), Err(ShareError::TooBig { max: MAX_FILE_BYTES }));
    assert!(largest <= MAX_FILE_BYTES, "a block of {largest} bytes");
    assert!(peak <= MAX_FILE_BYTES + 256 * 1024, "held {peak} bytes at once");
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}

#[test]
fn a_link_of_exactly_the_limit_is_not_a_bomb() {
    // Inflating to exactly MAX_FILE_BYTES is allowed; what it holds is then judged as a file.
    let spaces = vec![b' '; MAX_FILE_BYTES];
    assert_eq!(read_share_fragment(&fragment_of(&spaces)), Err(ShareError::Load(LoadError::Empty)));
    let mut one_more = spaces;
    one_more.push(b' ');
    assert_eq!(read_share_fragment(&fragment_of(&one_more)), Err(ShareError::TooBig { max: MAX_FILE_BYTES }));
}

#[test]
fn valid_links_of_foreign_or_newer_json_give_load_errors() {
    assert_eq!(read_share_fragment(&fragment_of(br#"{"a":1}"#)), Err(ShareError::Load(LoadError::NotAProject)));
    let newer = format!(r#"{{"format":"planning-workbench","schema_version":{},"saved_at":0,"project":{{}}}}"#, CURRENT_SCHEMA_VERSION + 1);
    assert_eq!(
        read_share_fragment(&fragment_of(newer.as_bytes())),
        Err(ShareError::Load(LoadError::NewerVersion { found: u64::from(CURRENT_SCHEMA_VERSION) + 1, supported: CURRENT_SCHEMA_VERSION }))
    );
    assert_eq!(read_share_fragment(&fragment_of(b"")), Err(ShareError::Load(LoadError::Empty)));
    assert_eq!(read_share_fragment(&fragment_of(b"<html></html>")), Err(ShareError::Load(LoadError::LooksLikeHtml)));
    let wrong = read_share_fragment(&fragment_of(br#"{"format":"planning-workbench","schema_version":1,"project":{"id":5}}"#));
    assert!(matches!(wrong, Err(ShareError::Load(LoadError::BadShape { .. }))), "{wrong:?}");
}

#[test]
fn every_share_error_reads_as_a_sentence_in_both_languages() {
    let errors = [
        ShareError::TooLarge { chars: 71_234, max: MAX_LINK_CHARS },
        ShareError::NotAShareLink,
        ShareError::Damaged,
        ShareError::TooBig { max: MAX_FILE_BYTES },
        ShareError::Load(LoadError::NotAProject),
        ShareError::Load(LoadError::NewerVersion { found: 9, supported: 1 }),
    ];
    for error in &errors {
        let zh = describe_share_error(Lang::ZhCn, error);
        let en = describe_share_error(Lang::En, error);
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{error:?}");
        for text in [&zh, &en] {
            assert!(!text.contains("{0}") && !text.contains("{1}"), "{error:?}: {text}");
        }
    }
    let too_large = describe_share_error(Lang::En, &errors[0]);
    assert!(too_large.contains("71234") && too_large.contains("64000"), "{too_large}");
    assert!(describe_share_error(Lang::ZhCn, &errors[3]).contains("MB"));
}

// ---------------------------------------------------------------------------------------------
// Property tests

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_after_the_prefix_never_panics(text in any::<String>(), hash in any::<bool>()) {
        let fragment = format!("{}share={text}", if hash { "#" } else { "" });
        prop_assert!(is_share_fragment(&fragment));
        let _ = read_share_fragment(&fragment);
        let tagged = format!("share=1.{text}");
        let _ = read_share_fragment(&tagged);
    }

    #[test]
    fn arbitrary_base64url_text_never_panics(text in "[A-Za-z0-9_-]{0,400}") {
        let result = read_share_fragment(&format!("#share=1.{text}"));
        prop_assert!(!matches!(result, Err(ShareError::NotAShareLink) | Err(ShareError::TooLarge { .. })), "{:?}", result);
    }

    #[test]
    fn arbitrary_fragments_are_classified_consistently(text in any::<String>()) {
        let not_a_link = matches!(read_share_fragment(&text), Err(ShareError::NotAShareLink));
        prop_assert_eq!(is_share_fragment(&text), !not_a_link);
    }

    #[test]
    fn arbitrary_deflated_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let result = read_share_fragment(&fragment_of(&bytes));
        let expected = matches!(result, Err(ShareError::Load(_)) | Err(ShareError::Damaged));
        prop_assert!(expected, "{:?}", result);
    }

    #[test]
    fn arbitrary_json_ish_text_deflated_never_panics(text in r#"[{}\[\]":,0-9a-z_ -]{0,300}"#) {
        let wrapped = format!(r#"{{"format":"planning-workbench","schema_version":1,"project":{text}}}"#);
        let _ = read_share_fragment(&fragment_of(wrapped.as_bytes()));
        let _ = read_share_fragment(&fragment_of(text.as_bytes()));
    }
}
