//! The app's state: the draft, where the person is, and the engine's answer
//! derived from the draft. Screens read this; none of them decides
//! eligibility, they show what `rules::evaluate` returned.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::draft::{Draft, FieldError};
use crate::rules::facts::Fact;
use crate::rules::household::Household;
use crate::rules::municipality::MunicipalityId;
use crate::rules::outcome::BenefitId;
use crate::rules::outcome::Evaluation;
use crate::rules::{evaluate_only, EngineError, EvalContext};

/// The benefits whose questions the app can put today. The engine and the
/// command-line tool answer every benefit; a benefit joins this list when
/// its screens exist, so the app never asks a question it cannot show.
pub const ASKED_IN_APP: &[BenefitId] = &[BenefitId::HeatingAid, BenefitId::EnergySupplement];
use crate::storage::{DraftStore, Loaded, Persistence};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question(Fact),
    Results,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub today: NaiveDate,
    pub draft: RwSignal<Draft>,
    /// Screens visited, the current one last.
    pub history: RwSignal<Vec<Screen>>,
    pub persistence: RwSignal<Persistence>,
    pub loaded: Loaded,
    /// Show field problems on the current screen (after "Continuă").
    pub show_errors: RwSignal<bool>,
    pub household: Memo<(Household, Vec<FieldError>)>,
    pub evaluation: Memo<Result<Evaluation, EngineError>>,
    store: DraftStore,
}

impl AppState {
    pub fn screen(&self) -> Screen {
        self.history
            .with(|h| h.last().copied().unwrap_or(Screen::Welcome))
    }

    /// Facts the engine still needs, in asking order.
    pub fn needs(&self) -> Vec<Fact> {
        self.evaluation
            .with(|e| e.as_ref().map(|ev| ev.needs.clone()).unwrap_or_default())
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
        self.history.update(|h| h.push(screen));
        push_browser_history(self.history.with_untracked(Vec::len));
        scroll_to_top();
    }

    /// One screen back. The browser's own history is stepped back too, so
    /// the phone's back button and ours agree (the popstate that follows
    /// truncates to the same depth, so it changes nothing more).
    pub fn back(&self) {
        let depth = self.history.with_untracked(Vec::len);
        if depth > 1 {
            self.back_to(depth - 1);
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.back();
            }
            scroll_to_top();
        }
    }

    /// Start again from nothing: the draft is removed from the device.
    pub fn new_case(&self) {
        self.store.clear();
        self.draft.set(Draft::new());
        self.history.set(vec![Screen::Welcome]);
        self.show_errors.set(false);
        scroll_to_top();
    }

    /// "Caz nou" from the middle of a case: one stray tap must not wipe a
    /// volunteer's work, so the person confirms first.
    pub fn new_case_confirmed(&self) {
        let confirmed = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Ștergeți răspunsurile de pe acest dispozitiv și începeți un caz nou?",
                )
                .ok()
            })
            .unwrap_or(true);
        if confirmed {
            self.new_case();
        }
    }

    /// Browser "back" to the screen with this number (1 = first).
    pub fn back_to(&self, depth: usize) {
        self.history.update(|h| h.truncate(depth.max(1)));
        self.show_errors.set(false);
    }
}

pub fn provide_app_state(today: NaiveDate) -> AppState {
    let store = DraftStore::open();
    let (saved, loaded) = store.load();
    let draft = RwSignal::new(saved.unwrap_or_else(Draft::new));
    let household = Memo::new(move |_| draft.with(|d| d.to_household(today)));
    let evaluation = Memo::new(move |_| {
        household.with(|(h, _)| {
            evaluate_only(
                h,
                &EvalContext {
                    date: today,
                    municipality: MunicipalityId::ClujNapoca,
                },
                ASKED_IN_APP,
            )
        })
    });
    let state = AppState {
        today,
        draft,
        history: RwSignal::new(vec![Screen::Welcome]),
        persistence: RwSignal::new(store.persistence()),
        loaded,
        show_errors: RwSignal::new(false),
        household,
        evaluation,
        store,
    };
    // Every change to the answers is saved at once: a phone may drop the tab.
    Effect::new(move |_| {
        let result = draft.with(|d| store.save(d));
        state.persistence.set(result);
    });
    provide_context(state);
    state
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

/// The page starts at screen 1 whatever the address said before a reload.
pub fn reset_browser_history() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::from_f64(1.0), "", Some("#1"));
    }
}

/// The screen number in the address (`#3`), after the browser's back button.
pub fn browser_depth() -> usize {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|h| h.trim_start_matches('#').parse().ok())
        .unwrap_or(1)
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
