//! "Cazurile mele": the cases kept on this device, for a volunteer who sees
//! many people a day: open, rename, copy, delete, and a case as a file to
//! hand over or keep (export and import).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cases::{self, Case, ImportError};
use crate::i18n::ro;
use crate::rules::criteria::previous_month;
use crate::rules::municipality::MunicipalityId;
use crate::rules::{evaluate_only, EvalContext};
use crate::ui::files::download;
use crate::ui::state::{confirm, use_app_state, ASKED_IN_APP};

#[component]
pub fn CasesPage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    let message = RwSignal::new(None::<(bool, String)>);
    let list = move || {
        state.cases.with(|all| {
            all.iter()
                .map(|case| view! { <CaseRow case=case.clone() message=message/> })
                .collect_view()
        })
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let outcome = match text {
                Some(text) => state.import(&text).map(|_| ()),
                None => Err(ImportError::NotJson),
            };
            message.set(Some(match outcome {
                Ok(()) => (true, "Cazul a fost adăugat în listă.".to_string()),
                Err(error) => (false, import_error(&error)),
            }));
        });
    };
    view! {
        <section class="cases" data-testid="cases">
            <h1 id="question-title" tabindex="-1">"Cazurile mele"</h1>
            <p class="muted">"Cazurile rămân doar pe acest dispozitiv. Pentru a preda un caz, exportați-l într-un fișier."</p>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "notice" } else { "notice warn" } role="status" data-testid="cases-message">{text}</p>
            })}
            <ul class="plain case-list">{list}</ul>
            <div class="actions">
                <button type="button" class="button primary" data-testid="new-case" on:click=move |_| state.new_case()>
                    "Caz nou"
                </button>
                <label class="button secondary file-button">
                    "Importă un caz din fișier"
                    <input type="file" accept=".json,application/json" class="sr-only" data-testid="import" on:change=on_file/>
                </label>
                <button type="button" class="button secondary danger" data-testid="delete-all" on:click=move |_| {
                    if confirm("Ștergeți TOATE cazurile de pe acest dispozitiv? Nu se pot recupera.") {
                        state.delete_all();
                        message.set(Some((true, "Toate cazurile au fost șterse.".to_string())));
                    }
                }>
                    "Șterge toate cazurile"
                </button>
            </div>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| state.back()>"Înapoi"</button>
            </div>
        </section>
    }
}

#[component]
fn CaseRow(case: Case, message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let state = use_app_state();
    let id = case.id.clone();
    let is_open = {
        let id = id.clone();
        move || state.current.get() == id
    };
    let progress = progress(&case, state.today);
    let (open_id, rename_id, copy_id, delete_id) = (id.clone(), id.clone(), id.clone(), id.clone());
    let name = case.name.clone();
    let export_case = case.clone();
    view! {
        <li class="card case" data-testid="case">
            <h2 class="case-name">{case.name.clone()}{move || is_open().then_some(" (deschis)")}</h2>
            <p class="muted">"Modificat: "{case.updated.clone()}</p>
            <p>{progress}</p>
            <div class="case-actions">
                <button type="button" class="button primary" on:click=move |_| {
                    state.open_case(&open_id);
                    state.go(state.next_screen());
                }>"Deschide"</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    let asked = web_sys::window()
                        .and_then(|w| w.prompt_with_message_and_default("Numele cazului", &name).ok())
                        .flatten();
                    if let Some(new_name) = asked {
                        state.rename(&rename_id, new_name);
                    }
                }>"Redenumește"</button>
                <button type="button" class="button secondary" on:click=move |_| state.duplicate(&copy_id)>"Fă o copie"</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    if !download(&cases::to_file(&export_case), &file_name(&export_case), "application/json") {
                        message.set(Some((false, "Fișierul nu a putut fi creat pe acest dispozitiv.".to_string())));
                    }
                }>"Exportă în fișier"</button>
                <button type="button" class="button secondary danger" on:click=move |_| {
                    if confirm("Ștergeți acest caz de pe dispozitiv? Nu se poate recupera.") {
                        state.delete(&delete_id);
                    }
                }>"Șterge"</button>
            </div>
        </li>
    }
}

/// How far the case is answered, in words: done, or the next question.
fn progress(case: &Case, today: chrono::NaiveDate) -> String {
    let (household, _) = case.draft.to_household(today);
    let ctx = EvalContext {
        date: today,
        municipality: MunicipalityId::ClujNapoca,
    };
    match evaluate_only(&household, &ctx, ASKED_IN_APP) {
        Ok(evaluation) => match evaluation.needs.first() {
            None => "Gata: rezultatul este complet.".to_string(),
            Some(fact) => format!(
                "În lucru. Următoarea întrebare: {}",
                ro::question(*fact, &household, previous_month(today))
            ),
        },
        Err(_) => "În lucru: unele răspunsuri trebuie verificate.".to_string(),
    }
}

/// "eligibil-ana-pop.json": letters and digits of the name only.
fn file_name(case: &Case) -> String {
    let mut slug = String::new();
    for c in case.name.to_lowercase().chars() {
        let c = match c {
            'ă' | 'â' => 'a',
            'î' => 'i',
            'ș' | 'ş' => 's',
            'ț' | 'ţ' => 't',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("eligibil-{}.json", slug.trim_matches('-'))
}

fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::NotJson => "Fișierul nu a putut fi citit: nu este un fișier de caz Eligibil (sau este incomplet). Nu s-a schimbat nimic.".into(),
        ImportError::NotACase => "Acesta nu este un fișier de caz Eligibil. Nu s-a schimbat nimic.".into(),
        ImportError::NewerVersion { .. } => "Fișierul a fost creat de o versiune mai nouă a aplicației. Reîncărcați aplicația ca s-o actualizați, apoi încercați din nou. Nu s-a schimbat nimic.".into(),
        ImportError::Unreadable => "Fișierul este deteriorat sau a fost modificat și nu poate fi citit. Nu s-a schimbat nimic.".into(),
        ImportError::Impossible { .. } => "Fișierul a fost modificat: descrie o familie care nu poate exista (de exemplu o dată de naștere în viitor). Nu s-a schimbat nimic.".into(),
    }
}
