//! The app's state: the draft, where the person is, and the engine's answer
//! derived from the draft. Screens read this; none of them decides
//! eligibility, they show what `rules::evaluate` returned.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use std::collections::BTreeSet;

use crate::cases::{self, Case, ImportError};
use crate::draft::{Draft, FieldError};
use crate::i18n::{msg, Lang};
use crate::rules::facts::Fact;
use crate::rules::household::Household;
use crate::rules::outcome::BenefitId;
use crate::rules::outcome::Evaluation;
use crate::rules::topics;
use crate::rules::{evaluate_only, EngineError, EvalContext};

/// The benefits whose questions the app can put today. The engine and the
/// command-line tool answer every benefit; a benefit joins this list when
/// its screens exist, so the app never asks a question it cannot show.
pub const ASKED_IN_APP: &[BenefitId] = &[
    BenefitId::HeatingAid,
    BenefitId::EnergySupplement,
    BenefitId::StateChildAllowance,
    BenefitId::ChildRaisingAllowance,
    BenefitId::InsertionIncentive,
    BenefitId::FurtherBirthSupplement,
    BenefitId::DisabledParentSupport,
    BenefitId::Vmi,
    BenefitId::SocialCanteen,
    BenefitId::KindergartenTickets,
    BenefitId::RentAid,
    BenefitId::EmergencyAid,
    BenefitId::FuneralAid,
    BenefitId::DentalProgramme,
    BenefitId::FoodTicketProgramme,
    BenefitId::EuFoodAid,
    BenefitId::SchoolSupplies,
    BenefitId::DoubleHouseholdExpensesCertificate,
    BenefitId::SeasonalWorkCertificate,
    BenefitId::HighSchoolMoneyInquiry,
    BenefitId::SocialInclusionCentre,
    BenefitId::NewbornVouchers,
    BenefitId::PersonalAssistantOrAllowance,
    BenefitId::NgoSubsidies,
    BenefitId::NgoGrants,
    // Issue 19: in every town, and Năvodari's own (the engine lists a
    // town's programmes only in that town).
    BenefitId::ParentsLeavingToWorkAbroad,
    BenefitId::NavodariHolidayTickets,
    BenefitId::NavodariEmergencyAid,
    BenefitId::NavodariFuneralAid,
    BenefitId::NavodariHomeCare,
    BenefitId::NavodariChildrenDayCentre,
    BenefitId::NavodariElderlyDayCentre,
];
use crate::storage::{CaseStore, Persistence, SetAside};

/// The benefits a case is screened for: those its reasons call for (all
/// by default). One function for the questions, the results and the case
/// list's "next question", so they never disagree.
pub fn case_scope(draft: &Draft) -> Vec<BenefitId> {
    topics::scope(&draft.topics, ASKED_IN_APP)
}

/// The case's own evaluation, as its questions and results see it.
pub fn evaluate_case(
    household: &Household,
    draft: &Draft,
    today: NaiveDate,
) -> Result<Evaluation, EngineError> {
    evaluate_only(
        household,
        &EvalContext {
            date: today,
            municipality: draft.municipality(),
        },
        &case_scope(draft),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Welcome,
    Question(Fact),
    Results,
    /// Every answer given, each one tap from its question.
    Answers,
    /// The directory of social services, opened on a need (or on all).
    Directory(Option<crate::rules::directory::Need>),
    /// The cases kept on this device (volunteer mode).
    Cases,
    /// After "Ieșire rapidă" in the kiosk: nothing of the case on screen.
    Neutral,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub today: NaiveDate,
    /// The lobby kiosk (`?kiosk=1`): nothing is kept, no browser history.
    pub kiosk: bool,
    /// The open case's answers (mirrored into `cases` and saved as they change).
    pub draft: RwSignal<Draft>,
    /// The open case's ticked papers.
    pub ticked: RwSignal<BTreeSet<String>>,
    /// Every case on this device, the open one included.
    pub cases: RwSignal<Vec<Case>>,
    /// The open case's id.
    pub current: RwSignal<String>,
    /// Entries found unreadable on load and set aside (kept, listed,
    /// downloadable).
    pub set_aside: RwSignal<Vec<SetAside>>,
    /// Entries set aside earlier that this version read back as cases.
    pub recovered: usize,
    /// Cases whose latest answers are not on the device: the write failed
    /// (a full device). Listed as such, never said to be saved.
    pub unsaved: RwSignal<BTreeSet<String>>,
    /// Screens visited in this case, in order; `position` is the one on
    /// screen (Back and Forward move it, a new screen cuts what was ahead).
    pub history: RwSignal<Vec<Screen>>,
    pub position: RwSignal<usize>,
    pub persistence: RwSignal<Persistence>,
    /// The language on screen (its catalogue is loaded).
    pub lang: RwSignal<Lang>,
    /// Show field problems on the current screen (after "Continuă").
    pub show_errors: RwSignal<bool>,
    pub household: Memo<(Household, Vec<FieldError>)>,
    pub evaluation: Memo<Result<Evaluation, EngineError>>,
    store: CaseStore,
}

impl AppState {
    pub fn screen(&self) -> Screen {
        let at = self.position.get();
        self.history
            .with(|h| h.get(at).or(h.last()).copied().unwrap_or(Screen::Welcome))
    }

    /// "aproximativ M" in "Întrebarea N din aproximativ M": the questions
    /// answered that still count, and those the rules still need (an answer
    /// can add or remove some, so it is said to be approximate).
    pub fn question_total(&self) -> usize {
        let needs = self.needs();
        let answered = self.draft.with(|d| {
            d.asked
                .iter()
                .filter_map(|k| Fact::from_key(k))
                .filter(|f| !needs.contains(f))
                .count()
        });
        (answered + needs.len()).max(self.question_number())
    }

    /// One screen on its own (a fresh start, the kiosk's neutral page).
    pub fn reset_to(&self, screen: Screen) {
        self.history.set(vec![screen]);
        self.position.set(0);
        // The browser's entry becomes screen 1 too: a Back from the next
        // screen then lands here, not on whatever this entry was before
        // (the case list a new case was started from).
        if !self.kiosk {
            restore_browser_history(1);
        }
        self.remember_trail();
    }

    /// Facts the engine still needs, in asking order.
    pub fn needs(&self) -> Vec<Fact> {
        self.evaluation
            .with(|e| e.as_ref().map(|ev| ev.needs.clone()).unwrap_or_default())
    }

    /// "Întrebarea N" for the question on screen, following the case.
    pub fn question_number(&self) -> usize {
        match self.screen() {
            Screen::Question(fact) => self.draft.with(|d| d.question_number(fact)),
            _ => 0,
        }
    }

    /// The next screen after the current one: the first fact still needed,
    /// or the results.
    pub fn next_screen(&self) -> Screen {
        self.needs()
            .first()
            .map_or(Screen::Results, |f| Screen::Question(*f))
    }

    pub fn go(&self, screen: Screen) {
        self.show_errors.set(false);
        let at = self.position.get_untracked();
        self.history.update(|h| {
            h.truncate(at + 1);
            h.push(screen);
        });
        let depth = self.history.with_untracked(Vec::len);
        self.position.set(depth - 1);
        if !self.kiosk {
            push_browser_history(depth);
        }
        self.remember_trail();
        scroll_to_top();
    }

    /// One screen back. The browser's own history is stepped back too, so
    /// the phone's back button and ours agree (the popstate that follows
    /// moves to the same place, so it changes nothing more).
    pub fn back(&self) {
        let at = self.position.get_untracked();
        if at > 0 {
            self.back_to(at);
            if !self.kiosk {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.back();
                }
            }
            scroll_to_top();
        }
    }

    /// The screens of the open case, kept with it so a reload lands where
    /// the person was and the browser's Back still walks back through them.
    fn remember_trail(&self) {
        if self.kiosk {
            return;
        }
        let at = self.position.get_untracked();
        let trail: Vec<String> = self.history.with_untracked(|h| {
            h.iter()
                .take(at + 1)
                .filter_map(|s| screen_key(*s))
                .collect()
        });
        let id = self.current.get_untracked();
        let mut changed = None;
        self.cases.update(|c| {
            if let Some(case) = c.iter_mut().find(|c| c.id == id && c.trail != trail) {
                // Moving between screens is not a change to the case: its
                // "last changed" stays.
                case.trail = trail.clone();
                changed = Some(case.clone());
            }
        });
        if let Some(case) = changed {
            self.keep(&case);
        }
    }

    /// Start another case. Elsewhere the case left stays in "Cazurile mele";
    /// in the kiosk nothing of it may stay, so everything is wiped.
    pub fn new_case(&self) {
        if self.kiosk {
            self.wipe();
            return;
        }
        let id = self.add_empty_case();
        self.open_case(&id);
    }

    /// A new empty case, selected but with the screen left as it is (the
    /// case list stays on screen after a delete).
    fn add_empty_case(&self) -> String {
        let case = Case::new(self.fresh_id(), self.next_name(), now_text());
        self.keep(&case);
        let id = case.id.clone();
        self.cases.update(|c| c.insert(0, case));
        self.select(&id);
        id
    }

    /// "Caz nou" from the middle of a case. With several cases nothing is
    /// lost (the case stays in the list), so only the kiosk, where it wipes,
    /// asks first.
    pub fn new_case_confirmed(&self) {
        if self.kiosk && !confirm(msg::kiosk_wipe_confirm()) {
            return;
        }
        self.new_case();
    }

    /// Opens a case from the list at the welcome screen.
    pub fn open_case(&self, id: &str) {
        self.select(id);
        self.reset_to(Screen::Welcome);
        self.show_errors.set(false);
        scroll_to_top();
    }

    /// Makes `id` the open case without moving from the screen.
    fn select(&self, id: &str) {
        let Some(case) = self
            .cases
            .with_untracked(|c| c.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        self.current.set(case.id.clone());
        self.store.set_current(&case.id);
        // A case opens in the language it was last seen in.
        if let Some(lang) = case.lang.filter(|l| *l != self.lang.get_untracked()) {
            self.set_language(lang);
        }
        self.draft.set(case.draft);
        self.ticked.set(case.ticked);
    }

    pub fn rename(&self, id: &str, name: String) {
        let name: String = name.trim().chars().take(cases::MAX_NAME_CHARS).collect();
        if name.is_empty() {
            return;
        }
        self.change_case(id, |case| case.name = name.clone());
    }

    /// A copy of the case, listed first; its name and whether it was saved.
    pub fn duplicate(&self, id: &str) -> Option<(String, Persistence)> {
        let original = self
            .cases
            .with_untracked(|c| c.iter().find(|c| c.id == id).cloned())?;
        let names: Vec<String> = self
            .cases
            .with_untracked(|c| c.iter().map(|c| c.name.clone()).collect());
        let taken: Vec<&str> = names.iter().map(String::as_str).collect();
        let copy = Case {
            id: self.fresh_id(),
            name: cases::copy_name(&original.name, &taken),
            updated: now_text(),
            ..original
        };
        let kept = self.keep(&copy);
        let name = copy.name.clone();
        self.cases.update(|c| c.insert(0, copy));
        Some((name, kept))
    }

    /// Deletes one case; deleting the open one opens another (or a new one).
    pub fn delete(&self, id: &str) {
        self.store.delete(id);
        self.unsaved.update(|u| {
            u.remove(id);
        });
        self.cases.update(|c| c.retain(|case| case.id != id));
        if self.current.get_untracked() == id {
            match self
                .cases
                .with_untracked(|c| c.first().map(|c| c.id.clone()))
            {
                Some(next) => self.select(&next),
                None => {
                    self.add_empty_case();
                }
            }
        }
        self.retry_unsaved();
    }

    /// Deletes every case from the device and starts an empty one.
    pub fn delete_all(&self) {
        self.store.delete_all();
        self.cases.set(Vec::new());
        self.unsaved.set(BTreeSet::new());
        self.set_aside.set(Vec::new());
        self.add_empty_case();
    }

    /// Removes one set-aside entry for good (after the person downloaded it,
    /// or chose to).
    pub fn forget_set_aside(&self, key: &str) {
        self.store.forget_set_aside(key);
        self.set_aside.update(|list| list.retain(|s| s.key != key));
    }

    /// Saves a case and records whether it was kept on the device.
    fn keep(&self, case: &Case) -> Persistence {
        let result = self.store.save(case);
        self.note_saved(&case.id, result);
        result
    }

    fn note_saved(&self, id: &str, result: Persistence) {
        if self.kiosk || result == Persistence::MemoryOnly {
            return;
        }
        self.unsaved.update(|u| {
            if result == Persistence::Saved {
                u.remove(id);
            } else {
                u.insert(id.to_string());
            }
        });
        // The device is "full" while any case is not on it; "saved" again
        // once every case is.
        let overall = if self.unsaved.with_untracked(BTreeSet::is_empty) {
            Persistence::Saved
        } else {
            Persistence::Full
        };
        self.persistence.set(overall);
    }

    /// After room was made (a case deleted), the cases not yet on the
    /// device are tried again.
    fn retry_unsaved(&self) {
        let waiting: Vec<Case> = self.cases.with_untracked(|all| {
            self.unsaved
                .with_untracked(|u| all.iter().filter(|c| u.contains(&c.id)).cloned().collect())
        });
        for case in waiting {
            self.keep(&case);
        }
    }

    /// Adds a case read from a file. Nothing stored changes unless the whole
    /// file reads; a case already here under the same id gets a new id
    /// rather than overwriting it.
    pub fn import(&self, text: &str) -> Result<(String, Persistence), ImportError> {
        let mut case = cases::from_file(text, self.today)?;
        if self
            .cases
            .with_untracked(|c| c.iter().any(|c| c.id == case.id))
        {
            case.id = self.fresh_id();
        }
        let kept = self.keep(&case);
        let id = case.id.clone();
        self.cases.update(|c| c.insert(0, case));
        Ok((id, kept))
    }

    /// Switches the language: its catalogue is fetched (from the service
    /// worker's cache offline), then every screen is drawn again in it. The
    /// choice is kept on the device (for the kiosk, for its session: the
    /// wipe goes back to the kiosk's own) and with the open case.
    pub fn set_language(&self, lang: Lang) {
        let state = *self;
        leptos::task::spawn_local(async move {
            if !crate::ui::fetch_catalogue(lang).await {
                return;
            }
            state.lang.set(lang);
            show_language(lang, state.kiosk);
            let id = state.current.get_untracked();
            let mut changed = None;
            state.cases.update(|c| {
                if let Some(case) = c.iter_mut().find(|c| c.id == id && c.lang != Some(lang)) {
                    case.lang = Some(lang);
                    changed = Some(case.clone());
                }
            });
            if let Some(case) = changed {
                state.keep(&case);
            }
        });
    }

    /// The kiosk's end of a session: nothing of the person may remain.
    pub fn wipe(&self) {
        self.store.delete_all();
        crate::ui::kiosk_forget();
        // The next person starts in the kiosk's own language.
        if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = storage.remove_item(LANG_KEY);
        }
        let default = crate::ui::default_language();
        if self.lang.get_untracked() != default {
            self.set_language(default);
            if let Some(storage) =
                web_sys::window().and_then(|w| w.session_storage().ok().flatten())
            {
                let _ = storage.remove_item(LANG_KEY);
            }
        }
        let case = Case::new(new_id(), msg::kiosk_case_name().into(), now_text());
        self.current.set(case.id.clone());
        self.draft.set(case.draft.clone());
        self.ticked.set(BTreeSet::new());
        self.cases.set(vec![case]);
        self.reset_to(Screen::Welcome);
        self.show_errors.set(false);
        scroll_to_top();
    }

    /// The browser's Back or Forward to the screen with this number (1 =
    /// first).
    pub fn back_to(&self, depth: usize) {
        let last = self.history.with_untracked(Vec::len).saturating_sub(1);
        self.position.set(depth.saturating_sub(1).min(last));
        self.show_errors.set(false);
        self.remember_trail();
    }

    fn change_case(&self, id: &str, change: impl Fn(&mut Case)) {
        let mut changed = None;
        self.cases.update(|c| {
            if let Some(case) = c.iter_mut().find(|c| c.id == id) {
                change(case);
                case.updated = now_text();
                changed = Some(case.clone());
            }
        });
        if let Some(case) = changed {
            self.keep(&case);
        }
    }

    /// Reasons ticked on the start screen before the app started: into the
    /// case at once (the saving effect skips its first run, which would
    /// already see them).
    pub fn carry_topics(&self, topics: Vec<topics::Topic>) {
        self.draft.update(|d| d.topics = topics.clone());
        let id = self.current.get_untracked();
        self.change_case(&id, |case| case.draft.topics = topics.clone());
    }

    /// An id no case on this device has: the clock alone is not enough (a
    /// device whose clock stands still, or two loads in one millisecond,
    /// would give a new case the id of a stored one and overwrite it).
    fn fresh_id(&self) -> String {
        loop {
            let id = new_id();
            if !self.cases.with_untracked(|c| c.iter().any(|c| c.id == id)) {
                return id;
            }
        }
    }

    /// "Caz 3": the first number no case is named with yet.
    fn next_name(&self) -> String {
        let names: Vec<String> = self
            .cases
            .with_untracked(|c| c.iter().map(|c| c.name.clone()).collect());
        (1..)
            .map(|n: u32| msg::cases_default_name(&n.to_string()))
            .find(|name| !names.contains(name))
            .unwrap_or_else(|| msg::kiosk_case_name().into())
    }
}

pub fn provide_app_state(today: NaiveDate, kiosk: bool) -> AppState {
    let store = CaseStore::open(!kiosk);
    let now = now_text();
    let mut found = store.load(today, new_id, &now);
    let mut unsaved = BTreeSet::new();
    let current_case = match found
        .current
        .as_ref()
        .and_then(|id| found.cases.iter().find(|c| &c.id == id))
        .or(found.cases.first())
    {
        Some(case) => case.clone(),
        None => {
            let case = Case::new(new_id(), msg::cases_default_name("1"), now);
            if store.save(&case) == Persistence::Full {
                unsaved.insert(case.id.clone());
            }
            found.cases.push(case.clone());
            case
        }
    };
    store.set_current(&current_case.id);
    let draft = RwSignal::new(current_case.draft.clone());
    let ticked = RwSignal::new(current_case.ticked.clone());
    let household = Memo::new(move |_| draft.with(|d| d.to_household(today)));
    // Only the benefits the person's reasons call for (all by default).
    let scope = Memo::new(move |_| draft.with(case_scope));
    // The town's profile: its office, filing rules and own programmes.
    let town = Memo::new(move |_| draft.with(Draft::municipality));
    let evaluation = Memo::new(move |_| {
        let only = scope.get();
        let municipality = town.get();
        household.with(|(h, _)| {
            evaluate_only(
                h,
                &EvalContext {
                    date: today,
                    municipality,
                },
                &only,
            )
        })
    });
    let persistence = if unsaved.is_empty() {
        store.persistence()
    } else {
        Persistence::Full
    };
    let state = AppState {
        today,
        kiosk,
        draft,
        ticked,
        cases: RwSignal::new(found.cases),
        current: RwSignal::new(current_case.id),
        set_aside: RwSignal::new(found.set_aside),
        recovered: found.recovered,
        unsaved: RwSignal::new(unsaved),
        history: RwSignal::new(vec![Screen::Welcome]),
        position: RwSignal::new(0),
        persistence: RwSignal::new(persistence),
        lang: RwSignal::new(crate::i18n::language()),
        show_errors: RwSignal::new(false),
        household,
        evaluation,
        store,
    };
    // Every change to the answers or the ticks is saved at once: a phone
    // may drop the tab. The first run only reads (nothing changed yet).
    Effect::new(move |first: Option<()>| {
        let d = draft.get();
        let t = ticked.get();
        if first.is_none() {
            return;
        }
        let id = state.current.get_untracked();
        let mut changed = None;
        state.cases.update(|cases| {
            // Opening a case sets the same answers again: that is no change,
            // and its "last changed" must not move.
            if let Some(case) = cases
                .iter_mut()
                .find(|c| c.id == id && (c.draft != d || c.ticked != t))
            {
                case.draft = d;
                case.ticked = t;
                case.updated = now_text();
                changed = Some(case.clone());
            }
        });
        if let Some(case) = changed {
            state.keep(&case);
        }
    });
    // A reload lands where the person was, with the screens before it to go
    // back through (the kiosk keeps nothing, so it always starts afresh).
    if !kiosk && current_case.draft.is_started() {
        let mut trail: Vec<Screen> = current_case
            .trail
            .iter()
            .filter_map(|k| screen_from_key(k))
            .collect();
        if trail.first() != Some(&Screen::Welcome) {
            trail.insert(0, Screen::Welcome);
        }
        state.history.set(trail);
        state
            .position
            .set(state.history.with_untracked(Vec::len) - 1);
    }
    provide_context(state);
    state
}

/// `<html lang>` and the kept choice follow the language on screen.
fn show_language(lang: Lang, kiosk: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
    let storage = if kiosk {
        window.session_storage()
    } else {
        window.local_storage()
    };
    if let Ok(Some(storage)) = storage {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// The language chosen on this device: a preference, not a person's data.
const LANG_KEY: &str = "eligibil.lang";

/// How a screen is kept in a case's trail; the case list and the kiosk's
/// neutral page are not places in a case.
fn screen_key(screen: Screen) -> Option<String> {
    match screen {
        Screen::Welcome => Some("welcome".into()),
        Screen::Results => Some("results".into()),
        Screen::Answers => Some("answers".into()),
        Screen::Question(fact) => Some(format!("q:{}", fact.key())),
        Screen::Cases | Screen::Neutral | Screen::Directory(_) => None,
    }
}

fn screen_from_key(key: &str) -> Option<Screen> {
    match key {
        "welcome" => Some(Screen::Welcome),
        "results" => Some(Screen::Results),
        "answers" => Some(Screen::Answers),
        other => other
            .strip_prefix("q:")
            .and_then(Fact::from_key)
            .map(Screen::Question),
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// Today's date on the device. The engine never reads the clock; the app
/// reads it once and passes it in.
pub fn device_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(crate::rules::source::SEEDS_READ_ON)
}

/// Whether the page was opened as the lobby kiosk (`?kiosk=1`).
pub fn kiosk_requested() -> bool {
    let window = web_sys::window();
    let asked = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| q.trim_start_matches('?').split('&').any(|p| p == "kiosk=1"));
    // A kiosk stays one for the browser session: the start screen's form,
    // sent before the app started, drops `?kiosk=1` from the address. Only
    // this flag is kept, nothing of a person.
    let session = window.and_then(|w| w.session_storage().ok().flatten());
    if asked {
        if let Some(s) = &session {
            let _ = s.set_item(KIOSK_SESSION_KEY, "1");
        }
        return true;
    }
    session.is_some_and(|s| s.get_item(KIOSK_SESSION_KEY).ok().flatten().is_some())
}

const KIOSK_SESSION_KEY: &str = "eligibil.kiosk";

/// The device's clock as a case's "last changed": "2026-11-22 10:04".
pub fn now_text() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes()
    )
}

/// A case id: the clock in milliseconds, a counter for ids made in the
/// same millisecond, and a random part for ids made in another page load
/// at the same clock reading (checked against the cases by `fresh_id`).
fn new_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "c{}-{}-{}",
        js_sys::Date::now() as u64,
        COUNTER.fetch_add(1, Ordering::Relaxed),
        (js_sys::Math::random() * 1e9) as u64
    )
}

pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(true)
}

/// The browser's history for the screens restored after a reload: this
/// entry is screen 1, and one entry is added for each screen after it, so
/// Back walks back through them as before the reload.
pub fn restore_browser_history(screens: usize) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::from_f64(1.0), "", Some("#1"));
    }
    for depth in 2..=screens {
        push_browser_history(depth);
    }
}

/// The screen number a history entry was made for, kept in the entry's
/// state (never read from the address: a link to a place in the page, like
/// "Sari la conținut", changes the address too, and is not a step back).
/// `None` for an entry that is not one of our screens.
pub fn step_of(state: &JsValue) -> Option<usize> {
    state
        .as_f64()
        .filter(|n| n.is_finite() && *n >= 1.0)
        .map(|n| n as usize)
}

fn push_browser_history(depth: usize) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(
            &JsValue::from_f64(depth as f64),
            "",
            Some(&format!("#{depth}")),
        );
    }
}

fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
