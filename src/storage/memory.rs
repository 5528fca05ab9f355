//! An in-memory `KeyValue` with localStorage's failure modes, for native tests: a capacity in
//! UTF-16 code units (like the browser's quota), a switch that makes every access fail like
//! a disabled storage, and cheap clones that share one map — two clones are two tabs.

use super::{KeyValue, StorageError};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Inner {
    map: BTreeMap<String, String>,
    capacity_units: Option<usize>,
    disabled: bool,
}

/// Shared in-memory storage. `Clone` shares the data (like two tabs of one origin).
#[derive(Clone, Debug, Default)]
pub struct MemoryKv(Rc<RefCell<Inner>>);

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl MemoryKv {
    pub fn new() -> Self {
        Self::default()
    }

    /// Storage that refuses writes past `units` UTF-16 code units of keys plus values.
    pub fn with_capacity(units: usize) -> Self {
        let kv = Self::default();
        kv.set_capacity(Some(units));
        kv
    }

    pub fn set_capacity(&self, units: Option<usize>) {
        self.0.borrow_mut().capacity_units = units;
    }

    /// Makes every access fail as a disabled storage does.
    pub fn set_disabled(&self, disabled: bool) {
        self.0.borrow_mut().disabled = disabled;
    }

    /// Writes a value bypassing capacity, to plant corrupt data in tests.
    pub fn plant(&self, key: &str, value: &str) {
        self.0.borrow_mut().map.insert(key.to_owned(), value.to_owned());
    }

    pub fn used_units(&self) -> usize {
        self.0.borrow().map.iter().map(|(k, v)| units(k) + units(v)).sum()
    }

    fn check_enabled(&self) -> Result<(), StorageError> {
        if self.0.borrow().disabled {
            Err(StorageError::Unavailable("SecurityError: storage is disabled".into()))
        } else {
            Ok(())
        }
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check_enabled()?;
        Ok(self.0.borrow().map.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check_enabled()?;
        let mut inner = self.0.borrow_mut();
        if let Some(capacity) = inner.capacity_units {
            let others: usize = inner.map.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| units(k) + units(v)).sum();
            if others + units(key) + units(value) > capacity {
                return Err(StorageError::QuotaExceeded);
            }
        }
        inner.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check_enabled()?;
        self.0.borrow_mut().map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check_enabled()?;
        Ok(self.0.borrow().map.keys().cloned().collect())
    }
}
