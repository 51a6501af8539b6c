//! The browser app: asks the questions the engine needs and shows what it
//! decided. Nothing here decides eligibility.

mod components;
mod files;
mod pages;
mod questions;
mod shell;
pub mod state;

use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsCast;

use crate::i18n::{self, msg, Lang, LANGUAGES};
use crate::rules::municipality::MunicipalityId;
use crate::storage::Persistence;
use pages::{
    AnswersPage, CasesPage, DirectoryPage, KioskIdle, NeutralPage, QuestionPage, ResultsPage,
    WelcomePage,
};
use state::{provide_app_state, use_app_state, Screen};

/// Starts the app once its language's catalogue is here: the page's first
/// script chose the language and began fetching it beside the wasm
/// (index.html). If that file cannot be had, Romanian is tried; the plain
/// start screen stays on screen meanwhile.
pub async fn start() {
    let lang = js_string("__eligibilLang")
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_default();
    let requested = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__eligibilCatalogue".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let mut loaded = match requested {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|text| i18n::load(lang, &text).is_ok()),
        None => false,
    };
    if !loaded {
        loaded = fetch_catalogue(Lang::Ro).await;
    }
    if loaded {
        leptos::mount::mount_to_body(App);
    }
}

/// Fetches and loads a language's catalogue (from the service worker's
/// cache when offline); `false` if it could not be had.
pub(crate) async fn fetch_catalogue(lang: Lang) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let fetch = js_sys::Reflect::get(&window, &"__eligibilFetchLang".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = fetch
        .and_then(|f| f.call1(&window, &lang.code().into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text
            .as_string()
            .is_some_and(|t| i18n::load(lang, &t).is_ok()),
        Err(_) => false,
    }
}

/// The language the page starts in without a kept choice: the address's
/// `?lang=`, else the browser's (the kiosk returns to it at each wipe).
pub(crate) fn default_language() -> Lang {
    js_string("__eligibilDefaultLang")
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_default()
}

fn js_string(name: &str) -> Option<String> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|v| v.as_string())
}

#[component]
pub fn App() -> impl IntoView {
    let carried = shell::take_over();
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
        state::restore_browser_history(state.history.with_untracked(Vec::len));
    }
    // What was chosen on the start screen before the app started. A case
    // already on the device comes first: the welcome then offers it.
    if !state.draft.with_untracked(crate::draft::Draft::is_started) {
        if !carried.topics.is_empty() {
            state.carry_topics(carried.topics);
        }
        if carried.start {
            state.go(state.next_screen());
        }
    }
    // The phone's back button walks back through the questions. An entry
    // without a step (a place in the page) is not a step back.
    let listener = window_event_listener(leptos::ev::popstate, move |ev| {
        if let Some(step) = state::step_of(&ev.state()) {
            state.back_to(step);
        }
    });
    on_cleanup(move || listener.remove());
    // A link to a place in the page ("Sari la conținut", the summary's links)
    // moves there and nothing else: no history entry, the case unchanged.
    let links = window_event_listener(leptos::ev::click, |ev| {
        if let Some(target) = in_page_target(&ev) {
            ev.prevent_default();
            // A fold linked to ("Alte servicii", by its summary) opens as it is reached.
            if target.tag_name().eq_ignore_ascii_case("summary") {
                if let Some(details) = target.parent_element() {
                    let _ = details.set_attribute("open", "");
                }
            }
            focus_element(&target);
        }
    });
    on_cleanup(move || links.remove());
    if kiosk {
        let opens = window_event_listener(leptos::ev::click, |ev| kiosk_open(&ev));
        on_cleanup(move || opens.remove());
    }
    // Every screen names itself in the tab and to assistive technology.
    Effect::new(move |_| {
        state.lang.track();
        let title = match state.screen() {
            Screen::Welcome | Screen::Neutral => msg::app_title().to_string(),
            Screen::Question(_) => msg::title_question(&state.question_number().to_string()),
            Screen::Results => msg::title_results().to_string(),
            Screen::Answers => msg::title_answers().to_string(),
            Screen::Directory(_) => msg::directory_title().to_string(),
            Screen::Cases => msg::title_cases().to_string(),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });

    // Keyed by language: a switch draws every screen afresh in the new one.
    view! {
        <p id="announcer" class="sr-only" role="status" aria-live="polite"></p>
        <For each=move || [state.lang.get()] key=|lang| *lang let:_lang>
            <Page/>
        </For>
        {kiosk.then(|| view! { <KioskIdle/> })}
    }
}

/// The page in the current language.
#[component]
fn Page() -> impl IntoView {
    let state = use_app_state();
    view! {
        <a class="skip" href="#main">{msg::skip_to_content()}</a>
        <Header/>
        <main id="main" tabindex="-1">
            <StorageNotice/>
            // Keyed by screen: each screen is drawn afresh, never patched in
            // place. A browser's translation replaces the text nodes it
            // translates, so text patched in place would leave the previous
            // question's heading above the next one's answers (issue 21).
            <For each=move || [state.screen()] key=|screen| *screen let:screen>
                {match screen {
                    Screen::Welcome => view! { <WelcomePage/> }.into_any(),
                    Screen::Question(fact) => view! { <QuestionPage fact=fact/> }.into_any(),
                    Screen::Results => view! { <ResultsPage/> }.into_any(),
                    Screen::Answers => view! { <AnswersPage/> }.into_any(),
                    Screen::Directory(need) => view! { <DirectoryPage need=need/> }.into_any(),
                    Screen::Cases => view! { <CasesPage/> }.into_any(),
                    Screen::Neutral => view! { <NeutralPage/> }.into_any(),
                }}
            </For>
        </main>
        <footer class="site-footer">
            <p>{msg::footer()}</p>
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
            // The town whose rules and office the case is checked under.
            <span class="brand-sub">{move || match state.draft.with(crate::draft::Draft::municipality) {
                MunicipalityId::ClujNapoca => msg::app_city(),
                MunicipalityId::Navodari => "Năvodari",
                MunicipalityId::Other => "",
            }}</span>
            <div class="header-actions">
                <LanguageSwitch/>
                {(!state.kiosk).then(|| view! {
                    <Show when=move || state.screen() != Screen::Cases>
                        <button class="link-button" type="button" data-testid="open-cases" on:click=move |_| state.go(Screen::Cases)>
                            {msg::header_cases()}
                        </button>
                    </Show>
                })}
                <Show when=in_case>
                    <button class="link-button" type="button" on:click=move |_| state.new_case_confirmed()>
                        {msg::header_new_case()}
                    </button>
                </Show>
                {state.kiosk.then(|| view! {
                    <button class="button quick-exit" type="button" data-testid="quick-exit" on:click=move |_| {
                        state.wipe();
                        state.reset_to(Screen::Neutral);
                    }>
                        {msg::header_quick_exit()}
                    </button>
                })}
            </div>
        </header>
    }
}

/// The language, switchable on every screen; each is named in itself.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let current = state.lang.get_untracked();
    view! {
        <label class="sr-only" for="language">{msg::language()}</label>
        <select id="language" class="language" data-testid="language" on:change=move |ev| {
            if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                state.set_language(lang);
            }
        }>
            {LANGUAGES.iter().map(|l| {
                let l = *l;
                view! { <option value=l.code() lang=l.code() selected=l == current>{l.own_name()}</option> }
            }).collect_view()}
        </select>
    }
}

#[component]
fn StorageNotice() -> impl IntoView {
    let state = use_app_state();
    let export_open = move |_| {
        let id = state.current.get_untracked();
        let case = state
            .cases
            .with_untracked(|all| all.iter().find(|c| c.id == id).cloned());
        if let Some(case) = case {
            files::download(
                &crate::cases::to_file(&case),
                &files::case_file_name(&case),
                "application/json",
            );
        }
    };
    let on_list = move || matches!(state.screen(), Screen::Welcome | Screen::Cases);
    view! {
        <Show when=move || !state.kiosk && state.persistence.get() == Persistence::MemoryOnly>
            <p class="notice warn" role="status">{msg::storage_blocked()}</p>
        </Show>
        // Said on every screen while it lasts: each answer typed now is not kept.
        <Show when=move || !state.kiosk && state.persistence.get() == Persistence::Full>
            <div class="notice warn" role="status" data-testid="storage-full">
                <p>{msg::storage_full()}</p>
                <button type="button" class="button secondary" data-testid="export-open-case" on:click=export_open>
                    {msg::storage_export_open()}
                </button>
            </div>
        </Show>
        <Show when=move || state.set_aside.with(|l| !l.is_empty()) && on_list()>
            <p class="notice warn" role="status">
                {move || match state.set_aside.with(Vec::len) {
                    1 => msg::storage_set_aside_one().to_string(),
                    n => msg::storage_set_aside_many(n as u32),
                }}
            </p>
        </Show>
        <Show when=move || (state.recovered > 0) && on_list()>
            <p class="notice" role="status">
                {msg::storage_recovered(state.recovered as u32)}
            </p>
        </Show>
    }
}

/// The element an in-page link (`href="#id"`) was clicked for, if any.
fn in_page_target(ev: &web_sys::MouseEvent) -> Option<web_sys::HtmlElement> {
    let link = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href^='#']")
        .ok()??;
    let id = link
        .get_attribute("href")?
        .trim_start_matches('#')
        .to_string();
    web_sys::window()?
        .document()?
        .get_element_by_id(&id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Scrolls to `el` and gives it the focus (a heading or a section is made
/// focusable by script only, so Tab order is unchanged).
pub(crate) fn focus_element(el: &web_sys::HtmlElement) {
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.scroll_into_view();
    let _ = el.focus();
}

/// Focuses the first element matching `selector`, after the screen has
/// been drawn.
pub(crate) fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = element {
            let _ = el.focus();
        }
    });
}

/// Focuses the element with this id, after the screen has been drawn.
pub(crate) fn focus_later_id(id: String) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = element {
            let _ = el.focus();
        }
    });
}

thread_local! {
    /// Windows the kiosk opened (the portal link): closed at the wipe, so
    /// nothing the last person looked at stays on the shared screen.
    static KIOSK_WINDOWS: std::cell::RefCell<Vec<web_sys::Window>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// In the kiosk a link that would open a new window (the DASM portal)
/// opens one the app can close again at the wipe. That needs the opener
/// link kept: a window opened with `noopener`, or whose `opener` is
/// cleared, can no longer be closed from here (Chromium refuses it).
fn kiosk_open(ev: &web_sys::MouseEvent) {
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[target='_blank']").ok().flatten())
    else {
        return;
    };
    let Some(href) = link.get_attribute("href") else {
        return;
    };
    ev.prevent_default();
    let opened =
        web_sys::window().and_then(|w| w.open_with_url_and_target(&href, "_blank").ok().flatten());
    if let Some(opened) = opened {
        KIOSK_WINDOWS.with(|w| w.borrow_mut().push(opened));
    }
}

/// The kiosk's wipe, outside the case itself: every window it opened is
/// closed, every live region emptied (a screen reader must not repeat the
/// last person's "Persoana 2 a fost adăugată"), any text selection
/// dropped, and a version update waiting for the wipe is told it may go
/// ahead (`public/sw-register.js` listens for `eligibil:wiped`).
pub(crate) fn kiosk_forget() {
    KIOSK_WINDOWS.with(|w| {
        for opened in w.borrow_mut().drain(..) {
            let _ = opened.close();
        }
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        if let Ok(regions) = document.query_selector_all("[aria-live], [role=status], [role=alert]")
        {
            for i in 0..regions.length() {
                if let Some(region) = regions.item(i) {
                    // The update banner belongs to the app's version, not to a person.
                    let is_banner = region
                        .dyn_ref::<web_sys::Element>()
                        .is_some_and(|e| e.id() == "update-banner");
                    if !is_banner {
                        region.set_text_content(Some(""));
                    }
                }
            }
        }
    }
    if let Ok(Some(selection)) = window.get_selection() {
        let _ = selection.remove_all_ranges();
    }
    if let Ok(event) = web_sys::Event::new("eligibil:wiped") {
        let _ = window.dispatch_event(&event);
    }
}

/// Says `text` politely to screen readers (a change they cannot see:
/// a card added or removed).
pub(crate) fn announce(text: &str) {
    let region = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("announcer"));
    if let Some(region) = region {
        // Emptied first, so the same words said twice are said twice.
        region.set_text_content(Some(""));
        let text = text.to_string();
        request_animation_frame(move || region.set_text_content(Some(&text)));
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
