//! "Răspunsurile date": every answer of the case in the groups the
//! questions come in, each one tap from its question — from the results
//! and from any question, so changing an early answer is one tap, not one
//! "Înapoi" per question.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::ui::components::AnswerGroups;
use crate::ui::state::use_app_state;

#[component]
pub fn AnswersPage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    view! {
        <section class="answers-page" data-testid="answers-page">
            <h1 id="question-title" tabindex="-1">{msg::answers_title()}</h1>
            <p class="muted">{msg::answers_intro()}</p>
            <AnswerGroups top_level=true/>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| state.back()>{msg::nav_back()}</button>
                <button type="button" class="button primary" data-testid="answers-continue" on:click=move |_| state.go(state.next_screen())>{msg::answers_go_on()}</button>
            </div>
        </section>
    }
}
