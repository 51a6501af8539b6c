use leptos::prelude::*;

use crate::draft::Draft;
use crate::ui::state::use_app_state;

#[component]
pub fn WelcomePage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));

    let has_draft = move || state.draft.with(|d| *d != Draft::new());
    let start = move |_| state.go(state.next_screen());
    view! {
        <section class="welcome">
            <h1 id="question-title" tabindex="-1">"Aflați ce ajutor puteți primi"</h1>
            <p class="lead">
                "Răspundeți la câteva întrebări simple, una pe rând. La final vedeți dacă îndepliniți condițiile, "
                "ce acte trebuie să aduceți și unde să mergeți."
            </p>
            <div class="card">
                <h2>"Ce verificăm acum"</h2>
                <ul class="plain">
                    <li>"Ajutorul pentru încălzirea locuinței"</li>
                    <li>"Suplimentul pentru energie"</li>
                    <li>"Alocația de stat pentru copii"</li>
                </ul>
                <p class="muted">"Durează cam 3 minute. Aveți nevoie de veniturile familiei din luna trecută."</p>
            </div>
            <p class="muted">
                "Răspunsurile rămân doar pe acest dispozitiv. Nu se trimit nicăieri."
            </p>
            <Show
                when=has_draft
                fallback=move || view! {
                    <button type="button" class="button primary wide" data-testid="start" on:click=start>
                        "Începe"
                    </button>
                }
            >
                <p class="notice" role="status">"Aveți un caz început pe acest dispozitiv."</p>
                <button type="button" class="button primary wide" data-testid="resume" on:click=start>
                    "Continuă cazul început"
                </button>
                <button type="button" class="button secondary wide" on:click=move |_| {
                    state.new_case();
                    state.go(state.next_screen());
                }>
                    "Începe un caz nou"
                </button>
            </Show>
        </section>
    }
}
