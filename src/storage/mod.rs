//! Where projects live between visits. `KeyValue` is the narrow interface of a string store
//! (the browser's localStorage, or `MemoryKv` in tests); `ProjectStore` holds every rule about
//! keys, the index, revisions and read-back checks on top of it, so those rules are tested
//! natively. Only `local` touches the browser.

mod error;
mod index;
pub mod keys;
pub mod live;
mod memory;
mod prefs;
mod save_queue;
mod store;

#[cfg(target_arch = "wasm32")]
pub mod local;

pub use error::{classify_dom_error, StorageError};
pub use index::{Index, IndexEntry};
pub use memory::MemoryKv;
pub use prefs::Prefs;
pub use save_queue::SaveQueue;
pub use store::{Listed, Listing, Loaded, OpenError, ProjectStore, Trashed};

/// A synchronous string key–value store with the failure modes of localStorage.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored (any prefix).
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}
