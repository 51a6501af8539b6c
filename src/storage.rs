//! Drafts on the device, through gloo-storage behind a small wrapper with a
//! schema version. gloo's `LocalStorage` panics when storage is blocked
//! (private mode, policies, kiosks), so we probe with web-sys first and fall
//! back to memory: the app keeps working and says the draft will not be kept.

use gloo_storage::{LocalStorage, Storage};

use crate::draft::{self, DecodeError, Draft};

const KEY: &str = "eligibil.draft";
const PROBE_KEY: &str = "eligibil.probe";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Answers are saved on this device as they are given.
    Saved,
    /// Storage is blocked or full: answers live only in this page.
    MemoryOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loaded {
    Nothing,
    Restored,
    /// A draft was there but could not be read (another version of the app).
    Unreadable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftStore {
    available: bool,
}

impl DraftStore {
    pub fn open() -> Self {
        Self { available: probe() }
    }

    pub fn persistence(&self) -> Persistence {
        if self.available {
            Persistence::Saved
        } else {
            Persistence::MemoryOnly
        }
    }

    pub fn load(&self) -> (Option<Draft>, Loaded) {
        if !self.available {
            return (None, Loaded::Nothing);
        }
        match LocalStorage::get::<serde_json::Value>(KEY) {
            Err(_) => (None, Loaded::Nothing),
            Ok(value) => match draft::decode(&value.to_string()) {
                Ok(d) => (Some(d), Loaded::Restored),
                Err(DecodeError::UnknownSchema(_) | DecodeError::Unreadable) => {
                    (None, Loaded::Unreadable)
                }
            },
        }
    }

    /// Saves; `MemoryOnly` when the browser refused (storage full).
    pub fn save(&self, d: &Draft) -> Persistence {
        if self.available && LocalStorage::set(KEY, draft::encode(d)).is_ok() {
            Persistence::Saved
        } else {
            Persistence::MemoryOnly
        }
    }

    pub fn clear(&self) {
        if self.available {
            LocalStorage::delete(KEY);
        }
    }
}

/// Can we write to localStorage at all? Asked without gloo, which would panic.
fn probe() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
}
