//! What this device remembers of a project's live session: the room, the server and the
//! project's id inside the room (`pw1:live:<id>`), and its copy of the shared document
//! (`pw1:livedoc:<id>`, base64), so edits made offline survive a reload and merge on
//! reconnect. Leaving the session forgets both; the project itself stays as it is. Who this
//! device's participant is (name, colour) and the last server used live in `Prefs`.

use super::{KeyValue, StorageError};
use crate::model::ProjectId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveRecord {
    pub room: String,
    pub server: String,
    /// The project's id in the shared document (the starter's own id); this device keeps the
    /// project under its own id, so a joined room never overwrites a project already here.
    pub shared_id: String,
}

fn record_key(id: &ProjectId) -> String {
    format!("{}live:{id}", super::keys::PREFIX)
}

fn doc_key(id: &ProjectId) -> String {
    format!("{}livedoc:{id}", super::keys::PREFIX)
}

impl LiveRecord {
    /// The project's session, if it has one (an unreadable record is no session).
    pub fn load(kv: &impl KeyValue, id: &ProjectId) -> Option<LiveRecord> {
        let text = kv.get(&record_key(id)).ok().flatten()?;
        let record: LiveRecord = serde_json::from_str(&text).ok()?;
        let valid = crate::live::room::check_room(&record.room).is_ok() && crate::live::room::check_server(&record.server).is_ok();
        valid.then_some(record)
    }

    pub fn save(&self, kv: &impl KeyValue, id: &ProjectId) -> Result<(), StorageError> {
        kv.set(&record_key(id), &serde_json::to_string(self).unwrap_or_default())
    }

    /// Leaves the session on this device: the record and the document copy go.
    pub fn forget(kv: &impl KeyValue, id: &ProjectId) {
        let _ = kv.remove(&record_key(id));
        let _ = kv.remove(&doc_key(id));
    }
}

pub fn load_document(kv: &impl KeyValue, id: &ProjectId) -> Option<String> {
    kv.get(&doc_key(id)).ok().flatten()
}

pub fn save_document(kv: &impl KeyValue, id: &ProjectId, snapshot: &str) -> Result<(), StorageError> {
    kv.set(&doc_key(id), snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::keys::project_id_of;
    use crate::storage::MemoryKv;

    #[test]
    fn a_record_round_trips_is_checked_and_is_forgotten_with_its_document() {
        let kv = MemoryKv::new();
        let id = ProjectId::parse("p1").unwrap();
        assert_eq!(LiveRecord::load(&kv, &id), None);
        let record = LiveRecord { room: "0123456789abcdef0123456789abcdef".into(), server: "ws://h:8787".into(), shared_id: "p0".into() };
        record.save(&kv, &id).unwrap();
        save_document(&kv, &id, "AAE=").unwrap();
        assert_eq!(LiveRecord::load(&kv, &id), Some(record));
        assert_eq!(load_document(&kv, &id).as_deref(), Some("AAE="));
        // Neither key reads as a project.
        assert!(kv.keys().unwrap().iter().all(|k| project_id_of(k).is_none()));
        LiveRecord::forget(&kv, &id);
        assert_eq!(LiveRecord::load(&kv, &id), None);
        assert_eq!(load_document(&kv, &id), None);
        kv.set(&record_key(&id), r#"{"room":"x","server":"ws://h","shared_id":"p"}"#).unwrap();
        assert_eq!(LiveRecord::load(&kv, &id), None, "a tampered record is no session");
    }
}
