//! `KeyValue` over the browser's localStorage. Every call can throw (SecurityError when storage
//! is disabled, QuotaExceededError when full); each throw becomes a classified `StorageError`.
//! When the browser gives no storage at all, the app keeps projects in this tab's memory
//! (`BrowserKv::TabOnly`) so work can go on and be exported; the UI says nothing is kept.

use super::{classify_dom_error, KeyValue, MemoryKv, ProjectStore, StorageError};
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

/// Where this tab keeps projects.
#[derive(Clone)]
pub enum BrowserKv {
    Local(LocalStorageKv),
    /// Storage is unavailable: projects live in this tab's memory until it closes.
    TabOnly(MemoryKv),
}

thread_local! {
    static TAB_MEMORY: MemoryKv = MemoryKv::new();
}

/// Whether projects outlive this tab (false when the browser refuses storage).
pub fn storage_is_persistent() -> bool {
    LocalStorageKv::open().is_ok()
}

/// The project store of this origin, or of this tab's memory when storage is unavailable.
pub fn browser_store() -> ProjectStore<BrowserKv> {
    let kv = match LocalStorageKv::open() {
        Ok(local) => BrowserKv::Local(local),
        Err(_) => BrowserKv::TabOnly(TAB_MEMORY.with(MemoryKv::clone)),
    };
    ProjectStore::new(kv)
}

/// [`browser_store`], as the fallible call the storage tests make.
pub fn open_store() -> Result<ProjectStore<BrowserKv>, StorageError> {
    Ok(browser_store())
}

impl KeyValue for BrowserKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self {
            BrowserKv::Local(kv) => kv.get(key),
            BrowserKv::TabOnly(kv) => kv.get(key),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            BrowserKv::Local(kv) => kv.set(key, value),
            BrowserKv::TabOnly(kv) => kv.set(key, value),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self {
            BrowserKv::Local(kv) => kv.remove(key),
            BrowserKv::TabOnly(kv) => kv.remove(key),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        match self {
            BrowserKv::Local(kv) => kv.keys(),
            BrowserKv::TabOnly(kv) => kv.keys(),
        }
    }
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
