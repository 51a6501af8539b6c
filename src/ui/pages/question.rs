use leptos::prelude::*;

use crate::i18n::{msg, tr};
use crate::rules::criteria::previous_month;
use crate::rules::facts::Fact;
use crate::ui::components::Nav;
use crate::ui::focus_later;
use crate::ui::questions;
use crate::ui::state::{use_app_state, Screen};

/// One question per screen: the heading is the question, the body the
/// answers, then back / continue.
#[component]
pub fn QuestionPage(fact: Fact) -> impl IntoView {
    let state = use_app_state();
    let step = move || {
        let n = state.draft.with(|d| d.question_number(fact));
        let total = state.question_total().max(n);
        if total > n {
            msg::question_step_of(&n.to_string(), &total.to_string())
        } else {
            msg::question_step(&n.to_string())
        }
    };
    let answered = move || state.draft.with(|d| !d.asked.is_empty());
    let title = move || {
        state
            .household
            .with(|(h, _)| tr::question(fact, h, previous_month(state.today)))
    };
    let field_errors = move || {
        state
            .household
            .with(|(_, errors)| errors.iter().any(|e| questions::belongs(fact, e)))
    };
    let still_needed = move || state.needs().contains(&fact);
    // A sum on this screen typed in a way almost never meant, not settled yet.
    let in_doubt = move || {
        state.draft.with(|d| {
            d.amount_doubts()
                .iter()
                .any(|(field, _)| questions::belongs_field(fact, *field))
        })
    };
    let unanswered =
        Signal::derive(move || state.show_errors.get() && still_needed() && !field_errors());
    // The answer groups tie themselves to the message while it shows.
    provide_context(Unanswered(unanswered));

    let on_continue = Callback::new(move |()| {
        questions::on_continue(fact, state);
        if in_doubt() {
            state.show_errors.set(true);
            focus_later(".amount-check .amount-yes");
        } else if field_errors() || still_needed() {
            state.show_errors.set(true);
            focus_first_problem(unanswered.get_untracked());
        } else {
            state.draft.update(|d| d.record_asked(fact));
            state.go(state.next_screen());
        }
    });
    let on_back = Callback::new(move |()| state.back());

    // A new question gets the focus, so a screen reader announces it.
    Effect::new(move |_| focus_later("#question-title"));

    view! {
        <form class="question" novalidate on:submit=|ev| ev.prevent_default() data-testid=format!("question-{}", fact_slug(fact))>
            <div class="step-line">
                <p class="step" data-testid="step">{step}</p>
                <Show when=answered>
                    <button type="button" class="link-button" data-testid="open-answers" on:click=move |_| state.go(Screen::Answers)>
                        {msg::question_answers_link()}
                    </button>
                </Show>
            </div>
            <h1 id="question-title" tabindex="-1">{title}</h1>
            {tr::question_hint(fact).map(|h| view! { <p class="hint">{h}</p> })}
            <Show when=move || unanswered.get()>
                <p class="field-error" id="question-error" role="alert">{msg::question_unanswered()}</p>
            </Show>
            {questions::body(fact)}
            <Nav on_back=on_back on_continue=on_continue/>
        </form>
    }
}

/// Whether the question on screen was left without an answer (its message
/// is showing): the answer groups read it to point at the message.
#[derive(Clone, Copy)]
pub struct Unanswered(pub Signal<bool>);

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

/// After the messages render, put the focus where the person can fix it:
/// the first answer of a question left empty, else the first field whose
/// value is wrong.
fn focus_first_problem(unanswered: bool) {
    if unanswered {
        focus_later(".question input[type=radio], .question input[type=checkbox]");
    } else {
        focus_later(".question [aria-invalid=\"true\"]");
    }
}
