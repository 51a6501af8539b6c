//! "Cazurile mele": the cases kept on this device, for a volunteer who sees
//! many people a day: open, rename, copy, delete, and a case as a file to
//! hand over or keep (export and import).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cases::{self, Case, ImportError};
use crate::i18n::{msg, tr};
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
                Ok(Persistence::Saved) => (true, msg::cases_imported().to_string()),
                Ok(_) => (false, msg::cases_imported_unsaved().to_string()),
                Err(error) => (false, import_error(&error)),
            }));
        });
    };
    view! {
        <section class="cases" data-testid="cases">
            <h1 id="question-title" tabindex="-1">{msg::cases_title()}</h1>
            <p class="muted">{msg::cases_intro()}</p>
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
                    {msg::cases_new()}
                </button>
                <label class="button secondary file-button">
                    {msg::cases_import()}
                    <input type="file" accept=".json,application/json" class="sr-only" data-testid="import" on:change=on_file/>
                </label>
                <button type="button" class="button secondary danger" data-testid="delete-all" on:click=move |_| {
                    if confirm(msg::cases_delete_all_confirm()) {
                        state.delete_all();
                        message.set(Some((true, msg::cases_deleted_all().to_string())));
                        crate::ui::focus_later("#question-title");
                    }
                }>
                    {msg::cases_delete_all()}
                </button>
            </div>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| state.back()>{msg::cases_back()}</button>
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
            <h2 class="case-name">{name}{move || is_open().then(msg::cases_open_mark)}</h2>
            <p class="muted">{move || msg::cases_changed(&updated())}</p>
            <p>{progress}</p>
            <Show when=unsaved>
                <p class="notice warn" data-testid="case-unsaved">{msg::cases_unsaved()}</p>
            </Show>
            <div class="case-actions">
                <button type="button" class="button primary" on:click=move |_| {
                    state.open_case(&open_id);
                    state.go(state.next_screen());
                }>{msg::cases_open()}</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    let asked = web_sys::window()
                        .and_then(|w| w.prompt_with_message_and_default(msg::cases_rename_prompt(), &name()).ok())
                        .flatten();
                    if let Some(new_name) = asked {
                        state.rename(&rename_id, new_name);
                    }
                }>{msg::cases_rename()}</button>
                <button type="button" class="button secondary" id=copy_button on:click=move |_| {
                    if let Some((copy, kept)) = state.duplicate(&copy_id) {
                        let text = if kept == Persistence::Saved {
                            msg::cases_copied(&copy)
                        } else {
                            msg::cases_copied_unsaved(&copy)
                        };
                        message.set(Some((kept == Persistence::Saved, text.clone())));
                        announce(&text);
                    }
                }>{msg::cases_copy()}</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    if let Some(c) = case.get_untracked() {
                        if !download(&cases::to_file(&c), &file_name(&c), "application/json") {
                            message.set(Some((false, msg::cases_file_failed().to_string())));
                        }
                    }
                }>{msg::cases_export()}</button>
                <button type="button" class="button secondary danger" on:click=move |_| {
                    if confirm(msg::cases_delete_confirm()) {
                        let gone = name();
                        // The focus goes to the case that takes this one's
                        // place in the list (or the heading, if none).
                        let next = state.cases.with_untracked(|all| {
                            let at = all.iter().position(|c| c.id == delete_id)?;
                            all.get(at + 1).or(at.checked_sub(1).and_then(|i| all.get(i))).map(|c| c.id.clone())
                        });
                        state.delete(&delete_id);
                        let text = msg::cases_deleted(&gone);
                        message.set(Some((true, text.clone())));
                        announce(&text);
                        match next {
                            Some(next) => focus_later_id(format!("copy-{next}")),
                            None => crate::ui::focus_later("#question-title"),
                        }
                    }
                }>{msg::cases_delete()}</button>
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
                    <h3 class="case-name">{msg::cases_set_aside_entry(&(i + 1).to_string())}</h3>
                    <p class="muted">{msg::cases_set_aside_size(&text.chars().count().to_string())}</p>
                    <div class="case-actions">
                        <button type="button" class="button secondary" on:click=move |_| {
                            if !download(&text, &format!("eligibil-pus-deoparte-{}.json", i + 1), "application/json") {
                                message.set(Some((false, msg::cases_file_failed().to_string())));
                            }
                        }>{msg::cases_set_aside_download()}</button>
                        <button type="button" class="button secondary danger" on:click=move |_| {
                            if confirm(msg::cases_set_aside_forget_confirm()) {
                                state.forget_set_aside(&key);
                                announce(msg::cases_set_aside_forgotten());
                                crate::ui::focus_later("#question-title");
                            }
                        }>{msg::cases_set_aside_forget()}</button>
                    </div>
                </li>
            }
        }).collect_view()
    };
    view! {
        <Show when=move || state.set_aside.with(|l| !l.is_empty())>
            <h2 class="section-title">{msg::cases_set_aside_title()}</h2>
            <p class="muted">{msg::cases_set_aside_intro()}</p>
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
            None => msg::cases_progress_done().to_string(),
            Some(fact) => {
                msg::cases_progress_next(&tr::question(*fact, &household, previous_month(today)))
            }
        },
        Err(_) => msg::cases_progress_check().to_string(),
    }
}

fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::NotJson => msg::cases_import_not_json().into(),
        ImportError::NotACase => msg::cases_import_not_case().into(),
        ImportError::NewerVersion { .. } => msg::cases_import_newer().into(),
        ImportError::Unreadable => msg::cases_import_unreadable().into(),
        ImportError::Impossible { .. } => msg::cases_import_impossible().into(),
    }
}
