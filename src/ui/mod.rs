//! The browser app: asks the questions the engine needs and shows what it
//! decided. Nothing here decides eligibility.

mod components;
mod files;
mod pages;
mod questions;
pub mod state;

use leptos::prelude::*;
use serde::Serialize;

use crate::storage::Persistence;
use pages::{CasesPage, KioskIdle, NeutralPage, QuestionPage, ResultsPage, WelcomePage};
use state::{provide_app_state, use_app_state, Screen};

#[component]
pub fn App() -> impl IntoView {
    let kiosk = state::kiosk_requested();
    let state = provide_app_state(state::device_today(), kiosk);
    if kiosk {
        // Larger text and touch targets for the lobby screen.
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.class_list().add_1("kiosk");
        }
    } else {
        state::reset_browser_history();
    }
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
                Screen::Cases => view! { <CasesPage/> }.into_any(),
                Screen::Neutral => view! { <NeutralPage/> }.into_any(),
            }}
        </main>
        {kiosk.then(|| view! { <KioskIdle/> })}
        <footer class="site-footer">
            <p>"Eligibil calculează pe acest dispozitiv, după paginile oficiale. Decizia o ia biroul care primește cererea."</p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = use_app_state();
    let in_case = move || {
        !matches!(
            state.screen(),
            Screen::Welcome | Screen::Cases | Screen::Neutral
        )
    };
    view! {
        <header class="site-header">
            <span class="brand">"Eligibil"</span>
            <span class="brand-sub">"Cluj-Napoca"</span>
            <div class="header-actions">
                {(!state.kiosk).then(|| view! {
                    <Show when=move || state.screen() != Screen::Cases>
                        <button class="link-button" type="button" data-testid="open-cases" on:click=move |_| state.go(Screen::Cases)>
                            "Cazurile mele"
                        </button>
                    </Show>
                })}
                <Show when=in_case>
                    <button class="link-button" type="button" on:click=move |_| state.new_case_confirmed()>
                        "Caz nou"
                    </button>
                </Show>
                {state.kiosk.then(|| view! {
                    <button class="button quick-exit" type="button" data-testid="quick-exit" on:click=move |_| {
                        state.wipe();
                        state.history.set(vec![Screen::Neutral]);
                    }>
                        "Ieșire rapidă"
                    </button>
                })}
            </div>
        </header>
    }
}

#[component]
fn StorageNotice() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || !state.kiosk && state.persistence.get() == Persistence::MemoryOnly>
            <p class="notice warn" role="status">
                "Răspunsurile nu pot fi păstrate pe acest dispozitiv (stocarea este blocată sau plină). "
                "Aplicația funcționează, dar dacă închideți pagina, răspunsurile se pierd."
            </p>
        </Show>
        <Show when=move || (state.set_aside > 0) && matches!(state.screen(), Screen::Welcome | Screen::Cases)>
            <p class="notice warn" role="status">
                {format!(
                    "{} dintre cazurile salvate pe acest dispozitiv nu au putut fi citite și au fost puse deoparte; celelalte s-au încărcat.",
                    state.set_aside
                )}
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
