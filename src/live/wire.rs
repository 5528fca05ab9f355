//! Hocuspocus's framing around the Yjs sync and awareness messages. Since its version 2 every
//! frame starts with the document (room) name, then a message type: 0 sync and 1 awareness are
//! the y-protocols messages `yrs::sync` encodes, 2 its authentication, 8 the server's
//! acknowledgement that it applied an update of ours. Decoding never panics: a frame it cannot
//! read is `None`, whoever sent it.

use yrs::encoding::read::{Cursor, Read};
use yrs::encoding::write::Write;
use yrs::sync::{AwarenessUpdate, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::{Encode, Encoder, EncoderV1};

const SYNC: u8 = 0;
const AWARENESS: u8 = 1;
const AUTH: u8 = 2;
const QUERY_AWARENESS: u8 = 3;
const SYNC_STATUS: u8 = 8;

/// Hocuspocus's authentication sub-types.
const AUTH_TOKEN: u8 = 0;
const AUTH_DENIED: u8 = 1;
const AUTH_GRANTED: u8 = 2;

/// The provider version we announce; the server only logs it.
const PROTOCOL_VERSION: &str = "planning-workbench-1";

/// A frame from the server, already checked to be for our room.
#[derive(Debug, PartialEq)]
pub enum Incoming {
    Sync(SyncMessage),
    Awareness(AwarenessUpdate),
    Granted,
    Denied(String),
    /// The server applied (true) or refused (false) one of our updates.
    Applied(bool),
}

fn frame(room: &str, kind: u8) -> EncoderV1 {
    let mut encoder = EncoderV1::new();
    encoder.write_string(room);
    encoder.write_var(kind);
    encoder
}

/// The first frame on a new socket: we join `room` (the server has no accounts; the room id's
/// randomness is the secret).
pub fn auth(room: &str) -> Vec<u8> {
    let mut encoder = frame(room, AUTH);
    encoder.write_var(AUTH_TOKEN);
    encoder.write_string("");
    encoder.write_string(PROTOCOL_VERSION);
    encoder.to_vec()
}

pub fn sync(room: &str, message: &SyncMessage) -> Vec<u8> {
    let mut encoder = frame(room, SYNC);
    message.encode(&mut encoder);
    encoder.to_vec()
}

pub fn awareness(room: &str, update: &AwarenessUpdate) -> Vec<u8> {
    let mut encoder = frame(room, AWARENESS);
    encoder.write_buf(update.encode_v1());
    encoder.to_vec()
}

/// Asks the server who is here. Sent every few seconds: its answer is also how a silently
/// dropped connection is noticed (no answer for a while).
pub fn query_awareness(room: &str) -> Vec<u8> {
    frame(room, QUERY_AWARENESS).to_vec()
}

/// Reads a frame; `None` when it is for another room, of a type we ignore, or unreadable.
pub fn read(room: &str, bytes: &[u8]) -> Option<Incoming> {
    let mut decoder = DecoderV1::new(Cursor::new(bytes));
    if decoder.read_string().ok()? != room {
        return None;
    }
    let kind: u8 = decoder.read_var().ok()?;
    match kind {
        SYNC => SyncMessage::decode(&mut decoder).ok().map(Incoming::Sync),
        AWARENESS => {
            let buf = decoder.read_buf().ok()?;
            AwarenessUpdate::decode_v1(buf).ok().map(Incoming::Awareness)
        }
        AUTH => match decoder.read_var::<u8>().ok()? {
            AUTH_GRANTED => Some(Incoming::Granted),
            AUTH_DENIED => Some(Incoming::Denied(decoder.read_string().unwrap_or_default().chars().take(200).collect())),
            _ => None,
        },
        SYNC_STATUS => decoder.read_var::<u8>().ok().map(|applied| Incoming::Applied(applied != 0)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use yrs::StateVector;

    #[test]
    fn frames_carry_the_room_and_read_back() {
        let step1 = SyncMessage::SyncStep1(StateVector::default());
        assert_eq!(read("r1", &sync("r1", &step1)), Some(Incoming::Sync(step1)));
        assert_eq!(read("other", &sync("r1", &SyncMessage::Update(vec![1]))), None);
        let mut granted = frame("r1", AUTH);
        granted.write_var(AUTH_GRANTED);
        granted.write_string("read-write");
        assert_eq!(read("r1", &granted.to_vec()), Some(Incoming::Granted));
        let mut status = frame("r1", SYNC_STATUS);
        status.write_var(1u8);
        assert_eq!(read("r1", &status.to_vec()), Some(Incoming::Applied(true)));
    }

    #[test]
    fn the_auth_frame_is_hocuspocus_s() {
        // [varstring room][2 auth][0 token][varstring token][varstring version]
        let bytes = auth("ab");
        assert_eq!(&bytes[..5], &[2, b'a', b'b', 2, 0]);
        assert_eq!(bytes[5], 0, "empty token");
    }

    #[test]
    fn garbage_never_panics() {
        for bytes in [&[][..], &[0xff; 9][..], &[2, b'r', b'1', 0, 0, 0xff, 0xff][..], &[2, b'r', b'1', 1, 200][..]] {
            let _ = read("r1", bytes);
        }
    }
}
