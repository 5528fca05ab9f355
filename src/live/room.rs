//! Rooms and the links that open them: an unguessable room id (128 random bits, as 32 hex
//! digits) and the sync server's address, both carried in the address fragment
//! (`#live=<room>&server=<ws url>`), which browsers never send to any server. Everything read
//! from a link is checked here, so a hand-edited or hostile link is refused with a reason.

/// The fragment's prefix for a live-session link.
pub const LIVE_PREFIX: &str = "live=";
/// The port the launcher (`scripts/live-server.mjs`) serves the app and the sync server on.
pub const DEFAULT_PORT: u16 = 8787;
const ROOM_HEX: usize = 32;
const MAX_SERVER_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomLink {
    pub room: String,
    pub server: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The room id is not 32 hex digits.
    BadRoom,
    /// The server is not a `ws://` or `wss://` address of a host (and port).
    BadServer,
}

/// A room id from 16 random bytes (the caller draws them from `crypto.getRandomValues`).
pub fn room_id(random: [u8; 16]) -> String {
    random.iter().map(|b| format!("{b:02x}")).collect()
}

/// The sync server a page on `host` (`name[:port]`) reaches by default: the same host name on
/// the launcher's port, over `wss` when the page itself came over https.
pub fn default_server(secure: bool, host: &str) -> String {
    // An IPv6 literal keeps its brackets; otherwise the name is what precedes the port.
    let name = match host.find(']') {
        Some(end) if host.starts_with('[') => &host[..=end],
        _ => host.split(':').next().unwrap_or(host),
    };
    let scheme = if secure { "wss" } else { "ws" };
    format!("{scheme}://{name}:{DEFAULT_PORT}")
}

/// Checks a server address typed by a user or read from a link; returns it trimmed, without
/// a trailing slash.
pub fn check_server(text: &str) -> Result<String, LinkError> {
    let text = text.trim().trim_end_matches('/');
    let rest = text.strip_prefix("ws://").or_else(|| text.strip_prefix("wss://")).ok_or(LinkError::BadServer)?;
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '/' | '_');
    if rest.is_empty() || text.len() > MAX_SERVER_CHARS || !rest.chars().all(allowed) || rest.starts_with(['/', ':']) {
        return Err(LinkError::BadServer);
    }
    Ok(text.to_owned())
}

pub fn check_room(text: &str) -> Result<String, LinkError> {
    let ok = text.len() == ROOM_HEX && text.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
    ok.then(|| text.to_owned()).ok_or(LinkError::BadRoom)
}

/// The fragment (without `#`) of a link to `room` on `server`.
pub fn link_fragment(link: &RoomLink) -> String {
    format!("{LIVE_PREFIX}{}&server={}", link.room, encode(&link.server))
}

pub fn is_live_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(LIVE_PREFIX)
}

/// Reads a link's fragment (with or without `#`).
pub fn read_link(fragment: &str) -> Result<RoomLink, LinkError> {
    let rest = fragment.trim_start_matches('#').strip_prefix(LIVE_PREFIX).ok_or(LinkError::BadRoom)?;
    let (room, server) = rest.split_once("&server=").ok_or(LinkError::BadServer)?;
    Ok(RoomLink { room: check_room(room)?, server: check_server(&decode(server).ok_or(LinkError::BadServer)?)? })
}

/// Percent-encodes what a fragment must not carry raw (the address is ASCII once checked).
fn encode(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ':' => "%3A".to_owned(),
            '/' => "%2F".to_owned(),
            '[' => "%5B".to_owned(),
            ']' => "%5D".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_round_trip_and_refuse_what_is_not_a_room_or_server() {
        let link = RoomLink { room: room_id([0xab; 16]), server: "ws://192.168.1.5:8787".into() };
        let fragment = link_fragment(&link);
        assert!(is_live_fragment(&format!("#{fragment}")));
        assert_eq!(read_link(&format!("#{fragment}")), Ok(link));
        assert_eq!(read_link("#live=abc&server=ws%3A%2F%2Fh"), Err(LinkError::BadRoom));
        let room = "0123456789abcdef0123456789abcdef";
        assert_eq!(read_link(&format!("live={room}&server=http%3A%2F%2Fh")), Err(LinkError::BadServer));
        assert_eq!(read_link(&format!("live={room}&server=ws%3A%2F%2F%3Cscript%3E")), Err(LinkError::BadServer));
        assert_eq!(read_link(&format!("live={room}&server=%zz")), Err(LinkError::BadServer));
    }

    #[test]
    fn the_default_server_is_the_page_s_host_on_the_launcher_s_port() {
        assert_eq!(default_server(false, "192.168.1.5:8080"), "ws://192.168.1.5:8787");
        assert_eq!(default_server(true, "plan.example"), "wss://plan.example:8787");
        assert_eq!(default_server(false, "[::1]:80"), "ws://[::1]:8787");
        assert_eq!(check_server(" wss://h.example:443/ "), Ok("wss://h.example:443".into()));
    }
}
