//! User preferences kept beside the projects (`pw1:prefs`): the UI language, the colour theme
//! whether the browser was already asked for persistent storage, who this device is in live
//! sessions and its key in rounds voted on each device. Unreadable preferences fall back to
//! defaults; they are never worth an error.

use super::{keys, KeyValue, StorageError};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// A `Lang::code()`, or `None` to follow the browser.
    pub lang: Option<String>,
    /// Set once `navigator.storage.persist()` has been requested.
    pub persist_requested: bool,
    /// `"light"` or `"dark"` chosen by hand; `None` follows the system setting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Who this device is in live sessions (name and `#rrggbb`), and the last server used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_colour: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_server: Option<String>,
    /// This device's key in rounds voted on each device (32 hex digits, made on first need).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

impl Prefs {
    pub fn load(kv: &impl KeyValue) -> Prefs {
        kv.get(keys::PREFS).ok().flatten().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default()
    }

    pub fn save(&self, kv: &impl KeyValue) -> Result<(), StorageError> {
        kv.set(keys::PREFS, &serde_json::to_string(self).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryKv;

    #[test]
    fn prefs_round_trip_and_survive_garbage() {
        let kv = MemoryKv::new();
        assert_eq!(Prefs::load(&kv), Prefs::default());
        let prefs = Prefs { lang: Some("en".into()), persist_requested: true, theme: Some("dark".into()), ..Prefs::default() };
        prefs.save(&kv).unwrap();
        assert_eq!(Prefs::load(&kv), prefs);
        kv.plant(keys::PREFS, "{not json");
        assert_eq!(Prefs::load(&kv), Prefs::default());
    }
}
