//! The browser app: asks the questions the engine needs and shows what it
//! decided. Nothing here decides eligibility.

mod components;
mod pages;
mod questions;
pub mod state;

use leptos::prelude::*;
use serde::Serialize;

use crate::storage::{Loaded, Persistence};
use pages::{QuestionPage, ResultsPage, WelcomePage};
use state::{provide_app_state, use_app_state, Screen};

#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state(state::device_today());
    state::reset_browser_history();
    // The phone's back button walks back through the questions.
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        state.back_to(state::browser_depth());
    });
    on_cleanup(move || listener.remove());

    view! {
        <a class="skip" href="#main">"Sari la conținut"</a>
        <Header/>
        <main id="main" tabindex="-1">
            <StorageNotice/>
            {move || match state.screen() {
                Screen::Welcome => view! { <WelcomePage/> }.into_any(),
                Screen::Question(fact) => view! { <QuestionPage fact=fact/> }.into_any(),
                Screen::Results => view! { <ResultsPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Eligibil calculează pe acest dispozitiv, după paginile oficiale. Decizia o ia DASM Cluj-Napoca."</p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = use_app_state();
    view! {
        <header class="site-header">
            <span class="brand">"Eligibil"</span>
            <span class="brand-sub">"Cluj-Napoca"</span>
            <Show when=move || state.screen() != Screen::Welcome>
                <button class="link-button" type="button" on:click=move |_| state.new_case_confirmed()>
                    "Caz nou"
                </button>
            </Show>
        </header>
    }
}

#[component]
fn StorageNotice() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.persistence.get() == Persistence::MemoryOnly>
            <p class="notice warn" role="status">
                "Răspunsurile nu pot fi păstrate pe acest dispozitiv (stocarea este blocată sau plină). "
                "Aplicația funcționează, dar dacă închideți pagina, răspunsurile se pierd."
            </p>
        </Show>
        <Show when=move || state.loaded == Loaded::Unreadable && state.screen() == Screen::Welcome>
            <p class="notice warn" role="status">
                "Un caz salvat anterior nu a putut fi citit (a fost scris de o altă versiune a aplicației). Începeți unul nou."
            </p>
        </Show>
    }
}

/// The serde name of an enum value (`"spouse"`, `"salary"`): the value of an
/// `<option>`, stable across languages.
pub(crate) fn slug<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
