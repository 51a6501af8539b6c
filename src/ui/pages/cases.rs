//! "Cazurile mele": the cases kept on this device, for a volunteer who sees
//! many people a day: open, rename, copy, delete, and a case as a file to
//! hand over or keep (export and import).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cases::{self, Case, ImportError};
use crate::i18n::ro;
use crate::rules::criteria::previous_month;
use crate::storage::Persistence;
use crate::ui::files::{case_file_name as file_name, download};
use crate::ui::state::{confirm, evaluate_case, use_app_state};
use crate::ui::{announce, focus_later_id};

#[component]
pub fn CasesPage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    let message = RwSignal::new(None::<(bool, String)>);
    // Keyed by id: a row stays the same element while the list reorders
    // around it (a copy added above, a case deleted), so the focus stays
    // on the case the person was working on.
    let ids = move || {
        state
            .cases
            .with(|all| all.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
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
                Some(text) => state.import(&text).map(|(_, kept)| kept),
                None => Err(ImportError::NotJson),
            };
            message.set(Some(match outcome {
                Ok(Persistence::Saved) => (
                    true,
                    "Cazul a fost adăugat în listă și salvat pe acest dispozitiv.".to_string(),
                ),
                Ok(_) => (false, NOT_SAVED_IMPORT.to_string()),
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
            <ul class="plain case-list">
                <For each=ids key=|id| id.clone() let:id>
                    <CaseRow id=id message=message/>
                </For>
            </ul>
            <SetAsideList message=message/>
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
                        crate::ui::focus_later("#question-title");
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
fn CaseRow(id: String, message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let state = use_app_state();
    // The row follows its case by id (renamed, answered, saved or not).
    let case = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .cases
                .with(|all| all.iter().find(|c| c.id == id).cloned())
        })
    };
    let name = move || case.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let is_open = {
        let id = id.clone();
        move || state.current.get() == id
    };
    let unsaved = {
        let id = id.clone();
        move || state.unsaved.with(|u| u.contains(&id))
    };
    let today = state.today;
    let progress =
        move || case.with(|c| c.as_ref().map(|c| progress(c, today)).unwrap_or_default());
    let updated = move || case.with(|c| c.as_ref().map(|c| c.updated.clone()).unwrap_or_default());
    let (open_id, rename_id, copy_id, delete_id) = (id.clone(), id.clone(), id.clone(), id.clone());
    let copy_button = format!("copy-{id}");
    view! {
        <li class="card case" data-testid="case">
            <h2 class="case-name">{name}{move || is_open().then_some(" (deschis)")}</h2>
            <p class="muted">"Modificat: "{updated}</p>
            <p>{progress}</p>
            <Show when=unsaved>
                <p class="notice warn" data-testid="case-unsaved">"Nu este salvat pe acest dispozitiv: memoria este plină. Exportați-l într-un fișier ca să nu-l pierdeți."</p>
            </Show>
            <div class="case-actions">
                <button type="button" class="button primary" on:click=move |_| {
                    state.open_case(&open_id);
                    state.go(state.next_screen());
                }>"Deschide"</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    let asked = web_sys::window()
                        .and_then(|w| w.prompt_with_message_and_default("Numele cazului", &name()).ok())
                        .flatten();
                    if let Some(new_name) = asked {
                        state.rename(&rename_id, new_name);
                    }
                }>"Redenumește"</button>
                <button type="button" class="button secondary" id=copy_button on:click=move |_| {
                    if let Some((copy, kept)) = state.duplicate(&copy_id) {
                        let text = if kept == Persistence::Saved {
                            format!("Copia „{copy}” a fost adăugată la începutul listei.")
                        } else {
                            format!("Copia „{copy}” a fost făcută, dar NU a putut fi salvată: memoria dispozitivului este plină.")
                        };
                        message.set(Some((kept == Persistence::Saved, text.clone())));
                        announce(&text);
                    }
                }>"Fă o copie"</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    if let Some(c) = case.get_untracked() {
                        if !download(&cases::to_file(&c), &file_name(&c), "application/json") {
                            message.set(Some((false, "Fișierul nu a putut fi creat pe acest dispozitiv.".to_string())));
                        }
                    }
                }>"Exportă în fișier"</button>
                <button type="button" class="button secondary danger" on:click=move |_| {
                    if confirm("Ștergeți acest caz de pe dispozitiv? Nu se poate recupera.") {
                        let gone = name();
                        // The focus goes to the case that takes this one's
                        // place in the list (or the heading, if none).
                        let next = state.cases.with_untracked(|all| {
                            let at = all.iter().position(|c| c.id == delete_id)?;
                            all.get(at + 1).or(at.checked_sub(1).and_then(|i| all.get(i))).map(|c| c.id.clone())
                        });
                        state.delete(&delete_id);
                        let text = format!("Cazul „{gone}” a fost șters.");
                        message.set(Some((true, text.clone())));
                        announce(&text);
                        match next {
                            Some(next) => focus_later_id(format!("copy-{next}")),
                            None => crate::ui::focus_later("#question-title"),
                        }
                    }
                }>"Șterge"</button>
            </div>
        </li>
    }
}

/// Entries that could not be read: kept, listed and downloadable, so a
/// case is never silently lost; removed only when the person says so.
#[component]
fn SetAsideList(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let state = use_app_state();
    let items = move || {
        state.set_aside.get().into_iter().enumerate().map(|(i, entry)| {
            let key = entry.key.clone();
            let text = entry.text.clone();
            view! {
                <li class="card case" data-testid="set-aside">
                    <h3 class="case-name">{format!("Intrarea {} pusă deoparte", i + 1)}</h3>
                    <p class="muted">{format!("{} caractere, păstrate exact cum erau.", text.chars().count())}</p>
                    <div class="case-actions">
                        <button type="button" class="button secondary" on:click=move |_| {
                            if !download(&text, &format!("eligibil-pus-deoparte-{}.json", i + 1), "application/json") {
                                message.set(Some((false, "Fișierul nu a putut fi creat pe acest dispozitiv.".to_string())));
                            }
                        }>"Descarcă așa cum este"</button>
                        <button type="button" class="button secondary danger" on:click=move |_| {
                            if confirm("Ștergeți definitiv această intrare? Nu se poate recupera.") {
                                state.forget_set_aside(&key);
                                announce("Intrarea pusă deoparte a fost ștearsă.");
                                crate::ui::focus_later("#question-title");
                            }
                        }>"Șterge definitiv"</button>
                    </div>
                </li>
            }
        }).collect_view()
    };
    view! {
        <Show when=move || state.set_aside.with(|l| !l.is_empty())>
            <h2 class="section-title">"Puse deoparte"</h2>
            <p class="muted">"Aceste intrări de pe dispozitiv nu au putut fi citite ca un caz. Nu le-am șters: le puteți descărca și trimite celui care vă ajută, sau le puteți șterge."</p>
            <ul class="plain case-list">{items}</ul>
        </Show>
    }
}

/// How far the case is answered, in words: done, or the next question.
fn progress(case: &Case, today: chrono::NaiveDate) -> String {
    let (household, _) = case.draft.to_household(today);
    // The questions this case asks (its reasons' benefits), as when it is open.
    match evaluate_case(&household, &case.draft, today) {
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

const NOT_SAVED_IMPORT: &str = "Cazul a fost citit și apare în listă, dar NU a putut fi salvat: memoria acestui dispozitiv este plină. Dacă închideți pagina, se pierde. Ștergeți cazuri vechi sau păstrați fișierul.";

fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::NotJson => "Fișierul nu a putut fi citit: nu este un fișier de caz Eligibil (sau este incomplet). Nu s-a schimbat nimic.".into(),
        ImportError::NotACase => "Acesta nu este un fișier de caz Eligibil. Nu s-a schimbat nimic.".into(),
        ImportError::NewerVersion { .. } => "Fișierul a fost creat de o versiune mai nouă a aplicației. Reîncărcați aplicația ca s-o actualizați, apoi încercați din nou. Nu s-a schimbat nimic.".into(),
        ImportError::Unreadable => "Fișierul este deteriorat sau a fost modificat și nu poate fi citit. Nu s-a schimbat nimic.".into(),
        ImportError::Impossible { .. } => "Fișierul a fost modificat: descrie o familie care nu poate exista (de exemplu o dată de naștere în viitor). Nu s-a schimbat nimic.".into(),
    }
}
