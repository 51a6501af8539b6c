//! Cases on the device: one localStorage entry per case (`eligibil.case.<id>`,
//! the case file text of `cases::to_file`), so one corrupt entry is set
//! aside and reported while every other case still loads. gloo's
//! `LocalStorage` panics when storage is blocked (private mode, policies,
//! kiosks), so we look with web-sys first and fall back to memory: the app
//! keeps working and says the cases will not be kept.
//!
//! A full device is not a blocked one: what is stored can still be read and
//! listed, only new writes fail. Every save reports whether it happened, so
//! the app never says "saved" when it was not (issue 22).

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
    /// The device's storage is full: what is stored is listed, but the
    /// last write failed, so a case may exist only in this page.
    Full,
    /// Storage is blocked (or the kiosk keeps nothing): answers live only
    /// in this page.
    MemoryOnly,
}

/// An entry that could not be read, kept as it was so it can still be
/// downloaded and read by a person or a later version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// The storage key it is kept under now (`eligibil.set-aside.<id>`).
    pub key: String,
    pub text: String,
}

/// What was found on the device.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub cases: Vec<Case>,
    pub current: Option<String>,
    /// Entries that could not be read, set aside (this load's and earlier ones).
    pub set_aside: Vec<SetAside>,
    /// Set-aside entries this version reads again: moved back among the cases.
    pub recovered: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseStore {
    available: bool,
}

impl CaseStore {
    /// `keep = false` (the lobby kiosk): nothing is ever written or read.
    pub fn open(keep: bool) -> Self {
        Self {
            available: keep && readable(),
        }
    }

    /// How cases are kept before anything is written: saved, or only in
    /// this page; a full device is found out by the first write.
    pub fn persistence(&self) -> Persistence {
        if !self.available {
            Persistence::MemoryOnly
        } else if can_write() {
            Persistence::Saved
        } else {
            Persistence::Full
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
                    let mut case = Case::new(
                        new_id(),
                        crate::i18n::msg::cases_saved_name().into(),
                        now.into(),
                    );
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
        for key in keys_with_prefix(&storage, CASE_PREFIX) {
            let Ok(Some(text)) = storage.get_item(&key) else {
                continue;
            };
            let id = key.trim_start_matches(CASE_PREFIX).to_string();
            match cases::from_file(&text, today) {
                Ok(case) if case.id == id => found.cases.push(case),
                _ => set_aside(&storage, &key, &id, &text, &mut found),
            }
        }
        // Entries set aside earlier that this version reads (a fix since,
        // a name cut to its length) come back as cases; the others stay
        // aside and are listed, never dropped.
        for key in keys_with_prefix(&storage, SET_ASIDE_PREFIX) {
            if found.set_aside.iter().any(|s| s.key == key) {
                continue;
            }
            let Ok(Some(text)) = storage.get_item(&key) else {
                continue;
            };
            match cases::from_file(&text, today) {
                Ok(case)
                    if !found.cases.iter().any(|c| c.id == case.id)
                        && self.save(&case) == Persistence::Saved =>
                {
                    let _ = storage.remove_item(&key);
                    found.cases.push(case);
                    found.recovered += 1;
                }
                _ => found.set_aside.push(SetAside { key, text }),
            }
        }
        found.cases.sort_by(|a, b| b.updated.cmp(&a.updated));
        if found.current.is_none() {
            found.current = storage.get_item(CURRENT_KEY).ok().flatten();
        }
        found
    }

    /// Saves; `Full` when the browser refused the write (a full quota),
    /// `MemoryOnly` when there is no storage to write to.
    pub fn save(&self, case: &Case) -> Persistence {
        let Some(storage) = self.raw() else {
            return Persistence::MemoryOnly;
        };
        match storage.set_item(&format!("{CASE_PREFIX}{}", case.id), &cases::to_file(case)) {
            Ok(()) => Persistence::Saved,
            Err(_) => Persistence::Full,
        }
    }

    /// Removes a set-aside entry for good (the person chose to).
    pub fn forget_set_aside(&self, key: &str) {
        if let Some(storage) = self.raw() {
            // Set aside under its own key, or left in place on a full device.
            if key.starts_with(SET_ASIDE_PREFIX) || key.starts_with(CASE_PREFIX) {
                let _ = storage.remove_item(key);
            }
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
            for key in keys_with_prefix(&storage, "eligibil.") {
                let _ = storage.remove_item(&key);
            }
        }
    }

    fn raw(&self) -> Option<web_sys::Storage> {
        self.available.then(LocalStorage::raw)
    }
}

fn keys_with_prefix(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn set_aside(storage: &web_sys::Storage, key: &str, id: &str, text: &str, found: &mut Found) {
    let aside = format!("{SET_ASIDE_PREFIX}{id}");
    // On a full device the copy may fail: then the entry stays where it
    // is (and is listed as set aside), rather than being removed unkept.
    let kept = if storage.set_item(&aside, text).is_ok() {
        let _ = storage.remove_item(key);
        aside
    } else {
        key.to_string()
    };
    found.set_aside.push(SetAside {
        key: kept,
        text: text.to_string(),
    });
}

/// Is there a localStorage to read? Asked without gloo, which would panic.
fn readable() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.get_item(PROBE_KEY).is_ok())
}

/// Can we write to it now? A full device answers no.
fn can_write() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
}
