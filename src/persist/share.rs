//! Share by link: the whole project, compressed, in the URL fragment. A link is
//! `<app URL>#share=<payload>`, where the payload is the version tag `1`, a dot, and the
//! project file (`encode_project`, the same JSON an export writes) deflated (raw DEFLATE, best
//! level) and written in unpadded URL-safe base64 (`A–Z a–z 0–9 - _`, nothing a browser or chat
//! app needs to escape). The fragment never reaches a server, so the project stays between the
//! people who hold the link.
//!
//! Reading is as careful as importing a file: the payload's length is checked before decoding,
//! inflation stops at [`MAX_FILE_BYTES`] and never allocates more than that (a few kilobytes of
//! link cannot unpack into gigabytes), and the JSON inside goes through [`decode_project`], so a link holds nothing an imported file
//! could not. Pure: no browser APIs; the UI reads and writes `location.hash` around these calls.

use super::decode::{decode_project, Header, MAX_FILE_BYTES};
use super::envelope::encode_project;
use super::error::LoadError;
use crate::model::{Project, Timestamp};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use miniz_oxide::deflate::{compress_to_vec, CompressionLevel};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// The fragment key: a share link is `<app URL>#share=<payload>`.
pub const SHARE_PREFIX: &str = "share=";

/// Longest payload (characters after `share=`) a link may carry. Links longer than this are
/// refused when made (the user gets the JSON export instead).
///
/// Why 64,000: browsers themselves accept far longer URLs (Chromium up to 2 MB), but a link
/// has to survive the trip through other programs first: chat apps and mail clients shorten,
/// wrap or refuse very long messages, and URL bars and clipboards grow sluggish with
/// megabyte strings. 64,000 characters stays clear of those limits and still holds a
/// substantial project: about 48 KB of deflated JSON, which for ordinary planning text is a
/// project file of roughly 100–150 KB (the sample project, 16 KB of JSON, needs about 7,500
/// characters). A larger project travels better as the exported file anyway.
pub const MAX_LINK_CHARS: usize = 64_000;

/// The payload's version tag, before the dot. A future encoding gets a new tag; links made by
/// this one keep working.
const VERSION_TAG: &str = "1.";

/// Why a project could not be put into a link, or a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// Making a link: the payload would exceed [`MAX_LINK_CHARS`].
    #[error("the project needs a {chars}-character link; at most {max} fit")]
    TooLarge { chars: usize, max: usize },
    /// The fragment does not start with `share=` (after an optional `#`).
    #[error("this is not a share link")]
    NotAShareLink,
    /// Bad base64, an unknown version tag, data that is not deflate, or a truncated payload.
    #[error("the link is damaged")]
    Damaged,
    /// The payload inflates to more than `max` bytes (the import limit, [`MAX_FILE_BYTES`]).
    #[error("the link holds more than {max} bytes")]
    TooBig { max: usize },
    /// The JSON inside was refused by [`decode_project`] (foreign JSON, a newer version, …).
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// The payload for a project: version tag `1` + `.` + base64url(deflate(encode_project(project,
/// saved_at))). `Err(TooLarge)` with the payload's real length when it exceeds
/// [`MAX_LINK_CHARS`].
pub fn share_payload(project: &Project, saved_at: Timestamp) -> Result<String, ShareError> {
    let json = encode_project(project, saved_at);
    let deflated = compress_to_vec(json.as_bytes(), CompressionLevel::UberCompression as u8);
    let chars = VERSION_TAG.len() + base64_len(deflated.len());
    if chars > MAX_LINK_CHARS {
        return Err(ShareError::TooLarge { chars, max: MAX_LINK_CHARS });
    }
    let mut payload = String::with_capacity(chars);
    payload.push_str(VERSION_TAG);
    URL_SAFE_NO_PAD.encode_string(&deflated, &mut payload);
    debug_assert_eq!(payload.len(), chars);
    Ok(payload)
}

/// The fragment for a project: `share=` + payload (see [`share_payload`]); without the `#`.
pub fn share_fragment(project: &Project, saved_at: Timestamp) -> Result<String, ShareError> {
    share_payload(project, saved_at).map(|payload| format!("{SHARE_PREFIX}{payload}"))
}

/// Whether a fragment is a share link at all (starts with `share=` after optional whitespace
/// and an optional `#`), so the router can tell it from `#/p/...` routes.
pub fn is_share_fragment(fragment: &str) -> bool {
    payload_part(fragment).is_some()
}

/// Reads a fragment (with or without the leading `#`; with the `share=` prefix) and returns what
/// [`decode_project`] returns: the project, checked, repaired and upgraded, and the envelope's
/// header. Surrounding whitespace, a trailing `&…` and line breaks or spaces that copying put
/// into the payload (raw or percent-encoded: `%0A`, `%0D`, `%20`, `%09`) are ignored, as is
/// `=` padding. Never panics.
pub fn read_share_fragment(fragment: &str) -> Result<(Project, Header), ShareError> {
    let payload = payload_part(fragment).ok_or(ShareError::NotAShareLink)?;
    // We never make a longer link; refuse before spending anything on it.
    if payload.len() > MAX_LINK_CHARS * 2 {
        return Err(ShareError::Damaged);
    }
    let payload = clean(payload);
    let encoded = payload.strip_prefix(VERSION_TAG).ok_or(ShareError::Damaged)?;
    let deflated = URL_SAFE_NO_PAD.decode(encoded).map_err(|_| ShareError::Damaged)?;
    let json = inflate_limited(&deflated, MAX_FILE_BYTES)?;
    // decode_project refuses what is not valid JSON anyway, but invalid UTF-8 means the bytes
    // were not ours: call it damaged rather than foreign.
    let json = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    Ok(decode_project(&json)?)
}

/// Inflates raw DEFLATE data into at most `limit` bytes. Like miniz_oxide's
/// `decompress_to_vec_with_limit`, but the buffer grows with `reserve_exact`, so no block larger
/// than `limit` is ever allocated (that function grows its buffer with `Vec::resize`, whose
/// amortised doubling can reserve up to nearly twice the limit on the last step). `TooBig` when the data holds more than `limit` bytes; `Damaged` when it is not
/// DEFLATE or ends early.
fn inflate_limited(input: &[u8], limit: usize) -> Result<Vec<u8>, ShareError> {
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0; input.len().saturating_mul(4).max(1024).min(limit)];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let (mut input, mut filled) = (input, 0);
    loop {
        let (status, read, written) = decompress(&mut decompressor, input, &mut out, filled, flags);
        filled += written;
        match status {
            TINFLStatus::Done => {
                out.truncate(filled);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() >= limit => return Err(ShareError::TooBig { max: limit }),
            TINFLStatus::HasMoreOutput => {
                input = input.get(read..).ok_or(ShareError::Damaged)?;
                let grown = out.len().saturating_mul(2).min(limit);
                out.reserve_exact(grown - out.len());
                out.resize(grown, 0);
            }
            _ => return Err(ShareError::Damaged),
        }
    }
}

/// The text after `share=` (up to a `&`), or `None` when the fragment is not a share link.
fn payload_part(fragment: &str) -> Option<&str> {
    let fragment = fragment.trim_start();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment.strip_prefix(SHARE_PREFIX)?;
    Some(rest.split('&').next().unwrap_or(rest))
}

/// The payload without the whitespace (raw or percent-encoded) and `=` padding that copying
/// may add. None of these characters is in the base64url alphabet, so removing them anywhere
/// cannot change a valid payload.
fn clean(payload: &str) -> String {
    let mut out = String::with_capacity(payload.len());
    let mut rest = payload;
    while let Some(c) = rest.chars().next() {
        if c == '%' {
            let escaped = rest.get(1..3).filter(|hex| ["0A", "0D", "20", "09"].iter().any(|w| hex.eq_ignore_ascii_case(w)));
            if escaped.is_some() {
                rest = &rest[3..];
                continue;
            }
        }
        if !c.is_whitespace() {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    let kept = out.trim_end_matches('=').len();
    out.truncate(kept);
    out
}

/// Characters of unpadded base64 for `bytes` bytes.
fn base64_len(bytes: usize) -> usize {
    bytes / 3 * 4 + [0, 2, 3][bytes % 3]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_lengths_match_the_engine() {
        for n in 0..50 {
            assert_eq!(base64_len(n), URL_SAFE_NO_PAD.encode(vec![0xa5u8; n]).len(), "{n} bytes");
        }
    }

    #[test]
    fn cleaning_drops_only_what_copying_adds() {
        assert_eq!(clean(" 1.ab%0Acd\r\n%0d-_%20ef%2 =="), "1.abcd-_ef%2");
        assert_eq!(clean("1.ab%"), "1.ab%");
        assert_eq!(clean("é%0"), "é%0");
    }

    #[test]
    fn inflation_stops_exactly_at_the_limit() {
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
        let deflated = compress_to_vec(&data, 10);
        for limit in [5000, 5001, 100_000] {
            assert_eq!(inflate_limited(&deflated, limit), Ok(data.clone()), "limit {limit}");
        }
        for limit in [0, 1, 1023, 1024, 4999] {
            assert_eq!(inflate_limited(&deflated, limit), Err(ShareError::TooBig { max: limit }), "limit {limit}");
        }
        assert_eq!(inflate_limited(&compress_to_vec(b"", 10), 0), Ok(Vec::new()));
        assert_eq!(inflate_limited(&compress_to_vec(b"x", 10), 1), Ok(b"x".to_vec()));
        assert_eq!(inflate_limited(&compress_to_vec(b"xy", 10), 1), Err(ShareError::TooBig { max: 1 }));
        assert_eq!(inflate_limited(&deflated[..deflated.len() - 1], 100_000), Err(ShareError::Damaged));
        assert_eq!(inflate_limited(&[], 100_000), Err(ShareError::Damaged));
    }

    #[test]
    fn the_payload_ends_at_an_ampersand() {
        assert_eq!(payload_part("#share=1.abc&utm_source=x"), Some("1.abc"));
        assert_eq!(payload_part("  share="), Some(""));
        assert_eq!(payload_part("#/p/share="), None);
    }
}
