use leptos::prelude::*;

use crate::draft::Draft;
use crate::i18n::ro;
use crate::rules::topics::{Topic, TOPICS};
use crate::ui::components::Checks;
use crate::ui::state::use_app_state;

#[component]
pub fn WelcomePage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));

    let has_draft = move || state.draft.with(Draft::is_started);
    let topics = Signal::derive(move || state.draft.with(|d| d.topics.clone()));
    let toggle = Callback::new(move |(topic, on): (Topic, bool)| {
        state.draft.update(|d| {
            d.topics.retain(|t| *t != topic);
            if on {
                d.topics.push(topic);
                d.topics.sort();
            }
        });
    });
    let start = move |_| state.go(state.next_screen());
    view! {
        <section class="welcome">
            <h1 id="question-title" tabindex="-1">"Aflați ce ajutor puteți primi"</h1>
            <p class="lead">
                "Răspundeți la câteva întrebări simple, una pe rând. La final vedeți dacă îndepliniți condițiile, "
                "ce acte trebuie să aduceți și unde să mergeți."
            </p>
            <div class="card">
                <h2 id="topics-title">"Ce vă aduce aici?"</h2>
                <p class="muted">
                    "Bifați ce vi se potrivește, ca să vă punem doar întrebările care contează. "
                    "Dacă nu știți, nu bifați nimic: verificăm tot."
                </p>
                <Checks
                    options=TOPICS.iter().map(|t| (*t, ro::topic(*t))).collect()
                    checked=topics
                    on_toggle=toggle
                    note=Signal::derive(|| None)
                    labelled_by="topics-title"
                />
                <p class="muted">
                    "Verificăm alocația de stat pentru copii, indemnizația pentru creșterea copilului, stimulentul de inserție, venitul minim de incluziune, ajutorul pentru încălzirea locuinței, ajutorul pentru chirie, cantina de ajutor social și tichetele de grădiniță, și vă spunem ce alte servicii are DASM. Pentru cele mai multe aveți nevoie de veniturile familiei din luna trecută."
                </p>
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
