//! `KeyValue` over the browser's localStorage. Every call can throw (SecurityError when storage
//! is disabled, QuotaExceededError when full); each throw becomes a classified `StorageError`.

use super::{classify_dom_error, KeyValue, ProjectStore, StorageError};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

/// The origin's localStorage.
#[derive(Clone)]
pub struct LocalStorageKv {
    storage: Storage,
}

fn to_error(value: JsValue) -> StorageError {
    match value.dyn_into::<DomException>() {
        Ok(e) => classify_dom_error(&e.name(), e.code(), &e.message()),
        Err(other) => StorageError::Unavailable(other.as_string().unwrap_or_else(|| "unknown error".into())),
    }
}

impl LocalStorageKv {
    /// Fails when the browser gives no storage (disabled, sandboxed, private-mode policies).
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        match window.local_storage().map_err(to_error)? {
            Some(storage) => Ok(LocalStorageKv { storage }),
            None => Err(StorageError::Unavailable("localStorage is not available".into())),
        }
    }
}

/// The project store of this origin.
pub fn open_store() -> Result<ProjectStore<LocalStorageKv>, StorageError> {
    LocalStorageKv::open().map(ProjectStore::new)
}

impl KeyValue for LocalStorageKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(to_error)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let length = self.storage.length().map_err(to_error)?;
        let mut keys = Vec::with_capacity(length as usize);
        for i in 0..length {
            if let Some(key) = self.storage.key(i).map_err(to_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
