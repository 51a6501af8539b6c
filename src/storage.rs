//! Cases on the device: one localStorage entry per case (`eligibil.case.<id>`,
//! the case file text of `cases::to_file`), so one corrupt entry is set
//! aside and reported while every other case still loads. gloo's
//! `LocalStorage` panics when storage is blocked (private mode, policies,
//! kiosks), so we probe with web-sys first and fall back to memory: the app
//! keeps working and says the cases will not be kept. A failed write (a full
//! quota) never loses the case in memory.

use chrono::NaiveDate;
use gloo_storage::{LocalStorage, Storage};

use crate::cases::{self, Case};
use crate::draft;

const CASE_PREFIX: &str = "eligibil.case.";
/// Where an entry that cannot be read is moved, untouched, so nothing is
/// deleted that someone might still recover.
const SET_ASIDE_PREFIX: &str = "eligibil.set-aside.";
/// The case that was open when the page was left.
const CURRENT_KEY: &str = "eligibil.current";
/// Schema 1 and 2 kept one draft under this key; it becomes a case.
const LEGACY_DRAFT_KEY: &str = "eligibil.draft";
const PROBE_KEY: &str = "eligibil.probe";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Answers are saved on this device as they are given.
    Saved,
    /// Storage is blocked or full: answers live only in this page.
    MemoryOnly,
}

/// What was found on the device.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub cases: Vec<Case>,
    pub current: Option<String>,
    /// How many entries could not be read and were set aside.
    pub set_aside: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseStore {
    available: bool,
}

impl CaseStore {
    /// `keep = false` (the lobby kiosk): nothing is ever written or read.
    pub fn open(keep: bool) -> Self {
        Self {
            available: keep && probe(),
        }
    }

    pub fn persistence(&self) -> Persistence {
        if self.available {
            Persistence::Saved
        } else {
            Persistence::MemoryOnly
        }
    }

    /// Every case on the device, oldest entries first by key; entries that
    /// cannot be read are moved aside and counted.
    pub fn load(&self, today: NaiveDate, new_id: impl Fn() -> String, now: &str) -> Found {
        let Some(storage) = self.raw() else {
            return Found::default();
        };
        let mut found = Found::default();
        if let Ok(Some(text)) = storage.get_item(LEGACY_DRAFT_KEY) {
            match draft::decode(&text) {
                Ok(d) => {
                    let mut case = Case::new(new_id(), "Cazul salvat".into(), now.into());
                    case.draft = d;
                    // Removed only once the case is safely written.
                    if self.save(&case) == Persistence::Saved {
                        let _ = storage.remove_item(LEGACY_DRAFT_KEY);
                    }
                    found.current = Some(case.id.clone());
                }
                Err(_) => set_aside(&storage, LEGACY_DRAFT_KEY, "draft", &text, &mut found),
            }
        }
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(CASE_PREFIX))
            .collect();
        for key in keys {
            let Ok(Some(text)) = storage.get_item(&key) else {
                continue;
            };
            let id = key.trim_start_matches(CASE_PREFIX).to_string();
            match cases::from_file(&text, today) {
                Ok(case) if case.id == id => found.cases.push(case),
                _ => set_aside(&storage, &key, &id, &text, &mut found),
            }
        }
        found.cases.sort_by(|a, b| b.updated.cmp(&a.updated));
        if found.current.is_none() {
            found.current = storage.get_item(CURRENT_KEY).ok().flatten();
        }
        found
    }

    /// Saves; `MemoryOnly` when the browser refused (storage full).
    pub fn save(&self, case: &Case) -> Persistence {
        match self.raw() {
            Some(storage)
                if storage
                    .set_item(&format!("{CASE_PREFIX}{}", case.id), &cases::to_file(case))
                    .is_ok() =>
            {
                Persistence::Saved
            }
            _ => Persistence::MemoryOnly,
        }
    }

    pub fn set_current(&self, id: &str) {
        if let Some(storage) = self.raw() {
            let _ = storage.set_item(CURRENT_KEY, id);
        }
    }

    pub fn delete(&self, id: &str) {
        if let Some(storage) = self.raw() {
            let _ = storage.remove_item(&format!("{CASE_PREFIX}{id}"));
        }
    }

    /// Every case and every trace of one: what a kiosk's wipe and "delete
    /// all" leave is an empty store.
    pub fn delete_all(&self) {
        if let Some(storage) = self.raw() {
            let keys: Vec<String> = (0..storage.length().unwrap_or(0))
                .filter_map(|i| storage.key(i).ok().flatten())
                .filter(|k| k.starts_with("eligibil."))
                .collect();
            for key in keys {
                let _ = storage.remove_item(&key);
            }
        }
    }

    fn raw(&self) -> Option<web_sys::Storage> {
        self.available.then(LocalStorage::raw)
    }
}

fn set_aside(storage: &web_sys::Storage, key: &str, id: &str, text: &str, found: &mut Found) {
    let _ = storage.set_item(&format!("{SET_ASIDE_PREFIX}{id}"), text);
    let _ = storage.remove_item(key);
    found.set_aside += 1;
}

/// Can we write to localStorage at all? Asked without gloo, which would panic.
fn probe() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
}
