use leptos::prelude::*;

use crate::draft::Draft;
use crate::i18n::{msg, tr};
use crate::rules::topics::{Topic, TOPICS};
use crate::ui::components::Checks;
use crate::ui::state::{use_app_state, Screen};

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
            <h1 id="question-title" tabindex="-1">{msg::welcome_title()}</h1>
            <p class="lead">{msg::welcome_lead()}</p>
            <div class="card">
                <h2 id="topics-title">{msg::welcome_topics_title()}</h2>
                <p class="muted">{msg::welcome_topics_hint()}</p>
                <Checks
                    options=TOPICS.iter().map(|t| (*t, tr::topic(*t).to_string())).collect()
                    checked=topics
                    on_toggle=toggle
                    note=Signal::derive(|| None)
                    labelled_by="topics-title"
                />
                <p class="muted">{msg::welcome_checked()}</p>
            </div>
            <p class="muted">{msg::welcome_private()}</p>

            <Show
                when=has_draft
                fallback=move || view! {
                    <button type="button" class="button primary wide" data-testid="start" on:click=start>
                        {msg::welcome_start()}
                    </button>
                }
            >
                <p class="notice" role="status">{msg::welcome_case_started()}</p>
                <button type="button" class="button primary wide" data-testid="resume" on:click=start>
                    {msg::welcome_resume()}
                </button>
                <button type="button" class="button secondary wide" on:click=move |_| {
                    state.new_case();
                    state.go(state.next_screen());
                }>
                    {msg::welcome_start_new()}
                </button>
            </Show>
        </section>
        // The directory needs the app (the plain start screen has no such link).
        <p class="directory-link"><button type="button" class="link-button" data-testid="open-directory" on:click=move |_| state.go(Screen::Directory(None))>
            {msg::directory_open()}
        </button></p>
    }
}
