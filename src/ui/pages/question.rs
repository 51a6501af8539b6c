use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::ro;
use crate::rules::criteria::previous_month;
use crate::rules::facts::Fact;
use crate::ui::components::Nav;
use crate::ui::questions;
use crate::ui::state::use_app_state;

/// One question per screen: the heading is the question, the body the
/// answers, then back / continue.
#[component]
pub fn QuestionPage(fact: Fact) -> impl IntoView {
    let state = use_app_state();
    let step = move || state.history.with(|h| h.len().saturating_sub(1));
    let title = move || {
        state
            .household
            .with(|(h, _)| ro::question(fact, h, previous_month(state.today)))
    };
    let field_errors = move || {
        state
            .household
            .with(|(_, errors)| errors.iter().any(|e| questions::belongs(fact, e)))
    };
    let still_needed = move || state.needs().contains(&fact);
    let unanswered = move || state.show_errors.get() && still_needed() && !field_errors();

    let on_continue = Callback::new(move |()| {
        questions::on_continue(fact, state);
        if field_errors() || still_needed() {
            state.show_errors.set(true);
            focus_first_problem();
        } else {
            state.go(state.next_screen());
        }
    });
    let on_back = Callback::new(move |()| state.back());

    // A new question gets the focus, so a screen reader announces it.
    Effect::new(move |_| focus("#question-title"));

    view! {
        <form class="question" novalidate on:submit=|ev| ev.prevent_default() data-testid=format!("question-{}", fact_slug(fact))>
            <p class="step">"Întrebarea "{step}</p>
            <h1 id="question-title" tabindex="-1">{title}</h1>
            {ro::question_hint(fact).map(|h| view! { <p class="hint">{h}</p> })}
            <Show when=unanswered>
                <p class="field-error" role="alert">"Alegeți un răspuns ca să putem merge mai departe."</p>
            </Show>
            {questions::body(fact)}
            <Nav on_back=on_back on_continue=on_continue/>
        </form>
    }
}

/// A stable name for tests and styles: `residence`, `incomes-0`, …
fn fact_slug(fact: Fact) -> String {
    match fact {
        Fact::Incomes { member } => format!("incomes-{member}"),
        other => serde_json::to_value(other)
            .ok()
            .and_then(|v| v.get("fact").and_then(|f| f.as_str()).map(str::to_string))
            .unwrap_or_default()
            .replace('_', "-"),
    }
}

fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = element {
        let _ = el.focus();
    }
}

/// After the messages render, put the focus on the first field in trouble.
fn focus_first_problem() {
    request_animation_frame(|| {
        focus("[aria-invalid=\"true\"], .field-error");
    });
}
